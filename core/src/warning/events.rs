//! Alert events, acknowledgements and "seen" marks as stored rows.
//!
//! Events are history a clinician may already have seen, so rows are only ever added: a
//! change of mind is a new "withdrawn" row pointing at the old one. An acknowledgement
//! (the participant's) and a seen mark (the clinic's, arriving by sync) have the natural id
//! of their event, so each event has at most one of each, on every device.

use imr_engine::{AlertEvent, StoredAlertEvent};
use imr_protocol::{AlertEventType, RecordKind, WarningLevel, natural_id};
use jiff::Timestamp;
use rusqlite::{Connection, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, date_at, json_at, json_text, meta_params, millis, time_at,
    uuid_at, word_at,
};
use crate::store::Stamp;
use crate::validate::conform;

/// What the participant noted when they acknowledged an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acknowledgement {
    /// When they acknowledged it (UTC).
    pub at: Timestamp,
    /// What they did, in their words.
    pub note: Option<String>,
}

/// The clinic's mark that someone there has seen the event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeenMark {
    /// When the clinic marked it (UTC).
    pub at: Timestamp,
    /// Who marked it, as the clinic sent it.
    pub by: Option<String>,
}

/// One stored alert event with what happened to it since: the history the participant and
/// the clinic read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertEntry {
    /// The event's record id (acknowledgements and seen marks refer to it).
    pub id: Uuid,
    /// When the event was recorded (UTC).
    pub recorded_at: Timestamp,
    /// The event itself.
    pub event: AlertEvent,
    /// A later "withdrawn" event says this one is no longer true.
    pub withdrawn: bool,
    /// The participant's acknowledgement, if any.
    pub acknowledgement: Option<Acknowledgement>,
    /// The clinic's seen mark, if any.
    pub seen: Option<SeenMark>,
}

fn event_from_row(row: &Row<'_>) -> rusqlite::Result<StoredAlertEvent> {
    let withdraws: Option<String> = row.get(6)?;
    Ok(StoredAlertEvent {
        id: uuid_at(row, 0)?,
        event: AlertEvent {
            episode_id: uuid_at(row, 1)?,
            event: word_at::<AlertEventType>(row, 2)?,
            level: word_at::<WarningLevel>(row, 3)?,
            day: date_at(row, 4)?,
            reasons: json_at(row, 5)?,
            withdraws: withdraws.and_then(|w| Uuid::parse_str(&w).ok()),
        },
    })
}

/// Every stored event, withdrawals included, in the order they were recorded.
pub(crate) fn stored_on(conn: &Connection) -> Result<Vec<StoredAlertEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, episode_id, event, level, day, reasons, withdraws FROM alert_event
         WHERE deleted = 0 ORDER BY rowid",
    )?;
    let rows = stmt.query_map([], event_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Adds one event (never replaces one).
pub(crate) fn insert_on(conn: &Connection, stamp: Stamp, event: &AlertEvent) -> Result<Uuid> {
    let id = Uuid::new_v4();
    let reasons =
        serde_json::to_value(&event.reasons).map_err(|e| Error::BadData(e.to_string()))?;
    conform(RecordKind::AlertEvent, "reasons", &reasons)?;
    let (id_text, now, hlc) = meta_params(id, stamp);
    conn.execute(
        &format!(
            "INSERT INTO alert_event ({INSERT_META}, episode_id, event, level, day, reasons, withdraws)
             VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8, ?9)"
        ),
        params![
            id_text,
            now,
            hlc,
            event.episode_id.to_string(),
            event.event.as_str(),
            event.level.as_str(),
            event.day.to_string(),
            json_text(&event.reasons)?,
            event.withdraws.map(|w| w.to_string()),
        ],
    )?;
    Ok(id)
}

/// Whether an event with this id is stored.
pub(crate) fn exists_on(conn: &Connection, id: Uuid) -> Result<bool> {
    crate::records::row::is_live(conn, "alert_event", id)
}

/// Stores (or replaces) the participant's acknowledgement of event `alert_id`.
pub(crate) fn acknowledge_on(
    conn: &Connection,
    stamp: Stamp,
    participant: Uuid,
    alert_id: Uuid,
    note: Option<&str>,
) -> Result<()> {
    let id = natural_id(participant, RecordKind::AlertAck, &alert_id.to_string());
    let (id_text, now, hlc) = meta_params(id, stamp);
    conn.execute(
        &format!(
            "INSERT INTO alert_ack ({INSERT_META}, alert_id, acknowledged_at, note)
             VALUES ({INSERT_META_VALUES}, ?4, ?2, ?5)
             ON CONFLICT (id) DO UPDATE SET updated_at = ?2, hlc = ?3,
                 change_counter = change_counter + 1, deleted = 0,
                 acknowledged_at = ?2, note = ?5"
        ),
        params![id_text, now, hlc, alert_id.to_string(), note],
    )?;
    Ok(())
}

/// Stores the clinic's seen mark as sync delivers it. It is the clinic's record, so it is
/// never counted as a local change to upload.
pub(crate) fn seen_on(
    conn: &Connection,
    stamp: Stamp,
    participant: Uuid,
    alert_id: Uuid,
    seen: &SeenMark,
) -> Result<()> {
    let id = natural_id(participant, RecordKind::AlertSeen, &alert_id.to_string());
    let (id_text, now, hlc) = meta_params(id, stamp);
    conn.execute(
        "INSERT INTO alert_seen (id, created_at, updated_at, hlc, change_counter, deleted,
                                 alert_id, seen_at, seen_by)
         VALUES (?1, ?2, ?2, ?3, 0, 0, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET updated_at = ?2, hlc = ?3, deleted = 0,
             seen_at = ?5, seen_by = ?6",
        params![
            id_text,
            now,
            hlc,
            alert_id.to_string(),
            millis(seen.at),
            seen.by
        ],
    )?;
    Ok(())
}

/// Every event with its withdrawal, acknowledgement and seen mark, newest day first.
pub(crate) fn entries_on(conn: &Connection) -> Result<Vec<AlertEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.episode_id, e.event, e.level, e.day, e.reasons, e.withdraws,
                e.created_at, a.acknowledged_at, a.note, s.seen_at, s.seen_by
         FROM alert_event e
         LEFT JOIN alert_ack a ON a.alert_id = e.id AND a.deleted = 0
         LEFT JOIN alert_seen s ON s.alert_id = e.id AND s.deleted = 0
         WHERE e.deleted = 0 ORDER BY e.day DESC, e.rowid DESC",
    )?;
    let rows = stmt.query_map([], |row| {
        let stored = event_from_row(row)?;
        let acked: Option<i64> = row.get(8)?;
        let seen: Option<i64> = row.get(10)?;
        Ok(AlertEntry {
            id: stored.id,
            recorded_at: time_at(row, 7)?,
            event: stored.event,
            withdrawn: false,
            acknowledgement: match acked {
                Some(_) => Some(Acknowledgement {
                    at: time_at(row, 8)?,
                    note: row.get(9)?,
                }),
                None => None,
            },
            seen: match seen {
                Some(_) => Some(SeenMark {
                    at: time_at(row, 10)?,
                    by: row.get(11)?,
                }),
                None => None,
            },
        })
    })?;
    let mut entries = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    let withdrawn: Vec<Uuid> = entries.iter().filter_map(|e| e.event.withdraws).collect();
    for entry in &mut entries {
        entry.withdrawn = withdrawn.contains(&entry.id);
    }
    Ok(entries)
}
