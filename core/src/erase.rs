//! The participant's right to erasure on the phone: "delete everything".
//!
//! Closes the store and removes the database, its write-ahead log and shared-memory files
//! and the key check file, then asks the key provider to forget the key. It needs the
//! phrase the app asks the participant to type ("delete everything" in their language),
//! so no stray tap or bug can call it; a phrase of any of the three languages counts,
//! because a store that cannot be opened any more (its key lost) has no language setting
//! to read, and that is exactly when a participant may want to start over.

use std::fs;
use std::path::{Path, PathBuf};

use imr_protocol::{FieldError, Locale, Problem};

use crate::db::key::check_path;
use crate::db::{KeyError, KeyProvider};
use crate::error::{Error, Result};
use crate::store::Store;

/// The message id of the phrase the participant types to confirm.
const PHRASE_ID: &str = "erase-confirm-phrase";

/// The phrase the participant must type to confirm "delete everything", in `locale`.
pub fn confirmation_phrase(locale: Locale) -> String {
    imr_content::tr(locale, PHRASE_ID)
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn check_confirmation(confirmation: &str) -> Result<()> {
    let phrases: Vec<String> = Locale::ALL
        .iter()
        .map(|l| confirmation_phrase(*l))
        .collect();
    if phrases
        .iter()
        .any(|p| normalise(p) == normalise(confirmation))
    {
        return Ok(());
    }
    Err(FieldError::new("erase.confirmation", Problem::NotOneOf { allowed: phrases }).into())
}

/// The files a store at `db` consists of.
fn store_files(db: &Path) -> Vec<PathBuf> {
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let check = check_path(db);
    let mut check_tmp = check.as_os_str().to_owned();
    check_tmp.push(".tmp");
    vec![
        db.to_path_buf(),
        with("-wal"),
        with("-shm"),
        with("-journal"),
        check,
        PathBuf::from(check_tmp),
    ]
}

impl Store {
    /// Deletes the store at `path` for good: the database and every file beside it, then
    /// the key in the keystore. Returns the files that were removed. Refused, with nothing
    /// removed, unless `confirmation` is the phrase of [`confirmation_phrase`]. No store may
    /// be open on `path` (use [`Store::delete_everything_now`] on an open one).
    pub fn delete_everything(
        path: impl AsRef<Path>,
        keys: &dyn KeyProvider,
        confirmation: &str,
    ) -> Result<Vec<PathBuf>> {
        check_confirmation(confirmation)?;
        let mut removed = Vec::new();
        for file in store_files(path.as_ref()) {
            match fs::remove_file(&file) {
                Ok(()) => removed.push(file),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        keys.forget_key().map_err(|e| match e {
            KeyError::Unavailable => Error::KeyUnavailable,
            KeyError::Lost(why) => Error::KeyLost(why),
        })?;
        Ok(removed)
    }

    /// Closes this store and deletes everything (see [`Store::delete_everything`]). The
    /// confirmation is checked before the store is closed, so a wrong phrase leaves it open
    /// and untouched.
    pub fn delete_everything_now(
        &self,
        keys: &dyn KeyProvider,
        confirmation: &str,
    ) -> Result<Vec<PathBuf>> {
        check_confirmation(confirmation)?;
        self.close()?;
        Store::delete_everything(self.path(), keys, confirmation)
    }
}
