//! The encrypted backup: one file holding everything the participant has, protected by a
//! recovery passphrase they chose, restorable on a new phone (DESIGN.md section 7).
//!
//! The file is the [`age`](https://age-encryption.org) format with its scrypt passphrase
//! recipient: a well-kept, specified format and library, no home-made crypto, and a file a
//! participant or a clinic's IT could open with the `age` tool if the app were gone. Inside
//! is the JSON of a [`Dump`] (every table, every row, with sync metadata).
//!
//! Every bad file is told apart and changes nothing: a wrong passphrase, a file that is not
//! a backup, a truncated or tampered one (age authenticates the header and every 64 KiB
//! chunk, and the end of the stream), one from a newer app. Restoring onto a store that
//! already holds records needs an explicit [`RestoreMode`].

mod crypt;
pub mod dump;
pub(crate) mod restore;

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use imr_protocol::{FieldError, Problem};

pub use dump::{Dump, FORMAT};
pub use restore::{RestoreMode, RestoreReport};

use crate::error::Error;
use crate::store::Store;

/// Why a backup could not be written or restored. In every case nothing in the store changed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The passphrase does not open this backup.
    #[error("the passphrase does not open this backup")]
    WrongPassphrase,
    /// The file is not an IMR Companion backup (not an age file protected by a passphrase).
    #[error("this file is not a backup")]
    NotABackup,
    /// The file is a backup but was cut short or changed after it was written.
    #[error("the backup file is damaged: {0}")]
    Damaged(String),
    /// The backup was written by a newer version of the app; update the app first.
    #[error("the backup is from a newer app (format {format}, schema {schema_version})")]
    TooNew {
        /// The backup's layout version.
        format: u32,
        /// The backup's database schema version.
        schema_version: u32,
    },
    /// The backup holds tables or columns this version does not have.
    #[error("the backup does not fit this app: {0}")]
    Incompatible(String),
    /// The store already holds records: the participant must choose replace or merge.
    #[error("the store already holds records; choose replace or merge")]
    NeedsMode,
    /// A merged record clashes with a different record here (same natural key).
    #[error("a record in the backup clashes with one here: {0}")]
    Conflict(String),
    /// The passphrase or another input was refused.
    #[error("invalid input: {0}")]
    Invalid(#[from] FieldError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] Error),
    /// Reading or writing the file failed.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::SqliteFailure(f, msg)
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                BackupError::Conflict(msg.clone().unwrap_or_else(|| e.to_string()))
            }
            _ => BackupError::Store(Error::from(e)),
        }
    }
}

/// Backup and restore of one store.
pub struct Backups<'a> {
    store: &'a Store,
    work_factor: Option<u8>,
}

impl Store {
    /// The encrypted backup of everything in this store, and restoring one.
    pub fn backup(&self) -> Backups<'_> {
        Backups {
            store: self,
            work_factor: None,
        }
    }
}

fn check_passphrase(passphrase: &str) -> Result<(), BackupError> {
    if passphrase.trim().is_empty() {
        return Err(FieldError::new("backup.passphrase", Problem::Empty).into());
    }
    Ok(())
}

impl Backups<'_> {
    /// Uses scrypt work factor `log_n` instead of age's default (tuned to about a second on
    /// the device). For tests and tools only: a lower factor makes guessing cheaper.
    pub fn with_work_factor(mut self, log_n: u8) -> Self {
        self.work_factor = Some(log_n);
        self
    }

    /// Every table and row of the store, at one consistent moment.
    pub fn dump(&self) -> Result<Dump, Error> {
        let identity = self.store.identity();
        let now = self.store.now();
        self.store.read(|conn| {
            let tx = conn.unchecked_transaction()?;
            let dump = dump::take(&tx, identity.participant, identity.device, now)?;
            tx.finish()?;
            Ok(dump)
        })
    }

    /// Whether the store holds any record (tombstones count): then a restore needs a mode.
    pub fn has_records(&self) -> Result<bool, Error> {
        Ok(self.dump()?.record_count() > 0)
    }

    /// Writes the encrypted backup to `out`.
    pub fn write(&self, out: impl Write, passphrase: &str) -> Result<(), BackupError> {
        check_passphrase(passphrase)?;
        let dump = self.dump()?;
        crypt::seal(&dump, passphrase, self.work_factor, out)
    }

    /// Writes the encrypted backup to `path`, atomically: a crash mid-write never leaves a
    /// half backup in place of a good one.
    pub fn write_file(&self, path: impl AsRef<Path>, passphrase: &str) -> Result<(), BackupError> {
        let path = path.as_ref();
        let mut tmp_name = path.as_os_str().to_owned();
        tmp_name.push(".partial");
        let tmp = PathBuf::from(tmp_name);
        let result = (|| {
            let mut file = fs::File::create(&tmp)?;
            self.write(&mut file, passphrase)?;
            file.sync_all()?;
            fs::rename(&tmp, path)?;
            Ok(())
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Decrypts and reads a backup without touching the store, e.g. to show what it holds
    /// before the participant chooses how to restore it.
    pub fn open(input: impl Read, passphrase: &str) -> Result<Dump, BackupError> {
        check_passphrase(passphrase)?;
        let dump = crypt::open(input, passphrase)?;
        restore::check_version(&dump)?;
        Ok(dump)
    }

    /// Restores a backup into this store in one transaction. On a store that holds records,
    /// `mode` must be given ([`BackupError::NeedsMode`] otherwise); on an empty one (a fresh
    /// install) it may be left out. The store takes the backup's participant id.
    pub fn restore(
        &self,
        input: impl Read,
        passphrase: &str,
        mode: Option<RestoreMode>,
    ) -> Result<RestoreReport, BackupError> {
        let dump = Self::open(input, passphrase)?;
        self.restore_dump(&dump, mode)
    }

    /// [`Backups::restore`] from a file.
    pub fn restore_file(
        &self,
        path: impl AsRef<Path>,
        passphrase: &str,
        mode: Option<RestoreMode>,
    ) -> Result<RestoreReport, BackupError> {
        let file = fs::File::open(path)?;
        self.restore(std::io::BufReader::new(file), passphrase, mode)
    }

    /// Writes an already opened backup into the store (see [`Backups::restore`]).
    pub fn restore_dump(
        &self,
        dump: &Dump,
        mode: Option<RestoreMode>,
    ) -> Result<RestoreReport, BackupError> {
        let mode = match mode {
            Some(mode) => mode,
            None if self.has_records()? => return Err(BackupError::NeedsMode),
            None => RestoreMode::Replace,
        };
        let local = self.store.identity().participant;
        // The closure's error type is the store's; the restore's own refusal travels beside it.
        let mut refused: Option<BackupError> = None;
        let written = self.store.write_observing(|tx, _| {
            restore::apply(tx, dump, mode, local).map_err(|e| {
                refused = Some(e);
                Error::BadData("restore refused".into())
            })
        });
        if let Some(e) = refused {
            return Err(e);
        }
        let report = written?;
        self.store.adopt_participant(dump.participant);
        Ok(report)
    }
}
