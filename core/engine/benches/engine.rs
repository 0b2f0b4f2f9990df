//! How long the engine takes on five years of daily check-ins with 8 warning signs: one
//! day (what saving a check-in costs) and a 365-day range (what re-judging after an edit or
//! drawing a year of levels costs), plus checking the input and reconciling episodes.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use imr_engine::{
    DayRecord, EngineSettings, History, Plan, SignRule, StoredAlertEvent, evaluate, evaluate_range,
    reconcile, replay_from,
};
use imr_protocol::Medication;
use jiff::civil::{Date, date};
use jiff::{Span, ToSpan};
use uuid::Uuid;

const DAYS: i64 = 5 * 365 + 1;

fn signs() -> Vec<SignRule> {
    (0..8u128)
        .map(|i| SignRule {
            id: Uuid::from_u128(0x5100 + i),
            label: format!("sign {i}"),
            threshold: 2,
            red_flag: i == 7,
        })
        .collect()
}

/// Five years of varied days: a cheap deterministic generator, with gaps and a few bad
/// patches so every rule has work to do.
fn five_years(first: Date, signs: &[SignRule]) -> Vec<DayRecord> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    (0..DAYS)
        .filter_map(|i| {
            if next(10) == 0 {
                return None;
            }
            let bad_patch = (i / 30) % 6 == 5;
            let bump = if bad_patch { 3 } else { 0 };
            let ratings: BTreeMap<Uuid, u8> = signs
                .iter()
                .take(7)
                .map(|s| (s.id, (next(3) as u8 + u8::from(bad_patch)).min(3)))
                .collect();
            Some(DayRecord {
                date: first + Span::new().days(i),
                stress: Some((next(4) as u8 + 3 + bump).min(10)),
                mood: Some((next(3) as u8 + 5).saturating_sub(bump)),
                sleep_hours: Some(if bad_patch {
                    5.0
                } else {
                    7.0 + next(3) as f32 * 0.5
                }),
                medication: Some(if bad_patch {
                    Medication::Partly
                } else {
                    Medication::Yes
                }),
                signs: ratings,
                has_other_rating: true,
            })
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let first = date(2021, 1, 1);
    let last = first + (DAYS - 1).days();
    let signs = signs();
    let records = five_years(first, &signs);
    let plan = Plan::new(EngineSettings::default(), signs).expect("valid plan");
    let history = History::new(records.clone()).expect("valid history");

    c.bench_function("history_new_5y_8_signs", |b| {
        b.iter(|| History::new(black_box(records.clone())).expect("valid"))
    });
    c.bench_function("evaluate_one_day_5y_8_signs", |b| {
        b.iter(|| evaluate(&plan, &history, black_box(last)))
    });
    c.bench_function("evaluate_range_365_days_5y_8_signs", |b| {
        b.iter(|| evaluate_range(&plan, &history, black_box(last - 364.days()), last))
    });
    let all = evaluate_range(&plan, &history, first, last);
    let participant = Uuid::from_u128(0xbee);
    c.bench_function("evaluate_range_all_5y_8_signs", |b| {
        b.iter(|| evaluate_range(&plan, &history, black_box(first), last))
    });
    c.bench_function("reconcile_episodes_5y_nothing_stored", |b| {
        b.iter(|| reconcile(participant, black_box(&all), &[]))
    });
    // What a save of today's check-in costs after five years: judge today, find the day to
    // replay from, judge those days and reconcile against everything stored.
    let stored: Vec<StoredAlertEvent> = reconcile(participant, &all, &[])
        .into_iter()
        .zip(1u128..)
        .map(|(event, n)| StoredAlertEvent {
            id: Uuid::from_u128(n),
            event,
        })
        .collect();
    c.bench_function("save_today_5y_8_signs", |b| {
        b.iter(|| {
            let today = evaluate(&plan, &history, black_box(last));
            let from = replay_from(&stored, last);
            let days = evaluate_range(&plan, &history, from, last);
            (today, reconcile(participant, &days, &stored))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
