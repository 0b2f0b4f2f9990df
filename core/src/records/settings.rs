//! The participant's settings: language, timezone, day start, reminder, country.
//!
//! One record per participant (a natural id). Until the participant saves settings, the
//! defaults apply: English, the device's timezone, days starting at 04:00, no reminder.
//! The timezone and day-start hour decide which day a check-in belongs to.

use imr_protocol::{Country, Locale, RecordKind, natural_id};
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use rusqlite::{Connection, OptionalExtension, params};

use crate::day::local_day;
use crate::error::Result;
use crate::records::row::{INSERT_META, INSERT_META_VALUES, TOUCH, meta_params, word_at};
use crate::store::Store;
use crate::validate::{conform, opt_number, refuse};

const KIND: RecordKind = RecordKind::Settings;

/// Where a new day starts when the participant has not said otherwise.
pub const DEFAULT_DAY_START_HOUR: u8 = 4;

/// The participant's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// The language texts are shown in.
    pub locale: Locale,
    /// IANA timezone name, e.g. `Europe/Oslo`.
    pub timezone: String,
    /// When false the app updates the timezone as the device's changes.
    pub timezone_pinned: bool,
    /// The hour (0-12) a new day starts; before it, a check-in counts for the day before.
    pub day_start_hour: u8,
    /// When to remind about the daily check-in, if at all (minutes precision).
    pub reminder_time: Option<Time>,
    /// Decides the crisis numbers (never the language).
    pub country: Country,
    /// The sleep baseline until there are enough check-ins.
    pub usual_sleep_hours: Option<f64>,
}

impl Default for Settings {
    fn default() -> Self {
        let timezone = TimeZone::system()
            .iana_name()
            .filter(|name| name.contains('/'))
            .unwrap_or("Etc/UTC")
            .to_owned();
        Settings {
            locale: Locale::En,
            timezone,
            timezone_pinned: false,
            day_start_hour: DEFAULT_DAY_START_HOUR,
            reminder_time: None,
            country: Country::Other,
            usual_sleep_hours: None,
        }
    }
}

impl Settings {
    /// The settings' zone. A stored name the zone database no longer knows falls back to
    /// UTC rather than making every screen fail.
    pub fn time_zone(&self) -> TimeZone {
        TimeZone::get(&self.timezone).unwrap_or(TimeZone::UTC)
    }

    /// The local day of `at` under these settings.
    pub fn day_of(&self, at: jiff::Timestamp) -> Date {
        local_day(at, &self.time_zone(), self.day_start_hour)
    }
}

fn reminder_text(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

fn validate(input: &Settings) -> Result<Settings> {
    let timezone = input.timezone.trim().to_owned();
    conform(KIND, "timezone", &timezone.clone().into())?;
    conform(KIND, "day_start_hour", &input.day_start_hour.into())?;
    opt_number(KIND, "usual_sleep_hours", input.usual_sleep_hours)?;
    if let Some(time) = input.reminder_time
        && (time.second() != 0 || time.subsec_nanosecond() != 0)
    {
        return Err(refuse(
            KIND,
            "reminder_time",
            imr_protocol::Problem::WrongType {
                expected: "a time of day (HH:MM)".into(),
            },
        )
        .into());
    }
    Ok(Settings {
        timezone,
        ..input.clone()
    })
}

/// Reads the settings on any connection (also inside a write, for "today").
pub(crate) fn load(conn: &Connection) -> Result<Settings> {
    let found = conn
        .prepare_cached(
            "SELECT locale, timezone, timezone_pinned, day_start_hour, reminder_time, country,
                    usual_sleep_hours
             FROM settings WHERE deleted = 0 LIMIT 1",
        )?
        .query_row([], |row| {
            let reminder: Option<String> = row.get(4)?;
            Ok(Settings {
                locale: word_at(row, 0)?,
                timezone: row.get(1)?,
                timezone_pinned: row.get(2)?,
                day_start_hour: row.get(3)?,
                reminder_time: reminder.and_then(|t| t.parse().ok()),
                country: word_at(row, 5)?,
                usual_sleep_hours: row.get(6)?,
            })
        })
        .optional()?;
    Ok(found.unwrap_or_default())
}

/// Settings: read and save.
pub struct SettingsApi<'a> {
    pub(crate) store: &'a Store,
}

impl SettingsApi<'_> {
    /// The saved settings, or the defaults when nothing was saved yet.
    pub fn get(&self) -> Result<Settings> {
        self.store.read(load)
    }

    /// Validates and saves the settings; returns what was stored (trimmed).
    pub fn save(&self, input: &Settings) -> Result<Settings> {
        let settings = validate(input)?;
        let id = natural_id(self.store.identity().participant, KIND, "");
        self.store.write(|tx, stamp| {
            let (id, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO settings ({INSERT_META}, locale, timezone, timezone_pinned,
                         day_start_hour, reminder_time, country, usual_sleep_hours)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                     ON CONFLICT (id) DO UPDATE SET {TOUCH}, deleted = 0,
                         locale = ?4, timezone = ?5, timezone_pinned = ?6, day_start_hour = ?7,
                         reminder_time = ?8, country = ?9, usual_sleep_hours = ?10"
                ),
                params![
                    id,
                    now,
                    hlc,
                    settings.locale.as_str(),
                    settings.timezone,
                    settings.timezone_pinned,
                    settings.day_start_hour,
                    settings.reminder_time.map(reminder_text),
                    settings.country.as_str(),
                    settings.usual_sleep_hours,
                ],
            )?;
            Ok(())
        })?;
        Ok(settings)
    }
}
