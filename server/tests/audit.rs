//! The audit log: append-only, hash-chained, readable and exportable by clinic admins only.
#![allow(clippy::unwrap_used)]

mod common;

use common::Server;
use imr_clinic::state::Mode;
use imr_clinic::store::Role;
use imr_protocol::Scope;

#[tokio::test]
async fn the_log_refuses_changes_and_the_check_finds_a_forged_line() {
    let s = Server::start(Mode::Serve).await;
    let phone = s.phone(&[Scope::CheckIns]).await;
    let b = s.login(&s.clinician).await;
    assert_eq!(
        s.get(&b, &format!("/p/{}", phone.participant))
            .await
            .status(),
        200
    );
    let lines = s.store.write(|tx| tx.verify_audit()).unwrap().unwrap();
    assert_eq!(lines, 4);

    let db = rusqlite::Connection::open(s.db_path()).unwrap();
    let update = db.execute("UPDATE audit SET actor_name = 'nobody' WHERE seq = 2", []);
    assert!(update.is_err(), "the log is append-only");
    assert!(db.execute("DELETE FROM audit WHERE seq = 2", []).is_err());

    db.execute_batch(
        "DROP TRIGGER audit_no_update; UPDATE audit SET what = 'nothing' WHERE seq = 3;",
    )
    .unwrap();
    let broken = s.store.write(|tx| tx.verify_audit()).unwrap();
    assert_eq!(broken.unwrap_err().seq, 3);
}

#[tokio::test]
async fn admins_read_and_export_the_log_and_clinicians_cannot() {
    let s = Server::start(Mode::Serve).await;
    let colleague = s.add_clinician(s.clinic, "ola@clinic.example", Role::Clinician, false);
    let admin = s.login(&s.clinician).await;
    let page = s.get(&admin, "/admin/audit").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("login"));
    let csv = s.get(&admin, "/admin/audit.csv").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.starts_with("seq,at,actor,role"));
    assert!(
        text.contains("\"viewed\",\"audit_log\""),
        "the view of the log is itself logged"
    );
    let ola = s.login(&colleague).await;
    assert_eq!(s.get(&ola, "/admin/audit").await.status(), 403);
    assert_eq!(s.get(&ola, "/admin/audit.csv").await.status(), 403);
    let exported = s
        .store
        .write(|tx| tx.audit_of_clinic(s.clinic, u64::MAX, 100))
        .unwrap();
    assert!(
        exported
            .iter()
            .any(|r| r.entry.action == "exported" && r.entry.what == "audit_log")
    );
}

#[tokio::test]
async fn an_admin_adds_a_clinician_who_then_needs_their_own_second_factor() {
    let s = Server::start(Mode::Serve).await;
    let admin = s.login(&s.clinician).await;
    let form = [
        ("csrf", admin.csrf.as_str()),
        ("display_name", "Nina"),
        ("email", "nina@clinic.example"),
        ("password", "a long enough password"),
        ("role", "clinician"),
    ];
    let resp = s.post(&admin, "/admin/clinicians", &form).await;
    assert_eq!(resp.status(), 200);
    let html = resp.text().await.unwrap();
    let start = html.find("class=\"code\">").unwrap() + 13;
    let secret = html[start..].split('<').next().unwrap().to_owned();
    let code = imr_clinic::security::totp_code(&secret, (s.clock.now_ms() / 1000) as u64).unwrap();
    assert_eq!(
        s.try_login("nina@clinic.example", "a long enough password", "")
            .await
            .0
            .status(),
        401
    );
    assert_eq!(
        s.try_login("nina@clinic.example", "a long enough password", &code)
            .await
            .0
            .status(),
        303
    );
    let again = s.post(&admin, "/admin/clinicians", &form).await;
    assert_eq!(again.status(), 400, "the email is taken");
}
