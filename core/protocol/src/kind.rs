//! Record kinds, and who may write each.
//!
//! Every kind has exactly one writer role, so conflicts can only arise between one
//! participant's own devices. Where both sides need to write about the same thing (a
//! homework assignment and the participant's reflection on it, an alert and the clinic's
//! "seen" mark), the design uses two kinds.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Who may create and change records of a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WriterRole {
    /// Written on the participant's own devices.
    Participant,
    /// Written by a clinician on the clinic dashboard.
    Clinician,
}

macro_rules! record_kinds {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $writer:ident, $natural:expr; )*) => {
        /// Every kind of record that exists in IMR Companion.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum RecordKind {
            $( $(#[$doc])* $variant, )*
        }

        impl RecordKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [RecordKind] = &[$(RecordKind::$variant),*];

            /// The kind's wire name.
            pub fn as_str(self) -> &'static str {
                match self { $(RecordKind::$variant => $name,)* }
            }

            /// The one role that writes this kind.
            pub fn writer(self) -> WriterRole {
                match self { $(RecordKind::$variant => WriterRole::$writer,)* }
            }

            /// How the id of a record of this kind is made: from a natural key (so two
            /// devices never create two of them), or at random.
            pub fn identity(self) -> Identity {
                match self { $(RecordKind::$variant => $natural,)* }
            }
        }
    };
}

/// How a kind's record ids are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Identity {
    /// A random UUIDv4.
    Random,
    /// UUIDv5 of the participant id and the value of this key field (for example the day of
    /// a check-in), so the same thing written on two devices has the same id.
    NaturalKey(&'static str),
    /// UUIDv5 of the participant id and the kind: one record per participant.
    Singleton,
}

record_kinds! {
    /// The participant's settings (locale, timezone, day start...). Never leaves the phone.
    Settings = "settings", Participant, Identity::Singleton;
    /// A personal long-term recovery goal: what I want in my life, and why.
    Goal = "goal", Participant, Identity::Random;
    /// A short-term goal on the way to a recovery goal.
    ShortTermGoal = "short_term_goal", Participant, Identity::Random;
    /// A concrete step of a short-term goal.
    GoalStep = "goal_step", Participant, Identity::Random;
    /// A review of a goal's progress (0-10), as IMR does at every session.
    GoalFollowUp = "goal_follow_up", Participant, Identity::Random;
    /// The daily check-in of one local calendar day.
    CheckIn = "check_in", Participant, Identity::NaturalKey("day");
    /// One of the participant's own early warning signs.
    WarningSign = "warning_sign", Participant, Identity::Random;
    /// A personal persistent symptom, rated in the check-in.
    PersistentSymptom = "persistent_symptom", Participant, Identity::Random;
    /// A situation that raised stress before.
    Trigger = "trigger", Participant, Identity::Random;
    /// A person in the plan who agreed to help.
    Supporter = "supporter", Participant, Identity::Random;
    /// The relapse prevention plan (kriseplan / signaleringsplan).
    RelapsePlan = "relapse_plan", Participant, Identity::Singleton;
    /// A saved earlier version of the relapse prevention plan.
    RelapsePlanVersion = "relapse_plan_version", Participant, Identity::Random;
    /// A coping strategy in the participant's toolbox.
    CopingStrategy = "coping_strategy", Participant, Identity::Random;
    /// Progress through one of the 11 IMR modules.
    ModuleProgress = "module_progress", Participant, Identity::NaturalKey("module");
    /// Homework the participant set themselves.
    Homework = "homework", Participant, Identity::Random;
    /// Homework a clinician assigned.
    ClinicianHomework = "clinician_homework", Clinician, Identity::Random;
    /// The participant's status and reflection on one homework (of either kind).
    HomeworkStatus = "homework_status", Participant, Identity::NaturalKey("homework_id");
    /// An IMR Scale self-rating.
    ScaleRating = "scale_rating", Participant, Identity::Random;
    /// An IMR Scale rating by a clinician.
    ClinicianScaleRating = "clinician_scale_rating", Clinician, Identity::Random;
    /// An IMR session the participant recorded.
    Session = "session", Participant, Identity::Random;
    /// An IMR session the clinician recorded.
    ClinicianSession = "clinician_session", Clinician, Identity::Random;
    /// An alert event: an episode started, escalated, ended, or an earlier event withdrawn.
    AlertEvent = "alert_event", Participant, Identity::Random;
    /// The participant's acknowledgement of an alert event and what they did.
    AlertAck = "alert_ack", Participant, Identity::NaturalKey("alert_id");
    /// The clinic's "seen" mark on an alert event.
    AlertSeen = "alert_seen", Clinician, Identity::NaturalKey("alert_id");
    /// A clinician's comment on a goal.
    GoalComment = "goal_comment", Clinician, Identity::Random;
    /// A clinician's comment on the relapse prevention plan.
    PlanComment = "plan_comment", Clinician, Identity::Random;
    /// The warning level the device computed, with the day it was computed for.
    WarningStatus = "warning_status", Participant, Identity::Singleton;
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text is not the wire name of any record kind this version knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown record kind {0:?}")]
pub struct UnknownKind(pub String);

impl FromStr for RecordKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RecordKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownKind(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip_and_match_serde() {
        for kind in RecordKind::ALL {
            assert_eq!(kind.as_str().parse::<RecordKind>().unwrap(), *kind);
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }

    #[test]
    fn clinician_kinds_are_exactly_the_clinic_side_records() {
        let clinician: Vec<_> = RecordKind::ALL
            .iter()
            .filter(|k| k.writer() == WriterRole::Clinician)
            .collect();
        assert_eq!(
            clinician,
            [
                &RecordKind::ClinicianHomework,
                &RecordKind::ClinicianScaleRating,
                &RecordKind::ClinicianSession,
                &RecordKind::AlertSeen,
                &RecordKind::GoalComment,
                &RecordKind::PlanComment,
            ]
        );
    }
}
