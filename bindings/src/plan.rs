//! Signs and plan, part three: the relapse prevention plan (amber and red steps, who to
//! call, the baseline window) and the version saved each time it changes, with a snapshot
//! of the signs, triggers and supporters as they were then.

use imr_protocol::RecordKind;

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;
use crate::signs::{SignsAndPlanApi, all};

const KIND: RecordKind = RecordKind::RelapsePlan;

/// A crisis number the participant added (label and number as typed).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct LocalNumber {
    /// What the number is, in the participant's words.
    pub label: String,
    /// The number as typed.
    pub number: String,
}

/// What the plan form sends, and what the plan holds.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct PlanContent {
    /// What to do at amber.
    #[uniffi(default)]
    pub amber_steps: Vec<String>,
    /// What to do at red.
    #[uniffi(default)]
    pub red_steps: Vec<String>,
    /// The clinician to contact.
    #[uniffi(default)]
    pub clinician_name: Option<String>,
    /// The clinician's phone number.
    #[uniffi(default)]
    pub clinician_phone: Option<String>,
    /// The participant's own crisis numbers.
    #[uniffi(default)]
    pub local_numbers: Vec<LocalNumber>,
    /// What helps.
    #[uniffi(default)]
    pub helps: Option<String>,
    /// What does not help.
    #[uniffi(default)]
    pub does_not_help: Option<String>,
    /// Who to tell.
    #[uniffi(default)]
    pub who_to_tell: Option<String>,
    /// The baseline window agreed with the clinician, 7-90 days.
    #[uniffi(default = 28)]
    pub baseline_window_days: i32,
    /// When the plan was last reviewed (`YYYY-MM-DD`).
    #[uniffi(default)]
    pub last_reviewed: Option<String>,
}

/// The stored plan.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct RelapsePlan {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// How many times it was saved.
    pub version: i64,
    /// What it says.
    pub content: PlanContent,
}

/// A warning sign as it was when a plan version was saved.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SignAtSave {
    /// The sign's words then.
    pub text: String,
    /// Its threshold then.
    pub threshold: i32,
    /// Whether it was a red flag then.
    pub red_flag: bool,
}

/// A supporter as they were when a plan version was saved.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SupporterAtSave {
    /// Name.
    pub name: String,
    /// Relation.
    pub relation: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// What they agreed to.
    pub agreed_to: Option<String>,
}

/// Everything the plan said when a version was saved.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct PlanSnapshot {
    /// The plan itself.
    pub content: PlanContent,
    /// The triggers' words.
    pub triggers: Vec<String>,
    /// The active warning signs.
    pub signs: Vec<SignAtSave>,
    /// The supporters, in contact order.
    pub supporters: Vec<SupporterAtSave>,
}

/// One saved version of the plan.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct PlanVersion {
    /// 1 for the first save.
    pub version: i64,
    /// When it was saved, in milliseconds since 1970 (UTC).
    pub saved_at_ms: i64,
    /// What the plan said then.
    pub snapshot: PlanSnapshot,
}

impl TryFrom<PlanContent> for imr_core::PlanContent {
    type Error = crate::error::ApiError;

    fn try_from(p: PlanContent) -> ApiResult<Self> {
        Ok(imr_core::PlanContent {
            amber_steps: p.amber_steps,
            red_steps: p.red_steps,
            clinician_name: p.clinician_name,
            clinician_phone: p.clinician_phone,
            local_numbers: p
                .local_numbers
                .into_iter()
                .map(|n| imr_core::LocalNumber {
                    label: n.label,
                    number: n.number,
                })
                .collect(),
            helps: p.helps,
            does_not_help: p.does_not_help,
            who_to_tell: p.who_to_tell,
            baseline_window_days: convert::small(
                KIND,
                "baseline_window_days",
                p.baseline_window_days,
            )?,
            last_reviewed: convert::opt_date(KIND, "last_reviewed", p.last_reviewed.as_deref())?,
        })
    }
}

impl From<imr_core::PlanContent> for PlanContent {
    fn from(p: imr_core::PlanContent) -> Self {
        PlanContent {
            amber_steps: p.amber_steps,
            red_steps: p.red_steps,
            clinician_name: p.clinician_name,
            clinician_phone: p.clinician_phone,
            local_numbers: p
                .local_numbers
                .into_iter()
                .map(|n| LocalNumber {
                    label: n.label,
                    number: n.number,
                })
                .collect(),
            helps: p.helps,
            does_not_help: p.does_not_help,
            who_to_tell: p.who_to_tell,
            baseline_window_days: p.baseline_window_days.into(),
            last_reviewed: convert::opt_date_text(p.last_reviewed),
        }
    }
}

impl From<imr_core::RelapsePlan> for RelapsePlan {
    fn from(p: imr_core::RelapsePlan) -> Self {
        RelapsePlan {
            id: p.id.to_string(),
            info: p.info.into(),
            version: p.version,
            content: p.content.into(),
        }
    }
}

impl From<imr_core::PlanVersion> for PlanVersion {
    fn from(v: imr_core::PlanVersion) -> Self {
        let s = v.snapshot;
        PlanVersion {
            version: v.version,
            saved_at_ms: convert::millis(v.saved_at),
            snapshot: PlanSnapshot {
                content: s.content.into(),
                triggers: s.triggers,
                signs: s
                    .signs
                    .into_iter()
                    .map(|g| SignAtSave {
                        text: g.text,
                        threshold: g.threshold.into(),
                        red_flag: g.red_flag,
                    })
                    .collect(),
                supporters: s
                    .supporters
                    .into_iter()
                    .map(|p| SupporterAtSave {
                        name: p.name,
                        relation: p.relation,
                        phone: p.phone,
                        agreed_to: p.agreed_to,
                    })
                    .collect(),
            },
        }
    }
}

#[uniffi::export]
impl SignsAndPlanApi {
    /// The plan, or null before it is first saved.
    pub fn plan(&self) -> ApiResult<Option<RelapsePlan>> {
        Ok(self.store.plan().get()?.map(Into::into))
    }

    /// Saves the plan as a new version (with a snapshot of signs, triggers and
    /// supporters). `InvalidInput` for too many or too long steps, a bad phone number, a
    /// baseline window outside 7-90 days or a review date in the future.
    pub fn save_plan(&self, content: PlanContent) -> ApiResult<RelapsePlan> {
        let content = imr_core::PlanContent::try_from(content)?;
        Ok(self.store.plan().save(&content)?.into())
    }

    /// Every saved version, newest first.
    pub fn plan_versions(&self) -> ApiResult<Vec<PlanVersion>> {
        Ok(all(self.store.plan().versions()?))
    }

    /// One saved version. `NotFound` when there is no such version.
    pub fn plan_version(&self, version: i64) -> ApiResult<PlanVersion> {
        Ok(self.store.plan().version(version)?.into())
    }

    /// Deletes the plan (its versions stay as history).
    pub fn delete_plan(&self) -> ApiResult<()> {
        Ok(self.store.plan().delete()?)
    }
}
