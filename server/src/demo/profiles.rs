//! Simulated participants: what each one's phone would hold after 120 days, with different
//! courses (steady, worsening to red, a mood rise, silence, recovery...). Each simulated
//! phone computes its level and alert events with imr-engine, as a real phone does.

use std::collections::BTreeMap;

use imr_engine::{DayRecord, EngineSettings, History, Plan, SignRule, evaluate_range, reconcile};
use imr_protocol::{
    Hlc, Medication, RecordKind, RecordMeta, ScaleItem, Scope, WireRecord, natural_id,
};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use serde_json::{Map, Value, json};
use uuid::Uuid;

/// The course a simulated participant's last 120 days took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// Stable and well.
    Steady,
    /// Stress up, sleep down, warning signs rising over two weeks, a red-flag sign at the end.
    Worsening,
    /// Mood well above usual and short nights in the last days (amber).
    MoodHigh,
    /// Stopped checking in ten days ago (shown as unknown).
    Silent,
    /// Stress well above usual for the last days (amber).
    StressRising,
    /// An episode two months ago, well since.
    Recovering,
    /// Checks in only now and then.
    Irregular,
    /// Medication only partly taken for the last days (amber).
    MedicationPartly,
}

/// One simulated participant.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    /// Pseudonym shown on the dashboard.
    pub pseudonym: &'static str,
    /// Their course.
    pub pattern: Pattern,
    /// Scopes they chose not to share.
    pub withheld: &'static [Scope],
}

/// The demo's participants.
pub const PROFILES: &[Profile] = &[
    Profile {
        pseudonym: "A. K.",
        pattern: Pattern::Worsening,
        withheld: &[],
    },
    Profile {
        pseudonym: "B. L.",
        pattern: Pattern::Steady,
        withheld: &[Scope::Notes],
    },
    Profile {
        pseudonym: "C. M.",
        pattern: Pattern::MoodHigh,
        withheld: &[],
    },
    Profile {
        pseudonym: "D. N.",
        pattern: Pattern::Silent,
        withheld: &[Scope::RelapsePlan],
    },
    Profile {
        pseudonym: "E. O.",
        pattern: Pattern::StressRising,
        withheld: &[],
    },
    Profile {
        pseudonym: "F. P.",
        pattern: Pattern::Recovering,
        withheld: &[Scope::ImrScale],
    },
    Profile {
        pseudonym: "G. R.",
        pattern: Pattern::Irregular,
        withheld: &[],
    },
    Profile {
        pseudonym: "H. S.",
        pattern: Pattern::MedicationPartly,
        withheld: &[Scope::Goals],
    },
];

const DAYS: i64 = 120;

/// A small deterministic generator, so every demo looks the same.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn jitter(&mut self, spread: i64) -> i64 {
        (self.next() % (2 * spread as u64 + 1)) as i64 - spread
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Builder {
    now: Timestamp,
    pid: Uuid,
    device: Uuid,
    counter: u32,
    out: Vec<WireRecord>,
}

impl Builder {
    fn add(&mut self, kind: RecordKind, id: Option<Uuid>, day: Date, fields: Value) {
        let at = day
            .at(20, 0, 0, 0)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .min(self.now);
        self.counter += 1;
        let hlc = Hlc {
            wall_ms: at.as_millisecond().max(0) as u64,
            counter: self.counter,
            device: self.device,
        };
        let id = id.unwrap_or_else(Uuid::new_v4);
        let meta = RecordMeta {
            kind,
            id,
            hlc,
            created_at: at,
            updated_at: at,
            deleted: false,
        };
        let fields = fields.as_object().cloned().unwrap_or_default();
        self.out
            .push(WireRecord::from_fields(meta, &fields, &BTreeMap::new()));
    }
    fn natural(&self, kind: RecordKind, key: &str) -> Option<Uuid> {
        Some(natural_id(self.pid, kind, key))
    }
}

fn clamp(v: i64, lo: i64, hi: i64) -> i64 {
    v.clamp(lo, hi)
}

/// The records a phone following `profile` would push, oldest first.
pub fn history(
    profile: &Profile,
    pid: Uuid,
    device: Uuid,
    seed: u64,
    now: Timestamp,
) -> Vec<WireRecord> {
    let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let first = today.checked_sub((DAYS - 1).days()).unwrap_or(today);
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15 ^ (seed + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let mut b = Builder {
        now,
        pid,
        device,
        counter: 0,
        out: Vec::new(),
    };
    let signs = [Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4()];
    let labels = [
        "Sleeping less",
        "Withdrawing from people",
        "Feeling watched",
    ];
    for (i, (id, label)) in signs.iter().zip(labels).enumerate() {
        b.add(
            RecordKind::WarningSign,
            Some(*id),
            first,
            json!({"text": label, "threshold": 2, "red_flag": i == 2, "active": true}),
        );
    }
    let pattern = profile.pattern;
    let mut days = Vec::new();
    for t in (0..DAYS).rev() {
        let day = today.checked_sub(t.days()).unwrap_or(today);
        let silent = pattern == Pattern::Silent && t < 10;
        let irregular = pattern == Pattern::Irregular && (t % 4 != 3 || t < 3);
        if silent || irregular || (t > 3 && noise.chance(8)) {
            continue;
        }
        let (mut stress, mut mood, mut sleep2) = (
            3 + noise.jitter(1),
            6 + noise.jitter(1),
            15 + noise.jitter(1),
        );
        let mut ratings = [0i64, noise.jitter(1).max(0), 0];
        let mut medication = Medication::Yes;
        match pattern {
            Pattern::Worsening if t < 14 => {
                let k = 14 - t;
                stress += k / 2;
                mood -= k / 3;
                sleep2 -= k / 2;
                ratings = [
                    clamp(k / 4, 0, 3),
                    clamp(k / 5, 0, 3),
                    if t < 2 { 2 } else { 0 },
                ];
            }
            Pattern::MoodHigh if t < 4 => (mood, sleep2) = (9 + noise.jitter(1).max(0), 10),
            Pattern::StressRising if t < 4 => stress = 7 + noise.jitter(1),
            Pattern::Recovering if (45..=60).contains(&t) => (stress, ratings) = (7, [2, 1, 0]),
            Pattern::MedicationPartly if t < 5 => medication = Medication::Partly,
            _ => {}
        }
        let (stress, mood, sleep) = (
            clamp(stress, 0, 10),
            clamp(mood, 0, 10),
            clamp(sleep2, 2, 24) as f64 / 2.0,
        );
        let sign_ratings: Map<String, Value> = signs
            .iter()
            .zip(ratings)
            .map(|(id, r)| (id.to_string(), json!(r)))
            .collect();
        let day_text = day.to_string();
        b.add(RecordKind::CheckIn, b.natural(RecordKind::CheckIn, &day_text), day, json!({
            "day": day_text, "stress": stress, "mood": mood, "sleep_hours": sleep,
            "sleep_quality": clamp(2 + noise.jitter(1), 0, 4), "medication": medication.as_str(), "late": false,
            "sign_ratings": sign_ratings,
        }));
        days.push(DayRecord {
            stress: Some(stress as u8),
            mood: Some(mood as u8),
            sleep_hours: Some(sleep as f32),
            medication: Some(medication),
            signs: signs
                .iter()
                .zip(ratings)
                .map(|(id, r)| (*id, r as u8))
                .collect(),
            has_other_rating: true,
            ..DayRecord::on(day)
        });
    }
    extras(&mut b, first, today);
    // A silent participant stopped opening the app; the others' phones judge every day.
    let until = if pattern == Pattern::Silent {
        days.last().map_or(first, |d| d.date)
    } else {
        today
    };
    device_level(&mut b, pid, (&signs, &labels), days, (first, until));
    b.out
}

/// What the phone's engine makes of the check-ins: the alert events of every episode and
/// the level of the last day the phone was used (imr-engine, as on a real phone).
fn device_level(
    b: &mut Builder,
    pid: Uuid,
    (signs, labels): (&[Uuid; 3], &[&str; 3]),
    days: Vec<DayRecord>,
    (first, last_used): (Date, Date),
) {
    let rules = signs
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (id, label))| SignRule {
            red_flag: i == 2,
            ..SignRule::new(*id, *label)
        })
        .collect();
    let (Ok(plan), Ok(history)) = (
        Plan::new(EngineSettings::default(), rules),
        History::new(days),
    ) else {
        tracing::error!("the demo's simulated check-ins were refused by the engine");
        return;
    };
    let levels = evaluate_range(&plan, &history, first, last_used);
    for event in reconcile(pid, &levels, &[]) {
        if let Ok(fields) = serde_json::to_value(&event) {
            b.add(RecordKind::AlertEvent, None, event.day, fields);
        }
    }
    let status = levels.last().map(|e| e.to_status());
    if let Some((status, Ok(fields))) = status.map(|s| (s.as_of, serde_json::to_value(&s))) {
        let id = b.natural(RecordKind::WarningStatus, "");
        b.add(RecordKind::WarningStatus, id, status, fields);
    }
}

/// Plan, supporter, goal with follow-ups, modules, homework, sessions and scale ratings.
fn extras(b: &mut Builder, first: Date, today: Date) {
    let day = |n: i64| first.checked_add(n.days()).unwrap_or(first);
    b.add(RecordKind::RelapsePlan, b.natural(RecordKind::RelapsePlan, ""), day(3), json!({
        "amber_steps": ["Go to bed at ten", "Call my sister"], "red_steps": ["Call the DPS acute team", "Tell my clinician"],
        "version": 1, "baseline_window_days": 28, "last_reviewed": day(3).to_string()}));
    b.add(
        RecordKind::Supporter,
        None,
        day(3),
        json!({"name": "Sister", "relation": "family", "phone": "+47 400 00 000", "position": 0}),
    );
    let goal = Uuid::new_v4();
    b.add(
        RecordKind::Goal,
        Some(goal),
        day(1),
        json!({"title": "Get back to part-time work", "status": "active"}),
    );
    for (n, at) in (14..120).step_by(14).enumerate() {
        b.add(RecordKind::GoalFollowUp, None, day(at), json!({"goal_id": goal, "date": day(at).to_string(), "progress": (2 + n as i64).min(10)}));
    }
    for (module, status, start) in [
        ("recovery", "completed", 0),
        ("facts", "completed", 30),
        ("stress_vulnerability", "in_progress", 70),
    ] {
        let mut f =
            json!({"module": module, "status": status, "started_on": day(start).to_string()});
        if status == "completed" {
            f["completed_on"] = json!(day(start + 28).to_string());
        }
        b.add(
            RecordKind::ModuleProgress,
            b.natural(RecordKind::ModuleProgress, module),
            day(start),
            f,
        );
    }
    let homework = Uuid::new_v4();
    b.add(RecordKind::Homework, Some(homework), day(100), json!({"module": "stress_vulnerability", "title": "List three things that raise my stress", "due": day(110).to_string()}));
    b.add(
        RecordKind::HomeworkStatus,
        b.natural(RecordKind::HomeworkStatus, &homework.to_string()),
        day(105),
        json!({"homework_id": homework, "state": "started"}),
    );
    for at in (2..120).step_by(7).filter(|d| day(*d) < today) {
        b.add(RecordKind::Session, None, day(at), json!({"date": day(at).to_string(), "module": if at < 30 { "recovery" } else if at < 70 { "facts" } else { "stress_vulnerability" }, "attended": at % 5 != 0, "format": "individual"}));
    }
    for (at, base) in [(5, 2), (95, 3)] {
        let answers: Map<String, Value> = ScaleItem::ALL
            .iter()
            .enumerate()
            .map(|(i, item)| (item.as_str().to_owned(), json!(base + (i as i64 % 2))))
            .collect();
        b.add(RecordKind::ScaleRating, None, day(at), json!({"taken_on": day(at).to_string(), "item_set_version": ScaleItem::ITEM_SET_VERSION, "answers": answers}));
    }
}
