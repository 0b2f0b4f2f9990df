//! The one error the apps see. Each variant is something the app can act on: show the
//! field's problem next to the input, refresh a list, ask for the key again, retry later,
//! or tell the person their data could not be stored. The core's internal errors are mapped
//! here, so the apps never depend on how the core is built.

use imr_protocol::FieldError;

/// Why a call failed, as an action for the app.
#[derive(Debug, Clone, PartialEq, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// The input was refused; nothing was changed. Show `reason` at the input named by
    /// `field` (`kind.field`, for example `check_in.mood`).
    #[error("{field} {reason}")]
    InvalidInput {
        /// The refused field, as `kind.field` (the same names the clinic uses).
        field: String,
        /// Why, in plain words (for logs; the screen text comes from the content catalogue).
        reason: String,
    },
    /// The record asked for does not exist (or was deleted): refresh what is shown.
    #[error("not found: {what}")]
    NotFound {
        /// What was looked for, for example `goal 0b6f…`.
        what: String,
    },
    /// The record was written by the clinician (each record has one writer) and can only be
    /// read on the phone: do not offer to edit or delete it.
    #[error("read-only here: {what}")]
    ReadOnly {
        /// What was to be changed, for example `homework 0b6f…`.
        what: String,
    },
    /// The key from the key provider does not open the database. Do not retry with the
    /// same key: the stored data can only be read with the key it was written with.
    #[error("the key does not open the database")]
    WrongKey,
    /// The key provider could not hand out the key now (device locked, keystore busy):
    /// retry later, for example once the person has unlocked the phone.
    #[error("the database key is unavailable: {reason}")]
    KeyUnavailable {
        /// What the key provider reported.
        reason: String,
    },
    /// The key provider has no key any more (app data cleared, keystore reset): the data
    /// can only come back from a backup. Retrying does not help.
    #[error("the database key is lost: {reason}")]
    KeyLost {
        /// What the key provider or the core reported.
        reason: String,
    },
    /// The key is right but the database file is damaged: offer to restore a backup. The
    /// file was left untouched.
    #[error("the database is damaged: {reason}")]
    Corrupt {
        /// What was found damaged, for logs.
        reason: String,
    },
    /// The database was written by a newer version of the app: ask the person to update.
    /// The file was left untouched.
    #[error("the database is at version {found}; this app reads up to {supported}")]
    NeedsNewerApp {
        /// The file's schema version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The database could not be read or written (disk full, file damaged, I/O error).
    /// Nothing was changed by the failed call.
    #[error("storage failed: {reason}")]
    Storage {
        /// What went wrong, for logs.
        reason: String,
    },
    /// A backup could not be written or restored; nothing in the store changed. `problem`
    /// says what the app should ask of the person.
    #[error("backup refused ({problem:?}): {reason}")]
    BackupRefused {
        /// What is wrong, as an action.
        problem: BackupProblem,
        /// Details, for logs.
        reason: String,
    },
    /// The clinic could not be reached or refused the request. Reserved for sync.
    #[error("network failed: {reason}")]
    Network {
        /// What went wrong, for logs.
        reason: String,
    },
    /// The core (or an object handed out by it) was used after `close()`: open it again.
    #[error("the core is closed")]
    Closed,
}

/// Why a backup was refused, as what the app asks of the person next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum BackupProblem {
    /// The passphrase does not open the backup: ask for it again.
    WrongPassphrase,
    /// The file is not a backup of this app: pick another file.
    NotABackup,
    /// The backup was cut short or changed after it was written: pick another backup.
    Damaged,
    /// The backup comes from a newer version of the app: update the app first.
    TooNew,
    /// The backup does not fit this version of the app.
    Incompatible,
    /// The store already holds records: ask whether to replace them or merge.
    NeedsMode,
    /// A record of the backup clashes with one here: try replacing instead of merging.
    Conflict,
}

impl From<imr_core::backup::BackupError> for ApiError {
    fn from(error: imr_core::backup::BackupError) -> Self {
        use imr_core::backup::BackupError as B;
        let problem = match &error {
            B::Invalid(_) | B::Store(_) | B::Io(_) => None,
            B::WrongPassphrase => Some(BackupProblem::WrongPassphrase),
            B::NotABackup => Some(BackupProblem::NotABackup),
            B::Damaged(_) => Some(BackupProblem::Damaged),
            B::TooNew { .. } => Some(BackupProblem::TooNew),
            B::Incompatible(_) => Some(BackupProblem::Incompatible),
            B::NeedsMode => Some(BackupProblem::NeedsMode),
            B::Conflict(_) => Some(BackupProblem::Conflict),
        };
        match (problem, error) {
            (Some(problem), error) => ApiError::BackupRefused {
                problem,
                reason: error.to_string(),
            },
            (None, B::Invalid(field)) => field.into(),
            (None, B::Store(error)) => error.into(),
            (None, error) => ApiError::Storage {
                reason: error.to_string(),
            },
        }
    }
}

impl From<FieldError> for ApiError {
    fn from(error: FieldError) -> Self {
        ApiError::InvalidInput {
            field: error.field,
            reason: error.problem.to_string(),
        }
    }
}

impl From<imr_core::Error> for ApiError {
    fn from(error: imr_core::Error) -> Self {
        use imr_core::Error as E;
        let mapped = match error {
            E::Invalid(field) => field.into(),
            E::NotFound { kind, id } => ApiError::NotFound {
                what: format!("{kind} {id}"),
            },
            E::KeyUnavailable => ApiError::KeyUnavailable {
                reason: "the key provider cannot hand out the key yet".into(),
            },
            E::KeyLost(reason) => ApiError::KeyLost { reason },
            E::ReadOnly { kind, id } => ApiError::ReadOnly {
                what: format!("{kind} {id}"),
            },
            E::WrongKey => ApiError::WrongKey,
            E::Corrupt(reason) => ApiError::Corrupt { reason },
            E::TooNew { found, supported } => ApiError::NeedsNewerApp { found, supported },
            E::Closed => ApiError::Closed,
            e @ (E::BadData(_) | E::Storage(_) | E::Io(_)) => ApiError::Storage {
                reason: e.to_string(),
            },
        };
        tracing::debug!(target: "imr_ffi", error = %mapped, "call refused");
        mapped
    }
}

/// Only the key provider's callback returns `ApiError`, so an exception the app's key
/// provider threw other than an `ApiException` means the key could not be obtained.
impl From<uniffi::UnexpectedUniFFICallbackError> for ApiError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        ApiError::KeyUnavailable {
            reason: error.reason,
        }
    }
}

/// Result of every fallible call of the FFI.
pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;
    use imr_protocol::Problem;

    #[test]
    fn a_field_error_keeps_the_field_name_and_says_why() {
        let error: ApiError = FieldError::new(
            "check_in.mood",
            Problem::OutOfRange {
                min: 0.0,
                max: 10.0,
            },
        )
        .into();
        assert_eq!(
            error,
            ApiError::InvalidInput {
                field: "check_in.mood".into(),
                reason: "must be between 0 and 10".into()
            }
        );
    }

    #[test]
    fn the_cores_errors_become_actions_for_the_app() {
        use imr_core::Error as E;
        use imr_protocol::RecordKind;
        let cases = [
            (
                E::NotFound {
                    kind: RecordKind::CheckIn,
                    id: "2026-03-01".into(),
                },
                ApiError::NotFound {
                    what: "check_in 2026-03-01".into(),
                },
            ),
            (E::WrongKey, ApiError::WrongKey),
            (
                E::KeyLost("keystore reset".into()),
                ApiError::KeyLost {
                    reason: "keystore reset".into(),
                },
            ),
            (
                E::Corrupt("page 4".into()),
                ApiError::Corrupt {
                    reason: "page 4".into(),
                },
            ),
            (
                E::TooNew {
                    found: 3,
                    supported: 1,
                },
                ApiError::NeedsNewerApp {
                    found: 3,
                    supported: 1,
                },
            ),
            (E::Closed, ApiError::Closed),
        ];
        for (core, api) in cases {
            assert_eq!(ApiError::from(core), api);
        }
        assert!(matches!(
            ApiError::from(E::KeyUnavailable),
            ApiError::KeyUnavailable { .. }
        ));
        assert!(matches!(
            ApiError::from(E::BadData("x".into())),
            ApiError::Storage { .. }
        ));
    }

    #[test]
    fn a_refused_backup_says_what_to_ask_the_person() {
        use imr_core::backup::BackupError as B;
        assert!(matches!(
            ApiError::from(B::WrongPassphrase),
            ApiError::BackupRefused {
                problem: BackupProblem::WrongPassphrase,
                ..
            }
        ));
        assert!(matches!(
            ApiError::from(B::NeedsMode),
            ApiError::BackupRefused {
                problem: BackupProblem::NeedsMode,
                ..
            }
        ));
        assert_eq!(
            ApiError::from(B::Invalid(FieldError::new(
                "backup.passphrase",
                Problem::Empty
            ))),
            ApiError::InvalidInput {
                field: "backup.passphrase".into(),
                reason: "must not be empty".into()
            }
        );
        assert_eq!(
            ApiError::from(B::Store(imr_core::Error::Closed)),
            ApiError::Closed
        );
    }

    #[test]
    fn an_unexpected_exception_from_the_key_provider_means_the_key_is_unavailable() {
        let error: ApiError = uniffi::UnexpectedUniFFICallbackError {
            reason: "KeyStoreException".into(),
        }
        .into();
        assert_eq!(
            error,
            ApiError::KeyUnavailable {
                reason: "KeyStoreException".into()
            }
        );
    }
}
