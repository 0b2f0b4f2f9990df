//! A store holding every kind of record, for the backup and export tests: settings,
//! check-ins, signs, symptoms, triggers, supporters, a plan saved twice, coping strategies,
//! goals with short-term goals, steps and follow-ups, a tombstone, and (written raw until
//! their APIs exist here) module progress, homework, homework status, a scale rating and a
//! session.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

use imr_core::{
    CheckInInput, CopingStrategyInput, CopingUse, FollowUpInput, GoalInput, LocalNumber,
    PlanContent, Rating, Store, SupporterInput, WarningSignInput,
};
use imr_protocol::{CopingCategory, Medication, SubstanceAmount, SubstanceKind};
use jiff::civil::date;

/// The id of the goal [`fill`] creates first.
pub struct Filled {
    pub goal: uuid::Uuid,
}

/// Fills `store` (at 2026-05-12, Oslo settings) with every kind of record.
pub fn fill(store: &Store, db_path: &Path, key: &[u8; 32]) -> Filled {
    let sign = store
        .signs()
        .create(&WarningSignInput {
            red_flag: true,
            ..WarningSignInput::new("Sleeping less")
        })
        .unwrap();
    store
        .signs()
        .create(&WarningSignInput::new("Withdrawing from people"))
        .unwrap();
    let symptom = store.symptoms().create("Hearing voices").unwrap();
    let walk = store
        .coping()
        .create(&CopingStrategyInput::new(
            "A walk, \"long\" one",
            CopingCategory::Stress,
        ))
        .unwrap();
    for (i, day) in [8, 9, 10, 11, 12].into_iter().enumerate() {
        let i = i as u8;
        store
            .check_ins()
            .save(&CheckInInput {
                stress: Some(3 + i),
                mood: Some(6 - i),
                sleep_hours: Some(7.5 - f64::from(i) * 0.5),
                sleep_quality: Some(2),
                sign_ratings: vec![Rating {
                    id: sign.id,
                    rating: i % 4,
                }],
                symptom_ratings: vec![Rating {
                    id: symptom.id,
                    rating: 1,
                }],
                medication: Some(Medication::Yes),
                substances: vec![imr_core::SubstanceUse {
                    kind: SubstanceKind::Alcohol,
                    amount: SubstanceAmount::Some,
                }],
                coping: vec![CopingUse {
                    strategy_id: walk.id,
                    helpful: Some(2),
                }],
                note: Some(format!(
                    "Day {day}, with a comma, a \"quote\"\nand a new line <b>"
                )),
                ..CheckInInput {
                    day: date(2026, 5, day),
                    ..Default::default()
                }
            })
            .unwrap();
    }
    store.check_ins().delete(date(2026, 5, 8)).unwrap();
    store.triggers().create("Arguments at home", None).unwrap();
    let gone = store.triggers().create("Crowds", None).unwrap();
    store.triggers().delete(gone.id).unwrap();
    store
        .supporters()
        .create(&SupporterInput {
            name: "Kari <Sister>".into(),
            relation: Some("sister".into()),
            phone: Some("+47 900 00 000".into()),
            agreed_to: Some("Calls me & visits".into()),
        })
        .unwrap();
    let mut plan = PlanContent {
        amber_steps: vec!["Go to bed at ten".into(), "Call Kari".into()],
        red_steps: vec!["Call the DPS acute team".into()],
        clinician_name: Some("Ola Nordmann".into()),
        clinician_phone: Some("+47 22 00 00 00".into()),
        local_numbers: vec![LocalNumber {
            label: "DPS acute team".into(),
            number: "22 11 11 11".into(),
        }],
        helps: Some("Quiet, a walk".into()),
        does_not_help: Some("Being told to calm down".into()),
        who_to_tell: Some("Kari".into()),
        ..PlanContent::default()
    };
    store.plan().save(&plan).unwrap();
    plan.amber_steps.push("Skip coffee".into());
    store.plan().save(&plan).unwrap();
    let goal = store
        .goals()
        .create(&GoalInput {
            why: Some("My own money".into()),
            ..GoalInput::new("Work again")
        })
        .unwrap();
    let short = store
        .goals()
        .add_short_term(goal.id, &GoalInput::new("Talk to NAV"))
        .unwrap();
    store
        .goals()
        .add_short_term(goal.id, &GoalInput::new("Two mornings a week"))
        .unwrap();
    store.goals().add_step(short.id, "Book a meeting").unwrap();
    store
        .goals()
        .add_follow_up(
            goal.id,
            &FollowUpInput {
                date: date(2026, 5, 11),
                progress: 4,
                note: Some("Going well".into()),
            },
        )
        .unwrap();
    raw_rows(db_path, key);
    Filled { goal: goal.id }
}

/// Rows of the tables whose APIs live on another branch, written as the store would.
fn raw_rows(path: &Path, key: &[u8; 32]) {
    let conn = rusqlite::Connection::open(path).unwrap();
    imr_core::db::apply_pragmas(&conn, key).unwrap();
    conn.execute_batch("PRAGMA busy_timeout = 5000;").unwrap();
    let meta = "1778580000000, 1778580000000, '001778580000000-0000000000-00000000-0000-0000-0000-000000000001', 1, 0";
    conn.execute_batch(&format!(
        "INSERT INTO module_progress (id, created_at, updated_at, hlc, change_counter, deleted, module, status, started_on)
           VALUES ('5f0c4a44-0000-5000-8000-000000000001', {meta}, 'relapse', 'in_progress', '2026-04-01');
         INSERT INTO homework (id, created_at, updated_at, hlc, change_counter, deleted, kind, module, title, due)
           VALUES ('5f0c4a44-0000-4000-8000-000000000002', {meta}, 'homework', 'relapse', 'Write my plan', '2026-05-20');
         INSERT INTO homework_status (id, created_at, updated_at, hlc, change_counter, deleted, homework_id, state)
           VALUES ('5f0c4a44-0000-5000-8000-000000000003', {meta}, '5f0c4a44-0000-4000-8000-000000000002', 'started');
         INSERT INTO scale_rating (id, created_at, updated_at, hlc, change_counter, deleted, kind, taken_on, item_set_version, answers)
           VALUES ('5f0c4a44-0000-4000-8000-000000000004', {meta}, 'scale_rating', '2026-05-01', 1, '{{\"imr01\":3,\"imr02\":4,\"imr13\":null}}');
         INSERT INTO session (id, created_at, updated_at, hlc, change_counter, deleted, kind, date, module, attended)
           VALUES ('5f0c4a44-0000-4000-8000-000000000005', {meta}, 'session', '2026-05-05', 'relapse', 1);",
    ))
    .unwrap();
}
