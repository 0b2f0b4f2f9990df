//! The database schema and its migrations.
//!
//! Modelled on application-services' `ConnectionInitializer`: a fresh database gets the
//! newest schema in one go ([`init`]), an older one is brought forward one version at a
//! time ([`upgrade_from`]), and `PRAGMA user_version` says where a file stands. All of it
//! runs in one transaction, so a crash mid-migration leaves the old version intact.
//!
//! Why our own runner: `rusqlite_migration` 2.6 is built against rusqlite 0.40, and we pin
//! rusqlite 0.43 (for the SQLCipher build that cross-compiles to Android and iOS). The
//! runner is small, and a test proves that every upgrade path ends at the fresh schema.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// The schema version this build writes.
pub const VERSION: u32 = 2;

/// The newest schema, for a fresh database.
const CREATE: &str = include_str!("create.sql");

/// Version 2: alert events, acknowledgements and "seen" marks (the early warning history).
const V2_ALERTS: &str = include_str!("v2_alerts.sql");

/// Creates the newest schema in an empty database: version 1 and every step after it, so
/// a fresh file and an upgraded one cannot drift apart.
fn init(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(CREATE)?;
    for version in 1..VERSION {
        upgrade_from(tx, version)?;
    }
    Ok(())
}

/// Brings a database at `version` to `version + 1`.
fn upgrade_from(tx: &Transaction<'_>, version: u32) -> Result<()> {
    match version {
        1 => tx.execute_batch(V2_ALERTS)?,
        _ => {
            return Err(Error::BadData(format!(
                "no upgrade from schema version {version}"
            )));
        }
    }
    Ok(())
}

/// Brings the database to [`VERSION`]: creates it when empty, upgrades it step by step
/// when older, and refuses (without touching it) a file from a newer app.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > VERSION {
        return Err(Error::TooNew {
            found,
            supported: VERSION,
        });
    }
    if found == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if found == 0 {
        init(&tx)?;
    } else {
        for version in found..VERSION {
            upgrade_from(&tx, version)?;
        }
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(conn: &Connection) -> Vec<(String, String)> {
        let mut stmt = conn
            .prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn a_version_1_file_upgrades_to_exactly_the_fresh_schema() {
        let mut fresh = Connection::open_in_memory().unwrap();
        migrate(&mut fresh).unwrap();
        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch(CREATE).unwrap();
        old.pragma_update(None, "user_version", 1).unwrap();
        migrate(&mut old).unwrap();
        assert_eq!(schema_of(&fresh), schema_of(&old));
        let version: u32 = old
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, VERSION);
    }
}
