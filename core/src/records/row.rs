//! The sync columns every record row carries, and reading typed values back out of rows.
//!
//! Every record table begins with `id, created_at, updated_at, hlc, change_counter,
//! deleted`. Statements follow one convention so the helpers here can fill the sync
//! columns: `?1` is the id, `?2` the write's time (UTC milliseconds), `?3` its clock stamp,
//! and the record's own fields start at `?4`.

use std::str::FromStr;

use imr_protocol::{Hlc, RecordKind};
use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::types::Type;
use rusqlite::{Row, Transaction};
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::Stamp;

/// The sync metadata of a stored record.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RecordInfo {
    /// When the record was first written (UTC).
    pub created_at: Timestamp,
    /// When it was last written (UTC).
    pub updated_at: Timestamp,
    /// The clock stamp of the last write; the higher stamp wins a sync conflict.
    pub hlc: Hlc,
    /// Local changes not yet uploaded; sync subtracts what it sent.
    pub change_counter: i64,
}

/// The columns [`info`] reads, in order, as the start of every record `SELECT`.
pub(crate) const META: &str = "id, created_at, updated_at, hlc, change_counter";

/// Columns to set on insert, before the record's own (`?1`..`?3` as in the module docs).
pub(crate) const INSERT_META: &str = "id, created_at, updated_at, hlc, change_counter, deleted";
/// Values for [`INSERT_META`].
pub(crate) const INSERT_META_VALUES: &str = "?1, ?2, ?2, ?3, 1, 0";
/// Assignments that mark a row as changed by this write.
pub(crate) const TOUCH: &str = "updated_at = ?2, hlc = ?3, change_counter = change_counter + 1";

/// UTC milliseconds, as stored.
pub(crate) fn millis(at: Timestamp) -> i64 {
    at.as_millisecond()
}

/// The id and the sync parameters `?1`..`?3` of one write.
pub(crate) fn meta_params(id: Uuid, stamp: Stamp) -> (String, i64, String) {
    (id.to_string(), millis(stamp.now), stamp.hlc.to_sortable())
}

fn bad(idx: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Unreadable(String);

/// Reads an id column.
pub(crate) fn uuid_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(idx)?;
    Uuid::parse_str(&text).map_err(|e| bad(idx, e))
}

/// Reads a `YYYY-MM-DD` column.
pub(crate) fn date_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<Date> {
    let text: String = row.get(idx)?;
    text.parse().map_err(|e| bad(idx, e))
}

/// Reads an optional `YYYY-MM-DD` column.
pub(crate) fn opt_date_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Date>> {
    let text: Option<String> = row.get(idx)?;
    text.map(|t| t.parse().map_err(|e| bad(idx, e))).transpose()
}

/// Reads a UTC-milliseconds column.
pub(crate) fn time_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<Timestamp> {
    Timestamp::from_millisecond(row.get(idx)?).map_err(|e| bad(idx, e))
}

/// Reads a vocabulary word (or any other text with a `FromStr`).
pub(crate) fn word_at<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T::Err: std::fmt::Display,
{
    let text: String = row.get(idx)?;
    text.parse()
        .map_err(|e: T::Err| bad(idx, Unreadable(e.to_string())))
}

/// Reads an optional vocabulary word.
pub(crate) fn opt_word_at<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    let text: Option<String> = row.get(idx)?;
    text.map(|t| {
        t.parse()
            .map_err(|e: T::Err| bad(idx, Unreadable(e.to_string())))
    })
    .transpose()
}

/// Reads a JSON column.
pub(crate) fn json_at<T: DeserializeOwned>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|e| bad(idx, e))
}

/// A value as JSON text for a JSON column.
pub(crate) fn json_text<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::BadData(e.to_string()))
}

/// Reads the sync columns at the start of a row selected with [`META`].
pub(crate) fn info(row: &Row<'_>) -> rusqlite::Result<(Uuid, RecordInfo)> {
    info_at(row, 0)
}

/// Reads the five sync columns of [`META`] starting at column `at` (for joined rows).
pub(crate) fn info_at(row: &Row<'_>, at: usize) -> rusqlite::Result<(Uuid, RecordInfo)> {
    let hlc: String = row.get(at + 3)?;
    Ok((
        uuid_at(row, at)?,
        RecordInfo {
            created_at: time_at(row, at + 1)?,
            updated_at: time_at(row, at + 2)?,
            hlc: hlc.parse().map_err(|e| bad(at + 3, e))?,
            change_counter: row.get(at + 4)?,
        },
    ))
}

/// Turns a record row into a tombstone: the row stays (sync must tell other devices),
/// lists stop showing it. A record that is missing or already deleted is not found.
pub(crate) fn soft_delete(
    tx: &Transaction<'_>,
    table: &str,
    kind: RecordKind,
    id: Uuid,
    stamp: Stamp,
) -> Result<()> {
    let (id_text, now, hlc) = meta_params(id, stamp);
    let changed = tx.execute(
        &format!("UPDATE {table} SET deleted = 1, {TOUCH} WHERE id = ?1 AND deleted = 0"),
        rusqlite::params![id_text, now, hlc],
    )?;
    if changed == 0 {
        return Err(Error::not_found(kind, id));
    }
    Ok(())
}

/// Whether a live (not deleted) record with this id exists in `table`.
pub(crate) fn is_live(conn: &rusqlite::Connection, table: &str, id: Uuid) -> Result<bool> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT count(*) FROM {table} WHERE id = ?1 AND deleted = 0"
    ))?;
    let found: i64 = stmt.query_row([id.to_string()], |r| r.get(0))?;
    Ok(found > 0)
}

/// Whether every one of `ids` (distinct) is a live record in `table`, in one query.
pub(crate) fn all_live(conn: &rusqlite::Connection, table: &str, ids: &[Uuid]) -> Result<bool> {
    if ids.is_empty() {
        return Ok(true);
    }
    let list = json_text(&ids.iter().map(Uuid::to_string).collect::<Vec<_>>())?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT count(*) FROM {table} WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?1))"
    ))?;
    let found: i64 = stmt.query_row([list], |r| r.get(0))?;
    Ok(usize::try_from(found).is_ok_and(|n| n == ids.len()))
}

/// Refuses to change a row of a table that holds both a participant kind and its clinician
/// twin (homework, scale ratings, sessions) unless the row is the participant's own.
pub(crate) fn own_row(
    tx: &Transaction<'_>,
    table: &str,
    own: RecordKind,
    clinician: RecordKind,
    id: Uuid,
) -> Result<()> {
    let kind: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
        &format!("SELECT kind FROM {table} WHERE id = ?1 AND deleted = 0"),
        [id.to_string()],
        |r| r.get(0),
    ))?;
    match kind {
        None => Err(Error::not_found(own, id)),
        Some(k) if k == own.as_str() => Ok(()),
        Some(_) => Err(Error::ReadOnly {
            kind: clinician,
            id: id.to_string(),
        }),
    }
}
