//! The participant page and the printable "since last session" summary. Only what the
//! participant shares is read, the page says what is not shared, and each view writes an
//! audit line in the transaction that reads the data.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::response::Html;
use imr_protocol::{RecordKind, Scope, WarningStatus, WireRecord};
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Deserialize;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::WebError;
use super::caseload::{server_today, warning_status};
use super::layout::page;
use super::session::Viewer;
use super::view;
use crate::state::AppState;
use crate::store::{DeviceRow, ParticipantRow, Tx};

/// A record's id and its fields flattened (key fields and every shared group).
pub type Flat = (Uuid, Map<String, Value>);

/// Everything the participant page shows, read in one transaction.
pub struct Model {
    /// The participant.
    pub p: ParticipantRow,
    /// The server's date.
    pub today: Date,
    /// First day of the charts.
    pub from: Date,
    /// The device-computed level.
    pub status: Option<WarningStatus>,
    /// Check-ins by day (all shared groups flattened).
    pub check_ins: BTreeMap<Date, Map<String, Value>>,
    /// Live records of the other kinds shown, by kind, flattened.
    pub records: BTreeMap<RecordKind, Vec<Flat>>,
    /// Paired and unpaired devices.
    pub devices: Vec<DeviceRow>,
    /// The care team.
    pub team: Vec<(Uuid, String)>,
}

impl Model {
    /// The records of `kind`.
    pub fn of(&self, kind: RecordKind) -> &[Flat] {
        self.records.get(&kind).map_or(&[], Vec::as_slice)
    }
}

fn flat(r: &WireRecord) -> Map<String, Value> {
    let mut out = r.key.clone();
    for group in r.data.values() {
        out.extend(group.clone());
    }
    out
}

const KINDS: &[RecordKind] = &[
    RecordKind::WarningSign,
    RecordKind::AlertEvent,
    RecordKind::AlertAck,
    RecordKind::AlertSeen,
    RecordKind::Goal,
    RecordKind::ShortTermGoal,
    RecordKind::GoalFollowUp,
    RecordKind::GoalComment,
    RecordKind::RelapsePlan,
    RecordKind::Supporter,
    RecordKind::Trigger,
    RecordKind::PlanComment,
    RecordKind::ModuleProgress,
    RecordKind::Homework,
    RecordKind::ClinicianHomework,
    RecordKind::HomeworkStatus,
    RecordKind::Session,
    RecordKind::ClinicianSession,
    RecordKind::ScaleRating,
    RecordKind::ClinicianScaleRating,
];

/// Reads the participant for a clinician in their care team, or refuses.
pub fn allowed(tx: &Tx, v: &Viewer, id: Uuid) -> Result<ParticipantRow, WebError> {
    let p = tx
        .participant(id)?
        .ok_or_else(|| WebError::not_found(v.t.locale))?;
    if p.clinic_id != v.clinician.clinic_id || !tx.in_care_team(id, v.clinician.id)? {
        return Err(WebError::forbidden(v.t.locale));
    }
    Ok(p)
}

/// Loads the page model and writes the audit line.
pub fn load(
    tx: &Tx,
    v: &Viewer,
    id: Uuid,
    days: i64,
    now: jiff::Timestamp,
    action: &str,
    what: &str,
) -> Result<Model, WebError> {
    let p = allowed(tx, v, id)?;
    let today = server_today(now);
    let from = today.checked_sub((days - 1).days()).unwrap_or(today);
    let status = if p.consent.shares(Scope::WarningSigns) {
        warning_status(tx, id)?
    } else {
        None
    };
    let mut check_ins = BTreeMap::new();
    for r in tx.records_of_kind(id, RecordKind::CheckIn, &from.to_string())? {
        if let Some(day) = r
            .key
            .get("day")
            .and_then(Value::as_str)
            .and_then(|d| d.parse::<Date>().ok())
        {
            check_ins.insert(day, flat(&r));
        }
    }
    let mut records = BTreeMap::new();
    for kind in KINDS {
        if imr_protocol::scopes_of(*kind)
            .iter()
            .any(|s| p.consent.shares(*s))
        {
            let list = tx
                .records_of_kind(id, *kind, "")?
                .iter()
                .map(|r| (r.id, flat(r)))
                .collect();
            records.insert(*kind, list);
        }
    }
    let devices = tx.devices_of(id)?;
    let team = tx.care_team(id)?;
    tx.audit(&v.audit(&now.to_string(), Some(id), action, what))?;
    Ok(Model {
        p,
        today,
        from,
        status,
        check_ins,
        records,
        devices,
        team,
    })
}

/// The chart period.
#[derive(Deserialize)]
pub struct Period {
    #[serde(default)]
    days: Option<i64>,
}

/// `GET /p/{id}?days=30|90|365`.
pub async fn page_handler(
    State(state): State<AppState>,
    v: Viewer,
    Path(id): Path<Uuid>,
    Query(q): Query<Period>,
) -> Result<Html<String>, WebError> {
    let days = q.days.filter(|d| matches!(d, 30 | 90 | 365)).unwrap_or(30);
    let now = state.clock.now();
    let viewer = v.clone();
    let model = state
        .store
        .run(move |tx| load(tx, &viewer, id, days, now, "viewed", "participant_page"))
        .await?;
    let title = model.p.pseudonym.clone();
    Ok(Html(
        page(&v, &title, view::participant(&v, &model, days)).into_string(),
    ))
}

/// `GET /p/{id}/summary`: the printable "since last session" summary (an export).
pub async fn summary(
    State(state): State<AppState>,
    v: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let now = state.clock.now();
    let viewer = v.clone();
    let model = state
        .store
        .run(move |tx| load(tx, &viewer, id, 365, now, "exported", "session_summary"))
        .await?;
    let title = v.t.a(
        "summary-title",
        &[("name", model.p.pseudonym.clone().into())],
    );
    Ok(Html(
        page(&v, &title, view::summary(&v, &model)).into_string(),
    ))
}
