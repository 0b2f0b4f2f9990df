//! Stored records turned into the engine's inputs.
//!
//! The engine is pure and knows nothing of storage; this module reads what it needs in as
//! few queries as possible: the live signs (thresholds, red flags), the plan's baseline
//! window, the usual sleep from settings, and the check-ins of one date range in a single
//! `SELECT` of only the columns the rules read. Nothing here runs a query per day.

use std::collections::BTreeMap;

use imr_engine::{DayRecord, EngineSettings, History, Plan, SignRule};
use imr_protocol::Medication;
use imr_protocol::limits::BASELINE_WINDOW_DAYS;
use jiff::ToSpan;
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{date_at, json_at, opt_word_at};
use crate::records::settings::Settings;
use crate::records::signs::list_signs_on;

/// Days of check-ins to read before the first judged day: the longest baseline window (90),
/// the week rule (7 days before, each judged on its own run of 3 and the 7 days before it)
/// and a small margin. Reading more changes nothing; reading less would change baselines.
pub(crate) fn lookback_days(window: u16) -> i64 {
    i64::from(window) + 20
}

/// The plan's signs and settings as the engine takes them. Every live sign takes part, also
/// one no longer asked about: its past ratings are still part of the history being judged.
pub(crate) fn plan_on(conn: &Connection, settings: &Settings) -> Result<Plan> {
    let window: Option<i64> = conn
        .query_row(
            "SELECT baseline_window_days FROM relapse_plan WHERE deleted = 0 LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let window = window.unwrap_or(BASELINE_WINDOW_DAYS.1);
    let engine_settings = EngineSettings {
        baseline_window_days: u16::try_from(window)
            .map_err(|_| Error::BadData(format!("baseline window {window}")))?,
        usual_sleep_hours: settings.usual_sleep_hours.map(|h| h as f32),
    };
    let signs = list_signs_on(conn)?
        .into_iter()
        .map(|s| SignRule {
            id: s.id,
            label: s.text,
            threshold: s.threshold,
            red_flag: s.red_flag,
        })
        .collect();
    Plan::new(engine_settings, signs).map_err(|e| Error::BadData(e.to_string()))
}

/// The check-ins of `from..=to` as the engine's history, in one query.
pub(crate) fn history_on(conn: &Connection, from: Date, to: Date) -> Result<History> {
    let mut stmt = conn.prepare_cached(
        "SELECT day, stress, mood, sleep_hours, medication, sign_ratings,
                (sleep_quality IS NOT NULL OR symptom_ratings <> '{}'
                 OR substances <> '{}' OR coping <> '[]')
         FROM check_in WHERE day BETWEEN ?1 AND ?2 AND deleted = 0",
    )?;
    let rows = stmt.query_map([from.to_string(), to.to_string()], |row| {
        let signs: BTreeMap<Uuid, u8> = json_at(row, 5)?;
        let medication: Option<Medication> = opt_word_at(row, 4)?;
        let sleep: Option<f64> = row.get(3)?;
        Ok(DayRecord {
            date: date_at(row, 0)?,
            stress: row.get(1)?,
            mood: row.get(2)?,
            sleep_hours: sleep.map(|h| h as f32),
            medication,
            signs,
            has_other_rating: row.get(6)?,
        })
    })?;
    let records = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    History::new(records).map_err(|e| Error::BadData(e.to_string()))
}

/// The plan and the history needed to judge every day of `first..=last`.
pub(crate) fn inputs_on(
    conn: &Connection,
    settings: &Settings,
    first: Date,
    last: Date,
) -> Result<(Plan, History)> {
    let plan = plan_on(conn, settings)?;
    let back = lookback_days(plan.settings().baseline_window_days);
    let from = first
        .checked_sub(back.days())
        .map_err(|e| Error::BadData(e.to_string()))?;
    Ok((plan, history_on(conn, from, last)?))
}
