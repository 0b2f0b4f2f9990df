//! Signs and plan, part two: the supporters, in the order the participant wants them
//! contacted, with what each agreed to do.

use imr_protocol::RecordKind;

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;
use crate::signs::{SignsAndPlanApi, all};

const KIND: RecordKind = RecordKind::Supporter;

/// What the supporter form sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SupporterInput {
    /// The supporter's name.
    pub name: String,
    /// Who they are to the participant.
    #[uniffi(default)]
    pub relation: Option<String>,
    /// Their phone number as typed.
    #[uniffi(default)]
    pub phone: Option<String>,
    /// What they agreed to do when the plan says so.
    #[uniffi(default)]
    pub agreed_to: Option<String>,
}

/// A stored supporter.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Supporter {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The supporter's name.
    pub name: String,
    /// Who they are to the participant.
    pub relation: Option<String>,
    /// Their phone number.
    pub phone: Option<String>,
    /// What they agreed to do.
    pub agreed_to: Option<String>,
    /// Place in the contact order, first is 0.
    pub position: i64,
}

impl From<SupporterInput> for imr_core::SupporterInput {
    fn from(s: SupporterInput) -> Self {
        imr_core::SupporterInput {
            name: s.name,
            relation: s.relation,
            phone: s.phone,
            agreed_to: s.agreed_to,
        }
    }
}

impl From<imr_core::Supporter> for Supporter {
    fn from(s: imr_core::Supporter) -> Self {
        Supporter {
            id: s.id.to_string(),
            info: s.info.into(),
            name: s.name,
            relation: s.relation,
            phone: s.phone,
            agreed_to: s.agreed_to,
            position: s.position,
        }
    }
}

#[uniffi::export]
impl SignsAndPlanApi {
    /// Adds a supporter at the end of the contact order.
    pub fn create_supporter(&self, input: SupporterInput) -> ApiResult<Supporter> {
        Ok(self.store.supporters().create(&input.into())?.into())
    }

    /// Changes a supporter. `NotFound` when they do not exist.
    pub fn update_supporter(&self, id: String, input: SupporterInput) -> ApiResult<Supporter> {
        let id = convert::id(KIND, "id", &id)?;
        Ok(self.store.supporters().update(id, &input.into())?.into())
    }

    /// Puts the supporters in the order of `ids` (who to contact first), in one write;
    /// returns them in the new order.
    pub fn reorder_supporters(&self, ids: Vec<String>) -> ApiResult<Vec<Supporter>> {
        let ids = convert::ids(KIND, "position", &ids)?;
        Ok(all(self.store.supporters().reorder(&ids)?))
    }

    /// One supporter, or null.
    pub fn supporter(&self, id: String) -> ApiResult<Option<Supporter>> {
        let id = convert::id(KIND, "id", &id)?;
        Ok(self.store.supporters().get(id)?.map(Into::into))
    }

    /// Every supporter, in contact order.
    pub fn supporters(&self) -> ApiResult<Vec<Supporter>> {
        Ok(all(self.store.supporters().list()?))
    }

    /// Deletes a supporter.
    pub fn delete_supporter(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .supporters()
            .delete(convert::id(KIND, "id", &id)?)?)
    }
}
