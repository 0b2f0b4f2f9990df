//! What the engine reads: the plan's warning signs and settings, and the check-ins.
//!
//! These are the engine's own small types, so the phone's store and the clinic's demo can
//! both feed it without the engine knowing about storage. Each is validated once on the way
//! in ([`Plan::new`], [`History::new`]), so the rules themselves never meet a bad value.

use std::collections::{BTreeMap, BTreeSet};

use imr_protocol::limits::{
    BASELINE_WINDOW_DAYS, DEFAULT_SIGN_THRESHOLD, RATING_MAX, SLEEP_HOURS_MAX, STRESS_MOOD_MAX,
};
use imr_protocol::{FieldError, Medication, Problem};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One of the participant's early warning signs, as the plan agreed it with the clinician.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignRule {
    /// The sign's record id; check-in ratings refer to it.
    pub id: Uuid,
    /// The sign in the participant's words, carried into reasons so any reader can show it.
    pub label: String,
    /// The rating (1 mild, 2 moderate, 3 severe) from which the sign counts.
    pub threshold: u8,
    /// A sign that on its own means "act now": at its threshold it makes the level red.
    pub red_flag: bool,
}

impl SignRule {
    /// A sign with the default threshold (moderate) that is not a red flag.
    pub fn new(id: Uuid, label: impl Into<String>) -> Self {
        Self {
            id,
            label: label.into(),
            threshold: DEFAULT_SIGN_THRESHOLD as u8,
            red_flag: false,
        }
    }
}

/// The per-participant settings the rules depend on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EngineSettings {
    /// How many days before a run its baseline looks at (7-90, agreed with the clinician).
    pub baseline_window_days: u16,
    /// The participant's usual hours of sleep: the sleep baseline until there is data.
    pub usual_sleep_hours: Option<f32>,
}

/// The sleep baseline when the participant gave no usual sleep and there is too little data.
pub const DEFAULT_USUAL_SLEEP_HOURS: f32 = 7.5;
/// The stress and mood baseline when there are too few values.
pub const DEFAULT_STRESS_MOOD_BASELINE: f32 = 5.0;
/// Fewest values in the window for a median baseline; fewer means the default is used.
pub const MIN_BASELINE_VALUES: usize = 7;

impl Default for EngineSettings {
    fn default() -> Self {
        Self {
            baseline_window_days: BASELINE_WINDOW_DAYS.1 as u16,
            usual_sleep_hours: None,
        }
    }
}

/// The plan's signs and settings, checked: thresholds in range, no sign twice, a window
/// the clinic can agree to.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub(crate) settings: EngineSettings,
    pub(crate) signs: Vec<SignRule>,
}

impl Plan {
    /// Checks the settings and signs; the first bad field is named in the error.
    pub fn new(settings: EngineSettings, signs: Vec<SignRule>) -> Result<Self, FieldError> {
        let (min, _, max) = BASELINE_WINDOW_DAYS;
        let window = i64::from(settings.baseline_window_days);
        if !(min..=max).contains(&window) {
            return Err(out_of_range(
                "relapse_plan.baseline_window_days",
                min as f64,
                max as f64,
            ));
        }
        if let Some(hours) = settings.usual_sleep_hours {
            check_hours("settings.usual_sleep_hours", hours)?;
        }
        let mut seen = BTreeSet::new();
        for sign in &signs {
            if !seen.insert(sign.id) {
                return Err(FieldError::new("warning_sign.id", Problem::Duplicate));
            }
            if !(1..=RATING_MAX).contains(&i64::from(sign.threshold)) {
                return Err(out_of_range(
                    "warning_sign.threshold",
                    1.0,
                    RATING_MAX as f64,
                ));
            }
        }
        Ok(Self { settings, signs })
    }

    /// The settings the plan was built with.
    pub fn settings(&self) -> &EngineSettings {
        &self.settings
    }

    /// The signs, in the plan's order (the order reasons follow).
    pub fn signs(&self) -> &[SignRule] {
        &self.signs
    }

    /// The sleep baseline used when there are too few nights in the window.
    pub(crate) fn default_sleep(&self) -> f32 {
        self.settings
            .usual_sleep_hours
            .unwrap_or(DEFAULT_USUAL_SLEEP_HOURS)
    }
}

/// What one day's check-in says, in the terms the rules use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayRecord {
    /// The participant's local day the check-in belongs to.
    pub date: Date,
    /// Stress 0-10.
    pub stress: Option<u8>,
    /// Mood 0-10.
    pub mood: Option<u8>,
    /// Hours slept the night before this day (0-24).
    pub sleep_hours: Option<f32>,
    /// Whether medication was taken as agreed.
    pub medication: Option<Medication>,
    /// Each rated warning sign's rating 0-3, by sign id.
    pub signs: BTreeMap<Uuid, u8>,
    /// Whether the check-in rated anything the engine does not read (symptoms, sleep quality,
    /// coping, substances). A note alone is not hearing from the participant.
    pub has_other_rating: bool,
}

impl DayRecord {
    /// An empty check-in for `date`, to fill field by field.
    pub fn on(date: Date) -> Self {
        Self {
            date,
            stress: None,
            mood: None,
            sleep_hours: None,
            medication: None,
            signs: BTreeMap::new(),
            has_other_rating: false,
        }
    }

    /// A check-in day is one with at least one rating; a note alone does not count.
    pub fn is_check_in_day(&self) -> bool {
        self.has_other_rating
            || self.stress.is_some()
            || self.mood.is_some()
            || self.sleep_hours.is_some()
            || self.medication.is_some()
            || !self.signs.is_empty()
    }
}

/// A check-in the engine has accepted, dated by its day number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Day {
    pub(crate) n: i32,
    pub(crate) date: Date,
    pub(crate) record: DayRecord,
    pub(crate) check_in: bool,
}

/// All check-ins, checked and ordered by day, so any day's neighbours are found by a binary
/// search instead of a scan (five years of check-ins stay cheap to evaluate).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct History {
    pub(crate) days: Vec<Day>,
}

impl History {
    /// Checks every check-in (ranges, one per day) and orders them; the order given does
    /// not matter. The first bad field is named in the error.
    pub fn new(records: impl IntoIterator<Item = DayRecord>) -> Result<Self, FieldError> {
        let mut days = Vec::new();
        for record in records {
            let date = record.date;
            check_record(&record)?;
            let check_in = record.is_check_in_day();
            days.push(Day {
                n: day_number(date),
                date,
                record,
                check_in,
            });
        }
        days.sort_by_key(|d| d.n);
        if days.windows(2).any(|w| w[0].n == w[1].n) {
            return Err(FieldError::new("check_in.day", Problem::Duplicate));
        }
        Ok(Self { days })
    }

    /// How many check-ins there are.
    pub fn len(&self) -> usize {
        self.days.len()
    }

    /// Whether there are no check-ins at all.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// The check-ins on days `from..=to` (day numbers), oldest first.
    pub(crate) fn between(&self, from: i32, to: i32) -> &[Day] {
        let start = self.days.partition_point(|d| d.n < from);
        let end = self.days.partition_point(|d| d.n <= to);
        self.days.get(start..end).unwrap_or(&[])
    }
}

fn check_record(r: &DayRecord) -> Result<(), FieldError> {
    let max = STRESS_MOOD_MAX as f64;
    if r.stress.is_some_and(|s| f64::from(s) > max) {
        return Err(out_of_range("check_in.stress", 0.0, max));
    }
    if r.mood.is_some_and(|m| f64::from(m) > max) {
        return Err(out_of_range("check_in.mood", 0.0, max));
    }
    if let Some(hours) = r.sleep_hours {
        check_hours("check_in.sleep_hours", hours)?;
    }
    if r.signs.values().any(|v| i64::from(*v) > RATING_MAX) {
        return Err(out_of_range(
            "check_in.sign_ratings",
            0.0,
            RATING_MAX as f64,
        ));
    }
    Ok(())
}

fn check_hours(field: &str, hours: f32) -> Result<(), FieldError> {
    if hours.is_finite() && (0.0..=SLEEP_HOURS_MAX as f32).contains(&hours) {
        Ok(())
    } else {
        Err(out_of_range(field, 0.0, SLEEP_HOURS_MAX))
    }
}

fn out_of_range(field: &str, min: f64, max: f64) -> FieldError {
    FieldError::new(field, Problem::OutOfRange { min, max })
}

/// The first day the engine counts from; day numbers only need to be consistent.
const EPOCH: Date = jiff::civil::date(2000, 1, 1);

/// A civil date as a day number, so "the day before" is plain arithmetic. Civil days have
/// no clock time, so daylight saving changes cannot make a day longer or shorter here.
pub(crate) fn day_number(date: Date) -> i32 {
    (date - EPOCH).get_days()
}

/// The civil date of a day number (clamped to jiff's range, which no check-in leaves).
pub(crate) fn date_of(n: i32) -> Date {
    EPOCH.saturating_add(jiff::Span::new().days(n))
}
