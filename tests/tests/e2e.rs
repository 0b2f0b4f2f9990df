//! A participant's phones and their clinic, end to end over real HTTP: pairing, sharing by
//! consent scope, revoking a scope, two phones editing the same day, homework both ways,
//! deletions, and unpairing.
#![allow(clippy::unwrap_used, missing_docs)]

use imr_core::sync::SyncError;
use imr_core::{CheckInInput, GoalInput, HomeworkStatusInput};
use imr_protocol::{HomeworkState, RecordKind, Scope, natural_id};
use imr_tests::{Clinic, Phone};
use serde_json::json;
use uuid::Uuid;

fn check_in(phone: &Phone, stress: u8, note: &str) -> jiff::civil::Date {
    let day = phone.store.check_ins().today().unwrap();
    let input = CheckInInput {
        day,
        stress: Some(stress),
        mood: Some(6),
        note: Some(note.to_owned()),
        ..CheckInInput::default()
    };
    phone.store.check_ins().save(&input).unwrap();
    day
}

#[tokio::test]
async fn a_paired_phone_shares_only_consented_scopes_then_unpairs_keeping_its_data() {
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let phone = Phone::new();
    // Written before pairing, under the phone's own participant id.
    let day = check_in(&phone, 4, "a hard day");
    phone.pair(&clinic.base, &code, &[Scope::CheckIns]).await;
    assert_eq!(phone.store.identity().participant, pid);

    let report = phone.sync.sync_now().await.unwrap();
    assert_eq!(report.pushed, 1);
    let id = natural_id(pid, RecordKind::CheckIn, &day.to_string());
    let on_server = clinic
        .record(pid, id)
        .expect("check-in re-keyed and uploaded");
    assert_eq!(on_server.data[&Scope::CheckIns]["stress"], json!(4));
    assert!(
        !on_server.data.contains_key(&Scope::Notes),
        "the note left the phone"
    );
    let status = phone.sync.status().unwrap();
    assert!(status.paired && status.last_success.is_some() && status.last_error.is_none());
    assert_eq!(status.pending, 0);

    phone.sync.unpair().await.unwrap();
    assert!(!phone.sync.status().unwrap().paired);
    assert!(matches!(
        phone.sync.sync_now().await,
        Err(SyncError::NotPaired)
    ));
    let kept = phone.store.check_ins().get(day).unwrap().unwrap();
    assert_eq!(kept.note.as_deref(), Some("a hard day"));
}

#[tokio::test]
async fn revoking_notes_purges_the_clinic_copy_but_the_second_phone_keeps_its_own() {
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let (a, b) = (Phone::new(), Phone::new());
    a.pair(&clinic.base, &code, &[Scope::CheckIns, Scope::Notes])
        .await;
    b.pair(&clinic.base, &clinic.another_code(pid), &[]).await;
    let day = check_in(&a, 5, "slept badly");
    a.sync.sync_now().await.unwrap();
    b.sync.sync_now().await.unwrap();
    assert_eq!(
        b.store
            .check_ins()
            .get(day)
            .unwrap()
            .unwrap()
            .note
            .as_deref(),
        Some("slept badly")
    );

    a.sync.set_consent([Scope::CheckIns].into()).await.unwrap();
    let id = natural_id(pid, RecordKind::CheckIn, &day.to_string());
    let on_server = clinic.record(pid, id).unwrap();
    assert!(!on_server.data.contains_key(&Scope::Notes));
    b.sync.sync_now().await.unwrap();
    a.sync.sync_now().await.unwrap();
    let on_b = b.store.check_ins().get(day).unwrap().unwrap();
    assert_eq!(
        on_b.note.as_deref(),
        Some("slept badly"),
        "b lost its own copy of the note"
    );
    assert_eq!(on_b.stress, Some(5));
    assert!(
        !clinic
            .record(pid, id)
            .unwrap()
            .data
            .contains_key(&Scope::Notes)
    );

    // Turning notes back on sends them again.
    a.sync
        .set_consent([Scope::CheckIns, Scope::Notes].into())
        .await
        .unwrap();
    a.sync.sync_now().await.unwrap();
    assert_eq!(
        clinic.record(pid, id).unwrap().data[&Scope::Notes]["note"],
        json!("slept badly")
    );
}

#[tokio::test]
async fn the_later_edit_of_the_same_day_wins_on_both_phones() {
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let (a, b) = (Phone::new(), Phone::new());
    a.pair(&clinic.base, &code, &[Scope::CheckIns]).await;
    b.pair(&clinic.base, &clinic.another_code(pid), &[]).await;
    let day = check_in(&a, 3, "");
    a.sync.sync_now().await.unwrap();
    b.sync.sync_now().await.unwrap();
    check_in(&a, 5, "");
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    check_in(&b, 8, "");
    for phone in [&a, &b, &a] {
        phone.sync.sync_now().await.unwrap();
    }
    assert_eq!(
        a.store.check_ins().get(day).unwrap().unwrap().stress,
        Some(8)
    );
    assert_eq!(
        b.store.check_ins().get(day).unwrap().unwrap().stress,
        Some(8)
    );
    let id = natural_id(pid, RecordKind::CheckIn, &day.to_string());
    assert_eq!(
        clinic.record(pid, id).unwrap().data[&Scope::CheckIns]["stress"],
        json!(8)
    );
    assert_eq!(
        a.sync.status().unwrap().pending + b.sync.status().unwrap().pending,
        0
    );
}

#[tokio::test]
async fn assigned_homework_arrives_and_the_reflection_goes_back() {
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let phone = Phone::new();
    phone
        .pair(&clinic.base, &code, &[Scope::Modules, Scope::Notes])
        .await;
    let homework = Uuid::new_v4();
    clinic.clinician_writes(
        pid,
        RecordKind::ClinicianHomework,
        homework,
        json!({"title": "Notice three good moments", "module": "stress_vulnerability", "assigned_by": "Kari"}),
    );
    phone.sync.sync_now().await.unwrap();
    let arrived = phone
        .store
        .homework()
        .get(homework)
        .unwrap()
        .expect("homework arrived");
    assert_eq!(arrived.title, "Notice three good moments");
    assert!(matches!(
        arrived.assigned_by,
        imr_core::AssignedBy::Clinician { .. }
    ));
    assert!(
        phone
            .store
            .homework()
            .update(
                homework,
                &imr_core::HomeworkInput {
                    module: None,
                    title: "mine".into(),
                    description: None,
                    due: None
                }
            )
            .is_err()
    );

    let input = HomeworkStatusInput {
        state: HomeworkState::Done,
        done_on: None,
        reflection: Some("it helped".into()),
    };
    phone.store.homework().set_status(homework, &input).unwrap();
    phone.sync.sync_now().await.unwrap();
    let status_id = natural_id(pid, RecordKind::HomeworkStatus, &homework.to_string());
    let back = clinic.record(pid, status_id).expect("reflection uploaded");
    assert_eq!(back.data[&Scope::Notes]["reflection"], json!("it helped"));
    assert_eq!(back.data[&Scope::Modules]["state"], json!("done"));
}

#[tokio::test]
async fn a_deletion_on_one_phone_reaches_the_clinic_and_the_other_phone() {
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let (a, b) = (Phone::new(), Phone::new());
    a.pair(&clinic.base, &code, &[Scope::Goals]).await;
    b.pair(&clinic.base, &clinic.another_code(pid), &[]).await;
    let goal = a
        .store
        .goals()
        .create(&GoalInput::new("Walk every day"))
        .unwrap();
    a.sync.sync_now().await.unwrap();
    b.sync.sync_now().await.unwrap();
    assert_eq!(b.store.goals().list().unwrap().len(), 1);
    a.store.goals().delete(goal.id).unwrap();
    a.sync.sync_now().await.unwrap();
    b.sync.sync_now().await.unwrap();
    assert!(b.store.goals().list().unwrap().is_empty());
    assert!(clinic.record(pid, goal.id).is_none());
    assert!(
        clinic
            .records(pid)
            .iter()
            .any(|r| r.id == goal.id && r.deleted)
    );
}

#[tokio::test]
async fn a_used_code_is_refused_with_its_message_and_nothing_changes() {
    let clinic = Clinic::start().await;
    let (_, code) = clinic.enroll_participant();
    Phone::new().pair(&clinic.base, &code, &[]).await;
    let phone = Phone::new();
    let before = phone.store.identity();
    let err = phone
        .sync
        .pair(&clinic.base, &code, "second")
        .await
        .unwrap_err();
    assert_eq!(err.message_id(), "sync-error-code-invalid");
    assert_eq!(phone.store.identity(), before);
    assert!(!phone.sync.status().unwrap().paired);
}
