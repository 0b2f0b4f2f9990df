//! A participant with a realistic toolbox, and years of daily check-ins written through
//! the public API (the clock walks forward one day per check-in, as a real phone's would).
//! Shared by the benchmarks and the peak-memory example.

use std::path::Path;
use std::sync::Arc;

use imr_core::{
    CheckInInput, CopingStrategyInput, CopingUse, FixedClock, Rating, Settings, StaticKey, Store,
    SubstanceUse, WarningSignInput,
};
use imr_protocol::{CopingCategory, Country, Locale, Medication, SubstanceAmount, SubstanceKind};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

/// The key every benchmark store uses.
pub const KEY: [u8; 32] = [42u8; 32];

/// The day the generated history starts, at 19:00 in Oslo.
pub const START: &str = "2021-06-01T17:00:00Z";

/// A store with its clock, the signs, symptoms and strategies a full check-in rates.
pub struct Participant {
    pub store: Store,
    pub clock: Arc<FixedClock>,
    pub signs: Vec<uuid::Uuid>,
    pub symptoms: Vec<uuid::Uuid>,
    pub strategies: Vec<uuid::Uuid>,
}

/// Opens a new store at `path` with 10 signs, 5 symptoms and 5 coping strategies.
pub fn participant(path: &Path) -> Participant {
    let clock = Arc::new(FixedClock::new(START.parse::<Timestamp>().expect("start")));
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
    let signs = (0..10)
        .map(|i| {
            store
                .signs()
                .create(&WarningSignInput::new(format!("Sign {i}")))
                .expect("sign")
                .id
        })
        .collect();
    let symptoms = (0..5)
        .map(|i| {
            store
                .symptoms()
                .create(&format!("Symptom {i}"))
                .expect("symptom")
                .id
        })
        .collect();
    let strategies = (0..5)
        .map(|i| {
            store
                .coping()
                .create(&CopingStrategyInput::new(
                    format!("Strategy {i}"),
                    CopingCategory::Stress,
                ))
                .expect("strategy")
                .id
        })
        .collect();
    Participant {
        store,
        clock,
        signs,
        symptoms,
        strategies,
    }
}

impl Participant {
    /// A full check-in for `day`: every scalar, 10 sign, 5 symptom and 5 coping ratings
    /// (20 ratings), two substances and a note. `seed` varies the values.
    pub fn full_check_in(&self, day: Date, seed: u32) -> CheckInInput {
        let r = |i: usize| ((seed as usize + i) % 4) as u8;
        CheckInInput {
            day,
            stress: Some((seed % 11) as u8),
            mood: Some(((seed / 3) % 11) as u8),
            sleep_hours: Some(f64::from(seed % 20) / 2.0 + 3.0),
            sleep_quality: Some((seed % 5) as u8),
            sign_ratings: self
                .signs
                .iter()
                .enumerate()
                .map(|(i, id)| Rating {
                    id: *id,
                    rating: r(i),
                })
                .collect(),
            symptom_ratings: self
                .symptoms
                .iter()
                .enumerate()
                .map(|(i, id)| Rating {
                    id: *id,
                    rating: r(i + 3),
                })
                .collect(),
            medication: Some(Medication::Yes),
            substances: vec![
                SubstanceUse {
                    kind: SubstanceKind::Alcohol,
                    amount: SubstanceAmount::Some,
                },
                SubstanceUse {
                    kind: SubstanceKind::Cannabis,
                    amount: SubstanceAmount::None,
                },
            ],
            coping: self
                .strategies
                .iter()
                .enumerate()
                .map(|(i, id)| CopingUse {
                    strategy_id: *id,
                    helpful: Some(r(i + 1)),
                })
                .collect(),
            note: Some("Walked to the shop, called my sister, slept a bit better.".into()),
        }
    }

    /// Writes one full check-in per day for `days` days, moving the clock a day each time.
    pub fn fill_days(&self, days: u32) {
        for seed in 0..days {
            let today = self.store.check_ins().today().expect("today");
            self.store
                .check_ins()
                .save(&self.full_check_in(today, seed))
                .expect("save");
            self.clock.advance(SignedDuration::from_hours(24));
        }
    }
}

/// Five years of days, leap day included.
pub const FIVE_YEARS: u32 = 5 * 365 + 1;
