//! Settings: defaults until saved, validated, singleton under a natural id.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::{Fixture, oslo_settings};
use imr_core::{Settings, StaticKey, Store};
use imr_protocol::Problem;
use jiff::civil::time;

#[test]
fn defaults_apply_until_the_participant_saves() {
    let dir = tempfile::tempdir().unwrap();
    let clock = std::sync::Arc::new(imr_core::FixedClock::new(common::ts(
        "2026-05-12T10:00:00Z",
    )));
    let store = Store::open(
        dir.path().join("imr.db"),
        &StaticKey::new(common::KEY),
        clock,
    )
    .unwrap();
    let settings = store.settings().get().unwrap();
    assert_eq!(settings.day_start_hour, 4);
    assert!(jiff::tz::TimeZone::get(&settings.timezone).is_ok());
}

#[test]
fn saved_settings_read_back_and_a_second_save_updates_the_one_record() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    let input = Settings {
        reminder_time: Some(time(20, 30, 0, 0)),
        timezone: " Europe/Oslo ".into(),
        ..oslo_settings()
    };
    let saved = fx.store.settings().save(&input).unwrap();
    assert_eq!(saved.timezone, "Europe/Oslo");
    assert_eq!(fx.store.settings().get().unwrap(), saved);
    let rows = fx
        .dump()
        .into_iter()
        .filter(|r| r.starts_with("settings:"))
        .count();
    assert_eq!(rows, 1);
}

#[test]
fn bad_settings_are_refused_and_change_nothing() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    let save = |s: Settings| move |store: &Store| store.settings().save(&s);
    let tz_problem = Problem::WrongType {
        expected: "a timezone such as Europe/Oslo".into(),
    };
    fx.assert_refused(
        "settings.timezone",
        tz_problem.clone(),
        save(Settings {
            timezone: "Europe/Atlantis".into(),
            ..oslo_settings()
        }),
    );
    fx.assert_refused(
        "settings.timezone",
        tz_problem,
        save(Settings {
            timezone: "".into(),
            ..oslo_settings()
        }),
    );
    fx.assert_refused(
        "settings.day_start_hour",
        Problem::OutOfRange {
            min: 0.0,
            max: 12.0,
        },
        save(Settings {
            day_start_hour: 13,
            ..oslo_settings()
        }),
    );
    fx.assert_refused(
        "settings.usual_sleep_hours",
        Problem::NotHalfHours,
        save(Settings {
            usual_sleep_hours: Some(7.75),
            ..oslo_settings()
        }),
    );
    fx.assert_refused(
        "settings.reminder_time",
        Problem::WrongType {
            expected: "a time of day (HH:MM)".into(),
        },
        save(Settings {
            reminder_time: Some(time(20, 30, 15, 0)),
            ..oslo_settings()
        }),
    );
}
