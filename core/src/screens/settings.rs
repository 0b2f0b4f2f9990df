//! The Settings screen: each setting with its current value in words and the choices the
//! participant can pick from, plus what each sharing scope means.

use imr_content::{tr, vocab};
use imr_protocol::{Country, Locale, Scope};

use super::parts::Choice;
use crate::error::Result;
use crate::records::settings;
use crate::store::Store;

/// One setting: its label, its value in words, and the values to pick from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingChoice {
    /// What the setting is.
    pub label: String,
    /// The current value in words.
    pub value: String,
    /// A line explaining it, where the catalogue has one.
    pub hint: Option<String>,
    /// The values to pick from (empty for free entry such as a time).
    pub choices: Vec<Choice>,
}

/// Everything the Settings screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsModel {
    /// "Settings".
    pub title: String,
    /// Language: en, nb, nl, each in its own language.
    pub language: SettingChoice,
    /// Time zone, pinned or following the phone.
    pub timezone: SettingChoice,
    /// The hour a new day starts (0-12).
    pub day_start: SettingChoice,
    /// Daily reminder time ("HH:MM"), if any.
    pub reminder: SettingChoice,
    /// Country, for crisis numbers.
    pub country: SettingChoice,
    /// Usual hours of sleep (the sleep baseline until there is data).
    pub usual_sleep: SettingChoice,
    /// "What you share with your clinic" and its hint.
    pub sharing_heading: String,
    /// The hint under it.
    pub sharing_hint: String,
    /// Each consent scope with what it shares (the switches' state belongs to sync).
    pub scopes: Vec<ScopeLine>,
}

/// One consent scope and what sharing it shares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeLine {
    /// The scope (sent back when the participant switches it).
    pub scope: Scope,
    /// Its name.
    pub label: String,
    /// What it shares, in one sentence.
    pub description: String,
}

fn hhmm(hour: u8, minute: u8) -> String {
    format!("{hour:02}:{minute:02}")
}

pub(super) fn build(store: &Store) -> Result<SettingsModel> {
    let s = store.read(settings::load)?;
    let locale = s.locale;
    let hours = |h: f64| {
        let text = format!("{h}");
        if locale == Locale::En {
            text
        } else {
            text.replace('.', ",")
        }
    };
    Ok(SettingsModel {
        title: tr(locale, "settings-title"),
        language: SettingChoice {
            label: tr(locale, "settings-language"),
            value: vocab::label(locale, locale),
            hint: None,
            choices: Locale::ALL
                .iter()
                .map(|l| Choice {
                    value: l.as_str().to_owned(),
                    label: vocab::label(locale, *l),
                    selected: *l == locale,
                })
                .collect(),
        },
        timezone: SettingChoice {
            label: tr(locale, "settings-timezone"),
            value: s.timezone.clone(),
            hint: (!s.timezone_pinned).then(|| tr(locale, "settings-timezone-follows-device")),
            choices: Vec::new(),
        },
        day_start: SettingChoice {
            label: tr(locale, "settings-day-start"),
            value: hhmm(s.day_start_hour, 0),
            hint: Some(tr(locale, "settings-day-start.hint")),
            choices: (0..=12u8)
                .map(|h| Choice {
                    value: h.to_string(),
                    label: hhmm(h, 0),
                    selected: h == s.day_start_hour,
                })
                .collect(),
        },
        reminder: SettingChoice {
            label: tr(locale, "settings-reminder"),
            value: s
                .reminder_time
                .map(|t| hhmm(t.hour() as u8, t.minute() as u8))
                .unwrap_or_default(),
            hint: None,
            choices: Vec::new(),
        },
        country: SettingChoice {
            label: tr(locale, "settings-country"),
            value: vocab::label(locale, s.country),
            hint: None,
            choices: Country::ALL
                .iter()
                .map(|c| Choice {
                    value: c.as_str().to_owned(),
                    label: vocab::label(locale, *c),
                    selected: *c == s.country,
                })
                .collect(),
        },
        usual_sleep: SettingChoice {
            label: tr(locale, "settings-usual-sleep"),
            value: s.usual_sleep_hours.map(hours).unwrap_or_default(),
            hint: None,
            choices: Vec::new(),
        },
        sharing_heading: tr(locale, "settings-sharing"),
        sharing_hint: tr(locale, "settings-sharing.hint"),
        scopes: Scope::ALL
            .iter()
            .map(|scope| ScopeLine {
                scope: *scope,
                label: vocab::label(locale, *scope),
                description: vocab::scope_description(locale, *scope),
            })
            .collect(),
    })
}
