//! The steps towards a recovery goal: short-term goals under it and concrete steps under
//! each, in the order the participant put them.

use imr_protocol::{GoalStatus, RecordKind};

use crate::convert;
use crate::error::ApiResult;
use crate::goals::{GoalInput, GoalsApi, goal_input};
use crate::record_info::RecordInfo;
use crate::signs::all;

const SHORT_TERM: RecordKind = RecordKind::ShortTermGoal;
const STEP: RecordKind = RecordKind::GoalStep;

/// A short-term goal on the way to a recovery goal.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ShortTermGoal {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The recovery goal it serves.
    pub goal_id: String,
    /// What I want to reach.
    pub title: String,
    /// Where it stands.
    pub status: GoalStatus,
    /// The target day (`YYYY-MM-DD`), if any.
    pub target_date: Option<String>,
    /// Place among its siblings, first is 0.
    pub position: i64,
}

/// One concrete step of a short-term goal.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct GoalStep {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The short-term goal it belongs to.
    pub short_term_goal_id: String,
    /// What to do.
    pub title: String,
    /// Whether it is done.
    pub done: bool,
    /// Place among its siblings, first is 0.
    pub position: i64,
}

impl From<imr_core::ShortTermGoal> for ShortTermGoal {
    fn from(g: imr_core::ShortTermGoal) -> Self {
        ShortTermGoal {
            id: g.id.to_string(),
            info: g.info.into(),
            goal_id: g.goal_id.to_string(),
            title: g.title,
            status: g.status,
            target_date: convert::opt_date_text(g.target_date),
            position: g.position,
        }
    }
}

impl From<imr_core::GoalStep> for GoalStep {
    fn from(s: imr_core::GoalStep) -> Self {
        GoalStep {
            id: s.id.to_string(),
            info: s.info.into(),
            short_term_goal_id: s.short_term_goal_id.to_string(),
            title: s.title,
            done: s.done,
            position: s.position,
        }
    }
}

#[uniffi::export]
impl GoalsApi {
    /// Adds a short-term goal under recovery goal `goal_id` (its `why` is not used).
    pub fn add_short_term(&self, goal_id: String, input: GoalInput) -> ApiResult<ShortTermGoal> {
        let goal_id = convert::id(SHORT_TERM, "goal_id", &goal_id)?;
        let input = goal_input(SHORT_TERM, input)?;
        Ok(self.store.goals().add_short_term(goal_id, &input)?.into())
    }

    /// Changes a short-term goal.
    pub fn update_short_term(&self, id: String, input: GoalInput) -> ApiResult<ShortTermGoal> {
        let id = convert::id(SHORT_TERM, "id", &id)?;
        let input = goal_input(SHORT_TERM, input)?;
        Ok(self.store.goals().update_short_term(id, &input)?.into())
    }

    /// The short-term goals of a recovery goal, in order.
    pub fn short_term_goals(&self, goal_id: String) -> ApiResult<Vec<ShortTermGoal>> {
        let goal_id = convert::id(SHORT_TERM, "goal_id", &goal_id)?;
        Ok(all(self.store.goals().short_term_goals(goal_id)?))
    }

    /// Deletes a short-term goal with its steps.
    pub fn delete_short_term(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .goals()
            .delete_short_term(convert::id(SHORT_TERM, "id", &id)?)?)
    }

    /// Adds a step at the end of a short-term goal.
    pub fn add_step(&self, short_term_goal_id: String, title: String) -> ApiResult<GoalStep> {
        let parent = convert::id(STEP, "short_term_goal_id", &short_term_goal_id)?;
        Ok(self.store.goals().add_step(parent, &title)?.into())
    }

    /// Changes a step's words or ticks it off.
    pub fn update_step(&self, id: String, title: String, done: bool) -> ApiResult<GoalStep> {
        let id = convert::id(STEP, "id", &id)?;
        Ok(self.store.goals().update_step(id, &title, done)?.into())
    }

    /// The steps of a short-term goal, in order.
    pub fn steps(&self, short_term_goal_id: String) -> ApiResult<Vec<GoalStep>> {
        let parent = convert::id(STEP, "short_term_goal_id", &short_term_goal_id)?;
        Ok(all(self.store.goals().steps(parent)?))
    }

    /// Deletes a step.
    pub fn delete_step(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .goals()
            .delete_step(convert::id(STEP, "id", &id)?)?)
    }
}
