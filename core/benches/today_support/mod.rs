//! A participant with five years of daily check-ins for the Today benchmarks: 8 warning
//! signs (one a red flag), 4 persistent symptoms, a plan, supporters, goals and homework,
//! every day saved through the store (so the alert events the engine raises are there too).
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use imr_core::{
    CheckInInput, FixedClock, GoalInput, HomeworkInput, PlanContent, Rating, Settings, StaticKey,
    Store, SupporterInput, WarningSignInput,
};
use imr_protocol::{Country, Locale, Medication};
use jiff::{SignedDuration, Timestamp};

/// The database key.
pub const KEY: [u8; 32] = [9u8; 32];
/// The first day, 19:00 in Oslo.
pub const START: &str = "2021-06-01T17:00:00Z";
/// Five years of days, leap day included.
pub const FIVE_YEARS: u32 = 5 * 365 + 1;

/// Opens (creating) the store at `path` with the clock at `at`.
pub fn open(path: &Path, at: Timestamp) -> Store {
    Store::open(path, &StaticKey::new(KEY), Arc::new(FixedClock::new(at))).expect("open")
}

/// Writes five years of history into a new store at `path`; returns the clock's last
/// instant (the "today" the benchmarks open at).
pub fn five_years(path: &Path) -> Timestamp {
    let clock = Arc::new(FixedClock::new(START.parse().expect("start")));
    let store = Store::open(path, &StaticKey::new(KEY), clock.clone()).expect("open");
    store
        .settings()
        .save(&Settings {
            locale: Locale::Nb,
            timezone: "Europe/Oslo".into(),
            timezone_pinned: true,
            day_start_hour: 4,
            reminder_time: None,
            country: Country::Norway,
            usual_sleep_hours: Some(7.5),
        })
        .expect("settings");
    let signs: Vec<_> = (0..8)
        .map(|i| {
            let mut input = WarningSignInput::new(format!("Tegn {i}"));
            input.red_flag = i == 7;
            store.signs().create(&input).expect("sign").id
        })
        .collect();
    let symptoms: Vec<_> = (0..4)
        .map(|i| {
            store
                .symptoms()
                .create(&format!("Symptom {i}"))
                .expect("symptom")
                .id
        })
        .collect();
    store
        .plan()
        .save(&PlanContent {
            amber_steps: vec!["Legg meg tidlig".into(), "Snakk med Kari".into()],
            red_steps: vec!["Ring Kari".into(), "Ring DPS".into()],
            ..Default::default()
        })
        .expect("plan");
    for name in ["Kari", "Ola", "Mor"] {
        store
            .supporters()
            .create(&SupporterInput {
                name: name.into(),
                phone: Some("+47 900 00 000".into()),
                ..Default::default()
            })
            .expect("supporter");
    }
    for title in ["Få en deltidsjobb", "Treffe venner hver uke"] {
        store.goals().create(&GoalInput::new(title)).expect("goal");
    }
    for seed in 0..FIVE_YEARS {
        let today = store.check_ins().today().expect("today");
        let r = |i: usize| ((seed as usize * 7 + i * 3) % 5).min(3) as u8;
        store
            .check_ins()
            .save(&CheckInInput {
                day: today,
                stress: Some((seed % 9) as u8),
                mood: Some((3 + seed % 5) as u8),
                sleep_hours: Some(6.0 + f64::from(seed % 4) * 0.5),
                sleep_quality: Some((seed % 5) as u8),
                sign_ratings: signs
                    .iter()
                    .enumerate()
                    .map(|(i, id)| Rating {
                        id: *id,
                        rating: if i == 7 { 0 } else { r(i) },
                    })
                    .collect(),
                symptom_ratings: symptoms
                    .iter()
                    .enumerate()
                    .map(|(i, id)| Rating {
                        id: *id,
                        rating: r(i + 8),
                    })
                    .collect(),
                medication: Some(if seed % 10 == 0 {
                    Medication::Partly
                } else {
                    Medication::Yes
                }),
                note: (seed % 3 == 0).then(|| "En helt vanlig dag.".into()),
                ..Default::default()
            })
            .expect("save");
        if seed % 90 == 0 {
            store
                .homework()
                .create(&HomeworkInput {
                    title: format!("Hjemmeoppgave {seed}"),
                    due: Some(today),
                    ..Default::default()
                })
                .expect("homework");
        }
        if seed + 1 < FIVE_YEARS {
            clock.advance(SignedDuration::from_hours(24));
        }
    }
    let now = store.now();
    store.close().expect("close");
    now
}
