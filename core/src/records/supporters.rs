//! Triggers (situations that raised stress before) and supporters (people who agreed to
//! help): the parts of the relapse prevention plan that are lists of their own records.

use imr_protocol::RecordKind;
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, info, meta_params, soft_delete,
};
use crate::store::Store;
use crate::validate::{conform, opt_text, title};

const TRIGGER: RecordKind = RecordKind::Trigger;
const SUPPORTER: RecordKind = RecordKind::Supporter;

/// A stored trigger.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The situation, in the participant's words.
    pub text: String,
    /// The catalogue suggestion it came from, if any.
    pub suggestion_key: Option<String>,
}

fn trigger_from_row(row: &Row<'_>) -> rusqlite::Result<Trigger> {
    let (id, info) = info(row)?;
    Ok(Trigger {
        id,
        info,
        text: row.get(5)?,
        suggestion_key: row.get(6)?,
    })
}

fn get_trigger_on(conn: &Connection, id: Uuid) -> Result<Option<Trigger>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, text, suggestion_key FROM plan_trigger WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt
        .query_row([id.to_string()], trigger_from_row)
        .optional()?)
}

/// Every live trigger, oldest first, on any connection.
pub(crate) fn list_triggers_on(conn: &Connection) -> Result<Vec<Trigger>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, text, suggestion_key FROM plan_trigger WHERE deleted = 0 ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([], trigger_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Triggers: create, read, update, delete, list.
pub struct Triggers<'a> {
    pub(crate) store: &'a Store,
}

impl Triggers<'_> {
    /// Adds a trigger.
    pub fn create(&self, text: &str, suggestion_key: Option<&str>) -> Result<Trigger> {
        let text = title(TRIGGER, "text", text)?;
        let key = opt_text(TRIGGER, "suggestion_key", suggestion_key)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO plan_trigger ({INSERT_META}, text, suggestion_key)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5)"
                ),
                params![id_text, now, hlc, text, key],
            )?;
            get_trigger_on(tx, id)?.ok_or_else(|| Error::not_found(TRIGGER, id))
        })
    }

    /// Rewords a trigger.
    pub fn update(&self, id: Uuid, text: &str) -> Result<Trigger> {
        let text = title(TRIGGER, "text", text)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE plan_trigger SET {TOUCH}, text = ?4 WHERE id = ?1 AND deleted = 0"
                ),
                params![id_text, now, hlc, text],
            )?;
            if changed == 0 {
                return Err(Error::not_found(TRIGGER, id));
            }
            get_trigger_on(tx, id)?.ok_or_else(|| Error::not_found(TRIGGER, id))
        })
    }

    /// One trigger, if it exists and is not deleted.
    pub fn get(&self, id: Uuid) -> Result<Option<Trigger>> {
        self.store.read(|conn| get_trigger_on(conn, id))
    }

    /// Every trigger, oldest first.
    pub fn list(&self) -> Result<Vec<Trigger>> {
        self.store.read(list_triggers_on)
    }

    /// Deletes a trigger (a tombstone).
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "plan_trigger", TRIGGER, id, stamp))
    }
}

/// What the participant enters for a supporter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SupporterInput {
    /// Their name.
    pub name: String,
    /// Who they are to the participant ("sister", "neighbour").
    pub relation: Option<String>,
    /// How to reach them.
    pub phone: Option<String>,
    /// What they agreed to do when signs appear.
    pub agreed_to: Option<String>,
}

/// A stored supporter.
#[derive(Clone, Debug, PartialEq)]
pub struct Supporter {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Their name.
    pub name: String,
    /// Who they are to the participant.
    pub relation: Option<String>,
    /// Phone number as typed (trimmed).
    pub phone: Option<String>,
    /// What they agreed to do.
    pub agreed_to: Option<String>,
    /// Order in the plan (who to call first).
    pub position: i64,
}

struct SupporterFields {
    name: String,
    relation: Option<String>,
    phone: Option<String>,
    agreed_to: Option<String>,
}

fn validate_supporter(input: &SupporterInput) -> Result<SupporterFields> {
    let phone = input
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    if let Some(phone) = phone {
        conform(SUPPORTER, "phone", &phone.into())?;
    }
    Ok(SupporterFields {
        name: title(SUPPORTER, "name", &input.name)?,
        relation: opt_text(SUPPORTER, "relation", input.relation.as_deref())?,
        phone: phone.map(str::to_owned),
        agreed_to: opt_text(SUPPORTER, "agreed_to", input.agreed_to.as_deref())?,
    })
}

const SUPPORTER_COLUMNS: &str = "name, relation, phone, agreed_to, position";

fn supporter_from_row(row: &Row<'_>) -> rusqlite::Result<Supporter> {
    let (id, info) = info(row)?;
    Ok(Supporter {
        id,
        info,
        name: row.get(5)?,
        relation: row.get(6)?,
        phone: row.get(7)?,
        agreed_to: row.get(8)?,
        position: row.get(9)?,
    })
}

fn get_supporter_on(conn: &Connection, id: Uuid) -> Result<Option<Supporter>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {SUPPORTER_COLUMNS} FROM supporter WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt
        .query_row([id.to_string()], supporter_from_row)
        .optional()?)
}

/// Every live supporter in plan order, on any connection.
pub(crate) fn list_supporters_on(conn: &Connection) -> Result<Vec<Supporter>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {SUPPORTER_COLUMNS} FROM supporter WHERE deleted = 0 ORDER BY position, id"
    ))?;
    let rows = stmt.query_map([], supporter_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Supporters: create, read, update, reorder, delete, list.
pub struct Supporters<'a> {
    pub(crate) store: &'a Store,
}

impl Supporters<'_> {
    /// Adds a supporter at the end of the list.
    pub fn create(&self, input: &SupporterInput) -> Result<Supporter> {
        let v = validate_supporter(input)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let next: i64 = tx.query_row(
                "SELECT coalesce(max(position) + 1, 0) FROM supporter",
                [],
                |r| r.get(0),
            )?;
            conform(SUPPORTER, "position", &next.into())?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO supporter ({INSERT_META}, {SUPPORTER_COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    v.name,
                    v.relation,
                    v.phone,
                    v.agreed_to,
                    next
                ],
            )?;
            get_supporter_on(tx, id)?.ok_or_else(|| Error::not_found(SUPPORTER, id))
        })
    }

    /// Replaces a supporter's details; the position stays.
    pub fn update(&self, id: Uuid, input: &SupporterInput) -> Result<Supporter> {
        let v = validate_supporter(input)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE supporter SET {TOUCH}, name = ?4, relation = ?5, phone = ?6, agreed_to = ?7
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![id_text, now, hlc, v.name, v.relation, v.phone, v.agreed_to],
            )?;
            if changed == 0 {
                return Err(Error::not_found(SUPPORTER, id));
            }
            get_supporter_on(tx, id)?.ok_or_else(|| Error::not_found(SUPPORTER, id))
        })
    }

    /// Puts the supporters in the order of `ids` (who to contact first), in one write.
    /// Every id must be a live supporter.
    pub fn reorder(&self, ids: &[Uuid]) -> Result<Vec<Supporter>> {
        self.store.write(|tx, stamp| {
            for (position, id) in ids.iter().enumerate() {
                let (id_text, now, hlc) = meta_params(*id, stamp);
                let changed = tx.execute(
                    &format!(
                        "UPDATE supporter SET {TOUCH}, position = ?4 WHERE id = ?1 AND deleted = 0"
                    ),
                    params![id_text, now, hlc, position as i64],
                )?;
                if changed == 0 {
                    return Err(Error::not_found(SUPPORTER, id));
                }
            }
            list_supporters_on(tx)
        })
    }

    /// One supporter, if it exists and is not deleted.
    pub fn get(&self, id: Uuid) -> Result<Option<Supporter>> {
        self.store.read(|conn| get_supporter_on(conn, id))
    }

    /// Every supporter, in plan order.
    pub fn list(&self) -> Result<Vec<Supporter>> {
        self.store.read(list_supporters_on)
    }

    /// Deletes a supporter (a tombstone).
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "supporter", SUPPORTER, id, stamp))
    }
}
