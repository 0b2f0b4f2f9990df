//! The dashboard's forms. Each carries the session's CSRF token.

use imr_protocol::{ModuleKey, ScaleItem, SessionFormat};
use jiff::civil::Date;
use maud::{Markup, html};
use uuid::Uuid;

use super::participant::Model;
use super::session::Viewer;

fn csrf(v: &Viewer) -> Markup {
    html! { input type="hidden" name="csrf" value=(v.csrf); }
}

fn module_select(v: &Viewer) -> Markup {
    html! {
        select name="module" {
            option value="" { "-" }
            @for m in ModuleKey::ALL { option value=(m.as_str()) { (v.t.t(&format!("module-{}", m.as_str()))) } }
        }
    }
}

/// "Mark seen" on an alert event.
pub fn mark_seen(v: &Viewer, participant: Uuid, alert: Uuid) -> Markup {
    html! {
        form.inline method="post" action={ "/p/" (participant) "/seen" } {
            (csrf(v)) input type="hidden" name="alert_id" value=(alert);
            button type="submit" { (v.t.t("action-mark-seen")) }
        }
    }
}

/// Assign homework.
pub fn assign_homework(v: &Viewer, participant: Uuid) -> Markup {
    let t = &v.t;
    html! {
        details.noprint { summary { (t.t("action-assign-homework")) }
            form method="post" action={ "/p/" (participant) "/homework" } {
                (csrf(v))
                label.field { (t.t("homework-title")) br; input type="text" name="title" required maxlength="200"; }
                label.field { (t.t("homework-description")) br; textarea name="description" maxlength="4000" {} }
                label.field { (t.t("homework-due")) br; input type="date" name="due"; }
                label.field { (t.t("homework-module")) br; (module_select(v)) }
                button type="submit" { (t.t("action-assign")) }
            }
        }
    }
}

/// Record a session.
pub fn record_session(v: &Viewer, participant: Uuid, today: Date) -> Markup {
    let t = &v.t;
    html! {
        details.noprint { summary { (t.t("action-record-session")) }
            form method="post" action={ "/p/" (participant) "/session" } {
                (csrf(v))
                label.field { (t.t("session-date")) br; input type="date" name="date" required value=(today); }
                label.field { (t.t("homework-module")) br; (module_select(v)) }
                label.field { input type="checkbox" name="attended" value="true" checked; " " (t.t("session-attended")) }
                label.field { (t.t("session-format")) br; select name="format" {
                    @for f in SessionFormat::ALL { option value=(f.as_str()) { (t.t(&format!("session-format-{}", f.as_str()))) } }
                } }
                button type="submit" { (t.t("action-save")) }
            }
        }
    }
}

/// Comment on a goal (with its id) or on the relapse plan.
pub fn comment(v: &Viewer, participant: Uuid, goal: Option<Uuid>) -> Markup {
    let t = &v.t;
    html! {
        form.noprint method="post" action={ "/p/" (participant) "/comment" } {
            (csrf(v))
            @if let Some(g) = goal { input type="hidden" name="goal_id" value=(g); }
            label.field { (t.t("comment-label")) br; textarea name="text" required maxlength="4000" {} }
            button type="submit" { (t.t("action-comment")) }
        }
    }
}

/// Enter a clinician IMR Scale rating.
pub fn clinician_scale(v: &Viewer, participant: Uuid, today: Date, items: &[ScaleItem]) -> Markup {
    let t = &v.t;
    html! {
        details.noprint { summary { (t.t("action-enter-scale")) }
            form method="post" action={ "/p/" (participant) "/scale" } {
                (csrf(v))
                label.field { (t.t("scale-taken-on")) br; input type="date" name="taken_on" required value=(today); }
                table { @for item in items {
                    tr { td { (item.number()) ". " (t.t(&format!("scale-item-{}", item.as_str()))) }
                         td { select name={ "item_" (item.as_str()) } {
                            option value="" { "-" }
                            @for n in 1..=5 { option value=(n) { (n) } }
                            @if item.allows_not_applicable() { option value="na" { (t.t("scale-not-applicable")) } }
                         } } }
                } }
                button type="submit" { (t.t("action-save")) }
            }
        }
    }
}

/// Devices, care team, a new enrollment code, unpairing.
pub fn pairing(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    let pid = m.p.id;
    html! {
        section.noprint {
            h2 { (t.t("section-pairing")) }
            p { (t.t("pairing-team")) ": " @for (i, (_, name)) in m.team.iter().enumerate() { @if i > 0 { ", " } (name) } }
            table { @for d in &m.devices {
                tr { td { (d.label) } td { (d.paired_at) } td { @if let Some(u) = &d.unpaired_at { (t.t("pairing-unpaired")) " " (u) } @else { (t.t("pairing-paired")) } } }
            } }
            form.inline method="post" action={ "/p/" (pid) "/code" } { (csrf(v)) button type="submit" { (t.t("action-new-code")) } }
            " "
            form.inline method="post" action={ "/p/" (pid) "/unpair" } { (csrf(v)) button type="submit" { (t.t("action-unpair")) } }
        }
    }
}
