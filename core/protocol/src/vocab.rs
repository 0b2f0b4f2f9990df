//! The closed vocabularies of the domain, as they appear on the wire and in storage.
//!
//! Both the phone and the server read and write these words, so they are declared once,
//! here. Stable snake_case names; the translated labels live in the content catalogue.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A word that is not one of a vocabulary's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not one of {allowed:?}")]
pub struct NotInVocabulary {
    /// What was given.
    pub value: String,
    /// What would have been accepted.
    pub allowed: &'static [&'static str],
}

macro_rules! vocabulary {
    ($(#[$tdoc:meta])* $name:ident { $( $(#[$doc:meta])* $variant:ident = $wire:literal ),* $(,)? }) => {
        $(#[$tdoc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$doc])* #[doc = concat!("Wire name `", $wire, "`.")] #[serde(rename = $wire)] $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// Every value's wire name, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($wire),*];

            /// The value's wire name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire,)* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = NotInVocabulary;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($wire => Ok($name::$variant),)*
                    _ => Err(NotInVocabulary { value: s.to_owned(), allowed: Self::NAMES }),
                }
            }
        }
    };
}

vocabulary! {
    /// The languages the product speaks.
    Locale { En = "en", Nb = "nb", Nl = "nl" }
}

vocabulary! {
    /// The country setting, which decides the crisis numbers (never the language: 113 is the
    /// medical emergency number in Norway and the suicide prevention line in the Netherlands).
    Country { Norway = "no", Netherlands = "nl", Other = "other" }
}

vocabulary! {
    /// Where a recovery goal stands.
    GoalStatus { Active = "active", Achieved = "achieved", Paused = "paused", LetGo = "let_go" }
}

vocabulary! {
    /// Whether medication was taken as prescribed (the agreed way) that day.
    Medication { Yes = "yes", Partly = "partly", No = "no", NotApplicable = "not_applicable" }
}

vocabulary! {
    /// The kinds of substance the check-in asks about.
    SubstanceKind {
        Alcohol = "alcohol", Cannabis = "cannabis", Stimulants = "stimulants",
        Sedatives = "sedatives", Opioids = "opioids", Other = "other",
    }
}

vocabulary! {
    /// How much of a substance was used that day.
    SubstanceAmount { None = "none", Some = "some", ALot = "a_lot" }
}

vocabulary! {
    /// What a coping strategy helps with, for grouping the toolbox.
    CopingCategory {
        Stress = "stress", Symptoms = "symptoms", Sleep = "sleep", Mood = "mood",
        Social = "social", Other = "other",
    }
}

vocabulary! {
    /// The 11 IMR modules, by stable key.
    ModuleKey {
        /// 1 Recovery strategies.
        Recovery = "recovery",
        /// 2 Practical facts about mental illness.
        Facts = "facts",
        /// 3 The stress-vulnerability model.
        StressVulnerability = "stress_vulnerability",
        /// 4 Building social support.
        SocialSupport = "social_support",
        /// 5 Using medication effectively.
        Medication = "medication",
        /// 6 Drug and alcohol use.
        SubstanceUse = "substance_use",
        /// 7 Reducing relapses.
        Relapse = "relapse",
        /// 8 Coping with stress.
        Stress = "stress",
        /// 9 Coping with problems and persistent symptoms.
        Symptoms = "symptoms",
        /// 10 Getting your needs met in the mental health system.
        HealthSystem = "health_system",
        /// 11 Healthy lifestyles.
        HealthyLifestyle = "healthy_lifestyle",
    }
}

vocabulary! {
    /// Progress through a module.
    ModuleStatus { NotStarted = "not_started", InProgress = "in_progress", Completed = "completed" }
}

vocabulary! {
    /// The participant's progress on one homework.
    HomeworkState { Todo = "todo", Started = "started", Done = "done" }
}

vocabulary! {
    /// Whether an IMR session was held one to one or in a group.
    SessionFormat { Individual = "individual", Group = "group" }
}

vocabulary! {
    /// What an alert event records about an episode.
    AlertEventType {
        /// The level rose from green or unknown to amber or red.
        Started = "started",
        /// The level rose from amber to red within an episode.
        Escalated = "escalated",
        /// Three green days in a row ended the episode.
        Ended = "ended",
        /// An edit made an earlier event untrue; events are withdrawn, never deleted.
        Withdrawn = "withdrawn",
    }
}

vocabulary! {
    /// The early warning level. Unknown is not good news: it means too little data.
    WarningLevel {
        /// Fewer than 2 check-in days in the last 7.
        Unknown = "unknown",
        /// None of the rules met.
        Green = "green",
        /// Watch, and do my amber steps.
        Amber = "amber",
        /// Act on the plan: contact supporters or the clinician.
        Red = "red",
    }
}

vocabulary! {
    /// The early warning rules of DESIGN.md section 4, each of which can be a reason.
    WarningRule {
        /// A red-flag sign at or above its threshold on any of the last 3 days.
        RedFlagSign = "red_flag_sign",
        /// 2 or more signs at or above threshold on each of 3 consecutive days.
        SeveralSigns = "several_signs",
        /// Amber or red on each of the 7 days before, and amber today.
        LongAmber = "long_amber",
        /// Fewer than 2 check-in days in the last 7.
        TooLittleData = "too_little_data",
        /// A sign at or above its threshold on 2 of the last 3 check-in days.
        SignAtThreshold = "sign_at_threshold",
        /// Stress 2 or more above the usual level on 3 consecutive days.
        StressAboveUsual = "stress_above_usual",
        /// Mood 3 or more away from the usual level on 3 consecutive days.
        MoodAwayFromUsual = "mood_away_from_usual",
        /// Sleep 2 or more hours below the usual on 3 consecutive nights.
        SleepBelowUsual = "sleep_below_usual",
        /// Under 4 or over 12 hours of sleep on 2 consecutive nights.
        SleepExtreme = "sleep_extreme",
        /// Medication "no" or "partly" on 3 consecutive days.
        MedicationNotAsAgreed = "medication_not_as_agreed",
    }
}

vocabulary! {
    /// The 15 items of the IMR Scale, by stable id (never by question text, so the wording
    /// can change, or a licensed translation replace ours, without breaking scores).
    ScaleItem {
        /// 1 Progress towards personal goals.
        Goals = "goals",
        /// 2 Knowledge about the illness.
        Knowledge = "knowledge",
        /// 3 Involvement of family and friends.
        FamilyFriends = "family_friends",
        /// 4 Contact with people outside the family.
        OutsideContact = "outside_contact",
        /// 5 Time in structured roles.
        StructuredRoles = "structured_roles",
        /// 6 Symptom distress.
        SymptomDistress = "symptom_distress",
        /// 7 Impairment of functioning.
        Functioning = "functioning",
        /// 8 Relapse prevention planning.
        RelapsePlanning = "relapse_planning",
        /// 9 Relapse of symptoms.
        Relapses = "relapses",
        /// 10 Psychiatric hospitalisations.
        Hospitalisations = "hospitalisations",
        /// 11 Coping.
        Coping = "coping",
        /// 12 Involvement in self-help activities.
        SelfHelp = "self_help",
        /// 13 Using medication effectively.
        Medication = "medication",
        /// 14 Functioning affected by alcohol use.
        AlcoholUse = "alcohol_use",
        /// 15 Functioning affected by drug use.
        DrugUse = "drug_use",
    }
}

impl ScaleItem {
    /// The version of the item set answers are stored against.
    pub const ITEM_SET_VERSION: u32 = 1;

    /// The item's number in the published scale (1-15).
    pub fn number(self) -> u8 {
        ScaleItem::ALL
            .iter()
            .position(|i| *i == self)
            .map_or(0, |p| p as u8 + 1)
    }

    /// Items 13-15 may be answered "not applicable".
    pub fn allows_not_applicable(self) -> bool {
        matches!(
            self,
            ScaleItem::Medication | ScaleItem::AlcoholUse | ScaleItem::DrugUse
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_eleven_modules_and_fifteen_scale_items() {
        assert_eq!(ModuleKey::ALL.len(), 11);
        assert_eq!(ScaleItem::ALL.len(), 15);
        assert_eq!(ScaleItem::Goals.number(), 1);
        assert_eq!(ScaleItem::DrugUse.number(), 15);
        let na: Vec<u8> = ScaleItem::ALL
            .iter()
            .filter(|i| i.allows_not_applicable())
            .map(|i| i.number())
            .collect();
        assert_eq!(na, [13, 14, 15]);
    }

    #[test]
    fn wire_names_match_serde_and_parse_back() {
        for level in WarningLevel::ALL {
            assert_eq!(serde_json::to_value(level).unwrap(), level.as_str());
            assert_eq!(level.as_str().parse::<WarningLevel>().unwrap(), *level);
        }
        let err = "purple".parse::<WarningLevel>().unwrap_err();
        assert_eq!(err.allowed, WarningLevel::NAMES);
    }
}
