//! Sync over real HTTP: push and pull between a participant's devices, idempotent batches,
//! per-record refusals, ownership, last-writer-wins and full resyncs.
#![allow(clippy::unwrap_used)]

mod common;

use common::Server;
use imr_clinic::state::Mode;
use imr_protocol::api::{ConsentChange, Outcome, PushRequest, PushResponse, paths};
use imr_protocol::{Hlc, RecordKind, RejectReason, Scope};
use serde_json::json;
use uuid::Uuid;

#[tokio::test]
async fn a_pushed_check_in_comes_back_on_the_participants_other_device() {
    let s = Server::start(Mode::Serve).await;
    let (pid, code) = s.participant_with_code(s.clinic, s.clinician.id);
    let mut phone = s
        .phone_for_code(&code, &[Scope::CheckIns, Scope::Notes])
        .await;
    assert_eq!(phone.participant, pid);
    let record = phone.check_in("2026-03-20", 7);
    let answer = s.push_ok(&phone, std::slice::from_ref(&record)).await;
    assert_eq!(answer.results[0].outcome, Outcome::Applied);

    let tablet_code = s
        .store
        .write(|tx| imr_clinic::pairing::new_code(tx, pid, s.clock.now()))
        .unwrap()
        .0;
    let tablet = s
        .phone_for_code(&tablet_code, &[Scope::CheckIns, Scope::Notes])
        .await;
    let pulled = s.pull(&tablet, 0).await;
    assert_eq!(pulled.records.len(), 1);
    assert_eq!(pulled.records[0].record, record);
    assert!(!pulled.has_more && !pulled.full_resync);
    assert!(s.pull(&tablet, pulled.cursor).await.records.is_empty());
}

#[tokio::test]
async fn a_retried_batch_gets_the_same_answer_and_applies_once() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns]).await;
    let req = PushRequest::new(
        Uuid::new_v4(),
        phone.consent.version,
        &[phone.check_in("2026-03-20", 4)],
    );
    let first: PushResponse = s.push(&phone, &req).await.json().await.unwrap();
    let cursor = s.pull(&phone, 0).await.cursor;
    let second: PushResponse = s.push(&phone, &req).await.json().await.unwrap();
    assert_eq!(first, second);
    assert_eq!(
        s.pull(&phone, 0).await.cursor,
        cursor,
        "a retry must not write a new version"
    );
}

#[tokio::test]
async fn one_bad_record_is_refused_on_its_own_with_a_reason() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns, Scope::Modules]).await;
    let good = phone.check_in("2026-03-20", 4);
    let mut out_of_range = phone.check_in("2026-03-21", 4);
    out_of_range
        .data
        .get_mut(&Scope::CheckIns)
        .unwrap()
        .insert("stress".into(), json!(11));
    let mut ahead = phone.check_in("2026-03-22", 4);
    ahead.hlc = Hlc {
        wall_ms: s.clock.now_ms() as u64 + 11 * 60 * 1000,
        ..ahead.hlc
    };
    let mut wrong_id = phone.check_in("2026-03-23", 4);
    wrong_id.id = Uuid::new_v4();
    let homework = phone.record(
        RecordKind::ClinicianHomework,
        Uuid::new_v4(),
        json!({"title": "t"}),
    );
    let mut records: Vec<serde_json::Value> = [&good, &out_of_range, &ahead, &wrong_id, &homework]
        .iter()
        .map(|r| serde_json::to_value(r).unwrap())
        .collect();
    records.push(json!({"kind": "check_in", "id": "not-a-uuid"}));
    records.push(json!({"kind": "teleport", "id": Uuid::new_v4()}));
    let req = PushRequest {
        batch_id: Uuid::new_v4(),
        consent_version: phone.consent.version,
        records,
    };
    let answer: PushResponse = s.push(&phone, &req).await.json().await.unwrap();
    let reasons: Vec<_> = answer
        .results
        .iter()
        .map(|r| (r.outcome, r.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            (Outcome::Applied, None),
            (Outcome::Rejected, Some(RejectReason::InvalidField)),
            (Outcome::Rejected, Some(RejectReason::ClockAhead)),
            (Outcome::Rejected, Some(RejectReason::IdMismatch)),
            (Outcome::Rejected, Some(RejectReason::WrongWriter)),
            (Outcome::Rejected, Some(RejectReason::Malformed)),
            (Outcome::Rejected, Some(RejectReason::UnknownKind)),
        ]
    );
    assert_eq!(
        answer.results[1].field.as_ref().unwrap().field,
        "check_in.stress"
    );
    let stored = s.pull(&phone, 0).await.records;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].record.id, good.id);
}

#[tokio::test]
async fn a_device_cannot_touch_another_participants_record() {
    let s = Server::start(Mode::Serve).await;
    let mut mine = s.phone(&[Scope::Goals]).await;
    let mut theirs = s.phone(&[Scope::Goals]).await;
    let goal = mine.record(
        RecordKind::Goal,
        Uuid::new_v4(),
        json!({"title": "Work", "status": "active"}),
    );
    s.push_ok(&mine, std::slice::from_ref(&goal)).await;
    let hijack = theirs.record(
        RecordKind::Goal,
        goal.id,
        json!({"title": "Mine now", "status": "active"}),
    );
    let follow_up = theirs.record(
        RecordKind::GoalFollowUp,
        Uuid::new_v4(),
        json!({"goal_id": goal.id, "date": "2026-03-01", "progress": 3}),
    );
    let answer = s.push_ok(&theirs, &[hijack, follow_up]).await;
    assert!(
        answer
            .results
            .iter()
            .all(|r| r.reason == Some(RejectReason::NotOwner))
    );
    assert!(s.pull(&theirs, 0).await.records.is_empty());
    assert_eq!(s.pull(&mine, 0).await.records[0].record, goal);
}

#[tokio::test]
async fn last_writer_wins_by_clock_and_an_older_write_is_superseded() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns]).await;
    let older = phone.check_in("2026-03-20", 2);
    let newer = phone.check_in("2026-03-20", 9);
    s.push_ok(&phone, std::slice::from_ref(&newer)).await;
    let answer = s.push_ok(&phone, &[older]).await;
    assert_eq!(answer.results[0].outcome, Outcome::Superseded);
    assert_eq!(s.pull(&phone, 0).await.records[0].record, newer);
}

#[tokio::test]
async fn a_cursor_older_than_the_kept_tombstones_gets_a_full_resync() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns]).await;
    let kept = phone.check_in("2026-03-19", 5);
    let mut gone = phone.check_in("2026-03-20", 5);
    s.push_ok(&phone, &[kept, gone.clone()]).await;
    let cursor = s.pull(&phone, 0).await.cursor;
    gone.deleted = true;
    gone.data.clear();
    gone.hlc = Hlc::tick(gone.hlc, s.clock.now_ms() as u64, phone.device);
    s.push_ok(&phone, &[gone]).await;
    s.clock.advance_ms(181 * 24 * 3600 * 1000);
    let now_ms = s.clock.now_ms();
    s.store
        .write(|tx| tx.prune_tombstones(now_ms - 180 * 24 * 3600 * 1000))
        .unwrap();
    let pulled = s.pull(&phone, cursor - 1).await;
    assert!(pulled.full_resync);
    assert_eq!(pulled.records.len(), 1);
    assert!(!s.pull(&phone, pulled.cursor).await.full_resync);
}

#[tokio::test]
async fn a_scope_the_clinic_never_received_is_not_pulled_as_an_empty_group() {
    let s = Server::start(Mode::Serve).await;
    let mut phone = s.phone(&[Scope::CheckIns]).await;
    let check_in = phone.check_in("2026-03-20", 5);
    s.push_ok(&phone, &[check_in]).await;
    let change = ConsentChange {
        base_version: phone.consent.version,
        scopes: [Scope::CheckIns, Scope::Notes].into(),
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
    let pulled = s.pull(&phone, 0).await.records;
    let scopes: Vec<Scope> = pulled[0].record.data.keys().copied().collect();
    assert_eq!(
        scopes,
        [Scope::CheckIns],
        "an empty notes group would clear the note on another device"
    );
}
