//! Modules and homework, part one: progress through the 11 IMR modules. The
//! `ModulesAndHomeworkApi` object is declared here; homework and sessions add their methods
//! in `homework.rs` and `sessions.rs`.

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::{ModuleKey, ModuleStatus, RecordKind};

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;
use crate::signs::all;

const KIND: RecordKind = RecordKind::ModuleProgress;

/// What the module screen sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ModuleProgressInput {
    /// Which module.
    pub module: ModuleKey,
    /// How far along.
    pub status: ModuleStatus,
    /// The day it was started (`YYYY-MM-DD`), not in the future.
    #[uniffi(default)]
    pub started_on: Option<String>,
    /// The day it was completed, not before it was started.
    #[uniffi(default)]
    pub completed_on: Option<String>,
}

/// A module's progress. Modules never touched are "not started" with no stored record.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ModuleProgress {
    /// The id the module's progress has (the same on every device).
    pub id: String,
    /// Sync metadata, null when nothing was stored yet.
    pub info: Option<RecordInfo>,
    /// Which module.
    pub module: ModuleKey,
    /// How far along.
    pub status: ModuleStatus,
    /// When it was started (`YYYY-MM-DD`).
    pub started_on: Option<String>,
    /// When it was completed (`YYYY-MM-DD`).
    pub completed_on: Option<String>,
}

impl From<imr_core::ModuleProgress> for ModuleProgress {
    fn from(m: imr_core::ModuleProgress) -> Self {
        ModuleProgress {
            id: m.id.to_string(),
            info: m.info.map(Into::into),
            module: m.module,
            status: m.status,
            started_on: convert::opt_date_text(m.started_on),
            completed_on: convert::opt_date_text(m.completed_on),
        }
    }
}

/// Module progress, homework (the participant's and the clinician's) and IMR sessions.
#[derive(Debug, uniffi::Object)]
pub struct ModulesAndHomeworkApi {
    pub(crate) store: Arc<Store>,
}

impl ModulesAndHomeworkApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl ModulesAndHomeworkApi {
    /// All 11 modules in programme order, with their progress.
    pub fn modules(&self) -> ApiResult<Vec<ModuleProgress>> {
        Ok(all(self.store.modules().list()?))
    }

    /// One module's progress.
    pub fn module(&self, module: ModuleKey) -> ApiResult<ModuleProgress> {
        Ok(self.store.modules().get(module)?.into())
    }

    /// Sets a module's progress. `InvalidInput` for a future date or a completion before
    /// the start.
    pub fn save_module(&self, input: ModuleProgressInput) -> ApiResult<ModuleProgress> {
        let input = imr_core::ModuleProgressInput {
            module: input.module,
            status: input.status,
            started_on: convert::opt_date(KIND, "started_on", input.started_on.as_deref())?,
            completed_on: convert::opt_date(KIND, "completed_on", input.completed_on.as_deref())?,
        };
        Ok(self.store.modules().save(&input)?.into())
    }

    /// Forgets a module's progress: it shows as not started again.
    pub fn reset_module(&self, module: ModuleKey) -> ApiResult<()> {
        Ok(self.store.modules().reset(module)?)
    }
}
