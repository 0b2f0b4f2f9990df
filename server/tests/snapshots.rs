//! The device API's JSON, pinned: a change to a body the phone reads fails here first.
//! Ids, tokens and clock values vary per run and are replaced by their field name.
#![allow(clippy::unwrap_used)]

mod common;

use common::Server;
use imr_clinic::state::Mode;
use imr_protocol::Scope;
use imr_protocol::api::{PushRequest, paths};
use serde_json::{Value, json};
use uuid::Uuid;

const VARYING: &[&str] = &[
    "batch_id",
    "id",
    "participant_id",
    "device",
    "device_token",
    "server_time_ms",
    "wall_ms",
    "created_at",
    "updated_at",
];

fn stable(v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    if VARYING.contains(&k.as_str()) {
                        (k.clone(), json!(format!("[{k}]")))
                    } else {
                        (k, stable(v))
                    }
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(stable).collect()),
        other => other,
    }
}

#[tokio::test]
async fn push_and_pull_bodies() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns]).await;
    let good = phone.check_in("2026-03-20", 6);
    let mut bad = phone.check_in("2026-03-21", 6);
    bad.data
        .get_mut(&Scope::CheckIns)
        .unwrap()
        .insert("mood".into(), json!(-1));
    let req = PushRequest::new(Uuid::new_v4(), phone.consent.version, &[good, bad]);
    let push: Value = s.push(&phone, &req).await.json().await.unwrap();
    insta::assert_json_snapshot!("push_response", stable(push));
    let pull: Value = s
        .http
        .get(s.url(&format!("{}?since=0", paths::PULL)))
        .bearer_auth(&phone.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    insta::assert_json_snapshot!("pull_response", stable(pull));
}

#[tokio::test]
async fn enrollment_and_error_bodies() {
    let s = Server::start(Mode::Serve).await;
    let (_, code) = s.participant_with_code(s.clinic, s.clinician.id);
    let enrolled: Value = s.enroll(&code).await.json().await.unwrap();
    insta::assert_json_snapshot!("enroll_response", stable(enrolled));
    let refused: Value = s.enroll(&code).await.json().await.unwrap();
    insta::assert_json_snapshot!("enroll_refused", refused);
}

#[tokio::test]
async fn openapi_document() {
    let s = Server::start(Mode::Serve).await;
    let doc: Value = s
        .http
        .get(s.url(paths::OPENAPI))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    insta::assert_json_snapshot!("openapi", doc);
}
