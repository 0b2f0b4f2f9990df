//! The coping toolbox: strategies the participant uses, with how often they were used and
//! how much they helped (derived by the core from the check-ins).

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::{CopingCategory, RecordKind};

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;
use crate::signs::all;

const KIND: RecordKind = RecordKind::CopingStrategy;

/// What the coping-strategy form sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CopingStrategyInput {
    /// The strategy in the participant's words.
    pub title: String,
    /// What it helps with.
    pub category: CopingCategory,
    /// Offered in the check-in.
    #[uniffi(default = true)]
    pub active: bool,
    /// The suggestion it was picked from, if any.
    #[uniffi(default)]
    pub suggestion_key: Option<String>,
}

/// A stored coping strategy with its use.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CopingStrategy {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The strategy.
    pub title: String,
    /// What it helps with.
    pub category: CopingCategory,
    /// Offered in the check-in.
    pub active: bool,
    /// The suggestion it was picked from.
    pub suggestion_key: Option<String>,
    /// On how many check-in days it was used.
    pub uses: u32,
    /// How much it helped on average (0-3), when rated.
    pub mean_helpful: Option<f64>,
}

impl From<CopingStrategyInput> for imr_core::CopingStrategyInput {
    fn from(c: CopingStrategyInput) -> Self {
        imr_core::CopingStrategyInput {
            title: c.title,
            category: c.category,
            active: c.active,
            suggestion_key: c.suggestion_key,
        }
    }
}

impl From<imr_core::CopingStrategy> for CopingStrategy {
    fn from(c: imr_core::CopingStrategy) -> Self {
        CopingStrategy {
            id: c.id.to_string(),
            info: c.info.into(),
            title: c.title,
            category: c.category,
            active: c.active,
            suggestion_key: c.suggestion_key,
            uses: c.uses,
            mean_helpful: c.mean_helpful,
        }
    }
}

/// Coping strategies.
#[derive(Debug, uniffi::Object)]
pub struct CopingApi {
    store: Arc<Store>,
}

impl CopingApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl CopingApi {
    /// Adds a strategy. `InvalidInput` for an empty or too long title.
    pub fn create(&self, input: CopingStrategyInput) -> ApiResult<CopingStrategy> {
        Ok(self.store.coping().create(&input.into())?.into())
    }

    /// Changes a strategy.
    pub fn update(&self, id: String, input: CopingStrategyInput) -> ApiResult<CopingStrategy> {
        let id = convert::id(KIND, "id", &id)?;
        Ok(self.store.coping().update(id, &input.into())?.into())
    }

    /// One strategy, or null.
    pub fn get(&self, id: String) -> ApiResult<Option<CopingStrategy>> {
        Ok(self
            .store
            .coping()
            .get(convert::id(KIND, "id", &id)?)?
            .map(Into::into))
    }

    /// Every strategy with its use.
    pub fn list(&self) -> ApiResult<Vec<CopingStrategy>> {
        Ok(all(self.store.coping().list()?))
    }

    /// Deletes a strategy.
    pub fn delete(&self, id: String) -> ApiResult<()> {
        Ok(self.store.coping().delete(convert::id(KIND, "id", &id)?)?)
    }
}
