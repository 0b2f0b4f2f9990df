//! The Goals screen: each recovery goal in the participant's words, its smaller goals and
//! steps, and where the last follow-up left it (IMR reviews goals at every session).

use imr_content::{FluentValue, dates, tr, tr_args, vocab};
use uuid::Uuid;

use super::parts::Choice;
use crate::error::Result;
use crate::records::settings;
use crate::store::Store;

/// A smaller goal with its steps (done or not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallerGoal {
    /// The short-term goal.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// Its status in words.
    pub status: String,
    /// Steps: (title, done).
    pub steps: Vec<(String, bool)>,
}

/// One recovery goal as the screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalCard {
    /// The goal.
    pub id: Uuid,
    /// What I want in my life.
    pub title: String,
    /// Why it matters, as written.
    pub why: Option<String>,
    /// Status choices, the current one selected.
    pub status: Vec<Choice>,
    /// "Aim: by ...".
    pub target_text: Option<String>,
    /// "Progress: 6 of 10" of the last follow-up.
    pub progress_text: Option<String>,
    /// Progress 0-10 of the last follow-up (for a bar).
    pub progress: Option<u8>,
    /// "Last looked at on ...".
    pub last_follow_up_text: Option<String>,
    /// "Smaller goals".
    pub smaller_heading: String,
    /// Short-term goals with steps.
    pub smaller: Vec<SmallerGoal>,
}

/// Everything the Goals screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalsModel {
    /// "My goals".
    pub title: String,
    /// Active goals first, then the rest, each in the order written.
    pub goals: Vec<GoalCard>,
}

pub(super) fn build(store: &Store) -> Result<GoalsModel> {
    let locale = store.read(settings::load)?.locale;
    let goals_api = store.goals();
    let mut goals = goals_api.list()?;
    goals.sort_by_key(|g| g.status != imr_protocol::GoalStatus::Active);
    let mut cards = Vec::new();
    for goal in goals {
        let last = goals_api
            .follow_ups(goal.id)?
            .into_iter()
            .max_by_key(|f| f.date);
        let mut smaller = Vec::new();
        for short in goals_api.short_term_goals(goal.id)? {
            smaller.push(SmallerGoal {
                id: short.id,
                status: vocab::label(locale, short.status),
                steps: goals_api
                    .steps(short.id)?
                    .into_iter()
                    .map(|s| (s.title, s.done))
                    .collect(),
                title: short.title,
            });
        }
        cards.push(GoalCard {
            id: goal.id,
            status: imr_protocol::GoalStatus::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().to_owned(),
                    label: vocab::label(locale, *s),
                    selected: *s == goal.status,
                })
                .collect(),
            target_text: goal.target_date.map(|d| {
                tr_args(
                    locale,
                    "goal-target-date",
                    &[("date", FluentValue::from(dates::day_with_year(locale, d)))],
                )
            }),
            progress_text: last.as_ref().map(|f| {
                tr_args(
                    locale,
                    "goal-progress",
                    &[("progress", FluentValue::from(f.progress))],
                )
            }),
            progress: last.as_ref().map(|f| f.progress),
            last_follow_up_text: last.as_ref().map(|f| {
                tr_args(
                    locale,
                    "goal-last-follow-up",
                    &[("date", FluentValue::from(dates::day(locale, f.date)))],
                )
            }),
            smaller_heading: tr(locale, "goal-short-term"),
            smaller,
            title: goal.title,
            why: goal.why,
        });
    }
    Ok(GoalsModel {
        title: tr(locale, "goals-title"),
        goals: cards,
    })
}
