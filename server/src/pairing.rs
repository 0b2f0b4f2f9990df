//! Pairing a participant's device with the clinic, their consent, unpairing and erasure.

use imr_protocol::api::{
    ApiErrorCode, ConsentChange, EnrollRequest, EnrollResponse, ErasureReceipt,
};
use imr_protocol::limits::TITLE_MAX_CHARS;
use imr_protocol::{Consent, FieldError, Problem, Scope};
use jiff::Timestamp;
use uuid::Uuid;

use crate::error::ApiFailure;
use crate::security::{hash_secret, new_enrollment_code, normalise_code, random_token};
use crate::store::{AuditEntry, ParticipantRow, Tx};

/// How long an enrollment code is valid.
pub const CODE_VALID_MS: i64 = 72 * 3600 * 1000;

/// Makes a new one-time enrollment code for the participant; only its hash is stored.
/// Returns the code (to show once) and when it expires.
pub fn new_code(
    tx: &Tx,
    participant: Uuid,
    now: Timestamp,
) -> Result<(String, Timestamp), crate::store::Error> {
    let code = new_enrollment_code();
    let expires_ms = now.as_millisecond() + CODE_VALID_MS;
    tx.add_enrollment_code(
        participant,
        &hash_secret(&normalise_code(&code)),
        expires_ms,
    )?;
    Ok((
        code,
        Timestamp::from_millisecond(expires_ms).unwrap_or(Timestamp::MAX),
    ))
}

/// Turns a valid code into a device token. The code is used up in the same transaction.
pub fn enroll(tx: &Tx, req: &EnrollRequest, now: Timestamp) -> Result<EnrollResponse, ApiFailure> {
    let label = req.device_label.trim();
    if label.is_empty() {
        return Err(ApiFailure::field(FieldError::new(
            "enroll.device_label",
            Problem::Empty,
        )));
    }
    if label.chars().count() > TITLE_MAX_CHARS {
        return Err(ApiFailure::field(FieldError::new(
            "enroll.device_label",
            Problem::TooLong {
                max: TITLE_MAX_CHARS,
            },
        )));
    }
    let code = normalise_code(&req.code);
    let invalid = || {
        ApiFailure::new(
            ApiErrorCode::EnrollmentCodeInvalid,
            "the enrollment code is unknown, used or expired",
        )
    };
    let participant_id = tx
        .redeem_enrollment_code(&hash_secret(&code), now.as_millisecond())?
        .ok_or_else(invalid)?;
    let participant = tx.participant(participant_id)?.ok_or_else(invalid)?;
    let token = random_token(32);
    tx.add_device(
        &hash_secret(&token),
        req.device_id,
        participant.id,
        label,
        &now.to_string(),
    )?;
    tx.audit(&AuditEntry {
        at: now.to_string(),
        actor_id: None,
        actor_name: label.to_owned(),
        actor_role: "participant".into(),
        on_behalf_of: None,
        clinic_id: Some(participant.clinic_id),
        participant_id: Some(participant.id),
        action: "paired".into(),
        what: "device".into(),
        source: None,
    })?;
    Ok(EnrollResponse {
        device_token: token,
        participant_id: participant.id,
        clinic_name: tx.clinic_name(participant.clinic_id)?.unwrap_or_default(),
        consent: participant.consent,
        server_time_ms: now.as_millisecond().max(0) as u64,
    })
}

/// Changes the participant's consent. Scopes turned off are purged from the clinic's copy
/// (a purge, not tombstones: the participant's other devices keep theirs).
pub fn change_consent(
    tx: &Tx,
    participant: &ParticipantRow,
    change: &ConsentChange,
) -> Result<Consent, ApiFailure> {
    if change.base_version != participant.consent.version {
        return Err(ApiFailure::new(
            ApiErrorCode::ConsentConflict,
            "the consent changed since base_version",
        ));
    }
    let next = Consent {
        version: participant.consent.version + 1,
        scopes: change.scopes.clone(),
    };
    let removed: Vec<Scope> = participant
        .consent
        .scopes
        .difference(&next.scopes)
        .copied()
        .collect();
    let kept: Vec<Scope> = next.scopes.iter().copied().collect();
    if !removed.is_empty() {
        tx.purge_scopes(participant.id, &removed, &kept)?;
    }
    tx.set_consent(participant.id, &next)?;
    Ok(next)
}

/// Erases everything the clinic holds about the participant, on their request, and unpairs
/// all their devices. The audit log keeps that it happened.
pub fn erase(
    tx: &Tx,
    participant: &ParticipantRow,
    now: Timestamp,
) -> Result<ErasureReceipt, ApiFailure> {
    let records_erased = tx.erase_records(participant.id)?;
    tx.mark_erased(participant.id, &now.to_string())?;
    tx.audit(&AuditEntry {
        at: now.to_string(),
        actor_id: None,
        actor_name: "participant".into(),
        actor_role: "participant".into(),
        on_behalf_of: None,
        clinic_id: Some(participant.clinic_id),
        participant_id: Some(participant.id),
        action: "erased".into(),
        what: "participant_data".into(),
        source: None,
    })?;
    Ok(ErasureReceipt {
        erased_at: now,
        records_erased,
    })
}
