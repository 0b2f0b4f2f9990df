//! The IMR programme: module progress, homework with status, IMR Scale, sessions.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::{Fixture, raw};
use imr_core::{
    AssignedBy, Error, HomeworkInput, HomeworkStatusInput, ItemAnswer, ModuleProgressInput,
    RatedBy, ScaleAnswer, SessionInput, Store,
};
use imr_protocol::{HomeworkState, ModuleKey, ModuleStatus, Problem, ScaleItem, SessionFormat};
use jiff::civil::date;
use uuid::Uuid;

const NOON: &str = "2026-05-12T10:00:00Z";

/// A row the clinic wrote, as sync would store it.
fn clinic_row(fx: &Fixture, sql: &str) -> Uuid {
    let id = Uuid::new_v4();
    let hlc = format!("{:015}-{:010}-{}", 1, 0, Uuid::nil());
    raw(&fx.path())
        .execute(sql, rusqlite::params![id.to_string(), 0, hlc])
        .unwrap();
    id
}

#[test]
fn all_eleven_modules_are_listed_and_progress_is_kept_per_module() {
    let fx = Fixture::at(NOON);
    let modules = fx.store.modules();
    assert_eq!(modules.list().unwrap().len(), 11);
    assert!(
        modules
            .list()
            .unwrap()
            .iter()
            .all(|m| m.status == ModuleStatus::NotStarted && m.info.is_none())
    );
    let input = |status| ModuleProgressInput {
        module: ModuleKey::Relapse,
        status,
        started_on: None,
        completed_on: None,
    };
    let started = modules.save(&input(ModuleStatus::InProgress)).unwrap();
    assert_eq!(
        started.started_on,
        Some(date(2026, 5, 12)),
        "started today unless said otherwise"
    );
    fx.set_now("2026-05-20T10:00:00Z");
    let done = modules
        .save(&ModuleProgressInput {
            started_on: Some(date(2026, 5, 12)),
            ..input(ModuleStatus::Completed)
        })
        .unwrap();
    assert_eq!(
        (done.id, done.completed_on),
        (started.id, Some(date(2026, 5, 20)))
    );
    assert_eq!(done.info.unwrap().change_counter, 2);
    assert_eq!(modules.get(ModuleKey::Relapse).unwrap(), done);
    modules.reset(ModuleKey::Relapse).unwrap();
    assert_eq!(
        modules.get(ModuleKey::Relapse).unwrap().status,
        ModuleStatus::NotStarted
    );
    fx.assert_refused(
        "module_progress.completed_on",
        Problem::BeforeStart,
        |s: &Store| {
            s.modules().save(&ModuleProgressInput {
                module: ModuleKey::Stress,
                status: ModuleStatus::Completed,
                started_on: Some(date(2026, 5, 10)),
                completed_on: Some(date(2026, 5, 1)),
            })
        },
    );
    fx.assert_refused(
        "module_progress.started_on",
        Problem::InTheFuture,
        |s: &Store| {
            s.modules().save(&ModuleProgressInput {
                module: ModuleKey::Stress,
                status: ModuleStatus::InProgress,
                started_on: Some(date(2026, 6, 1)),
                completed_on: None,
            })
        },
    );
}

#[test]
fn homework_of_both_kinds_with_the_participants_status() {
    let fx = Fixture::at(NOON);
    let own = fx
        .store
        .homework()
        .create(&HomeworkInput {
            module: Some(ModuleKey::Stress),
            title: " Try the breathing exercise ".into(),
            due: Some(date(2026, 5, 19)),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (own.title.as_str(), &own.assigned_by),
        ("Try the breathing exercise", &AssignedBy::Participant)
    );
    let theirs = clinic_row(
        &fx,
        "INSERT INTO homework (id, created_at, updated_at, hlc, change_counter, deleted, kind, title, due, assigned_by)
         VALUES (?1, ?2, ?2, ?3, 0, 0, 'clinician_homework', 'List three supporters', '2026-05-15', 'Dr. Berg')",
    );
    let list = fx.store.homework().list().unwrap();
    assert_eq!(
        list.iter().map(|h| h.id).collect::<Vec<_>>(),
        [theirs, own.id],
        "by due date"
    );
    assert_eq!(
        list[0].assigned_by,
        AssignedBy::Clinician {
            name: Some("Dr. Berg".into())
        }
    );
    let done = fx
        .store
        .homework()
        .set_status(
            theirs,
            &HomeworkStatusInput {
                state: HomeworkState::Done,
                done_on: None,
                reflection: Some("My sister, Ola, Kari".into()),
            },
        )
        .unwrap();
    let status = done.status.unwrap();
    assert_eq!(
        (status.state, status.done_on),
        (HomeworkState::Done, Some(date(2026, 5, 12)))
    );
    assert_eq!(
        status.id,
        imr_protocol::natural_id(
            fx.store.identity().participant,
            imr_protocol::RecordKind::HomeworkStatus,
            &theirs.to_string()
        )
    );
    // the clinician's assignment is read-only here; the participant's status is its own record
    let before = fx.dump();
    let err = fx
        .store
        .homework()
        .update(
            theirs,
            &HomeworkInput {
                title: "x".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(matches!(err, Error::ReadOnly { .. }), "{err:?}");
    assert!(matches!(
        fx.store.homework().delete(theirs),
        Err(Error::ReadOnly { .. })
    ));
    assert_eq!(before, fx.dump());
    fx.store.homework().clear_status(theirs).unwrap();
    assert_eq!(
        fx.store.homework().get(theirs).unwrap().unwrap().status,
        None
    );
    let renamed = fx
        .store
        .homework()
        .update(
            own.id,
            &HomeworkInput {
                title: "Breathe".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((renamed.title.as_str(), renamed.due), ("Breathe", None));
    fx.store.homework().delete(own.id).unwrap();
    assert_eq!(fx.store.homework().list().unwrap().len(), 1);
    fx.assert_refused("homework.title", Problem::Empty, |s: &Store| {
        s.homework().create(&HomeworkInput::default())
    });
    fx.assert_refused(
        "homework_status.homework_id",
        Problem::UnknownReference,
        |s: &Store| {
            s.homework().set_status(
                own.id,
                &HomeworkStatusInput {
                    state: HomeworkState::Started,
                    done_on: None,
                    reflection: None,
                },
            )
        },
    );
    fx.assert_refused(
        "homework_status.done_on",
        Problem::InTheFuture,
        |s: &Store| {
            s.homework().set_status(
                theirs,
                &HomeworkStatusInput {
                    state: HomeworkState::Done,
                    done_on: Some(date(2026, 5, 13)),
                    reflection: None,
                },
            )
        },
    );
    fx.assert_refused(
        "homework_status.reflection",
        Problem::TooLong { max: 4000 },
        |s: &Store| {
            s.homework().set_status(
                theirs,
                &HomeworkStatusInput {
                    state: HomeworkState::Todo,
                    done_on: None,
                    reflection: Some("r".repeat(4001)),
                },
            )
        },
    );
}

fn answer(item: ScaleItem, answer: ScaleAnswer) -> ItemAnswer {
    ItemAnswer { item, answer }
}

#[test]
fn scale_ratings_store_answers_by_item_id_and_report_the_mean_of_answered_items() {
    let fx = Fixture::at(NOON);
    let answers = [
        answer(ScaleItem::DrugUse, ScaleAnswer::NotApplicable),
        answer(ScaleItem::Goals, ScaleAnswer::Score(4)),
        answer(ScaleItem::Coping, ScaleAnswer::Score(3)),
        answer(ScaleItem::Medication, ScaleAnswer::Score(5)),
    ];
    let rating = fx
        .store
        .scale()
        .create(date(2026, 5, 12), &answers)
        .unwrap();
    assert_eq!(rating.mean, Some(4.0));
    assert_eq!(rating.item_set_version, 1);
    assert_eq!(rating.answers[0].item, ScaleItem::Goals, "in item order");
    assert_eq!(
        rating.answers[3],
        answer(ScaleItem::DrugUse, ScaleAnswer::NotApplicable)
    );
    let only_na = fx
        .store
        .scale()
        .update(
            rating.id,
            date(2026, 5, 11),
            &[answer(ScaleItem::AlcoholUse, ScaleAnswer::NotApplicable)],
        )
        .unwrap();
    assert_eq!(only_na.mean, None);
    let theirs = clinic_row(
        &fx,
        "INSERT INTO scale_rating (id, created_at, updated_at, hlc, change_counter, deleted, kind, taken_on, item_set_version, answers, rated_by)
         VALUES (?1, ?2, ?2, ?3, 0, 0, 'clinician_scale_rating', '2026-05-01', 1, '{\"goals\": 2, \"coping\": 3}', 'Dr. Berg')",
    );
    let list = fx.store.scale().list().unwrap();
    assert_eq!(
        list[0].rated_by,
        RatedBy::Clinician {
            name: Some("Dr. Berg".into())
        }
    );
    assert_eq!(list[0].mean, Some(2.5));
    assert!(matches!(
        fx.store.scale().delete(theirs),
        Err(Error::ReadOnly { .. })
    ));
    fx.store.scale().delete(rating.id).unwrap();
    assert_eq!(fx.store.scale().list().unwrap().len(), 1);
    let take =
        |answers: Vec<ItemAnswer>| move |s: &Store| s.scale().create(date(2026, 5, 12), &answers);
    fx.assert_refused(
        "scale_rating.answers",
        Problem::NotApplicableNotAllowed,
        take(vec![answer(ScaleItem::Goals, ScaleAnswer::NotApplicable)]),
    );
    fx.assert_refused(
        "scale_rating.answers",
        Problem::OutOfRange { min: 1.0, max: 5.0 },
        take(vec![answer(ScaleItem::Goals, ScaleAnswer::Score(6))]),
    );
    fx.assert_refused(
        "scale_rating.answers",
        Problem::OutOfRange { min: 1.0, max: 5.0 },
        take(vec![answer(ScaleItem::Knowledge, ScaleAnswer::Score(0))]),
    );
    fx.assert_refused(
        "scale_rating.answers",
        Problem::Duplicate,
        take(vec![
            answer(ScaleItem::Goals, ScaleAnswer::Score(2)),
            answer(ScaleItem::Goals, ScaleAnswer::Score(3)),
        ]),
    );
    fx.assert_refused(
        "scale_rating.taken_on",
        Problem::InTheFuture,
        |s: &Store| s.scale().create(date(2026, 5, 13), &[]),
    );
}

#[test]
fn sessions_of_both_recorders_and_the_last_attended_one() {
    let fx = Fixture::at(NOON);
    let s = |day, attended| SessionInput {
        date: day,
        module: Some(ModuleKey::Relapse),
        attended,
        format: Some(SessionFormat::Group),
    };
    let first = fx
        .store
        .sessions()
        .create(&s(date(2026, 5, 1), true))
        .unwrap();
    fx.store
        .sessions()
        .create(&s(date(2026, 5, 8), false))
        .unwrap();
    assert_eq!(
        fx.store.sessions().last_attended().unwrap(),
        Some(date(2026, 5, 1))
    );
    let theirs = clinic_row(
        &fx,
        "INSERT INTO session (id, created_at, updated_at, hlc, change_counter, deleted, kind, date, attended, recorded_by)
         VALUES (?1, ?2, ?2, ?3, 0, 0, 'clinician_session', '2026-05-05', 1, 'Dr. Berg')",
    );
    assert_eq!(
        fx.store.sessions().last_attended().unwrap(),
        Some(date(2026, 5, 5))
    );
    let list = fx.store.sessions().list().unwrap();
    assert_eq!(
        list.iter().map(|x| x.date.day()).collect::<Vec<_>>(),
        [8, 5, 1]
    );
    assert!(list[1].by_clinician);
    assert!(matches!(
        fx.store
            .sessions()
            .update(theirs, &s(date(2026, 5, 5), false)),
        Err(Error::ReadOnly { .. })
    ));
    let moved = fx
        .store
        .sessions()
        .update(first.id, &s(date(2026, 5, 2), true))
        .unwrap();
    assert_eq!(moved.date, date(2026, 5, 2));
    fx.store.sessions().delete(first.id).unwrap();
    assert_eq!(fx.store.sessions().list().unwrap().len(), 2);
    fx.assert_refused("session.date", Problem::InTheFuture, |st: &Store| {
        st.sessions().create(&s(date(2026, 5, 13), true))
    });
}
