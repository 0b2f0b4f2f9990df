//! A complete, generic dump of the store: every table, every row (tombstones, plan
//! versions and alert events included), every column with its sync metadata.
//!
//! Why generic: a backup that lists record kinds by hand silently drops the next table a
//! migration adds. The dump is driven by `sqlite_master` and `PRAGMA table_info`, so a new
//! table or column is in the next backup without anyone touching this file. Values keep
//! their SQLite type: integers stay integers, reals stay reals (parsed back exactly), text
//! stays text, and blobs are written as `{"blob": "<hex>"}`.

use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::Connection;
use rusqlite::types::{Value as SqlValue, ValueRef};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};
use uuid::Uuid;

use crate::error::{Error, Result};

/// The version of the dump's own layout. Raised when the structure below changes in a way
/// an older app could not read; an older app refuses a newer dump instead of guessing.
pub const FORMAT: u32 = 1;

/// Everything the store holds, as one serialisable value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dump {
    /// The layout version of this structure ([`FORMAT`] when written by this build).
    pub format: u32,
    /// The database schema version (`PRAGMA user_version`) the rows come from.
    pub schema_version: u32,
    /// The app (imr-core) version that wrote it, for support questions.
    pub app_version: String,
    /// When the dump was taken (UTC).
    pub taken_at: Timestamp,
    /// Whose records these are; natural ids are made from it.
    pub participant: Uuid,
    /// The device that took it.
    pub device: Uuid,
    /// Every table by name: its rows, each a map from column name to value.
    pub tables: BTreeMap<String, Vec<Map<String, Value>>>,
}

/// Names of the tables of the database, internal SQLite tables left out.
pub(crate) fn table_names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         ORDER BY name",
    )?;
    let names = stmt.query_map([], |r| r.get(0))?;
    Ok(names.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// One column of a table, as `PRAGMA table_info` describes it.
#[derive(Clone, Debug)]
pub(crate) struct Column {
    /// The column name.
    pub name: String,
    /// Its position in the primary key (1-based), 0 when not part of it.
    pub pk: i64,
}

/// The columns of `table`, in declaration order.
pub(crate) fn columns(conn: &Connection, table: &str) -> Result<Vec<Column>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({})", quote(table)))?;
    let rows = stmt.query_map([], |r| {
        Ok(Column {
            name: r.get(1)?,
            pk: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// An SQL identifier in double quotes, so any table or column name is safe to splice.
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A stable row order: by primary key when the table has one, else by rowid.
fn order_by(columns: &[Column]) -> String {
    let mut pk: Vec<&Column> = columns.iter().filter(|c| c.pk > 0).collect();
    pk.sort_by_key(|c| c.pk);
    if pk.is_empty() {
        "rowid".to_owned()
    } else {
        pk.iter()
            .map(|c| quote(&c.name))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A SQLite value as JSON, keeping its type.
fn to_json(value: ValueRef<'_>) -> Result<Value> {
    Ok(match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| Error::BadData(format!("a stored number is not finite: {f}")))?,
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => serde_json::json!({ "blob": hex::encode(b) }),
    })
}

/// A JSON value from a dump as the SQLite value it was. `None` when the value is of a
/// shape no dump writes.
pub(crate) fn to_sql(value: &Value) -> Option<SqlValue> {
    match value {
        Value::Null => Some(SqlValue::Null),
        Value::Number(n) if n.is_i64() => n.as_i64().map(SqlValue::Integer),
        Value::Number(n) => n.as_f64().map(SqlValue::Real),
        Value::String(s) => Some(SqlValue::Text(s.clone())),
        Value::Object(o) if o.len() == 1 => o
            .get("blob")
            .and_then(Value::as_str)
            .and_then(|h| hex::decode(h).ok())
            .map(SqlValue::Blob),
        _ => None,
    }
}

/// Every row of `table`, each a map of column to value.
pub(crate) fn table_rows(conn: &Connection, table: &str) -> Result<Vec<Map<String, Value>>> {
    let columns = columns(conn, table)?;
    let list = columns
        .iter()
        .map(|c| quote(&c.name))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT {list} FROM {} ORDER BY {}",
        quote(table),
        order_by(&columns)
    ))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut map = Map::new();
        for (i, column) in columns.iter().enumerate() {
            map.insert(column.name.clone(), to_json(row.get_ref(i)?)?);
        }
        out.push(map);
    }
    Ok(out)
}

/// Reads the whole database on `conn` into a [`Dump`]. Runs inside one read transaction
/// (the caller's), so the dump is one consistent moment.
pub(crate) fn take(
    conn: &Connection,
    participant: Uuid,
    device: Uuid,
    now: Timestamp,
) -> Result<Dump> {
    let schema_version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let mut tables = BTreeMap::new();
    for name in table_names(conn)? {
        let rows = table_rows(conn, &name)?;
        tables.insert(name, rows);
    }
    Ok(Dump {
        format: FORMAT,
        schema_version,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        taken_at: now,
        participant,
        device,
        tables,
    })
}

impl Dump {
    /// The participant's records only: every table but `meta`, which holds this
    /// installation's own state (device id, clock, pairing) rather than the record.
    pub fn records(&self) -> BTreeMap<&str, &Vec<Map<String, Value>>> {
        self.tables
            .iter()
            .filter(|(name, _)| name.as_str() != META_TABLE)
            .map(|(name, rows)| (name.as_str(), rows))
            .collect()
    }

    /// How many rows the records hold, tombstones included.
    pub fn record_count(&self) -> usize {
        self.records().values().map(|rows| rows.len()).sum()
    }
}

/// The table of installation state: restored selectively, never wholesale.
pub(crate) const META_TABLE: &str = "meta";
