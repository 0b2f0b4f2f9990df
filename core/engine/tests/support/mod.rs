//! A small builder for scenario tests: a fortnight (or more) of check-ins written day by
//! day, the way a participant fills them in, and readable answers about a day's level.
#![allow(dead_code)]

use std::collections::BTreeMap;

use imr_engine::{DayRecord, EngineSettings, Evaluation, History, Plan, SignRule, evaluate};
use imr_protocol::{Direction, Medication};
use jiff::Span;
use jiff::civil::{Date, date};
use uuid::Uuid;

/// The participant's signs in most scenarios (threshold 2 = moderate, no red flags).
pub const SLEEPING_LESS: &str = "Sleeping less";
/// A second ordinary sign.
pub const WITHDRAWING: &str = "Withdrawing from people";
/// A third ordinary sign.
pub const RACING_THOUGHTS: &str = "Racing thoughts";
/// A red-flag sign: at its threshold it means "act now".
pub const HEARING_VOICES: &str = "Hearing voices";

/// The id a sign gets in every scenario.
pub fn sign_id(label: &str) -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_OID, label.as_bytes())
}

/// A run of check-ins, numbered from day 1 = `start` (day 0 and below are the days before).
#[derive(Clone)]
pub struct Fortnight {
    pub start: Date,
    pub days: BTreeMap<i32, DayRecord>,
    pub signs: Vec<SignRule>,
    pub settings: EngineSettings,
}

/// A fortnight starting on Monday 2 March 2026, with the usual three signs and a red flag.
pub fn fortnight() -> Fortnight {
    fortnight_from(date(2026, 3, 2))
}

/// A fortnight starting on `start`.
pub fn fortnight_from(start: Date) -> Fortnight {
    let signs = [SLEEPING_LESS, WITHDRAWING, RACING_THOUGHTS]
        .into_iter()
        .map(|label| SignRule::new(sign_id(label), label))
        .chain([SignRule {
            id: sign_id(HEARING_VOICES),
            label: HEARING_VOICES.into(),
            threshold: 2,
            red_flag: true,
        }])
        .collect();
    Fortnight {
        start,
        days: BTreeMap::new(),
        signs,
        settings: EngineSettings::default(),
    }
}

impl Fortnight {
    /// Starts writing the check-in of day `n` (creating it if needed).
    pub fn day(mut self, n: i32) -> DayBuilder {
        let date = self.date(n);
        self.days.entry(n).or_insert_with(|| DayRecord::on(date));
        DayBuilder { fortnight: self, n }
    }

    /// The four weeks before day 1, each day calm: stress 4, mood 6, 8 h sleep, medication
    /// taken, no signs. Gives every measure a baseline of its own.
    pub fn after_a_calm_month(mut self) -> Self {
        for n in -27..=0 {
            self = self
                .day(n)
                .stress(4)
                .mood(6)
                .sleep(8.0)
                .meds(Medication::Yes)
                .done();
        }
        self
    }

    /// Days `from..=to` written the same way.
    pub fn days(mut self, from: i32, to: i32, fill: impl Fn(DayBuilder) -> DayBuilder) -> Self {
        for n in from..=to {
            self = fill(self.day(n)).done();
        }
        self
    }

    /// Removes day `n`'s check-in, as if it was never filled in.
    pub fn without_day(mut self, n: i32) -> Self {
        self.days.remove(&n);
        self
    }

    /// Changes a sign's personal threshold.
    pub fn threshold(mut self, label: &str, threshold: u8) -> Self {
        for sign in self.signs.iter_mut().filter(|s| s.label == label) {
            sign.threshold = threshold;
        }
        self
    }

    /// Sets the participant's usual sleep.
    pub fn usual_sleep(mut self, hours: f32) -> Self {
        self.settings.usual_sleep_hours = Some(hours);
        self
    }

    /// Sets the baseline window agreed with the clinician.
    pub fn baseline_window(mut self, days: u16) -> Self {
        self.settings.baseline_window_days = days;
        self
    }

    /// The date of day `n`.
    pub fn date(&self, n: i32) -> Date {
        self.start + Span::new().days(n - 1)
    }

    /// The checked plan.
    pub fn plan(&self) -> Plan {
        Plan::new(self.settings.clone(), self.signs.clone()).expect("a valid plan")
    }

    /// The checked check-ins.
    pub fn history(&self) -> History {
        History::new(self.days.values().cloned()).expect("valid check-ins")
    }

    /// The level of day `n` and why.
    pub fn on(&self, n: i32) -> Evaluation {
        evaluate(&self.plan(), &self.history(), self.date(n))
    }

    /// The reasons of day `n` in words a test can compare: `rule [sign] [direction] on
    /// day numbers`, e.g. `"stress_above_usual above on 12 13 14"`.
    pub fn why(&self, n: i32) -> Vec<String> {
        self.on(n)
            .reasons
            .iter()
            .map(|r| describe(self, r))
            .collect()
    }
}

fn describe(f: &Fortnight, r: &imr_protocol::Reason) -> String {
    let mut words = vec![r.rule.as_str().to_owned()];
    if let Some(label) = &r.sign_label {
        assert_eq!(
            r.sign_id,
            Some(sign_id(label)),
            "the reason's sign id matches its label"
        );
        words.push(format!("'{label}'"));
    }
    match r.direction {
        Some(Direction::Above) => words.push("above".into()),
        Some(Direction::Below) => words.push("below".into()),
        Some(Direction::Both) => words.push("both ways".into()),
        None => {}
    }
    words.push("on".into());
    for d in &r.dates {
        words.push(((*d - f.start).get_days() + 1).to_string());
    }
    words.join(" ")
}

/// Writing one day's check-in.
pub struct DayBuilder {
    fortnight: Fortnight,
    n: i32,
}

impl DayBuilder {
    fn record(&mut self) -> &mut DayRecord {
        self.fortnight
            .days
            .get_mut(&self.n)
            .expect("the day being written")
    }

    pub fn stress(mut self, v: u8) -> Self {
        self.record().stress = Some(v);
        self
    }
    pub fn mood(mut self, v: u8) -> Self {
        self.record().mood = Some(v);
        self
    }
    pub fn sleep(mut self, hours: f32) -> Self {
        self.record().sleep_hours = Some(hours);
        self
    }
    pub fn meds(mut self, m: Medication) -> Self {
        self.record().medication = Some(m);
        self
    }
    pub fn sign(mut self, label: &str, rating: u8) -> Self {
        self.record().signs.insert(sign_id(label), rating);
        self
    }
    /// Rated something the engine does not read (a symptom, coping).
    pub fn symptom(mut self) -> Self {
        self.record().has_other_rating = true;
        self
    }
    /// Only a note: the record exists but rates nothing.
    pub fn note_only(self) -> Self {
        self
    }
    /// Removes the stress rating (an edit that clears a field).
    pub fn no_stress(mut self) -> Self {
        self.record().stress = None;
        self
    }

    /// Removes the warning sign ratings (an edit that clears them).
    pub fn no_signs(mut self) -> Self {
        self.record().signs.clear();
        self
    }
    /// Removes the medication answer.
    pub fn no_meds(mut self) -> Self {
        self.record().medication = None;
        self
    }

    /// Moves on to another day.
    pub fn day(self, n: i32) -> DayBuilder {
        self.fortnight.day(n)
    }

    /// Finishes writing.
    pub fn done(self) -> Fortnight {
        self.fortnight
    }

    pub fn on(&self, n: i32) -> Evaluation {
        self.fortnight.on(n)
    }

    pub fn why(&self, n: i32) -> Vec<String> {
        self.fortnight.why(n)
    }
}
