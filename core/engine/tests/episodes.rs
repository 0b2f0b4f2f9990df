//! Episodes and alert events: start, escalation, end, withdrawal after an edit, and never the
//! same alert twice. Levels are written one letter a day from Sunday 1 March 2026:
//! U unknown, G green, A amber, R red.

mod support;

use imr_engine::{
    AlertEvent, Evaluation, StoredAlertEvent, evaluate_range, reconcile, replay_from,
};
use imr_protocol::AlertEventType::{self, Ended, Escalated, Started, Withdrawn};
use imr_protocol::WarningLevel;
use jiff::Span;
use jiff::civil::{Date, date};
use support::*;
use uuid::Uuid;

const PARTICIPANT: Uuid = Uuid::from_u128(0xa11ce);

fn day(n: i64) -> Date {
    date(2026, 3, 1) + Span::new().days(n - 1)
}

fn levels(letters: &str) -> Vec<Evaluation> {
    letters
        .chars()
        .zip(1..)
        .map(|(c, n)| Evaluation {
            on: day(n),
            level: match c {
                'U' => WarningLevel::Unknown,
                'G' => WarningLevel::Green,
                'A' => WarningLevel::Amber,
                'R' => WarningLevel::Red,
                other => panic!("no level {other}"),
            },
            reasons: Vec::new(),
        })
        .collect()
}

/// The phone's alert store: keeps what it is given under new ids, never deletes.
#[derive(Default)]
struct Store {
    events: Vec<StoredAlertEvent>,
}

impl Store {
    /// Reconciles `letters` against what is stored and stores the result; returns what was
    /// added as `(event, day number)`.
    fn run(&mut self, letters: &str) -> Vec<(AlertEventType, i64)> {
        let added = reconcile(PARTICIPANT, &levels(letters), &self.events);
        self.keep(added.clone());
        summary(&added)
    }

    fn keep(&mut self, events: Vec<AlertEvent>) {
        for event in events {
            let id = Uuid::from_u128(self.events.len() as u128 + 1);
            self.events.push(StoredAlertEvent { id, event });
        }
    }

    fn id_of(&self, kind: AlertEventType, n: i64) -> Uuid {
        self.events
            .iter()
            .find(|s| s.event.event == kind && s.event.day == day(n))
            .map(|s| s.id)
            .expect("the stored event")
    }
}

fn summary(events: &[AlertEvent]) -> Vec<(AlertEventType, i64)> {
    events
        .iter()
        .map(|e| (e.event, (e.day - day(1)).get_days() as i64 + 1))
        .collect()
}

#[test]
fn green_and_unknown_days_raise_nothing() {
    assert!(Store::default().run("UUGGGUGG").is_empty());
}

#[test]
fn the_first_amber_day_starts_an_episode() {
    let mut store = Store::default();
    assert_eq!(store.run("GGAA"), [(Started, 3)]);
    assert_eq!(store.events[0].event.level, WarningLevel::Amber);
}

#[test]
fn amber_then_red_is_an_escalation_and_red_at_once_is_only_a_start() {
    assert_eq!(Store::default().run("GARR"), [(Started, 2), (Escalated, 3)]);
    assert_eq!(Store::default().run("URRA"), [(Started, 2)]);
    assert_eq!(
        Store::default().run("GARAR"),
        [(Started, 2), (Escalated, 3), (Escalated, 5)]
    );
}

#[test]
fn three_green_days_in_a_row_end_the_episode() {
    assert_eq!(Store::default().run("AGGG"), [(Started, 1), (Ended, 4)]);
    assert_eq!(
        Store::default().run("AGGUGGGA"),
        [(Started, 1), (Ended, 7), (Started, 8)],
        "an unknown day interrupts the green days; a new amber is a new episode"
    );
    assert_eq!(Store::default().run("AGGAGG"), [(Started, 1)], "still open");
}

#[test]
fn all_events_of_an_episode_share_its_id_and_episodes_differ() {
    let mut store = Store::default();
    store.run("ARGGGA");
    let ids: Vec<Uuid> = store.events.iter().map(|s| s.event.episode_id).collect();
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[1], ids[2]);
    assert_ne!(ids[2], ids[3]);
}

#[test]
fn running_it_twice_adds_nothing() {
    let mut store = Store::default();
    assert_eq!(store.run("GARRGGGAA").len(), 4);
    assert!(store.run("GARRGGGAA").is_empty());
    assert_eq!(
        store.run("GARRGGGAAG"),
        [],
        "another day that changes nothing"
    );
}

#[test]
fn an_edit_that_makes_an_event_untrue_withdraws_it() {
    let mut store = Store::default();
    store.run("GGARR");
    let escalation = store.id_of(Escalated, 4);
    let added = reconcile(PARTICIPANT, &levels("GGAAA"), &store.events);
    assert_eq!(summary(&added), [(Withdrawn, 4)]);
    assert_eq!(added[0].withdraws, Some(escalation));
    assert_eq!(added[0].episode_id, store.events[0].event.episode_id);
    store.keep(added);
    assert!(store.run("GGAAA").is_empty(), "withdrawn once is enough");
    assert_eq!(store.events.len(), 3, "nothing was deleted");
}

#[test]
fn a_back_filled_day_that_moves_the_start_keeps_the_episode() {
    let mut store = Store::default();
    store.run("GGAA");
    let episode = store.events[0].event.episode_id;
    assert_eq!(store.run("GAAA"), [(Withdrawn, 3), (Started, 2)]);
    assert!(store.events.iter().all(|s| s.event.episode_id == episode));
}

#[test]
fn an_event_withdrawn_and_true_again_is_raised_again_once() {
    let mut store = Store::default();
    store.run("GGA");
    assert_eq!(store.run("GGG"), [(Withdrawn, 3)]);
    assert_eq!(store.run("GGA"), [(Started, 3)]);
    assert!(store.run("GGA").is_empty());
}

#[test]
fn an_episode_open_before_the_days_given_continues_and_ends() {
    let mut store = Store::default();
    store.run("AA");
    let later: Vec<Evaluation> = levels("AARGGG").into_iter().skip(2).collect();
    let added = reconcile(PARTICIPANT, &later, &store.events);
    assert_eq!(summary(&added), [(Escalated, 3), (Ended, 6)]);
    assert!(
        added
            .iter()
            .all(|e| e.episode_id == store.events[0].event.episode_id)
    );
}

#[test]
fn events_carry_the_reasons_of_their_day() {
    let f = fortnight()
        .after_a_calm_month()
        .days(1, 14, |d| d.stress(4))
        .days(12, 14, |d| d.stress(8));
    let days = evaluate_range(&f.plan(), &f.history(), f.date(-27), f.date(14));
    let added = reconcile(PARTICIPANT, &days, &[]);
    assert_eq!(added.len(), 1);
    assert_eq!(
        (added[0].event, added[0].day, added[0].level),
        (Started, f.date(14), WarningLevel::Amber)
    );
    assert_eq!(added[0].reasons, f.on(14).reasons);
}

#[test]
fn a_save_replays_from_the_open_episode_start_or_from_the_day_itself() {
    let mut store = Store::default();
    assert_eq!(replay_from(&store.events, day(5)), day(5), "nothing stored");
    store.run("GGAAGG");
    assert_eq!(
        replay_from(&store.events, day(6)),
        day(3),
        "episode open since day 3"
    );
    store.run("GGAAGGG");
    assert_eq!(replay_from(&store.events, day(9)), day(9), "ended on day 7");
    assert_eq!(
        replay_from(&store.events, day(7)),
        day(3),
        "an edit of the end day"
    );
}
