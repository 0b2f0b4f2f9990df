//! `ScreensApi`: the core's ready-to-render screen models, localised in the settings'
//! language. Built from stored data on each call, so a save shows on the next render.

use std::sync::Arc;

use imr_core::Store;
use imr_core::trends::Period;

use crate::error::{ApiError, ApiResult};
use crate::screen_plan_goals::{GoalsModel, ModulesModel, PlanModel};
use crate::screen_scale_settings::{ScaleModel, SettingsModel};
use crate::screen_today::{TodayModel, TrendsModel};

/// The screen models: Today, Trends, Plan, Goals, Modules, Scale and Settings.
#[derive(Debug, uniffi::Object)]
pub struct ScreensApi {
    store: Arc<Store>,
}

impl ScreensApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

/// The Trends period of `days`; only the periods the screen offers are accepted.
fn period(days: u32) -> ApiResult<Period> {
    Period::ALL
        .into_iter()
        .find(|p| p.days() == i64::from(days))
        .ok_or_else(|| ApiError::InvalidInput {
            field: "trends.days".to_owned(),
            reason: format!("{days} is not one of the periods 30, 90 or 365 days"),
        })
}

#[uniffi::export]
impl ScreensApi {
    /// Today: at red the crisis numbers and supporter calls first, then the level with its
    /// reasons and plan steps, the check-in form, goals and homework due, the streak.
    pub fn today(&self) -> ApiResult<TodayModel> {
        Ok(self.store.screens().today()?.into())
    }

    /// Trends over the last `days` days (30, 90 or 365) ending today; any other number is
    /// refused with `InvalidInput` on `trends.days`.
    pub fn trends(&self, days: u32) -> ApiResult<TrendsModel> {
        Ok(self.store.screens().trends(period(days)?)?.into())
    }

    /// The relapse prevention plan with crisis numbers.
    pub fn plan(&self) -> ApiResult<PlanModel> {
        Ok(self.store.screens().plan()?.into())
    }

    /// Recovery goals with their smaller goals, steps and last follow-up.
    pub fn goals(&self) -> ApiResult<GoalsModel> {
        Ok(self.store.screens().goals()?.into())
    }

    /// The 11 modules with status and homework.
    pub fn modules(&self) -> ApiResult<ModulesModel> {
        Ok(self.store.screens().modules()?.into())
    }

    /// IMR Scale history, the participant's and the clinician's side by side.
    pub fn scale(&self) -> ApiResult<ScaleModel> {
        Ok(self.store.screens().scale()?.into())
    }

    /// Settings: current values, the choices for each and the sharing scopes.
    pub fn settings(&self) -> ApiResult<SettingsModel> {
        Ok(self.store.screens().settings()?.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_offered_periods_are_accepted() {
        assert_eq!(period(90).ok(), Some(Period::Days90));
        assert!(matches!(
            period(31),
            Err(ApiError::InvalidInput { field, .. }) if field == "trends.days"
        ));
    }
}
