//! The device API's error answer: a status code and an `imr_protocol::api::ApiError` body.
//! Never carries a stack trace or SQL; storage failures are logged and answered `internal`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use imr_protocol::FieldError;
use imr_protocol::api::{ApiError, ApiErrorCode};

use crate::store;

/// A refused or failed device API request.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiFailure {
    /// The body sent to the device.
    pub body: ApiError,
}

impl ApiFailure {
    /// A failure with `code` and a short English `message` for logs.
    pub fn new(code: ApiErrorCode, message: impl Into<String>) -> Self {
        ApiFailure {
            body: ApiError {
                code,
                message: message.into(),
                field: None,
            },
        }
    }

    /// A refused field.
    pub fn field(field: FieldError) -> Self {
        ApiFailure {
            body: ApiError {
                code: ApiErrorCode::InvalidField,
                message: field.to_string(),
                field: Some(field),
            },
        }
    }

    /// The HTTP status matching the code.
    pub fn status(&self) -> StatusCode {
        match self.body.code {
            ApiErrorCode::BadRequest | ApiErrorCode::InvalidField => StatusCode::BAD_REQUEST,
            ApiErrorCode::Unauthorized | ApiErrorCode::DeviceUnpaired => StatusCode::UNAUTHORIZED,
            ApiErrorCode::Forbidden => StatusCode::FORBIDDEN,
            ApiErrorCode::NotFound => StatusCode::NOT_FOUND,
            ApiErrorCode::EnrollmentCodeInvalid => StatusCode::BAD_REQUEST,
            ApiErrorCode::ConsentOutdated | ApiErrorCode::ConsentConflict => StatusCode::CONFLICT,
            ApiErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ApiErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<store::Error> for ApiFailure {
    fn from(err: store::Error) -> Self {
        tracing::error!(error = %err, "storage failure");
        ApiFailure::new(ApiErrorCode::Internal, "internal error; try again later")
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        (self.status(), Json(self.body)).into_response()
    }
}
