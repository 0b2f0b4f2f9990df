//! A plain, no-blame message for each refused field (`imr_protocol::FieldError`), in the
//! reader's language. The same errors come from the phone's validation and the server's, so
//! one set of messages serves both.

use imr_protocol::{FieldError, Locale, Problem};

use crate::FluentValue;
use crate::catalogue::{Catalogue, tr, tr_args};
use crate::vocab::label;

/// The message id for `problem`. The match has no catch-all, so a new `Problem` variant does
/// not compile until it has a message.
pub fn message_id(problem: &Problem) -> &'static str {
    match problem {
        Problem::Missing => "problem-missing",
        Problem::Empty => "problem-empty",
        Problem::TooLong { .. } => "problem-too_long",
        Problem::TooMany { .. } => "problem-too_many",
        Problem::OutOfRange { .. } => "problem-out_of_range",
        Problem::NotHalfHours => "problem-not_half_hours",
        Problem::WrongType { .. } => "problem-wrong_type",
        Problem::NotOneOf { .. } => "problem-not_one_of",
        Problem::Duplicate => "problem-duplicate",
        Problem::NotApplicableNotAllowed => "problem-not_applicable_not_allowed",
        Problem::InTheFuture => "problem-in_the_future",
        Problem::TooFarBack { .. } => "problem-too_far_back",
        Problem::BeforeStart => "problem-before_start",
        Problem::WrongScope { .. } => "problem-wrong_scope",
        Problem::LocalOnly => "problem-local_only",
        Problem::DeletedWithData => "problem-deleted_with_data",
        Problem::IdMismatch => "problem-id_mismatch",
        Problem::UnknownReference => "problem-unknown_reference",
    }
}

/// The label of a field named as `kind.field` (or `kind.field.item`): `field-<field>` when
/// the catalogue has one, else a neutral "This item".
pub fn field_label(locale: Locale, field: &str) -> String {
    let name = field.split('.').nth(1).unwrap_or(field);
    let id = format!("field-{name}");
    if Catalogue::get().has(locale, &id) {
        tr(locale, &id)
    } else {
        tr(locale, "field-other")
    }
}

fn whole(value: usize) -> FluentValue<'static> {
    FluentValue::from(i64::try_from(value).unwrap_or(i64::MAX))
}

/// The message for a refused field, naming the field and what to do.
pub fn message(locale: Locale, error: &FieldError) -> String {
    let field = FluentValue::from(field_label(locale, &error.field));
    let mut args: Vec<(&str, FluentValue)> = vec![("field", field)];
    match &error.problem {
        Problem::TooLong { max } | Problem::TooMany { max } => args.push(("max", whole(*max))),
        Problem::OutOfRange { min, max } => {
            args.push(("min", FluentValue::from(*min)));
            args.push(("max", FluentValue::from(*max)));
        }
        Problem::TooFarBack { max_days } => args.push(("max_days", FluentValue::from(*max_days))),
        Problem::WrongScope { scope } => {
            args.push(("scope", FluentValue::from(label(locale, *scope))))
        }
        _ => {}
    }
    tr_args(locale, message_id(&error.problem), &args)
}
