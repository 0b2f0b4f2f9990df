//! The caseload (the clinician's participants, red first) and creating a participant with
//! a one-time enrollment code shown as text and QR.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Html;
use imr_content::FluentValue;
use imr_protocol::{RecordKind, Scope, WarningLevel, WarningStatus};
use jiff::Timestamp;
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;
use uuid::Uuid;

use super::WebError;
use super::i18n::T;
use super::layout::page;
use super::session::{Viewer, WebForm};
use crate::pairing;
use crate::state::AppState;
use crate::store::Tx;

/// The device-computed warning status, if the participant shares warning signs.
pub fn warning_status(
    tx: &Tx,
    participant: Uuid,
) -> Result<Option<WarningStatus>, crate::store::Error> {
    let records = tx.records_of_kind(participant, RecordKind::WarningStatus, "")?;
    Ok(records.into_iter().next().and_then(|r| {
        let group = r.data.get(&Scope::WarningSigns)?;
        serde_json::from_value(serde_json::Value::Object(group.clone())).ok()
    }))
}

/// The order of the caseload: red, amber, unknown, green.
fn rank(level: WarningLevel) -> u8 {
    match level {
        WarningLevel::Red => 0,
        WarningLevel::Amber => 1,
        WarningLevel::Unknown => 2,
        WarningLevel::Green => 3,
    }
}

/// The coloured level label.
pub fn level_badge(t: &T, level: WarningLevel) -> Markup {
    html! { span class={ "level level-" (level.as_str()) } { (t.t(&format!("level-{}", level.as_str()))) } }
}

/// The server's date (UTC), for "as of" staleness.
pub fn server_today(now: Timestamp) -> jiff::civil::Date {
    now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

struct Row {
    id: Uuid,
    pseudonym: String,
    level: WarningLevel,
    as_of: Option<jiff::civil::Date>,
    last_check_in: Option<String>,
}

/// `GET /`: the caseload. Each listed participant's access log gets a line.
pub async fn caseload(State(state): State<AppState>, v: Viewer) -> Result<Html<String>, WebError> {
    let now = state.clock.now();
    let today = server_today(now);
    let viewer = v.clone();
    let mut rows = state
        .store
        .run(move |tx| {
            let mut rows = Vec::new();
            for p in tx.caseload(viewer.clinician.id)? {
                let status = if p.consent.shares(Scope::WarningSigns) {
                    warning_status(tx, p.id)?
                } else {
                    None
                };
                let last_check_in = if p.consent.shares(Scope::CheckIns) {
                    tx.latest_sort_key(p.id, RecordKind::CheckIn)?
                } else {
                    None
                };
                tx.audit(&viewer.audit(&now.to_string(), Some(p.id), "viewed", "caseload"))?;
                rows.push(Row {
                    id: p.id,
                    pseudonym: p.pseudonym,
                    level: status
                        .as_ref()
                        .map_or(WarningLevel::Unknown, |s| s.level_as_shown_on(today)),
                    as_of: status.map(|s| s.as_of),
                    last_check_in,
                });
            }
            Ok::<_, WebError>(rows)
        })
        .await?;
    rows.sort_by(|a, b| {
        rank(a.level)
            .cmp(&rank(b.level))
            .then_with(|| a.pseudonym.cmp(&b.pseudonym))
    });
    let t = &v.t;
    let body = html! {
        @if rows.is_empty() { p { (t.t("caseload-empty")) } }
        @else {
            table {
                thead { tr { th { (t.t("caseload-participant")) } th { (t.t("caseload-level")) } th { (t.t("caseload-as-of")) } th { (t.t("caseload-last-check-in")) } } }
                tbody {
                    @for r in &rows {
                        tr {
                            td { a href={ "/p/" (r.id) } { (r.pseudonym) } }
                            td { (level_badge(t, r.level)) }
                            td { @if let Some(d) = r.as_of { (d) } @else { span.muted { (t.t("value-none")) } } }
                            td { @if let Some(d) = &r.last_check_in { (d) } @else { span.muted { (t.t("value-none")) } } }
                        }
                    }
                }
            }
        }
        p.muted { (t.t("caseload-level-note")) }
    };
    Ok(Html(page(&v, &t.t("caseload-title"), body).into_string()))
}

/// `GET /participants/new`.
pub async fn new_participant(v: Viewer) -> Html<String> {
    let t = &v.t;
    let body = html! {
        p { (t.t("new-participant-help")) }
        form method="post" action="/participants" {
            input type="hidden" name="csrf" value=(v.csrf);
            label.field { (t.t("new-participant-pseudonym")) br; input type="text" name="pseudonym" required maxlength="200"; }
            button type="submit" { (t.t("action-create")) }
        }
    };
    Html(page(&v, &t.t("new-participant-title"), body).into_string())
}

/// The new-participant form.
#[derive(Deserialize)]
pub struct NewParticipant {
    csrf: String,
    pseudonym: String,
}

/// The page showing a fresh enrollment code once, as text and QR.
pub fn code_page(
    v: &Viewer,
    headers: &HeaderMap,
    secure: bool,
    participant: Uuid,
    code: &str,
    expires: Timestamp,
) -> Markup {
    let t = &v.t;
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if secure { "https" } else { "http" };
    let payload = format!("imrcompanion://enroll?server={scheme}://{host}&code={code}");
    let qr = qrcode::QrCode::new(payload.as_bytes())
        .map(|q| {
            q.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .build()
        })
        .unwrap_or_default();
    let body = html! {
        p { (t.t("code-help")) }
        p.code { (code) }
        div.qr { (PreEscaped(qr)) }
        p { (t.a("code-expires", &[("when", FluentValue::from(expires.strftime("%Y-%m-%d %H:%M UTC").to_string()))])) }
        p { a href={ "/p/" (participant) } { (t.t("code-to-participant")) } }
    };
    page(v, &t.t("code-title"), body)
}

/// `POST /participants`: creates the participant in this clinician's care team and shows
/// their first enrollment code.
pub async fn create_participant(
    State(state): State<AppState>,
    headers: HeaderMap,
    v: Viewer,
    WebForm(form): WebForm<NewParticipant>,
) -> Result<Html<String>, WebError> {
    v.check_csrf(&form.csrf)?;
    let pseudonym = form.pseudonym.trim().to_owned();
    if pseudonym.is_empty() || pseudonym.chars().count() > imr_protocol::limits::TITLE_MAX_CHARS {
        return Err(WebError::bad("error-pseudonym", v.t.locale));
    }
    let now = state.clock.now();
    let viewer = v.clone();
    let (id, code, expires) = state
        .store
        .run(move |tx| {
            let c = &viewer.clinician;
            let id = tx.create_participant(c.clinic_id, &pseudonym, c.id, &now.to_string())?;
            let (code, expires) = pairing::new_code(tx, id, now)?;
            tx.audit(&viewer.audit(&now.to_string(), Some(id), "wrote", "participant"))?;
            Ok::<_, WebError>((id, code, expires))
        })
        .await?;
    Ok(Html(
        code_page(
            &v,
            &headers,
            state.settings.secure_cookies,
            id,
            &code,
            expires,
        )
        .into_string(),
    ))
}
