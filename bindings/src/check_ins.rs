//! Daily check-ins: one per local day, quick or full, saved again to change it.
//!
//! Days travel as `YYYY-MM-DD` (the participant's local day: `today()` says which one it
//! is now), ratings as `Int`. Everything is validated by the core; the conversions here
//! only refuse what cannot even be expressed in the core's types (an id that is not one, a
//! rating of 300), and they name the field the same way.

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::{Medication, RecordKind, SubstanceAmount, SubstanceKind};

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;

const KIND: RecordKind = RecordKind::CheckIn;

/// A rating (0-3) of one warning sign or persistent symptom.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Rating {
    /// The id of the sign or symptom.
    pub id: String,
    /// 0 none, 1 mild, 2 moderate, 3 severe.
    pub rating: i32,
}

/// How much of one kind of substance was used that day.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SubstanceUse {
    /// Which substance.
    pub kind: SubstanceKind,
    /// How much.
    pub amount: SubstanceAmount,
}

/// A coping strategy used that day, and how much it helped.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CopingUse {
    /// The id of the strategy.
    pub strategy_id: String,
    /// 0 not at all .. 3 a lot; null when not rated.
    #[uniffi(default)]
    pub helpful: Option<i32>,
}

/// What the check-in form sends. Everything but the day may be left out.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CheckInInput {
    /// The local day (`YYYY-MM-DD`): today, or up to 7 days back.
    pub day: String,
    /// Stress 0-10.
    #[uniffi(default)]
    pub stress: Option<i32>,
    /// Mood 0-10.
    #[uniffi(default)]
    pub mood: Option<i32>,
    /// Hours slept, 0-24 in half hours.
    #[uniffi(default)]
    pub sleep_hours: Option<f64>,
    /// Sleep quality 0-4.
    #[uniffi(default)]
    pub sleep_quality: Option<i32>,
    /// Each rated warning sign.
    #[uniffi(default)]
    pub sign_ratings: Vec<Rating>,
    /// Each rated persistent symptom.
    #[uniffi(default)]
    pub symptom_ratings: Vec<Rating>,
    /// Medication taken as agreed.
    #[uniffi(default)]
    pub medication: Option<Medication>,
    /// Alcohol and drug use, per kind.
    #[uniffi(default)]
    pub substances: Vec<SubstanceUse>,
    /// Coping strategies used.
    #[uniffi(default)]
    pub coping: Vec<CopingUse>,
    /// A free note, up to 4000 characters.
    #[uniffi(default)]
    pub note: Option<String>,
}

/// A stored check-in.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CheckIn {
    /// The id of the day's check-in (the same on every device of the participant).
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The local day it belongs to (`YYYY-MM-DD`).
    pub day: String,
    /// Filled in after its day had passed.
    pub late: bool,
    /// Stress 0-10.
    pub stress: Option<i32>,
    /// Mood 0-10.
    pub mood: Option<i32>,
    /// Hours slept.
    pub sleep_hours: Option<f64>,
    /// Sleep quality 0-4.
    pub sleep_quality: Option<i32>,
    /// Warning sign ratings, ordered by sign id.
    pub sign_ratings: Vec<Rating>,
    /// Persistent symptom ratings, ordered by symptom id.
    pub symptom_ratings: Vec<Rating>,
    /// Medication taken as agreed.
    pub medication: Option<Medication>,
    /// Substance use, ordered by kind.
    pub substances: Vec<SubstanceUse>,
    /// Coping strategies used, in the order given.
    pub coping: Vec<CopingUse>,
    /// The note.
    pub note: Option<String>,
}

fn ratings(name: &str, ratings: &[Rating]) -> ApiResult<Vec<imr_core::Rating>> {
    ratings
        .iter()
        .map(|r| {
            Ok(imr_core::Rating {
                id: convert::id(KIND, name, &r.id)?,
                rating: convert::small(KIND, name, r.rating)?,
            })
        })
        .collect()
}

fn ratings_out(ratings: Vec<imr_core::Rating>) -> Vec<Rating> {
    ratings
        .into_iter()
        .map(|r| Rating {
            id: r.id.to_string(),
            rating: r.rating.into(),
        })
        .collect()
}

impl TryFrom<CheckInInput> for imr_core::CheckInInput {
    type Error = crate::error::ApiError;

    fn try_from(input: CheckInInput) -> ApiResult<Self> {
        Ok(imr_core::CheckInInput {
            day: convert::date(KIND, "day", &input.day)?,
            stress: convert::opt_small(KIND, "stress", input.stress)?,
            mood: convert::opt_small(KIND, "mood", input.mood)?,
            sleep_hours: input.sleep_hours,
            sleep_quality: convert::opt_small(KIND, "sleep_quality", input.sleep_quality)?,
            sign_ratings: ratings("sign_ratings", &input.sign_ratings)?,
            symptom_ratings: ratings("symptom_ratings", &input.symptom_ratings)?,
            medication: input.medication,
            substances: input
                .substances
                .into_iter()
                .map(|s| imr_core::SubstanceUse {
                    kind: s.kind,
                    amount: s.amount,
                })
                .collect(),
            coping: input
                .coping
                .iter()
                .map(|c| {
                    Ok(imr_core::CopingUse {
                        strategy_id: convert::id(KIND, "coping", &c.strategy_id)?,
                        helpful: convert::opt_small(KIND, "coping", c.helpful)?,
                    })
                })
                .collect::<ApiResult<_>>()?,
            note: input.note,
        })
    }
}

impl From<imr_core::CheckIn> for CheckIn {
    fn from(c: imr_core::CheckIn) -> Self {
        CheckIn {
            id: c.id.to_string(),
            info: c.info.into(),
            day: convert::date_text(c.day),
            late: c.late,
            stress: c.stress.map(Into::into),
            mood: c.mood.map(Into::into),
            sleep_hours: c.sleep_hours,
            sleep_quality: c.sleep_quality.map(Into::into),
            sign_ratings: ratings_out(c.sign_ratings),
            symptom_ratings: ratings_out(c.symptom_ratings),
            medication: c.medication,
            substances: c
                .substances
                .into_iter()
                .map(|s| SubstanceUse {
                    kind: s.kind,
                    amount: s.amount,
                })
                .collect(),
            coping: c
                .coping
                .into_iter()
                .map(|u| CopingUse {
                    strategy_id: u.strategy_id.to_string(),
                    helpful: u.helpful.map(Into::into),
                })
                .collect(),
            note: c.note,
        }
    }
}

/// Daily check-ins: save, read, list, delete.
#[derive(Debug, uniffi::Object)]
pub struct CheckInsApi {
    store: Arc<Store>,
}

impl CheckInsApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl CheckInsApi {
    /// Saves the check-in of `input.day`, replacing what that day held, and returns what
    /// was stored. Refused with `InvalidInput` (nothing stored) for a value out of range, a
    /// future day, a day more than 7 days back, or a rating of an unknown sign.
    pub fn save(&self, input: CheckInInput) -> ApiResult<CheckIn> {
        let input = imr_core::CheckInInput::try_from(input)?;
        Ok(self.store.check_ins().save(&input)?.into())
    }

    /// The check-in of `day` (`YYYY-MM-DD`), or null when there is none.
    pub fn get(&self, day: String) -> ApiResult<Option<CheckIn>> {
        let day = convert::date(KIND, "day", &day)?;
        Ok(self.store.check_ins().get(day)?.map(Into::into))
    }

    /// Every check-in from `from` to `to` (both included, `YYYY-MM-DD`), oldest first.
    pub fn list(&self, from: String, to: String) -> ApiResult<Vec<CheckIn>> {
        let from = convert::date(KIND, "from", &from)?;
        let to = convert::date(KIND, "to", &to)?;
        Ok(self
            .store
            .check_ins()
            .list(from, to)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Deletes the check-in of `day`. `NotFound` when that day has none.
    pub fn delete(&self, day: String) -> ApiResult<()> {
        let day = convert::date(KIND, "day", &day)?;
        Ok(self.store.check_ins().delete(day)?)
    }

    /// The participant's local day now (`YYYY-MM-DD`), by the settings' timezone and
    /// day-start hour: the day a check-in made now belongs to.
    pub fn today(&self) -> ApiResult<String> {
        Ok(convert::date_text(self.store.check_ins().today()?))
    }
}
