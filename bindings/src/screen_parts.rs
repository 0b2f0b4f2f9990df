//! Pieces several screen models share, mirrored from `imr_core::screens`: the level with its
//! reasons and plan steps, crisis numbers, one-tap calls, choices, 0-3 rating fields and
//! chart points. Every text is already localised by the core; the apps only lay them out.

use imr_core::screens as core;
use imr_protocol::WarningLevel;

use crate::convert;

/// The warning level as the participant reads it, with why and what to do.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct LevelView {
    /// The level (for the colour and icon only; the words are below).
    pub level: WarningLevel,
    /// Its short name ("Amber", "Gul", "Oranje").
    pub name: String,
    /// A calm headline.
    pub title: String,
    /// What it means and what helps.
    pub description: String,
    /// "Why".
    pub reasons_heading: String,
    /// One sentence per reason, in precedence order.
    pub reasons: Vec<String>,
    /// "Your steps for now".
    pub steps_heading: String,
    /// The plan's steps for this level (amber or red); empty at green and unknown.
    pub steps: Vec<String>,
}

impl From<core::LevelView> for LevelView {
    fn from(v: core::LevelView) -> Self {
        LevelView {
            level: v.level,
            name: v.name,
            title: v.title,
            description: v.description,
            reasons_heading: v.reasons_heading,
            reasons: v.reasons,
            steps_heading: v.steps_heading,
            steps: v.steps,
        }
    }
}

/// A number to call with one tap.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CallLine {
    /// Who or what answers.
    pub label: String,
    /// For a supporter, their relation and what they agreed to do.
    pub detail: Vec<String>,
    /// The number as people write it.
    pub display: String,
    /// The number to dial (digits and a leading +).
    pub dial: String,
    /// The button text ("Call 113").
    pub call: String,
}

impl From<core::CallLine> for CallLine {
    fn from(c: core::CallLine) -> Self {
        CallLine {
            label: c.label,
            detail: c.detail,
            display: c.display,
            dial: c.dial,
            call: c.call,
        }
    }
}

/// Converts a list of core calls.
pub(crate) fn calls(lines: Vec<core::CallLine>) -> Vec<CallLine> {
    lines.into_iter().map(Into::into).collect()
}

/// Crisis numbers: the country's (never chosen by language) and the participant's own, with
/// the "not an emergency service" note.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CrisisView {
    /// "Help now".
    pub heading: String,
    /// That the app is not an emergency service.
    pub note: String,
    /// The country's numbers, most urgent first.
    pub lines: Vec<CallLine>,
    /// Numbers the participant added (huisartsenpost, DPS acute team).
    pub local: Vec<CallLine>,
}

impl From<core::CrisisView> for CrisisView {
    fn from(c: core::CrisisView) -> Self {
        CrisisView {
            heading: c.heading,
            note: c.note,
            lines: calls(c.lines),
            local: calls(c.local),
        }
    }
}

/// One value the participant can pick, with its words.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Choice {
    /// The value sent back.
    pub value: String,
    /// What it says.
    pub label: String,
    /// Whether it is the current value.
    pub selected: bool,
}

impl From<core::Choice> for Choice {
    fn from(c: core::Choice) -> Self {
        Choice {
            value: c.value,
            label: c.label,
            selected: c.selected,
        }
    }
}

/// Converts a list of core choices.
pub(crate) fn choices(list: Vec<core::Choice>) -> Vec<Choice> {
    list.into_iter().map(Into::into).collect()
}

/// A warning sign or symptom to rate 0-3.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RatingField {
    /// The sign or symptom id (sent back with the rating).
    pub id: String,
    /// Its text.
    pub label: String,
    /// The rating given today, if any.
    pub value: Option<i32>,
    /// The four ratings with their words, the current one selected.
    pub choices: Vec<Choice>,
}

impl From<core::RatingField> for RatingField {
    fn from(r: core::RatingField) -> Self {
        RatingField {
            id: r.id.to_string(),
            label: r.label,
            value: r.value.map(i32::from),
            choices: choices(r.choices),
        }
    }
}

/// One day of a chart; `value` is null on a day without that rating (a gap, never a zero).
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Point {
    /// The participant's day (`YYYY-MM-DD`).
    pub day: String,
    /// The value that day, if rated.
    pub value: Option<f64>,
}

impl From<imr_core::trends::Point> for Point {
    fn from(p: imr_core::trends::Point) -> Self {
        Point {
            day: convert::date_text(p.day),
            value: p.value,
        }
    }
}

/// Converts a list of core points.
pub(crate) fn points(list: Vec<imr_core::trends::Point>) -> Vec<Point> {
    list.into_iter().map(Into::into).collect()
}
