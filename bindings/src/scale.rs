//! The IMR Scale: ratings of the 15 items, by the participant (editable) or the clinician
//! (read-only here), with the mean of the answered items computed by the core.

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::{RecordKind, ScaleItem};

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;
use crate::signs::all;

const KIND: RecordKind = RecordKind::ScaleRating;

/// The answer to one item.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum ScaleAnswer {
    /// A score from 1 to 5.
    Score {
        /// 1-5.
        value: i32,
    },
    /// "Not applicable", allowed for items 13-15 only.
    NotApplicable,
}

/// One item and its answer.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ItemAnswer {
    /// The item.
    pub item: ScaleItem,
    /// The answer.
    pub answer: ScaleAnswer,
}

/// Who filled in a rating.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum RatedBy {
    /// The participant.
    Participant,
    /// The clinician (read-only here).
    Clinician {
        /// The clinician's name, when the clinic sent it.
        name: Option<String>,
    },
}

/// A stored rating.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ScaleRating {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Who filled it in.
    pub rated_by: RatedBy,
    /// The day it was taken (`YYYY-MM-DD`).
    pub taken_on: String,
    /// The version of the item set the answers belong to.
    pub item_set_version: u32,
    /// The answers, in item order.
    pub answers: Vec<ItemAnswer>,
    /// The mean of the scored items, null when none was scored.
    pub mean: Option<f64>,
}

fn answers_in(answers: &[ItemAnswer]) -> ApiResult<Vec<imr_core::ItemAnswer>> {
    answers
        .iter()
        .map(|a| {
            Ok(imr_core::ItemAnswer {
                item: a.item,
                answer: match a.answer {
                    ScaleAnswer::Score { value } => {
                        imr_core::ScaleAnswer::Score(convert::small(KIND, "answers", value)?)
                    }
                    ScaleAnswer::NotApplicable => imr_core::ScaleAnswer::NotApplicable,
                },
            })
        })
        .collect()
}

impl From<imr_core::ScaleRating> for ScaleRating {
    fn from(r: imr_core::ScaleRating) -> Self {
        ScaleRating {
            id: r.id.to_string(),
            info: r.info.into(),
            rated_by: match r.rated_by {
                imr_core::RatedBy::Participant => RatedBy::Participant,
                imr_core::RatedBy::Clinician { name } => RatedBy::Clinician { name },
            },
            taken_on: convert::date_text(r.taken_on),
            item_set_version: r.item_set_version,
            answers: r
                .answers
                .into_iter()
                .map(|a| ItemAnswer {
                    item: a.item,
                    answer: match a.answer {
                        imr_core::ScaleAnswer::Score(value) => ScaleAnswer::Score {
                            value: value.into(),
                        },
                        imr_core::ScaleAnswer::NotApplicable => ScaleAnswer::NotApplicable,
                    },
                })
                .collect(),
            mean: r.mean,
        }
    }
}

/// IMR Scale ratings.
#[derive(Debug, uniffi::Object)]
pub struct ScaleApi {
    store: Arc<Store>,
}

impl ScaleApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl ScaleApi {
    /// Stores a self-rating taken on `taken_on` (`YYYY-MM-DD`, not in the future).
    /// `InvalidInput` for a score outside 1-5, "not applicable" on items 1-12, or an item
    /// answered twice.
    pub fn create(&self, taken_on: String, answers: Vec<ItemAnswer>) -> ApiResult<ScaleRating> {
        let taken_on = convert::date(KIND, "taken_on", &taken_on)?;
        Ok(self
            .store
            .scale()
            .create(taken_on, &answers_in(&answers)?)?
            .into())
    }

    /// Corrects a self-rating; `ReadOnly` for the clinician's.
    pub fn update(
        &self,
        id: String,
        taken_on: String,
        answers: Vec<ItemAnswer>,
    ) -> ApiResult<ScaleRating> {
        let id = convert::id(KIND, "id", &id)?;
        let taken_on = convert::date(KIND, "taken_on", &taken_on)?;
        Ok(self
            .store
            .scale()
            .update(id, taken_on, &answers_in(&answers)?)?
            .into())
    }

    /// One rating, or null.
    pub fn get(&self, id: String) -> ApiResult<Option<ScaleRating>> {
        Ok(self
            .store
            .scale()
            .get(convert::id(KIND, "id", &id)?)?
            .map(Into::into))
    }

    /// Every rating of both raters, oldest first.
    pub fn list(&self) -> ApiResult<Vec<ScaleRating>> {
        Ok(all(self.store.scale().list()?))
    }

    /// Deletes a self-rating; `ReadOnly` for the clinician's.
    pub fn delete(&self, id: String) -> ApiResult<()> {
        Ok(self.store.scale().delete(convert::id(KIND, "id", &id)?)?)
    }
}
