//! Versioned schema migrations, applied in order inside one transaction each.
//!
//! The schema version lives in SQLite's `user_version`; a migration never changes once
//! released, so a database made by any earlier server upgrades by running the missing ones.

use rusqlite::Connection;

use super::Error;

/// The migrations, oldest first; `MIGRATIONS[n]` takes the schema from version `n` to `n+1`.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE clinics(id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE clinicians(
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clinician', 'clinic_admin')),
    password_hash TEXT NOT NULL,
    totp_secret TEXT NOT NULL,
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    demo INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE participants(
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    pseudonym TEXT NOT NULL,
    created_at TEXT NOT NULL,
    consent_version INTEGER NOT NULL DEFAULT 0,
    consent_scopes TEXT NOT NULL DEFAULT '[]',
    pruned_seq INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    erased_at TEXT
);
CREATE INDEX participants_by_clinic ON participants(clinic_id, pseudonym);
CREATE TABLE care_team(
    participant_id TEXT NOT NULL REFERENCES participants(id),
    clinician_id TEXT NOT NULL REFERENCES clinicians(id),
    PRIMARY KEY (participant_id, clinician_id)
) WITHOUT ROWID;
CREATE INDEX care_team_by_clinician ON care_team(clinician_id, participant_id);
CREATE TABLE enrollment_codes(
    code_hash TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants(id),
    expires_at_ms INTEGER NOT NULL,
    used_at_ms INTEGER
) WITHOUT ROWID;
CREATE TABLE devices(
    token_hash TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id),
    label TEXT NOT NULL,
    paired_at TEXT NOT NULL,
    unpaired_at TEXT
) WITHOUT ROWID;
CREATE INDEX devices_by_participant ON devices(participant_id);
CREATE TABLE records(
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants(id),
    kind TEXT NOT NULL,
    hlc TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    key_json TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    changed_at_ms INTEGER NOT NULL
);
CREATE INDEX records_feed ON records(participant_id, seq);
CREATE INDEX records_by_kind ON records(participant_id, kind, sort_key);
CREATE INDEX records_tombstones ON records(deleted, changed_at_ms) WHERE deleted = 1;
CREATE TABLE record_data(
    record_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (record_id, scope)
) WITHOUT ROWID;
CREATE TABLE push_batches(
    batch_id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL,
    response TEXT NOT NULL,
    at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE sessions(
    token_hash TEXT PRIMARY KEY,
    clinician_id TEXT REFERENCES clinicians(id),
    csrf TEXT NOT NULL,
    locale TEXT,
    expires_at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT,
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    on_behalf_of TEXT,
    clinic_id TEXT,
    participant_id TEXT,
    action TEXT NOT NULL,
    what TEXT NOT NULL,
    source TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_participant ON audit(participant_id, seq);
CREATE INDEX audit_by_clinic ON audit(clinic_id, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
"#];

/// The schema version this server writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Brings the database up to [`SCHEMA_VERSION`], one transaction per migration.
pub fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let current: usize =
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
    if current > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            found: current,
            known: SCHEMA_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (index + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
