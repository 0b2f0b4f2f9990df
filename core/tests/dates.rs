//! A check-in belongs to the participant's local day: the settings' zone and day-start
//! hour decide it, across DST changes and when the participant moves.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::{Fixture, oslo_settings};
use imr_core::{CheckInInput, Settings};
use jiff::civil::{Date, date};

fn today_at(fx: &Fixture, utc: &str) -> Date {
    fx.set_now(utc);
    fx.store.check_ins().today().unwrap()
}

#[test]
fn oslo_spring_forward_night_belongs_to_the_day_before_until_four() {
    // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST.
    let fx = Fixture::at("2026-03-28T12:00:00Z");
    assert_eq!(today_at(&fx, "2026-03-29T00:30:00Z"), date(2026, 3, 28)); // 01:30 CET
    assert_eq!(today_at(&fx, "2026-03-29T01:30:00Z"), date(2026, 3, 28)); // 03:30 CEST
    assert_eq!(today_at(&fx, "2026-03-29T01:59:59Z"), date(2026, 3, 28)); // 03:59:59 CEST
    assert_eq!(today_at(&fx, "2026-03-29T02:00:00Z"), date(2026, 3, 29)); // 04:00 CEST
}

#[test]
fn oslo_fall_back_night_has_an_hour_more_before_the_day_starts() {
    // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET.
    let fx = Fixture::at("2026-10-24T12:00:00Z");
    assert_eq!(today_at(&fx, "2026-10-25T00:30:00Z"), date(2026, 10, 24)); // 02:30 CEST
    assert_eq!(today_at(&fx, "2026-10-25T01:30:00Z"), date(2026, 10, 24)); // 02:30 CET
    assert_eq!(today_at(&fx, "2026-10-25T02:59:00Z"), date(2026, 10, 24)); // 03:59 CET
    assert_eq!(today_at(&fx, "2026-10-25T03:00:00Z"), date(2026, 10, 25)); // 04:00 CET
}

#[test]
fn amsterdam_dst_changes_of_2025_move_nothing() {
    let fx = Fixture::at("2025-03-29T12:00:00Z");
    let amsterdam = Settings {
        timezone: "Europe/Amsterdam".into(),
        ..oslo_settings()
    };
    fx.store.settings().save(&amsterdam).unwrap();
    // 30 March 2025, spring forward: 03:59 CEST is still the 29th, 04:00 the 30th.
    assert_eq!(today_at(&fx, "2025-03-30T01:59:00Z"), date(2025, 3, 29));
    assert_eq!(today_at(&fx, "2025-03-30T02:00:00Z"), date(2025, 3, 30));
    // 26 October 2025, fall back: 04:00 CET is 03:00 UTC.
    assert_eq!(today_at(&fx, "2025-10-26T02:30:00Z"), date(2025, 10, 25));
    assert_eq!(today_at(&fx, "2025-10-26T03:00:00Z"), date(2025, 10, 26));
}

#[test]
fn a_check_in_at_one_in_the_night_is_saved_for_the_day_before_and_not_late() {
    let fx = Fixture::at("2026-03-28T23:30:00Z"); // 00:30 CET on the 29th, before DST
    let day = fx.store.check_ins().today().unwrap();
    assert_eq!(day, date(2026, 3, 28));
    let saved = fx
        .store
        .check_ins()
        .save(&CheckInInput {
            day,
            stress: Some(8),
            ..Default::default()
        })
        .unwrap();
    assert!(!saved.late);
}

#[test]
fn a_participant_who_moves_timezone_keeps_their_days() {
    let fx = Fixture::at("2026-06-01T20:00:00Z"); // 22:00 in Oslo on 1 June
    let oslo_day = fx.store.check_ins().today().unwrap();
    assert_eq!(oslo_day, date(2026, 6, 1));
    fx.store
        .check_ins()
        .save(&CheckInInput {
            day: oslo_day,
            mood: Some(5),
            ..Default::default()
        })
        .unwrap();
    // Flies to New York; the same instant is 16:00 on 1 June there.
    let new_york = Settings {
        timezone: "America/New_York".into(),
        ..oslo_settings()
    };
    fx.store.settings().save(&new_york).unwrap();
    assert_eq!(fx.store.check_ins().today().unwrap(), date(2026, 6, 1));
    // 03:00 UTC on 2 June is 23:00 on 1 June in New York: still the same day, an edit.
    assert_eq!(today_at(&fx, "2026-06-02T03:00:00Z"), date(2026, 6, 1));
    let edited = fx
        .store
        .check_ins()
        .save(&CheckInInput {
            day: date(2026, 6, 1),
            mood: Some(7),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(edited.info.change_counter, 2);
    // At 09:00 UTC on 2 June it is 05:00 in New York: a new day, which in Oslo would have
    // started hours ago; the day before is unchanged and not late.
    assert_eq!(today_at(&fx, "2026-06-02T09:00:00Z"), date(2026, 6, 2));
    let all = fx
        .store
        .check_ins()
        .list(date(2026, 5, 1), date(2026, 6, 30))
        .unwrap();
    assert_eq!(all.len(), 1);
    assert!(!all[0].late);
    // Saving tomorrow by Oslo's reckoning is refused in New York as the future.
    fx.set_now("2026-06-02T02:30:00Z"); // 04:30 in Oslo (2 June), 22:30 in New York (1 June)
    let err = fx
        .store
        .check_ins()
        .save(&CheckInInput {
            day: date(2026, 6, 2),
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, imr_core::Error::Invalid(_)), "{err:?}");
}
