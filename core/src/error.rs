//! The core's error type.
//!
//! Each variant is something a caller can act on: fix a field, retry after unlock, restore
//! a backup. The FFI crate maps these onto its smaller `ApiError`; nothing here is text a
//! person reads (that comes from imr-content, keyed by the variant and the field).

use imr_protocol::{FieldError, RecordKind};

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A field of the input was refused; nothing was stored.
    #[error("invalid input: {0}")]
    Invalid(#[from] FieldError),
    /// The record does not exist, or it was deleted.
    #[error("{kind} {id} not found")]
    NotFound {
        /// What kind of record was asked for.
        kind: RecordKind,
        /// Its id or natural key, as text.
        id: String,
    },
    /// The database key cannot be read yet (a background task before the first unlock).
    /// Retry later; nothing is wrong with the data.
    #[error("the database key is not available yet; retry after the device is unlocked")]
    KeyUnavailable,
    /// The key provider has no key at all any more (app data cleared, keystore reset).
    /// The data can only come back from a backup.
    #[error("the database key is lost: {0}")]
    KeyLost(String),
    /// The record was written by the clinic (one writer per record); the phone only reads it.
    #[error("{kind} {id} is written by the clinic and read-only here")]
    ReadOnly {
        /// The clinic's kind of the record.
        kind: RecordKind,
        /// Its id.
        id: String,
    },
    /// The key does not open this database. The file was left untouched.
    #[error("the key does not open this database")]
    WrongKey,
    /// The key is right but the file cannot be read. The file was left untouched.
    #[error("the database file is corrupt: {0}")]
    Corrupt(String),
    /// The file was written by a newer version of the app; it is left untouched.
    #[error("the database is at schema version {found}, newer than this app ({supported})")]
    TooNew {
        /// The file's schema version.
        found: u32,
        /// The newest version this build knows.
        supported: u32,
    },
    /// The store was closed; open it again.
    #[error("the store is closed")]
    Closed,
    /// A stored value could not be read back (written by a buggy or newer build).
    #[error("stored value unreadable: {0}")]
    BadData(String),
    /// SQLite failed.
    #[error("storage error: {0}")]
    Storage(rusqlite::Error),
    /// The file system failed (key check file, directories).
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// True when the same call may succeed later without anything being fixed first.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::KeyUnavailable => true,
            Error::Storage(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ),
            _ => false,
        }
    }

    /// Shorthand for a missing record.
    pub(crate) fn not_found(kind: RecordKind, id: impl ToString) -> Self {
        Error::NotFound {
            kind,
            id: id.to_string(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    /// A damaged page can surface on any later read, not just on open: it is reported as
    /// [`Error::Corrupt`] wherever it shows, so the app offers the restore.
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
                ) =>
            {
                Error::Corrupt(e.to_string())
            }
            _ => Error::Storage(e),
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
