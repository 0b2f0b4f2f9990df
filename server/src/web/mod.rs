//! The clinician dashboard: server-rendered HTML (maud), no JavaScript, charts as inline SVG,
//! every text from `imr-content` in the clinician's language. Every view of participant
//! data writes an audit line in the transaction that reads it.

mod actions;
mod admin;
mod auth;
mod caseload;
mod charts;
mod forms;
mod i18n;
mod layout;
mod participant;
mod session;
mod view;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use imr_protocol::Locale;

pub use i18n::T;
pub use session::{Viewer, WebForm};

use crate::state::AppState;
use crate::store;

/// Largest dashboard form body.
pub const FORM_BODY_LIMIT: usize = 64 * 1024;

/// The dashboard routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(caseload::caseload))
        .route("/style.css", get(layout::stylesheet))
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/language", post(auth::language))
        .route("/participants", post(caseload::create_participant))
        .route("/participants/new", get(caseload::new_participant))
        .route("/p/{id}", get(participant::page_handler))
        .route("/p/{id}/summary", get(participant::summary))
        .route("/p/{id}/homework", post(actions::assign_homework))
        .route("/p/{id}/comment", post(actions::comment))
        .route("/p/{id}/scale", post(actions::clinician_scale))
        .route("/p/{id}/session", post(actions::record_session))
        .route("/p/{id}/seen", post(actions::mark_seen))
        .route("/p/{id}/code", post(actions::new_code))
        .route("/p/{id}/unpair", post(actions::unpair))
        .route("/admin", get(admin::overview))
        .route("/admin/clinicians", post(admin::create_clinician))
        .route("/admin/clinicians/active", post(admin::set_active))
        .route("/admin/care-team", post(admin::care_team))
        .route("/admin/audit", get(admin::audit))
        .route("/admin/audit.csv", get(admin::audit_csv))
}

/// A dashboard request that could not be served: an HTML page with a status, or a redirect
/// to the login page.
#[derive(Debug)]
pub enum WebError {
    /// Not logged in (or the session expired): go to the login page.
    Login,
    /// An error page with this status and message key, in this language.
    Page(StatusCode, &'static str, Locale),
}

impl WebError {
    /// 403: not in this clinician's care teams, or not an admin.
    pub fn forbidden(locale: Locale) -> Self {
        WebError::Page(StatusCode::FORBIDDEN, "error-forbidden", locale)
    }

    /// 404.
    pub fn not_found(locale: Locale) -> Self {
        WebError::Page(StatusCode::NOT_FOUND, "error-not-found", locale)
    }

    /// 400 with a specific message.
    pub fn bad(key: &'static str, locale: Locale) -> Self {
        WebError::Page(StatusCode::BAD_REQUEST, key, locale)
    }
}

impl From<store::Error> for WebError {
    fn from(err: store::Error) -> Self {
        tracing::error!(error = %err, "storage failure");
        WebError::Page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "error-internal",
            Locale::En,
        )
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Login => Redirect::to("/login").into_response(),
            WebError::Page(status, key, locale) => {
                let t = T::new(locale);
                (status, Html(layout::bare(&t, &t.t("error-title"), maud::html! { p { (t.t(key)) } p { a href="/" { (t.t("nav-caseload")) } } }).into_string())).into_response()
            }
        }
    }
}
