//! Stored participant records: the server's copy of each record, the change feed devices
//! pull from, scope purges and tombstone pruning.
//!
//! A record is one `records` row (identity, stamp, key fields, its place in the feed) plus one
//! `record_data` row per consent scope it carries, so a scope purge is one `DELETE` and
//! fields this server does not know travel untouched inside their scope's JSON.

use std::collections::BTreeMap;

use imr_protocol::record::key_text;
use imr_protocol::{Hlc, Identity, RecordKind, Scope, WireRecord};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::{Error, Tx, uuid_col};

/// What the server holds about a record, enough to judge an incoming write.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stored {
    /// Whose record it is.
    pub participant: Uuid,
    /// Its kind.
    pub kind: RecordKind,
    /// The stamp of the stored version.
    pub hlc: Hlc,
}

/// A record with its place in the feed.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredRecord {
    /// The feed sequence number of this version.
    pub seq: u64,
    /// The record as stored.
    pub record: WireRecord,
}

fn sort_key(record: &WireRecord) -> String {
    match record.kind.identity() {
        Identity::NaturalKey(field) => record.key.get(field).map(key_text).unwrap_or_default(),
        _ => format!("{:015}", record.created_at.as_millisecond()),
    }
}

impl Tx<'_> {
    fn next_seq(&self) -> Result<u64, Error> {
        let next = match self.meta("feed_seq")? {
            Some(text) => {
                text.parse::<u64>()
                    .map_err(|_| Error::Corrupt("meta.feed_seq"))?
                    + 1
            }
            None => 1,
        };
        self.set_meta("feed_seq", &next.to_string())?;
        Ok(next)
    }

    /// The stored version of record `id`, if any.
    pub fn stored(&self, id: Uuid) -> Result<Option<Stored>, Error> {
        let row = self
            .tx
            .prepare_cached("SELECT participant_id, kind, hlc FROM records WHERE id = ?1")?
            .query_row([id.to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .optional()?;
        let Some((participant, kind, hlc)) = row else {
            return Ok(None);
        };
        Ok(Some(Stored {
            participant: uuid_col(participant, "records.participant_id")?,
            kind: kind.parse().map_err(|_| Error::Corrupt("records.kind"))?,
            hlc: hlc.parse().map_err(|_| Error::Corrupt("records.hlc"))?,
        }))
    }

    /// Stores `record` as the participant's newest version and gives it the next feed
    /// number. The scope groups it carries replace the stored ones; groups it does not carry
    /// stay (another device may share more); a tombstone drops every group.
    pub fn put_record(
        &self,
        participant: Uuid,
        record: &WireRecord,
        now_ms: i64,
    ) -> Result<u64, Error> {
        let seq = self.next_seq()?;
        let id = record.id.to_string();
        self.tx
            .prepare_cached(
                "INSERT INTO records(id, participant_id, kind, hlc, created_at, updated_at, deleted, key_json, sort_key, seq, changed_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT(id) DO UPDATE SET hlc = ?4, created_at = ?5, updated_at = ?6, deleted = ?7,
                   key_json = ?8, sort_key = ?9, seq = ?10, changed_at_ms = ?11",
            )?
            .execute(params![
                id,
                participant.to_string(),
                record.kind.as_str(),
                record.hlc.to_sortable(),
                record.created_at.to_string(),
                record.updated_at.to_string(),
                record.deleted,
                serde_json::to_string(&record.key)?,
                sort_key(record),
                seq as i64,
                now_ms,
            ])?;
        if record.deleted {
            self.tx
                .prepare_cached("DELETE FROM record_data WHERE record_id = ?1")?
                .execute([&id])?;
        }
        for (scope, fields) in &record.data {
            self.tx
                .prepare_cached(
                    "INSERT INTO record_data(record_id, scope, fields) VALUES (?1, ?2, ?3)
                     ON CONFLICT(record_id, scope) DO UPDATE SET fields = ?3",
                )?
                .execute(params![id, scope.as_str(), serde_json::to_string(fields)?])?;
        }
        Ok(seq)
    }

    fn data_of(&self, id: &str) -> Result<BTreeMap<Scope, Map<String, Value>>, Error> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT scope, fields FROM record_data WHERE record_id = ?1")?;
        let rows = stmt.query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut data = BTreeMap::new();
        for row in rows {
            let (scope, fields) = row?;
            let scope: Scope = scope
                .parse()
                .map_err(|_| Error::Corrupt("record_data.scope"))?;
            data.insert(scope, serde_json::from_str(&fields)?);
        }
        Ok(data)
    }

    fn read_records(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<StoredRecord>, Error> {
        let mut stmt = self.tx.prepare_cached(sql)?;
        type Row = (String, String, String, String, String, bool, String, i64);
        let rows: Vec<Row> = stmt
            .query_map(params, |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(id, kind, hlc, created, updated, deleted, key, seq)| {
                let data = self.data_of(&id)?;
                let ts = |s: &str| {
                    s.parse::<Timestamp>()
                        .map_err(|_| Error::Corrupt("records.timestamp"))
                };
                Ok(StoredRecord {
                    seq: seq as u64,
                    record: WireRecord {
                        kind: kind.parse().map_err(|_| Error::Corrupt("records.kind"))?,
                        id: uuid_col(id, "records.id")?,
                        hlc: hlc.parse().map_err(|_| Error::Corrupt("records.hlc"))?,
                        created_at: ts(&created)?,
                        updated_at: ts(&updated)?,
                        deleted,
                        key: serde_json::from_str(&key)?,
                        data,
                    },
                })
            })
            .collect()
    }

    /// The participant's records changed after feed number `since`, oldest first, at most
    /// `limit`.
    pub fn feed(
        &self,
        participant: Uuid,
        since: u64,
        limit: usize,
    ) -> Result<Vec<StoredRecord>, Error> {
        self.read_records(
            "SELECT id, kind, hlc, created_at, updated_at, deleted, key_json, seq FROM records
             WHERE participant_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
            params![participant.to_string(), since as i64, limit as i64],
        )
    }

    /// The participant's live (not deleted) records of one kind whose sort key (the natural
    /// key, or the creation time) is at least `from`, in sort-key order.
    pub fn records_of_kind(
        &self,
        participant: Uuid,
        kind: RecordKind,
        from: &str,
    ) -> Result<Vec<WireRecord>, Error> {
        Ok(self
            .read_records(
                "SELECT id, kind, hlc, created_at, updated_at, deleted, key_json, seq FROM records
                 WHERE participant_id = ?1 AND kind = ?2 AND sort_key >= ?3 AND deleted = 0 ORDER BY sort_key",
                params![participant.to_string(), kind.as_str(), from],
            )?
            .into_iter()
            .map(|s| s.record)
            .collect())
    }

    /// One live record of the participant by id.
    pub fn record(&self, participant: Uuid, id: Uuid) -> Result<Option<WireRecord>, Error> {
        Ok(self
            .read_records(
                "SELECT id, kind, hlc, created_at, updated_at, deleted, key_json, seq FROM records
                 WHERE participant_id = ?1 AND id = ?2 AND deleted = 0",
                params![participant.to_string(), id.to_string()],
            )?
            .into_iter()
            .next()
            .map(|s| s.record))
    }

    /// The sort key of the participant's newest live record of `kind` (for a check-in, its
    /// day), without reading the record.
    pub fn latest_sort_key(
        &self,
        participant: Uuid,
        kind: RecordKind,
    ) -> Result<Option<String>, Error> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT max(sort_key) FROM records WHERE participant_id = ?1 AND kind = ?2 AND deleted = 0",
            )?
            .query_row(params![participant.to_string(), kind.as_str()], |r| r.get(0))?)
    }

    /// Purges the clinic's copy of `scopes` for the participant (not tombstones: another
    /// device must keep its own copy). Records of kinds none of whose scopes are still in
    /// `kept` disappear altogether. Returns how many scope groups were removed.
    pub fn purge_scopes(
        &self,
        participant: Uuid,
        scopes: &[Scope],
        kept: &[Scope],
    ) -> Result<u64, Error> {
        let pid = participant.to_string();
        let mut removed = 0;
        for scope in scopes {
            removed += self
                .tx
                .prepare_cached(
                    "DELETE FROM record_data WHERE scope = ?2 AND record_id IN (SELECT id FROM records WHERE participant_id = ?1)",
                )?
                .execute(params![pid, scope.as_str()])? as u64;
        }
        for kind in RecordKind::ALL {
            if imr_protocol::scopes_of(*kind)
                .iter()
                .any(|s| kept.contains(s))
            {
                continue;
            }
            self.tx
                .prepare_cached("DELETE FROM records WHERE participant_id = ?1 AND kind = ?2")?
                .execute(params![pid, kind.as_str()])?;
        }
        Ok(removed)
    }

    /// Erases every record and batch answer of the participant. Returns how many records.
    pub fn erase_records(&self, participant: Uuid) -> Result<u64, Error> {
        let pid = participant.to_string();
        self.tx.execute(
            "DELETE FROM record_data WHERE record_id IN (SELECT id FROM records WHERE participant_id = ?1)",
            [&pid],
        )?;
        let n = self
            .tx
            .execute("DELETE FROM records WHERE participant_id = ?1", [&pid])?;
        self.tx
            .execute("DELETE FROM push_batches WHERE participant_id = ?1", [&pid])?;
        Ok(n as u64)
    }

    /// Drops tombstones last changed before `before_ms`, remembering per participant the
    /// highest feed number dropped, so a device with an older cursor is told to resync fully.
    pub fn prune_tombstones(&self, before_ms: i64) -> Result<u64, Error> {
        self.tx.execute(
            "UPDATE participants SET pruned_seq = max(pruned_seq, (SELECT max(seq) FROM records r
               WHERE r.participant_id = participants.id AND r.deleted = 1 AND r.changed_at_ms < ?1))
             WHERE id IN (SELECT participant_id FROM records WHERE deleted = 1 AND changed_at_ms < ?1)",
            [before_ms],
        )?;
        let n = self.tx.execute(
            "DELETE FROM records WHERE deleted = 1 AND changed_at_ms < ?1",
            [before_ms],
        )?;
        Ok(n as u64)
    }

    /// The answer stored for a push batch already applied, with whose batch it was.
    pub fn batch_answer(&self, batch_id: Uuid) -> Result<Option<(Uuid, String)>, Error> {
        let row = self
            .tx
            .prepare_cached(
                "SELECT participant_id, response FROM push_batches WHERE batch_id = ?1",
            )?
            .query_row([batch_id.to_string()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?;
        row.map(|(p, resp)| Ok((uuid_col(p, "push_batches.participant_id")?, resp)))
            .transpose()
    }

    /// Remembers the answer to a batch, in the transaction that applied it.
    pub fn save_batch_answer(
        &self,
        batch_id: Uuid,
        participant: Uuid,
        answer: &str,
        now_ms: i64,
    ) -> Result<(), Error> {
        self.tx
            .prepare_cached("INSERT INTO push_batches(batch_id, participant_id, response, at_ms) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![batch_id.to_string(), participant.to_string(), answer, now_ms])?;
        Ok(())
    }
}
