//! The device API under `/api/v1`: JSON in and out, bearer-token authenticated, every error
//! an `ApiError` body. Paths and bodies come from `imr_protocol::api`.

mod device;
pub mod openapi;

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::routing::{get, post};
use imr_protocol::api::{ApiErrorCode, paths};
use serde::de::DeserializeOwned;

use crate::error::ApiFailure;
use crate::security::hash_secret;
use crate::state::AppState;
use crate::store::{DeviceRow, ParticipantRow};

/// Largest device API request body (a full push batch with plan snapshots fits).
pub const API_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// The device API routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::ENROLL, post(device::enroll))
        .route(paths::DEVICE, get(device::status).delete(device::unpair))
        .route(
            paths::CONSENT,
            get(device::consent).put(device::change_consent),
        )
        .route(paths::PUSH, post(device::push))
        .route(paths::PULL, get(device::pull))
        .route(paths::ACCESS_LOG, get(device::access_log))
        .route(
            paths::PARTICIPANT_DATA,
            axum::routing::delete(device::erase),
        )
        .route(paths::OPENAPI, get(openapi::document))
}

/// A JSON body whose refusal is an `ApiError`, not axum's plain-text rejection.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiFailure;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => {
                let code = if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    ApiErrorCode::PayloadTooLarge
                } else {
                    ApiErrorCode::BadRequest
                };
                Err(ApiFailure::new(code, rejection.body_text()))
            }
        }
    }
}

/// The paired device making the request, and its participant.
pub struct PairedDevice {
    /// The device.
    pub device: DeviceRow,
    /// Its participant, as stored now.
    pub participant: ParticipantRow,
}

impl FromRequestParts<AppState> for PairedDevice {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                ApiFailure::new(ApiErrorCode::Unauthorized, "a device token is required")
            })?;
        let hash = hash_secret(token);
        state
            .store
            .run(move |tx| {
                let device = tx.device_by_token(&hash)?.ok_or_else(|| {
                    ApiFailure::new(ApiErrorCode::Unauthorized, "unknown device token")
                })?;
                if device.unpaired_at.is_some() {
                    return Err(ApiFailure::new(
                        ApiErrorCode::DeviceUnpaired,
                        "this device was unpaired",
                    ));
                }
                let participant = tx.participant(device.participant_id)?.ok_or_else(|| {
                    ApiFailure::new(ApiErrorCode::DeviceUnpaired, "this device was unpaired")
                })?;
                Ok(PairedDevice {
                    device,
                    participant,
                })
            })
            .await
    }
}
