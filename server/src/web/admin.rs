//! Clinic admin pages: clinicians, care teams, the paginated participant list and the audit
//! log (view and CSV export). Only clinic admins, only their own clinic.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{PreEscaped, html};
use serde::Deserialize;
use uuid::Uuid;

use super::WebError;
use super::layout::page;
use super::session::{Viewer, WebForm};
use crate::security::{hash_password, new_totp_secret, totp_url};
use crate::state::AppState;
use crate::store::Role;

const PAGE: u64 = 50;

/// The page number of a paginated list.
#[derive(Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: u64,
}

/// `GET /admin?page=`: clinicians, care teams and the clinic's participants.
pub async fn overview(
    State(state): State<AppState>,
    v: Viewer,
    Query(q): Query<PageQuery>,
) -> Result<Html<String>, WebError> {
    v.require_admin()?;
    let viewer = v.clone();
    let now = state.clock.now();
    let (clinicians, (participants, total), teams) = state
        .store
        .run(move |tx| {
            let clinic = viewer.clinician.clinic_id;
            let list = tx.clinic_participants(clinic, q.page * PAGE, PAGE)?;
            let teams = list
                .0
                .iter()
                .map(|p| tx.care_team(p.id))
                .collect::<Result<Vec<_>, _>>()?;
            tx.audit(&viewer.audit(&now.to_string(), None, "viewed", "participant_list"))?;
            Ok::<_, WebError>((tx.clinicians_of(clinic)?, list, teams))
        })
        .await?;
    let t = &v.t;
    let pages = total.div_ceil(PAGE).max(1);
    let body = html! {
        section {
            h2 { (t.t("admin-clinicians")) }
            table { @for c in &clinicians {
                tr { td { (c.display_name) } td { (c.email) } td { (t.t(&format!("role-{}", c.role.as_str()))) }
                     td { form.inline method="post" action="/admin/clinicians/active" {
                        input type="hidden" name="csrf" value=(v.csrf); input type="hidden" name="clinician_id" value=(c.id);
                        input type="hidden" name="active" value=(if c.active { "false" } else { "true" });
                        button type="submit" { (t.t(if c.active { "action-deactivate" } else { "action-activate" })) }
                     } } }
            } }
            details { summary { (t.t("admin-new-clinician")) }
                form method="post" action="/admin/clinicians" {
                    input type="hidden" name="csrf" value=(v.csrf);
                    label.field { (t.t("admin-display-name")) br; input type="text" name="display_name" required maxlength="200"; }
                    label.field { (t.t("login-email")) br; input type="email" name="email" required; }
                    label.field { (t.t("login-password")) br; input type="password" name="password" required minlength="12"; }
                    label.field { (t.t("admin-role")) br; select name="role" { option value="clinician" { (t.t("role-clinician")) } option value="clinic_admin" { (t.t("role-clinic_admin")) } } }
                    button type="submit" { (t.t("action-create")) }
                }
            }
        }
        section {
            h2 { (t.t("admin-participants")) " (" (total) ")" }
            table { @for (p, team) in participants.iter().zip(&teams) {
                tr { td { (p.pseudonym) } td { @for (i, (_, n)) in team.iter().enumerate() { @if i > 0 { ", " } (n) } }
                     td { form.inline method="post" action="/admin/care-team" {
                        input type="hidden" name="csrf" value=(v.csrf); input type="hidden" name="participant_id" value=(p.id);
                        select name="clinician_id" { @for c in &clinicians { option value=(c.id) { (c.display_name) } } }
                        select name="op" { option value="add" { (t.t("action-add")) } option value="remove" { (t.t("action-remove")) } }
                        button type="submit" { (t.t("action-save")) }
                     } } }
            } }
            p { @for n in 0..pages { @if n == q.page { strong { (n + 1) } " " } @else { a href={ "/admin?page=" (n) } { (n + 1) } " " } } }
        }
        p { a href="/admin/audit" { (t.t("admin-audit")) } " · " a href="/admin/audit.csv" { (t.t("admin-audit-export")) } }
    };
    Ok(Html(page(&v, &t.t("admin-title"), body).into_string()))
}

/// The new-clinician form.
#[derive(Deserialize)]
pub struct NewClinician {
    csrf: String,
    display_name: String,
    email: String,
    password: String,
    role: String,
}

/// `POST /admin/clinicians`: creates the account and shows its TOTP secret once.
pub async fn create_clinician(
    State(state): State<AppState>,
    v: Viewer,
    WebForm(f): WebForm<NewClinician>,
) -> Result<Html<String>, WebError> {
    v.require_admin()?;
    v.check_csrf(&f.csrf)?;
    let l = v.t.locale;
    let role = match f.role.as_str() {
        "clinic_admin" => Role::ClinicAdmin,
        "clinician" => Role::Clinician,
        _ => return Err(WebError::bad("error-bad-form", l)),
    };
    let (name, email) = (
        f.display_name.trim().to_owned(),
        f.email.trim().to_lowercase(),
    );
    if name.is_empty()
        || name.chars().count() > 200
        || !email.contains('@')
        || f.password.chars().count() < 12
    {
        return Err(WebError::bad("error-clinician-fields", l));
    }
    let password = f.password.clone();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .ok()
        .flatten()
        .ok_or_else(|| WebError::bad("error-internal", l))?;
    let secret = new_totp_secret();
    let (viewer, s, e) = (v.clone(), secret.clone(), email.clone());
    let now = state.clock.now();
    state
        .store
        .run(move |tx| {
            if tx.email_taken(&e)? {
                return Err(WebError::bad("error-email-taken", l));
            }
            let id = tx.create_clinician(
                viewer.clinician.clinic_id,
                &e,
                &name,
                role,
                &hash,
                &s,
                false,
                &now.to_string(),
            )?;
            tx.audit(&viewer.audit(&now.to_string(), None, "wrote", &format!("clinician:{id}")))?;
            Ok::<_, WebError>(())
        })
        .await?;
    let url = totp_url(&secret, &email, &v.clinician.clinic_name);
    let qr = qrcode::QrCode::new(url.as_bytes())
        .map(|q| {
            q.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .build()
        })
        .unwrap_or_default();
    let t = &v.t;
    let body = html! { p { (t.t("admin-totp-help")) } p.code { (secret) } div.qr { (PreEscaped(qr)) } p { a href="/admin" { (t.t("nav-admin")) } } };
    Ok(Html(
        page(&v, &t.t("admin-new-clinician"), body).into_string(),
    ))
}

/// Turning an account on or off.
#[derive(Deserialize)]
pub struct ActiveForm {
    csrf: String,
    clinician_id: Uuid,
    active: bool,
}

/// `POST /admin/clinicians/active`.
pub async fn set_active(
    State(state): State<AppState>,
    v: Viewer,
    WebForm(f): WebForm<ActiveForm>,
) -> Result<Response, WebError> {
    v.require_admin()?;
    v.check_csrf(&f.csrf)?;
    let viewer = v.clone();
    let now = state.clock.now();
    state
        .store
        .run(move |tx| {
            let target = tx
                .clinician(f.clinician_id)?
                .filter(|c| c.clinic_id == viewer.clinician.clinic_id)
                .ok_or_else(|| WebError::not_found(viewer.t.locale))?;
            if target.id == viewer.clinician.id {
                return Err(WebError::bad("error-self-deactivate", viewer.t.locale));
            }
            tx.set_clinician_active(target.id, f.active)?;
            tx.audit(&viewer.audit(
                &now.to_string(),
                None,
                "wrote",
                &format!("clinician_active:{}", target.id),
            ))?;
            Ok::<_, WebError>(())
        })
        .await?;
    Ok(Redirect::to("/admin").into_response())
}

/// Adding a clinician to, or removing one from, a participant's care team.
#[derive(Deserialize)]
pub struct TeamForm {
    csrf: String,
    participant_id: Uuid,
    clinician_id: Uuid,
    op: String,
}

/// `POST /admin/care-team`.
pub async fn care_team(
    State(state): State<AppState>,
    v: Viewer,
    WebForm(f): WebForm<TeamForm>,
) -> Result<Response, WebError> {
    v.require_admin()?;
    v.check_csrf(&f.csrf)?;
    let viewer = v.clone();
    let now = state.clock.now();
    state
        .store
        .run(move |tx| {
            let l = viewer.t.locale;
            let clinic = viewer.clinician.clinic_id;
            tx.participant(f.participant_id)?
                .filter(|p| p.clinic_id == clinic)
                .ok_or_else(|| WebError::not_found(l))?;
            tx.clinician(f.clinician_id)?
                .filter(|c| c.clinic_id == clinic)
                .ok_or_else(|| WebError::not_found(l))?;
            match f.op.as_str() {
                "add" => tx.add_to_care_team(f.participant_id, f.clinician_id)?,
                "remove" => tx.remove_from_care_team(f.participant_id, f.clinician_id)?,
                _ => return Err(WebError::bad("error-bad-form", l)),
            }
            tx.audit(&viewer.audit(
                &now.to_string(),
                Some(f.participant_id),
                "wrote",
                &format!("care_team_{}:{}", f.op, f.clinician_id),
            ))?;
            Ok::<_, WebError>(())
        })
        .await?;
    Ok(Redirect::to("/admin").into_response())
}

/// Which page of the audit log.
#[derive(Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    before: Option<u64>,
}

/// `GET /admin/audit?before=`: the clinic's audit log, newest first.
pub async fn audit(
    State(state): State<AppState>,
    v: Viewer,
    Query(q): Query<AuditQuery>,
) -> Result<Html<String>, WebError> {
    v.require_admin()?;
    let viewer = v.clone();
    let now = state.clock.now();
    let rows = state
        .store
        .run(move |tx| {
            let rows = tx.audit_of_clinic(
                viewer.clinician.clinic_id,
                q.before.unwrap_or(u64::MAX),
                100,
            )?;
            tx.audit(&viewer.audit(&now.to_string(), None, "viewed", "audit_log"))?;
            Ok::<_, WebError>(rows)
        })
        .await?;
    let t = &v.t;
    let body = html! {
        table {
            tr { th { (t.t("audit-when")) } th { (t.t("audit-who")) } th { (t.t("audit-action")) } th { (t.t("audit-what")) } th { (t.t("audit-participant")) } th { (t.t("audit-from")) } }
            @for r in &rows { tr { td { (r.entry.at) } td { (r.entry.actor_name) " (" (r.entry.actor_role) ")" } td { (r.entry.action) } td { (r.entry.what) }
                td { (r.entry.participant_id.map(|p| p.to_string()).unwrap_or_default()) } td { (r.entry.source.clone().unwrap_or_default()) } } }
        }
        @if let Some(last) = rows.last() { p { a href={ "/admin/audit?before=" (last.seq) } { (t.t("audit-older")) } } }
    };
    Ok(Html(page(&v, &t.t("admin-audit"), body).into_string()))
}

fn csv(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// `GET /admin/audit.csv`: the clinic's whole audit log as CSV (itself an audited export).
pub async fn audit_csv(State(state): State<AppState>, v: Viewer) -> Result<Response, WebError> {
    v.require_admin()?;
    let viewer = v.clone();
    let now = state.clock.now();
    let rows = state
        .store
        .run(move |tx| {
            tx.audit(&viewer.audit(&now.to_string(), None, "exported", "audit_log"))?;
            Ok::<_, WebError>(tx.audit_of_clinic(
                viewer.clinician.clinic_id,
                u64::MAX,
                u32::MAX as u64,
            )?)
        })
        .await?;
    let mut out =
        String::from("seq,at,actor,role,on_behalf_of,participant,action,what,source,hash\n");
    for r in rows.iter().rev() {
        let e = &r.entry;
        let fields = [
            r.seq.to_string(),
            e.at.clone(),
            e.actor_name.clone(),
            e.actor_role.clone(),
            e.on_behalf_of.clone().unwrap_or_default(),
            e.participant_id.map(|p| p.to_string()).unwrap_or_default(),
            e.action.clone(),
            e.what.clone(),
            e.source.clone().unwrap_or_default(),
            r.hash.clone(),
        ];
        out.push_str(&fields.iter().map(|f| csv(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"audit.csv\"",
            ),
        ],
        out,
    )
        .into_response())
}
