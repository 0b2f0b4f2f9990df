//! The audit log: append-only (triggers refuse updates and deletes) and hash-chained, so a
//! changed or removed line breaks the chain and `imr-clinic verify-audit` finds it.

use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{Error, Tx};

/// One thing to log: who, on whose behalf, which participant, what, when, from where.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    /// When (UTC, RFC 3339).
    pub at: String,
    /// The acting account (a clinician), or `None` for a device or the system.
    pub actor_id: Option<Uuid>,
    /// The actor's display name.
    pub actor_name: String,
    /// `clinician`, `clinic_admin`, `participant` or `system`.
    pub actor_role: String,
    /// Whose behalf the actor acted on (the clinic, for a clinician).
    pub on_behalf_of: Option<String>,
    /// The clinic.
    pub clinic_id: Option<Uuid>,
    /// The participant whose data it concerns.
    pub participant_id: Option<Uuid>,
    /// `viewed`, `wrote`, `exported`, `erased`, `login`, `login_failed`...
    pub action: String,
    /// Which data, as a stable key.
    pub what: String,
    /// The remote address.
    pub source: Option<String>,
}

/// A stored line with its place in the chain.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditRow {
    /// Position in the log.
    pub seq: u64,
    /// The entry.
    pub entry: AuditEntry,
    /// This line's hash.
    pub hash: String,
}

/// Where the chain is broken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("audit chain broken at line {seq}")]
pub struct ChainBreak {
    /// The first line whose hash does not follow.
    pub seq: u64,
}

fn line_hash(prev: &str, e: &AuditEntry) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &e.at,
        &e.actor_id.map(|u| u.to_string()).unwrap_or_default(),
        &e.actor_name,
        &e.actor_role,
        e.on_behalf_of.as_deref().unwrap_or_default(),
        &e.clinic_id.map(|u| u.to_string()).unwrap_or_default(),
        &e.participant_id.map(|u| u.to_string()).unwrap_or_default(),
        &e.action,
        &e.what,
        e.source.as_deref().unwrap_or_default(),
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

const COLS: &str = "seq, at, actor_id, actor_name, actor_role, on_behalf_of, clinic_id, participant_id, action, what, source, prev_hash, hash";

type Line = (AuditRow, String);

fn read_line(r: &rusqlite::Row) -> rusqlite::Result<Line> {
    let uuid = |i: usize| -> rusqlite::Result<Option<Uuid>> {
        Ok(r.get::<_, Option<String>>(i)?
            .and_then(|s| Uuid::parse_str(&s).ok()))
    };
    Ok((
        AuditRow {
            seq: r.get::<_, i64>(0)? as u64,
            entry: AuditEntry {
                at: r.get(1)?,
                actor_id: uuid(2)?,
                actor_name: r.get(3)?,
                actor_role: r.get(4)?,
                on_behalf_of: r.get(5)?,
                clinic_id: uuid(6)?,
                participant_id: uuid(7)?,
                action: r.get(8)?,
                what: r.get(9)?,
                source: r.get(10)?,
            },
            hash: r.get(12)?,
        },
        r.get(11)?,
    ))
}

impl Tx<'_> {
    /// Appends a line to the log, chained to the previous one.
    pub fn audit(&self, e: &AuditEntry) -> Result<(), Error> {
        let prev: String = self
            .tx
            .prepare_cached("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or_default();
        let hash = line_hash(&prev, e);
        self.tx
            .prepare_cached(
                "INSERT INTO audit(at, actor_id, actor_name, actor_role, on_behalf_of, clinic_id, participant_id, action, what, source, prev_hash, hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?
            .execute(params![
                e.at,
                e.actor_id.map(|u| u.to_string()),
                e.actor_name,
                e.actor_role,
                e.on_behalf_of,
                e.clinic_id.map(|u| u.to_string()),
                e.participant_id.map(|u| u.to_string()),
                e.action,
                e.what,
                e.source,
                prev,
                hash
            ])?;
        Ok(())
    }

    /// What clinic staff did with one participant's data, newest first.
    pub fn audit_of_participant(
        &self,
        participant: Uuid,
        limit: u64,
    ) -> Result<Vec<AuditRow>, Error> {
        let sql = format!(
            "SELECT {COLS} FROM audit WHERE participant_id = ?1 AND actor_role IN ('clinician', 'clinic_admin')
             ORDER BY seq DESC LIMIT ?2"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![participant.to_string(), limit as i64], read_line)?;
        Ok(rows
            .map(|r| r.map(|(row, _)| row))
            .collect::<Result<_, _>>()?)
    }

    /// A page of one clinic's log, newest first, before line `before` (exclusive).
    pub fn audit_of_clinic(
        &self,
        clinic: Uuid,
        before: u64,
        limit: u64,
    ) -> Result<Vec<AuditRow>, Error> {
        let sql = format!(
            "SELECT {COLS} FROM audit WHERE clinic_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                clinic.to_string(),
                before.min(i64::MAX as u64) as i64,
                limit as i64
            ],
            read_line,
        )?;
        Ok(rows
            .map(|r| r.map(|(row, _)| row))
            .collect::<Result<_, _>>()?)
    }

    /// Checks the whole chain; returns the number of lines, or the first broken one.
    pub fn verify_audit(&self) -> Result<Result<u64, ChainBreak>, Error> {
        let sql = format!("SELECT {COLS} FROM audit ORDER BY seq");
        let mut stmt = self.tx.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut prev = String::new();
        let mut count = 0;
        while let Some(r) = rows.next()? {
            let (row, stored_prev) = read_line(r)?;
            if stored_prev != prev || line_hash(&prev, &row.entry) != row.hash {
                return Ok(Err(ChainBreak { seq: row.seq }));
            }
            prev = row.hash;
            count += 1;
        }
        Ok(Ok(count))
    }
}
