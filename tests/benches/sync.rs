//! Sync speed against a local in-process clinic server over HTTP: the first full sync of a
//! year of a participant's data (500 records), and the daily incremental sync (a check-in
//! and one other change, pushed, plus a pull that finds nothing new).
#![allow(clippy::unwrap_used, missing_docs)]

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use imr_core::{CheckInInput, GoalInput};
use imr_protocol::Scope;
use imr_tests::{Clinic, Phone};

const SCOPES: &[Scope] = &[Scope::Goals, Scope::CheckIns, Scope::Notes];

fn first_full_sync(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let clinic = rt.block_on(Clinic::start());
    let mut group = c.benchmark_group("sync");
    group.sample_size(10);
    group.bench_function("first_full_sync_500_records", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let (_, code) = clinic.enroll_participant();
                let phone = Phone::new();
                for n in 0..500 {
                    phone
                        .store
                        .goals()
                        .create(&GoalInput::new(format!("goal {n}")))
                        .unwrap();
                }
                rt.block_on(phone.pair(&clinic.base, &code, SCOPES));
                let start = Instant::now();
                let report = rt.block_on(phone.sync.sync_now()).unwrap();
                total += start.elapsed();
                assert_eq!(report.pushed, 500);
            }
            total
        })
    });
    let (_, code) = clinic.enroll_participant();
    let phone = Phone::new();
    rt.block_on(phone.pair(&clinic.base, &code, SCOPES));
    for n in 0..500 {
        phone
            .store
            .goals()
            .create(&GoalInput::new(format!("goal {n}")))
            .unwrap();
    }
    rt.block_on(phone.sync.sync_now()).unwrap();
    let day = phone.store.check_ins().today().unwrap();
    let mut stress = 0u8;
    group.bench_function("daily_incremental_sync", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                stress = (stress + 1) % 11;
                let input = CheckInInput {
                    day,
                    stress: Some(stress),
                    note: Some("ok".into()),
                    ..CheckInInput::default()
                };
                phone.store.check_ins().save(&input).unwrap();
                phone
                    .store
                    .goals()
                    .create(&GoalInput::new("one more"))
                    .unwrap();
                let start = Instant::now();
                let report = rt.block_on(phone.sync.sync_now()).unwrap();
                total += start.elapsed();
                assert_eq!(report.pushed, 2);
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, first_full_sync);
criterion_main!(benches);
