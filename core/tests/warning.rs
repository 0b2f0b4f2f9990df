//! The early warning level and alert history as a participant's check-ins build them up,
//! saved one day at a time through the store (the clock moves with the days).

#![allow(clippy::unwrap_used)]

mod common;

use common::Fixture;
use imr_core::warning::SeenMark;
use imr_core::{CheckInInput, Error, Rating, WarningSignInput};
use imr_protocol::{AlertEventType, Problem, WarningLevel, WarningRule};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use uuid::Uuid;

/// 1 May 2026 is day 1 of the fortnight.
fn day(n: i64) -> Date {
    date(2026, 4, 30).checked_add(n.days()).unwrap()
}

/// Noon in Oslo on day `n`, as the store's clock sees it.
fn noon(n: i64) -> String {
    format!("{}T10:00:00Z", day(n))
}

struct Participant {
    fx: Fixture,
    sleeping_less: Uuid,
    suspicious: Uuid,
}

impl Participant {
    /// A participant with two signs: "sleeping less" (moderate counts) and "hearing voices"
    /// as a red flag.
    fn new() -> Self {
        let fx = Fixture::at(&noon(1));
        let sleeping_less = fx
            .store
            .signs()
            .create(&WarningSignInput::new("Sleeping less"))
            .unwrap()
            .id;
        let mut red = WarningSignInput::new("Feeling watched");
        red.red_flag = true;
        let suspicious = fx.store.signs().create(&red).unwrap().id;
        Participant {
            fx,
            sleeping_less,
            suspicious,
        }
    }

    /// Checks in on day `n` (the clock moves to that day) with the two signs rated.
    fn check_in(&self, n: i64, sleeping_less: u8, suspicious: u8) {
        self.fx.set_now(&noon(n));
        self.save(n, sleeping_less, suspicious);
    }

    /// Saves day `n` without moving the clock (a back-fill or an edit).
    fn save(&self, n: i64, sleeping_less: u8, suspicious: u8) {
        self.fx
            .store
            .check_ins()
            .save(&CheckInInput {
                day: day(n),
                stress: Some(4),
                mood: Some(6),
                sleep_hours: Some(7.5),
                sign_ratings: vec![
                    Rating {
                        id: self.sleeping_less,
                        rating: sleeping_less,
                    },
                    Rating {
                        id: self.suspicious,
                        rating: suspicious,
                    },
                ],
                ..Default::default()
            })
            .unwrap();
    }

    fn steady_days(&self, days: std::ops::RangeInclusive<i64>) {
        for n in days {
            self.check_in(n, 0, 0);
        }
    }

    fn level(&self, n: i64) -> WarningLevel {
        self.fx.store.warning().level_on(day(n)).unwrap().level
    }

    /// The events as (kind, level, day), oldest first.
    fn events(&self) -> Vec<(AlertEventType, WarningLevel, Date)> {
        let mut events: Vec<_> = self
            .fx
            .store
            .warning()
            .events()
            .unwrap()
            .into_iter()
            .map(|e| (e.event.event, e.event.level, e.event.day))
            .collect();
        events.reverse();
        events
    }
}

#[test]
fn a_steady_fortnight_is_green_and_raises_no_alert() {
    let p = Participant::new();
    p.steady_days(1..=14);
    assert_eq!(p.level(14), WarningLevel::Green);
    assert!(p.events().is_empty());
}

#[test]
fn sleeping_less_on_two_of_three_days_starts_one_episode_that_ends_after_three_green_days() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    assert_eq!(
        p.level(9),
        WarningLevel::Green,
        "one day is not yet a pattern"
    );
    p.check_in(10, 2, 0);
    let today = p.fx.store.warning().level_on(day(10)).unwrap();
    assert_eq!(today.level, WarningLevel::Amber);
    assert_eq!(today.reasons[0].rule, WarningRule::SignAtThreshold);
    assert_eq!(today.reasons[0].dates, vec![day(9), day(10)]);
    p.check_in(11, 3, 0);
    assert_eq!(
        p.events(),
        vec![(AlertEventType::Started, WarningLevel::Amber, day(10))],
        "the episode is raised once, not on every amber day"
    );
    p.steady_days(12..=15);
    assert_eq!(p.level(15), WarningLevel::Green);
    assert_eq!(
        p.events(),
        vec![
            (AlertEventType::Started, WarningLevel::Amber, day(10)),
            (AlertEventType::Ended, WarningLevel::Green, day(15)),
        ],
        "amber on day 12 (2 of the last 3), green from 13: ended on the third green day"
    );
}

#[test]
fn a_red_flag_sign_escalates_the_open_episode() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    p.check_in(10, 2, 0);
    p.check_in(11, 2, 2);
    let today = p.fx.store.warning().level_on(day(11)).unwrap();
    assert_eq!(today.level, WarningLevel::Red);
    assert_eq!(today.reasons[0].rule, WarningRule::RedFlagSign);
    assert_eq!(
        today.reasons[0].sign_label.as_deref(),
        Some("Feeling watched")
    );
    assert_eq!(
        p.events(),
        vec![
            (AlertEventType::Started, WarningLevel::Amber, day(10)),
            (AlertEventType::Escalated, WarningLevel::Red, day(11)),
        ]
    );
}

#[test]
fn an_edit_that_lowers_the_level_withdraws_the_alert_and_keeps_it_in_the_history() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    p.check_in(10, 2, 0);
    assert_eq!(p.events().len(), 1);
    p.save(9, 0, 0); // "I rated the wrong sign yesterday"
    assert_eq!(p.level(10), WarningLevel::Green);
    let entries = p.fx.store.warning().events().unwrap();
    assert_eq!(entries.len(), 2, "nothing is deleted: {entries:?}");
    let started = entries
        .iter()
        .find(|e| e.event.event == AlertEventType::Started)
        .unwrap();
    assert!(started.withdrawn);
    let withdrawal = entries
        .iter()
        .find(|e| e.event.event == AlertEventType::Withdrawn)
        .unwrap();
    assert_eq!(withdrawal.event.withdraws, Some(started.id));
}

#[test]
fn deleting_a_check_in_is_an_edit_too() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    p.check_in(10, 2, 0);
    p.fx.store.check_ins().delete(day(9)).unwrap();
    assert!(
        p.events()
            .contains(&(AlertEventType::Withdrawn, WarningLevel::Amber, day(10)))
    );
}

#[test]
fn a_back_filled_day_can_start_an_episode_in_the_past() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(10, 2, 0);
    p.check_in(11, 0, 0);
    assert!(p.events().is_empty());
    p.save(9, 2, 0); // filled in afterwards, on day 11
    assert_eq!(
        p.events(),
        vec![(AlertEventType::Started, WarningLevel::Amber, day(10))]
    );
}

#[test]
fn days_passing_without_check_ins_make_the_level_unknown_and_raise_nothing_twice() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    p.check_in(10, 2, 0);
    for n in 11..=20 {
        p.fx.set_now(&noon(n));
        p.fx.store.warning().evaluate_on(day(n)).unwrap();
        p.fx.store.warning().evaluate_on(day(n)).unwrap();
    }
    assert_eq!(p.level(20), WarningLevel::Unknown);
    assert_eq!(
        p.events(),
        vec![(AlertEventType::Started, WarningLevel::Amber, day(10))],
        "unknown is not green: the episode stays open, and nothing is raised again"
    );
}

#[test]
fn the_participant_acknowledges_an_alert_and_sees_when_the_clinic_saw_it() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    p.check_in(10, 2, 0);
    let alert = p.fx.store.warning().events().unwrap()[0].id;
    p.fx.store
        .warning()
        .acknowledge(alert, Some("  Went for a walk and called my sister  "))
        .unwrap();
    let seen_at = common::ts("2026-05-11T08:30:00Z");
    p.fx.store
        .warning()
        .record_seen(
            alert,
            &SeenMark {
                at: seen_at,
                by: Some("Kari".into()),
            },
        )
        .unwrap();
    let today = p.fx.store.screens().today().unwrap();
    assert_eq!(today.alerts.len(), 1);
    assert_eq!(
        today.alerts[0].seen_text.as_deref(),
        Some("Sett av behandleren din 11. mai"),
        "the participant sees when the clinic saw it, in Norwegian"
    );
    assert!(today.alerts[0].acknowledged_text.is_some());
    let entry = &p.fx.store.warning().events().unwrap()[0];
    let ack = entry.acknowledgement.as_ref().unwrap();
    assert_eq!(
        ack.note.as_deref(),
        Some("Went for a walk and called my sister")
    );
    assert_eq!(ack.at, common::ts(&noon(10)));
    assert_eq!(entry.seen.as_ref().unwrap().at, seen_at);
}

#[test]
fn acknowledging_an_unknown_alert_or_with_a_too_long_note_changes_nothing() {
    let p = Participant::new();
    p.steady_days(1..=8);
    p.check_in(9, 2, 0);
    p.check_in(10, 2, 0);
    let alert = p.fx.store.warning().events().unwrap()[0].id;
    let before = p.fx.dump();
    let missing = p.fx.store.warning().acknowledge(Uuid::new_v4(), None);
    assert!(
        matches!(missing, Err(Error::NotFound { .. })),
        "{missing:?}"
    );
    assert_eq!(before, p.fx.dump());
    let long = "a".repeat(4001);
    p.fx.assert_refused("alert_ack.note", Problem::TooLong { max: 4000 }, |s| {
        s.warning().acknowledge(alert, Some(&long))
    });
}
