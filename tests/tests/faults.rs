//! Sync through a network that loses requests and answers, repeats and delays them: once
//! the faults stop and the phones sync again, phones and clinic hold exactly the same
//! records, none lost, none duplicated.
#![allow(clippy::unwrap_used, missing_docs)]

use std::collections::BTreeMap;

use imr_core::sync::SyncError;
use imr_core::{CheckInInput, GoalInput};
use imr_protocol::{RecordKind, Scope, WireRecord};
use imr_tests::proxy::{Faults, Proxy};
use imr_tests::{Clinic, Phone};
use serde_json::json;
use uuid::Uuid;

/// The phone's live goals: id -> (title, status).
fn goals(phone: &Phone) -> BTreeMap<Uuid, (String, String)> {
    phone
        .store
        .goals()
        .list()
        .unwrap()
        .into_iter()
        .map(|g| (g.id, (g.title, g.status.as_str().to_owned())))
        .collect()
}

/// The clinic's live goals, the same way.
fn server_goals(clinic: &Clinic, pid: Uuid) -> BTreeMap<Uuid, (String, String)> {
    clinic
        .records(pid)
        .into_iter()
        .filter(|r: &WireRecord| r.kind == RecordKind::Goal && !r.deleted)
        .map(|r| {
            let g = &r.data[&Scope::Goals];
            (
                r.id,
                (
                    g["title"].as_str().unwrap().to_owned(),
                    g["status"].as_str().unwrap().to_owned(),
                ),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_batch_whose_answer_was_lost_is_resent_with_its_id_and_applies_once() {
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let proxy = Proxy::start(&clinic.base, 1).await.unwrap();
    let phone = Phone::new();
    phone.pair(&proxy.base, &code, &[Scope::Goals]).await;
    for title in ["Walk", "Read", "Cook"] {
        phone.store.goals().create(&GoalInput::new(title)).unwrap();
    }
    proxy.set(Faults {
        drop_response: 100,
        only: Some("/sync/push"),
        ..Faults::default()
    });
    let err = phone.sync.sync_now().await.unwrap_err();
    assert!(matches!(err, SyncError::Offline(_)), "{err:?}");
    assert_eq!(
        phone.sync.status().unwrap().last_error.as_deref(),
        Some("sync-error-offline")
    );
    // The server committed the batch; the phone does not know yet.
    assert_eq!(server_goals(&clinic, pid).len(), 3);
    assert_eq!(phone.sync.status().unwrap().pending, 3);
    // An edit made while the answer was lost stays pending after the retry settles.
    let walk = goals(&phone)
        .into_iter()
        .find(|(_, g)| g.0 == "Walk")
        .unwrap()
        .0;
    phone
        .store
        .goals()
        .update(walk, &GoalInput::new("Walk far"))
        .unwrap();

    proxy.set(Faults::default());
    let report = phone.sync.sync_now().await.unwrap();
    assert!(proxy.injected().dropped_responses >= 1);
    assert_eq!(report.rejected, 0);
    assert_eq!(phone.sync.status().unwrap().pending, 0);
    assert_eq!(server_goals(&clinic, pid), goals(&phone));
    assert_eq!(clinic.records(pid).len(), 3, "a goal was stored twice");
}

/// Replays with `IMR_FAULT_SEED=<seed>`.
fn seed() -> u64 {
    std::env::var("IMR_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| u64::from(Uuid::new_v4().as_u128() as u32))
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[tokio::test]
async fn two_phones_and_the_clinic_converge_after_random_edits_syncs_and_faults() {
    let seed = seed();
    println!("IMR_FAULT_SEED={seed}");
    let mut rng = Rng(seed | 1);
    let clinic = Clinic::start().await;
    let (pid, code) = clinic.enroll_participant();
    let proxy = Proxy::start(&clinic.base, seed).await.unwrap();
    // The phones reach the clinic only through the proxy.
    let phones = [Phone::new(), Phone::new()];
    phones[0]
        .pair(
            &proxy.base,
            &code,
            &[Scope::Goals, Scope::CheckIns, Scope::Modules],
        )
        .await;
    phones[1]
        .pair(&proxy.base, &clinic.another_code(pid), &[])
        .await;
    proxy.set(Faults {
        drop_request: 10,
        drop_response: 10,
        duplicate: 10,
        delay: 20,
        max_delay_ms: 50,
        only: None,
    });
    let mut homework = Vec::new();
    for round in 0..40 {
        let who = rng.below(2) as usize;
        let phone = &phones[who];
        match rng.below(6) {
            0 | 1 => {
                phone
                    .store
                    .goals()
                    .create(&GoalInput::new(format!("goal {round}")))
                    .unwrap();
            }
            2 => {
                if let Some((id, _)) = goals(phone).into_iter().nth(rng.below(4) as usize) {
                    phone
                        .store
                        .goals()
                        .update(id, &GoalInput::new(format!("renamed {round}")))
                        .unwrap();
                }
            }
            3 => {
                if let Some((id, _)) = goals(phone).into_iter().nth(rng.below(4) as usize) {
                    phone.store.goals().delete(id).unwrap();
                }
            }
            4 => {
                let day = phone.store.check_ins().today().unwrap();
                let input = CheckInInput {
                    day,
                    stress: Some(rng.below(11) as u8),
                    ..CheckInInput::default()
                };
                phone.store.check_ins().save(&input).unwrap();
            }
            _ => {
                let id = Uuid::new_v4();
                clinic.clinician_writes(
                    pid,
                    RecordKind::ClinicianHomework,
                    id,
                    json!({"title": format!("task {round}")}),
                );
                homework.push(id);
            }
        }
        if rng.below(2) == 0 {
            // Faults may make it fail; nothing may be lost either way.
            let _ = phones[rng.below(2) as usize].sync.sync_now().await;
        }
    }
    proxy.set(Faults::default());
    for phone in phones.iter().chain(phones.iter()) {
        phone.sync.sync_now().await.unwrap();
    }
    let injected = proxy.injected();
    println!("faults injected: {injected:?}");
    assert_eq!(goals(&phones[0]), goals(&phones[1]), "seed {seed}");
    assert_eq!(server_goals(&clinic, pid), goals(&phones[0]), "seed {seed}");
    let day = phones[0].store.check_ins().today().unwrap();
    let stress = |p: &Phone| p.store.check_ins().get(day).unwrap().and_then(|c| c.stress);
    assert_eq!(stress(&phones[0]), stress(&phones[1]), "seed {seed}");
    for phone in &phones {
        assert_eq!(phone.sync.status().unwrap().pending, 0, "seed {seed}");
        for id in &homework {
            assert!(
                phone.store.homework().get(*id).unwrap().is_some(),
                "homework lost, seed {seed}"
            );
        }
    }
}
