//! The phone's tables and the protocol's field-to-scope table agree field for field, so
//! the sync client can build every wire record from a row without a mapping of its own.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use std::collections::BTreeSet;

use common::{Fixture, raw};
use imr_protocol::{RecordKind, fields};

/// Sync columns every record table has; they travel as the wire record's envelope.
const ENVELOPE: [&str; 6] = [
    "id",
    "created_at",
    "updated_at",
    "hlc",
    "change_counter",
    "deleted",
];

/// Each record table and the kinds it holds (a participant kind and its clinician twin
/// share a table, told apart by the `kind` column).
const TABLES: &[(&str, &[RecordKind])] = &[
    ("settings", &[RecordKind::Settings]),
    ("check_in", &[RecordKind::CheckIn]),
    ("warning_sign", &[RecordKind::WarningSign]),
    ("persistent_symptom", &[RecordKind::PersistentSymptom]),
    ("plan_trigger", &[RecordKind::Trigger]),
    ("supporter", &[RecordKind::Supporter]),
    ("relapse_plan", &[RecordKind::RelapsePlan]),
    ("relapse_plan_version", &[RecordKind::RelapsePlanVersion]),
    ("coping_strategy", &[RecordKind::CopingStrategy]),
    ("goal", &[RecordKind::Goal]),
    ("short_term_goal", &[RecordKind::ShortTermGoal]),
    ("goal_step", &[RecordKind::GoalStep]),
    ("goal_follow_up", &[RecordKind::GoalFollowUp]),
    ("module_progress", &[RecordKind::ModuleProgress]),
    (
        "homework",
        &[RecordKind::Homework, RecordKind::ClinicianHomework],
    ),
    ("homework_status", &[RecordKind::HomeworkStatus]),
    (
        "scale_rating",
        &[RecordKind::ScaleRating, RecordKind::ClinicianScaleRating],
    ),
    (
        "session",
        &[RecordKind::Session, RecordKind::ClinicianSession],
    ),
];

#[test]
fn every_record_table_has_exactly_the_fields_of_its_kinds() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    let conn = raw(&fx.path());
    for (table, kinds) in TABLES {
        let mut stmt = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap();
        let columns: BTreeSet<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for column in ENVELOPE {
            assert!(
                columns.contains(column),
                "{table} lacks sync column {column}"
            );
        }
        let stored: BTreeSet<String> = columns
            .into_iter()
            .filter(|c| {
                let envelope = ENVELOPE.contains(&c.as_str());
                let twin_marker = kinds.len() > 1 && c == "kind";
                !envelope && !twin_marker
            })
            .collect();
        let table_fields: BTreeSet<String> = kinds
            .iter()
            .flat_map(|k| fields(*k).iter().map(|f| f.name.to_owned()))
            .collect();
        assert_eq!(
            stored, table_fields,
            "{table} vs the protocol's fields of {kinds:?}"
        );
    }
}
