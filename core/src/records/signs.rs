//! Early warning signs and persistent symptoms: the participant's own lists, rated 0-3 in
//! every check-in.
//!
//! A sign has a personal threshold (default 2 = moderate) and may be a red flag, a sign
//! that on its own means "act now"; the early-warning engine reads both. Deleting a sign
//! keeps its past ratings in the check-ins (they are history), but it is no longer listed
//! or ratable. A sign that is not active is kept but not asked about.

use imr_protocol::RecordKind;
use imr_protocol::limits::DEFAULT_SIGN_THRESHOLD;
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, info, meta_params, soft_delete,
};
use crate::store::Store;
use crate::validate::{conform, opt_text, title};

const SIGN: RecordKind = RecordKind::WarningSign;
const SYMPTOM: RecordKind = RecordKind::PersistentSymptom;

/// What the participant enters for a warning sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WarningSignInput {
    /// The sign in the participant's words, e.g. "sleeping less".
    pub text: String,
    /// The rating (1-3) from which the sign counts; 2 (moderate) unless agreed otherwise.
    pub threshold: u8,
    /// On its own, at or above threshold, means "act now".
    pub red_flag: bool,
    /// Asked about in the check-in.
    pub active: bool,
    /// The catalogue suggestion it came from, if any (so its label can be translated).
    pub suggestion_key: Option<String>,
}

impl WarningSignInput {
    /// A new active sign with the default threshold and no red flag.
    pub fn new(text: impl Into<String>) -> Self {
        WarningSignInput {
            text: text.into(),
            threshold: DEFAULT_SIGN_THRESHOLD as u8,
            red_flag: false,
            active: true,
            suggestion_key: None,
        }
    }
}

/// A stored warning sign.
#[derive(Clone, Debug, PartialEq)]
pub struct WarningSign {
    /// Random id; check-in ratings refer to it.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The sign.
    pub text: String,
    /// Rating from which it counts (1-3).
    pub threshold: u8,
    /// Means "act now" on its own.
    pub red_flag: bool,
    /// Asked about in the check-in.
    pub active: bool,
    /// The catalogue suggestion it came from.
    pub suggestion_key: Option<String>,
}

/// A stored persistent symptom.
#[derive(Clone, Debug, PartialEq)]
pub struct PersistentSymptom {
    /// Random id; check-in ratings refer to it.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The symptom in the participant's words.
    pub text: String,
    /// Asked about in the check-in.
    pub active: bool,
}

struct SignFields {
    text: String,
    suggestion_key: Option<String>,
}

fn validate_sign(input: &WarningSignInput) -> Result<SignFields> {
    let text = title(SIGN, "text", &input.text)?;
    conform(SIGN, "threshold", &input.threshold.into())?;
    let suggestion_key = opt_text(SIGN, "suggestion_key", input.suggestion_key.as_deref())?;
    Ok(SignFields {
        text,
        suggestion_key,
    })
}

const SIGN_COLUMNS: &str = "text, threshold, red_flag, active, suggestion_key";

fn sign_from_row(row: &Row<'_>) -> rusqlite::Result<WarningSign> {
    let (id, info) = info(row)?;
    Ok(WarningSign {
        id,
        info,
        text: row.get(5)?,
        threshold: row.get(6)?,
        red_flag: row.get(7)?,
        active: row.get(8)?,
        suggestion_key: row.get(9)?,
    })
}

/// Every live sign, oldest first, on any connection.
pub(crate) fn list_signs_on(conn: &Connection) -> Result<Vec<WarningSign>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {SIGN_COLUMNS} FROM warning_sign WHERE deleted = 0 ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([], sign_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn get_sign_on(conn: &Connection, id: Uuid) -> Result<Option<WarningSign>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {SIGN_COLUMNS} FROM warning_sign WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt.query_row([id.to_string()], sign_from_row).optional()?)
}

/// Early warning signs: create, read, update, delete, list.
pub struct Signs<'a> {
    pub(crate) store: &'a Store,
}

impl Signs<'_> {
    /// Adds a sign.
    pub fn create(&self, input: &WarningSignInput) -> Result<WarningSign> {
        let v = validate_sign(input)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO warning_sign ({INSERT_META}, {SIGN_COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    v.text,
                    input.threshold,
                    input.red_flag,
                    input.active,
                    v.suggestion_key
                ],
            )?;
            get_sign_on(tx, id)?.ok_or_else(|| Error::not_found(SIGN, id))
        })
    }

    /// Replaces a sign's fields.
    pub fn update(&self, id: Uuid, input: &WarningSignInput) -> Result<WarningSign> {
        let v = validate_sign(input)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE warning_sign SET {TOUCH}, text = ?4, threshold = ?5, red_flag = ?6,
                         active = ?7, suggestion_key = ?8
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    v.text,
                    input.threshold,
                    input.red_flag,
                    input.active,
                    v.suggestion_key
                ],
            )?;
            if changed == 0 {
                return Err(Error::not_found(SIGN, id));
            }
            get_sign_on(tx, id)?.ok_or_else(|| Error::not_found(SIGN, id))
        })
    }

    /// One sign, if it exists and is not deleted.
    pub fn get(&self, id: Uuid) -> Result<Option<WarningSign>> {
        self.store.read(|conn| get_sign_on(conn, id))
    }

    /// Every sign (active or not), oldest first: the plan's list and the engine's input.
    pub fn list(&self) -> Result<Vec<WarningSign>> {
        self.store.read(list_signs_on)
    }

    /// The signs the check-in asks about.
    pub fn list_active(&self) -> Result<Vec<WarningSign>> {
        Ok(self.list()?.into_iter().filter(|s| s.active).collect())
    }

    /// Deletes a sign (a tombstone); its past ratings stay in the check-ins.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "warning_sign", SIGN, id, stamp))
    }
}

fn symptom_from_row(row: &Row<'_>) -> rusqlite::Result<PersistentSymptom> {
    let (id, info) = info(row)?;
    Ok(PersistentSymptom {
        id,
        info,
        text: row.get(5)?,
        active: row.get(6)?,
    })
}

fn get_symptom_on(conn: &Connection, id: Uuid) -> Result<Option<PersistentSymptom>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, text, active FROM persistent_symptom WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt
        .query_row([id.to_string()], symptom_from_row)
        .optional()?)
}

/// Every live symptom, oldest first, on any connection.
pub(crate) fn list_symptoms_on(conn: &Connection) -> Result<Vec<PersistentSymptom>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, text, active FROM persistent_symptom WHERE deleted = 0 ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([], symptom_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Persistent symptoms: create, read, update, delete, list.
pub struct Symptoms<'a> {
    pub(crate) store: &'a Store,
}

impl Symptoms<'_> {
    /// Adds an active symptom.
    pub fn create(&self, text: &str) -> Result<PersistentSymptom> {
        let text = title(SYMPTOM, "text", text)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO persistent_symptom ({INSERT_META}, text, active)
                     VALUES ({INSERT_META_VALUES}, ?4, 1)"
                ),
                params![id_text, now, hlc, text],
            )?;
            get_symptom_on(tx, id)?.ok_or_else(|| Error::not_found(SYMPTOM, id))
        })
    }

    /// Renames a symptom and sets whether the check-in asks about it.
    pub fn update(&self, id: Uuid, text: &str, active: bool) -> Result<PersistentSymptom> {
        let text = title(SYMPTOM, "text", text)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE persistent_symptom SET {TOUCH}, text = ?4, active = ?5
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![id_text, now, hlc, text, active],
            )?;
            if changed == 0 {
                return Err(Error::not_found(SYMPTOM, id));
            }
            get_symptom_on(tx, id)?.ok_or_else(|| Error::not_found(SYMPTOM, id))
        })
    }

    /// One symptom, if it exists and is not deleted.
    pub fn get(&self, id: Uuid) -> Result<Option<PersistentSymptom>> {
        self.store.read(|conn| get_symptom_on(conn, id))
    }

    /// Every symptom, oldest first.
    pub fn list(&self) -> Result<Vec<PersistentSymptom>> {
        self.store.read(list_symptoms_on)
    }

    /// Deletes a symptom (a tombstone); its past ratings stay in the check-ins.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "persistent_symptom", SYMPTOM, id, stamp))
    }
}
