//! `AlertsApi`: the early-warning level of a day, the alert events with the participant's
//! acknowledgements and the clinic's "seen" marks. Events are only ever added; a change of
//! mind is a withdrawal event pointing at the old one.

use std::sync::Arc;

use imr_core::Store;
use imr_core::warning::SeenMark as CoreSeenMark;
use imr_protocol::{AlertEventType, Direction, RecordKind, WarningLevel, WarningRule};

use crate::convert;
use crate::error::ApiResult;

/// One rule that was met, with what it concerns.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Reason {
    /// The rule.
    pub rule: WarningRule,
    /// The warning sign it concerns, for sign rules.
    pub sign_id: Option<String>,
    /// The sign's text as written, for sign rules.
    pub sign_label: Option<String>,
    /// Which way the measure moved, for mood and sleep.
    pub direction: Option<Direction>,
    /// The days that met the rule (`YYYY-MM-DD`), oldest first.
    pub dates: Vec<String>,
}

fn reasons(list: Vec<imr_protocol::Reason>) -> Vec<Reason> {
    list.into_iter()
        .map(|r| Reason {
            rule: r.rule,
            sign_id: r.sign_id.map(|id| id.to_string()),
            sign_label: r.sign_label,
            direction: r.direction,
            dates: r.dates.into_iter().map(convert::date_text).collect(),
        })
        .collect()
}

/// The level of one day and why (the Today screen has the same in words).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct LevelOfDay {
    /// The day judged (`YYYY-MM-DD`).
    pub day: String,
    /// The level.
    pub level: WarningLevel,
    /// The rules met, red rules first; empty at green.
    pub reasons: Vec<Reason>,
}

/// What the participant noted when they acknowledged an event.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Acknowledgement {
    /// When, in milliseconds since 1970 (UTC).
    pub at_ms: i64,
    /// What they did, if they wrote it.
    pub note: Option<String>,
}

/// The clinic's mark that a clinician saw the event.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SeenMark {
    /// When, in milliseconds since 1970 (UTC).
    pub at_ms: i64,
    /// Who saw it, if the clinic said.
    pub by: Option<String>,
}

/// A stored alert event with its acknowledgement and seen mark.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct AlertEntry {
    /// The event's id (what `acknowledge` takes).
    pub id: String,
    /// When it was stored, in milliseconds since 1970 (UTC).
    pub recorded_at_ms: i64,
    /// The episode it belongs to.
    pub episode_id: String,
    /// Started, escalated, ended or withdrawn.
    pub event: AlertEventType,
    /// The level it is about.
    pub level: WarningLevel,
    /// The participant's day it is about (`YYYY-MM-DD`).
    pub day: String,
    /// Why; empty for an end or a withdrawal.
    pub reasons: Vec<Reason>,
    /// For a withdrawal, the id of the event that is no longer true.
    pub withdraws: Option<String>,
    /// Whether a later event withdrew this one.
    pub withdrawn: bool,
    /// The participant's acknowledgement, if any.
    pub acknowledgement: Option<Acknowledgement>,
    /// The clinic's seen mark, if any.
    pub seen: Option<SeenMark>,
}

impl From<imr_core::warning::AlertEntry> for AlertEntry {
    fn from(e: imr_core::warning::AlertEntry) -> Self {
        AlertEntry {
            id: e.id.to_string(),
            recorded_at_ms: convert::millis(e.recorded_at),
            episode_id: e.event.episode_id.to_string(),
            event: e.event.event,
            level: e.event.level,
            day: convert::date_text(e.event.day),
            reasons: reasons(e.event.reasons),
            withdraws: e.event.withdraws.map(|id| id.to_string()),
            withdrawn: e.withdrawn,
            acknowledgement: e.acknowledgement.map(|a| Acknowledgement {
                at_ms: convert::millis(a.at),
                note: a.note,
            }),
            seen: e.seen.map(|s| SeenMark {
                at_ms: convert::millis(s.at),
                by: s.by,
            }),
        }
    }
}

/// The early warning level and the alert history.
#[derive(Debug, uniffi::Object)]
pub struct AlertsApi {
    store: Arc<Store>,
}

impl AlertsApi {
    pub(crate) fn new(store: Arc<Store>) -> Self {
        Self { store }
    }
}

#[uniffi::export]
impl AlertsApi {
    /// The level of `day` (`YYYY-MM-DD`) and its reasons, from what is stored now (a read).
    pub fn level_on(&self, day: String) -> ApiResult<LevelOfDay> {
        let day = convert::date(RecordKind::AlertEvent, "day", &day)?;
        let evaluation = self.store.warning().level_on(day)?;
        Ok(LevelOfDay {
            day: convert::date_text(evaluation.on),
            level: evaluation.level,
            reasons: reasons(evaluation.reasons),
        })
    }

    /// Brings the alert events up to `day`: call it when a day passes (app opened, a
    /// background task). Running it again for the same day stores nothing new.
    pub fn evaluate_on(&self, day: String) -> ApiResult<()> {
        let day = convert::date(RecordKind::AlertEvent, "day", &day)?;
        Ok(self.store.warning().evaluate_on(day)?)
    }

    /// Every alert event with its acknowledgement and seen mark, newest day first.
    pub fn events(&self) -> ApiResult<Vec<AlertEntry>> {
        Ok(self
            .store
            .warning()
            .events()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The participant acknowledges event `alert_id`, with a note of what they did; a second
    /// acknowledgement replaces the first. `NotFound` for an unknown event and
    /// `InvalidInput` for a note over 4000 characters; nothing changes in either case.
    pub fn acknowledge(&self, alert_id: String, note: Option<String>) -> ApiResult<()> {
        let id = convert::id(RecordKind::AlertAck, "alert_id", &alert_id)?;
        Ok(self.store.warning().acknowledge(id, note.as_deref())?)
    }

    /// Stores the clinic's "seen" mark on event `alert_id`, as sync receives it.
    pub fn record_seen(&self, alert_id: String, seen: SeenMark) -> ApiResult<()> {
        let id = convert::id(RecordKind::AlertSeen, "alert_id", &alert_id)?;
        let seen = CoreSeenMark {
            at: convert::timestamp(RecordKind::AlertSeen, "seen_at", seen.at_ms)?,
            by: seen.by,
        };
        Ok(self.store.warning().record_seen(id, &seen)?)
    }
}
