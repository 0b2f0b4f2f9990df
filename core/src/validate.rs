//! Field checks shared by every record.
//!
//! The bounds come from the protocol's field-to-scope table (`imr_protocol::field`), run
//! through the same `check_value` the clinic server uses, so the phone never stores what
//! the server would refuse. Text is trimmed first; an optional text that is empty after
//! trimming is stored as absent. Errors name the field as `kind.field`.

use imr_protocol::value::check_value;
use imr_protocol::{FieldError, Problem, RecordKind};
use jiff::civil::Date;
use serde_json::Value;

/// A refusal of `kind.name` for `problem`.
pub(crate) fn refuse(kind: RecordKind, name: &str, problem: Problem) -> FieldError {
    FieldError::new(format!("{kind}.{name}"), problem)
}

/// Checks `value` against the protocol table's row for `kind.name`.
pub(crate) fn conform(kind: RecordKind, name: &str, value: &Value) -> Result<(), FieldError> {
    let spec = imr_protocol::field(kind, name).ok_or_else(|| {
        refuse(
            kind,
            name,
            Problem::WrongType {
                expected: "a field of the protocol table".into(),
            },
        )
    })?;
    check_value(spec.ty, value).map_err(|problem| refuse(kind, name, problem))
}

/// A required title or name: trimmed, not empty, within the table's bound.
pub(crate) fn title(kind: RecordKind, name: &str, text: &str) -> Result<String, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(refuse(kind, name, Problem::Empty));
    }
    conform(kind, name, &Value::from(text))?;
    Ok(text.to_owned())
}

/// An optional text: trimmed, absent when empty, within the table's bound.
pub(crate) fn opt_text(
    kind: RecordKind,
    name: &str,
    text: Option<&str>,
) -> Result<Option<String>, FieldError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => {
            conform(kind, name, &Value::from(text))?;
            Ok(Some(text.to_owned()))
        }
    }
}

/// An optional number (rating, hours, hour of day) within the table's range.
pub(crate) fn opt_number<N: Into<Value> + Copy>(
    kind: RecordKind,
    name: &str,
    value: Option<N>,
) -> Result<(), FieldError> {
    match value {
        None => Ok(()),
        Some(n) => conform(kind, name, &n.into()),
    }
}

/// A required number within the table's range.
pub(crate) fn number<N: Into<Value>>(
    kind: RecordKind,
    name: &str,
    value: N,
) -> Result<(), FieldError> {
    conform(kind, name, &value.into())
}

/// A date that must not be after `today`.
pub(crate) fn not_future(
    kind: RecordKind,
    name: &str,
    date: Date,
    today: Date,
) -> Result<(), FieldError> {
    if date > today {
        return Err(refuse(kind, name, Problem::InTheFuture));
    }
    Ok(())
}

/// A date that must not come before `start`.
pub(crate) fn not_before(
    kind: RecordKind,
    name: &str,
    date: Option<Date>,
    start: Option<Date>,
) -> Result<(), FieldError> {
    match (date, start) {
        (Some(date), Some(start)) if date < start => Err(refuse(kind, name, Problem::BeforeStart)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_must_not_be_blank() {
        assert_eq!(
            title(RecordKind::Goal, "title", "  Work again ").unwrap(),
            "Work again"
        );
        let err = title(RecordKind::Goal, "title", "   ").unwrap_err();
        assert_eq!(err, FieldError::new("goal.title", Problem::Empty));
    }

    #[test]
    fn bounds_come_from_the_protocol_table() {
        let err = number(RecordKind::CheckIn, "stress", 11).unwrap_err();
        assert_eq!(err.field, "check_in.stress");
        assert_eq!(
            err.problem,
            Problem::OutOfRange {
                min: 0.0,
                max: 10.0
            }
        );
        let err = opt_number(RecordKind::CheckIn, "sleep_hours", Some(7.25)).unwrap_err();
        assert_eq!(err.problem, Problem::NotHalfHours);
    }
}
