//! Properties that hold for any check-ins: worse ratings never lower the level, too little
//! data is unknown unless a red flag fires, the order of saving does not matter, and
//! reconciling alert events twice adds nothing.

use std::collections::BTreeMap;

use imr_engine::{
    DayRecord, EngineSettings, Evaluation, History, Plan, SignRule, StoredAlertEvent,
    evaluate_range, reconcile,
};
use imr_protocol::{Medication, WarningLevel, WarningRule};
use jiff::Span;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use uuid::Uuid;

const SPAN_DAYS: i64 = 45;

fn start() -> Date {
    date(2026, 3, 1)
}

fn signs() -> Vec<SignRule> {
    (0..3u128)
        .map(|i| SignRule {
            id: Uuid::from_u128(i + 1),
            label: format!("sign {i}"),
            threshold: 1 + (i as u8 % 3),
            red_flag: i == 2,
        })
        .collect()
}

fn plan() -> Plan {
    Plan::new(
        EngineSettings {
            baseline_window_days: 14,
            usual_sleep_hours: None,
        },
        signs(),
    )
    .expect("valid plan")
}

fn medication() -> impl Strategy<Value = Medication> {
    prop::sample::select(Medication::ALL.to_vec())
}

/// Day `n`'s check-in, any field possibly missing.
fn day_record(n: i64) -> impl Strategy<Value = DayRecord> {
    (
        prop::option::of(0u8..=10),
        prop::option::of(0u8..=10),
        prop::option::of((0u8..=48).prop_map(|h| f32::from(h) / 2.0)),
        prop::option::of(medication()),
        prop::collection::vec(prop::option::of(0u8..=3), 3),
        any::<bool>(),
    )
        .prop_map(
            move |(stress, mood, sleep_hours, medication, ratings, other)| DayRecord {
                date: start() + Span::new().days(n),
                stress,
                mood,
                sleep_hours,
                medication,
                signs: ratings
                    .into_iter()
                    .zip(signs())
                    .filter_map(|(r, s)| r.map(|r| (s.id, r)))
                    .collect::<BTreeMap<_, _>>(),
                has_other_rating: other,
            },
        )
}

/// Check-ins over `SPAN_DAYS` days, each day present with probability `presence`.
fn records(presence: f64) -> impl Strategy<Value = Vec<DayRecord>> {
    (0..SPAN_DAYS)
        .map(|n| prop::option::weighted(presence, day_record(n)))
        .collect::<Vec<_>>()
        .prop_map(|days| days.into_iter().flatten().collect())
}

fn levels(records: &[DayRecord]) -> Vec<Evaluation> {
    let history = History::new(records.iter().cloned()).expect("valid check-ins");
    let last = start() + Span::new().days(SPAN_DAYS - 1);
    evaluate_range(&plan(), &history, start(), last)
}

/// How much worse a medication answer is; "not applicable" is as good as "yes".
fn medication_rank(m: Option<Medication>) -> u8 {
    match m {
        None | Some(Medication::Yes | Medication::NotApplicable) => 0,
        Some(Medication::Partly) => 1,
        Some(Medication::No) => 2,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Sign and medication ratings feed no baseline, so raising one holds the baselines
    /// fixed; the level of no day may drop.
    #[test]
    fn raising_a_sign_or_medication_rating_never_lowers_the_level(
        records in records(0.8),
        pick in any::<prop::sample::Index>(),
        sign in 0usize..3,
        to_rating in 1u8..=3,
        worse_meds in prop::sample::select(vec![Medication::Partly, Medication::No]),
        raise_meds in any::<bool>(),
    ) {
        prop_assume!(!records.is_empty());
        let before = levels(&records);
        let mut raised = records.clone();
        let day = &mut raised[pick.index(records.len())];
        // Raising an answer, not adding one: a new check-in day can rightly push an older
        // day with a sign out of "the last 3 check-in days".
        if raise_meds {
            if day.medication.is_some()
                && medication_rank(day.medication) < medication_rank(Some(worse_meds))
            {
                day.medication = Some(worse_meds);
            }
        } else if let Some(rating) = day.signs.get_mut(&signs()[sign].id) {
            *rating = (*rating).max(to_rating);
        }
        let after = levels(&raised);
        for (b, a) in before.iter().zip(&after) {
            prop_assert!(a.level >= b.level, "{} went from {} to {}", a.on, b.level, a.level);
        }
    }

    /// Fewer than 2 check-in days in D-6..D is unknown, unless a red-flag sign makes it red;
    /// 2 or more is never unknown.
    #[test]
    fn too_little_data_is_unknown_unless_a_red_flag_fires(records in records(0.25)) {
        for evaluation in levels(&records) {
            let week_start = evaluation.on - Span::new().days(6);
            let check_ins = records
                .iter()
                .filter(|r| (week_start..=evaluation.on).contains(&r.date) && r.is_check_in_day())
                .count();
            if check_ins >= 2 {
                prop_assert_ne!(evaluation.level, WarningLevel::Unknown);
            } else if evaluation.level == WarningLevel::Red {
                prop_assert!(evaluation.reasons.iter().all(|r| r.rule == WarningRule::RedFlagSign));
            } else {
                prop_assert_eq!(evaluation.level, WarningLevel::Unknown);
                prop_assert_eq!(evaluation.reasons.len(), 1);
                prop_assert_eq!(evaluation.reasons[0].rule, WarningRule::TooLittleData);
            }
        }
    }

    /// The same check-ins saved in any order give the same levels and reasons.
    #[test]
    fn the_order_of_saving_does_not_matter(
        (records, shuffled) in records(0.7).prop_flat_map(|r| (Just(r.clone()), Just(r).prop_shuffle()))
    ) {
        prop_assert_eq!(levels(&records), levels(&shuffled));
    }

    /// Whatever the data and whatever edits came before, reconciling what was just stored
    /// adds nothing.
    #[test]
    fn reconciling_twice_adds_nothing(first in records(0.7), edited in records(0.7)) {
        let participant = Uuid::from_u128(7);
        let mut stored: Vec<StoredAlertEvent> = Vec::new();
        for version in [&first, &edited] {
            let days = levels(version);
            for event in reconcile(participant, &days, &stored) {
                let id = Uuid::from_u128(stored.len() as u128 + 100);
                stored.push(StoredAlertEvent { id, event });
            }
            prop_assert!(reconcile(participant, &days, &stored).is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// After an edit of day `changed`, reconciling only from `replay_from` adds exactly what
    /// reconciling the whole history would.
    #[test]
    fn replaying_from_the_suggested_day_equals_replaying_everything(
        first in records(0.8),
        edited in records(0.8),
        changed in 0..SPAN_DAYS,
    ) {
        let participant = Uuid::from_u128(9);
        let changed_day = start() + Span::new().days(changed);
        // The edit touches only days from `changed` on; days before keep their check-ins.
        let after: Vec<DayRecord> = first
            .iter()
            .filter(|r| r.date < changed_day)
            .chain(edited.iter().filter(|r| r.date >= changed_day))
            .cloned()
            .collect();
        let mut stored: Vec<StoredAlertEvent> = Vec::new();
        for event in reconcile(participant, &levels(&first), &stored) {
            let id = Uuid::from_u128(stored.len() as u128 + 100);
            stored.push(StoredAlertEvent { id, event });
        }
        let all = levels(&after);
        let from = imr_engine::replay_from(&stored, changed_day);
        prop_assert!(from <= changed_day);
        let tail: Vec<Evaluation> = all.iter().filter(|e| e.on >= from).cloned().collect();
        prop_assert_eq!(reconcile(participant, &tail, &stored), reconcile(participant, &all, &stored));
    }
}
