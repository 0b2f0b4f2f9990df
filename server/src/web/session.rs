//! Browser sessions: the session cookie, the logged-in clinician, the CSRF token every
//! form carries, and form bodies whose refusal is a dashboard page.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use imr_protocol::Locale;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::WebError;
use super::i18n::{T, from_accept_language};
use crate::security::hash_secret;
use crate::state::{AppState, Mode};
use crate::store::{AuditEntry, ClinicianRow, Role};

/// Name of the session cookie.
pub const COOKIE: &str = "imr_session";
/// How long a session lasts without logging in again.
pub const SESSION_MS: i64 = 12 * 3600 * 1000;

/// The session token the browser sent, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            let (name, value) = c.trim().split_once('=')?;
            (name == COOKIE && !value.is_empty()).then(|| value.to_owned())
        })
}

/// The `Set-Cookie` value for a new session: HttpOnly, SameSite=Strict, and Secure unless
/// the server runs on plain http for development.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let max_age = SESSION_MS / 1000;
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("imr_session=; Path=/"))
}

/// The language for an anonymous page: the browser's.
pub fn browser_locale(headers: &HeaderMap) -> Locale {
    from_accept_language(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// The logged-in clinician viewing a page.
#[derive(Clone, Debug)]
pub struct Viewer {
    /// Their account.
    pub clinician: ClinicianRow,
    /// The token their forms must carry.
    pub csrf: String,
    /// The hash of their session token.
    pub session_hash: String,
    /// Their language.
    pub t: T,
    /// Where the request came from.
    pub source: String,
    /// Whether this is the demo server.
    pub demo: bool,
}

impl Viewer {
    /// Refuses a form whose CSRF token is not this session's.
    pub fn check_csrf(&self, token: &str) -> Result<(), WebError> {
        if bool::from(token.as_bytes().ct_eq(self.csrf.as_bytes())) {
            Ok(())
        } else {
            Err(WebError::Page(
                axum::http::StatusCode::FORBIDDEN,
                "error-csrf",
                self.t.locale,
            ))
        }
    }

    /// Refuses anyone but a clinic admin.
    pub fn require_admin(&self) -> Result<(), WebError> {
        if self.clinician.role == Role::ClinicAdmin {
            Ok(())
        } else {
            Err(WebError::forbidden(self.t.locale))
        }
    }

    /// An audit line for something this clinician did.
    pub fn audit(
        &self,
        now: &str,
        participant: Option<uuid::Uuid>,
        action: &str,
        what: &str,
    ) -> AuditEntry {
        AuditEntry {
            at: now.to_owned(),
            actor_id: Some(self.clinician.id),
            actor_name: self.clinician.display_name.clone(),
            actor_role: self.clinician.role.as_str().to_owned(),
            on_behalf_of: Some(self.clinician.clinic_name.clone()),
            clinic_id: Some(self.clinician.clinic_id),
            participant_id: participant,
            action: action.to_owned(),
            what: what.to_owned(),
            source: Some(self.source.clone()),
        }
    }
}

/// Where the request came from.
pub fn source_of(parts: &Parts) -> String {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_default()
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = session_token(&parts.headers).ok_or(WebError::Login)?;
        let hash = hash_secret(&token);
        let now_ms = state.clock.now_ms();
        let browser = browser_locale(&parts.headers);
        let source = source_of(parts);
        let demo = state.settings.mode == Mode::Demo;
        state
            .store
            .run(move |tx| {
                let session = tx.session(&hash, now_ms)?.ok_or(WebError::Login)?;
                let clinician = session
                    .clinician_id
                    .map(|id| tx.clinician(id))
                    .transpose()?
                    .flatten()
                    .ok_or(WebError::Login)?;
                if !clinician.active {
                    return Err(WebError::Login);
                }
                let locale = session
                    .locale
                    .as_deref()
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(browser);
                Ok(Viewer {
                    clinician,
                    csrf: session.csrf,
                    session_hash: hash,
                    t: T::new(locale),
                    source,
                    demo,
                })
            })
            .await
    }
}

/// A form body; an unreadable one is a 400 page instead of axum's plain-text rejection.
pub struct WebForm<F>(pub F);

impl<F: DeserializeOwned, S: Send + Sync> FromRequest<S> for WebForm<F> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let locale = browser_locale(req.headers());
        axum::Form::<F>::from_request(req, state)
            .await
            .map(|axum::Form(f)| WebForm(f))
            .map_err(|_| WebError::bad("error-bad-form", locale))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_secure_unless_plain_http_was_allowed() {
        let secure = session_cookie("abc", true);
        let secure = secure.to_str().unwrap();
        assert!(
            secure.contains("HttpOnly")
                && secure.contains("SameSite=Strict")
                && secure.ends_with("; Secure")
        );
        assert!(
            !session_cookie("abc", false)
                .to_str()
                .unwrap()
                .contains("Secure")
        );
    }

    #[test]
    fn only_the_session_cookie_is_read() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; imr_session=tok123; x=y"),
        );
        assert_eq!(session_token(&headers).as_deref(), Some("tok123"));
        headers.insert(header::COOKIE, HeaderValue::from_static("imr_session="));
        assert_eq!(session_token(&headers), None);
    }
}
