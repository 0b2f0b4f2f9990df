//! Ready-to-render screen models (crux-style view models) for the shells.
//!
//! Each model is a plain struct holding every text already localised through `imr-content`
//! in the settings' locale, and every number already computed, so the Kotlin and Swift
//! shells only lay it out: a rule that lived in one shell would have to be written twice.
//! Models are built from stored data on each call (cheap: bounded reads), never cached, so a
//! save is visible on the next render.

mod alerts;
mod goals;
mod modules;
mod parts;
mod plan;
mod scale;
mod settings;
mod today;
mod trends;

pub use alerts::AlertView;
pub use goals::{GoalCard, GoalsModel, SmallerGoal};
pub use modules::{HomeworkCard, ModuleCard, ModulesModel};
pub use parts::{CallLine, Choice, CrisisView, LevelView, RatingField};
pub use plan::{PlanModel, SignLine};
pub use scale::{ScaleItemRow, ScaleModel, ScaleTaking};
pub use settings::{ScopeLine, SettingChoice, SettingsModel};
pub use today::{CheckInForm, GoalDue, HomeworkDue, TodayModel};
pub use trends::{CopingLine, SeriesView, TrendsModel};

use crate::error::Result;
use crate::store::Store;
use crate::trends::Period;

/// The screens the core serves.
pub struct Screens<'a> {
    pub(crate) store: &'a Store,
}

impl Screens<'_> {
    /// Today: the check-in, the level with its reasons and steps, what is due, the streak;
    /// at red, crisis numbers and supporters first.
    pub fn today(&self) -> Result<TodayModel> {
        today::build(self.store)
    }

    /// Trends over one of the offered periods ending today.
    pub fn trends(&self, period: Period) -> Result<TrendsModel> {
        trends::build(self.store, period)
    }

    /// The relapse prevention plan with crisis numbers.
    pub fn plan(&self) -> Result<PlanModel> {
        plan::build(self.store)
    }

    /// Recovery goals with their smaller goals, steps and last follow-up.
    pub fn goals(&self) -> Result<GoalsModel> {
        goals::build(self.store)
    }

    /// The 11 modules with status and homework.
    pub fn modules(&self) -> Result<ModulesModel> {
        modules::build(self.store)
    }

    /// IMR Scale history, the participant's and the clinician's side by side.
    pub fn scale(&self) -> Result<ScaleModel> {
        scale::build(self.store)
    }

    /// Settings: current values and the choices for each.
    pub fn settings(&self) -> Result<SettingsModel> {
        settings::build(self.store)
    }
}
