//! Daily check-ins: one per local day, editable, back-fillable for 7 days, never future.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::Fixture;
use imr_core::{CheckInInput, CopingUse, Error, Rating, SubstanceUse};
use imr_protocol::{Medication, Problem, SubstanceAmount, SubstanceKind};
use jiff::civil::{Date, date};
use uuid::Uuid;

/// Tuesday 12 May 2026, 12:00 in Oslo.
const NOON: &str = "2026-05-12T10:00:00Z";

fn today() -> Date {
    date(2026, 5, 12)
}

fn quick(day: Date) -> CheckInInput {
    CheckInInput {
        day,
        stress: Some(3),
        mood: Some(6),
        ..Default::default()
    }
}

#[test]
fn a_quick_check_in_is_stored_under_the_natural_id_of_its_day() {
    let fx = Fixture::at(NOON);
    let saved = fx.store.check_ins().save(&quick(today())).unwrap();
    assert_eq!(saved.day, today());
    assert!(!saved.late);
    assert_eq!(saved.id, fx.store.check_ins().id_of(today()));
    assert_eq!(
        saved.id,
        imr_protocol::natural_id(
            fx.store.identity().participant,
            imr_protocol::RecordKind::CheckIn,
            "2026-05-12"
        )
    );
    assert_eq!(saved.info.change_counter, 1);
    assert_eq!(saved.info.created_at, common::ts(NOON));
    assert_eq!(fx.store.check_ins().get(today()).unwrap(), Some(saved));
}

#[test]
fn a_full_check_in_keeps_every_field() {
    let fx = Fixture::at(NOON);
    let input = CheckInInput {
        day: today(),
        stress: Some(10),
        mood: Some(0),
        sleep_hours: Some(6.5),
        sleep_quality: Some(4),
        medication: Some(Medication::Partly),
        substances: vec![
            SubstanceUse {
                kind: SubstanceKind::Cannabis,
                amount: SubstanceAmount::Some,
            },
            SubstanceUse {
                kind: SubstanceKind::Alcohol,
                amount: SubstanceAmount::None,
            },
        ],
        note: Some("  Slept badly, walked in the park.  ".into()),
        ..Default::default()
    };
    let saved = fx.store.check_ins().save(&input).unwrap();
    assert_eq!(saved.sleep_hours, Some(6.5));
    assert_eq!(saved.sleep_quality, Some(4));
    assert_eq!(saved.medication, Some(Medication::Partly));
    assert_eq!(
        saved.substances[0].kind,
        SubstanceKind::Alcohol,
        "ordered by kind"
    );
    assert_eq!(saved.substances.len(), 2);
    assert_eq!(
        saved.note.as_deref(),
        Some("Slept badly, walked in the park.")
    );
}

#[test]
fn saving_the_same_day_again_edits_the_one_check_in() {
    let fx = Fixture::at(NOON);
    let first = fx.store.check_ins().save(&quick(today())).unwrap();
    fx.set_now("2026-05-12T18:00:00Z");
    let edit = CheckInInput {
        stress: Some(7),
        ..quick(today())
    };
    let second = fx.store.check_ins().save(&edit).unwrap();
    assert_eq!(second.id, first.id);
    assert_eq!(second.stress, Some(7));
    assert_eq!(second.info.change_counter, 2);
    assert_eq!(second.info.created_at, first.info.created_at);
    assert!(second.info.updated_at > first.info.updated_at);
    assert!(second.info.hlc > first.info.hlc);
    assert_eq!(
        fx.store.check_ins().list(today(), today()).unwrap().len(),
        1
    );
}

#[test]
fn a_back_filled_day_is_marked_late_and_stays_late_when_edited() {
    let fx = Fixture::at(NOON);
    let week_ago = date(2026, 5, 5);
    let saved = fx.store.check_ins().save(&quick(week_ago)).unwrap();
    assert!(saved.late);
    let edited = fx
        .store
        .check_ins()
        .save(&CheckInInput {
            mood: Some(2),
            ..quick(week_ago)
        })
        .unwrap();
    assert!(edited.late);
}

#[test]
fn a_check_in_made_on_its_day_stays_on_time_when_edited_the_day_after() {
    let fx = Fixture::at(NOON);
    fx.store.check_ins().save(&quick(today())).unwrap();
    fx.set_now("2026-05-13T10:00:00Z");
    let edited = fx
        .store
        .check_ins()
        .save(&CheckInInput {
            mood: Some(9),
            ..quick(today())
        })
        .unwrap();
    assert!(!edited.late);
}

#[test]
fn lists_are_ordered_by_day_and_leave_out_deleted_check_ins() {
    let fx = Fixture::at(NOON);
    for back in [0, 3, 1, 2] {
        let day = today().checked_sub(jiff::Span::new().days(back)).unwrap();
        fx.store.check_ins().save(&quick(day)).unwrap();
    }
    fx.store.check_ins().delete(date(2026, 5, 11)).unwrap();
    let days: Vec<Date> = fx
        .store
        .check_ins()
        .list(date(2026, 5, 1), today())
        .unwrap()
        .into_iter()
        .map(|c| c.day)
        .collect();
    assert_eq!(
        days,
        [date(2026, 5, 9), date(2026, 5, 10), date(2026, 5, 12)]
    );
    assert_eq!(fx.store.check_ins().get(date(2026, 5, 11)).unwrap(), None);
    // the tombstone is still there for sync
    assert!(
        fx.dump()
            .iter()
            .any(|row| row.starts_with("check_in:") && row.contains("2026-05-11"))
    );
}

#[test]
fn deleting_a_day_without_a_check_in_is_not_found_and_changes_nothing() {
    let fx = Fixture::at(NOON);
    let before = fx.dump();
    let err = fx.store.check_ins().delete(today()).unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert_eq!(before, fx.dump());
}

#[test]
fn a_deleted_day_can_be_checked_in_again() {
    let fx = Fixture::at(NOON);
    fx.store.check_ins().save(&quick(today())).unwrap();
    fx.store.check_ins().delete(today()).unwrap();
    let again = fx.store.check_ins().save(&quick(today())).unwrap();
    assert_eq!(again.info.change_counter, 3);
    assert_eq!(
        fx.store.check_ins().list(today(), today()).unwrap().len(),
        1
    );
}

fn out_of_range(min: f64, max: f64) -> Problem {
    Problem::OutOfRange { min, max }
}

#[test]
fn every_kind_of_bad_input_is_refused_and_changes_nothing() {
    let fx = Fixture::at(NOON);
    fx.store
        .check_ins()
        .save(&quick(date(2026, 5, 10)))
        .unwrap();
    let d = today();
    let save = |input: CheckInInput| move |s: &imr_core::Store| s.check_ins().save(&input);
    fx.assert_refused(
        "check_in.day",
        Problem::InTheFuture,
        save(quick(date(2026, 5, 13))),
    );
    fx.assert_refused(
        "check_in.day",
        Problem::TooFarBack { max_days: 7 },
        save(quick(date(2026, 5, 4))),
    );
    fx.assert_refused(
        "check_in.stress",
        out_of_range(0.0, 10.0),
        save(CheckInInput {
            stress: Some(11),
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.mood",
        out_of_range(0.0, 10.0),
        save(CheckInInput {
            mood: Some(200),
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.sleep_hours",
        out_of_range(0.0, 24.0),
        save(CheckInInput {
            sleep_hours: Some(24.5),
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.sleep_hours",
        out_of_range(0.0, 24.0),
        save(CheckInInput {
            sleep_hours: Some(-1.0),
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.sleep_hours",
        Problem::NotHalfHours,
        save(CheckInInput {
            sleep_hours: Some(7.2),
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.sleep_quality",
        out_of_range(0.0, 4.0),
        save(CheckInInput {
            sleep_quality: Some(5),
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.note",
        Problem::TooLong { max: 4000 },
        save(CheckInInput {
            note: Some("x".repeat(4001)),
            ..quick(d)
        }),
    );
    let unknown = Uuid::new_v4();
    fx.assert_refused(
        "check_in.sign_ratings",
        Problem::UnknownReference,
        save(CheckInInput {
            sign_ratings: vec![Rating {
                id: unknown,
                rating: 2,
            }],
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.symptom_ratings",
        Problem::UnknownReference,
        save(CheckInInput {
            symptom_ratings: vec![Rating {
                id: unknown,
                rating: 1,
            }],
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.coping",
        Problem::UnknownReference,
        save(CheckInInput {
            coping: vec![CopingUse {
                strategy_id: unknown,
                helpful: Some(2),
            }],
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.sign_ratings",
        out_of_range(0.0, 3.0),
        save(CheckInInput {
            sign_ratings: vec![Rating {
                id: unknown,
                rating: 4,
            }],
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.sign_ratings",
        Problem::Duplicate,
        save(CheckInInput {
            sign_ratings: vec![
                Rating {
                    id: unknown,
                    rating: 1,
                },
                Rating {
                    id: unknown,
                    rating: 2,
                },
            ],
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.coping",
        out_of_range(0.0, 3.0),
        save(CheckInInput {
            coping: vec![CopingUse {
                strategy_id: unknown,
                helpful: Some(9),
            }],
            ..quick(d)
        }),
    );
    fx.assert_refused(
        "check_in.substances",
        Problem::Duplicate,
        save(CheckInInput {
            substances: vec![
                SubstanceUse {
                    kind: SubstanceKind::Alcohol,
                    amount: SubstanceAmount::Some,
                },
                SubstanceUse {
                    kind: SubstanceKind::Alcohol,
                    amount: SubstanceAmount::ALot,
                },
            ],
            ..quick(d)
        }),
    );
    // an edit that is refused leaves the earlier check-in of that day as it was
    fx.assert_refused(
        "check_in.stress",
        out_of_range(0.0, 10.0),
        save(CheckInInput {
            stress: Some(12),
            ..quick(date(2026, 5, 10))
        }),
    );
}

#[test]
fn what_save_returns_is_exactly_what_a_later_read_gives() {
    let fx = Fixture::at(NOON);
    let mut signs: Vec<_> = (0..4)
        .map(|i| {
            fx.store
                .signs()
                .create(&imr_core::WarningSignInput::new(format!("Sign {i}")))
                .unwrap()
                .id
        })
        .collect();
    signs.sort();
    signs.reverse();
    let input = CheckInInput {
        day: today(),
        sign_ratings: signs
            .iter()
            .enumerate()
            .map(|(i, id)| Rating {
                id: *id,
                rating: (i % 4) as u8,
            })
            .collect(),
        substances: vec![
            SubstanceUse {
                kind: SubstanceKind::Other,
                amount: SubstanceAmount::ALot,
            },
            SubstanceUse {
                kind: SubstanceKind::Alcohol,
                amount: SubstanceAmount::Some,
            },
        ],
        note: Some(" trimmed ".into()),
        sleep_hours: Some(8.5),
        ..quick(today())
    };
    let saved = fx.store.check_ins().save(&input).unwrap();
    assert_eq!(
        Some(saved.clone()),
        fx.store.check_ins().get(today()).unwrap()
    );
    fx.set_now("2026-05-12T10:00:00.123456789Z");
    let again = fx.store.check_ins().save(&input).unwrap();
    assert_eq!(
        Some(again),
        fx.store.check_ins().get(today()).unwrap(),
        "sub-millisecond clocks too"
    );
}
