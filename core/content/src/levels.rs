//! The early warning level as the participant reads it: a short title, the colour's name,
//! and a calm sentence on what it means and what to do.

use imr_protocol::{Locale, WarningLevel};

use crate::catalogue::tr;

/// A short, calm title ("Keep an eye on things").
pub fn title(locale: Locale, level: WarningLevel) -> String {
    tr(locale, &format!("level-{level}"))
}

/// The colour's name as the plan uses it (amber is *gul* in Norwegian, *oranje* in Dutch).
pub fn name(locale: Locale, level: WarningLevel) -> String {
    tr(locale, &format!("level-{level}.name"))
}

/// What the level means and what to do, in one or two kind sentences.
pub fn description(locale: Locale, level: WarningLevel) -> String {
    tr(locale, &format!("level-{level}.description"))
}
