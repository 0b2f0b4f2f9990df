//! Judging and applying records, pushed by a device or written on the dashboard, and the
//! pull feed. One code path for every write, so the dashboard, the demo and devices obey the
//! same writer, ownership, natural-id, consent and clock rules.

use imr_protocol::api::{
    ApiErrorCode, Outcome, PullQuery, PullResponse, PulledRecord, PushRequest, PushResponse,
    RecordResult,
};
use imr_protocol::limits::{PULL_PAGE_MAX_RECORDS, PUSH_BATCH_MAX_RECORDS};
use imr_protocol::{
    Consent, FieldError, FieldScope, FieldType, Hlc, Problem, Refusal, RejectReason, WireRecord,
    WriterRole, fields, parse_record, scopes_of,
};
use jiff::Timestamp;

use crate::error::ApiFailure;
use crate::store::{ParticipantRow, Tx};

fn refuse(record: &WireRecord, reason: RejectReason) -> Refusal {
    Refusal {
        id: Some(record.id),
        reason,
        field: None,
    }
}

/// Checks one well-formed record against the rules only the server can check, and stores it
/// when it is newer than the server's copy.
pub fn apply(
    tx: &Tx,
    participant: &ParticipantRow,
    role: WriterRole,
    record: &WireRecord,
    now: Timestamp,
) -> Result<Result<Outcome, Refusal>, crate::store::Error> {
    let now_ms = now.as_millisecond();
    if record.kind.writer() != role {
        return Ok(Err(refuse(record, RejectReason::WrongWriter)));
    }
    if record.hlc.is_too_far_ahead(now_ms.max(0) as u64) {
        return Ok(Err(refuse(record, RejectReason::ClockAhead)));
    }
    if record
        .expected_id(participant.id)
        .is_some_and(|expected| expected != record.id)
    {
        return Ok(Err(Refusal {
            id: Some(record.id),
            reason: RejectReason::IdMismatch,
            field: Some(FieldError::new(
                format!("{}.id", record.kind),
                Problem::IdMismatch,
            )),
        }));
    }
    let consent = &participant.consent;
    let shared_kind = scopes_of(record.kind).iter().any(|s| consent.shares(*s));
    if !shared_kind || record.data.keys().any(|s| !consent.shares(*s)) {
        return Ok(Err(refuse(record, RejectReason::ScopeNotShared)));
    }
    for spec in fields(record.kind)
        .iter()
        .filter(|s| s.scope == FieldScope::Key && s.ty == FieldType::Id)
    {
        let Some(target) = record
            .key
            .get(spec.name)
            .and_then(|v| v.as_str())
            .and_then(|s| uuid::Uuid::parse_str(s).ok())
        else {
            continue;
        };
        if tx
            .stored(target)?
            .is_some_and(|s| s.participant != participant.id)
        {
            return Ok(Err(refuse(record, RejectReason::NotOwner)));
        }
    }
    match tx.stored(record.id)? {
        Some(s) if s.participant != participant.id => {
            Ok(Err(refuse(record, RejectReason::NotOwner)))
        }
        Some(s) if s.kind != record.kind => Ok(Err(refuse(record, RejectReason::IdMismatch))),
        Some(s) if s.hlc > record.hlc => Ok(Ok(Outcome::Superseded)),
        Some(s) if s.hlc == record.hlc => Ok(Ok(Outcome::Applied)),
        _ => {
            tx.put_record(participant.id, record, now_ms)?;
            Ok(Ok(Outcome::Applied))
        }
    }
}

fn result(index: usize, id: Option<uuid::Uuid>, judged: Result<Outcome, Refusal>) -> RecordResult {
    match judged {
        Ok(outcome) => RecordResult {
            index,
            id,
            outcome,
            reason: None,
            field: None,
        },
        Err(r) => RecordResult {
            index,
            id: r.id.or(id),
            outcome: Outcome::Rejected,
            reason: Some(r.reason),
            field: r.field,
        },
    }
}

/// Applies a device's push batch. A batch id seen before gets the stored answer and changes
/// nothing; each record is judged on its own, so one bad record never stalls the rest.
pub fn push(
    tx: &Tx,
    participant: &ParticipantRow,
    req: &PushRequest,
    now: Timestamp,
) -> Result<PushResponse, ApiFailure> {
    if let Some((owner, answer)) = tx.batch_answer(req.batch_id)? {
        if owner != participant.id {
            return Err(ApiFailure::new(
                ApiErrorCode::BadRequest,
                "batch_id was already used",
            ));
        }
        return serde_json::from_str(&answer)
            .map_err(|e| ApiFailure::from(crate::store::Error::from(e)));
    }
    if req.records.len() > PUSH_BATCH_MAX_RECORDS {
        return Err(ApiFailure::field(FieldError::new(
            "push.records",
            Problem::TooMany {
                max: PUSH_BATCH_MAX_RECORDS,
            },
        )));
    }
    if req.consent_version < participant.consent.version {
        return Err(ApiFailure::new(
            ApiErrorCode::ConsentOutdated,
            "the consent changed; fetch it and re-project",
        ));
    }
    if req.consent_version > participant.consent.version {
        return Err(ApiFailure::new(
            ApiErrorCode::ConsentConflict,
            "the server does not know this consent version",
        ));
    }
    let mut results = Vec::with_capacity(req.records.len());
    for (index, value) in req.records.iter().enumerate() {
        let judged = match parse_record(value) {
            Ok(record) => apply(tx, participant, WriterRole::Participant, &record, now)?,
            Err(refusal) => Err(refusal),
        };
        let id = value
            .get("id")
            .and_then(|v| v.as_str())
            .and_then(|s| uuid::Uuid::parse_str(s).ok());
        results.push(result(index, id, judged));
    }
    let answer = PushResponse {
        batch_id: req.batch_id,
        results,
        server_time_ms: now.as_millisecond().max(0) as u64,
    };
    let text = serde_json::to_string(&answer)
        .map_err(|e| ApiFailure::from(crate::store::Error::from(e)))?;
    tx.save_batch_answer(req.batch_id, participant.id, &text, now.as_millisecond())?;
    tx.touch_sync(participant.id, &now.to_string())?;
    Ok(answer)
}

/// The records changed since the device's cursor, projected onto the current consent.
pub fn pull(
    tx: &Tx,
    participant: &ParticipantRow,
    query: PullQuery,
    now: Timestamp,
) -> Result<PullResponse, ApiFailure> {
    let full_resync = query.since > 0 && query.since < participant.pruned_seq;
    // A full resync is one page holding every live record: paging it would leave the next
    // cursor below the pruned tombstones and restart the resync for ever.
    let limit = match (full_resync, query.limit) {
        (true, _) => i64::MAX as usize - 1,
        (false, l) => l
            .map_or(PULL_PAGE_MAX_RECORDS, |l| l as usize)
            .clamp(1, PULL_PAGE_MAX_RECORDS),
    };
    let since = if full_resync { 0 } else { query.since };
    let mut rows = tx.feed(participant.id, since, limit + 1)?;
    let has_more = rows.len() > limit;
    rows.truncate(limit);
    let last = rows.last().map_or(since, |r| r.seq);
    let cursor = if full_resync {
        last.max(participant.pruned_seq)
    } else {
        last
    };
    let records = rows
        .into_iter()
        .filter_map(|r| {
            shared_part(r.record, &participant.consent)
                .map(|record| PulledRecord { seq: r.seq, record })
        })
        .collect();
    tx.touch_sync(participant.id, &now.to_string())?;
    Ok(PullResponse {
        records,
        cursor,
        has_more,
        full_resync,
        server_time_ms: now.as_millisecond().max(0) as u64,
    })
}

/// The part of a stored record the participant shares now: the stored groups of shared
/// scopes only. Unlike the phone's `WireRecord::project`, a group the server does not hold
/// is left out rather than sent empty, so another device never clears fields it has and
/// the clinic never had.
fn shared_part(mut record: WireRecord, consent: &Consent) -> Option<WireRecord> {
    if !scopes_of(record.kind).iter().any(|s| consent.shares(*s)) {
        return None;
    }
    record.data.retain(|scope, _| consent.shares(*scope));
    Some(record)
}

/// The next stamp for a record the server writes on a clinician's behalf.
pub fn server_stamp(tx: &Tx, now: Timestamp) -> Result<Hlc, crate::store::Error> {
    let device = tx.server_device_id()?;
    let last = tx.server_hlc()?.unwrap_or_else(|| Hlc::zero(device));
    let hlc = Hlc::tick(last, now.as_millisecond().max(0) as u64, device);
    tx.set_server_hlc(hlc)?;
    Ok(hlc)
}
