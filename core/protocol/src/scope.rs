//! Consent scopes: what a participant chooses to share with their clinic.
//!
//! Every scope is off until the participant turns it on, on the phone. Each field of each
//! record belongs to exactly one scope (or never leaves the phone); see [`crate::fields`].

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A consent scope the participant can share with their clinic, one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Daily check-in ratings: stress, mood, sleep, symptoms, medication, substance use,
    /// coping strategies used (and the personal lists they refer to).
    CheckIns,
    /// Free text the participant writes about themselves: check-in notes, follow-up notes,
    /// homework reflections, what they did about an alert. Separate because it is the most
    /// sensitive.
    Notes,
    /// Early warning signs, their ratings, the warning level and alert events.
    WarningSigns,
    /// The relapse prevention plan, its triggers and supporters. Supporters' names and phone
    /// numbers are other people's data, shared only with this scope.
    RelapsePlan,
    /// Recovery goals, short-term goals, steps and follow-ups.
    Goals,
    /// Module progress, homework and IMR sessions.
    Modules,
    /// IMR Scale ratings.
    ImrScale,
}

impl Scope {
    /// Every scope, in a stable order (the order the app lists them in).
    pub const ALL: [Scope; 7] = [
        Scope::CheckIns,
        Scope::Notes,
        Scope::WarningSigns,
        Scope::RelapsePlan,
        Scope::Goals,
        Scope::Modules,
        Scope::ImrScale,
    ];

    /// The scope's wire name, as used in JSON and in database columns.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::CheckIns => "check_ins",
            Scope::Notes => "notes",
            Scope::WarningSigns => "warning_signs",
            Scope::RelapsePlan => "relapse_plan",
            Scope::Goals => "goals",
            Scope::Modules => "modules",
            Scope::ImrScale => "imr_scale",
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text is not the wire name of any scope this version knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown consent scope {0:?}")]
pub struct UnknownScope(pub String);

impl FromStr for Scope {
    type Err = UnknownScope;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == s)
            .ok_or_else(|| UnknownScope(s.to_owned()))
    }
}

/// The participant's current sharing choice. The version rises by one on every change; the
/// server refuses a batch sent under an older version, so data is never uploaded under a
/// consent the participant has since withdrawn.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Rises by one with every change the participant makes.
    pub version: u32,
    /// The scopes that are shared; everything else stays on the phone.
    pub scopes: BTreeSet<Scope>,
}

impl Consent {
    /// Whether this scope is shared.
    pub fn shares(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip_and_match_serde() {
        for scope in Scope::ALL {
            assert_eq!(scope.as_str().parse::<Scope>().unwrap(), scope);
            assert_eq!(serde_json::to_value(scope).unwrap(), scope.as_str());
        }
        assert!("everything".parse::<Scope>().is_err());
    }

    #[test]
    fn nothing_is_shared_by_default() {
        let consent = Consent::default();
        assert!(Scope::ALL.iter().all(|s| !consent.shares(*s)));
    }
}
