//! Recovery goals (the participant's own, in their words) and their follow-ups; the
//! short-term goals and steps under them are in `goal_parts.rs`, on the same `GoalsApi`.

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::{GoalStatus, RecordKind};

use crate::convert;
use crate::error::ApiResult;
use crate::record_info::RecordInfo;
use crate::signs::all;

const GOAL: RecordKind = RecordKind::Goal;
const FOLLOW_UP: RecordKind = RecordKind::GoalFollowUp;

/// What the goal form sends (also for short-term goals, which have no "why").
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct GoalInput {
    /// What I want, in my words.
    pub title: String,
    /// Why it matters to me.
    #[uniffi(default)]
    pub why: Option<String>,
    /// Where it stands (`ACTIVE` for a new goal).
    pub status: GoalStatus,
    /// When I would like to get there (`YYYY-MM-DD`), if I set a date.
    #[uniffi(default)]
    pub target_date: Option<String>,
}

/// A stored recovery goal.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Goal {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// What I want.
    pub title: String,
    /// Why it matters.
    pub why: Option<String>,
    /// Where it stands.
    pub status: GoalStatus,
    /// The target day (`YYYY-MM-DD`), if any.
    pub target_date: Option<String>,
}

/// What the follow-up form sends: how far along the goal is on a day.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct FollowUpInput {
    /// The day (`YYYY-MM-DD`), not in the future.
    pub date: String,
    /// Progress 0-10.
    pub progress: i32,
    /// A note.
    #[uniffi(default)]
    pub note: Option<String>,
}

/// A stored follow-up of a goal.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct GoalFollowUp {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The goal it follows up.
    pub goal_id: String,
    /// The day (`YYYY-MM-DD`).
    pub date: String,
    /// Progress 0-10.
    pub progress: i32,
    /// The note.
    pub note: Option<String>,
}

pub(crate) fn goal_input(kind: RecordKind, input: GoalInput) -> ApiResult<imr_core::GoalInput> {
    Ok(imr_core::GoalInput {
        title: input.title,
        why: input.why,
        status: input.status,
        target_date: convert::opt_date(kind, "target_date", input.target_date.as_deref())?,
    })
}

fn follow_up_input(input: FollowUpInput) -> ApiResult<imr_core::FollowUpInput> {
    Ok(imr_core::FollowUpInput {
        date: convert::date(FOLLOW_UP, "date", &input.date)?,
        progress: convert::small(FOLLOW_UP, "progress", input.progress)?,
        note: input.note,
    })
}

impl From<imr_core::Goal> for Goal {
    fn from(g: imr_core::Goal) -> Self {
        Goal {
            id: g.id.to_string(),
            info: g.info.into(),
            title: g.title,
            why: g.why,
            status: g.status,
            target_date: convert::opt_date_text(g.target_date),
        }
    }
}

impl From<imr_core::GoalFollowUp> for GoalFollowUp {
    fn from(f: imr_core::GoalFollowUp) -> Self {
        GoalFollowUp {
            id: f.id.to_string(),
            info: f.info.into(),
            goal_id: f.goal_id.to_string(),
            date: convert::date_text(f.date),
            progress: f.progress.into(),
            note: f.note,
        }
    }
}

/// Recovery goals, short-term goals, steps and follow-ups.
#[derive(Debug, uniffi::Object)]
pub struct GoalsApi {
    pub(crate) store: Arc<Store>,
}

impl GoalsApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl GoalsApi {
    /// Adds a recovery goal. `InvalidInput` for an empty or too long title.
    pub fn create(&self, input: GoalInput) -> ApiResult<Goal> {
        Ok(self.store.goals().create(&goal_input(GOAL, input)?)?.into())
    }

    /// Changes a recovery goal. `NotFound` when it does not exist.
    pub fn update(&self, id: String, input: GoalInput) -> ApiResult<Goal> {
        let id = convert::id(GOAL, "id", &id)?;
        Ok(self
            .store
            .goals()
            .update(id, &goal_input(GOAL, input)?)?
            .into())
    }

    /// One recovery goal, or null.
    pub fn get(&self, id: String) -> ApiResult<Option<Goal>> {
        Ok(self
            .store
            .goals()
            .get(convert::id(GOAL, "id", &id)?)?
            .map(Into::into))
    }

    /// Every recovery goal.
    pub fn list(&self) -> ApiResult<Vec<Goal>> {
        Ok(all(self.store.goals().list()?))
    }

    /// Deletes a goal with its short-term goals, steps and follow-ups.
    pub fn delete(&self, id: String) -> ApiResult<()> {
        Ok(self.store.goals().delete(convert::id(GOAL, "id", &id)?)?)
    }

    /// Records how far along goal `goal_id` is. `InvalidInput` on `goal_follow_up.goal_id`
    /// for an unknown goal.
    pub fn add_follow_up(&self, goal_id: String, input: FollowUpInput) -> ApiResult<GoalFollowUp> {
        let goal_id = convert::id(FOLLOW_UP, "goal_id", &goal_id)?;
        Ok(self
            .store
            .goals()
            .add_follow_up(goal_id, &follow_up_input(input)?)?
            .into())
    }

    /// Changes a follow-up.
    pub fn update_follow_up(&self, id: String, input: FollowUpInput) -> ApiResult<GoalFollowUp> {
        let id = convert::id(FOLLOW_UP, "id", &id)?;
        Ok(self
            .store
            .goals()
            .update_follow_up(id, &follow_up_input(input)?)?
            .into())
    }

    /// The follow-ups of a goal.
    pub fn follow_ups(&self, goal_id: String) -> ApiResult<Vec<GoalFollowUp>> {
        let goal_id = convert::id(FOLLOW_UP, "goal_id", &goal_id)?;
        Ok(all(self.store.goals().follow_ups(goal_id)?))
    }

    /// Deletes a follow-up.
    pub fn delete_follow_up(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .goals()
            .delete_follow_up(convert::id(FOLLOW_UP, "id", &id)?)?)
    }
}
