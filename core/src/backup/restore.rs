//! Writing a [`Dump`] back into the store, in the caller's one transaction.
//!
//! Everything is checked before the first row is written (versions, every table and column
//! known to this schema, every value of a shape a dump writes), and the caller's
//! transaction rolls back on any later failure: a restore either happens whole or not at
//! all. Foreign keys are checked at commit, so tables can be written in any order.

use std::collections::{BTreeMap, BTreeSet};

use imr_protocol::{Hlc, RecordKind, natural_id};
use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, Transaction};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::BackupError;
use super::dump::{Dump, FORMAT, META_TABLE, columns, quote, table_names, to_sql};
use crate::schema;

/// What to do with the records already in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreMode {
    /// Throw away every record here and take the backup's, participant id included.
    Replace,
    /// Keep both: by record id, the version with the newer clock stamp wins. When the
    /// backup belongs to another participant id (a new phone used before the restore), the
    /// records here first move to the backup's participant id, so a day's check-in made on
    /// both ends up as one record.
    Merge,
}

/// What a restore did, for the confirmation the app shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RestoreReport {
    /// Records from the backup that were not here.
    pub inserted: usize,
    /// Records here that the backup's newer version replaced.
    pub replaced: usize,
    /// Records here that were newer than the backup's and stayed.
    pub kept_local: usize,
    /// Records here that a replace removed.
    pub removed: usize,
}

/// Refuses a dump this build cannot read: a newer layout or a newer schema.
pub(crate) fn check_version(dump: &Dump) -> Result<(), BackupError> {
    if dump.format > FORMAT || dump.schema_version > schema::VERSION {
        return Err(BackupError::TooNew {
            format: dump.format,
            schema_version: dump.schema_version,
        });
    }
    Ok(())
}

/// Every table and column of the dump must exist here, and every value must be of a shape
/// a dump writes; otherwise the backup is refused before anything is written.
fn check_shape(tx: &Transaction<'_>, dump: &Dump) -> Result<(), BackupError> {
    let tables: BTreeSet<String> = table_names(tx)?.into_iter().collect();
    for (table, rows) in &dump.tables {
        if !tables.contains(table) {
            return Err(BackupError::Incompatible(format!("unknown table {table}")));
        }
        let known: BTreeSet<String> = columns(tx, table)?.into_iter().map(|c| c.name).collect();
        for row in rows {
            for (column, value) in row {
                if !known.contains(column) {
                    return Err(BackupError::Incompatible(format!(
                        "unknown column {table}.{column}"
                    )));
                }
                if to_sql(value).is_none() {
                    return Err(BackupError::Damaged(format!(
                        "unreadable value in {table}.{column}"
                    )));
                }
            }
        }
    }
    Ok(())
}

fn sql_values(row: &Map<String, Value>) -> Vec<SqlValue> {
    // Shapes were checked by `check_shape`.
    row.values()
        .map(|v| to_sql(v).unwrap_or(SqlValue::Null))
        .collect()
}

fn insert(
    tx: &Transaction<'_>,
    table: &str,
    row: &Map<String, Value>,
    or: &str,
) -> Result<usize, BackupError> {
    let names: Vec<String> = row.keys().map(|c| quote(c)).collect();
    let marks: Vec<&str> = names.iter().map(|_| "?").collect();
    let sql = format!(
        "INSERT {or} INTO {} ({}) VALUES ({})",
        quote(table),
        names.join(", "),
        marks.join(", ")
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    Ok(stmt.execute(rusqlite::params_from_iter(sql_values(row)))?)
}

fn update(
    tx: &Transaction<'_>,
    table: &str,
    row: &Map<String, Value>,
    id: &str,
) -> Result<(), BackupError> {
    let sets: Vec<String> = row.keys().map(|c| format!("{} = ?", quote(c))).collect();
    let sql = format!(
        "UPDATE {} SET {} WHERE id = ?",
        quote(table),
        sets.join(", ")
    );
    let mut values = sql_values(row);
    values.push(SqlValue::Text(id.to_owned()));
    tx.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

/// The clock stamp of a record row, when the table is a record table.
fn row_hlc(table: &str, row: &Map<String, Value>) -> Result<Option<(String, Hlc)>, BackupError> {
    match (row.get("id"), row.get("hlc")) {
        (Some(Value::String(id)), Some(Value::String(hlc))) => {
            let stamp = hlc
                .parse()
                .map_err(|_| BackupError::Damaged(format!("bad clock stamp in {table}")))?;
            Ok(Some((id.clone(), stamp)))
        }
        _ => Ok(None),
    }
}

/// Merges one row: new ids are inserted, known ids are replaced when the backup's stamp
/// is newer. Tables without sync columns only gain rows they lack.
fn merge_row(
    tx: &Transaction<'_>,
    table: &str,
    row: &Map<String, Value>,
    report: &mut RestoreReport,
) -> Result<(), BackupError> {
    let Some((id, stamp)) = row_hlc(table, row)? else {
        report.inserted += insert(tx, table, row, "OR IGNORE")?;
        return Ok(());
    };
    let local: Option<String> = tx
        .prepare_cached(&format!("SELECT hlc FROM {} WHERE id = ?1", quote(table)))?
        .query_row([&id], |r| r.get(0))
        .optional()?;
    match local {
        None => report.inserted += insert(tx, table, row, "")?,
        // The sortable text orders exactly like the stamps.
        Some(local) if local >= stamp.to_sortable() => report.kept_local += 1,
        Some(_) => {
            update(tx, table, row, &id)?;
            report.replaced += 1;
        }
    }
    Ok(())
}

/// Moves this store's natural-id records from participant `from` to `to`: new ids, and
/// every `id` / `*_id` column that pointed at an old one follows.
pub(crate) fn rekey(tx: &Transaction<'_>, from: Uuid, to: Uuid) -> Result<(), BackupError> {
    let tables = table_names(tx)?;
    let mut moved: BTreeMap<String, String> = BTreeMap::new();
    for table in &tables {
        let Ok(kind) = table.parse::<RecordKind>() else {
            continue;
        };
        let key_column = match kind.identity() {
            imr_protocol::Identity::Random => continue,
            imr_protocol::Identity::Singleton => None,
            imr_protocol::Identity::NaturalKey(column) => Some(column),
        };
        let select = match key_column {
            Some(column) => format!(
                "SELECT id, CAST({} AS TEXT) FROM {}",
                quote(column),
                quote(table)
            ),
            None => format!("SELECT id, '' FROM {}", quote(table)),
        };
        let mut stmt = tx.prepare(&select)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, key) = row?;
            if id == natural_id(from, kind, &key).to_string() {
                moved.insert(id, natural_id(to, kind, &key).to_string());
            }
        }
    }
    if moved.is_empty() {
        return Ok(());
    }
    // One pass per column through a mapping table, not one per record.
    tx.execute_batch("CREATE TEMP TABLE IF NOT EXISTS rekey (old TEXT PRIMARY KEY, new TEXT NOT NULL); DELETE FROM temp.rekey;")?;
    for (old, new) in &moved {
        tx.execute(
            "INSERT INTO temp.rekey (old, new) VALUES (?1, ?2)",
            [old, new],
        )?;
    }
    for table in &tables {
        for column in columns(tx, table)? {
            if column.name != "id" && !column.name.ends_with("_id") {
                continue;
            }
            tx.execute(
                &format!(
                    "UPDATE {t} SET {c} = (SELECT new FROM temp.rekey WHERE old = {t}.{c})
                     WHERE {c} IN (SELECT old FROM temp.rekey)",
                    t = quote(table),
                    c = quote(&column.name)
                ),
                [],
            )?;
        }
    }
    tx.execute_batch("DROP TABLE temp.rekey;")?;
    Ok(())
}

/// Writes `dump` into the store in `tx`: the records by `mode`, the participant id
/// adopted. Returns what happened and the newest clock stamp written.
pub(crate) fn apply(
    tx: &Transaction<'_>,
    dump: &Dump,
    mode: RestoreMode,
    local_participant: Uuid,
) -> Result<(RestoreReport, Option<Hlc>), BackupError> {
    check_version(dump)?;
    check_shape(tx, dump)?;
    tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
    let mut report = RestoreReport::default();
    match mode {
        RestoreMode::Replace => {
            for table in table_names(tx)? {
                if table != META_TABLE {
                    report.removed += tx.execute(&format!("DELETE FROM {}", quote(&table)), [])?;
                }
            }
        }
        RestoreMode::Merge if dump.participant != local_participant => {
            rekey(tx, local_participant, dump.participant)?;
        }
        RestoreMode::Merge => {}
    }
    let mut newest: Option<Hlc> = None;
    for (table, rows) in dump.records() {
        for row in rows {
            if let Some((_, stamp)) = row_hlc(table, row)? {
                newest = newest.max(Some(stamp));
            }
            match mode {
                RestoreMode::Replace => report.inserted += insert(tx, table, row, "")?,
                RestoreMode::Merge => merge_row(tx, table, row, &mut report)?,
            }
        }
    }
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('participant_id', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [dump.participant.to_string()],
    )?;
    Ok((report, newest))
}
