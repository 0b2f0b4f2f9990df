//! One consistent read of what the early-warning engine and the Today screen need.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::Fixture;
use imr_core::{CheckInInput, PlanContent, Rating, Store, WarningSignInput};
use imr_protocol::Problem;
use jiff::civil::date;

#[test]
fn history_holds_settings_today_signs_plan_and_the_check_ins_of_the_range() {
    let fx = Fixture::at("2026-05-12T23:30:00Z"); // 01:30 on the 13th in Oslo: still the 12th
    let sign = fx
        .store
        .signs()
        .create(&WarningSignInput {
            red_flag: true,
            ..WarningSignInput::new("Not sleeping")
        })
        .unwrap();
    fx.store.symptoms().create("Voices").unwrap();
    fx.store
        .plan()
        .save(&PlanContent {
            baseline_window_days: 14,
            ..Default::default()
        })
        .unwrap();
    for day in [date(2026, 5, 8), date(2026, 5, 10), date(2026, 5, 12)] {
        let input = CheckInInput {
            day,
            sign_ratings: vec![Rating {
                id: sign.id,
                rating: 2,
            }],
            ..Default::default()
        };
        fx.store.check_ins().save(&input).unwrap();
    }
    let history = fx
        .store
        .history(date(2026, 5, 9), date(2026, 5, 12))
        .unwrap();
    assert_eq!(history.today, date(2026, 5, 12));
    assert_eq!(history.settings.timezone, "Europe/Oslo");
    assert_eq!(history.signs, [sign]);
    assert_eq!(history.symptoms.len(), 1);
    assert_eq!(history.plan.unwrap().content.baseline_window_days, 14);
    let days: Vec<_> = history.check_ins.iter().map(|c| c.day).collect();
    assert_eq!(days, [date(2026, 5, 10), date(2026, 5, 12)]);
}

#[test]
fn one_unknown_sign_among_known_ones_refuses_the_whole_check_in() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    let known = fx
        .store
        .signs()
        .create(&WarningSignInput::new("Racing thoughts"))
        .unwrap();
    fx.assert_refused(
        "check_in.sign_ratings",
        Problem::UnknownReference,
        |s: &Store| {
            s.check_ins().save(&CheckInInput {
                day: date(2026, 5, 12),
                sign_ratings: vec![
                    Rating {
                        id: known.id,
                        rating: 1,
                    },
                    Rating {
                        id: uuid::Uuid::new_v4(),
                        rating: 1,
                    },
                ],
                ..Default::default()
            })
        },
    );
}
