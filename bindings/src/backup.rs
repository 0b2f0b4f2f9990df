//! The encrypted backup of everything in the store (a passphrase-protected file the person
//! keeps), and restoring one, for example on a new phone. The files are written atomically
//! by the core; a refused backup or restore changes nothing.

use std::sync::Arc;

use imr_core::Store;
use imr_core::backup::{RestoreMode, RestoreReport as CoreReport};

use crate::error::ApiResult;

/// What to do with the records already in the store when restoring.
#[uniffi::remote(Enum)]
pub enum RestoreMode {
    Replace,
    Merge,
}

/// What a restore did, for the confirmation the app shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RestoreReport {
    /// Records from the backup that were not here.
    pub inserted: u64,
    /// Records here that the backup's newer version replaced.
    pub replaced: u64,
    /// Records here that were newer than the backup's and stayed.
    pub kept_local: u64,
    /// Records here that a replace removed.
    pub removed: u64,
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

impl From<CoreReport> for RestoreReport {
    fn from(r: CoreReport) -> Self {
        RestoreReport {
            inserted: count(r.inserted),
            replaced: count(r.replaced),
            kept_local: count(r.kept_local),
            removed: count(r.removed),
        }
    }
}

/// Backup and restore.
#[derive(Debug, uniffi::Object)]
pub struct BackupApi {
    store: Arc<Store>,
}

impl BackupApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl BackupApi {
    /// Whether the store holds any record: then a restore needs a mode.
    pub fn has_records(&self) -> ApiResult<bool> {
        Ok(self.store.backup().has_records()?)
    }

    /// Writes the encrypted backup of everything to `path`. `InvalidInput` on
    /// `backup.passphrase` for an empty passphrase. Takes about a second (the passphrase
    /// is stretched on purpose): call it off the main thread.
    pub fn write_file(&self, path: String, passphrase: String) -> ApiResult<()> {
        Ok(self.store.backup().write_file(path, &passphrase)?)
    }

    /// Restores the backup at `path` in one transaction. On a store that holds records
    /// `mode` must be given (`BackupRefused` with `NEEDS_MODE` otherwise).
    pub fn restore_file(
        &self,
        path: String,
        passphrase: String,
        mode: Option<RestoreMode>,
    ) -> ApiResult<RestoreReport> {
        Ok(self
            .store
            .backup()
            .restore_file(path, &passphrase, mode)?
            .into())
    }
}
