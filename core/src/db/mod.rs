//! Opening the encrypted database.
//!
//! SQLCipher with a raw 32-byte key (`PRAGMA key = "x'..'"`), so no key derivation runs on
//! every open; the key comes from the shell's keystore through [`KeyProvider`]. WAL mode,
//! foreign keys on, and `synchronous=FULL`, because a participant's entry must survive a
//! power cut. The file is never deleted, replaced or rewritten when it cannot be opened:
//! a wrong key and a damaged file are reported, and the data waits for the right key or
//! for the participant's decision to restore a backup.

pub mod key;

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use key::KeyCheck;
pub use key::{KeyError, KeyProvider, StaticKey};

/// Applies the key and the pragmas every connection needs. The key must come first.
pub fn apply_pragmas(conn: &Connection, key: &[u8; 32]) -> Result<()> {
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let statement = Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex::encode(key)));
    conn.execute_batch(&statement)?;
    Ok(())
}

/// The pragmas that follow the key; they read the database, so a wrong key fails here.
fn configure(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(())
}

/// Reads the schema table: the first read that needs the key to be right.
fn probe(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
}

/// Opens (or creates) the database at `path` with the key from `keys`, returning the
/// connection that will be the writer. Tells a wrong key from a damaged file.
pub(crate) fn open_writer(path: &Path, keys: &dyn KeyProvider) -> Result<Connection> {
    let key = keys.database_key().map_err(|e| match e {
        KeyError::Unavailable => Error::KeyUnavailable,
        KeyError::Lost(why) => Error::KeyLost(why),
    })?;
    let exists = path.exists();
    let check = if exists {
        key::verify(path, &key)?
    } else {
        KeyCheck::Absent
    };
    if check == KeyCheck::Differs {
        return Err(Error::WrongKey);
    }
    let flags = if exists {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags)?;
    apply_pragmas(&conn, &key)?;
    if let Err(e) = probe(&conn) {
        return Err(match Error::from(e) {
            Error::Corrupt(why) if check == KeyCheck::Absent => Error::Corrupt(format!(
                "{why} (no key check file, so a wrong key cannot be ruled out)"
            )),
            other => other,
        });
    }
    configure(&conn)?;
    if check == KeyCheck::Absent {
        key::record(path, &key)?;
    }
    Ok(conn)
}

/// Opens the second connection, for reads only, once the writer has opened the file.
pub(crate) fn open_reader(path: &Path, keys: &dyn KeyProvider) -> Result<Connection> {
    let key = keys.database_key().map_err(|e| match e {
        KeyError::Unavailable => Error::KeyUnavailable,
        KeyError::Lost(why) => Error::KeyLost(why),
    })?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_pragmas(&conn, &key)?;
    probe(&conn)?;
    configure(&conn)?;
    conn.execute_batch("PRAGMA query_only = ON;")?;
    Ok(conn)
}
