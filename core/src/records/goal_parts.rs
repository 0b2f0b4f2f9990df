//! Short-term goals (on the way to a recovery goal) and their concrete steps.
//!
//! Both keep a position so the participant's order survives sync. A short-term goal
//! refers to a live recovery goal and a step to a live short-term goal; a reference to
//! something missing or deleted is refused, naming the reference field.

use imr_protocol::{GoalStatus, Problem, RecordKind};
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::goals::{GoalInput, Goals, delete_children};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, info, is_live, meta_params,
    opt_date_at, soft_delete, uuid_at, word_at,
};
use crate::validate::{number, refuse, title};

const SHORT: RecordKind = RecordKind::ShortTermGoal;
const STEP: RecordKind = RecordKind::GoalStep;

/// A stored short-term goal.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortTermGoal {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The recovery goal it serves.
    pub goal_id: Uuid,
    /// What I will do.
    pub title: String,
    /// Where it stands.
    pub status: GoalStatus,
    /// When I plan to be there.
    pub target_date: Option<Date>,
    /// Order under its recovery goal.
    pub position: i64,
}

/// A stored step of a short-term goal.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalStep {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The short-term goal it belongs to.
    pub short_term_goal_id: Uuid,
    /// The step.
    pub title: String,
    /// Done or not.
    pub done: bool,
    /// Order under its short-term goal.
    pub position: i64,
}

const SHORT_COLUMNS: &str = "goal_id, title, status, target_date, position";

fn short_from_row(row: &Row<'_>) -> rusqlite::Result<ShortTermGoal> {
    let (id, info) = info(row)?;
    Ok(ShortTermGoal {
        id,
        info,
        goal_id: uuid_at(row, 5)?,
        title: row.get(6)?,
        status: word_at(row, 7)?,
        target_date: opt_date_at(row, 8)?,
        position: row.get(9)?,
    })
}

fn get_short_on(conn: &Connection, id: Uuid) -> Result<Option<ShortTermGoal>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {SHORT_COLUMNS} FROM short_term_goal WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt
        .query_row([id.to_string()], short_from_row)
        .optional()?)
}

fn step_from_row(row: &Row<'_>) -> rusqlite::Result<GoalStep> {
    let (id, info) = info(row)?;
    Ok(GoalStep {
        id,
        info,
        short_term_goal_id: uuid_at(row, 5)?,
        title: row.get(6)?,
        done: row.get(7)?,
        position: row.get(8)?,
    })
}

fn get_step_on(conn: &Connection, id: Uuid) -> Result<Option<GoalStep>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, short_term_goal_id, title, done, position FROM goal_step WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt.query_row([id.to_string()], step_from_row).optional()?)
}

/// The next free position among the live children of `parent`.
fn next_position(
    tx: &Transaction<'_>,
    kind: RecordKind,
    table: &str,
    column: &str,
    parent: Uuid,
) -> Result<i64> {
    let next: i64 = tx.query_row(
        &format!(
            "SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE {column} = ?1 AND deleted = 0"
        ),
        [parent.to_string()],
        |r| r.get(0),
    )?;
    number(kind, "position", next)?;
    Ok(next)
}

impl Goals<'_> {
    /// Adds a short-term goal at the end of a recovery goal's list.
    pub fn add_short_term(&self, goal_id: Uuid, input: &GoalInput) -> Result<ShortTermGoal> {
        let title = title(SHORT, "title", &input.title)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            if !is_live(tx, "goal", goal_id)? {
                return Err(refuse(SHORT, "goal_id", Problem::UnknownReference).into());
            }
            let position = next_position(tx, SHORT, "short_term_goal", "goal_id", goal_id)?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO short_term_goal ({INSERT_META}, {SHORT_COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    goal_id.to_string(),
                    title,
                    input.status.as_str(),
                    input.target_date.map(|d| d.to_string()),
                    position
                ],
            )?;
            get_short_on(tx, id)?.ok_or_else(|| Error::not_found(SHORT, id))
        })
    }

    /// Replaces a short-term goal's title, status and target date.
    pub fn update_short_term(&self, id: Uuid, input: &GoalInput) -> Result<ShortTermGoal> {
        let title = title(SHORT, "title", &input.title)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE short_term_goal SET {TOUCH}, title = ?4, status = ?5, target_date = ?6
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    title,
                    input.status.as_str(),
                    input.target_date.map(|d| d.to_string())
                ],
            )?;
            if changed == 0 {
                return Err(Error::not_found(SHORT, id));
            }
            get_short_on(tx, id)?.ok_or_else(|| Error::not_found(SHORT, id))
        })
    }

    /// A recovery goal's short-term goals, in order.
    pub fn short_term_goals(&self, goal_id: Uuid) -> Result<Vec<ShortTermGoal>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, {SHORT_COLUMNS} FROM short_term_goal
                 WHERE goal_id = ?1 AND deleted = 0 ORDER BY position, id"
            ))?;
            let rows = stmt.query_map([goal_id.to_string()], short_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes a short-term goal with its steps.
    pub fn delete_short_term(&self, id: Uuid) -> Result<()> {
        self.store.write(|tx, stamp| {
            soft_delete(tx, "short_term_goal", SHORT, id, stamp)?;
            delete_children(tx, "goal_step", "short_term_goal_id", "?1", id, stamp)
        })
    }

    /// Adds a step at the end of a short-term goal's list.
    pub fn add_step(&self, short_term_goal_id: Uuid, step: &str) -> Result<GoalStep> {
        let step = title(STEP, "title", step)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            if !is_live(tx, "short_term_goal", short_term_goal_id)? {
                return Err(refuse(STEP, "short_term_goal_id", Problem::UnknownReference).into());
            }
            let position = next_position(tx, STEP, "goal_step", "short_term_goal_id", short_term_goal_id)?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO goal_step ({INSERT_META}, short_term_goal_id, title, done, position)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, 0, ?6)"
                ),
                params![id_text, now, hlc, short_term_goal_id.to_string(), step, position],
            )?;
            get_step_on(tx, id)?.ok_or_else(|| Error::not_found(STEP, id))
        })
    }

    /// Rewords a step and marks it done or not.
    pub fn update_step(&self, id: Uuid, step: &str, done: bool) -> Result<GoalStep> {
        let step = title(STEP, "title", step)?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!("UPDATE goal_step SET {TOUCH}, title = ?4, done = ?5 WHERE id = ?1 AND deleted = 0"),
                params![id_text, now, hlc, step, done],
            )?;
            if changed == 0 {
                return Err(Error::not_found(STEP, id));
            }
            get_step_on(tx, id)?.ok_or_else(|| Error::not_found(STEP, id))
        })
    }

    /// A short-term goal's steps, in order.
    pub fn steps(&self, short_term_goal_id: Uuid) -> Result<Vec<GoalStep>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, short_term_goal_id, title, done, position FROM goal_step
                 WHERE short_term_goal_id = ?1 AND deleted = 0 ORDER BY position, id"
            ))?;
            let rows = stmt.query_map([short_term_goal_id.to_string()], step_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes a step.
    pub fn delete_step(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "goal_step", STEP, id, stamp))
    }
}
