//! Why a field was refused. Shared by the phone's validation and the server's, so a record
//! is judged the same way on both sides, and errors name the field and the reason.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::scope::Scope;

/// What is wrong with a field's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The field must be given.
    Missing,
    /// The field must not be empty (after trimming spaces).
    Empty,
    /// The text is longer than allowed.
    TooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// The list has more items than allowed.
    TooMany {
        /// Most items allowed.
        max: usize,
    },
    /// The number is outside its range.
    OutOfRange {
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// Hours must be whole or half hours.
    NotHalfHours,
    /// The value is not of the expected shape (a date, an id, a number...).
    WrongType {
        /// What was expected, in plain words.
        expected: String,
    },
    /// The word is not one of the allowed values.
    NotOneOf {
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// An item appears twice in a list that must not repeat.
    Duplicate,
    /// "Not applicable" is only allowed for IMR Scale items 13-15.
    NotApplicableNotAllowed,
    /// The date is after today.
    InTheFuture,
    /// The day is further back than a check-in can be filled in afterwards.
    TooFarBack {
        /// How many days back are allowed.
        max_days: i64,
    },
    /// The date comes before the date it must follow.
    BeforeStart,
    /// The field belongs to another consent scope than the group it was sent in.
    WrongScope {
        /// The scope it belongs to.
        scope: Scope,
    },
    /// The field never leaves the phone.
    LocalOnly,
    /// A deleted record carries data.
    DeletedWithData,
    /// The record id does not match its natural key.
    IdMismatch,
    /// The referenced record does not exist (or was deleted).
    UnknownReference,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => write!(f, "must be given"),
            Problem::Empty => write!(f, "must not be empty"),
            Problem::TooLong { max } => write!(f, "must be at most {max} characters"),
            Problem::TooMany { max } => write!(f, "must have at most {max} items"),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::NotHalfHours => write!(f, "must be in whole or half hours"),
            Problem::WrongType { expected } => write!(f, "must be {expected}"),
            Problem::NotOneOf { allowed } => write!(f, "must be one of {}", allowed.join(", ")),
            Problem::Duplicate => write!(f, "must not repeat an item"),
            Problem::NotApplicableNotAllowed => write!(f, "cannot be \"not applicable\""),
            Problem::InTheFuture => write!(f, "must not be in the future"),
            Problem::TooFarBack { max_days } => write!(f, "must be at most {max_days} days ago"),
            Problem::BeforeStart => write!(f, "must not be before the start"),
            Problem::WrongScope { scope } => write!(f, "belongs to the {scope} scope"),
            Problem::LocalOnly => write!(f, "never leaves the phone"),
            Problem::DeletedWithData => write!(f, "a deleted record carries no data"),
            Problem::IdMismatch => write!(f, "does not match the record's natural key"),
            Problem::UnknownReference => write!(f, "refers to a record that does not exist"),
        }
    }
}

/// A refused field: which one (as `kind.field`, or `kind.field.item`) and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("{field} {problem}")]
pub struct FieldError {
    /// The field, as `kind.field`.
    pub field: String,
    /// Why it was refused.
    #[serde(flatten)]
    pub problem: Problem,
}

impl FieldError {
    /// A refusal of `field` for `problem`.
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }
}
