//! Handlers of the device API.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, Query, State};
use imr_protocol::Consent;
use imr_protocol::api::{
    AccessAction, AccessLog, AccessLogEntry, ApiErrorCode, ConsentChange, DeviceStatus,
    EnrollRequest, EnrollResponse, ErasureReceipt, PullQuery, PullResponse, PushRequest,
    PushResponse,
};

use super::{ApiJson, PairedDevice};
use crate::error::ApiFailure;
use crate::state::AppState;
use crate::store::{ParticipantRow, Tx};
use crate::{pairing, sync};

fn current(tx: &Tx, paired: &PairedDevice) -> Result<ParticipantRow, ApiFailure> {
    tx.participant(paired.participant.id)?
        .ok_or_else(|| ApiFailure::new(ApiErrorCode::DeviceUnpaired, "this device was unpaired"))
}

/// `POST /api/v1/enroll`: a one-time code in, a device token out. Failed attempts are
/// limited per address.
pub async fn enroll(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    ApiJson(req): ApiJson<EnrollRequest>,
) -> Result<Json<EnrollResponse>, ApiFailure> {
    let key = addr.ip().to_string();
    let now = state.clock.now();
    if state.enroll_limiter.is_blocked(&key, now.as_millisecond()) {
        return Err(ApiFailure::new(
            ApiErrorCode::RateLimited,
            "too many enrollment attempts; try again later",
        ));
    }
    let result = state
        .store
        .run(move |tx| pairing::enroll(tx, &req, now))
        .await;
    if matches!(&result, Err(f) if f.body.code == ApiErrorCode::EnrollmentCodeInvalid) {
        state.enroll_limiter.fail(&key, now.as_millisecond());
    }
    result.map(Json)
}

/// `GET /api/v1/device`: this device's pairing.
pub async fn status(
    State(state): State<AppState>,
    paired: PairedDevice,
) -> Result<Json<DeviceStatus>, ApiFailure> {
    let now = state.clock.now();
    state
        .store
        .run(move |tx| {
            let p = current(tx, &paired)?;
            Ok(Json(DeviceStatus {
                participant_id: p.id,
                clinic_name: tx.clinic_name(p.clinic_id)?.unwrap_or_default(),
                consent: p.consent,
                server_time_ms: now.as_millisecond().max(0) as u64,
            }))
        })
        .await
}

/// `DELETE /api/v1/device`: the participant unpairs this device.
pub async fn unpair(
    State(state): State<AppState>,
    paired: PairedDevice,
) -> Result<axum::http::StatusCode, ApiFailure> {
    let now = state.clock.now().to_string();
    state
        .store
        .run(move |tx| {
            tx.unpair(paired.participant.id, Some(paired.device.device_id), &now)?;
            Ok(axum::http::StatusCode::NO_CONTENT)
        })
        .await
}

/// `GET /api/v1/consent`.
pub async fn consent(
    State(state): State<AppState>,
    paired: PairedDevice,
) -> Result<Json<Consent>, ApiFailure> {
    state
        .store
        .run(move |tx| Ok(Json(current(tx, &paired)?.consent)))
        .await
}

/// `PUT /api/v1/consent`: turning a scope off purges the clinic's copy of it.
pub async fn change_consent(
    State(state): State<AppState>,
    paired: PairedDevice,
    ApiJson(change): ApiJson<ConsentChange>,
) -> Result<Json<Consent>, ApiFailure> {
    state
        .store
        .run(move |tx| pairing::change_consent(tx, &current(tx, &paired)?, &change).map(Json))
        .await
}

/// `POST /api/v1/sync/push`.
pub async fn push(
    State(state): State<AppState>,
    paired: PairedDevice,
    ApiJson(req): ApiJson<PushRequest>,
) -> Result<Json<PushResponse>, ApiFailure> {
    let now = state.clock.now();
    state
        .store
        .run(move |tx| sync::push(tx, &current(tx, &paired)?, &req, now).map(Json))
        .await
}

/// `GET /api/v1/sync/pull?since=&limit=`.
pub async fn pull(
    State(state): State<AppState>,
    paired: PairedDevice,
    query: Result<Query<PullQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<PullResponse>, ApiFailure> {
    let Query(query) =
        query.map_err(|r| ApiFailure::new(ApiErrorCode::BadRequest, r.body_text()))?;
    let now = state.clock.now();
    state
        .store
        .run(move |tx| sync::pull(tx, &current(tx, &paired)?, query, now).map(Json))
        .await
}

/// `GET /api/v1/access-log`: who at the clinic looked at this participant's data.
pub async fn access_log(
    State(state): State<AppState>,
    paired: PairedDevice,
) -> Result<Json<AccessLog>, ApiFailure> {
    state
        .store
        .run(move |tx| {
            let rows = tx.audit_of_participant(current(tx, &paired)?.id, 500)?;
            let entries = rows
                .into_iter()
                .filter_map(|row| {
                    let action = match row.entry.action.as_str() {
                        "viewed" => AccessAction::Viewed,
                        "wrote" => AccessAction::Wrote,
                        "exported" => AccessAction::Exported,
                        "erased" => AccessAction::Erased,
                        _ => return None,
                    };
                    Some(AccessLogEntry {
                        at: row.entry.at.parse().ok()?,
                        actor: row.entry.actor_name,
                        role: row.entry.actor_role,
                        action,
                        what: row.entry.what,
                    })
                })
                .collect();
            Ok(Json(AccessLog { entries }))
        })
        .await
}

/// `DELETE /api/v1/participant-data`: erase everything the clinic holds.
pub async fn erase(
    State(state): State<AppState>,
    paired: PairedDevice,
) -> Result<Json<ErasureReceipt>, ApiFailure> {
    let now = state.clock.now();
    state
        .store
        .run(move |tx| pairing::erase(tx, &current(tx, &paired)?, now).map(Json))
        .await
}
