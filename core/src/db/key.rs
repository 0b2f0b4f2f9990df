//! The database key: where it comes from and how a wrong one is told from a broken file.
//!
//! SQLCipher answers "file is not a database" both for a wrong key and for a corrupt file.
//! Telling them apart matters: a wrong key means "ask the keystore again", corruption
//! means "restore the backup". So beside the database we keep a key check value: an
//! HMAC-SHA-256 of a fixed label under the key. It reveals nothing about the key, and
//! comparing it says which of the two happened before we ever touch the database.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Why the key provider could not hand out the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The key exists but cannot be read now (device locked before first unlock). Retry.
    #[error("the key is not available yet")]
    Unavailable,
    /// There is no key any more; only a backup can bring the data back.
    #[error("the key is lost: {0}")]
    Lost(String),
}

/// Hands the core the 32-byte database key. Shells keep it in the Android Keystore or the
/// iOS Keychain; the core never stores it.
pub trait KeyProvider: Send + Sync {
    /// The raw 32-byte SQLCipher key.
    fn database_key(&self) -> Result<Zeroizing<[u8; 32]>, KeyError>;

    /// Removes the key from the keystore, after "delete everything" removed the database it
    /// opened. A provider that holds nothing durable keeps the default, which does nothing.
    fn forget_key(&self) -> Result<(), KeyError> {
        Ok(())
    }
}

/// A key held in memory: for tests, tools and benchmarks.
pub struct StaticKey(Zeroizing<[u8; 32]>);

impl StaticKey {
    /// A provider that always answers `key`.
    pub fn new(key: [u8; 32]) -> Self {
        Self(Zeroizing::new(key))
    }
}

impl KeyProvider for StaticKey {
    fn database_key(&self) -> Result<Zeroizing<[u8; 32]>, KeyError> {
        Ok(self.0.clone())
    }
}

const LABEL: &[u8] = b"imr-companion database key check v1";

/// HMAC-SHA-256(key, LABEL), RFC 2104.
fn check_value(key: &[u8; 32]) -> [u8; 32] {
    let mut block = Zeroizing::new([0u8; 64]);
    block[..32].copy_from_slice(key);
    let pad = |byte: u8| -> Zeroizing<[u8; 64]> {
        let mut out = Zeroizing::new([0u8; 64]);
        for (o, b) in out.iter_mut().zip(block.iter()) {
            *o = b ^ byte;
        }
        out
    };
    let inner = Sha256::new()
        .chain_update(pad(0x36).as_slice())
        .chain_update(LABEL)
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c).as_slice())
        .chain_update(inner)
        .finalize();
    outer.into()
}

/// The key check file of the database at `db`.
pub(crate) fn check_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".keycheck");
    PathBuf::from(name)
}

/// What the key check file says about `key`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum KeyCheck {
    /// The file exists and matches.
    Matches,
    /// The file exists and does not match: the key is wrong.
    Differs,
    /// No file (a fresh database, or one made before the file was written).
    Absent,
}

pub(crate) fn verify(db: &Path, key: &[u8; 32]) -> Result<KeyCheck> {
    let stored = match fs::read_to_string(check_path(db)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(KeyCheck::Absent),
        Err(e) => return Err(e.into()),
    };
    let stored = hex::decode(stored.trim())
        .map_err(|_| Error::Corrupt("the key check file is unreadable".into()))?;
    if stored.as_slice().ct_eq(&check_value(key)).into() {
        Ok(KeyCheck::Matches)
    } else {
        Ok(KeyCheck::Differs)
    }
}

/// Writes the key check file atomically (temporary file, fsync, rename).
pub(crate) fn record(db: &Path, key: &[u8; 32]) -> Result<()> {
    let path = check_path(db);
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(".tmp");
    let tmp = PathBuf::from(tmp_name);
    let mut file = fs::File::create(&tmp)?;
    file.write_all(hex::encode(check_value(key)).as_bytes())?;
    file.sync_all()?;
    fs::rename(&tmp, &path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_value_matches_a_known_hmac_and_differs_per_key() {
        // HMAC-SHA-256 with a key of 32 zero bytes over the label, from Python's hmac module.
        let zero = check_value(&[0u8; 32]);
        assert_eq!(
            hex::encode(zero),
            "c7ba05f987679edf182db802f0842931f9cb249395404a51c4ac94cc6e4cdd4a"
        );
        assert_ne!(zero, check_value(&[1u8; 32]));
    }
}
