//! The closed vocabularies of `imr-protocol`, exposed as Kotlin and Swift enums.
//!
//! Declared as uniffi remote enums: the listing below mirrors the protocol's declaration and
//! the compiler checks the two agree variant for variant (a variant added in the protocol and
//! not here fails the build), so the apps can never receive a word they have no case for.

use imr_protocol::{
    AlertEventType, CopingCategory, Country, Direction, GoalStatus, HomeworkState, Locale,
    Medication, ModuleKey, ModuleStatus, ScaleItem, SessionFormat, SubstanceAmount, SubstanceKind,
    WarningLevel, WarningRule,
};

/// The languages the product speaks.
#[uniffi::remote(Enum)]
pub enum Locale {
    En,
    Nb,
    Nl,
}

/// The country setting, which decides the crisis numbers (never the language).
#[uniffi::remote(Enum)]
pub enum Country {
    Norway,
    Netherlands,
    Other,
}

/// Where a recovery goal stands.
#[uniffi::remote(Enum)]
pub enum GoalStatus {
    Active,
    Achieved,
    Paused,
    LetGo,
}

/// Whether medication was taken as agreed that day.
#[uniffi::remote(Enum)]
pub enum Medication {
    Yes,
    Partly,
    No,
    NotApplicable,
}

/// The kinds of substance the check-in asks about.
#[uniffi::remote(Enum)]
pub enum SubstanceKind {
    Alcohol,
    Cannabis,
    Stimulants,
    Sedatives,
    Opioids,
    Other,
}

/// How much of a substance was used that day.
#[uniffi::remote(Enum)]
pub enum SubstanceAmount {
    None,
    Some,
    ALot,
}

/// What a coping strategy helps with, for grouping the toolbox.
#[uniffi::remote(Enum)]
pub enum CopingCategory {
    Stress,
    Symptoms,
    Sleep,
    Mood,
    Social,
    Other,
}

/// The 11 IMR modules, by stable key.
#[uniffi::remote(Enum)]
pub enum ModuleKey {
    Recovery,
    Facts,
    StressVulnerability,
    SocialSupport,
    Medication,
    SubstanceUse,
    Relapse,
    Stress,
    Symptoms,
    HealthSystem,
    HealthyLifestyle,
}

/// Progress through a module.
#[uniffi::remote(Enum)]
pub enum ModuleStatus {
    NotStarted,
    InProgress,
    Completed,
}

/// The participant's progress on one homework.
#[uniffi::remote(Enum)]
pub enum HomeworkState {
    Todo,
    Started,
    Done,
}

/// Whether an IMR session was held one to one or in a group.
#[uniffi::remote(Enum)]
pub enum SessionFormat {
    Individual,
    Group,
}

/// What an alert event records about an episode.
#[uniffi::remote(Enum)]
pub enum AlertEventType {
    Started,
    Escalated,
    Ended,
    Withdrawn,
}

/// The early warning level. Unknown is not good news: it means too little data.
#[uniffi::remote(Enum)]
pub enum WarningLevel {
    Unknown,
    Green,
    Amber,
    Red,
}

/// The early warning rules, each of which can be a reason for a level.
#[uniffi::remote(Enum)]
pub enum WarningRule {
    RedFlagSign,
    SeveralSigns,
    LongAmber,
    TooLittleData,
    SignAtThreshold,
    StressAboveUsual,
    MoodAwayFromUsual,
    SleepBelowUsual,
    SleepExtreme,
    MedicationNotAsAgreed,
}

/// The 15 items of the IMR Scale, by stable id.
#[uniffi::remote(Enum)]
pub enum ScaleItem {
    Goals,
    Knowledge,
    FamilyFriends,
    OutsideContact,
    StructuredRoles,
    SymptomDistress,
    Functioning,
    RelapsePlanning,
    Relapses,
    Hospitalisations,
    Coping,
    SelfHelp,
    Medication,
    AlcoholUse,
    DrugUse,
}

/// Which way a measure moved away from its usual level.
#[uniffi::remote(Enum)]
pub enum Direction {
    Above,
    Below,
    Both,
}
