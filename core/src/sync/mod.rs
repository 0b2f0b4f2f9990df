//! Offline-first sync with the clinic server (DESIGN.md section 6).
//!
//! Everything works without it. When paired, [`SyncClient::sync_now`] pushes the records
//! changed here (projected onto the participant's consent) in batches with batch ids, then
//! pulls what changed on the server since the cursor. Every step is its own store
//! transaction and the batch in flight is stored before it is sent, so dropping the future
//! at any point loses nothing and a retry applies once.

mod client;
mod http;
mod local;
mod rows;
mod state;
mod status;

pub use client::{Pairing, SyncClient, SyncReport};
pub use http::Retry;
pub use state::Rejection;
pub use status::SyncStatus;

use imr_protocol::api::ApiErrorCode;

/// What can stop a sync. Each maps to a message id in imr-content (`sync.ftl`), so the app
/// shows plain words in the participant's language.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The device is not paired with a clinic.
    #[error("not paired with a clinic")]
    NotPaired,
    /// The device is already paired; unpair first.
    #[error("already paired with a clinic")]
    AlreadyPaired,
    /// The server URL cannot be used.
    #[error("not a usable server address: {0}")]
    BadServerUrl(String),
    /// The server could not be reached (no network, TLS, timeout).
    #[error("server not reachable: {0}")]
    Offline(String),
    /// The server answered with a temporary failure (5xx, rate limited).
    #[error("server unavailable (HTTP {0})")]
    Unavailable(u16),
    /// The server refused the request.
    #[error("server refused: {code:?}: {message}")]
    Refused {
        /// The server's code, to act on.
        code: ApiErrorCode,
        /// The server's explanation, for logs.
        message: String,
    },
    /// The server's answer could not be read (a server of another version).
    #[error("unreadable answer: {0}")]
    Protocol(String),
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] crate::Error),
}

impl SyncError {
    /// Whether the same request may succeed later without anything being fixed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, SyncError::Offline(_) | SyncError::Unavailable(_))
    }

    /// The imr-content message id that explains this error to the participant.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::NotPaired => "sync-error-not-paired",
            SyncError::AlreadyPaired => "sync-error-already-paired",
            SyncError::BadServerUrl(_) => "sync-error-bad-address",
            SyncError::Offline(_) => "sync-error-offline",
            SyncError::Unavailable(_) => "sync-error-unavailable",
            SyncError::Refused { code, .. } => match code {
                ApiErrorCode::EnrollmentCodeInvalid => "sync-error-code-invalid",
                ApiErrorCode::DeviceUnpaired | ApiErrorCode::Unauthorized => "sync-error-unpaired",
                ApiErrorCode::RateLimited => "sync-error-unavailable",
                _ => "sync-error-refused",
            },
            SyncError::Protocol(_) => "sync-error-refused",
            SyncError::Store(_) => "sync-error-storage",
        }
    }
}

/// The message id shown when some records carry a clock stamp too far ahead of the
/// server's clock (the phone's clock is wrong).
pub const CLOCK_AHEAD_MESSAGE: &str = "sync-error-clock";

/// Every message id the sync may report, so a test can check each exists in every language.
pub const MESSAGE_IDS: &[&str] = &[
    "sync-error-not-paired",
    "sync-error-already-paired",
    "sync-error-bad-address",
    "sync-error-offline",
    "sync-error-unavailable",
    "sync-error-code-invalid",
    "sync-error-unpaired",
    "sync-error-refused",
    "sync-error-storage",
    CLOCK_AHEAD_MESSAGE,
];

#[cfg(test)]
mod tests {
    use imr_content::Catalogue;
    use imr_protocol::Locale;

    use super::*;

    #[test]
    fn every_sync_message_exists_in_every_language() {
        for locale in [Locale::En, Locale::Nb, Locale::Nl] {
            for id in MESSAGE_IDS {
                assert!(
                    Catalogue::get().has(locale, id),
                    "{id} missing in {locale:?}"
                );
            }
        }
    }
}
