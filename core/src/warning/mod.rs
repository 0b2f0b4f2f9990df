//! The early warning level of the stored check-ins, and the alert history it leaves.
//!
//! The rules live in `imr-engine` (pure, no clock); this module feeds it from the store and
//! keeps its alert events. Evaluation runs inside the same write transaction as the
//! check-in save or delete that caused it, so a saved check-in and the alerts it raises (or
//! withdraws) are stored together or not at all; `evaluate_on` does the same for a day that
//! passed without a check-in. Only the days an edit can change are judged again, and the
//! engine's `reconcile` never adds an event twice.

pub mod events;
pub(crate) mod input;

use imr_engine::{Evaluation, evaluate, evaluate_range, reconcile};
use imr_protocol::{RecordKind, WarningLevel};
use jiff::ToSpan;
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

pub use events::{Acknowledgement, AlertEntry, SeenMark};

use crate::error::{Error, Result};
use crate::records::settings;
use crate::store::{Stamp, Store};
use crate::validate::opt_text;

/// The meta key holding the last day whose alert events are up to date.
const EVALUATED_THROUGH: &str = "warning_evaluated_through";

/// How far before the first changed day levels are re-derived, to find a day from which
/// the episode bookkeeping can restart with a known count of green days.
const RESTART_SEARCH_DAYS: i64 = 14;

fn shift(day: Date, days: i64) -> Result<Date> {
    day.checked_add(days.days())
        .map_err(|e| Error::BadData(e.to_string()))
}

fn evaluated_through(conn: &Connection) -> Result<Option<Date>> {
    let text: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [EVALUATED_THROUGH],
            |r| r.get(0),
        )
        .optional()?;
    text.map(|t| {
        t.parse()
            .map_err(|_| Error::BadData(format!("bad day {t:?}")))
    })
    .transpose()
}

/// Judges the days from `changed` (or the first day not yet judged, if earlier) through
/// `through` again and stores the alert events that changes call for.
///
/// Levels before the changed day cannot change (the engine ignores later check-ins), so
/// the episode bookkeeping restarts at the latest day whose previous day was not green:
/// there the run of green days is known to be zero and the open episode (if any) is the one
/// the stored events say, which is what `reconcile` needs to agree with its own past output.
pub(crate) fn reevaluate(
    conn: &Connection,
    stamp: Stamp,
    participant: Uuid,
    changed: Date,
    through: Date,
) -> Result<()> {
    let previous = evaluated_through(conn)?;
    let mut base = changed.min(through);
    if let Some(done) = previous {
        base = base.min(shift(done, 1)?);
    }
    let search_from = shift(base, -RESTART_SEARCH_DAYS)?;
    let settings = settings::load(conn)?;
    let (plan, history) = input::inputs_on(conn, &settings, search_from, through)?;
    let days = evaluate_range(&plan, &history, search_from, through);
    let base_index = days.iter().position(|e| e.on == base).unwrap_or(0);
    let start = (1..=base_index)
        .rev()
        .find(|&i| days[i - 1].level != WarningLevel::Green)
        .unwrap_or(base_index);
    let stored = events::stored_on(conn)?;
    for event in reconcile(participant, &days[start..], &stored) {
        events::insert_on(conn, stamp, &event)?;
    }
    let done = previous.map_or(through, |p| p.max(through));
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [EVALUATED_THROUGH, &done.to_string()],
    )?;
    Ok(())
}

/// Called by the check-in save and delete inside their write: judges again from the
/// check-in's day through the participant's today.
pub(crate) fn after_check_in_change(
    conn: &Connection,
    stamp: Stamp,
    participant: Uuid,
    day: Date,
) -> Result<()> {
    let today = settings::load(conn)?.day_of(stamp.now);
    reevaluate(conn, stamp, participant, day, today.max(day))
}

/// The level of one day from the stored plan and check-ins (a read; nothing is stored).
pub(crate) fn level_on(conn: &Connection, day: Date) -> Result<Evaluation> {
    let settings = settings::load(conn)?;
    let (plan, history) = input::inputs_on(conn, &settings, day, day)?;
    Ok(evaluate(&plan, &history, day))
}

/// The early warning level and the alert history.
pub struct Warning<'a> {
    pub(crate) store: &'a Store,
}

impl Warning<'_> {
    /// The level of `day` and its reasons, from what is stored now.
    pub fn level_on(&self, day: Date) -> Result<Evaluation> {
        self.store.read(|conn| level_on(conn, day))
    }

    /// Brings the alert events up to `day`: call it when a day passes (the app opens, a
    /// background task runs). Days already judged are not judged twice; running it again
    /// for the same day stores nothing new.
    pub fn evaluate_on(&self, day: Date) -> Result<()> {
        let participant = self.store.identity().participant;
        self.store
            .write(|tx, stamp| reevaluate(tx, stamp, participant, day, day))
    }

    /// Every alert event with its acknowledgement and seen mark, newest day first.
    pub fn events(&self) -> Result<Vec<AlertEntry>> {
        self.store.read(events::entries_on)
    }

    /// The participant acknowledges event `alert_id`, with a note of what they did. A
    /// second acknowledgement replaces the first. An unknown event is not found and a note
    /// over 4000 characters is refused; in both cases nothing changes.
    pub fn acknowledge(&self, alert_id: Uuid, note: Option<&str>) -> Result<()> {
        let note = opt_text(RecordKind::AlertAck, "note", note)?;
        let participant = self.store.identity().participant;
        self.store.write(|tx, stamp| {
            if !events::exists_on(tx, alert_id)? {
                return Err(Error::not_found(RecordKind::AlertEvent, alert_id));
            }
            events::acknowledge_on(tx, stamp, participant, alert_id, note.as_deref())
        })
    }

    /// Stores the clinic's "seen" mark on event `alert_id`, as the sync client receives it
    /// (the clinic writes these records; the phone only keeps and shows them).
    pub fn record_seen(&self, alert_id: Uuid, seen: &SeenMark) -> Result<()> {
        let by = opt_text(RecordKind::AlertSeen, "seen_by", seen.by.as_deref())?;
        let participant = self.store.identity().participant;
        let seen = SeenMark { at: seen.at, by };
        self.store.write(|tx, stamp| {
            if !events::exists_on(tx, alert_id)? {
                return Err(Error::not_found(RecordKind::AlertEvent, alert_id));
            }
            events::seen_on(tx, stamp, participant, alert_id, &seen)
        })
    }
}
