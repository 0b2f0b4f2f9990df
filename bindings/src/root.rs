//! `ImrCore`, the one object an app opens: the participant's encrypted store, shared by
//! every screen and thread, handing out one sub-API object per area.
//!
//! All calls are synchronous and may touch the database: apps call them from a background
//! thread (a coroutine on `Dispatchers.IO`, a Swift task off the main actor). The object is
//! thread safe; the store serialises writes and lets reads run beside them.
//! `close_database()` (Kotlin and Swift `closeDatabase()`) releases the database files so
//! "delete all data" can remove them; every call after it, on the root or on a sub-API
//! object handed out before, fails with `ApiException.Closed`. Kotlin's `close()` (and
//! `use {}`) only frees the handle; the files close when the last handle is freed.

use std::sync::Arc;

use imr_core::{Store, SystemClock};

use crate::alerts::AlertsApi;
use crate::backup::BackupApi;
use crate::check_ins::CheckInsApi;
use crate::coping::CopingApi;
use crate::error::ApiResult;
use crate::goals::GoalsApi;
use crate::key::{ForeignKeys, KeyProvider};
use crate::modules::ModulesAndHomeworkApi;
use crate::scale::ScaleApi;
use crate::screens::ScreensApi;
use crate::settings::SettingsApi;
use crate::signs::SignsAndPlanApi;

/// Who this store belongs to and which installation it is; the core creates both ids on
/// first open.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Identity {
    /// The participant (replaced by the clinic's id on pairing).
    pub participant_id: String,
    /// This installation of the app.
    pub device_id: String,
}

/// The participant's records: open once at app start, share everywhere, close to delete.
#[derive(Debug, uniffi::Object)]
pub struct ImrCore {
    store: Arc<Store>,
}

#[uniffi::export]
impl ImrCore {
    /// Opens (or creates) the encrypted database at `path`, asking `key_provider` for the
    /// key. Fails with `WrongKey` when the key does not open an existing file,
    /// `KeyUnavailable` when the key cannot be read yet (retry), `Corrupt` for a damaged
    /// file and `NeedsNewerApp` for one written by a newer version; the file is left
    /// untouched in each case.
    #[uniffi::constructor]
    pub fn open(path: String, key_provider: Arc<dyn KeyProvider>) -> ApiResult<Arc<Self>> {
        let keys = ForeignKeys::new(key_provider);
        let store =
            Store::open(&path, &keys, Arc::new(SystemClock)).map_err(|e| keys.explain(e))?;
        tracing::info!(target: "imr_ffi", "core opened");
        Ok(Arc::new(Self {
            store: Arc::new(store),
        }))
    }

    /// The participant and device ids.
    pub fn identity(&self) -> Identity {
        let identity = self.store.identity();
        Identity {
            participant_id: identity.participant.to_string(),
            device_id: identity.device.to_string(),
        }
    }

    /// Daily check-ins.
    pub fn check_ins(&self) -> Arc<CheckInsApi> {
        Arc::new(CheckInsApi::new(Arc::clone(&self.store)))
    }

    /// Warning signs, persistent symptoms, triggers, supporters and the relapse plan.
    pub fn signs_and_plan(&self) -> Arc<SignsAndPlanApi> {
        Arc::new(SignsAndPlanApi::new(Arc::clone(&self.store)))
    }

    /// Recovery goals, short-term goals, steps and follow-ups.
    pub fn goals(&self) -> Arc<GoalsApi> {
        Arc::new(GoalsApi::new(Arc::clone(&self.store)))
    }

    /// The coping toolbox.
    pub fn coping(&self) -> Arc<CopingApi> {
        Arc::new(CopingApi::new(Arc::clone(&self.store)))
    }

    /// Module progress, homework and IMR sessions.
    pub fn modules_and_homework(&self) -> Arc<ModulesAndHomeworkApi> {
        Arc::new(ModulesAndHomeworkApi::new(Arc::clone(&self.store)))
    }

    /// IMR Scale ratings.
    pub fn scale(&self) -> Arc<ScaleApi> {
        Arc::new(ScaleApi::new(Arc::clone(&self.store)))
    }

    /// The encrypted backup of everything, and restoring one.
    pub fn backup(&self) -> Arc<BackupApi> {
        Arc::new(BackupApi::new(Arc::clone(&self.store)))
    }

    /// Language, timezone, day start, reminder and country.
    pub fn settings(&self) -> Arc<SettingsApi> {
        Arc::new(SettingsApi::new(Arc::clone(&self.store)))
    }

    /// Ready-to-render screen models (Today, Trends, Plan, Goals, Modules, Scale,
    /// Settings), localised in the settings' language.
    pub fn screens(&self) -> Arc<ScreensApi> {
        Arc::new(ScreensApi::new(Arc::clone(&self.store)))
    }

    /// The early-warning level, alert events, acknowledgements and seen marks.
    pub fn alerts(&self) -> Arc<AlertsApi> {
        Arc::new(AlertsApi::new(Arc::clone(&self.store)))
    }

    /// Writes everything to the database file and closes it, so the app may delete the
    /// file. Closing twice is fine; any other call afterwards fails with `Closed`. (Named
    /// apart from Kotlin's `AutoCloseable.close()`, which only frees this handle.)
    pub fn close_database(&self) -> ApiResult<()> {
        self.store.close()?;
        tracing::info!(target: "imr_ffi", "core closed");
        Ok(())
    }
}
