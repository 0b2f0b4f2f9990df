//! Logging in (password plus TOTP second factor, rate-limited per account and address),
//! logging out, and switching the dashboard language.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use imr_protocol::Locale;
use maud::html;
use serde::Deserialize;

use super::WebError;
use super::i18n::T;
use super::layout;
use super::session::{SESSION_MS, Viewer, WebForm, browser_locale, session_cookie, session_token};
use crate::security::{check_totp, hash_secret, random_token, verify_password};
use crate::state::{AppState, Mode};
use crate::store::AuditEntry;

fn login_form(state: &AppState, t: &T, csrf: &str, error: Option<&str>) -> Html<String> {
    let demo = state.settings.mode == Mode::Demo;
    let body = html! {
        @if demo { div.demo { (t.t("demo-banner")) } }
        @if let Some(err) = error { p.notice role="alert" { (t.t(err)) } }
        @if let Some((email, password)) = &state.settings.demo_login {
            p.notice { (t.a("login-demo-hint", &[("email", email.as_str().into()), ("password", password.as_str().into())])) }
        }
        form method="post" action="/login" {
            input type="hidden" name="csrf" value=(csrf);
            label.field { (t.t("login-email")) br; input type="email" name="email" required autocomplete="username"; }
            label.field { (t.t("login-password")) br; input type="password" name="password" required autocomplete="current-password"; }
            label.field { (t.t("login-code")) br; input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}"; }
            button type="submit" { (t.t("action-login")) }
        }
    };
    Html(layout::bare(t, &t.t("login-title"), body).into_string())
}

/// `GET /login`: starts an anonymous session (for the form's CSRF token) if there is none.
pub async fn login_page(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let t = T::new(browser_locale(&headers));
    let now_ms = state.clock.now_ms();
    let existing = session_token(&headers).map(|tok| hash_secret(&tok));
    let found = match existing {
        Some(hash) => state.store.run(move |tx| tx.session(&hash, now_ms)).await?,
        None => None,
    };
    if let Some(session) = found {
        return Ok(login_form(&state, &t, &session.csrf, None).into_response());
    }
    let token = random_token(32);
    let csrf = random_token(24);
    let (hash, c) = (hash_secret(&token), csrf.clone());
    state
        .store
        .run(move |tx| tx.create_session(&hash, None, &c, None, now_ms + SESSION_MS))
        .await?;
    let mut response = login_form(&state, &t, &csrf, None).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie(&token, state.settings.secure_cookies),
    );
    Ok(response)
}

/// The login form.
#[derive(Deserialize)]
pub struct LoginForm {
    csrf: String,
    email: String,
    password: String,
    #[serde(default)]
    code: String,
}

/// `POST /login`.
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::extract::ConnectInfo(addr): axum::extract::ConnectInfo<std::net::SocketAddr>,
    WebForm(form): WebForm<LoginForm>,
) -> Result<Response, WebError> {
    let t = T::new(browser_locale(&headers));
    let now = state.clock.now();
    let now_ms = now.as_millisecond();
    let token = session_token(&headers).ok_or(WebError::Login)?;
    let old_hash = hash_secret(&token);
    let h = old_hash.clone();
    let session = state
        .store
        .run(move |tx| tx.session(&h, now_ms))
        .await?
        .ok_or(WebError::Login)?;
    if !bool::from(subtle::ConstantTimeEq::ct_eq(
        form.csrf.as_bytes(),
        session.csrf.as_bytes(),
    )) {
        return Err(WebError::Page(
            StatusCode::FORBIDDEN,
            "error-csrf",
            t.locale,
        ));
    }
    let email = form.email.trim().to_lowercase();
    let (account_key, addr_key) = (format!("account:{email}"), format!("address:{}", addr.ip()));
    let limiter = state.login_limiter.clone();
    if limiter.is_blocked(&account_key, now_ms) || limiter.is_blocked(&addr_key, now_ms) {
        let mut r =
            login_form(&state, &t, &session.csrf, Some("login-rate-limited")).into_response();
        *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        return Ok(r);
    }
    let e = email.clone();
    let clinician = state.store.run(move |tx| tx.clinician_by_email(&e)).await?;
    let password = form.password.clone();
    let stored_hash = clinician.as_ref().map(|c| c.password_hash.clone());
    let password_ok = tokio::task::spawn_blocking(move || match stored_hash {
        Some(hash) => verify_password(&password, &hash),
        None => {
            // Spend the same time on unknown accounts, so timing does not reveal them.
            let _ = crate::security::hash_password(&password);
            false
        }
    })
    .await
    .unwrap_or(false);
    let skip_second_factor =
        state.settings.mode == Mode::Demo && clinician.as_ref().is_some_and(|c| c.demo);
    let step = match (&clinician, skip_second_factor) {
        (Some(c), false) => check_totp(&c.totp_secret, &form.code, (now_ms / 1000).max(0) as u64)
            .filter(|s| *s > c.totp_last_step),
        (Some(_), true) => Some(0),
        (None, _) => None,
    };
    let source = addr.ip().to_string();
    let ok = password_ok && step.is_some() && clinician.as_ref().is_some_and(|c| c.active);
    let audit = |action: &str| AuditEntry {
        at: now.to_string(),
        actor_id: clinician.as_ref().map(|c| c.id),
        actor_name: clinician
            .as_ref()
            .map_or(email.clone(), |c| c.display_name.clone()),
        actor_role: clinician
            .as_ref()
            .map_or("unknown".into(), |c| c.role.as_str().to_owned()),
        on_behalf_of: clinician.as_ref().map(|c| c.clinic_name.clone()),
        clinic_id: clinician.as_ref().map(|c| c.clinic_id),
        participant_id: None,
        action: action.to_owned(),
        what: "dashboard".to_owned(),
        source: Some(source.clone()),
    };
    let (Some(c), true) = (clinician.clone(), ok) else {
        limiter.fail(&account_key, now_ms);
        limiter.fail(&addr_key, now_ms);
        let entry = audit("login_failed");
        state.store.run(move |tx| tx.audit(&entry)).await?;
        let mut r = login_form(&state, &t, &session.csrf, Some("login-failed")).into_response();
        *r.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(r);
    };
    let new_token = random_token(32);
    let new_hash = hash_secret(&new_token);
    let csrf = random_token(24);
    let entry = audit("login");
    let locale = session.locale.clone();
    state
        .store
        .run(move |tx| {
            tx.delete_session(&old_hash)?;
            tx.create_session(
                &new_hash,
                Some(c.id),
                &csrf,
                locale.as_deref(),
                now_ms + SESSION_MS,
            )?;
            if let Some(step) = step.filter(|s| *s > 0) {
                tx.set_totp_step(c.id, step)?;
            }
            tx.audit(&entry)
        })
        .await?;
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie(&new_token, state.settings.secure_cookies),
    );
    Ok(response)
}

/// A form carrying only its CSRF token.
#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    viewer: Viewer,
    WebForm(form): WebForm<CsrfForm>,
) -> Result<Response, WebError> {
    viewer.check_csrf(&form.csrf)?;
    let hash = viewer.session_hash.clone();
    state.store.run(move |tx| tx.delete_session(&hash)).await?;
    Ok(Redirect::to("/login").into_response())
}

/// The language switch.
#[derive(Deserialize)]
pub struct LanguageForm {
    csrf: String,
    locale: String,
}

/// `POST /language`: the clinician picks the dashboard language.
pub async fn language(
    State(state): State<AppState>,
    viewer: Viewer,
    WebForm(form): WebForm<LanguageForm>,
) -> Result<Response, WebError> {
    viewer.check_csrf(&form.csrf)?;
    let locale: Locale = form
        .locale
        .parse()
        .map_err(|_| WebError::bad("error-bad-form", viewer.t.locale))?;
    let hash = viewer.session_hash.clone();
    state
        .store
        .run(move |tx| tx.set_session_locale(&hash, locale.as_str()))
        .await?;
    Ok(Redirect::to("/").into_response())
}
