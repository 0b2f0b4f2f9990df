//! Why the level is what it is, as one plain sentence per reason in the reader's language:
//! "Sleeping less: at or above your limit on 22, 23 and 24 March".
//!
//! The clinic renders the same reasons in the clinician's language, which is why a reason
//! carries the sign's own text rather than a pre-rendered sentence.

use imr_protocol::{Direction, Locale, Reason};

use crate::FluentValue;
use crate::catalogue::{tr, tr_args};
use crate::dates::{day, day_list};

/// The message id of a rule's sentence.
pub fn message_id(reason: &Reason) -> String {
    format!("reason-{}", reason.rule)
}

fn direction(direction: Option<Direction>) -> &'static str {
    match direction {
        Some(Direction::Above) => "above",
        Some(Direction::Below) => "below",
        Some(Direction::Both) | None => "both",
    }
}

/// The reason as one sentence: the rule, the sign (the participant's own words) or measure,
/// and the days that met it.
pub fn sentence(locale: Locale, reason: &Reason) -> String {
    let mut days = reason.dates.clone();
    days.sort();
    days.dedup();
    let sign = reason
        .sign_label
        .as_deref()
        .map(str::trim)
        .filter(|label| !label.is_empty())
        .map_or_else(|| tr(locale, "reason-a-sign"), str::to_owned);
    let first = days.first().map(|d| day(locale, *d)).unwrap_or_default();
    let last = days.last().map(|d| day(locale, *d)).unwrap_or_default();
    let count = i64::try_from(days.len()).unwrap_or(i64::MAX);
    tr_args(
        locale,
        &message_id(reason),
        &[
            ("sign", FluentValue::from(sign)),
            ("direction", FluentValue::from(direction(reason.direction))),
            ("dates", FluentValue::from(day_list(locale, &days))),
            ("first", FluentValue::from(first)),
            ("last", FluentValue::from(last)),
            ("count", FluentValue::from(count)),
        ],
    )
}
