//! Coping strategies: the participant's toolbox, with how often each was used and how
//! helpful it was on average.
//!
//! Use count and mean helpfulness are not stored: they are derived from the check-ins
//! (each check-in lists the strategies used that day, each optionally rated 0-3), so an
//! edited or deleted check-in can never leave the numbers stale. The mean counts only
//! rated uses; with none rated it is absent, not zero.

use std::collections::HashMap;

use imr_protocol::{CopingCategory, RecordKind};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, info, meta_params, soft_delete,
    word_at,
};
use crate::store::Store;
use crate::validate::{opt_text, title};

const KIND: RecordKind = RecordKind::CopingStrategy;

/// What the participant enters for a coping strategy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopingStrategyInput {
    /// The strategy, e.g. "a walk outside".
    pub title: String,
    /// What it helps with, for grouping.
    pub category: CopingCategory,
    /// Offered in the check-in.
    pub active: bool,
    /// The catalogue suggestion it came from, if any.
    pub suggestion_key: Option<String>,
}

impl CopingStrategyInput {
    /// An active strategy of `category`.
    pub fn new(title: impl Into<String>, category: CopingCategory) -> Self {
        CopingStrategyInput {
            title: title.into(),
            category,
            active: true,
            suggestion_key: None,
        }
    }
}

/// A stored coping strategy with its use derived from the check-ins.
#[derive(Clone, Debug, PartialEq)]
pub struct CopingStrategy {
    /// Random id; check-ins refer to it.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The strategy.
    pub title: String,
    /// What it helps with.
    pub category: CopingCategory,
    /// Offered in the check-in.
    pub active: bool,
    /// The catalogue suggestion it came from.
    pub suggestion_key: Option<String>,
    /// On how many check-in days it was used.
    pub uses: u32,
    /// Mean helpfulness (0-3) of the rated uses; `None` when no use was rated.
    pub mean_helpful: Option<f64>,
}

type Stats = HashMap<String, (u32, Option<f64>)>;

/// Use count and mean helpfulness of every strategy used in a live check-in.
fn stats_on(conn: &Connection) -> Result<Stats> {
    let mut stmt = conn.prepare_cached(
        "SELECT json_extract(u.value, '$.strategy_id') AS strategy, count(*),
                avg(json_extract(u.value, '$.helpful'))
         FROM check_in AS c, json_each(c.coping) AS u
         WHERE c.deleted = 0 GROUP BY strategy",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<Stats>>()?)
}

const COLUMNS: &str = "title, category, active, suggestion_key";

fn from_row(row: &Row<'_>, stats: &Stats) -> rusqlite::Result<CopingStrategy> {
    let (id, info) = info(row)?;
    let (uses, mean_helpful) = stats.get(&id.to_string()).copied().unwrap_or((0, None));
    Ok(CopingStrategy {
        id,
        info,
        title: row.get(5)?,
        category: word_at(row, 6)?,
        active: row.get(7)?,
        suggestion_key: row.get(8)?,
        uses,
        mean_helpful,
    })
}

fn get_on(conn: &Connection, id: Uuid) -> Result<Option<CopingStrategy>> {
    let stats = stats_on(conn)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {COLUMNS} FROM coping_strategy WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt
        .query_row([id.to_string()], |r| from_row(r, &stats))
        .optional()?)
}

/// Coping strategies: create, read, update, delete, list with use statistics.
pub struct Coping<'a> {
    pub(crate) store: &'a Store,
}

impl Coping<'_> {
    /// Adds a strategy to the toolbox.
    pub fn create(&self, input: &CopingStrategyInput) -> Result<CopingStrategy> {
        let t = title(KIND, "title", &input.title)?;
        let key = opt_text(KIND, "suggestion_key", input.suggestion_key.as_deref())?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO coping_strategy ({INSERT_META}, {COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    t,
                    input.category.as_str(),
                    input.active,
                    key
                ],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(KIND, id))
        })
    }

    /// Replaces a strategy's fields.
    pub fn update(&self, id: Uuid, input: &CopingStrategyInput) -> Result<CopingStrategy> {
        let t = title(KIND, "title", &input.title)?;
        let key = opt_text(KIND, "suggestion_key", input.suggestion_key.as_deref())?;
        self.store.write(|tx, stamp| {
            let (id_text, now, hlc) = meta_params(id, stamp);
            let changed = tx.execute(
                &format!(
                    "UPDATE coping_strategy SET {TOUCH}, title = ?4, category = ?5, active = ?6,
                         suggestion_key = ?7
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    t,
                    input.category.as_str(),
                    input.active,
                    key
                ],
            )?;
            if changed == 0 {
                return Err(Error::not_found(KIND, id));
            }
            get_on(tx, id)?.ok_or_else(|| Error::not_found(KIND, id))
        })
    }

    /// One strategy with its statistics.
    pub fn get(&self, id: Uuid) -> Result<Option<CopingStrategy>> {
        self.store.read(|conn| get_on(conn, id))
    }

    /// The toolbox, oldest first, each with its statistics (one pass over the check-ins).
    pub fn list(&self) -> Result<Vec<CopingStrategy>> {
        self.store.read(|conn| {
            let stats = stats_on(conn)?;
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, {COLUMNS} FROM coping_strategy WHERE deleted = 0 ORDER BY created_at, id"
            ))?;
            let rows = stmt.query_map([], |r| from_row(r, &stats))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes a strategy; the check-ins that used it keep the record of it.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store
            .write(|tx, stamp| soft_delete(tx, "coping_strategy", KIND, id, stamp))
    }
}
