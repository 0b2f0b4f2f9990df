//! What the sync keeps in the store's `meta` table: pairing, cursor, consent, the batch in
//! flight, records waiting for their parent, rejections and the last outcome.
//!
//! The meta table lives in the encrypted database, so the device token is encrypted at rest
//! with everything else. Each value is written in the same transaction as the records it
//! describes (the cursor with the pulled page, the batch answer with the counters).

use imr_protocol::api::PushRequest;
use imr_protocol::{Consent, RecordKind, RejectReason, WireRecord};
use rusqlite::{Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};

/// The meta keys the sync owns.
pub(crate) mod keys {
    /// The server's base URL.
    pub const SERVER: &str = "sync.server_url";
    /// The device token (a bearer secret).
    pub const TOKEN: &str = "sync.device_token";
    /// The clinic's name, to show in settings.
    pub const CLINIC: &str = "sync.clinic_name";
    /// The server sequence number the next pull starts after.
    pub const CURSOR: &str = "sync.cursor";
    /// The consent the server holds, as last seen.
    pub const CONSENT: &str = "sync.consent";
    /// The batch sent and not yet answered.
    pub const BATCH: &str = "sync.batch";
    /// Pulled records whose parent has not arrived yet.
    pub const ORPHANS: &str = "sync.orphans";
    /// Records the server refused.
    pub const REJECTIONS: &str = "sync.rejections";
    /// When the last sync completed (UTC milliseconds).
    pub const LAST_SUCCESS: &str = "sync.last_success_ms";
    /// The message id of the last sync error, or absent.
    pub const LAST_ERROR: &str = "sync.last_error";
    /// Every key, for unpairing.
    pub const ALL: [&str; 10] = [
        SERVER,
        TOKEN,
        CLINIC,
        CURSOR,
        CONSENT,
        BATCH,
        ORPHANS,
        REJECTIONS,
        LAST_SUCCESS,
        LAST_ERROR,
    ];
}

/// Reads a meta value.
pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Writes a meta value.
pub(crate) fn put(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}

/// Removes a meta value.
pub(crate) fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM meta WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

/// Reads a JSON meta value.
pub(crate) fn get_json<T: DeserializeOwned>(conn: &Connection, key: &str) -> Result<Option<T>> {
    get(conn, key)?
        .map(|text| serde_json::from_str(&text).map_err(|e| Error::BadData(format!("{key}: {e}"))))
        .transpose()
}

/// Writes a JSON meta value.
pub(crate) fn put_json<T: Serialize>(conn: &Connection, key: &str, value: &T) -> Result<()> {
    let text = serde_json::to_string(value).map_err(|e| Error::BadData(e.to_string()))?;
    put(conn, key, &text)
}

/// One record of a batch: what was sent of it, so exactly that is subtracted afterwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SentRecord {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: Uuid,
    /// The change counter when the batch was built.
    pub change_counter: i64,
}

/// A batch sent to the server and not yet answered. Kept so a retry, even after the app was
/// killed, re-sends the same batch id and the server applies it once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct InFlight {
    /// The request exactly as sent.
    pub request: PushRequest,
    /// Which rows it came from, in the same order.
    pub sent: Vec<SentRecord>,
}

/// A record the server refused, kept for the app to show and for support.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: Uuid,
    /// Why the server refused it.
    pub reason: RejectReason,
    /// The field at fault, as `kind.field`, when the server named one.
    pub field: Option<String>,
}

/// The most rejections kept; the oldest go first.
pub(crate) const REJECTIONS_KEPT: usize = 200;

/// Records the server's refusals (newest replace older ones of the same record).
pub(crate) fn add_rejections(conn: &Connection, new: &[Rejection]) -> Result<()> {
    if new.is_empty() {
        return Ok(());
    }
    let mut all: Vec<Rejection> = get_json(conn, keys::REJECTIONS)?.unwrap_or_default();
    all.retain(|old| !new.iter().any(|n| n.id == old.id));
    all.extend(new.iter().cloned());
    let excess = all.len().saturating_sub(REJECTIONS_KEPT);
    all.drain(..excess);
    put_json(conn, keys::REJECTIONS, &all)
}

/// The consent as last seen from the server (all off before pairing).
pub(crate) fn consent(conn: &Connection) -> Result<Consent> {
    Ok(get_json(conn, keys::CONSENT)?.unwrap_or_default())
}

/// Pulled records waiting for a parent record.
pub(crate) fn orphans(conn: &Connection) -> Result<Vec<WireRecord>> {
    Ok(get_json(conn, keys::ORPHANS)?.unwrap_or_default())
}
