//! Episodes and their alert events (DESIGN.md section 4).
//!
//! An episode starts when the level rises from green or unknown to amber or red, and ends
//! after 3 consecutive green days. Its start, each escalation from amber to red within it,
//! and its end are stored as alert events. Stored events are history the clinician may have
//! seen, so they are never deleted: when an edit makes one untrue, a "withdrawn" event is
//! added that points at it.
//!
//! [`reconcile`] derives the events the daily levels call for and compares them with the
//! stored ones, so it is idempotent: given its own output back as stored events, it adds
//! nothing, and an alert is never raised twice for the same episode.

use std::collections::BTreeMap;

use imr_protocol::{AlertEventType, Reason, WarningLevel};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::evaluate::Evaluation;
use crate::input::day_number;

/// How many green days in a row end an episode.
pub const GREEN_DAYS_TO_END: u32 = 3;

/// One alert event, as the store keeps it (the fields of the `alert_event` record kind).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlertEvent {
    /// The episode the event belongs to; all events of an episode share it.
    pub episode_id: Uuid,
    /// Started, escalated, ended or withdrawn.
    pub event: AlertEventType,
    /// The level the event is about (for a withdrawal: the withdrawn event's level).
    pub level: WarningLevel,
    /// The participant's day the event is about (for a withdrawal: the withdrawn event's).
    pub day: Date,
    /// Why the level was what it was that day; empty for an end or a withdrawal.
    pub reasons: Vec<Reason>,
    /// For a withdrawal, the id of the stored event that is no longer true.
    pub withdraws: Option<Uuid>,
}

/// An alert event that is already stored, with the id the store gave it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAlertEvent {
    /// The stored record's id (what withdrawals, acknowledgements and "seen" marks refer to).
    pub id: Uuid,
    /// The event.
    pub event: AlertEvent,
}

/// The alert events to add, given the levels of consecutive days (as
/// [`crate::evaluate_range`] returns them, oldest first) and every stored alert event.
///
/// Pass the levels from [`replay_from`] (or from the first check-in day) up to today. An
/// episode open before the first day is picked up from the stored events, but green days
/// before the first day are not counted towards its end, which is why [`replay_from`]
/// starts at the open episode's first day. Stored
/// events dated outside the days given are left alone. `participant` names new episodes
/// (a UUIDv5 of it and the episode's first day), so the same data gives the same ids.
pub fn reconcile(
    participant: Uuid,
    days: &[Evaluation],
    stored: &[StoredAlertEvent],
) -> Vec<AlertEvent> {
    let mut days: Vec<&Evaluation> = days.iter().collect();
    days.sort_by_key(|e| e.on);
    let (Some(first), Some(last)) = (days.first().map(|e| e.on), days.last().map(|e| e.on)) else {
        return Vec::new();
    };
    let active = active_events(stored);
    let carried = open_before(&active, first);
    let derived = derive(&days, carried.map(|(_, level)| level));

    let in_range: Vec<&StoredAlertEvent> = active
        .iter()
        .copied()
        .filter(|s| (first..=last).contains(&s.event.day))
        .collect();
    let ids = episode_ids(participant, &derived, &in_range, carried.map(|(id, _)| id));

    let mut wanted: Vec<AlertEvent> = Vec::new();
    for (episode, id) in derived.iter().zip(ids) {
        for event in &episode.events {
            wanted.push(AlertEvent {
                episode_id: id,
                ..event.clone()
            });
        }
    }
    let mut unmatched: Vec<&StoredAlertEvent> = in_range;
    let mut to_add = Vec::new();
    for event in wanted {
        match unmatched.iter().position(|s| same_event(&s.event, &event)) {
            Some(found) => {
                unmatched.remove(found);
            }
            None => to_add.push(event),
        }
    }
    let mut out: Vec<AlertEvent> = unmatched
        .iter()
        .map(|s| AlertEvent {
            episode_id: s.event.episode_id,
            event: AlertEventType::Withdrawn,
            level: s.event.level,
            day: s.event.day,
            reasons: Vec::new(),
            withdraws: Some(s.id),
        })
        .collect();
    out.extend(to_add);
    out
}

/// The first day to pass to [`reconcile`] after the check-ins of day `changed` (or later)
/// were saved or edited, or when day `changed` begins: levels before `changed` cannot have
/// moved, so the days from here on give exactly what the whole history would.
///
/// That is `changed` itself when no episode was open the day before, else the first day of
/// the episode that was open (its green days so far decide when it ends). It keeps the
/// work on a save to days or weeks instead of years.
pub fn replay_from(stored: &[StoredAlertEvent], changed: Date) -> Date {
    let active = active_events(stored);
    let Some(last) = active.iter().rev().find(|s| s.event.day < changed) else {
        return changed;
    };
    if last.event.event == AlertEventType::Ended {
        return changed;
    }
    let episode = last.event.episode_id;
    let of_episode = active.iter().filter(|s| s.event.episode_id == episode);
    let started = of_episode
        .clone()
        .find(|s| s.event.event == AlertEventType::Started);
    started
        .or_else(|| of_episode.clone().next())
        .map_or(changed, |s| s.event.day.min(changed))
}

/// Two events say the same thing: same episode, same kind, same day, same level.
fn same_event(a: &AlertEvent, b: &AlertEvent) -> bool {
    a.episode_id == b.episode_id && a.event == b.event && a.day == b.day && a.level == b.level
}

/// Stored start, escalation and end events that no withdrawal points at, oldest first.
fn active_events(stored: &[StoredAlertEvent]) -> Vec<&StoredAlertEvent> {
    let withdrawn: Vec<Uuid> = stored.iter().filter_map(|s| s.event.withdraws).collect();
    let mut active: Vec<&StoredAlertEvent> = stored
        .iter()
        .filter(|s| s.event.event != AlertEventType::Withdrawn && !withdrawn.contains(&s.id))
        .collect();
    active.sort_by_key(|s| (s.event.day, order(s.event.event)));
    active
}

/// Within one day, a start comes before an escalation, which comes before an end.
fn order(event: AlertEventType) -> u8 {
    match event {
        AlertEventType::Started => 0,
        AlertEventType::Escalated => 1,
        AlertEventType::Ended => 2,
        AlertEventType::Withdrawn => 3,
    }
}

/// The episode still open when `first` begins, per the stored events: its id and the last
/// level it reached.
fn open_before(active: &[&StoredAlertEvent], first: Date) -> Option<(Uuid, WarningLevel)> {
    let last = active.iter().rev().find(|s| s.event.day < first)?;
    (last.event.event != AlertEventType::Ended).then_some((last.event.episode_id, last.event.level))
}

/// An episode as the levels show it, with its events (episode id not yet decided).
struct Derived {
    start: Date,
    end: Option<Date>,
    events: Vec<AlertEvent>,
}

/// Walks the days and lists each episode and its events. `carried` is the last level of an
/// episode already open before the first day.
fn derive(days: &[&Evaluation], carried: Option<WarningLevel>) -> Vec<Derived> {
    let mut episodes: Vec<Derived> = Vec::new();
    // The open episode: its index in `episodes`, its last amber-or-red level, green days.
    let mut open: Option<(usize, WarningLevel, u32)> = None;
    if let (Some(level), Some(first)) = (carried, days.first()) {
        episodes.push(Derived {
            start: first.on,
            end: None,
            events: Vec::new(),
        });
        open = Some((0, level, 0));
    }
    let mut previous: Option<i32> = None;
    for day in days {
        let n = day_number(day.on);
        let follows = previous.is_some_and(|p| p + 1 == n);
        previous = Some(n);
        let alerting = matches!(day.level, WarningLevel::Amber | WarningLevel::Red);
        match open.as_mut() {
            None if alerting => {
                let started = event(AlertEventType::Started, day.level, day);
                episodes.push(Derived {
                    start: day.on,
                    end: None,
                    events: vec![started],
                });
                open = Some((episodes.len() - 1, day.level, 0));
            }
            None => {}
            Some((index, last_level, greens)) => {
                if !follows {
                    *greens = 0;
                }
                let episode = &mut episodes[*index];
                if alerting {
                    *greens = 0;
                    if day.level == WarningLevel::Red && *last_level == WarningLevel::Amber {
                        episode
                            .events
                            .push(event(AlertEventType::Escalated, day.level, day));
                    }
                    *last_level = day.level;
                } else if day.level == WarningLevel::Green {
                    *greens += 1;
                    if *greens >= GREEN_DAYS_TO_END {
                        let mut ended = event(AlertEventType::Ended, day.level, day);
                        ended.reasons.clear();
                        episode.events.push(ended);
                        episode.end = Some(day.on);
                        open = None;
                    }
                } else {
                    *greens = 0;
                }
            }
        }
    }
    episodes
}

fn event(kind: AlertEventType, level: WarningLevel, day: &Evaluation) -> AlertEvent {
    AlertEvent {
        episode_id: Uuid::nil(),
        event: kind,
        level,
        day: day.on,
        reasons: day.reasons.clone(),
        withdraws: None,
    }
}

/// Gives each derived episode an id: the carried-in episode keeps its id; otherwise a
/// stored episode whose days overlap it lends its id (so an edit that moves a start keeps
/// the episode), else a new id from the participant and the first day.
fn episode_ids(
    participant: Uuid,
    derived: &[Derived],
    stored: &[&StoredAlertEvent],
    carried: Option<Uuid>,
) -> Vec<Uuid> {
    // Each stored episode's span: its first and last event days, open-ended without an end.
    let mut spans: BTreeMap<Uuid, (Date, Option<Date>)> = BTreeMap::new();
    for s in stored {
        let span = spans
            .entry(s.event.episode_id)
            .or_insert((s.event.day, None));
        span.0 = span.0.min(s.event.day);
        if s.event.event == AlertEventType::Ended {
            span.1 = Some(s.event.day);
        }
    }
    let mut spans: Vec<(Uuid, Date, Option<Date>)> = spans
        .into_iter()
        .map(|(id, (from, to))| (id, from, to))
        .collect();
    spans.sort_by_key(|(_, from, _)| *from);
    let mut taken: Vec<Uuid> = carried.into_iter().collect();
    derived
        .iter()
        .enumerate()
        .map(|(index, episode)| {
            if let (0, Some(id)) = (index, carried) {
                return id;
            }
            let overlapping = spans.iter().find(|(id, from, to)| {
                !taken.contains(id)
                    && episode.end.is_none_or(|end| *from <= end)
                    && to.is_none_or(|to| episode.start <= to)
            });
            let id = match overlapping {
                Some((id, _, _)) => *id,
                None => Uuid::new_v5(
                    &participant,
                    format!("episode:{}", episode.start).as_bytes(),
                ),
            };
            taken.push(id);
            id
        })
        .collect()
}
