//! Rendering of the participant page and the session summary from the page model.

use imr_content::FluentValue;
use imr_protocol::{Reason, RecordKind, ScaleItem, Scope, WarningLevel};
use jiff::ToSpan;
use jiff::civil::Date;
use maud::{Markup, html};
use serde_json::{Map, Value};

use super::caseload::level_badge;
use super::charts::{Series, chart};
use super::forms;
use super::i18n::T;
use super::participant::Model;
use super::session::Viewer;

/// A field as text.
pub fn s<'a>(m: &'a Map<String, Value>, k: &str) -> &'a str {
    m.get(k).and_then(Value::as_str).unwrap_or("")
}

fn num(m: &Map<String, Value>, k: &str) -> Option<f64> {
    m.get(k).and_then(Value::as_f64)
}

/// A reason in the clinician's language.
pub fn reason(t: &T, r: &Reason) -> String {
    let dates = r
        .dates
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let sign = r.sign_label.clone().unwrap_or_default();
    t.a(
        &format!("reason-{}", r.rule.as_str()),
        &[
            ("sign", FluentValue::from(sign)),
            ("dates", FluentValue::from(dates)),
        ],
    )
}

/// The mean of the numeric answers of an IMR Scale rating.
pub fn scale_mean(m: &Map<String, Value>) -> Option<f64> {
    let answers = m.get("answers")?.as_object()?;
    let nums: Vec<f64> = answers.values().filter_map(Value::as_f64).collect();
    (!nums.is_empty()).then(|| nums.iter().sum::<f64>() / nums.len() as f64)
}

fn series<'a>(
    title: &'a str,
    m: &Model,
    range: (f64, f64),
    f: impl Fn(&Map<String, Value>) -> Option<f64>,
) -> Series<'a> {
    let n = (m.today - m.from).get_days().max(0) as i64 + 1;
    let values = (0..n)
        .map(|i| {
            m.from
                .checked_add(i.days())
                .ok()
                .and_then(|d| m.check_ins.get(&d))
                .and_then(&f)
        })
        .collect();
    Series {
        title,
        range,
        first: m.from,
        values,
    }
}

fn max_sign(c: &Map<String, Value>) -> Option<f64> {
    c.get("sign_ratings")?
        .as_object()?
        .values()
        .filter_map(Value::as_f64)
        .reduce(f64::max)
}

fn status(t: &T, m: &Model) -> Markup {
    let shown = m
        .status
        .as_ref()
        .map_or(WarningLevel::Unknown, |s| s.level_as_shown_on(m.today));
    let not_shared: Vec<Scope> = Scope::ALL
        .into_iter()
        .filter(|s| !m.p.consent.shares(*s))
        .collect();
    html! {
        section {
            h2 { (t.t("section-status")) }
            p { (level_badge(t, shown)) " "
                @if let Some(st) = &m.status { (t.a("status-as-of", &[("date", FluentValue::from(st.as_of.to_string()))])) }
                @else { span.muted { (t.t("status-none")) } }
            }
            @if let Some(st) = &m.status { @if shown != WarningLevel::Unknown { ul { @for r in &st.reasons { li { (reason(t, r)) } } } } }
            p.muted { (t.t("status-last-sync")) ": " (m.p.last_sync_at.as_deref().unwrap_or("-")) }
            @if !not_shared.is_empty() {
                p.notice { (t.t("not-shared")) ": "
                    @for (i, sc) in not_shared.iter().enumerate() { @if i > 0 { ", " } (t.t(&format!("scope-{}", sc.as_str()))) }
                }
            }
        }
    }
}

fn charts(t: &T, m: &Model, days: i64) -> Markup {
    if !m.p.consent.shares(Scope::CheckIns) && !m.p.consent.shares(Scope::WarningSigns) {
        return html! {};
    }
    let (stress, mood, sleep, signs) = (
        t.t("chart-stress"),
        t.t("chart-mood"),
        t.t("chart-sleep"),
        t.t("chart-signs"),
    );
    html! {
        section {
            h2 { (t.t("section-trends")) }
            p.noprint { @for d in [30, 90, 365] {
                @if d == days { strong { (t.a("period-days", &[("days", FluentValue::from(d))])) } " " }
                @else { a href={ "?days=" (d) } { (t.a("period-days", &[("days", FluentValue::from(d))])) } " " }
            } }
            div.charts {
                @if m.p.consent.shares(Scope::CheckIns) {
                    (chart(&series(&stress, m, (0.0, 10.0), |c| num(c, "stress"))))
                    (chart(&series(&mood, m, (0.0, 10.0), |c| num(c, "mood"))))
                    (chart(&series(&sleep, m, (0.0, 14.0), |c| num(c, "sleep_hours"))))
                }
                @if m.p.consent.shares(Scope::WarningSigns) { (chart(&series(&signs, m, (0.0, 3.0), max_sign))) }
            }
        }
    }
}

fn alerts(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    if !m.p.consent.shares(Scope::WarningSigns) {
        return html! {};
    }
    let seen = |id: &uuid::Uuid| {
        m.of(RecordKind::AlertSeen)
            .iter()
            .find(|(_, r)| s(r, "alert_id") == id.to_string())
            .map(|(_, r)| s(r, "seen_at").to_owned())
    };
    let mut events: Vec<_> = m.of(RecordKind::AlertEvent).iter().collect();
    events.sort_by(|a, b| s(&b.1, "day").cmp(s(&a.1, "day")));
    html! {
        section {
            h2 { (t.t("section-alerts")) }
            @if events.is_empty() { p.muted { (t.t("value-none")) } }
            table { @for (id, e) in events.iter().take(30) {
                tr {
                    td { (s(e, "day")) }
                    td { (t.t(&format!("alert-{}", s(e, "event")))) }
                    td { @if let Ok(l) = s(e, "level").parse::<WarningLevel>() { (level_badge(t, l)) } }
                    td { @match seen(id) {
                        Some(at) => { (t.a("alert-seen-on", &[("when", FluentValue::from(at))])) },
                        None => { (forms::mark_seen(v, m.p.id, *id)) },
                    } }
                }
            } }
        }
    }
}

fn homework(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    if !m.p.consent.shares(Scope::Modules) {
        return html! {};
    }
    let state_of = |id: &uuid::Uuid| {
        m.of(RecordKind::HomeworkStatus)
            .iter()
            .find(|(_, r)| s(r, "homework_id") == id.to_string())
            .map(|(_, r)| s(r, "state").to_owned())
    };
    let all = m.of(RecordKind::Homework).iter().map(|h| (h, false)).chain(
        m.of(RecordKind::ClinicianHomework)
            .iter()
            .map(|h| (h, true)),
    );
    html! {
        section {
            h2 { (t.t("section-homework")) }
            table { @for ((id, h), assigned) in all {
                tr {
                    td { (s(h, "title")) @if assigned { " " span.muted { "(" (t.t("homework-assigned")) ")" } } }
                    td { (s(h, "due")) }
                    td { (t.t(&format!("homework-state-{}", state_of(id).as_deref().unwrap_or("todo")))) }
                }
            } }
            (forms::assign_homework(v, m.p.id))
        }
    }
}

fn sessions(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    if !m.p.consent.shares(Scope::Modules) {
        return html! {};
    }
    let mut all: Vec<_> = m
        .of(RecordKind::Session)
        .iter()
        .chain(m.of(RecordKind::ClinicianSession))
        .map(|(_, r)| r)
        .collect();
    all.sort_by(|a, b| s(b, "date").cmp(s(a, "date")));
    html! {
        section {
            h2 { (t.t("section-sessions")) }
            table { @for r in all.iter().take(20) {
                tr { td { (s(r, "date")) } td { @if !s(r, "module").is_empty() { (t.t(&format!("module-{}", s(r, "module")))) } }
                     td { @if r.get("attended").and_then(Value::as_bool) == Some(true) { (t.t("session-attended")) } @else { (t.t("session-missed")) } } }
            } }
            (forms::record_session(v, m.p.id, m.today))
        }
    }
}

fn goals(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    if !m.p.consent.shares(Scope::Goals) {
        return html! {};
    }
    html! {
        section {
            h2 { (t.t("section-goals")) }
            @for (id, g) in m.of(RecordKind::Goal) {
                @let gid = id.to_string();
                h3 { (s(g, "title")) " " span.muted { "(" (t.t(&format!("goal-status-{}", s(g, "status")))) ")" } }
                ul {
                    @for (_, f) in m.of(RecordKind::GoalFollowUp).iter().filter(|(_, f)| s(f, "goal_id") == gid) {
                        li { (s(f, "date")) ": " (t.a("goal-progress", &[("progress", FluentValue::from(num(f, "progress").unwrap_or(0.0)))])) }
                    }
                    @for (_, c) in m.of(RecordKind::GoalComment).iter().filter(|(_, c)| s(c, "goal_id") == gid) {
                        li { em { (s(c, "author")) ": " } (s(c, "text")) }
                    }
                }
                (forms::comment(v, m.p.id, Some(*id)))
            }
        }
    }
}

fn plan(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    if !m.p.consent.shares(Scope::RelapsePlan) {
        return html! {};
    }
    let steps = |p: &Map<String, Value>, k: &str| {
        p.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    html! {
        section {
            h2 { (t.t("section-plan")) }
            @for (_, p) in m.of(RecordKind::RelapsePlan) {
                h3 { (t.t("plan-amber")) } ul { @for st in steps(p, "amber_steps") { li { (st) } } }
                h3 { (t.t("plan-red")) } ul { @for st in steps(p, "red_steps") { li { (st) } } }
                p { (t.t("plan-last-reviewed")) ": " (s(p, "last_reviewed")) }
            }
            p { (t.a("plan-supporters", &[("count", FluentValue::from(m.of(RecordKind::Supporter).len()))])) }
            ul { @for (_, c) in m.of(RecordKind::PlanComment) { li { em { (s(c, "author")) ": " } (s(c, "text")) } } }
            (forms::comment(v, m.p.id, None))
        }
    }
}

fn modules_and_scale(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    let mut ratings: Vec<(String, &str, Option<f64>)> = m
        .of(RecordKind::ScaleRating)
        .iter()
        .map(|(_, r)| (s(r, "taken_on").to_owned(), "scale-self", scale_mean(r)))
        .chain(m.of(RecordKind::ClinicianScaleRating).iter().map(|(_, r)| {
            (
                s(r, "taken_on").to_owned(),
                "scale-clinician",
                scale_mean(r),
            )
        }))
        .collect();
    ratings.sort_by(|a, b| b.0.cmp(&a.0));
    html! {
        @if m.p.consent.shares(Scope::Modules) {
            section {
                h2 { (t.t("section-modules")) }
                table { @for (_, r) in m.of(RecordKind::ModuleProgress) {
                    tr { td { (t.t(&format!("module-{}", s(r, "module")))) } td { (t.t(&format!("module-status-{}", s(r, "status")))) } }
                } }
            }
        }
        @if m.p.consent.shares(Scope::ImrScale) {
            section {
                h2 { (t.t("section-scale")) }
                table { @for (day, who, mean) in &ratings {
                    tr { td { (day) } td { (t.t(who)) } td { @if let Some(x) = mean { (format!("{x:.2}")) } } }
                } }
                (scale_items(t, m))
                (forms::clinician_scale(v, m.p.id, m.today, ScaleItem::ALL))
            }
        }
    }
}

/// The latest self-rating and the latest clinician rating, item by item.
fn scale_items(t: &T, m: &Model) -> Markup {
    let latest = |kind| {
        m.of(kind)
            .iter()
            .map(|(_, r)| r)
            .max_by(|a, b| s(a, "taken_on").cmp(s(b, "taken_on")))
    };
    let (me, clinic) = (
        latest(RecordKind::ScaleRating),
        latest(RecordKind::ClinicianScaleRating),
    );
    let answer = |r: Option<&Map<String, Value>>, item: ScaleItem| -> String {
        match r
            .and_then(|r| r.get("answers"))
            .and_then(|a| a.get(item.as_str()))
        {
            Some(Value::String(na)) if na == "na" => t.t("scale-not-applicable"),
            Some(v) => v.to_string(),
            None => "-".to_owned(),
        }
    };
    if me.is_none() && clinic.is_none() {
        return html! {};
    }
    html! {
        table {
            tr { th {} th { (t.t("scale-self")) " " (me.map_or("", |r| s(r, "taken_on"))) } th { (t.t("scale-clinician")) " " (clinic.map_or("", |r| s(r, "taken_on"))) } }
            @for item in ScaleItem::ALL {
                tr { td { (item.number()) ". " (t.t(&format!("scale-item-{}", item.as_str()))) } td { (answer(me, *item)) } td { (answer(clinic, *item)) } }
            }
        }
    }
}

/// The participant page.
pub fn participant(v: &Viewer, m: &Model, days: i64) -> Markup {
    html! {
        p.noprint { a href={ "/p/" (m.p.id) "/summary" } { (v.t.t("summary-link")) } }
        (status(&v.t, m)) (charts(&v.t, m, days)) (alerts(v, m)) (homework(v, m)) (sessions(v, m))
        (goals(v, m)) (plan(v, m)) (modules_and_scale(v, m)) (forms::pairing(v, m))
    }
}

/// The printable summary since the last session.
pub fn summary(v: &Viewer, m: &Model) -> Markup {
    let t = &v.t;
    let last = m
        .of(RecordKind::Session)
        .iter()
        .chain(m.of(RecordKind::ClinicianSession))
        .filter(|(_, r)| r.get("attended").and_then(Value::as_bool) == Some(true))
        .filter_map(|(_, r)| s(r, "date").parse::<Date>().ok())
        .filter(|d| *d < m.today)
        .max();
    let since = last.unwrap_or(m.from);
    let days: Vec<&Map<String, Value>> = m.check_ins.range(since..).map(|(_, c)| c).collect();
    let mean = |k: &str| {
        let v: Vec<f64> = days.iter().filter_map(|c| num(c, k)).collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
    };
    let fmt = |x: Option<f64>| x.map_or("-".to_owned(), |x| format!("{x:.1}"));
    html! {
        p { (t.a("summary-since", &[("date", FluentValue::from(since.to_string()))])) }
        (status(t, m))
        @if m.p.consent.shares(Scope::CheckIns) {
            section { table {
                tr { th { (t.t("summary-check-ins")) } td { (days.len()) } }
                tr { th { (t.t("chart-stress")) } td { (fmt(mean("stress"))) } }
                tr { th { (t.t("chart-mood")) } td { (fmt(mean("mood"))) } }
                tr { th { (t.t("chart-sleep")) } td { (fmt(mean("sleep_hours"))) } }
            } }
        }
        (alerts(v, m)) (homework(v, m)) (goals(v, m))
    }
}
