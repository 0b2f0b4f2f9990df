//! Homework: assignments (set by the participant, or by the clinician on the dashboard)
//! and the participant's status and reflection on each.
//!
//! Each record has one writer: the clinician's assignments arrive by sync and are only
//! read here, so the participant's progress on any assignment is a record of its own
//! (`homework_status`, one per assignment under a natural id).

use imr_protocol::{HomeworkState, ModuleKey, Problem, RecordKind, natural_id};
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, RecordInfo, TOUCH, info, is_live, meta_params, opt_date_at,
    opt_word_at, own_row, soft_delete, word_at,
};
use crate::records::settings;
use crate::store::Store;
use crate::validate::{not_future, opt_text, refuse, title};

const OWN: RecordKind = RecordKind::Homework;
const CLINICIAN: RecordKind = RecordKind::ClinicianHomework;
const STATUS: RecordKind = RecordKind::HomeworkStatus;

/// Who set a homework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssignedBy {
    /// The participant, for themselves.
    Participant,
    /// A clinician, on the dashboard.
    Clinician {
        /// The clinician's name as the dashboard recorded it.
        name: Option<String>,
    },
}

/// What the participant enters for their own homework.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HomeworkInput {
    /// The module it belongs to, if any.
    pub module: Option<ModuleKey>,
    /// What to do.
    pub title: String,
    /// More about it.
    pub description: Option<String>,
    /// When it is due.
    pub due: Option<Date>,
}

/// The participant's progress on one homework.
#[derive(Clone, Debug, PartialEq)]
pub struct HomeworkStatus {
    /// Natural id from the homework's id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// To do, started or done.
    pub state: HomeworkState,
    /// When it was done.
    pub done_on: Option<Date>,
    /// What the participant learned.
    pub reflection: Option<String>,
}

/// What the participant reports on a homework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HomeworkStatusInput {
    /// To do, started or done.
    pub state: HomeworkState,
    /// When it was done; today when "done" without a date.
    pub done_on: Option<Date>,
    /// What the participant learned.
    pub reflection: Option<String>,
}

/// A homework with the participant's status on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Homework {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Who set it.
    pub assigned_by: AssignedBy,
    /// The module it belongs to.
    pub module: Option<ModuleKey>,
    /// What to do.
    pub title: String,
    /// More about it.
    pub description: Option<String>,
    /// When it is due.
    pub due: Option<Date>,
    /// The participant's progress, if reported.
    pub status: Option<HomeworkStatus>,
}

const SELECT: &str = "SELECT h.id, h.created_at, h.updated_at, h.hlc, h.change_counter,
        h.kind, h.assigned_by, h.module, h.title, h.description, h.due,
        s.id, s.created_at, s.updated_at, s.hlc, s.change_counter, s.state, s.done_on, s.reflection
    FROM homework AS h LEFT JOIN homework_status AS s ON s.homework_id = h.id AND s.deleted = 0
    WHERE h.deleted = 0";

fn status_from_row(row: &Row<'_>) -> rusqlite::Result<Option<HomeworkStatus>> {
    if row.get::<_, Option<String>>(11)?.is_none() {
        return Ok(None);
    }
    let shifted = crate::records::row::info_at(row, 11)?;
    Ok(Some(HomeworkStatus {
        id: shifted.0,
        info: shifted.1,
        state: word_at(row, 16)?,
        done_on: opt_date_at(row, 17)?,
        reflection: row.get(18)?,
    }))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Homework> {
    let (id, info) = info(row)?;
    let kind: String = row.get(5)?;
    Ok(Homework {
        id,
        info,
        assigned_by: if kind == CLINICIAN.as_str() {
            AssignedBy::Clinician { name: row.get(6)? }
        } else {
            AssignedBy::Participant
        },
        module: opt_word_at(row, 7)?,
        title: row.get(8)?,
        description: row.get(9)?,
        due: opt_date_at(row, 10)?,
        status: status_from_row(row)?,
    })
}

fn get_on(conn: &Connection, id: Uuid) -> Result<Option<Homework>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} AND h.id = ?1"))?;
    Ok(stmt.query_row([id.to_string()], from_row).optional()?)
}

struct Fields {
    title: String,
    description: Option<String>,
}

fn validate(input: &HomeworkInput) -> Result<Fields> {
    Ok(Fields {
        title: title(OWN, "title", &input.title)?,
        description: opt_text(OWN, "description", input.description.as_deref())?,
    })
}

/// Homework of both kinds, and the participant's status on each.
pub struct HomeworkApi<'a> {
    pub(crate) store: &'a Store,
}

impl HomeworkApi<'_> {
    /// Adds homework the participant sets themselves.
    pub fn create(&self, input: &HomeworkInput) -> Result<Homework> {
        let v = validate(input)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO homework ({INSERT_META}, kind, module, title, description, due)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    OWN.as_str(),
                    input.module.map(ModuleKey::as_str),
                    v.title,
                    v.description,
                    input.due.map(|d| d.to_string())
                ],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(OWN, id))
        })
    }

    /// Changes the participant's own homework; the clinician's is read-only here.
    pub fn update(&self, id: Uuid, input: &HomeworkInput) -> Result<Homework> {
        let v = validate(input)?;
        self.store.write(|tx, stamp| {
            own_row(tx, "homework", OWN, CLINICIAN, id)?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "UPDATE homework SET {TOUCH}, module = ?4, title = ?5, description = ?6, due = ?7
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    input.module.map(ModuleKey::as_str),
                    v.title,
                    v.description,
                    input.due.map(|d| d.to_string())
                ],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(OWN, id))
        })
    }

    /// One homework with its status.
    pub fn get(&self, id: Uuid) -> Result<Option<Homework>> {
        self.store.read(|conn| get_on(conn, id))
    }

    /// All homework of both kinds with status, by due date (undated last), then age.
    pub fn list(&self) -> Result<Vec<Homework>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "{SELECT} ORDER BY h.due IS NULL, h.due, h.created_at, h.id"
            ))?;
            let rows = stmt.query_map([], from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes the participant's own homework and its status.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store.write(|tx, stamp| {
            own_row(tx, "homework", OWN, CLINICIAN, id)?;
            soft_delete(tx, "homework", OWN, id, stamp)?;
            let status = natural_id(self.store.identity().participant, STATUS, &id.to_string());
            match soft_delete(tx, "homework_status", STATUS, status, stamp) {
                Err(Error::NotFound { .. }) | Ok(()) => Ok(()),
                Err(e) => Err(e),
            }
        })
    }

    /// Reports progress on any homework (own or the clinician's).
    pub fn set_status(&self, homework_id: Uuid, input: &HomeworkStatusInput) -> Result<Homework> {
        let reflection = opt_text(STATUS, "reflection", input.reflection.as_deref())?;
        let id = natural_id(
            self.store.identity().participant,
            STATUS,
            &homework_id.to_string(),
        );
        self.store.write(|tx, stamp| {
            if !is_live(tx, "homework", homework_id)? {
                return Err(refuse(STATUS, "homework_id", Problem::UnknownReference).into());
            }
            let today = settings::load(tx)?.day_of(stamp.now);
            let done_on = match input.state {
                HomeworkState::Done => input.done_on.or(Some(today)),
                _ => input.done_on,
            };
            if let Some(done_on) = done_on {
                not_future(STATUS, "done_on", done_on, today)?;
            }
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO homework_status ({INSERT_META}, homework_id, state, done_on, reflection)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7)
                     ON CONFLICT (id) DO UPDATE SET {TOUCH}, deleted = 0, state = ?5, done_on = ?6,
                         reflection = ?7"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    homework_id.to_string(),
                    input.state.as_str(),
                    done_on.map(|d| d.to_string()),
                    reflection
                ],
            )?;
            get_on(tx, homework_id)?.ok_or_else(|| Error::not_found(OWN, homework_id))
        })
    }

    /// Withdraws the status report on a homework (it shows as not reported again).
    pub fn clear_status(&self, homework_id: Uuid) -> Result<()> {
        let id = natural_id(
            self.store.identity().participant,
            STATUS,
            &homework_id.to_string(),
        );
        self.store
            .write(|tx, stamp| soft_delete(tx, "homework_status", STATUS, id, stamp))
    }
}
