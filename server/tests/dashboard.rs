//! The clinician dashboard over real HTTP: login with the second factor, sessions and CSRF,
//! who may see whom, writes that reach the phone, and the audit trail of every view.
#![allow(clippy::unwrap_used)]

mod common;

use common::{PASSWORD, Server, cookie_of};
use imr_clinic::state::Mode;
use imr_clinic::store::Role;
use imr_protocol::api::{AccessAction, AccessLog, paths};
use imr_protocol::{RecordKind, Scope};
use serde_json::json;
use uuid::Uuid;

#[tokio::test]
async fn serve_mode_requires_the_second_factor_even_for_a_demo_account() {
    let s = Server::start(Mode::Serve).await;
    let demo = s.add_clinician(s.clinic, "demo@clinic.example", Role::Clinician, true);
    let (no_code, _) = s.try_login(&demo.email, PASSWORD, "").await;
    assert_eq!(no_code.status(), 401);
    assert!(
        cookie_of(&no_code).is_none(),
        "a failed login must not start a session"
    );
    let (wrong, _) = s.try_login(&s.clinician.email, PASSWORD, "000000").await;
    assert_eq!(wrong.status(), 401);
    let b = s.login(&s.clinician).await;
    assert_eq!(s.get(&b, "/").await.status(), 200);
}

#[tokio::test]
async fn a_totp_code_is_accepted_only_once() {
    let s = Server::start(Mode::Serve).await;
    let code = imr_clinic::security::totp_code(&s.clinician.totp, (s.clock.now_ms() / 1000) as u64)
        .unwrap();
    assert_eq!(
        s.try_login(&s.clinician.email, PASSWORD, &code)
            .await
            .0
            .status(),
        303
    );
    assert_eq!(
        s.try_login(&s.clinician.email, PASSWORD, &code)
            .await
            .0
            .status(),
        401
    );
}

#[tokio::test]
async fn the_demo_account_skips_the_second_factor_only_in_demo_mode() {
    let s = Server::start(Mode::Demo).await;
    let demo = s.add_clinician(s.clinic, "demo@clinic.example", Role::Clinician, true);
    let (resp, _) = s.try_login(&demo.email, PASSWORD, "").await;
    assert_eq!(resp.status(), 303);
    let cookie = cookie_of(&resp).unwrap();
    let page = s
        .http
        .get(s.url("/"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("class=\"demo\""), "every demo page says demo");
    let (real, _) = s.try_login(&s.clinician.email, PASSWORD, "").await;
    assert_eq!(
        real.status(),
        401,
        "a real account needs its code even on the demo server"
    );
}

#[tokio::test]
async fn logins_are_rate_limited_per_account() {
    let s = Server::start(Mode::Serve).await;
    for _ in 0..5 {
        assert_eq!(
            s.try_login(&s.clinician.email, "wrong password", "123456")
                .await
                .0
                .status(),
            401
        );
    }
    let code = imr_clinic::security::totp_code(&s.clinician.totp, (s.clock.now_ms() / 1000) as u64)
        .unwrap();
    assert_eq!(
        s.try_login(&s.clinician.email, PASSWORD, &code)
            .await
            .0
            .status(),
        429
    );
}

#[tokio::test]
async fn pages_need_a_session_and_send_the_security_headers() {
    let s = Server::start(Mode::Serve).await;
    let resp = s.http.get(s.url("/")).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"], "/login");
    let login = s.http.get(s.url("/login")).send().await.unwrap();
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert_eq!(login.headers()["x-frame-options"], "DENY");
    assert_eq!(login.headers()["referrer-policy"], "no-referrer");
    let csp = login.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
}

#[tokio::test]
async fn a_form_without_the_sessions_csrf_token_changes_nothing() {
    let s = Server::start(Mode::Serve).await;
    let phone = s.phone(&[Scope::Modules]).await;
    let b = s.login(&s.clinician).await;
    let path = format!("/p/{}/homework", phone.participant);
    let forged = s
        .post(&b, &path, &[("csrf", "forged"), ("title", "Walk daily")])
        .await;
    assert_eq!(forged.status(), 403);
    assert!(s.pull(&phone, 0).await.records.is_empty());
    let ok = s
        .post(
            &b,
            &path,
            &[
                ("csrf", &b.csrf),
                ("title", "Walk daily"),
                ("due", "2026-04-01"),
                ("module", "stress"),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let pulled = s.pull(&phone, 0).await.records;
    assert_eq!(pulled.len(), 1);
    let homework = &pulled[0].record;
    assert_eq!(homework.kind, RecordKind::ClinicianHomework);
    assert_eq!(homework.data[&Scope::Modules]["title"], "Walk daily");
}

#[tokio::test]
async fn a_clinician_sees_only_their_care_teams_and_their_own_clinic() {
    let s = Server::start(Mode::Serve).await;
    let colleague = s.add_clinician(s.clinic, "ola@clinic.example", Role::Clinician, false);
    let (theirs, _) = s.participant_with_code(s.clinic, colleague.id);
    let now = s.clock.now().to_string();
    let other_clinic = s.store.write(|tx| tx.create_clinic("Other", &now)).unwrap();
    let stranger = s.add_clinician(other_clinic, "eva@other.example", Role::ClinicAdmin, false);
    let (foreign, _) = s.participant_with_code(other_clinic, stranger.id);
    let b = s.login(&s.clinician).await;
    assert_eq!(s.get(&b, &format!("/p/{theirs}")).await.status(), 403);
    assert_eq!(s.get(&b, &format!("/p/{foreign}")).await.status(), 403);
    assert_eq!(
        s.get(&b, &format!("/p/{}", Uuid::new_v4())).await.status(),
        404
    );
    let seen = s
        .post(
            &b,
            &format!("/p/{foreign}/homework"),
            &[("csrf", &b.csrf), ("title", "x")],
        )
        .await;
    assert_eq!(seen.status(), 403);
    let team = s
        .post(
            &b,
            "/admin/care-team",
            &[
                ("csrf", &b.csrf),
                ("participant_id", &foreign.to_string()),
                ("clinician_id", &s.clinician.id.to_string()),
                ("op", "add"),
            ],
        )
        .await;
    assert_eq!(
        team.status(),
        404,
        "an admin cannot reach another clinic's participant"
    );
    let team = s
        .post(
            &b,
            "/admin/care-team",
            &[
                ("csrf", &b.csrf),
                ("participant_id", &theirs.to_string()),
                ("clinician_id", &s.clinician.id.to_string()),
                ("op", "add"),
            ],
        )
        .await;
    assert_eq!(team.status(), 303);
    assert_eq!(s.get(&b, &format!("/p/{theirs}")).await.status(), 200);
    let ola = s.login(&colleague).await;
    assert_eq!(
        s.get(&ola, "/admin").await.status(),
        403,
        "only clinic admins manage the clinic"
    );
}

#[tokio::test]
async fn every_view_is_audited_and_the_participant_can_read_who_looked() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns, Scope::WarningSigns]).await;
    let check_in = phone.check_in("2026-03-20", 8);
    s.push_ok(&phone, &[check_in]).await;
    assert_eq!(s.audit_count(phone.participant), 0);
    let b = s.login(&s.clinician).await;
    assert_eq!(
        s.audit_count(phone.participant),
        1,
        "the caseload shown after login lists the participant"
    );
    let page = s
        .get(&b, &format!("/p/{}?days=90", phone.participant))
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert!(html.contains("Not shared by the participant"));
    assert_eq!(s.audit_count(phone.participant), 2);
    let log: AccessLog = s
        .http
        .get(s.url(paths::ACCESS_LOG))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(log.entries.len(), 2);
    assert_eq!(log.entries[0].action, AccessAction::Viewed);
    assert_eq!(log.entries[0].what, "participant_page");
    assert_eq!(log.entries[0].actor, s.clinician.email);
    assert_eq!(
        s.store.write(|tx| tx.verify_audit()).unwrap(),
        Ok(4),
        "pairing, login and two views, chained"
    );
}

#[tokio::test]
async fn an_alert_marked_seen_reaches_the_phone() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::WarningSigns]).await;
    let alert = phone.record(RecordKind::AlertEvent, Uuid::new_v4(), json!({"episode_id": Uuid::new_v4(), "event": "started", "level": "amber", "day": "2026-03-20"}));
    s.push_ok(&phone, std::slice::from_ref(&alert)).await;
    let cursor = s.pull(&phone, 0).await.cursor;
    let b = s.login(&s.clinician).await;
    let resp = s
        .post(
            &b,
            &format!("/p/{}/seen", phone.participant),
            &[("csrf", &b.csrf), ("alert_id", &alert.id.to_string())],
        )
        .await;
    assert_eq!(resp.status(), 303);
    let pulled = s.pull(&phone, cursor).await.records;
    assert_eq!(pulled.len(), 1);
    assert_eq!(pulled[0].record.kind, RecordKind::AlertSeen);
    assert_eq!(pulled[0].record.key["alert_id"], json!(alert.id));
    let bogus = s
        .post(
            &b,
            &format!("/p/{}/seen", phone.participant),
            &[("csrf", &b.csrf), ("alert_id", &Uuid::new_v4().to_string())],
        )
        .await;
    assert_eq!(bogus.status(), 400);
}

#[tokio::test]
async fn a_clinician_scale_rating_is_shown_beside_the_self_rating_and_reaches_the_phone() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::ImrScale]).await;
    let answers = json!({"goals": 2, "knowledge": 3, "medication": "na"});
    let own = phone.record(
        RecordKind::ScaleRating,
        Uuid::new_v4(),
        json!({"taken_on": "2026-03-01", "item_set_version": 1, "answers": answers}),
    );
    s.push_ok(&phone, &[own]).await;
    let b = s.login(&s.clinician).await;
    let path = format!("/p/{}/scale", phone.participant);
    let form = [
        ("csrf", b.csrf.as_str()),
        ("taken_on", "2026-03-02"),
        ("item_goals", "4"),
        ("item_drug_use", "na"),
    ];
    assert_eq!(s.post(&b, &path, &form).await.status(), 303);
    let page = s
        .get(&b, &format!("/p/{}", phone.participant))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<td>1. Progress towards personal goals</td><td>2</td><td>4</td>"),
        "{page}"
    );
    let pulled = s.pull(&phone, 0).await.records;
    let clinician = pulled
        .iter()
        .find(|r| r.record.kind == RecordKind::ClinicianScaleRating)
        .unwrap();
    assert_eq!(
        clinician.record.data[&Scope::ImrScale]["answers"],
        json!({"goals": 4, "drug_use": "na"})
    );
    let bad = [
        ("csrf", b.csrf.as_str()),
        ("taken_on", "2026-03-02"),
        ("item_goals", "na"),
    ];
    assert_eq!(
        s.post(&b, &path, &bad).await.status(),
        400,
        "item 1 cannot be not applicable"
    );
    assert_eq!(
        s.pull(&phone, 0).await.records.len(),
        2,
        "the refused rating changed nothing"
    );
}

#[tokio::test]
async fn the_language_switch_changes_the_dashboard_language() {
    let s = Server::start(Mode::Serve).await;
    let b = s.login(&s.clinician).await;
    assert_eq!(
        s.post(&b, "/language", &[("csrf", &b.csrf), ("locale", "nb")])
            .await
            .status(),
        303
    );
    assert!(
        s.get(&b, "/")
            .await
            .text()
            .await
            .unwrap()
            .contains("Mine deltakere")
    );
    s.post(&b, "/language", &[("csrf", &b.csrf), ("locale", "nl")])
        .await;
    assert!(
        s.get(&b, "/")
            .await
            .text()
            .await
            .unwrap()
            .contains("Mijn deelnemers")
    );
}

#[tokio::test]
async fn creating_a_participant_shows_a_code_that_enrolls_a_phone() {
    let s = Server::start(Mode::Serve).await;
    let b = s.login(&s.clinician).await;
    let resp = s
        .post(
            &b,
            "/participants",
            &[("csrf", &b.csrf), ("pseudonym", "J. K.")],
        )
        .await;
    assert_eq!(resp.status(), 200);
    let html = resp.text().await.unwrap();
    assert!(html.contains("<svg"), "the code is also shown as a QR code");
    let start = html.find("class=\"code\">").unwrap() + 13;
    let code = &html[start..start + 11];
    assert_eq!(s.enroll(code).await.status(), 200);
    let empty = s
        .post(
            &b,
            "/participants",
            &[("csrf", &b.csrf), ("pseudonym", "  ")],
        )
        .await;
    assert_eq!(empty.status(), 400);
}
