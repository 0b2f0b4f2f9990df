//! What the app shows about sync: paired or not, when it last worked, what waits, and the
//! last problem as a message id the app looks up in imr-content.

use imr_protocol::Consent;
use jiff::Timestamp;

use super::local;
use super::state::{self, Rejection, keys};
use crate::error::Result;
use crate::store::Store;

/// The sync's state, for the settings screen.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncStatus {
    /// Whether the device is paired with a clinic.
    pub paired: bool,
    /// The clinic's name, when paired.
    pub clinic_name: Option<String>,
    /// The consent the phone shares under.
    pub consent: Consent,
    /// When the last sync completed.
    pub last_success: Option<Timestamp>,
    /// Changed records waiting for upload (shared scopes only).
    pub pending: u64,
    /// The last sync's problem as an imr-content message id; `None` after a clean sync.
    pub last_error: Option<String>,
    /// Records the server refused, newest last.
    pub rejections: Vec<Rejection>,
}

/// Reads the status from the store.
pub(crate) fn read(store: &Store) -> Result<SyncStatus> {
    store.read(|conn| {
        let consent = state::consent(conn)?;
        let last_success = state::get(conn, keys::LAST_SUCCESS)?
            .and_then(|ms| ms.parse::<i64>().ok())
            .and_then(|ms| Timestamp::from_millisecond(ms).ok());
        Ok(SyncStatus {
            paired: local::has(conn, keys::TOKEN)?,
            clinic_name: state::get(conn, keys::CLINIC)?,
            pending: local::pending_count(conn, &consent)?,
            consent,
            last_success,
            last_error: state::get(conn, keys::LAST_ERROR)?,
            rejections: state::get_json(conn, keys::REJECTIONS)?.unwrap_or_default(),
        })
    })
}
