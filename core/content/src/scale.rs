//! The IMR Scale items as the participant reads them: a short title, the question and the
//! five answer anchors (1-5), plus the "does not apply" answer of items 13-15.
//!
//! Answers are stored by item id, never by this text, so the wording can be replaced (by the
//! public-domain SAMHSA text or a licensed translation) without changing any score.

use imr_protocol::limits::{SCALE_ANSWER_MAX, SCALE_ANSWER_MIN};
use imr_protocol::{Locale, ScaleItem};

use crate::catalogue::tr;

/// A short title for the item, for lists and charts.
pub fn title(locale: Locale, item: ScaleItem) -> String {
    tr(locale, &format!("scale-{item}"))
}

/// The question the participant answers.
pub fn question(locale: Locale, item: ScaleItem) -> String {
    tr(locale, &format!("scale-{item}.question"))
}

/// The text of answer `answer` (1-5); `None` for an answer outside the scale.
pub fn anchor(locale: Locale, item: ScaleItem, answer: i64) -> Option<String> {
    (SCALE_ANSWER_MIN..=SCALE_ANSWER_MAX)
        .contains(&answer)
        .then(|| tr(locale, &format!("scale-{item}-anchor-{answer}")))
}

/// All five answers, 1 first.
pub fn anchors(locale: Locale, item: ScaleItem) -> Vec<String> {
    (SCALE_ANSWER_MIN..=SCALE_ANSWER_MAX)
        .filter_map(|n| anchor(locale, item, n))
        .collect()
}

/// The "does not apply to me" answer, for the items that allow it (13-15); `None` otherwise.
pub fn not_applicable(locale: Locale, item: ScaleItem) -> Option<String> {
    item.allows_not_applicable()
        .then(|| tr(locale, "scale-not-applicable"))
}

/// The note shown with the scale: our wording is not the official text (nb and nl: an
/// unofficial translation).
pub fn wording_note(locale: Locale) -> String {
    tr(locale, "scale-wording-note")
}
