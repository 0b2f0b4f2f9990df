//! The database key, handed over by the app (from the Android Keystore or the iOS Keychain).
//!
//! The app implements [`KeyProvider`]; the core asks it whenever it opens the database and
//! never stores the key. A key that cannot be read yet (a background task before the first
//! unlock) is reported as `ApiException.KeyUnavailable` and the open fails with the same,
//! retryable error; a key that is gone for good as `ApiException.KeyLost`.

use std::sync::{Arc, Mutex, PoisonError};

use imr_core::KeyError;
use zeroize::Zeroizing;

use crate::error::{ApiError, ApiResult};

/// Length of the raw SQLCipher key, in bytes.
pub const KEY_BYTES: usize = 32;

/// The app's source of the 32-byte database key.
#[uniffi::export(with_foreign)]
pub trait KeyProvider: Send + Sync {
    /// The raw 32-byte key. Throw `KeyUnavailable` when it cannot be read now (retry later)
    /// and `KeyLost` when it no longer exists.
    fn database_key(&self) -> ApiResult<Vec<u8>>;
}

/// The app's key provider as the core's: checks the length, wipes the copies, and keeps why
/// the last request failed (the core's error has no room for the app's words).
pub(crate) struct ForeignKeys {
    provider: Arc<dyn KeyProvider>,
    last_failure: Mutex<Option<ApiError>>,
}

impl ForeignKeys {
    pub(crate) fn new(provider: Arc<dyn KeyProvider>) -> Self {
        Self {
            provider,
            last_failure: Mutex::new(None),
        }
    }

    /// The error of the app's key provider behind the core's `error`, if that is what failed.
    pub(crate) fn explain(&self, error: imr_core::Error) -> ApiError {
        let failure = self
            .last_failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        match (&error, failure) {
            (imr_core::Error::KeyUnavailable | imr_core::Error::KeyLost(_), Some(failure)) => {
                failure
            }
            _ => error.into(),
        }
    }

    fn fail(&self, error: ApiError) -> KeyError {
        let key_error = match &error {
            ApiError::KeyLost { reason } => KeyError::Lost(reason.clone()),
            ApiError::InvalidInput { reason, .. } => KeyError::Lost(reason.clone()),
            _ => KeyError::Unavailable,
        };
        tracing::warn!(target: "imr_ffi", error = %error, "the key provider failed");
        *self
            .last_failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(error);
        key_error
    }
}

impl imr_core::KeyProvider for ForeignKeys {
    fn database_key(&self) -> Result<Zeroizing<[u8; KEY_BYTES]>, KeyError> {
        let bytes = Zeroizing::new(self.provider.database_key().map_err(|e| self.fail(e))?);
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        if bytes.len() != KEY_BYTES {
            return Err(self.fail(ApiError::InvalidInput {
                field: "key_provider.database_key".into(),
                reason: format!("must be {KEY_BYTES} bytes, not {}", bytes.len()),
            }));
        }
        key.copy_from_slice(&bytes);
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use imr_core::KeyProvider as _;

    struct Answers(ApiResult<Vec<u8>>);

    impl KeyProvider for Answers {
        fn database_key(&self) -> ApiResult<Vec<u8>> {
            self.0.clone()
        }
    }

    fn keys(answer: ApiResult<Vec<u8>>) -> ForeignKeys {
        ForeignKeys::new(Arc::new(Answers(answer)))
    }

    #[test]
    fn a_32_byte_key_is_handed_to_the_core() {
        let key = keys(Ok(vec![7; 32])).database_key().unwrap();
        assert_eq!(*key, [7; 32]);
    }

    #[test]
    fn a_key_of_another_length_is_refused_and_explained() {
        let keys = keys(Ok(vec![7; 16]));
        assert!(matches!(keys.database_key(), Err(KeyError::Lost(_))));
        let explained = keys.explain(imr_core::Error::KeyLost("x".into()));
        assert_eq!(
            explained,
            ApiError::InvalidInput {
                field: "key_provider.database_key".into(),
                reason: "must be 32 bytes, not 16".into()
            }
        );
    }

    #[test]
    fn an_unavailable_key_stays_retryable_with_the_apps_reason() {
        let keys = keys(Err(ApiError::KeyUnavailable {
            reason: "device locked".into(),
        }));
        assert_eq!(keys.database_key().unwrap_err(), KeyError::Unavailable);
        assert_eq!(
            keys.explain(imr_core::Error::KeyUnavailable),
            ApiError::KeyUnavailable {
                reason: "device locked".into()
            }
        );
    }
}
