//! Conversions between the FFI's plain types and the core's: ids travel as text, days as
//! `YYYY-MM-DD`, times of day as `HH:MM`, instants as milliseconds since 1970 (UTC), and
//! small numbers as `Int`. Text that does not parse, or a number that does not fit, is
//! refused like any other bad input: `InvalidInput` naming the field as `kind.field`, with
//! the protocol's own wording of the problem.

use imr_protocol::value::check_value;
use imr_protocol::{FieldError, Problem, RecordKind};
use jiff::Timestamp;
use jiff::civil::{Date, Time};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};

fn refused(kind: RecordKind, name: &str, problem: Problem) -> ApiError {
    FieldError::new(format!("{kind}.{name}"), problem).into()
}

fn wrong_type(kind: RecordKind, name: &str, expected: &str) -> ApiError {
    refused(
        kind,
        name,
        Problem::WrongType {
            expected: expected.into(),
        },
    )
}

/// A record id sent by the app, as `kind.name`'s value.
pub fn id(kind: RecordKind, name: &str, text: &str) -> ApiResult<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| wrong_type(kind, name, "an id"))
}

/// A calendar day sent by the app (`YYYY-MM-DD`).
pub fn date(kind: RecordKind, name: &str, text: &str) -> ApiResult<Date> {
    text.trim()
        .parse()
        .map_err(|_| wrong_type(kind, name, "a date (YYYY-MM-DD)"))
}

/// A calendar day as the app receives it (`YYYY-MM-DD`).
pub fn date_text(day: Date) -> String {
    day.to_string()
}

/// An optional calendar day sent by the app.
pub fn opt_date(kind: RecordKind, name: &str, text: Option<&str>) -> ApiResult<Option<Date>> {
    text.map(|t| date(kind, name, t)).transpose()
}

/// An optional calendar day as the app receives it.
pub fn opt_date_text(day: Option<Date>) -> Option<String> {
    day.map(date_text)
}

/// Ids sent by the app, in order.
pub fn ids(kind: RecordKind, name: &str, texts: &[String]) -> ApiResult<Vec<Uuid>> {
    texts.iter().map(|t| id(kind, name, t)).collect()
}

/// A time of day sent by the app (`HH:MM`).
pub fn time(kind: RecordKind, name: &str, text: &str) -> ApiResult<Time> {
    let text = text.trim();
    let parsed: Option<Time> = match text.split_once(':') {
        Some((h, m)) if h.len() == 2 && m.len() == 2 => match (h.parse::<i8>(), m.parse::<i8>()) {
            (Ok(h), Ok(m)) => Time::new(h, m, 0, 0).ok(),
            _ => None,
        },
        _ => None,
    };
    parsed.ok_or_else(|| wrong_type(kind, name, "a time of day (HH:MM)"))
}

/// A time of day as the app receives it (`HH:MM`).
pub fn time_text(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A UTC instant as the app receives it: milliseconds since 1970-01-01T00:00Z.
pub fn millis(at: Timestamp) -> i64 {
    at.as_millisecond()
}

/// A UTC instant sent by the app, in milliseconds since 1970.
pub fn timestamp(kind: RecordKind, name: &str, millis: i64) -> ApiResult<Timestamp> {
    Timestamp::from_millisecond(millis).map_err(|_| wrong_type(kind, name, "an instant"))
}

/// A small number from the app (an `Int`) narrowed to the core's `u8`. One that does not
/// fit is refused with the range the protocol table gives for the field.
pub fn small(kind: RecordKind, name: &str, value: i32) -> ApiResult<u8> {
    u8::try_from(value).map_err(|_| {
        let problem = imr_protocol::field(kind, name)
            .and_then(|spec| check_value(spec.ty, &value.into()).err())
            .unwrap_or(Problem::OutOfRange {
                min: 0.0,
                max: f64::from(u8::MAX),
            });
        refused(kind, name, problem)
    })
}

/// [`small`] for an optional number.
pub fn opt_small(kind: RecordKind, name: &str, value: Option<i32>) -> ApiResult<Option<u8>> {
    value.map(|v| small(kind, name, v)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIND: RecordKind = RecordKind::CheckIn;

    #[test]
    fn text_that_is_not_an_id_or_a_day_is_refused_naming_the_field() {
        assert_eq!(
            id(KIND, "id", "nope").unwrap_err(),
            ApiError::InvalidInput {
                field: "check_in.id".into(),
                reason: "must be an id".into()
            }
        );
        assert!(matches!(
            date(KIND, "day", "2026-02-30").unwrap_err(),
            ApiError::InvalidInput { field, .. } if field == "check_in.day"
        ));
        assert_eq!(
            date_text(date(KIND, "day", "2026-03-01").unwrap()),
            "2026-03-01"
        );
    }

    #[test]
    fn times_of_day_are_hours_and_minutes() {
        assert_eq!(time_text(time(KIND, "t", "07:30").unwrap()), "07:30");
        for bad in ["7:30", "24:00", "07:60", "07:30:00", ""] {
            assert!(time(KIND, "t", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_number_that_does_not_fit_gets_the_fields_own_range() {
        assert_eq!(small(KIND, "stress", 7).unwrap(), 7);
        assert_eq!(
            small(KIND, "stress", -1).unwrap_err(),
            ApiError::InvalidInput {
                field: "check_in.stress".into(),
                reason: "must be between 0 and 10".into()
            }
        );
        assert_eq!(opt_small(KIND, "mood", None).unwrap(), None);
    }
}
