//! Trends over 30, 90 or 365 days: what the participant (and, when shared, the clinic) looks
//! back on. Every figure is computed here from one read of the period's check-ins, so both
//! shells chart the same numbers and neither computes a mean.

mod coping;

use std::collections::BTreeMap;

use imr_protocol::Medication;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use uuid::Uuid;

pub use coping::CopingStat;

use crate::error::{Error, Result};
use crate::records::check_in::CheckIn;
use crate::store::Store;

/// The periods the Trends screen offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// The last 30 days.
    Days30,
    /// The last 90 days.
    Days90,
    /// The last 365 days.
    Days365,
}

impl Period {
    /// Every period, in the order the screen offers them.
    pub const ALL: [Period; 3] = [Period::Days30, Period::Days90, Period::Days365];

    /// How many days, today included.
    pub fn days(self) -> i64 {
        match self {
            Period::Days30 => 30,
            Period::Days90 => 90,
            Period::Days365 => 365,
        }
    }
}

/// One day of a series; `value` is absent on a day without that rating (a gap in the chart,
/// never a zero).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// The participant's local day.
    pub day: Date,
    /// The rating or hours that day.
    pub value: Option<f64>,
}

/// A warning sign's or persistent symptom's ratings (0-3) over the period.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The sign or symptom.
    pub id: Uuid,
    /// Its text, as the participant wrote it.
    pub label: String,
    /// One point per day of the period, oldest first.
    pub points: Vec<Point>,
}

/// The means of one calendar week (Monday to Sunday) of the period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekMeans {
    /// The Monday the week starts (may be before the period: only days inside count).
    pub week_of: Date,
    /// Mean stress of the week's check-ins that rated it.
    pub stress: Option<f64>,
    /// Mean mood.
    pub mood: Option<f64>,
    /// Mean hours of sleep.
    pub sleep: Option<f64>,
    /// Check-in days in the week.
    pub check_in_days: u32,
}

/// How medication was taken over the period, on the days it was answered.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Adherence {
    /// Days answered "yes".
    pub yes: u32,
    /// Days answered "partly".
    pub partly: u32,
    /// Days answered "no".
    pub no: u32,
    /// Share of answered days (yes, partly or no) taken as prescribed ("yes"), 0-100;
    /// absent when no day was answered or medication does not apply.
    pub percent: Option<f64>,
}

/// Everything the Trends screen shows for one period.
#[derive(Clone, Debug, PartialEq)]
pub struct Trends {
    /// The period.
    pub period: Period,
    /// Its first day.
    pub from: Date,
    /// Its last day (today).
    pub to: Date,
    /// Stress 0-10, one point per day.
    pub stress: Vec<Point>,
    /// Mood 0-10, one point per day.
    pub mood: Vec<Point>,
    /// Hours of sleep, one point per day.
    pub sleep: Vec<Point>,
    /// Each warning sign, in the participant's order.
    pub signs: Vec<Series>,
    /// Each persistent symptom, in the participant's order.
    pub symptoms: Vec<Series>,
    /// Week by week, oldest first.
    pub weeks: Vec<WeekMeans>,
    /// Medication taken as prescribed.
    pub adherence: Adherence,
    /// Coping strategies used in the period, most used first.
    pub coping_by_use: Vec<CopingStat>,
    /// Coping strategies rated in the period, most helpful first.
    pub coping_by_help: Vec<CopingStat>,
    /// Days with a check-in that rated something (a note alone does not count).
    pub check_in_days: u32,
}

/// Whether a stored check-in rated anything (the engine's "check-in day").
pub(crate) fn rated_anything(c: &CheckIn) -> bool {
    c.stress.is_some()
        || c.mood.is_some()
        || c.sleep_hours.is_some()
        || c.sleep_quality.is_some()
        || c.medication.is_some()
        || !c.sign_ratings.is_empty()
        || !c.symptom_ratings.is_empty()
        || !c.substances.is_empty()
        || !c.coping.is_empty()
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// The days `from..=to`.
fn days(from: Date, to: Date) -> impl Iterator<Item = Date> {
    from.series(1.day()).take_while(move |d| *d <= to)
}

fn series_of(
    from: Date,
    to: Date,
    by_day: &BTreeMap<Date, &CheckIn>,
    value: impl Fn(&CheckIn) -> Option<f64>,
) -> Vec<Point> {
    days(from, to)
        .map(|day| Point {
            day,
            value: by_day.get(&day).and_then(|c| value(c)),
        })
        .collect()
}

fn rating_of(ratings: &[crate::Rating], id: Uuid) -> Option<f64> {
    ratings
        .iter()
        .find(|r| r.id == id)
        .map(|r| f64::from(r.rating))
}

fn weeks_of(check_ins: &[CheckIn], from: Date, to: Date) -> Vec<WeekMeans> {
    let monday = |d: Date| {
        d.checked_sub(i64::from(d.weekday().to_monday_zero_offset()).days())
            .unwrap_or(d)
    };
    let mut weeks = Vec::new();
    let mut week = monday(from);
    while week <= to {
        let end = week.checked_add(6.days()).unwrap_or(to);
        let inside: Vec<&CheckIn> = check_ins
            .iter()
            .filter(|c| c.day >= week.max(from) && c.day <= end.min(to))
            .collect();
        weeks.push(WeekMeans {
            week_of: week,
            stress: mean(inside.iter().filter_map(|c| c.stress.map(f64::from))),
            mood: mean(inside.iter().filter_map(|c| c.mood.map(f64::from))),
            sleep: mean(inside.iter().filter_map(|c| c.sleep_hours)),
            check_in_days: inside.iter().filter(|c| rated_anything(c)).count() as u32,
        });
        match week.checked_add(7.days()) {
            Ok(next) => week = next,
            Err(_) => break,
        }
    }
    debug_assert!(weeks.iter().all(|w| w.week_of.weekday() == Weekday::Monday));
    weeks
}

fn adherence_of(check_ins: &[CheckIn]) -> Adherence {
    let mut a = Adherence::default();
    for c in check_ins {
        match c.medication {
            Some(Medication::Yes) => a.yes += 1,
            Some(Medication::Partly) => a.partly += 1,
            Some(Medication::No) => a.no += 1,
            Some(Medication::NotApplicable) | None => {}
        }
    }
    let answered = a.yes + a.partly + a.no;
    a.percent = (answered > 0).then(|| 100.0 * f64::from(a.yes) / f64::from(answered));
    a
}

/// Trends for a period ending on a given day.
pub struct TrendsApi<'a> {
    pub(crate) store: &'a Store,
}

impl TrendsApi<'_> {
    /// The trends of `period` ending on `today` (the participant's local day, passed in so
    /// the figures are testable and a screen opened before midnight stays consistent).
    pub fn of(&self, period: Period, today: Date) -> Result<Trends> {
        let from = today
            .checked_sub((period.days() - 1).days())
            .map_err(|e| Error::BadData(e.to_string()))?;
        let check_ins = self.store.check_ins().list(from, today)?;
        let signs = self.store.signs().list()?;
        let symptoms = self.store.symptoms().list()?;
        let strategies = self.store.coping().list()?;
        let by_day: BTreeMap<Date, &CheckIn> = check_ins.iter().map(|c| (c.day, c)).collect();
        let (coping_by_use, coping_by_help) = coping::ranked(&strategies, &check_ins);
        Ok(Trends {
            period,
            from,
            to: today,
            stress: series_of(from, today, &by_day, |c| c.stress.map(f64::from)),
            mood: series_of(from, today, &by_day, |c| c.mood.map(f64::from)),
            sleep: series_of(from, today, &by_day, |c| c.sleep_hours),
            signs: signs
                .into_iter()
                .map(|s| Series {
                    points: series_of(from, today, &by_day, |c| rating_of(&c.sign_ratings, s.id)),
                    id: s.id,
                    label: s.text,
                })
                .collect(),
            symptoms: symptoms
                .into_iter()
                .map(|s| Series {
                    points: series_of(from, today, &by_day, |c| {
                        rating_of(&c.symptom_ratings, s.id)
                    }),
                    id: s.id,
                    label: s.text,
                })
                .collect(),
            weeks: weeks_of(&check_ins, from, today),
            adherence: adherence_of(&check_ins),
            coping_by_use,
            coping_by_help,
            check_in_days: check_ins.iter().filter(|c| rated_anything(c)).count() as u32,
        })
    }
}
