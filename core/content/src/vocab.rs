//! Labels for every value of the closed vocabularies, so the shells and the dashboard never
//! show a wire name. The message id is `<prefix>-<wire name>`.

use imr_protocol::limits::{RATING_MAX, SLEEP_QUALITY_MAX};
use imr_protocol::{
    AlertEventType, CopingCategory, Country, GoalStatus, HomeworkState, Locale, Medication,
    ModuleStatus, Scope, SessionFormat, SubstanceAmount, SubstanceKind,
};

use crate::catalogue::tr;

/// A vocabulary whose values have a label in the catalogue.
pub trait Labelled: Copy {
    /// The message id prefix of the vocabulary, e.g. `goal-status`.
    const PREFIX: &'static str;
    /// The value's wire name.
    fn wire(self) -> &'static str;
    /// The message id of the value's label.
    fn label_id(self) -> String {
        format!("{}-{}", Self::PREFIX, self.wire())
    }
}

macro_rules! labelled {
    ($($vocabulary:ty => $prefix:literal),* $(,)?) => {
        $(impl Labelled for $vocabulary {
            const PREFIX: &'static str = $prefix;
            fn wire(self) -> &'static str {
                self.as_str()
            }
        })*
    };
}

labelled! {
    GoalStatus => "goal-status",
    Medication => "medication",
    SubstanceKind => "substance-kind",
    SubstanceAmount => "substance-amount",
    CopingCategory => "coping-category",
    ModuleStatus => "module-status",
    HomeworkState => "homework-state",
    SessionFormat => "session-format",
    AlertEventType => "alert-event",
    Country => "country",
    Locale => "locale",
    Scope => "scope",
}

/// The label of `value` in `locale`.
pub fn label<T: Labelled>(locale: Locale, value: T) -> String {
    tr(locale, &value.label_id())
}

/// One sentence on what sharing `scope` shares, shown next to its switch.
pub fn scope_description(locale: Locale, scope: Scope) -> String {
    tr(locale, &format!("{}.description", scope.label_id()))
}

/// The plain word for a 0-3 rating of a sign, symptom or helpfulness (not at all, a little,
/// quite a bit, a lot); `None` outside 0-3.
pub fn rating(locale: Locale, value: i64) -> Option<String> {
    (0..=RATING_MAX)
        .contains(&value)
        .then(|| tr(locale, &format!("rating-{value}")))
}

/// The plain words for a 0-4 sleep quality rating (very badly ... very well); `None` outside
/// 0-4.
pub fn sleep_quality(locale: Locale, value: i64) -> Option<String> {
    (0..=SLEEP_QUALITY_MAX)
        .contains(&value)
        .then(|| tr(locale, &format!("sleep-quality-{value}")))
}
