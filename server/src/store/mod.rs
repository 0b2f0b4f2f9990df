//! The server's storage: one SQLite file, behind this one narrow seam.
//!
//! Nothing outside this module writes SQL. Callers get a [`Tx`] inside [`Store::write`] and
//! use its typed operations (records, accounts, pairing, audit); every write is one
//! transaction, and there is exactly one writer connection, so SQLite never sees two
//! writers. A PostgreSQL backend for multi-instance deployments would implement the same
//! operations on its own `Tx`.

mod accounts;
mod audit;
mod migrations;
mod pairing;
mod records;

use std::path::Path;
use std::sync::Arc;

use parking_lot::Mutex;
use rusqlite::{Connection, OptionalExtension, Transaction};

pub use accounts::{ClinicianRow, Role, SessionRow};
pub use audit::{AuditEntry, AuditRow, ChainBreak};
pub use migrations::SCHEMA_VERSION;
pub use pairing::{DeviceRow, ParticipantRow};
pub use records::{Stored, StoredRecord};

/// A storage failure. Never shown to a caller as is: the API answers `internal`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite refused.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored JSON column could not be read.
    #[error("stored json: {0}")]
    Json(#[from] serde_json::Error),
    /// A stored value is not what this server writes.
    #[error("corrupt stored value in {0}")]
    Corrupt(&'static str),
    /// The file was written by a newer server.
    #[error("database schema {found} is newer than this server's {known}")]
    NewerSchema {
        /// Version found in the file.
        found: usize,
        /// Newest version this server knows.
        known: usize,
    },
    /// The blocking task running the transaction failed.
    #[error("storage task failed")]
    Task,
}

/// The database, shared by all request handlers.
#[derive(Clone)]
pub struct Store {
    writer: Arc<Mutex<Connection>>,
}

/// One open transaction: the only way to read or change stored data.
pub struct Tx<'a> {
    tx: &'a Transaction<'a>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // The clinic acknowledges pushes: an acknowledged record must survive a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(64);
        migrations::migrate(&mut conn)?;
        Ok(Store {
            writer: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` in one write transaction, committing when it returns `Ok` and rolling back
    /// otherwise, so a refused request changes nothing. Blocks: call [`Store::run`] from
    /// async code.
    pub fn write<T, E>(&self, f: impl FnOnce(&Tx) -> Result<T, E>) -> Result<T, E>
    where
        E: From<Error>,
    {
        let mut conn = self.writer.lock();
        let tx = conn.transaction().map_err(Error::from)?;
        let out = f(&Tx { tx: &tx })?;
        tx.commit().map_err(Error::from)?;
        Ok(out)
    }

    /// [`Store::write`] on a blocking thread, for request handlers.
    pub async fn run<T, E>(
        &self,
        f: impl FnOnce(&Tx) -> Result<T, E> + Send + 'static,
    ) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
    {
        let store = self.clone();
        tokio::task::spawn_blocking(move || store.write(f))
            .await
            .map_err(|_| E::from(Error::Task))?
    }
}

impl Tx<'_> {
    /// A value of the server's own settings (its clock device id, the feed counter).
    fn meta(&self, key: &str) -> Result<Option<String>, Error> {
        Ok(self
            .tx
            .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    fn set_meta(&self, key: &str, value: &str) -> Result<(), Error> {
        self.tx
            .prepare_cached("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2")?
            .execute([key, value])?;
        Ok(())
    }

    /// The id the server stamps its own (clinician-written) records with, made once.
    pub fn server_device_id(&self) -> Result<uuid::Uuid, Error> {
        if let Some(id) = self.meta("server_device_id")? {
            return uuid::Uuid::parse_str(&id).map_err(|_| Error::Corrupt("meta.server_device_id"));
        }
        let id = uuid::Uuid::new_v4();
        self.set_meta("server_device_id", &id.to_string())?;
        Ok(id)
    }

    /// The newest clock stamp the server has issued for its own writes.
    pub fn server_hlc(&self) -> Result<Option<imr_protocol::Hlc>, Error> {
        match self.meta("server_hlc")? {
            Some(text) => text
                .parse()
                .map(Some)
                .map_err(|_| Error::Corrupt("meta.server_hlc")),
            None => Ok(None),
        }
    }

    /// Remembers the newest stamp the server issued.
    pub fn set_server_hlc(&self, hlc: imr_protocol::Hlc) -> Result<(), Error> {
        self.set_meta("server_hlc", &hlc.to_sortable())
    }
}

fn uuid_col(text: String, what: &'static str) -> Result<uuid::Uuid, Error> {
    uuid::Uuid::parse_str(&text).map_err(|_| Error::Corrupt(what))
}
