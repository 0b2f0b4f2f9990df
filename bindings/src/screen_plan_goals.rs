//! The Plan, Goals and Modules screen models, mirrored from `imr_core::screens`.

use imr_core::screens as core;
use imr_protocol::ModuleKey;

use crate::screen_parts::{CallLine, Choice, CrisisView, calls, choices};

/// A warning sign on the plan with when it counts.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SignLine {
    /// The sign as the participant wrote it.
    pub text: String,
    /// From which rating it counts, as text.
    pub threshold_text: String,
    /// For a red flag, what that means.
    pub red_flag_text: Option<String>,
}

/// The relapse prevention plan with crisis numbers.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct PlanModel {
    /// The screen title.
    pub title: String,
    /// Whether a plan was saved (else the screen invites making one).
    pub exists: bool,
    /// When the plan was last reviewed, as text.
    pub last_reviewed_text: Option<String>,
    /// Heading over the triggers.
    pub triggers_heading: String,
    /// The triggers.
    pub triggers: Vec<String>,
    /// Heading over the signs.
    pub signs_heading: String,
    /// The warning signs with thresholds.
    pub signs: Vec<SignLine>,
    /// Heading over the amber steps.
    pub amber_heading: String,
    /// What to do at amber.
    pub amber_steps: Vec<String>,
    /// Heading over the red steps.
    pub red_heading: String,
    /// What to do at red.
    pub red_steps: Vec<String>,
    /// Heading over the supporters.
    pub supporters_heading: String,
    /// Supporters to call with one tap.
    pub supporters: Vec<CallLine>,
    /// Heading over the clinician.
    pub clinician_heading: String,
    /// The clinician to call, if saved.
    pub clinician: Option<CallLine>,
    /// Heading over the preferences.
    pub preferences_heading: String,
    /// The participant's preferences for a crisis.
    pub preferences: Vec<String>,
    /// Crisis numbers.
    pub crisis: CrisisView,
}

impl From<core::PlanModel> for PlanModel {
    fn from(m: core::PlanModel) -> Self {
        PlanModel {
            title: m.title,
            exists: m.exists,
            last_reviewed_text: m.last_reviewed_text,
            triggers_heading: m.triggers_heading,
            triggers: m.triggers,
            signs_heading: m.signs_heading,
            signs: m
                .signs
                .into_iter()
                .map(|s| SignLine {
                    text: s.text,
                    threshold_text: s.threshold_text,
                    red_flag_text: s.red_flag_text,
                })
                .collect(),
            amber_heading: m.amber_heading,
            amber_steps: m.amber_steps,
            red_heading: m.red_heading,
            red_steps: m.red_steps,
            supporters_heading: m.supporters_heading,
            supporters: calls(m.supporters),
            clinician_heading: m.clinician_heading,
            clinician: m.clinician.map(Into::into),
            preferences_heading: m.preferences_heading,
            preferences: m.preferences,
            crisis: m.crisis.into(),
        }
    }
}

/// A step of a smaller goal, ticked or not.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct StepLine {
    /// The step.
    pub text: String,
    /// Whether it is done.
    pub done: bool,
}

/// A smaller (short-term) goal with its steps.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SmallerGoal {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its status, as text.
    pub status: String,
    /// Its steps in order.
    pub steps: Vec<StepLine>,
}

/// A recovery goal card.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct GoalCard {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Why it matters, as written.
    pub why: Option<String>,
    /// The statuses, the current one selected.
    pub status: Vec<Choice>,
    /// The target date, as text.
    pub target_text: Option<String>,
    /// The last progress, as text.
    pub progress_text: Option<String>,
    /// The last progress 0-10.
    pub progress: Option<i32>,
    /// When it was last followed up, as text.
    pub last_follow_up_text: Option<String>,
    /// Heading over the smaller goals.
    pub smaller_heading: String,
    /// The smaller goals.
    pub smaller: Vec<SmallerGoal>,
}

/// Recovery goals with their smaller goals, steps and last follow-up.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct GoalsModel {
    /// The screen title.
    pub title: String,
    /// The goals.
    pub goals: Vec<GoalCard>,
}

impl From<core::GoalsModel> for GoalsModel {
    fn from(m: core::GoalsModel) -> Self {
        let smaller = |s: core::SmallerGoal| SmallerGoal {
            id: s.id.to_string(),
            title: s.title,
            status: s.status,
            steps: s
                .steps
                .into_iter()
                .map(|(text, done)| StepLine { text, done })
                .collect(),
        };
        GoalsModel {
            title: m.title,
            goals: m
                .goals
                .into_iter()
                .map(|g| GoalCard {
                    id: g.id.to_string(),
                    title: g.title,
                    why: g.why,
                    status: choices(g.status),
                    target_text: g.target_text,
                    progress_text: g.progress_text,
                    progress: g.progress.map(i32::from),
                    last_follow_up_text: g.last_follow_up_text,
                    smaller_heading: g.smaller_heading,
                    smaller: g.smaller.into_iter().map(smaller).collect(),
                })
                .collect(),
        }
    }
}

/// A homework card.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct HomeworkCard {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// What to do.
    pub description: Option<String>,
    /// When it is due, as text.
    pub due_text: Option<String>,
    /// Who gave it.
    pub from: String,
    /// Its state, as text.
    pub state: String,
    /// Whether it is done.
    pub done: bool,
    /// The participant's reflection.
    pub reflection: Option<String>,
}

fn homework(list: Vec<core::HomeworkCard>) -> Vec<HomeworkCard> {
    list.into_iter()
        .map(|h| HomeworkCard {
            id: h.id.to_string(),
            title: h.title,
            description: h.description,
            due_text: h.due_text,
            from: h.from,
            state: h.state,
            done: h.done,
            reflection: h.reflection,
        })
        .collect()
}

/// One IMR module with status and homework.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ModuleCard {
    /// Which module.
    pub key: ModuleKey,
    /// Its title.
    pub title: String,
    /// What it is about.
    pub summary: String,
    /// Its status, as text.
    pub status: String,
    /// Started and completed dates, as text.
    pub dates_text: Vec<String>,
    /// Its homework.
    pub homework: Vec<HomeworkCard>,
    /// Ideas for homework.
    pub ideas: Vec<String>,
}

/// The 11 modules with status and homework.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ModulesModel {
    /// The screen title.
    pub title: String,
    /// The modules in programme order.
    pub modules: Vec<ModuleCard>,
    /// Homework not tied to a module.
    pub other_homework: Vec<HomeworkCard>,
}

impl From<core::ModulesModel> for ModulesModel {
    fn from(m: core::ModulesModel) -> Self {
        ModulesModel {
            title: m.title,
            modules: m
                .modules
                .into_iter()
                .map(|c| ModuleCard {
                    key: c.key,
                    title: c.title,
                    summary: c.summary,
                    status: c.status,
                    dates_text: c.dates_text,
                    homework: homework(c.homework),
                    ideas: c.ideas,
                })
                .collect(),
            other_homework: homework(m.other_homework),
        }
    }
}
