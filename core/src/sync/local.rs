//! The store side of sync: which rows are pending, what an upload settles, and how pulled
//! records are applied. No network here; every function runs in one store transaction.

use imr_protocol::api::{Outcome, PushResponse};
use imr_protocol::{
    Consent, Hlc, RecordKind, RejectReason, Scope, WireRecord, WriterRole, scopes_of,
};
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde_json::Map;

use super::rows::{self, StoredRecord, has_kind_column, kind_of_table, synced_tables};
use super::state::{self, InFlight, Rejection, SentRecord, keys};
use crate::error::{Error, Result};

/// Whether any of `kind`'s scopes is shared: otherwise nothing of it leaves the phone.
fn kind_shared(kind: RecordKind, consent: &Consent) -> bool {
    scopes_of(kind).iter().any(|s| consent.shares(*s))
}

/// The kinds stored in `table` that are shared and written here (participant kinds).
fn own_kinds(table: &str) -> Vec<RecordKind> {
    RecordKind::ALL
        .iter()
        .copied()
        .filter(|k| rows::table_of(*k) == Some(table) && k.writer() == WriterRole::Participant)
        .collect()
}

/// Up to `limit` changed records that may leave the phone under `consent`, projected onto
/// it, with the change counter each was read at. Parents come before children.
pub(crate) fn pending(
    conn: &Connection,
    consent: &Consent,
    limit: usize,
) -> Result<(Vec<WireRecord>, Vec<SentRecord>)> {
    let mut records = Vec::new();
    let mut sent = Vec::new();
    for (table, _) in synced_tables(conn)? {
        let Some(default) = kind_of_table(table) else {
            continue;
        };
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT * FROM {table} WHERE change_counter > 0 ORDER BY created_at, id"
        ))?;
        let mut found = stmt.query([])?;
        while let Some(row) = found.next()? {
            if records.len() >= limit {
                return Ok((records, sent));
            }
            let Some(stored) = rows::read_row(row, table, default)? else {
                continue;
            };
            if stored.meta.kind.writer() != WriterRole::Participant {
                continue;
            }
            let wire = WireRecord::from_fields(stored.meta, &stored.fields, &Default::default());
            if let Some(projected) = wire.project(consent) {
                sent.push(SentRecord {
                    kind: stored.meta.kind,
                    id: stored.meta.id,
                    change_counter: stored.change_counter,
                });
                records.push(projected);
            }
        }
    }
    Ok((records, sent))
}

/// How many changed records wait for upload under `consent`.
pub(crate) fn pending_count(conn: &Connection, consent: &Consent) -> Result<u64> {
    let mut total = 0;
    for (table, _) in synced_tables(conn)? {
        let kinds: Vec<&str> = own_kinds(table)
            .into_iter()
            .filter(|k| kind_shared(*k, consent))
            .map(RecordKind::as_str)
            .collect();
        if kinds.is_empty() {
            continue;
        }
        let filter = if has_kind_column(table) {
            "AND kind IN (SELECT value FROM json_each(?1))"
        } else {
            "AND ?1 IS NOT NULL"
        };
        let list = serde_json::to_string(&kinds).map_err(|e| Error::BadData(e.to_string()))?;
        let n: i64 = conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM {table} WHERE change_counter > 0 {filter}"
            ))?
            .query_row([list], |r| r.get(0))?;
        total += u64::try_from(n).unwrap_or(0);
    }
    Ok(total)
}

/// Settles an answered batch: what was applied (or superseded by a newer server copy) is
/// subtracted from each change counter by exactly what was sent, so an edit made meanwhile
/// stays pending; refusals are recorded. A record refused for a clock ahead of the server
/// stays pending: it is accepted once the server's clock passes the stamp.
pub(crate) fn settle(
    tx: &Transaction<'_>,
    batch: &InFlight,
    answer: &PushResponse,
) -> Result<usize> {
    let mut rejections = Vec::new();
    let mut clock_ahead = 0;
    for result in &answer.results {
        let Some(sent) = batch.sent.get(result.index) else {
            continue;
        };
        match (result.outcome, result.reason) {
            (Outcome::Rejected, Some(RejectReason::ClockAhead)) => {
                clock_ahead += 1;
                continue;
            }
            (Outcome::Rejected, reason) => rejections.push(Rejection {
                kind: sent.kind,
                id: sent.id,
                reason: reason.unwrap_or(RejectReason::Malformed),
                field: result.field.as_ref().map(|f| f.field.clone()),
            }),
            _ => {}
        }
        let Some(table) = rows::table_of(sent.kind) else {
            continue;
        };
        tx.prepare_cached(&format!(
            "UPDATE {table} SET change_counter = max(0, change_counter - ?1) WHERE id = ?2"
        ))?
        .execute(rusqlite::params![sent.change_counter, sent.id.to_string()])?;
    }
    state::add_rejections(tx, &rejections)?;
    state::remove(tx, keys::BATCH)?;
    Ok(clock_ahead)
}

fn is_missing_parent(e: &Error) -> bool {
    matches!(e, Error::Storage(rusqlite::Error::SqliteFailure(f, _))
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY)
}

fn read_local(
    tx: &Transaction<'_>,
    table: &str,
    record: &WireRecord,
) -> Result<Option<StoredRecord>> {
    let default = kind_of_table(table).unwrap_or(record.kind);
    let mut stmt = tx.prepare_cached(&format!("SELECT * FROM {table} WHERE id = ?1"))?;
    let mut found = stmt.query([record.id.to_string()])?;
    match found.next()? {
        Some(row) => rows::read_row(row, table, default),
        None => Ok(None),
    }
}

/// Applies one pulled record: the newer clock stamp wins; fields of scopes the record does
/// not carry (and local fields) keep the phone's values. Returns the stamp to observe.
fn apply_one(tx: &Transaction<'_>, record: &WireRecord) -> Result<Option<Hlc>> {
    let Some(table) = rows::table_of(record.kind) else {
        return Ok(None);
    };
    let Some(columns) = rows::columns(tx, table)? else {
        return Ok(None);
    };
    let local = read_local(tx, table, record)?;
    let mut fields = match &local {
        // A record of the other writer under the same id is never overwritten.
        Some(l) if l.meta.kind != record.kind => return Ok(None),
        Some(l) if l.meta.hlc >= record.hlc => return Ok(Some(record.hlc)),
        Some(l) => l.fields.clone(),
        // Nothing to delete here.
        None if record.deleted => return Ok(Some(record.hlc)),
        None => Map::new(),
    };
    record.merge_into(&mut fields);
    let mut values = rows::field_columns(record.kind, &fields, &columns)?;
    values.push((
        "updated_at".into(),
        SqlValue::Integer(record.updated_at.as_millisecond()),
    ));
    values.push(("hlc".into(), SqlValue::Text(record.hlc.to_sortable())));
    values.push((
        "deleted".into(),
        SqlValue::Integer(i64::from(record.deleted)),
    ));
    values.push(("change_counter".into(), SqlValue::Integer(0)));
    if local.is_some() {
        let sets: Vec<String> = values.iter().map(|(c, _)| format!("\"{c}\" = ?")).collect();
        let sql = format!("UPDATE {table} SET {} WHERE id = ?", sets.join(", "));
        let mut params: Vec<SqlValue> = values.into_iter().map(|(_, v)| v).collect();
        params.push(SqlValue::Text(record.id.to_string()));
        tx.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(params))?;
    } else {
        values.push(("id".into(), SqlValue::Text(record.id.to_string())));
        values.push((
            "created_at".into(),
            SqlValue::Integer(record.created_at.as_millisecond()),
        ));
        if has_kind_column(table) {
            values.push(("kind".into(), SqlValue::Text(record.kind.as_str().into())));
        }
        let names: Vec<String> = values.iter().map(|(c, _)| format!("\"{c}\"")).collect();
        let marks = vec!["?"; names.len()].join(", ");
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({marks})",
            names.join(", ")
        );
        let params: Vec<SqlValue> = values.into_iter().map(|(_, v)| v).collect();
        tx.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(params))?;
    }
    Ok(Some(record.hlc))
}

/// Applies one record inside a savepoint, so a refused record leaves nothing behind.
fn apply_guarded(tx: &Transaction<'_>, record: &WireRecord) -> Result<Option<Hlc>> {
    tx.execute_batch("SAVEPOINT pulled")?;
    match apply_one(tx, record) {
        Ok(seen) => {
            tx.execute_batch("RELEASE pulled")?;
            Ok(seen)
        }
        Err(e) => {
            tx.execute_batch("ROLLBACK TO pulled; RELEASE pulled")?;
            Err(e)
        }
    }
}

/// Applies a pulled page and stores `cursor` in the same transaction. Records whose parent
/// has not arrived yet (a child pulled before its parent's newer version) wait in the meta
/// table and are tried again with every later page. Returns the newest stamp seen.
pub(crate) fn apply_page(
    tx: &Transaction<'_>,
    page: Vec<WireRecord>,
    cursor: u64,
) -> Result<Option<Hlc>> {
    let mut waiting = state::orphans(tx)?;
    waiting.extend(page);
    let mut newest = None;
    loop {
        let before = waiting.len();
        let mut still = Vec::new();
        for record in waiting {
            match apply_guarded(tx, &record) {
                Ok(seen) => newest = newest.max(seen),
                Err(e) if is_missing_parent(&e) => still.push(record),
                Err(e) => {
                    tracing::warn!(kind = %record.kind, id = %record.id, error = %e, "pulled record not applied");
                }
            }
        }
        waiting = still;
        if waiting.is_empty() || waiting.len() == before {
            break;
        }
    }
    state::put_json(tx, keys::ORPHANS, &waiting)?;
    state::put(tx, keys::CURSOR, &cursor.to_string())?;
    Ok(newest)
}

/// After a full resync page: every uploaded record of a shared kind that the server no
/// longer has was deleted remotely (its tombstone was pruned), so it becomes a tombstone
/// here too. Records with local changes not yet uploaded are kept.
pub(crate) fn drop_unlisted(
    tx: &Transaction<'_>,
    consent: &Consent,
    listed: &[String],
) -> Result<()> {
    let ids = serde_json::to_string(listed).map_err(|e| Error::BadData(e.to_string()))?;
    for (table, _) in synced_tables(tx)? {
        let kinds: Vec<&str> = RecordKind::ALL
            .iter()
            .copied()
            .filter(|k| rows::table_of(*k) == Some(table) && kind_shared(*k, consent))
            .map(RecordKind::as_str)
            .collect();
        if kinds.is_empty() {
            continue;
        }
        let filter = if has_kind_column(table) {
            "AND kind IN (SELECT value FROM json_each(?2))"
        } else {
            "AND ?2 IS NOT NULL"
        };
        let list = serde_json::to_string(&kinds).map_err(|e| Error::BadData(e.to_string()))?;
        tx.prepare_cached(&format!(
            "UPDATE {table} SET deleted = 1 WHERE change_counter = 0 AND deleted = 0
             AND id NOT IN (SELECT value FROM json_each(?1)) {filter}"
        ))?
        .execute([&ids, &list])?;
    }
    Ok(())
}

/// Marks every record of the participant's kinds that carry one of `added` scopes for
/// upload again, with a fresh stamp: the server purged (or never had) those fields, and
/// an unchanged stamp would be taken as "already have it".
pub(crate) fn restamp(tx: &Transaction<'_>, added: &[Scope], hlc: Hlc) -> Result<()> {
    for (table, _) in synced_tables(tx)? {
        for kind in own_kinds(table) {
            if !scopes_of(kind).iter().any(|s| added.contains(s)) {
                continue;
            }
            let filter = if has_kind_column(table) {
                "kind = ?2"
            } else {
                "?2 IS NOT NULL"
            };
            tx.prepare_cached(&format!(
                "UPDATE {table} SET hlc = ?1, change_counter = change_counter + 1 WHERE {filter}"
            ))?
            .execute([hlc.to_sortable(), kind.as_str().to_owned()])?;
        }
    }
    Ok(())
}

/// The batch sent and not yet answered, if any.
pub(crate) fn in_flight(conn: &Connection) -> Result<Option<InFlight>> {
    state::get_json(conn, keys::BATCH)
}

/// Whether a meta key is present (used for "is paired").
pub(crate) fn has(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM meta WHERE key = ?1")?
        .query_row([key], |_| Ok(()))
        .optional()?
        .is_some())
}
