//! Recovery goals and their follow-ups.
//!
//! A long-term recovery goal ("what I want in my life, and why") holds short-term goals,
//! which hold concrete steps (see `goal_parts`). IMR reviews goals at every session: a
//! follow-up records the date, progress 0-10 and a note. Deleting a goal deletes what
//! hangs under it in the same write, so nothing is left orphaned on any device.

use imr_protocol::{GoalStatus, RecordKind};
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, date_at, info, is_live, meta_params,
    opt_date_at, soft_delete, word_at,
};
use crate::records::settings;
use crate::store::{Stamp, Store};
use crate::validate::{not_future, number, opt_text, refuse, title};

const GOAL: RecordKind = RecordKind::Goal;
const FOLLOW_UP: RecordKind = RecordKind::GoalFollowUp;

/// What the participant enters for a recovery goal (or a short-term goal; `why` is only
/// kept for recovery goals).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalInput {
    /// What I want.
    pub title: String,
    /// Why it matters to me.
    pub why: Option<String>,
    /// Where it stands.
    pub status: GoalStatus,
    /// When I would like to get there, if I set a date.
    pub target_date: Option<Date>,
}

impl GoalInput {
    /// An active goal without a date.
    pub fn new(title: impl Into<String>) -> Self {
        GoalInput {
            title: title.into(),
            why: None,
            status: GoalStatus::Active,
            target_date: None,
        }
    }
}

/// A stored recovery goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// What I want.
    pub title: String,
    /// Why it matters.
    pub why: Option<String>,
    /// Where it stands.
    pub status: GoalStatus,
    /// Target date.
    pub target_date: Option<Date>,
}

/// What a follow-up records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUpInput {
    /// The day of the review (not in the future).
    pub date: Date,
    /// Progress 0-10.
    pub progress: u8,
    /// What was said.
    pub note: Option<String>,
}

/// A stored follow-up of a goal.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalFollowUp {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The goal reviewed.
    pub goal_id: Uuid,
    /// Day of the review.
    pub date: Date,
    /// Progress 0-10.
    pub progress: u8,
    /// The note.
    pub note: Option<String>,
}

struct GoalFields {
    title: String,
    why: Option<String>,
}

fn validate_goal(input: &GoalInput) -> Result<GoalFields> {
    Ok(GoalFields {
        title: title(GOAL, "title", &input.title)?,
        why: opt_text(GOAL, "why", input.why.as_deref())?,
    })
}

fn goal_from_row(row: &Row<'_>) -> rusqlite::Result<Goal> {
    let (id, info) = info(row)?;
    Ok(Goal {
        id,
        info,
        title: row.get(5)?,
        why: row.get(6)?,
        status: word_at(row, 7)?,
        target_date: opt_date_at(row, 8)?,
    })
}

fn get_goal_on(conn: &Connection, id: Uuid) -> Result<Option<Goal>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, title, why, status, target_date FROM goal WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt.query_row([id.to_string()], goal_from_row).optional()?)
}

fn follow_up_from_row(row: &Row<'_>) -> rusqlite::Result<GoalFollowUp> {
    let (id, info) = info(row)?;
    Ok(GoalFollowUp {
        id,
        info,
        goal_id: crate::records::row::uuid_at(row, 5)?,
        date: date_at(row, 6)?,
        progress: row.get(7)?,
        note: row.get(8)?,
    })
}

fn get_follow_up_on(conn: &Connection, id: Uuid) -> Result<Option<GoalFollowUp>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, goal_id, date, progress, note FROM goal_follow_up WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt
        .query_row([id.to_string()], follow_up_from_row)
        .optional()?)
}

/// Tombstones every live row of `table` whose `column` is one of the ids `parent_sql`
/// selects, touching each like any other write.
pub(crate) fn delete_children(
    tx: &Transaction<'_>,
    table: &str,
    column: &str,
    parent_sql: &str,
    parent: Uuid,
    stamp: Stamp,
) -> Result<()> {
    let (parent, now, hlc) = meta_params(parent, stamp);
    tx.execute(
        &format!("UPDATE {table} SET deleted = 1, {TOUCH} WHERE deleted = 0 AND {column} IN ({parent_sql})"),
        params![parent, now, hlc],
    )?;
    Ok(())
}

/// Recovery goals and follow-ups; short-term goals and steps are in `goal_parts`.
pub struct Goals<'a> {
    pub(crate) store: &'a Store,
}

impl Goals<'_> {
    /// Adds a recovery goal.
    pub fn create(&self, input: &GoalInput) -> Result<Goal> {
        let v = validate_goal(input)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO goal ({INSERT_META}, title, why, status, target_date)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    v.title,
                    v.why,
                    input.status.as_str(),
                    input.target_date.map(|d| d.to_string())
                ],
            )?;
            get_goal_on(tx, id)?.ok_or_else(|| Error::not_found(GOAL, id))
        })
    }

    /// Replaces a goal's fields (title, why, status, target date).
    pub fn update(&self, id: Uuid, input: &GoalInput) -> Result<Goal> {
        let v = validate_goal(input)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE goal SET {TOUCH}, title = ?4, why = ?5, status = ?6, target_date = ?7
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    v.title,
                    v.why,
                    input.status.as_str(),
                    input.target_date.map(|d| d.to_string())
                ],
            )?;
            if changed == 0 {
                return Err(Error::not_found(GOAL, id));
            }
            get_goal_on(tx, id)?.ok_or_else(|| Error::not_found(GOAL, id))
        })
    }

    /// One goal.
    pub fn get(&self, id: Uuid) -> Result<Option<Goal>> {
        self.store.read(|conn| get_goal_on(conn, id))
    }

    /// Every goal, oldest first (the screen groups them by status).
    pub fn list(&self) -> Result<Vec<Goal>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, title, why, status, target_date FROM goal WHERE deleted = 0 ORDER BY created_at, id"
            ))?;
            let rows = stmt.query_map([], goal_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes a goal with its short-term goals, their steps and its follow-ups.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store.write(|tx, stamp| {
            soft_delete(tx, "goal", GOAL, id, stamp)?;
            delete_children(
                tx,
                "goal_step",
                "short_term_goal_id",
                "SELECT id FROM short_term_goal WHERE goal_id = ?1",
                id,
                stamp,
            )?;
            delete_children(tx, "short_term_goal", "goal_id", "?1", id, stamp)?;
            delete_children(tx, "goal_follow_up", "goal_id", "?1", id, stamp)
        })
    }

    /// Records a review of a goal's progress.
    pub fn add_follow_up(&self, goal_id: Uuid, input: &FollowUpInput) -> Result<GoalFollowUp> {
        number(FOLLOW_UP, "progress", input.progress)?;
        let note = opt_text(FOLLOW_UP, "note", input.note.as_deref())?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            not_future(
                FOLLOW_UP,
                "date",
                input.date,
                settings::load(tx)?.day_of(stamp.now),
            )?;
            if !is_live(tx, "goal", goal_id)? {
                return Err(refuse(
                    FOLLOW_UP,
                    "goal_id",
                    imr_protocol::Problem::UnknownReference,
                )
                .into());
            }
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO goal_follow_up ({INSERT_META}, goal_id, date, progress, note)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    goal_id.to_string(),
                    input.date.to_string(),
                    input.progress,
                    note
                ],
            )?;
            get_follow_up_on(tx, id)?.ok_or_else(|| Error::not_found(FOLLOW_UP, id))
        })
    }

    /// Corrects a follow-up.
    pub fn update_follow_up(&self, id: Uuid, input: &FollowUpInput) -> Result<GoalFollowUp> {
        number(FOLLOW_UP, "progress", input.progress)?;
        let note = opt_text(FOLLOW_UP, "note", input.note.as_deref())?;
        self.store.write(|tx, stamp| {
            not_future(
                FOLLOW_UP,
                "date",
                input.date,
                settings::load(tx)?.day_of(stamp.now),
            )?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE goal_follow_up SET {TOUCH}, date = ?4, progress = ?5, note = ?6
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    input.date.to_string(),
                    input.progress,
                    note
                ],
            )?;
            if changed == 0 {
                return Err(Error::not_found(FOLLOW_UP, id));
            }
            get_follow_up_on(tx, id)?.ok_or_else(|| Error::not_found(FOLLOW_UP, id))
        })
    }

    /// A goal's follow-ups, oldest first (the progress chart).
    pub fn follow_ups(&self, goal_id: Uuid) -> Result<Vec<GoalFollowUp>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, goal_id, date, progress, note FROM goal_follow_up
                 WHERE goal_id = ?1 AND deleted = 0 ORDER BY date, created_at"
            ))?;
            let rows = stmt.query_map([goal_id.to_string()], follow_up_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes a follow-up.
    pub fn delete_follow_up(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "goal_follow_up", FOLLOW_UP, id, stamp))
    }
}
