//! The Scale and Settings screen models, mirrored from `imr_core::screens`.

use imr_core::screens as core;
use imr_protocol::ScaleItem;

use crate::screen_parts::{Choice, choices};

/// One taking of the IMR Scale.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ScaleTaking {
    /// Its id.
    pub id: String,
    /// When, as text.
    pub date_text: String,
    /// Who rated, as text.
    pub rater: String,
    /// Whether the clinician rated.
    pub by_clinician: bool,
    /// The mean 1-5 of the answered items.
    pub mean: Option<f64>,
    /// The mean, as text in the locale (decimal comma in nb and nl).
    pub mean_text: Option<String>,
}

/// One item, the participant's answer next to the clinician's.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ScaleItemRow {
    /// Which item.
    pub item: ScaleItem,
    /// Its title.
    pub title: String,
    /// The participant's latest score 1-5.
    pub self_score: Option<i32>,
    /// Its words.
    pub self_answer: Option<String>,
    /// The clinician's latest score 1-5.
    pub clinician_score: Option<i32>,
    /// Its words.
    pub clinician_answer: Option<String>,
}

/// IMR Scale history, the participant's and the clinician's side by side.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct ScaleModel {
    /// The screen title.
    pub title: String,
    /// When to take it, as text.
    pub when_text: String,
    /// A note on the wording.
    pub wording_note: String,
    /// Heading of the participant's column.
    pub self_heading: String,
    /// Heading of the clinician's column.
    pub clinician_heading: String,
    /// Heading of the means.
    pub mean_heading: String,
    /// Every taking, newest first.
    pub history: Vec<ScaleTaking>,
    /// The 15 items.
    pub items: Vec<ScaleItemRow>,
}

impl From<core::ScaleModel> for ScaleModel {
    fn from(m: core::ScaleModel) -> Self {
        ScaleModel {
            title: m.title,
            when_text: m.when_text,
            wording_note: m.wording_note,
            self_heading: m.self_heading,
            clinician_heading: m.clinician_heading,
            mean_heading: m.mean_heading,
            history: m
                .history
                .into_iter()
                .map(|t| ScaleTaking {
                    id: t.id.to_string(),
                    date_text: t.date_text,
                    rater: t.rater,
                    by_clinician: t.by_clinician,
                    mean: t.mean,
                    mean_text: t.mean_text,
                })
                .collect(),
            items: m
                .items
                .into_iter()
                .map(|r| ScaleItemRow {
                    item: r.item,
                    title: r.title,
                    self_score: r.self_score.map(i32::from),
                    self_answer: r.self_answer,
                    clinician_score: r.clinician_score.map(i32::from),
                    clinician_answer: r.clinician_answer,
                })
                .collect(),
        }
    }
}

/// One setting: its current value and the choices.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SettingChoice {
    /// What the setting is called.
    pub label: String,
    /// The current value, as text.
    pub value: String,
    /// A hint under it.
    pub hint: Option<String>,
    /// The choices, the current one selected (empty for free input).
    pub choices: Vec<Choice>,
}

impl From<core::SettingChoice> for SettingChoice {
    fn from(s: core::SettingChoice) -> Self {
        SettingChoice {
            label: s.label,
            value: s.value,
            hint: s.hint,
            choices: choices(s.choices),
        }
    }
}

/// A consent scope the participant can share with the clinic.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ScopeLine {
    /// The scope's wire name (`check_ins`, …), sent back when consenting.
    pub scope: String,
    /// Its name.
    pub label: String,
    /// What it shares.
    pub description: String,
}

/// Settings: current values and the choices for each, and the sharing scopes.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SettingsModel {
    /// The screen title.
    pub title: String,
    /// The language.
    pub language: SettingChoice,
    /// The timezone.
    pub timezone: SettingChoice,
    /// When a day starts.
    pub day_start: SettingChoice,
    /// The reminder.
    pub reminder: SettingChoice,
    /// The country (crisis numbers).
    pub country: SettingChoice,
    /// Usual sleep.
    pub usual_sleep: SettingChoice,
    /// Heading over sharing.
    pub sharing_heading: String,
    /// What sharing means.
    pub sharing_hint: String,
    /// The scopes.
    pub scopes: Vec<ScopeLine>,
}

impl From<core::SettingsModel> for SettingsModel {
    fn from(m: core::SettingsModel) -> Self {
        SettingsModel {
            title: m.title,
            language: m.language.into(),
            timezone: m.timezone.into(),
            day_start: m.day_start.into(),
            reminder: m.reminder.into(),
            country: m.country.into(),
            usual_sleep: m.usual_sleep.into(),
            sharing_heading: m.sharing_heading,
            sharing_hint: m.sharing_hint,
            scopes: m
                .scopes
                .into_iter()
                .map(|s| ScopeLine {
                    scope: s.scope.as_str().to_owned(),
                    label: s.label,
                    description: s.description,
                })
                .collect(),
        }
    }
}
