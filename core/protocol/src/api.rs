//! Requests and responses of the device API, versioned under `/api/v1`.
//!
//! The device authenticates with `Authorization: Bearer <device token>`. Every request is
//! idempotent: a retried push batch (same `batch_id`) applies once and gets the same answer.

use std::collections::BTreeSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::problem::FieldError;
use crate::record::WireRecord;
use crate::scope::{Consent, Scope};
use crate::validate::RejectReason;

/// Paths of the device API.
pub mod paths {
    /// `POST`: enrollment code in, device token out.
    pub const ENROLL: &str = "/api/v1/enroll";
    /// `GET`: this device's pairing; `DELETE`: unpair this device.
    pub const DEVICE: &str = "/api/v1/device";
    /// `GET`: the current consent; `PUT`: change it.
    pub const CONSENT: &str = "/api/v1/consent";
    /// `POST`: push a batch of changed records.
    pub const PUSH: &str = "/api/v1/sync/push";
    /// `GET ?since=<cursor>&limit=<n>`: records changed on the server since the cursor.
    pub const PULL: &str = "/api/v1/sync/pull";
    /// `GET`: who at the clinic looked at this participant's data.
    pub const ACCESS_LOG: &str = "/api/v1/access-log";
    /// `DELETE`: erase everything the clinic holds about this participant.
    pub const PARTICIPANT_DATA: &str = "/api/v1/participant-data";
    /// `GET`: the OpenAPI document of this API.
    pub const OPENAPI: &str = "/api/v1/openapi.json";
}

/// Turns a one-time enrollment code into a device token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollRequest {
    /// The code the clinician gave the participant (spaces and dashes are ignored).
    pub code: String,
    /// The id the core created for this device.
    pub device_id: Uuid,
    /// A name the participant recognises the device by ("Kari's phone").
    pub device_label: String,
}

/// A paired device's credentials and starting state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollResponse {
    /// The secret the device sends as a bearer token; the server keeps only its hash.
    pub device_token: String,
    /// The participant's id at the clinic. The phone adopts it, so deterministic ids agree
    /// across all the participant's devices.
    pub participant_id: Uuid,
    /// The clinic's name, to show in settings.
    pub clinic_name: String,
    /// The consent the server holds (the participant's other device may have set it).
    pub consent: Consent,
    /// The server's clock, so the device can correct a wrong clock before stamping.
    pub server_time_ms: u64,
}

/// What the device learns about its pairing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceStatus {
    /// The participant's id at the clinic.
    pub participant_id: Uuid,
    /// The clinic's name.
    pub clinic_name: String,
    /// The consent the server holds.
    pub consent: Consent,
    /// The server's clock.
    pub server_time_ms: u64,
}

/// Changes the sharing choice. Refused with `consent_conflict` unless `base_version` is the
/// server's current version; the new version is `base_version + 1`. Turning a scope off
/// purges the clinic's copy of that scope's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentChange {
    /// The version the change was made on.
    pub base_version: u32,
    /// The scopes to share from now on.
    pub scopes: BTreeSet<Scope>,
}

/// A batch of changed records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PushRequest {
    /// Chosen by the device; a retry with the same id gets the same answer and applies once.
    pub batch_id: Uuid,
    /// The consent the records were projected under; an older one than the server's is
    /// refused as a whole (`consent_outdated`).
    pub consent_version: u32,
    /// The records, each judged on its own (kept as raw JSON so one malformed record
    /// cannot fail the batch).
    pub records: Vec<Value>,
}

impl PushRequest {
    /// A batch of well-formed records.
    pub fn new(batch_id: Uuid, consent_version: u32, records: &[WireRecord]) -> Self {
        let records = records
            .iter()
            .filter_map(|r| serde_json::to_value(r).ok())
            .collect();
        Self {
            batch_id,
            consent_version,
            records,
        }
    }
}

/// What happened to one pushed record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Stored; it is now the server's copy.
    Applied,
    /// Accepted, but the server already holds a newer stamp of this record, which the device
    /// will receive on its next pull.
    Superseded,
    /// Refused; see the reason. Resending it unchanged will be refused again.
    Rejected,
}

/// The answer for one record of a push, in the order they were sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordResult {
    /// The record's position in the batch.
    pub index: usize,
    /// The record's id, when it could be read.
    pub id: Option<Uuid>,
    /// What happened.
    pub outcome: Outcome,
    /// Why it was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RejectReason>,
    /// The field at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<FieldError>,
}

/// The answer to a push.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PushResponse {
    /// The batch this answers.
    pub batch_id: Uuid,
    /// One result per record.
    pub results: Vec<RecordResult>,
    /// The server's clock when the batch was applied.
    pub server_time_ms: u64,
}

/// Query of a pull.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullQuery {
    /// The cursor from the previous pull (0 for everything).
    pub since: u64,
    /// Most records wanted (the server caps it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// One record of a pull, with its place in the server's feed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PulledRecord {
    /// The server sequence number of this version of the record.
    pub seq: u64,
    /// The record.
    pub record: WireRecord,
}

/// Records changed on the server since the cursor, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PullResponse {
    /// The records.
    pub records: Vec<PulledRecord>,
    /// Where the next pull starts; store it in the same transaction as these records.
    pub cursor: u64,
    /// More records are waiting: pull again.
    pub has_more: bool,
    /// The cursor was older than the kept tombstones: this page starts from the beginning,
    /// and the device must treat records it holds that never arrive as deleted remotely.
    pub full_resync: bool,
    /// The server's clock.
    pub server_time_ms: u64,
}

/// What someone at the clinic did with the participant's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessAction {
    /// Looked at it.
    Viewed,
    /// Added or changed something (homework, a comment, a rating).
    Wrote,
    /// Printed or exported it.
    Exported,
    /// Erased it on request.
    Erased,
}

/// One line of "who at the clinic looked at my data".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessLogEntry {
    /// When.
    pub at: Timestamp,
    /// Who (the clinician's display name).
    pub actor: String,
    /// Their role at the clinic (`clinician` or `clinic_admin`).
    pub role: String,
    /// What they did.
    pub action: AccessAction,
    /// Which data, as a stable key the app translates (`caseload`, `check_ins`, `plan`...).
    pub what: String,
}

/// The participant's own access log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessLog {
    /// Newest first.
    pub entries: Vec<AccessLogEntry>,
}

/// The clinic's confirmation that it erased the participant's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureReceipt {
    /// When it was erased.
    pub erased_at: Timestamp,
    /// How many records were erased.
    pub records_erased: u64,
}

/// Machine-readable error codes of the API; the device acts on the code, not the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiErrorCode {
    /// The request could not be read.
    BadRequest,
    /// A field of the request is refused; see `field`.
    InvalidField,
    /// No valid credentials.
    Unauthorized,
    /// The device was unpaired; pair again to sync.
    DeviceUnpaired,
    /// Not allowed to see or change this.
    Forbidden,
    /// No such thing.
    NotFound,
    /// The enrollment code is unknown, used or expired.
    EnrollmentCodeInvalid,
    /// The batch was made under an older consent than the server holds: fetch it, re-project.
    ConsentOutdated,
    /// The consent changed since the version the change was made on.
    ConsentConflict,
    /// Too many attempts; try again later.
    RateLimited,
    /// The request body is too large.
    PayloadTooLarge,
    /// Something went wrong on the server; try again later.
    Internal,
}

/// The JSON body of every 4xx and 5xx answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApiError {
    /// What went wrong, for the device to act on.
    pub code: ApiErrorCode,
    /// A short English explanation for logs; never shown to the participant as is.
    pub message: String,
    /// The field at fault, for `invalid_field`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<FieldError>,
}
