//! Recent alert events as the participant reads them: what happened, when, whether they
//! noted what they did, and "seen by your clinic on ..." once the clinic's mark arrived.

use imr_content::{FluentValue, dates, tr, tr_args, vocab};
use uuid::Uuid;

use crate::error::Result;
use crate::records::settings::Settings;
use crate::store::Store;

/// How many recent events the Today screen lists.
pub const RECENT_ALERTS: usize = 5;

/// One alert event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertView {
    /// The event (to acknowledge it).
    pub id: Uuid,
    /// "Your warning signs rose", "Moved to red", ...
    pub title: String,
    /// The day it is about.
    pub date_text: String,
    /// A later edit made it untrue (shown struck through, never hidden).
    pub withdrawn: bool,
    /// "You looked at this on ...", once acknowledged.
    pub acknowledged_text: Option<String>,
    /// What the participant noted they did.
    pub note: Option<String>,
    /// "Seen by your clinic on ...", once the clinic's mark arrived.
    pub seen_text: Option<String>,
}

fn on_day(settings: &Settings, key: &str, at: jiff::Timestamp) -> String {
    let day = settings.day_of(at);
    tr_args(
        settings.locale,
        key,
        &[("date", FluentValue::from(dates::day(settings.locale, day)))],
    )
}

/// The newest events, newest first.
pub(crate) fn recent(store: &Store, settings: &Settings) -> Result<Vec<AlertView>> {
    let locale = settings.locale;
    Ok(store
        .warning()
        .events()?
        .into_iter()
        .take(RECENT_ALERTS)
        .map(|e| AlertView {
            id: e.id,
            title: vocab::label(locale, e.event.event),
            date_text: dates::day(locale, e.event.day),
            withdrawn: e.withdrawn,
            acknowledged_text: e
                .acknowledgement
                .as_ref()
                .map(|a| on_day(settings, "acknowledged-on", a.at)),
            note: e.acknowledgement.and_then(|a| a.note),
            seen_text: e.seen.map(|s| on_day(settings, "seen-by-clinic", s.at)),
        })
        .collect())
}

/// "Earlier changes in your signs".
pub(crate) fn heading(settings: &Settings) -> String {
    tr(settings.locale, "alert-history")
}
