//! Conversion between stored record rows and the flat field maps the wire record is built
//! from, driven by the protocol's field table and the table's own columns.
//!
//! Columns hold each field as the store writes it (booleans as 0/1, instants as UTC
//! milliseconds, structured values as JSON text); the wire carries JSON values. One
//! conversion per field type, not one per kind, so a kind that gains a table (or a column)
//! syncs without code here changing.

use imr_protocol::{FieldSpec, FieldType, RecordKind, RecordMeta, fields};
use jiff::Timestamp;
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, Row};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};

/// The table that stores records of `kind`, when this store has one. Settings never sync.
/// Kinds written by both sides (homework, scale ratings, sessions) share one table with a
/// `kind` column.
pub(crate) fn table_of(kind: RecordKind) -> Option<&'static str> {
    use RecordKind as K;
    match kind {
        K::Settings => None,
        K::Trigger => Some("plan_trigger"),
        K::Homework | K::ClinicianHomework => Some("homework"),
        K::ScaleRating | K::ClinicianScaleRating => Some("scale_rating"),
        K::Session | K::ClinicianSession => Some("session"),
        other => Some(other.as_str()),
    }
}

/// Whether `table` holds two kinds, told apart by its `kind` column.
pub(crate) fn has_kind_column(table: &str) -> bool {
    matches!(table, "homework" | "scale_rating" | "session")
}

/// One column of a record table.
#[derive(Clone, Debug)]
pub(crate) struct Column {
    /// Its name.
    pub name: String,
    /// Whether it refuses NULL.
    pub not_null: bool,
}

/// The columns of `table`, or `None` when this store has no such table (a kind whose
/// storage a later version adds).
pub(crate) fn columns(conn: &Connection, table: &str) -> Result<Option<Vec<Column>>> {
    let mut stmt = conn.prepare_cached("SELECT name, \"notnull\" FROM pragma_table_info(?1)")?;
    let cols = stmt
        .query_map([table], |r| {
            Ok(Column {
                name: r.get(0)?,
                not_null: r.get::<_, i64>(1)? != 0,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((!cols.is_empty()).then_some(cols))
}

/// The kinds that sync through a table, in an order where parents come before children.
pub(crate) fn synced_tables(conn: &Connection) -> Result<Vec<(&'static str, Vec<Column>)>> {
    let mut out: Vec<(&'static str, Vec<Column>)> = Vec::new();
    for kind in RecordKind::ALL {
        let Some(table) = table_of(*kind) else {
            continue;
        };
        if out.iter().any(|(t, _)| *t == table) {
            continue;
        }
        if let Some(cols) = columns(conn, table)? {
            out.push((table, cols));
        }
    }
    Ok(out)
}

fn is_json(ty: FieldType) -> bool {
    use FieldType as T;
    matches!(
        ty,
        T::Ratings(_)
            | T::Substances
            | T::CopingUses
            | T::ScaleAnswers
            | T::TextList
            | T::LocalNumbers
            | T::Reasons
            | T::Snapshot
    )
}

fn bad(what: impl std::fmt::Display) -> Error {
    Error::BadData(what.to_string())
}

/// A stored column value as the wire value of a field of type `ty`.
fn to_wire(value: ValueRef<'_>, ty: FieldType) -> Result<Value> {
    use FieldType as T;
    Ok(match (value, ty) {
        (ValueRef::Null, _) => Value::Null,
        (ValueRef::Integer(i), T::Bool) => Value::Bool(i != 0),
        (ValueRef::Integer(ms), T::Timestamp) => {
            Value::String(Timestamp::from_millisecond(ms).map_err(bad)?.to_string())
        }
        (ValueRef::Integer(i), T::HalfHours(_)) => Value::from(i as f64),
        (ValueRef::Integer(i), _) => Value::from(i),
        (ValueRef::Real(f), _) => Value::from(f),
        (ValueRef::Text(t), ty) => {
            let text = std::str::from_utf8(t).map_err(bad)?;
            if is_json(ty) {
                serde_json::from_str(text).map_err(bad)?
            } else {
                Value::String(text.to_owned())
            }
        }
        (ValueRef::Blob(_), _) => return Err(bad("blob in a record column")),
    })
}

/// The value a NOT NULL column gets when a record arrives without that field (its scope
/// is not shared, so another device never sent it).
fn empty(ty: FieldType) -> SqlValue {
    use FieldType as T;
    match ty {
        T::Bool => SqlValue::Integer(0),
        T::Int(low, _) => SqlValue::Integer(low),
        T::HalfHours(_) => SqlValue::Real(0.0),
        T::Timestamp => SqlValue::Integer(0),
        T::Ratings(_) | T::Substances | T::ScaleAnswers | T::Snapshot => {
            SqlValue::Text("{}".into())
        }
        T::CopingUses | T::TextList | T::LocalNumbers | T::Reasons => SqlValue::Text("[]".into()),
        _ => SqlValue::Text(String::new()),
    }
}

/// A wire value of a field as the value to store in its column.
fn to_column(value: Option<&Value>, spec: &FieldSpec, column: &Column) -> Result<SqlValue> {
    use FieldType as T;
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(if column.not_null {
            empty(spec.ty)
        } else {
            SqlValue::Null
        });
    };
    let wrong = || bad(format!("field {} holds {value}", spec.name));
    Ok(match spec.ty {
        ty if is_json(ty) => SqlValue::Text(value.to_string()),
        T::Bool => SqlValue::Integer(i64::from(value.as_bool().ok_or_else(wrong)?)),
        T::Int(..) => SqlValue::Integer(value.as_i64().ok_or_else(wrong)?),
        T::HalfHours(_) => SqlValue::Real(value.as_f64().ok_or_else(wrong)?),
        T::Timestamp => {
            let at: Timestamp = value.as_str().ok_or_else(wrong)?.parse().map_err(bad)?;
            SqlValue::Integer(at.as_millisecond())
        }
        _ => SqlValue::Text(value.as_str().ok_or_else(wrong)?.to_owned()),
    })
}

/// A record row read with `SELECT *`: its kind, sync metadata, change counter and fields.
#[derive(Clone, Debug)]
pub(crate) struct StoredRecord {
    /// Identity, stamp and lifecycle.
    pub meta: RecordMeta,
    /// Local changes not yet uploaded.
    pub change_counter: i64,
    /// The record's fields by wire name (absent when NULL).
    pub fields: Map<String, Value>,
}

fn column_index(row: &Row<'_>, name: &str) -> Result<usize> {
    Ok(row.as_ref().column_index(name)?)
}

/// Reads a row of `table` selected with `SELECT *`. `None` for a row of a kind the sync
/// does not know (a stored kind name from a newer build).
pub(crate) fn read_row(
    row: &Row<'_>,
    table: &str,
    default: RecordKind,
) -> Result<Option<StoredRecord>> {
    let kind = if has_kind_column(table) {
        let text: String = row.get(column_index(row, "kind")?)?;
        match text.parse::<RecordKind>() {
            Ok(kind) => kind,
            Err(_) => return Ok(None),
        }
    } else {
        default
    };
    let text: String = row.get(column_index(row, "id")?)?;
    let id = Uuid::parse_str(&text).map_err(bad)?;
    let hlc: String = row.get(column_index(row, "hlc")?)?;
    let time = |name: &str| -> Result<Timestamp> {
        let ms: i64 = row.get(column_index(row, name)?)?;
        Timestamp::from_millisecond(ms).map_err(bad)
    };
    let meta = RecordMeta {
        kind,
        id,
        hlc: hlc.parse().map_err(bad)?,
        created_at: time("created_at")?,
        updated_at: time("updated_at")?,
        deleted: row.get::<_, i64>(column_index(row, "deleted")?)? != 0,
    };
    let mut out = Map::new();
    for spec in fields(kind) {
        let Ok(idx) = row.as_ref().column_index(spec.name) else {
            continue;
        };
        let value = to_wire(row.get_ref(idx)?, spec.ty)?;
        if !value.is_null() {
            out.insert(spec.name.to_owned(), value);
        }
    }
    Ok(Some(StoredRecord {
        meta,
        change_counter: row.get(column_index(row, "change_counter")?)?,
        fields: out,
    }))
}

/// The kind a table holds when it has no `kind` column.
pub(crate) fn kind_of_table(table: &str) -> Option<RecordKind> {
    RecordKind::ALL.iter().copied().find(|k| {
        table_of(*k) == Some(table) && k.writer() == imr_protocol::WriterRole::Participant
    })
}

/// Column names and values that store `fields` of `kind` in a table with `columns`:
/// every field column of the kind, so fields absent from the map are cleared.
pub(crate) fn field_columns(
    kind: RecordKind,
    fields_in: &Map<String, Value>,
    columns: &[Column],
) -> Result<Vec<(String, SqlValue)>> {
    let mut out = Vec::new();
    for spec in fields(kind) {
        let Some(column) = columns.iter().find(|c| c.name == spec.name) else {
            continue;
        };
        out.push((
            column.name.clone(),
            to_column(fields_in.get(spec.name), spec, column)?,
        ));
    }
    Ok(out)
}
