//! The participant's store: one encrypted database, one writer and one reader connection.
//!
//! Every write is one immediate transaction that also ticks the hybrid logical clock, so a
//! record's stamp, its change counter and its data move together or not at all. Reads use
//! their own connection and, in WAL mode, never wait for a write. `Store` is `Send + Sync`;
//! the shells call it from any thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use imr_protocol::Hlc;
use jiff::Timestamp;
use parking_lot::Mutex;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::clock::Clock;
use crate::db::{self, KeyProvider};
use crate::error::{Error, Result};
use crate::schema;

/// The time and clock stamp of one write, shared by every row that write touches.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Stamp {
    /// The wall clock, UTC.
    pub now: Timestamp,
    /// The write's hybrid logical clock stamp.
    pub hlc: Hlc,
}

struct Writer {
    conn: Connection,
    last_hlc: Hlc,
}

/// Who this store belongs to and which device it is, created on first open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The participant; natural ids are made from it.
    pub participant: Uuid,
    /// This installation; the final tie-breaker of clock stamps.
    pub device: Uuid,
}

/// The participant's records, in an encrypted database.
pub struct Store {
    path: PathBuf,
    writer: Mutex<Option<Writer>>,
    reader: Mutex<Option<Connection>>,
    clock: Arc<dyn Clock>,
    /// Behind a lock because a restore (or pairing) adopts another participant id.
    identity: Mutex<Identity>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("identity", &*self.identity.lock())
            .finish()
    }
}

fn read_meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

fn parse_uuid(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text).map_err(|_| Error::BadData(format!("not an id: {text:?}")))
}

/// Creates the participant and device ids on first open; reads them afterwards.
fn ensure_identity(conn: &mut Connection) -> Result<(Identity, Hlc)> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for key in ["participant_id", "device_id"] {
        tx.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
            [key, &Uuid::new_v4().to_string()],
        )?;
    }
    let participant = parse_uuid(&read_meta(&tx, "participant_id")?.unwrap_or_default())?;
    let device = parse_uuid(&read_meta(&tx, "device_id")?.unwrap_or_default())?;
    let hlc = match read_meta(&tx, "hlc")? {
        Some(text) => text
            .parse()
            .map_err(|_| Error::BadData(format!("bad clock {text:?}")))?,
        None => Hlc::zero(device),
    };
    tx.commit()?;
    Ok((
        Identity {
            participant,
            device,
        },
        hlc,
    ))
}

impl Store {
    /// Opens the store at `path`, creating it (and the participant and device ids) when
    /// there is no file yet. A wrong key gives [`Error::WrongKey`], a damaged file
    /// [`Error::Corrupt`], a key that is still locked [`Error::KeyUnavailable`]; in none of
    /// these cases is the file changed.
    pub fn open(
        path: impl AsRef<Path>,
        keys: &dyn KeyProvider,
        clock: Arc<dyn Clock>,
    ) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let mut conn = db::open_writer(&path, keys)?;
        schema::migrate(&mut conn)?;
        let (identity, last_hlc) = ensure_identity(&mut conn)?;
        let reader = db::open_reader(&path, keys)?;
        Ok(Store {
            path,
            writer: Mutex::new(Some(Writer { conn, last_hlc })),
            reader: Mutex::new(Some(reader)),
            clock,
            identity: Mutex::new(identity),
        })
    }

    /// Checkpoints the log into the database file and closes both connections. Later calls
    /// give [`Error::Closed`]. Closing twice is fine.
    pub fn close(&self) -> Result<()> {
        drop(self.reader.lock().take());
        if let Some(writer) = self.writer.lock().take() {
            writer
                .conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            writer.conn.close().map_err(|(_, e)| Error::from(e))?;
        }
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The participant and device ids.
    pub fn identity(&self) -> Identity {
        *self.identity.lock()
    }

    /// Makes `participant` this store's participant id (its natural ids follow it). The
    /// caller has already written it to the meta table in the same transaction as the
    /// records that need it.
    pub(crate) fn adopt_participant(&self, participant: Uuid) {
        self.identity.lock().participant = participant;
    }

    /// The instant now, from the store's clock.
    pub fn now(&self) -> Timestamp {
        self.clock.now_utc()
    }

    /// The newest clock stamp this device has issued.
    pub fn last_hlc(&self) -> Result<Hlc> {
        Ok(self.writer.lock().as_ref().ok_or(Error::Closed)?.last_hlc)
    }

    /// Runs `f` in one immediate write transaction with a fresh clock stamp. When `f` fails
    /// the transaction rolls back and the clock does not move: nothing changed.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>, Stamp) -> Result<T>,
    ) -> Result<T> {
        let mut guard = self.writer.lock();
        let writer = guard.as_mut().ok_or(Error::Closed)?;
        let now = self.clock.now_utc();
        let now_ms = u64::try_from(now.as_millisecond()).unwrap_or(0);
        let hlc = Hlc::tick(writer.last_hlc, now_ms, self.identity().device);
        let tx = writer
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx, Stamp { now, hlc })?;
        tx.prepare_cached(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute([hlc.to_sortable()])?;
        tx.commit()?;
        writer.last_hlc = hlc;
        Ok(out)
    }

    /// Like [`Store::write`], for writes that bring in records stamped elsewhere (a restore,
    /// a sync pull): `f` returns the newest stamp it wrote, and the clock moves past it, so
    /// the next local edit sorts after everything this device now holds.
    pub(crate) fn write_observing<T>(
        &self,
        f: impl FnOnce(&Transaction<'_>, Stamp) -> Result<(T, Option<Hlc>)>,
    ) -> Result<T> {
        let mut guard = self.writer.lock();
        let writer = guard.as_mut().ok_or(Error::Closed)?;
        let now = self.clock.now_utc();
        let now_ms = u64::try_from(now.as_millisecond()).unwrap_or(0);
        let device = self.identity().device;
        let hlc = Hlc::tick(writer.last_hlc, now_ms, device);
        let tx = writer
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (out, seen) = f(&tx, Stamp { now, hlc })?;
        let last = seen.map_or(hlc, |seen| Hlc::observe(hlc, seen));
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [last.to_sortable()],
        )?;
        tx.commit()?;
        writer.last_hlc = last;
        Ok(out)
    }

    /// Runs `f` on the reader connection.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let guard = self.reader.lock();
        f(guard.as_ref().ok_or(Error::Closed)?)
    }
}
