//! Checks one JSON value against its [`FieldType`].

use std::collections::BTreeSet;

use serde_json::Value;
use uuid::Uuid;

use crate::fields::FieldType;
use crate::level::Reason;
use crate::limits::*;
use crate::problem::Problem;
use crate::vocab::{ScaleItem, SubstanceAmount, SubstanceKind};

fn wrong(expected: &str) -> Problem {
    Problem::WrongType {
        expected: expected.to_owned(),
    }
}

fn range(min: f64, max: f64) -> Problem {
    Problem::OutOfRange { min, max }
}

/// Checks `value` (never null: absent fields are handled by the caller).
pub fn check_value(ty: FieldType, value: &Value) -> Result<(), Problem> {
    match ty {
        FieldType::Text(max) => check_text(value, max),
        FieldType::Int(min, max) => check_int(value, min, max),
        FieldType::HalfHours(max) => check_half_hours(value, max),
        FieldType::Bool => value
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| wrong("true or false")),
        FieldType::Date => parse_str(value, "a date (YYYY-MM-DD)", |s| {
            s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok()
        }),
        FieldType::Timestamp => parse_str(value, "a UTC time (RFC 3339)", |s| {
            s.parse::<jiff::Timestamp>().is_ok()
        }),
        FieldType::TimeOfDay => parse_str(value, "a time of day (HH:MM)", is_time_of_day),
        FieldType::Id => parse_str(value, "a record id", |s| Uuid::parse_str(s).is_ok()),
        FieldType::TimeZone => parse_str(value, "a timezone such as Europe/Oslo", |s| {
            s.contains('/') && jiff::tz::TimeZone::get(s).is_ok()
        }),
        FieldType::Phone => check_phone(value),
        FieldType::OneOf(allowed) => check_one_of(value, allowed),
        FieldType::Ratings(max) => check_ratings(value, max),
        FieldType::Substances => check_substances(value),
        FieldType::CopingUses => check_coping(value),
        FieldType::ScaleAnswers => check_scale(value),
        FieldType::TextList => {
            let items = list(value)?;
            items.iter().try_for_each(|item| {
                check_text(item, TITLE_MAX_CHARS).and_then(|_| non_empty(item))
            })
        }
        FieldType::LocalNumbers => {
            for item in list(value)? {
                let obj = item
                    .as_object()
                    .ok_or_else(|| wrong("a label and a number"))?;
                let label = obj.get("label").ok_or(Problem::Missing)?;
                check_text(label, TITLE_MAX_CHARS)?;
                non_empty(label)?;
                check_phone(obj.get("number").ok_or(Problem::Missing)?)?;
            }
            Ok(())
        }
        FieldType::Reasons => {
            for item in list(value)? {
                serde_json::from_value::<Reason>(item.clone())
                    .map_err(|_| wrong("a warning reason"))?;
            }
            Ok(())
        }
        FieldType::Snapshot => {
            if !value.is_object() {
                return Err(wrong("an object"));
            }
            let size = serde_json::to_vec(value).map_or(usize::MAX, |v| v.len());
            if size > SNAPSHOT_MAX_BYTES {
                return Err(Problem::TooLong {
                    max: SNAPSHOT_MAX_BYTES,
                });
            }
            Ok(())
        }
    }
}

/// True when a required text field holds nothing but spaces.
pub(crate) fn non_empty(value: &Value) -> Result<(), Problem> {
    match value.as_str() {
        Some(s) if s.trim().is_empty() => Err(Problem::Empty),
        _ => Ok(()),
    }
}

fn check_text(value: &Value, max: usize) -> Result<(), Problem> {
    let s = value.as_str().ok_or_else(|| wrong("text"))?;
    if s.trim().chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    Ok(())
}

fn check_int(value: &Value, min: i64, max: i64) -> Result<(), Problem> {
    let n = value.as_i64().ok_or_else(|| wrong("a whole number"))?;
    if n < min || n > max {
        return Err(range(min as f64, max as f64));
    }
    Ok(())
}

fn check_half_hours(value: &Value, max: f64) -> Result<(), Problem> {
    let n = value.as_f64().ok_or_else(|| wrong("a number of hours"))?;
    if !(0.0..=max).contains(&n) {
        return Err(range(0.0, max));
    }
    if (n * 2.0).fract() != 0.0 {
        return Err(Problem::NotHalfHours);
    }
    Ok(())
}

fn parse_str(value: &Value, expected: &str, ok: impl Fn(&str) -> bool) -> Result<(), Problem> {
    match value.as_str() {
        Some(s) if ok(s) => Ok(()),
        _ => Err(wrong(expected)),
    }
}

fn is_time_of_day(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    h.len() == 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

/// Whether the text can be dialled: digits with optional `+`, spaces, `-`, `(`, `)`.
pub fn is_phone_number(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.chars().count() <= PHONE_MAX_CHARS
        && digits >= 3
        && s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
        && !s.chars().skip(1).any(|c| c == '+')
}

fn check_phone(value: &Value) -> Result<(), Problem> {
    parse_str(value, "a phone number", is_phone_number)
}

fn check_one_of(value: &Value, allowed: &[&str]) -> Result<(), Problem> {
    match value.as_str() {
        Some(s) if allowed.contains(&s) => Ok(()),
        _ => Err(Problem::NotOneOf {
            allowed: allowed.iter().map(|s| (*s).to_owned()).collect(),
        }),
    }
}

fn list(value: &Value) -> Result<&Vec<Value>, Problem> {
    let items = value.as_array().ok_or_else(|| wrong("a list"))?;
    if items.len() > LIST_MAX_ITEMS {
        return Err(Problem::TooMany {
            max: LIST_MAX_ITEMS,
        });
    }
    Ok(items)
}

fn object(value: &Value) -> Result<&serde_json::Map<String, Value>, Problem> {
    let obj = value.as_object().ok_or_else(|| wrong("an object"))?;
    if obj.len() > LIST_MAX_ITEMS {
        return Err(Problem::TooMany {
            max: LIST_MAX_ITEMS,
        });
    }
    Ok(obj)
}

fn check_ratings(value: &Value, max: i64) -> Result<(), Problem> {
    for (id, rating) in object(value)? {
        Uuid::parse_str(id).map_err(|_| wrong("ratings keyed by record id"))?;
        check_int(rating, 0, max)?;
    }
    Ok(())
}

fn check_substances(value: &Value) -> Result<(), Problem> {
    for (kind, amount) in object(value)? {
        check_one_of(&Value::String(kind.clone()), SubstanceKind::NAMES)?;
        check_one_of(amount, SubstanceAmount::NAMES)?;
    }
    Ok(())
}

fn check_coping(value: &Value) -> Result<(), Problem> {
    let mut seen = BTreeSet::new();
    for item in list(value)? {
        let obj = item
            .as_object()
            .ok_or_else(|| wrong("a strategy and how much it helped"))?;
        let id = obj
            .get("strategy_id")
            .and_then(Value::as_str)
            .ok_or(Problem::Missing)?;
        let id = Uuid::parse_str(id).map_err(|_| wrong("a record id"))?;
        if !seen.insert(id) {
            return Err(Problem::Duplicate);
        }
        match obj.get("helpful") {
            None | Some(Value::Null) => {}
            Some(helpful) => check_int(helpful, 0, RATING_MAX)?,
        }
    }
    Ok(())
}

fn check_scale(value: &Value) -> Result<(), Problem> {
    for (item, answer) in object(value)? {
        let item: ScaleItem = item.parse().map_err(|_| Problem::NotOneOf {
            allowed: ScaleItem::NAMES.iter().map(|s| (*s).to_owned()).collect(),
        })?;
        match answer {
            Value::String(s) if s == "na" => {
                if !item.allows_not_applicable() {
                    return Err(Problem::NotApplicableNotAllowed);
                }
            }
            other => check_int(other, SCALE_ANSWER_MIN, SCALE_ANSWER_MAX)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn half_hours_accept_halves_and_refuse_quarters() {
        let ty = FieldType::HalfHours(24.0);
        assert!(check_value(ty, &json!(7.5)).is_ok());
        assert!(check_value(ty, &json!(0)).is_ok());
        assert!(check_value(ty, &json!(24)).is_ok());
        assert_eq!(check_value(ty, &json!(7.25)), Err(Problem::NotHalfHours));
        assert_eq!(check_value(ty, &json!(24.5)), Err(range(0.0, 24.0)));
        assert_eq!(check_value(ty, &json!(-0.5)), Err(range(0.0, 24.0)));
    }

    #[test]
    fn text_length_counts_characters_after_trimming() {
        let ty = FieldType::Text(3);
        assert!(check_value(ty, &json!("  æøå  ")).is_ok());
        assert_eq!(
            check_value(ty, &json!("abcd")),
            Err(Problem::TooLong { max: 3 })
        );
    }

    #[test]
    fn scale_answers_allow_not_applicable_only_on_items_13_to_15() {
        assert!(
            check_value(
                FieldType::ScaleAnswers,
                &json!({"goals": 3, "drug_use": "na"})
            )
            .is_ok()
        );
        assert_eq!(
            check_value(FieldType::ScaleAnswers, &json!({"goals": "na"})),
            Err(Problem::NotApplicableNotAllowed)
        );
        assert_eq!(
            check_value(FieldType::ScaleAnswers, &json!({"goals": 6})),
            Err(range(1.0, 5.0))
        );
    }

    #[test]
    fn phone_numbers_as_people_write_them() {
        for ok in ["113", "+47 22 40 00 40", "0800-0113", "(020) 123 45 67"] {
            assert!(is_phone_number(ok), "{ok}");
        }
        for bad in ["12", "call me", "11+3", ""] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }

    #[test]
    fn dates_times_and_ids_must_parse() {
        assert!(check_value(FieldType::Date, &json!("2026-03-29")).is_ok());
        assert!(check_value(FieldType::Date, &json!("2026-02-30")).is_err());
        assert!(check_value(FieldType::TimeOfDay, &json!("04:00")).is_ok());
        assert!(check_value(FieldType::TimeOfDay, &json!("24:00")).is_err());
        assert!(check_value(FieldType::TimeZone, &json!("Europe/Oslo")).is_ok());
        assert!(check_value(FieldType::TimeZone, &json!("Europe/Atlantis")).is_err());
        assert!(check_value(FieldType::Id, &json!("not-an-id")).is_err());
    }

    #[test]
    fn coping_uses_must_not_repeat_a_strategy() {
        let id = Uuid::from_u128(7).to_string();
        let twice = json!([{"strategy_id": id, "helpful": 2}, {"strategy_id": id}]);
        assert_eq!(
            check_value(FieldType::CopingUses, &twice),
            Err(Problem::Duplicate)
        );
    }
}
