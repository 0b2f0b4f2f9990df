//! Participants, their care teams, enrollment codes, paired devices and consent.

use std::collections::BTreeSet;

use imr_protocol::{Consent, Scope};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{Error, Tx, uuid_col};

/// A participant as the clinic knows them: a pseudonym, never a national id.
#[derive(Clone, Debug, PartialEq)]
pub struct ParticipantRow {
    /// The participant's id at the clinic (the phone adopts it).
    pub id: Uuid,
    /// The clinic they belong to.
    pub clinic_id: Uuid,
    /// Pseudonym or initials.
    pub pseudonym: String,
    /// What they share.
    pub consent: Consent,
    /// The highest feed number whose tombstone was pruned.
    pub pruned_seq: u64,
    /// When a device last synced.
    pub last_sync_at: Option<String>,
}

/// A paired (or formerly paired) device.
#[derive(Clone, Debug, PartialEq)]
pub struct DeviceRow {
    /// The id the phone created.
    pub device_id: Uuid,
    /// Whose device.
    pub participant_id: Uuid,
    /// The participant's name for it.
    pub label: String,
    /// When it paired.
    pub paired_at: String,
    /// When it was unpaired, if it was.
    pub unpaired_at: Option<String>,
}

const PARTICIPANT_COLS: &str =
    "id, clinic_id, pseudonym, consent_version, consent_scopes, pruned_seq, last_sync_at";

type ParticipantTuple = (String, String, String, u32, String, i64, Option<String>);

fn participant_row(r: &rusqlite::Row) -> rusqlite::Result<ParticipantTuple> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
    ))
}

fn to_participant(
    row: (String, String, String, u32, String, i64, Option<String>),
) -> Result<ParticipantRow, Error> {
    let (id, clinic, pseudonym, version, scopes, pruned, last_sync_at) = row;
    let scopes: BTreeSet<Scope> = serde_json::from_str(&scopes)?;
    Ok(ParticipantRow {
        id: uuid_col(id, "participants.id")?,
        clinic_id: uuid_col(clinic, "participants.clinic_id")?,
        pseudonym,
        consent: Consent { version, scopes },
        pruned_seq: pruned as u64,
        last_sync_at,
    })
}

impl Tx<'_> {
    /// Creates a participant in `clinic`, in the care team of `clinician`.
    pub fn create_participant(
        &self,
        clinic: Uuid,
        pseudonym: &str,
        clinician: Uuid,
        now: &str,
    ) -> Result<Uuid, Error> {
        let id = Uuid::new_v4();
        self.tx.execute(
            "INSERT INTO participants(id, clinic_id, pseudonym, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![id.to_string(), clinic.to_string(), pseudonym, now],
        )?;
        self.add_to_care_team(id, clinician)?;
        Ok(id)
    }

    /// A participant who has not been erased.
    pub fn participant(&self, id: Uuid) -> Result<Option<ParticipantRow>, Error> {
        let sql = format!(
            "SELECT {PARTICIPANT_COLS} FROM participants WHERE id = ?1 AND erased_at IS NULL"
        );
        self.tx
            .prepare_cached(&sql)?
            .query_row([id.to_string()], participant_row)
            .optional()?
            .map(to_participant)
            .transpose()
    }

    /// The participants in a clinician's care teams, by pseudonym.
    pub fn caseload(&self, clinician: Uuid) -> Result<Vec<ParticipantRow>, Error> {
        let sql = format!(
            "SELECT {PARTICIPANT_COLS} FROM participants WHERE erased_at IS NULL AND id IN
             (SELECT participant_id FROM care_team WHERE clinician_id = ?1) ORDER BY pseudonym"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows: Vec<_> = stmt
            .query_map([clinician.to_string()], participant_row)?
            .collect::<Result<_, _>>()?;
        rows.into_iter().map(to_participant).collect()
    }

    /// One page of a clinic's participants, by pseudonym, and the clinic's total.
    pub fn clinic_participants(
        &self,
        clinic: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<ParticipantRow>, u64), Error> {
        let sql = format!(
            "SELECT {PARTICIPANT_COLS} FROM participants WHERE clinic_id = ?1 AND erased_at IS NULL
             ORDER BY pseudonym, id LIMIT ?2 OFFSET ?3"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows: Vec<_> = stmt
            .query_map(
                params![clinic.to_string(), limit as i64, offset as i64],
                participant_row,
            )?
            .collect::<Result<_, _>>()?;
        let total: i64 = self.tx.query_row(
            "SELECT count(*) FROM participants WHERE clinic_id = ?1 AND erased_at IS NULL",
            [clinic.to_string()],
            |r| r.get(0),
        )?;
        Ok((
            rows.into_iter()
                .map(to_participant)
                .collect::<Result<_, _>>()?,
            total as u64,
        ))
    }

    /// Whether `clinician` is in the participant's care team.
    pub fn in_care_team(&self, participant: Uuid, clinician: Uuid) -> Result<bool, Error> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT 1 FROM care_team WHERE participant_id = ?1 AND clinician_id = ?2",
            )?
            .query_row([participant.to_string(), clinician.to_string()], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Adds a clinician to a participant's care team (no-op if already there).
    pub fn add_to_care_team(&self, participant: Uuid, clinician: Uuid) -> Result<(), Error> {
        self.tx.execute(
            "INSERT OR IGNORE INTO care_team(participant_id, clinician_id) VALUES (?1, ?2)",
            [participant.to_string(), clinician.to_string()],
        )?;
        Ok(())
    }

    /// Removes a clinician from a participant's care team.
    pub fn remove_from_care_team(&self, participant: Uuid, clinician: Uuid) -> Result<(), Error> {
        self.tx.execute(
            "DELETE FROM care_team WHERE participant_id = ?1 AND clinician_id = ?2",
            [participant.to_string(), clinician.to_string()],
        )?;
        Ok(())
    }

    /// The display names of a participant's care team.
    pub fn care_team(&self, participant: Uuid) -> Result<Vec<(Uuid, String)>, Error> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT c.id, c.display_name FROM care_team t JOIN clinicians c ON c.id = t.clinician_id
             WHERE t.participant_id = ?1 ORDER BY c.display_name",
        )?;
        let rows: Vec<(String, String)> = stmt
            .query_map([participant.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(id, name)| Ok((uuid_col(id, "clinicians.id")?, name)))
            .collect()
    }

    /// Stores a new enrollment code's hash, valid until `expires_at_ms`.
    pub fn add_enrollment_code(
        &self,
        participant: Uuid,
        code_hash: &str,
        expires_at_ms: i64,
    ) -> Result<(), Error> {
        self.tx.execute(
            "INSERT INTO enrollment_codes(code_hash, participant_id, expires_at_ms) VALUES (?1, ?2, ?3)",
            params![code_hash, participant.to_string(), expires_at_ms],
        )?;
        Ok(())
    }

    /// Uses up the code with this hash if it is unused and unexpired at `now_ms`, giving its
    /// participant; `None` for an unknown, used or expired code.
    pub fn redeem_enrollment_code(
        &self,
        code_hash: &str,
        now_ms: i64,
    ) -> Result<Option<Uuid>, Error> {
        let participant: Option<String> = self
            .tx
            .query_row(
                "UPDATE enrollment_codes SET used_at_ms = ?2
                 WHERE code_hash = ?1 AND used_at_ms IS NULL AND expires_at_ms > ?2 RETURNING participant_id",
                params![code_hash, now_ms],
                |r| r.get(0),
            )
            .optional()?;
        participant
            .map(|p| uuid_col(p, "enrollment_codes.participant_id"))
            .transpose()
    }

    /// Pairs a device: stores only its token's hash.
    pub fn add_device(
        &self,
        token_hash: &str,
        device: Uuid,
        participant: Uuid,
        label: &str,
        now: &str,
    ) -> Result<(), Error> {
        self.tx.execute(
            "INSERT INTO devices(token_hash, device_id, participant_id, label, paired_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![token_hash, device.to_string(), participant.to_string(), label, now],
        )?;
        Ok(())
    }

    /// The device holding the token with this hash (paired or unpaired).
    pub fn device_by_token(&self, token_hash: &str) -> Result<Option<DeviceRow>, Error> {
        let row = self
            .tx
            .prepare_cached("SELECT device_id, participant_id, label, paired_at, unpaired_at FROM devices WHERE token_hash = ?1")?
            .query_row([token_hash], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?;
        row.map(|(d, p, label, paired_at, unpaired_at)| {
            Ok(DeviceRow {
                device_id: uuid_col(d, "devices.device_id")?,
                participant_id: uuid_col(p, "devices.participant_id")?,
                label,
                paired_at,
                unpaired_at,
            })
        })
        .transpose()
    }

    /// The participant's devices, paired first.
    pub fn devices_of(&self, participant: Uuid) -> Result<Vec<DeviceRow>, Error> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT device_id, label, paired_at, unpaired_at FROM devices WHERE participant_id = ?1
             ORDER BY unpaired_at IS NOT NULL, paired_at",
        )?;
        let rows: Vec<(String, String, String, Option<String>)> = stmt
            .query_map([participant.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(d, label, paired_at, unpaired_at)| {
                Ok(DeviceRow {
                    device_id: uuid_col(d, "devices.device_id")?,
                    participant_id: participant,
                    label,
                    paired_at,
                    unpaired_at,
                })
            })
            .collect()
    }

    /// Unpairs the participant's device `device` (or all of them when `None`). Returns how
    /// many were unpaired.
    pub fn unpair(&self, participant: Uuid, device: Option<Uuid>, now: &str) -> Result<u64, Error> {
        let n = match device {
            Some(d) => self.tx.execute(
                "UPDATE devices SET unpaired_at = ?3 WHERE participant_id = ?1 AND device_id = ?2 AND unpaired_at IS NULL",
                params![participant.to_string(), d.to_string(), now],
            )?,
            None => self.tx.execute(
                "UPDATE devices SET unpaired_at = ?2 WHERE participant_id = ?1 AND unpaired_at IS NULL",
                params![participant.to_string(), now],
            )?,
        };
        Ok(n as u64)
    }

    /// Stores the participant's new consent.
    pub fn set_consent(&self, participant: Uuid, consent: &Consent) -> Result<(), Error> {
        self.tx.execute(
            "UPDATE participants SET consent_version = ?2, consent_scopes = ?3 WHERE id = ?1",
            params![
                participant.to_string(),
                consent.version,
                serde_json::to_string(&consent.scopes)?
            ],
        )?;
        Ok(())
    }

    /// Notes that a device of the participant synced.
    pub fn touch_sync(&self, participant: Uuid, now: &str) -> Result<(), Error> {
        self.tx
            .prepare_cached("UPDATE participants SET last_sync_at = ?2 WHERE id = ?1")?
            .execute(params![participant.to_string(), now])?;
        Ok(())
    }

    /// Marks the participant erased: they disappear from every list, their devices unpair.
    pub fn mark_erased(&self, participant: Uuid, now: &str) -> Result<(), Error> {
        self.unpair(participant, None, now)?;
        self.tx.execute(
            "UPDATE participants SET erased_at = ?2, pseudonym = '', consent_scopes = '[]' WHERE id = ?1",
            params![participant.to_string(), now],
        )?;
        self.tx.execute(
            "DELETE FROM enrollment_codes WHERE participant_id = ?1",
            [participant.to_string()],
        )?;
        Ok(())
    }
}
