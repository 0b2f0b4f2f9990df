//! The warning level as it travels: the level, the day it was computed for, and its reasons.
//!
//! The early warning engine produces these; the device sends them to the clinic (scope
//! warning signs) and the dashboard renders the reasons in the clinician's language.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::vocab::{WarningLevel, WarningRule};

/// Which way a measure moved away from its usual level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher than usual (or, for sleep, over 12 hours).
    Above,
    /// Lower than usual (or, for sleep, under 4 hours).
    Below,
    /// Some days above and some below.
    Both,
}

/// Why the level is what it is: the rule, the sign it concerns (if any), and the dates that
/// met it. Rendered as one plain sentence in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// The rule that was met.
    pub rule: WarningRule,
    /// The warning sign the rule concerns, for sign rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_id: Option<Uuid>,
    /// The sign's text as the participant wrote it, so the clinic can render the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_label: Option<String>,
    /// Which way the measure moved, for mood and sleep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The days that met the rule, oldest first.
    pub dates: Vec<Date>,
}

/// The level the device computed for a day, as the clinic stores and shows it ("as of").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WarningStatus {
    /// The level.
    pub level: WarningLevel,
    /// The participant's local day the level was computed for.
    pub as_of: Date,
    /// Why.
    #[serde(default)]
    pub reasons: Vec<Reason>,
}

/// After how many days the dashboard shows a device-computed level as unknown.
pub const STATUS_STALE_AFTER_DAYS: i32 = 3;

impl WarningStatus {
    /// The level the dashboard shows on `today` (the server's date): unknown when the
    /// device's level is more than [`STATUS_STALE_AFTER_DAYS`] days old.
    pub fn level_as_shown_on(&self, today: Date) -> WarningLevel {
        match (today - self.as_of).get_days() {
            age if age > STATUS_STALE_AFTER_DAYS => WarningLevel::Unknown,
            _ => self.level,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_level_older_than_three_days_shows_as_unknown() {
        let status = WarningStatus {
            level: WarningLevel::Red,
            as_of: date(2026, 3, 20),
            reasons: vec![],
        };
        assert_eq!(
            status.level_as_shown_on(date(2026, 3, 23)),
            WarningLevel::Red
        );
        assert_eq!(
            status.level_as_shown_on(date(2026, 3, 24)),
            WarningLevel::Unknown
        );
    }
}
