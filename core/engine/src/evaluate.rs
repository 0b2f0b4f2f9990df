//! The level of a day, and of every day in a range.
//!
//! "Amber (or red) on each of the 7 days before D and amber today" makes a day red. That
//! rule only ever turns amber into red, so whether a day is "amber or red" is the same before
//! and after it; the engine therefore judges each day by the one-day rules first and applies
//! the week rule on top, with no recursion. A range judges every day once and reuses the
//! judgements, so a year of days costs a year of one-day judgements, not eight times that.

use imr_protocol::{Reason, WarningLevel, WarningRule, WarningStatus};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::input::{History, Plan, date_of, day_number};
use crate::rules::{Judgement, judge, reason};

/// How many days before D must all be amber or red for an amber D to count as red.
pub const LONG_AMBER_DAYS: i32 = 7;

/// The level of one day and why; what the Today screen, the clinic and the episode
/// bookkeeping all read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The participant's local day that was judged.
    pub on: Date,
    /// The level.
    pub level: WarningLevel,
    /// The rules that were met, red rules first; for unknown, the too-little-data reason
    /// with the check-in days there were; empty for green.
    pub reasons: Vec<Reason>,
}

impl Evaluation {
    /// The same, in the form the device sends to the clinic.
    pub fn to_status(&self) -> WarningStatus {
        WarningStatus {
            level: self.level,
            as_of: self.on,
            reasons: self.reasons.clone(),
        }
    }
}

/// The level on day `on`, from the check-ins on or before it (later ones are ignored, so a
/// past day can be re-judged after a back-fill or an edit).
pub fn evaluate(plan: &Plan, history: &History, on: Date) -> Evaluation {
    let d = day_number(on);
    let today = judge(plan, history, d);
    let week = if today.level == WarningLevel::Amber {
        (1..=LONG_AMBER_DAYS)
            .map(|back| judge(plan, history, d - back).level)
            .collect()
    } else {
        Vec::new()
    };
    finish(on, today, &week)
}

/// The level of every day `from..=to`, oldest first; empty when `from` is after `to`.
pub fn evaluate_range(plan: &Plan, history: &History, from: Date, to: Date) -> Vec<Evaluation> {
    let (first, last) = (day_number(from), day_number(to));
    if first > last {
        return Vec::new();
    }
    let mut levels: Vec<WarningLevel> = (first - LONG_AMBER_DAYS..first)
        .map(|d| judge(plan, history, d).level)
        .collect();
    let mut out = Vec::with_capacity((last - first + 1) as usize);
    for d in first..=last {
        let today = judge(plan, history, d);
        let level = today.level;
        let week = if level == WarningLevel::Amber {
            &levels[levels.len() - LONG_AMBER_DAYS as usize..]
        } else {
            &[]
        };
        out.push(finish(date_of(d), today, week));
        levels.push(level);
    }
    out
}

/// Applies the week rule to a day's one-day judgement; `week` holds the one-day levels of
/// the 7 days before, oldest first, when the day itself is amber.
fn finish(on: Date, today: Judgement, week: &[WarningLevel]) -> Evaluation {
    let long_amber = today.level == WarningLevel::Amber
        && week.len() == LONG_AMBER_DAYS as usize
        && week
            .iter()
            .all(|l| matches!(l, WarningLevel::Amber | WarningLevel::Red));
    if !long_amber {
        return Evaluation {
            on,
            level: today.level,
            reasons: today.reasons,
        };
    }
    let d = day_number(on);
    let dates = (d - LONG_AMBER_DAYS..=d).map(date_of).collect();
    let mut reasons = vec![reason(WarningRule::LongAmber, None, dates)];
    reasons.extend(today.reasons);
    Evaluation {
        on,
        level: WarningLevel::Red,
        reasons,
    }
}
