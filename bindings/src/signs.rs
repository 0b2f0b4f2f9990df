//! Signs and plan, part one: early warning signs, persistent symptoms and triggers, the
//! participant's own words that the relapse plan and the daily check-in are built from.
//! The `SignsAndPlanApi` object is declared here; supporters and the plan itself add their
//! methods in `supporters.rs` and `plan.rs`.

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::RecordKind;

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;

const SIGN: RecordKind = RecordKind::WarningSign;
const SYMPTOM: RecordKind = RecordKind::PersistentSymptom;
const TRIGGER: RecordKind = RecordKind::Trigger;

/// What the warning-sign form sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct WarningSignInput {
    /// The sign in the participant's words.
    pub text: String,
    /// From which rating (0-3) the sign counts as present; 2 (moderate) by default.
    #[uniffi(default = 2)]
    pub threshold: i32,
    /// A red flag: at threshold on any of the last 3 days means red.
    #[uniffi(default = false)]
    pub red_flag: bool,
    /// Asked about in the check-in.
    #[uniffi(default = true)]
    pub active: bool,
    /// The content key of the suggestion it was picked from, if any.
    #[uniffi(default)]
    pub suggestion_key: Option<String>,
}

/// A stored warning sign.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct WarningSign {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The sign in the participant's words.
    pub text: String,
    /// From which rating (0-3) it counts as present.
    pub threshold: i32,
    /// A red flag.
    pub red_flag: bool,
    /// Asked about in the check-in.
    pub active: bool,
    /// The suggestion it was picked from, if any.
    pub suggestion_key: Option<String>,
}

/// A persistent symptom the participant rates in the check-in.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct PersistentSymptom {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The symptom in the participant's words.
    pub text: String,
    /// Asked about in the check-in.
    pub active: bool,
}

/// Something that tends to set off stress or symptoms.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Trigger {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The trigger in the participant's words.
    pub text: String,
    /// The suggestion it was picked from, if any.
    pub suggestion_key: Option<String>,
}

impl TryFrom<WarningSignInput> for imr_core::WarningSignInput {
    type Error = crate::error::ApiError;

    fn try_from(input: WarningSignInput) -> ApiResult<Self> {
        Ok(imr_core::WarningSignInput {
            text: input.text,
            threshold: convert::small(SIGN, "threshold", input.threshold)?,
            red_flag: input.red_flag,
            active: input.active,
            suggestion_key: input.suggestion_key,
        })
    }
}

impl From<imr_core::WarningSign> for WarningSign {
    fn from(s: imr_core::WarningSign) -> Self {
        WarningSign {
            id: s.id.to_string(),
            info: s.info.into(),
            text: s.text,
            threshold: s.threshold.into(),
            red_flag: s.red_flag,
            active: s.active,
            suggestion_key: s.suggestion_key,
        }
    }
}

impl From<imr_core::PersistentSymptom> for PersistentSymptom {
    fn from(s: imr_core::PersistentSymptom) -> Self {
        PersistentSymptom {
            id: s.id.to_string(),
            info: s.info.into(),
            text: s.text,
            active: s.active,
        }
    }
}

impl From<imr_core::Trigger> for Trigger {
    fn from(t: imr_core::Trigger) -> Self {
        Trigger {
            id: t.id.to_string(),
            info: t.info.into(),
            text: t.text,
            suggestion_key: t.suggestion_key,
        }
    }
}

pub(crate) fn all<T, U: From<T>>(items: Vec<T>) -> Vec<U> {
    items.into_iter().map(U::from).collect()
}

/// Warning signs, persistent symptoms, triggers, supporters and the relapse plan.
#[derive(Debug, uniffi::Object)]
pub struct SignsAndPlanApi {
    pub(crate) store: Arc<Store>,
}

impl SignsAndPlanApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl SignsAndPlanApi {
    /// Adds a warning sign. `InvalidInput` for empty or too long text or a threshold
    /// outside 0-3.
    pub fn create_sign(&self, input: WarningSignInput) -> ApiResult<WarningSign> {
        let input = imr_core::WarningSignInput::try_from(input)?;
        Ok(self.store.signs().create(&input)?.into())
    }

    /// Changes a warning sign. `NotFound` when it does not exist.
    pub fn update_sign(&self, id: String, input: WarningSignInput) -> ApiResult<WarningSign> {
        let id = convert::id(SIGN, "id", &id)?;
        let input = imr_core::WarningSignInput::try_from(input)?;
        Ok(self.store.signs().update(id, &input)?.into())
    }

    /// One warning sign, or null.
    pub fn sign(&self, id: String) -> ApiResult<Option<WarningSign>> {
        let id = convert::id(SIGN, "id", &id)?;
        Ok(self.store.signs().get(id)?.map(Into::into))
    }

    /// Every warning sign, active or not.
    pub fn signs(&self) -> ApiResult<Vec<WarningSign>> {
        Ok(all(self.store.signs().list()?))
    }

    /// The signs the check-in asks about.
    pub fn active_signs(&self) -> ApiResult<Vec<WarningSign>> {
        Ok(all(self.store.signs().list_active()?))
    }

    /// Deletes a warning sign. `NotFound` when it does not exist.
    pub fn delete_sign(&self, id: String) -> ApiResult<()> {
        Ok(self.store.signs().delete(convert::id(SIGN, "id", &id)?)?)
    }

    /// Adds a persistent symptom.
    pub fn create_symptom(&self, text: String) -> ApiResult<PersistentSymptom> {
        Ok(self.store.symptoms().create(&text)?.into())
    }

    /// Changes a persistent symptom's words and whether the check-in asks about it.
    pub fn update_symptom(
        &self,
        id: String,
        text: String,
        active: bool,
    ) -> ApiResult<PersistentSymptom> {
        let id = convert::id(SYMPTOM, "id", &id)?;
        Ok(self.store.symptoms().update(id, &text, active)?.into())
    }

    /// One persistent symptom, or null.
    pub fn symptom(&self, id: String) -> ApiResult<Option<PersistentSymptom>> {
        let id = convert::id(SYMPTOM, "id", &id)?;
        Ok(self.store.symptoms().get(id)?.map(Into::into))
    }

    /// Every persistent symptom.
    pub fn symptoms(&self) -> ApiResult<Vec<PersistentSymptom>> {
        Ok(all(self.store.symptoms().list()?))
    }

    /// Deletes a persistent symptom.
    pub fn delete_symptom(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .symptoms()
            .delete(convert::id(SYMPTOM, "id", &id)?)?)
    }

    /// Adds a trigger, optionally picked from a suggestion.
    pub fn create_trigger(
        &self,
        text: String,
        suggestion_key: Option<String>,
    ) -> ApiResult<Trigger> {
        Ok(self
            .store
            .triggers()
            .create(&text, suggestion_key.as_deref())?
            .into())
    }

    /// Changes a trigger's words.
    pub fn update_trigger(&self, id: String, text: String) -> ApiResult<Trigger> {
        let id = convert::id(TRIGGER, "id", &id)?;
        Ok(self.store.triggers().update(id, &text)?.into())
    }

    /// One trigger, or null.
    pub fn trigger(&self, id: String) -> ApiResult<Option<Trigger>> {
        let id = convert::id(TRIGGER, "id", &id)?;
        Ok(self.store.triggers().get(id)?.map(Into::into))
    }

    /// Every trigger.
    pub fn triggers(&self) -> ApiResult<Vec<Trigger>> {
        Ok(all(self.store.triggers().list()?))
    }

    /// Deletes a trigger.
    pub fn delete_trigger(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .triggers()
            .delete(convert::id(TRIGGER, "id", &id)?)?)
    }
}
