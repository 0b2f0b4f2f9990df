//! IMR sessions: date, module worked on, attended or not. The participant records their
//! own; the clinician's arrive by sync and are read-only here. "Since last session"
//! counts from the last attended one of either.

use imr_protocol::{ModuleKey, RecordKind, SessionFormat};
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, date_at, info, meta_params,
    opt_word_at, own_row, soft_delete,
};
use crate::records::settings;
use crate::store::Store;
use crate::validate::not_future;

const OWN: RecordKind = RecordKind::Session;
const CLINICIAN: RecordKind = RecordKind::ClinicianSession;

/// What the participant records about a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionInput {
    /// The day (not in the future).
    pub date: Date,
    /// The module worked on.
    pub module: Option<ModuleKey>,
    /// Whether the participant was there.
    pub attended: bool,
    /// One to one or group.
    pub format: Option<SessionFormat>,
}

/// A stored session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Recorded by the clinician (read-only here) rather than the participant.
    pub by_clinician: bool,
    /// The clinician's name, for their records.
    pub recorded_by: Option<String>,
    /// The day.
    pub date: Date,
    /// The module worked on.
    pub module: Option<ModuleKey>,
    /// Whether the participant was there.
    pub attended: bool,
    /// One to one or group.
    pub format: Option<SessionFormat>,
}

const COLUMNS: &str = "kind, date, module, attended, format, recorded_by";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Session> {
    let (id, info) = info(row)?;
    let kind: String = row.get(5)?;
    Ok(Session {
        id,
        info,
        by_clinician: kind == CLINICIAN.as_str(),
        date: date_at(row, 6)?,
        module: opt_word_at(row, 7)?,
        attended: row.get(8)?,
        format: opt_word_at(row, 9)?,
        recorded_by: row.get(10)?,
    })
}

fn get_on(conn: &Connection, id: Uuid) -> Result<Option<Session>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {COLUMNS} FROM session WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt.query_row([id.to_string()], from_row).optional()?)
}

/// IMR sessions: record, correct, delete, list.
pub struct Sessions<'a> {
    pub(crate) store: &'a Store,
}

impl Sessions<'_> {
    /// Records a session.
    pub fn create(&self, input: &SessionInput) -> Result<Session> {
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            not_future(
                OWN,
                "date",
                input.date,
                settings::load(tx)?.day_of(stamp.now),
            )?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO session ({INSERT_META}, {COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8, NULL)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    OWN.as_str(),
                    input.date.to_string(),
                    input.module.map(ModuleKey::as_str),
                    input.attended,
                    input.format.map(SessionFormat::as_str)
                ],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(OWN, id))
        })
    }

    /// Corrects a session the participant recorded.
    pub fn update(&self, id: Uuid, input: &SessionInput) -> Result<Session> {
        self.store.write(|tx, stamp| {
            own_row(tx, "session", OWN, CLINICIAN, id)?;
            not_future(
                OWN,
                "date",
                input.date,
                settings::load(tx)?.day_of(stamp.now),
            )?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "UPDATE session SET {TOUCH}, date = ?4, module = ?5, attended = ?6, format = ?7
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    input.date.to_string(),
                    input.module.map(ModuleKey::as_str),
                    input.attended,
                    input.format.map(SessionFormat::as_str)
                ],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(OWN, id))
        })
    }

    /// One session.
    pub fn get(&self, id: Uuid) -> Result<Option<Session>> {
        self.store.read(|conn| get_on(conn, id))
    }

    /// Every session of both recorders, newest first.
    pub fn list(&self) -> Result<Vec<Session>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, {COLUMNS} FROM session WHERE deleted = 0 ORDER BY date DESC, created_at DESC"
            ))?;
            let rows = stmt.query_map([], from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// The day of the last session the participant attended, whoever recorded it.
    pub fn last_attended(&self) -> Result<Option<Date>> {
        Ok(self
            .list()?
            .into_iter()
            .find(|s| s.attended)
            .map(|s| s.date))
    }

    /// Deletes a session the participant recorded.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store.write(|tx, stamp| {
            own_row(tx, "session", OWN, CLINICIAN, id)?;
            soft_delete(tx, "session", OWN, id, stamp)
        })
    }
}
