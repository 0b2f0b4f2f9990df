//! The device API over real HTTP: enrollment, push and pull, idempotency, per-record
//! refusals, consent, unpairing and erasure.
#![allow(clippy::unwrap_used)]

mod common;

use common::Server;
use imr_clinic::state::Mode;
use imr_protocol::Scope;
use imr_protocol::api::{ApiError, ApiErrorCode, ConsentChange, PushRequest, paths};
use serde_json::json;
use uuid::Uuid;

async fn error_of(resp: reqwest::Response) -> ApiError {
    resp.json().await.unwrap()
}

#[tokio::test]
async fn an_enrollment_code_works_once_and_only_before_it_expires() {
    let s = Server::start(Mode::Serve).await;
    let (_, code) = s.participant_with_code(s.clinic, s.clinician.id);
    let wrong = s.enroll("AAAAA-AAAAA").await;
    assert_eq!(wrong.status(), 400);
    assert_eq!(
        error_of(wrong).await.code,
        ApiErrorCode::EnrollmentCodeInvalid
    );
    let ok = s.enroll(&code.to_lowercase().replace('-', " ")).await;
    assert_eq!(ok.status(), 200);
    let again = s.enroll(&code).await;
    assert_eq!(
        error_of(again).await.code,
        ApiErrorCode::EnrollmentCodeInvalid
    );

    let (_, late) = s.participant_with_code(s.clinic, s.clinician.id);
    s.clock.advance_ms(72 * 3600 * 1000 + 1);
    assert_eq!(
        error_of(s.enroll(&late).await).await.code,
        ApiErrorCode::EnrollmentCodeInvalid
    );
}

#[tokio::test]
async fn a_bad_device_label_is_refused_by_field_and_leaves_the_code_usable() {
    let s = Server::start(Mode::Serve).await;
    let (_, code) = s.participant_with_code(s.clinic, s.clinician.id);
    let req = json!({"code": code, "device_id": Uuid::new_v4(), "device_label": "   "});
    let resp = s
        .http
        .post(s.url(paths::ENROLL))
        .json(&req)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let err = error_of(resp).await;
    assert_eq!(err.code, ApiErrorCode::InvalidField);
    assert_eq!(err.field.unwrap().field, "enroll.device_label");
    assert_eq!(
        s.enroll(&code).await.status(),
        200,
        "the refused request must not use up the code"
    );
}

#[tokio::test]
async fn guessing_codes_is_rate_limited_per_address() {
    let s = Server::start(Mode::Serve).await;
    let (_, code) = s.participant_with_code(s.clinic, s.clinician.id);
    for _ in 0..10 {
        assert_eq!(s.enroll("ZZZZZ-ZZZZZ").await.status(), 400);
    }
    let blocked = s.enroll(&code).await;
    assert_eq!(blocked.status(), 429);
    assert_eq!(error_of(blocked).await.code, ApiErrorCode::RateLimited);
    s.clock.advance_ms(15 * 60 * 1000);
    assert_eq!(s.enroll(&code).await.status(), 200);
}

#[tokio::test]
async fn a_batch_under_an_old_consent_is_refused_and_turning_a_scope_off_purges_it() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns, Scope::Notes]).await;
    let check_in = phone.check_in("2026-03-20", 5);
    s.push_ok(&phone, std::slice::from_ref(&check_in)).await;
    let change = ConsentChange {
        base_version: phone.consent.version,
        scopes: [Scope::CheckIns].into(),
    };
    let resp = s
        .http
        .put(s.url(paths::CONSENT))
        .bearer_auth(&phone.token)
        .json(&change)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let stale = PushRequest::new(Uuid::new_v4(), phone.consent.version, &[check_in]);
    let refused = s.push(&phone, &stale).await;
    assert_eq!(refused.status(), 409);
    assert_eq!(error_of(refused).await.code, ApiErrorCode::ConsentOutdated);
    let resp = s
        .http
        .put(s.url(paths::CONSENT))
        .bearer_auth(&phone.token)
        .json(&change)
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(resp).await.code, ApiErrorCode::ConsentConflict);
    phone.consent.version += 1;
    let pulled = s.pull(&phone, 0).await.records;
    assert_eq!(pulled.len(), 1);
    assert!(pulled[0].record.data.contains_key(&Scope::CheckIns));
    assert!(
        !pulled[0].record.data.contains_key(&Scope::Notes),
        "the note must be purged"
    );
    let off = ConsentChange {
        base_version: phone.consent.version,
        scopes: [].into(),
    };
    s.http
        .put(s.url(paths::CONSENT))
        .bearer_auth(&phone.token)
        .json(&off)
        .send()
        .await
        .unwrap();
    assert!(s.pull(&phone, 0).await.records.is_empty());
}

#[tokio::test]
async fn unpaired_and_unknown_devices_are_told_apart() {
    let s = Server::start(Mode::Serve).await;
    let phone = s.phone(&[]).await;
    let unknown = s
        .http
        .get(s.url(paths::DEVICE))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(unknown).await.code, ApiErrorCode::Unauthorized);
    let status = s
        .http
        .get(s.url(paths::DEVICE))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap();
    assert_eq!(status.status(), 200);
    assert_eq!(
        s.http
            .delete(s.url(paths::DEVICE))
            .bearer_auth(&phone.token)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    let after = s
        .http
        .get(s.url(paths::DEVICE))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
    assert_eq!(error_of(after).await.code, ApiErrorCode::DeviceUnpaired);
}

#[tokio::test]
async fn erasure_removes_the_participants_data_and_unpairs() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns]).await;
    let days = [
        phone.check_in("2026-03-20", 5),
        phone.check_in("2026-03-21", 5),
    ];
    s.push_ok(&phone, &days).await;
    let resp = s
        .http
        .delete(s.url(paths::PARTICIPANT_DATA))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let receipt: imr_protocol::api::ErasureReceipt = resp.json().await.unwrap();
    assert_eq!(receipt.records_erased, 2);
    let pid = phone.participant;
    assert!(s.store.write(|tx| tx.participant(pid)).unwrap().is_none());
    let after = s
        .http
        .get(s.url(paths::DEVICE))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
}

#[tokio::test]
async fn unreadable_requests_get_a_json_error_and_unknown_paths_a_404() {
    let s = Server::start(Mode::Serve).await;
    let phone = s.phone(&[]).await;
    let resp = s
        .http
        .post(s.url(paths::PUSH))
        .bearer_auth(&phone.token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert_eq!(error_of(resp).await.code, ApiErrorCode::BadRequest);
    let huge = vec![b' '; 5 * 1024 * 1024];
    let resp = s
        .http
        .post(s.url(paths::PUSH))
        .bearer_auth(&phone.token)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 413);
    let resp = s
        .http
        .get(s.url("/api/v1/nothing-here"))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(resp).await.code, ApiErrorCode::NotFound);
}

#[tokio::test]
async fn the_openapi_document_lists_every_device_route() {
    let s = Server::start(Mode::Serve).await;
    let doc: serde_json::Value = s
        .http
        .get(s.url(paths::OPENAPI))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["openapi"], "3.0.3");
    let routes = [
        (paths::ENROLL, "post"),
        (paths::DEVICE, "get"),
        (paths::DEVICE, "delete"),
        (paths::CONSENT, "get"),
        (paths::CONSENT, "put"),
        (paths::PUSH, "post"),
        (paths::PULL, "get"),
        (paths::ACCESS_LOG, "get"),
        (paths::PARTICIPANT_DATA, "delete"),
        (paths::OPENAPI, "get"),
    ];
    for (path, method) in routes {
        assert!(
            doc["paths"][path][method].is_object(),
            "{method} {path} missing from the OpenAPI document"
        );
        let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let resp = s.http.request(m, s.url(path)).send().await.unwrap();
        assert!(
            resp.status() != 404 && resp.status() != 405,
            "{method} {path} is not routed"
        );
    }
    assert_eq!(doc["paths"].as_object().unwrap().len(), 8);
}
