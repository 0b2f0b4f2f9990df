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
///
/// 1. Baseline.
/// 2. The relapse plan records when it was last reviewed (`relapse_plan.last_reviewed`).
/// 3. Alert events, acknowledgements and "seen" marks (`v3_alerts.sql`).
pub const VERSION: u32 = 3;

/// The newest schema, for a fresh database.
const CREATE: &str = include_str!("create.sql");

/// Version 3: the early warning history. The same statements end `create.sql`.
const V3_ALERTS: &str = include_str!("v3_alerts.sql");

/// Creates the newest schema in an empty database.
fn init(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(CREATE)?;
    Ok(())
}

/// Brings a database at `version` to `version + 1`. Each step is the change its version
/// made, written so the result equals [`CREATE`] (checked by the upgrade test).
fn upgrade_from(tx: &Transaction<'_>, version: u32) -> Result<()> {
    match version {
        1 => tx.execute_batch("ALTER TABLE relapse_plan ADD COLUMN last_reviewed TEXT;")?,
        2 => tx.execute_batch(V3_ALERTS)?,
        other => {
            return Err(Error::BadData(format!(
                "no upgrade from schema version {other}"
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
