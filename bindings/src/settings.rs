//! The participant's settings: language, timezone, day start, reminder, country. Until
//! they are saved the core's defaults apply (English, the device's zone, days from 04:00).

use std::sync::Arc;

use imr_core::Store;
use imr_protocol::{Country, Locale, RecordKind};

use crate::convert;
use crate::error::ApiResult;

const KIND: RecordKind = RecordKind::Settings;

/// The participant's settings.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Settings {
    /// The language texts are shown in.
    pub locale: Locale,
    /// IANA timezone name, for example `Europe/Oslo`.
    pub timezone: String,
    /// When false the app updates the timezone as the device's changes.
    pub timezone_pinned: bool,
    /// The hour (0-12) a new day starts; before it, a check-in counts for the day before.
    pub day_start_hour: i32,
    /// When to remind about the daily check-in (`HH:MM`), or null for no reminder.
    pub reminder_time: Option<String>,
    /// Decides the crisis numbers (never the language).
    pub country: Country,
    /// The usual hours of sleep, used until there are enough check-ins.
    pub usual_sleep_hours: Option<f64>,
}

impl From<imr_core::Settings> for Settings {
    fn from(s: imr_core::Settings) -> Self {
        Settings {
            locale: s.locale,
            timezone: s.timezone,
            timezone_pinned: s.timezone_pinned,
            day_start_hour: s.day_start_hour.into(),
            reminder_time: s.reminder_time.map(convert::time_text),
            country: s.country,
            usual_sleep_hours: s.usual_sleep_hours,
        }
    }
}

impl TryFrom<Settings> for imr_core::Settings {
    type Error = crate::error::ApiError;

    fn try_from(s: Settings) -> ApiResult<Self> {
        Ok(imr_core::Settings {
            locale: s.locale,
            timezone: s.timezone,
            timezone_pinned: s.timezone_pinned,
            day_start_hour: convert::small(KIND, "day_start_hour", s.day_start_hour)?,
            reminder_time: s
                .reminder_time
                .map(|t| convert::time(KIND, "reminder_time", &t))
                .transpose()?,
            country: s.country,
            usual_sleep_hours: s.usual_sleep_hours,
        })
    }
}

/// Settings: read and save.
#[derive(Debug, uniffi::Object)]
pub struct SettingsApi {
    store: Arc<Store>,
}

impl SettingsApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl SettingsApi {
    /// The saved settings, or the defaults when none were saved yet.
    pub fn get(&self) -> ApiResult<Settings> {
        Ok(self.store.settings().get()?.into())
    }

    /// Validates and saves the settings; returns what was stored (trimmed). Refused with
    /// `InvalidInput` (nothing changed) for an unknown timezone, a day start outside 0-12,
    /// a reminder that is not `HH:MM`, or usual sleep outside 0-24 hours.
    pub fn save(&self, settings: Settings) -> ApiResult<Settings> {
        let settings = imr_core::Settings::try_from(settings)?;
        Ok(self.store.settings().save(&settings)?.into())
    }
}
