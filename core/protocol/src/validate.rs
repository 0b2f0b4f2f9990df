//! Whether a wire record is well formed, judged by the field-to-scope table.
//!
//! The server runs this on every pushed record and the phone on every pulled one, so bad
//! input is refused at both doors with the field and the reason.

use serde_json::Value;
use uuid::Uuid;

use crate::fields::{FieldScope, field, fields};
use crate::problem::{FieldError, Problem};
use crate::record::WireRecord;
use crate::scope::Scope;
use crate::value::{check_value, non_empty};

/// Why a pushed or pulled record was refused as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// Not a record at all (missing id, clock stamp...).
    Malformed,
    /// A record kind this version does not know.
    UnknownKind,
    /// A consent scope this version does not know.
    UnknownScope,
    /// A field is refused; see the field error.
    InvalidField,
    /// This kind is written by the other role (participant or clinician).
    WrongWriter,
    /// The id belongs to another participant.
    NotOwner,
    /// The record carries data of a scope the participant does not share.
    ScopeNotShared,
    /// The clock stamp is more than 10 minutes ahead of the server's clock.
    ClockAhead,
    /// The record's id does not match its natural key.
    IdMismatch,
}

/// A record refused as a whole, with what could be read of it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("record {id:?} refused: {reason:?} {field:?}")]
pub struct Refusal {
    /// The record's id, when it could be read.
    pub id: Option<Uuid>,
    /// Why.
    pub reason: RejectReason,
    /// The field at fault, for [`RejectReason::InvalidField`].
    pub field: Option<FieldError>,
}

impl Refusal {
    fn new(id: Option<Uuid>, reason: RejectReason) -> Self {
        Self {
            id,
            reason,
            field: None,
        }
    }
}

/// Reads one record from untrusted JSON, so one bad record in a batch is refused on its own
/// instead of failing the whole request.
pub fn parse_record(value: &Value) -> Result<WireRecord, Refusal> {
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .and_then(|s| Uuid::parse_str(s).ok());
    let kind = value.get("kind").and_then(Value::as_str);
    if kind.is_some_and(|k| k.parse::<crate::RecordKind>().is_err()) {
        return Err(Refusal::new(id, RejectReason::UnknownKind));
    }
    if let Some(data) = value.get("data").and_then(Value::as_object)
        && data.keys().any(|scope| scope.parse::<Scope>().is_err())
    {
        return Err(Refusal::new(id, RejectReason::UnknownScope));
    }
    let record: WireRecord = serde_json::from_value(value.clone())
        .map_err(|_| Refusal::new(id, RejectReason::Malformed))?;
    validate_record(&record).map_err(|err| Refusal {
        id: Some(record.id),
        reason: RejectReason::InvalidField,
        field: Some(err),
    })?;
    Ok(record)
}

/// Checks every field the table knows: key fields present and valid, each data field in
/// the group of its own scope, required fields of each sent scope present, values in range.
/// Fields the table does not know are allowed (a newer app wrote them) and kept as they are.
pub fn validate_record(record: &WireRecord) -> Result<(), FieldError> {
    let kind = record.kind;
    let name = |field: &str| format!("{kind}.{field}");
    if record.deleted && record.data.values().any(|group| !group.is_empty()) {
        return Err(FieldError::new(name("data"), Problem::DeletedWithData));
    }
    for spec in fields(kind).iter().filter(|s| s.scope == FieldScope::Key) {
        match record.key.get(spec.name).filter(|v| !v.is_null()) {
            None if spec.required => {
                return Err(FieldError::new(name(spec.name), Problem::Missing));
            }
            None => {}
            Some(value) => {
                check_value(spec.ty, value).map_err(|p| FieldError::new(name(spec.name), p))?
            }
        }
    }
    for field_name in record.key.keys() {
        if let Some(spec) = field(kind, field_name).filter(|s| s.scope != FieldScope::Key) {
            return Err(FieldError::new(name(spec.name), misplaced(spec.scope)));
        }
    }
    for (scope, group) in &record.data {
        for (field_name, value) in group {
            let Some(spec) = field(kind, field_name) else {
                continue;
            };
            if spec.scope != FieldScope::Shared(*scope) {
                return Err(FieldError::new(name(field_name), misplaced(spec.scope)));
            }
            if value.is_null() {
                continue;
            }
            check_value(spec.ty, value).map_err(|p| FieldError::new(name(field_name), p))?;
            if spec.required {
                non_empty(value).map_err(|p| FieldError::new(name(field_name), p))?;
            }
        }
        for spec in fields(kind)
            .iter()
            .filter(|s| s.required && s.scope == FieldScope::Shared(*scope))
        {
            if group.get(spec.name).is_none_or(Value::is_null) {
                return Err(FieldError::new(name(spec.name), Problem::Missing));
            }
        }
    }
    Ok(())
}

fn misplaced(scope: FieldScope) -> Problem {
    match scope {
        FieldScope::Shared(scope) => Problem::WrongScope { scope },
        FieldScope::Local => Problem::LocalOnly,
        FieldScope::Key => Problem::WrongType {
            expected: "a key field".to_owned(),
        },
    }
}
