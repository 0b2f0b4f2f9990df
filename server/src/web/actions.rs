//! What a clinician writes on the participant page: homework, comments, IMR Scale ratings,
//! sessions, "seen" marks, new enrollment codes and unpairing. Records are stamped by the
//! server's clock and stored through the same rules as a device push.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use imr_protocol::{
    RecordKind, RejectReason, ScaleItem, Scope, WireRecord, WriterRole, natural_id, validate_record,
};
use jiff::Timestamp;
use serde::Deserialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::WebError;
use super::caseload::code_page;
use super::participant::allowed;
use super::session::{Viewer, WebForm};
use crate::state::AppState;
use crate::store::Tx;
use crate::{pairing, sync};

fn put(m: &mut Map<String, Value>, k: &str, v: &str) {
    let v = v.trim();
    if !v.is_empty() {
        m.insert(k.to_owned(), Value::String(v.to_owned()));
    }
}

#[allow(clippy::too_many_arguments)] // the record's parts, each needed; a struct would only rename them
/// Writes one clinician record for the participant, after the same checks as a device push.
fn write(
    tx: &Tx,
    v: &Viewer,
    pid: Uuid,
    kind: RecordKind,
    key: Map<String, Value>,
    scope: Scope,
    fields: Map<String, Value>,
    now: Timestamp,
) -> Result<(), WebError> {
    let l = v.t.locale;
    let p = allowed(tx, v, pid)?;
    let id = match kind.identity() {
        imr_protocol::Identity::NaturalKey(field) => natural_id(
            pid,
            kind,
            &key.get(field)
                .map(imr_protocol::record::key_text)
                .unwrap_or_default(),
        ),
        _ => Uuid::new_v4(),
    };
    let created_at = tx.record(pid, id)?.map_or(now, |r| r.created_at);
    let record = WireRecord {
        kind,
        id,
        hlc: sync::server_stamp(tx, now)?,
        created_at,
        updated_at: now,
        deleted: false,
        key,
        data: BTreeMap::from([(scope, fields)]),
    };
    validate_record(&record).map_err(|_| WebError::bad("error-invalid-field", l))?;
    match sync::apply(tx, &p, WriterRole::Clinician, &record, now)? {
        Ok(_) => {}
        Err(r) if r.reason == RejectReason::ScopeNotShared => {
            return Err(WebError::bad("error-not-shared", l));
        }
        Err(_) => return Err(WebError::bad("error-invalid-field", l)),
    }
    tx.audit(&v.audit(&now.to_string(), Some(pid), "wrote", kind.as_str()))?;
    Ok(())
}

fn back(pid: Uuid) -> Response {
    Redirect::to(&format!("/p/{pid}")).into_response()
}

/// The assign-homework form.
#[derive(Deserialize)]
pub struct HomeworkForm {
    csrf: String,
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    due: String,
    #[serde(default)]
    module: String,
}

/// `POST /p/{id}/homework`.
pub async fn assign_homework(
    State(state): State<AppState>,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<HomeworkForm>,
) -> Result<Response, WebError> {
    v.check_csrf(&f.csrf)?;
    let now = state.clock.now();
    let mut data = Map::new();
    for (k, val) in [
        ("title", &f.title),
        ("description", &f.description),
        ("due", &f.due),
        ("module", &f.module),
    ] {
        put(&mut data, k, val);
    }
    put(&mut data, "assigned_by", &v.clinician.display_name);
    let viewer = v.clone();
    state
        .store
        .run(move |tx| {
            write(
                tx,
                &viewer,
                pid,
                RecordKind::ClinicianHomework,
                Map::new(),
                Scope::Modules,
                data,
                now,
            )
        })
        .await?;
    Ok(back(pid))
}

/// The comment form (a goal comment when it names a goal, else a plan comment).
#[derive(Deserialize)]
pub struct CommentForm {
    csrf: String,
    text: String,
    #[serde(default)]
    goal_id: Option<Uuid>,
}

/// `POST /p/{id}/comment`.
pub async fn comment(
    State(state): State<AppState>,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<CommentForm>,
) -> Result<Response, WebError> {
    v.check_csrf(&f.csrf)?;
    let now = state.clock.now();
    let mut data = Map::new();
    put(&mut data, "text", &f.text);
    put(&mut data, "author", &v.clinician.display_name);
    let viewer = v.clone();
    state
        .store
        .run(move |tx| match f.goal_id {
            Some(goal) => {
                if tx
                    .record(pid, goal)?
                    .is_none_or(|r| r.kind != RecordKind::Goal)
                {
                    return Err(WebError::bad("error-invalid-field", viewer.t.locale));
                }
                let key = Map::from_iter([("goal_id".to_owned(), json!(goal))]);
                write(
                    tx,
                    &viewer,
                    pid,
                    RecordKind::GoalComment,
                    key,
                    Scope::Goals,
                    data,
                    now,
                )
            }
            None => write(
                tx,
                &viewer,
                pid,
                RecordKind::PlanComment,
                Map::new(),
                Scope::RelapsePlan,
                data,
                now,
            ),
        })
        .await?;
    Ok(back(pid))
}

/// `POST /p/{id}/scale`: `taken_on` and one `item_<id>` per answered item.
pub async fn clinician_scale(
    State(state): State<AppState>,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    v.check_csrf(f.get("csrf").map_or("", String::as_str))?;
    let now = state.clock.now();
    let mut answers = Map::new();
    for item in ScaleItem::ALL {
        match f
            .get(&format!("item_{}", item.as_str()))
            .map(|s| s.trim())
            .unwrap_or("")
        {
            "" => {}
            "na" => {
                answers.insert(item.as_str().to_owned(), json!("na"));
            }
            n => {
                let n: i64 = n
                    .parse()
                    .map_err(|_| WebError::bad("error-invalid-field", v.t.locale))?;
                answers.insert(item.as_str().to_owned(), json!(n));
            }
        }
    }
    let mut data = Map::new();
    put(
        &mut data,
        "taken_on",
        f.get("taken_on").map_or("", String::as_str),
    );
    data.insert(
        "item_set_version".into(),
        json!(ScaleItem::ITEM_SET_VERSION),
    );
    data.insert("answers".into(), Value::Object(answers));
    put(&mut data, "rated_by", &v.clinician.display_name);
    let viewer = v.clone();
    state
        .store
        .run(move |tx| {
            write(
                tx,
                &viewer,
                pid,
                RecordKind::ClinicianScaleRating,
                Map::new(),
                Scope::ImrScale,
                data,
                now,
            )
        })
        .await?;
    Ok(back(pid))
}

/// The record-session form.
#[derive(Deserialize)]
pub struct SessionForm {
    csrf: String,
    date: String,
    #[serde(default)]
    module: String,
    #[serde(default)]
    attended: Option<String>,
    #[serde(default)]
    format: String,
}

/// `POST /p/{id}/session`.
pub async fn record_session(
    State(state): State<AppState>,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<SessionForm>,
) -> Result<Response, WebError> {
    v.check_csrf(&f.csrf)?;
    let now = state.clock.now();
    let mut data = Map::new();
    for (k, val) in [
        ("date", &f.date),
        ("module", &f.module),
        ("format", &f.format),
    ] {
        put(&mut data, k, val);
    }
    data.insert(
        "attended".into(),
        json!(f.attended.as_deref() == Some("true")),
    );
    put(&mut data, "recorded_by", &v.clinician.display_name);
    let viewer = v.clone();
    state
        .store
        .run(move |tx| {
            write(
                tx,
                &viewer,
                pid,
                RecordKind::ClinicianSession,
                Map::new(),
                Scope::Modules,
                data,
                now,
            )
        })
        .await?;
    Ok(back(pid))
}

/// The mark-seen form.
#[derive(Deserialize)]
pub struct SeenForm {
    csrf: String,
    alert_id: Uuid,
}

/// `POST /p/{id}/seen`: the clinic's "seen" mark on an alert, which the participant sees.
pub async fn mark_seen(
    State(state): State<AppState>,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<SeenForm>,
) -> Result<Response, WebError> {
    v.check_csrf(&f.csrf)?;
    let now = state.clock.now();
    let mut data = Map::new();
    put(&mut data, "seen_at", &now.to_string());
    put(&mut data, "seen_by", &v.clinician.display_name);
    let viewer = v.clone();
    state
        .store
        .run(move |tx| {
            if tx
                .record(pid, f.alert_id)?
                .is_none_or(|r| r.kind != RecordKind::AlertEvent)
            {
                return Err(WebError::bad("error-invalid-field", viewer.t.locale));
            }
            let key = Map::from_iter([("alert_id".to_owned(), json!(f.alert_id))]);
            write(
                tx,
                &viewer,
                pid,
                RecordKind::AlertSeen,
                key,
                Scope::WarningSigns,
                data,
                now,
            )
        })
        .await?;
    Ok(back(pid))
}

/// A form carrying only its CSRF token.
#[derive(Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

/// `POST /p/{id}/code`: a new one-time enrollment code, shown once.
pub async fn new_code(
    State(state): State<AppState>,
    headers: HeaderMap,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<CsrfOnly>,
) -> Result<Html<String>, WebError> {
    v.check_csrf(&f.csrf)?;
    let now = state.clock.now();
    let viewer = v.clone();
    let (code, expires) = state
        .store
        .run(move |tx| {
            allowed(tx, &viewer, pid)?;
            let out = pairing::new_code(tx, pid, now)?;
            tx.audit(&viewer.audit(&now.to_string(), Some(pid), "wrote", "enrollment_code"))?;
            Ok::<_, WebError>(out)
        })
        .await?;
    Ok(Html(
        code_page(
            &v,
            &headers,
            state.settings.secure_cookies,
            pid,
            &code,
            expires,
        )
        .into_string(),
    ))
}

/// `POST /p/{id}/unpair`: the clinic unpairs all the participant's devices.
pub async fn unpair(
    State(state): State<AppState>,
    v: Viewer,
    Path(pid): Path<Uuid>,
    WebForm(f): WebForm<CsrfOnly>,
) -> Result<Response, WebError> {
    v.check_csrf(&f.csrf)?;
    let now = state.clock.now();
    let viewer = v.clone();
    state
        .store
        .run(move |tx| {
            allowed(tx, &viewer, pid)?;
            tx.unpair(pid, None, &now.to_string())?;
            tx.audit(&viewer.audit(&now.to_string(), Some(pid), "wrote", "unpair"))?;
            Ok::<_, WebError>(())
        })
        .await?;
    Ok(back(pid))
}
