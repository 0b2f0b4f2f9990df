//! The page frame every dashboard page shares: navigation, language switch, the "demo"
//! label, and the stylesheet (served from the server itself: no CDN, no inline styles).

use axum::http::header;
use axum::response::IntoResponse;
use imr_protocol::Locale;
use maud::{DOCTYPE, Markup, html};

use super::i18n::T;
use super::session::Viewer;

const CSS: &str = include_str!("style.css");

/// `GET /style.css`.
pub async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS)
}

/// A page for someone not logged in (login, errors).
pub fn bare(t: &T, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(t.locale.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (t.t("dashboard-name")) }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header.top { strong { (t.t("dashboard-name")) } }
                main { h1 { (title) } (body) }
            }
        }
    }
}

/// A page for a logged-in clinician.
pub fn page(v: &Viewer, title: &str, body: Markup) -> Markup {
    let t = &v.t;
    html! {
        (DOCTYPE)
        html lang=(t.locale.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (t.t("dashboard-name")) }
                link rel="stylesheet" href="/style.css";
            }
            body {
                @if v.demo { div.demo role="note" { (t.t("demo-banner")) } }
                header.top {
                    strong { (t.t("dashboard-name")) " · " (v.clinician.clinic_name) }
                    nav {
                        a href="/" { (t.t("nav-caseload")) }
                        a href="/participants/new" { (t.t("nav-new-participant")) }
                        @if v.clinician.role == crate::store::Role::ClinicAdmin { a href="/admin" { (t.t("nav-admin")) } }
                    }
                    form.inline method="post" action="/language" {
                        input type="hidden" name="csrf" value=(v.csrf);
                        label { (t.t("nav-language")) " "
                            select name="locale" {
                                @for l in Locale::ALL {
                                    option value=(l.as_str()) selected[*l == t.locale] { (t.t(&format!("language-{}", l.as_str()))) }
                                }
                            }
                        }
                        button type="submit" { (t.t("action-switch")) }
                    }
                    form.inline method="post" action="/logout" {
                        input type="hidden" name="csrf" value=(v.csrf);
                        span { (v.clinician.display_name) " " }
                        button type="submit" { (t.t("action-logout")) }
                    }
                }
                main { h1 { (title) } (body) }
            }
        }
    }
}
