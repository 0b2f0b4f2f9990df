//! Trends computed from a participant's stored fortnight: daily series with gaps, weekly
//! means, medication adherence, coping strategies ranked, and check-in days.

#![allow(clippy::unwrap_used)]

mod common;

use common::Fixture;
use imr_core::trends::Period;
use imr_core::{CheckInInput, CopingStrategyInput, CopingUse, Rating, WarningSignInput};
use imr_protocol::{CopingCategory, Medication};
use jiff::ToSpan;
use jiff::civil::{Date, date};

/// Day `n` of May 2026.
fn may(n: i8) -> Date {
    date(2026, 5, n)
}

/// A participant who checked in every day from 18 to 31 May, except a note-only 24 May.
fn fortnight() -> (Fixture, Vec<uuid::Uuid>) {
    let fx = Fixture::at("2026-05-18T10:00:00Z");
    let sign = fx
        .store
        .signs()
        .create(&WarningSignInput::new("Racing thoughts"))
        .unwrap();
    let voices = fx.store.symptoms().create("Hearing voices").unwrap();
    let walk = fx
        .store
        .coping()
        .create(&CopingStrategyInput::new("A walk", CopingCategory::Stress))
        .unwrap();
    let music = fx
        .store
        .coping()
        .create(&CopingStrategyInput::new("Music", CopingCategory::Mood))
        .unwrap();
    for n in 18..=31 {
        fx.set_now(&format!("{}T10:00:00Z", may(n)));
        let mut input = CheckInInput {
            day: may(n),
            stress: Some((n % 4) as u8 + 2), // 4,5,2,3,4,5,2 ... by day
            mood: Some(6),
            sleep_hours: Some(if n < 25 { 7.0 } else { 5.5 }),
            sign_ratings: vec![Rating {
                id: sign.id,
                rating: (n % 2) as u8,
            }],
            symptom_ratings: vec![Rating {
                id: voices.id,
                rating: 1,
            }],
            medication: Some(match n {
                18 | 19 => Medication::Partly,
                20 => Medication::No,
                21 => Medication::NotApplicable,
                _ => Medication::Yes,
            }),
            coping: vec![CopingUse {
                strategy_id: music.id,
                helpful: Some(1),
            }],
            ..Default::default()
        };
        if n % 3 == 0 {
            input.coping.push(CopingUse {
                strategy_id: walk.id,
                helpful: Some(3),
            });
        }
        if n == 24 {
            input = CheckInInput {
                day: may(24),
                note: Some("Family visit, no time".into()),
                ..Default::default()
            };
        }
        fx.store.check_ins().save(&input).unwrap();
    }
    (fx, vec![sign.id, voices.id, walk.id, music.id])
}

#[test]
fn daily_series_have_one_point_per_day_and_gaps_where_nothing_was_rated() {
    let (fx, ids) = fortnight();
    let t = fx.store.trends().of(Period::Days30, may(31)).unwrap();
    assert_eq!((t.from, t.to), (may(2), may(31)));
    assert_eq!(t.stress.len(), 30);
    assert_eq!(
        t.stress[0].value, None,
        "2 May: no check-in is a gap, not 0"
    );
    assert_eq!(t.stress.last().unwrap().value, Some(5.0)); // 31 % 4 + 2
    assert_eq!(t.sleep.last().unwrap().value, Some(5.5));
    let day24 = t.mood.iter().find(|p| p.day == may(24)).unwrap();
    assert_eq!(day24.value, None, "a note alone rates nothing");
    assert_eq!(t.signs[0].id, ids[0]);
    assert_eq!(t.signs[0].label, "Racing thoughts");
    assert_eq!(t.signs[0].points.last().unwrap().value, Some(1.0));
    assert_eq!(t.symptoms[0].label, "Hearing voices");
    assert_eq!(t.symptoms[0].points[16].value, Some(1.0)); // 18 May
    assert_eq!(
        t.check_in_days, 13,
        "14 days saved, one of them only a note"
    );
}

#[test]
fn weekly_means_count_only_the_days_inside_the_period() {
    let (fx, _) = fortnight();
    let t = fx.store.trends().of(Period::Days30, may(31)).unwrap();
    let mondays: Vec<Date> = t.weeks.iter().map(|w| w.week_of).collect();
    assert_eq!(
        mondays,
        vec![date(2026, 4, 27), may(4), may(11), may(18), may(25)]
    );
    let week18 = t.weeks[3];
    // 18..23 rated (24 only a note): stress 4,5,2,3,4,5
    assert_eq!(week18.stress, Some(23.0 / 6.0));
    assert_eq!(week18.sleep, Some(7.0));
    assert_eq!(week18.check_in_days, 6);
    assert_eq!(t.weeks[4].sleep, Some(5.5));
    assert_eq!(t.weeks[0].stress, None);
}

#[test]
fn adherence_is_the_share_of_answered_days_taken_as_prescribed() {
    let (fx, _) = fortnight();
    let t = fx.store.trends().of(Period::Days30, may(31)).unwrap();
    // yes on 22,23,25..31 = 9; partly 2; no 1; not applicable does not count
    assert_eq!(
        (t.adherence.yes, t.adherence.partly, t.adherence.no),
        (9, 2, 1)
    );
    assert_eq!(t.adherence.percent, Some(75.0));
}

#[test]
fn coping_strategies_are_ranked_by_use_and_by_helpfulness_within_the_period() {
    let (fx, ids) = fortnight();
    let t = fx.store.trends().of(Period::Days30, may(31)).unwrap();
    let by_use: Vec<_> = t.coping_by_use.iter().map(|s| (s.id, s.uses)).collect();
    // music every rated day (13); a walk on 18, 21, 27, 30 (24 was a note)
    assert_eq!(by_use, vec![(ids[3], 13), (ids[2], 4)]);
    let by_help: Vec<_> = t
        .coping_by_help
        .iter()
        .map(|s| (s.title.as_str(), s.mean_helpful))
        .collect();
    assert_eq!(by_help, vec![("A walk", Some(3.0)), ("Music", Some(1.0))]);
    let week_only = fx
        .store
        .trends()
        .of(Period::Days30, may(31).checked_sub(13.days()).unwrap())
        .unwrap();
    assert_eq!(
        week_only.coping_by_use[0].uses, 1,
        "only 18 May is in that period"
    );
}

#[test]
fn longer_periods_cover_more_days_with_the_same_data() {
    let (fx, _) = fortnight();
    for period in Period::ALL {
        let t = fx.store.trends().of(period, may(31)).unwrap();
        assert_eq!(t.stress.len() as i64, period.days());
        assert_eq!(t.check_in_days, 13);
    }
}
