//! # imr-core
//!
//! The participant's records for IMR Companion: the typed domain of DESIGN.md section 3,
//! its validation, and encrypted storage (SQLCipher) with versioned migrations. Every
//! record carries the sync metadata (id, UTC timestamps, hybrid logical clock stamp,
//! change counter, tombstone) the sync client will need.
//!
//! Open a [`Store`] with a [`KeyProvider`] and a [`Clock`], then use its areas:
//! `store.check_ins().save(&input)`, `store.settings().get()`, and so on. The core knows
//! nothing of FFI; `imr-ffi` wraps this API.

pub mod backup;
pub mod clock;
pub mod day;
pub mod db;
pub mod error;
pub mod records;
pub(crate) mod schema;
pub mod screens;
mod store;
pub mod trends;
mod validate;
pub mod warning;

pub use clock::{Clock, FixedClock, SystemClock};
pub use db::{KeyError, KeyProvider, StaticKey};
pub use error::{Error, Result};
pub use records::RecordInfo;
pub use records::check_in::{CheckIn, CheckInInput, CheckIns, CopingUse, Rating, SubstanceUse};
pub use records::coping::{Coping, CopingStrategy, CopingStrategyInput};
pub use records::goal_parts::{GoalStep, ShortTermGoal};
pub use records::goals::{FollowUpInput, Goal, GoalFollowUp, GoalInput, Goals};
pub use records::history::History;
pub use records::homework::{
    AssignedBy, Homework, HomeworkApi, HomeworkInput, HomeworkStatus, HomeworkStatusInput,
};
pub use records::modules::{ModuleProgress, ModuleProgressInput, Modules};
pub use records::plan::{
    LocalNumber, Plan, PlanContent, PlanSnapshot, PlanVersion, RelapsePlan, SignAtSave,
    SupporterAtSave,
};
pub use records::scale::{ItemAnswer, RatedBy, Scale, ScaleAnswer, ScaleRating};
pub use records::sessions::{Session, SessionInput, Sessions};
pub use records::settings::{Settings, SettingsApi};
pub use records::signs::{PersistentSymptom, Signs, Symptoms, WarningSign, WarningSignInput};
pub use records::supporters::{Supporter, SupporterInput, Supporters, Trigger, Triggers};
pub use screens::Screens;
pub use store::{Identity, Store};
pub use trends::TrendsApi;
pub use warning::Warning;

impl Store {
    /// Settings: locale, timezone, day start, reminder, country.
    pub fn settings(&self) -> SettingsApi<'_> {
        SettingsApi { store: self }
    }

    /// Daily check-ins.
    pub fn check_ins(&self) -> CheckIns<'_> {
        CheckIns { store: self }
    }

    /// Early warning signs.
    pub fn signs(&self) -> Signs<'_> {
        Signs { store: self }
    }

    /// Persistent symptoms.
    pub fn symptoms(&self) -> Symptoms<'_> {
        Symptoms { store: self }
    }

    /// Triggers.
    pub fn triggers(&self) -> Triggers<'_> {
        Triggers { store: self }
    }

    /// Supporters.
    pub fn supporters(&self) -> Supporters<'_> {
        Supporters { store: self }
    }

    /// Recovery goals, short-term goals, steps and follow-ups.
    pub fn goals(&self) -> Goals<'_> {
        Goals { store: self }
    }

    /// Coping strategies with their use statistics.
    pub fn coping(&self) -> Coping<'_> {
        Coping { store: self }
    }

    /// The relapse prevention plan and its versions.
    pub fn plan(&self) -> Plan<'_> {
        Plan { store: self }
    }

    /// The early warning level and the alert history.
    pub fn warning(&self) -> Warning<'_> {
        Warning { store: self }
    }

    /// Daily series, weekly means, adherence and coping rankings over a period.
    pub fn trends(&self) -> TrendsApi<'_> {
        TrendsApi { store: self }
    }

    /// Ready-to-render models of the app's screens, localised in the settings' language.
    pub fn screens(&self) -> Screens<'_> {
        Screens { store: self }
    }

    /// Progress through the 11 IMR modules.
    pub fn modules(&self) -> Modules<'_> {
        Modules { store: self }
    }

    /// Homework (own and the clinician's) and the participant's status on each.
    pub fn homework(&self) -> HomeworkApi<'_> {
        HomeworkApi { store: self }
    }

    /// IMR Scale ratings.
    pub fn scale(&self) -> Scale<'_> {
        Scale { store: self }
    }

    /// IMR sessions.
    pub fn sessions(&self) -> Sessions<'_> {
        Sessions { store: self }
    }
}
