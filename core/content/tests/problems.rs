//! Every refusal reads as a plain, kind message naming the field, in every language.

use imr_content::Catalogue;
use imr_content::problems::{field_label, message, message_id};
use imr_protocol::{FieldError, Locale, Problem, Scope};

/// One example of every problem. The match below has no catch-all: a new variant stops this
/// test from compiling until it is added here (and given a message).
fn every_problem() -> Vec<Problem> {
    let all = vec![
        Problem::Missing,
        Problem::Empty,
        Problem::TooLong { max: 200 },
        Problem::TooMany { max: 50 },
        Problem::OutOfRange {
            min: 0.0,
            max: 10.0,
        },
        Problem::NotHalfHours,
        Problem::WrongType {
            expected: "a date".into(),
        },
        Problem::NotOneOf {
            allowed: vec!["yes".into(), "no".into()],
        },
        Problem::Duplicate,
        Problem::NotApplicableNotAllowed,
        Problem::InTheFuture,
        Problem::TooFarBack { max_days: 7 },
        Problem::BeforeStart,
        Problem::WrongScope {
            scope: Scope::Notes,
        },
        Problem::LocalOnly,
        Problem::DeletedWithData,
        Problem::IdMismatch,
        Problem::UnknownReference,
    ];
    let position = |p: &Problem| match p {
        Problem::Missing => 0,
        Problem::Empty => 1,
        Problem::TooLong { .. } => 2,
        Problem::TooMany { .. } => 3,
        Problem::OutOfRange { .. } => 4,
        Problem::NotHalfHours => 5,
        Problem::WrongType { .. } => 6,
        Problem::NotOneOf { .. } => 7,
        Problem::Duplicate => 8,
        Problem::NotApplicableNotAllowed => 9,
        Problem::InTheFuture => 10,
        Problem::TooFarBack { .. } => 11,
        Problem::BeforeStart => 12,
        Problem::WrongScope { .. } => 13,
        Problem::LocalOnly => 14,
        Problem::DeletedWithData => 15,
        Problem::IdMismatch => 16,
        Problem::UnknownReference => 17,
    };
    let positions: Vec<usize> = all.iter().map(position).collect();
    assert_eq!(
        positions,
        (0..18).collect::<Vec<_>>(),
        "one example per variant, in order"
    );
    all
}

#[test]
fn every_problem_has_a_message_in_every_language() {
    for locale in Locale::ALL {
        for problem in every_problem() {
            let id = message_id(&problem);
            assert!(Catalogue::get().has(*locale, id), "{locale}: {id}");
            let text = message(
                *locale,
                &FieldError::new("check_in.stress", problem.clone()),
            );
            assert!(
                !text.starts_with("problem-") && !text.contains('{'),
                "{locale}: {text}"
            );
            if *locale != Locale::En {
                let english = message(Locale::En, &FieldError::new("check_in.stress", problem));
                assert_ne!(text, english, "{locale} {id}: fell back to English");
            }
        }
    }
}

#[test]
fn messages_name_the_field_and_the_limits() {
    let stress = FieldError::new(
        "check_in.stress",
        Problem::OutOfRange {
            min: 0.0,
            max: 10.0,
        },
    );
    assert_eq!(
        message(Locale::En, &stress),
        "Stress level: please choose a number from 0 to 10."
    );
    assert_eq!(
        message(Locale::Nb, &stress),
        "Stressnivå: velg et tall fra 0 til 10."
    );
    assert_eq!(
        message(Locale::Nl, &stress),
        "Stressniveau: kies een getal van 0 tot en met 10."
    );
    let back = FieldError::new("check_in.day", Problem::TooFarBack { max_days: 7 });
    assert_eq!(
        message(Locale::En, &back),
        "Day: you can fill in a day up to 7 days back."
    );
    assert_eq!(
        message(Locale::Nb, &back),
        "Dag: du kan fylle inn en dag opptil 7 dager tilbake."
    );
    let title = FieldError::new("goal.title", Problem::TooLong { max: 200 });
    assert_eq!(
        message(Locale::Nl, &title),
        "Titel: houd dit op 200 tekens of minder."
    );
    let scope = FieldError::new(
        "check_in.note",
        Problem::WrongScope {
            scope: Scope::Notes,
        },
    );
    assert!(message(Locale::Nb, &scope).contains("«Notater»"));
}

#[test]
fn a_field_without_a_label_is_called_this_item() {
    assert_eq!(
        field_label(Locale::En, "settings.something_new"),
        "This item"
    );
    assert_eq!(
        field_label(Locale::Nl, "plan.amber_steps.3"),
        "Wat ik doe in de oranje fase"
    );
    assert_eq!(field_label(Locale::Nb, "mood"), "Humør");
}

#[test]
fn every_field_label_names_a_real_field() {
    let known: std::collections::BTreeSet<&str> = imr_protocol::RecordKind::ALL
        .iter()
        .flat_map(|kind| imr_protocol::fields(*kind).iter().map(|spec| spec.name))
        .collect();
    let labels: Vec<String> = imr_content::inventory::message_ids("field-")
        .into_iter()
        .map(|id| id["field-".len()..].to_owned())
        .filter(|name| name != "other")
        .collect();
    assert!(labels.len() > 30);
    let unknown: Vec<&String> = labels
        .iter()
        .filter(|name| !known.contains(name.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "labels for fields no record has: {unknown:?}"
    );
}
