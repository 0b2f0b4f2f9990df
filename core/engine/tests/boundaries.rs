//! Every rule just below, at and just above its threshold, and every run broken by a missing
//! day or field. The days before are a calm month (stress 4, mood 6, 8 h sleep, medication
//! taken), then calm days 1..14; each test changes the last days and judges day 14.

mod support;

use imr_protocol::Medication::{No, Yes};
use imr_protocol::WarningLevel::{self, Amber, Green, Red, Unknown};
use support::*;

fn calm() -> Fortnight {
    fortnight()
        .after_a_calm_month()
        .days(1, 14, |d| d.stress(4).mood(6).sleep(8.0).meds(Yes))
}

/// Day 14's level when days `from..=14` are changed by `change`.
fn level(from: i32, change: impl Fn(DayBuilder) -> DayBuilder) -> WarningLevel {
    calm().days(from, 14, change).on(14).level
}

#[test]
fn red_flag_sign_below_at_and_above_its_threshold() {
    assert_eq!(level(14, |d| d.sign(HEARING_VOICES, 1)), Green);
    assert_eq!(level(14, |d| d.sign(HEARING_VOICES, 2)), Red);
    assert_eq!(level(14, |d| d.sign(HEARING_VOICES, 3)), Red);
    let two_days_ago = calm().day(12).sign(HEARING_VOICES, 2).done();
    assert_eq!(two_days_ago.on(14).level, Red);
    assert_eq!(two_days_ago.on(15).level, Green, "D-3 is outside D-2..D");
}

#[test]
fn several_signs_one_two_or_three_signs_and_two_or_three_days() {
    assert_eq!(
        level(12, |d| d.sign(SLEEPING_LESS, 2).sign(WITHDRAWING, 1)),
        Amber
    );
    assert_eq!(
        level(12, |d| d.sign(SLEEPING_LESS, 2).sign(WITHDRAWING, 2)),
        Red
    );
    let three = |d: DayBuilder| {
        d.sign(SLEEPING_LESS, 3)
            .sign(WITHDRAWING, 3)
            .sign(RACING_THOUGHTS, 3)
    };
    assert_eq!(level(12, three), Red);
    assert_eq!(
        level(13, |d| d.sign(SLEEPING_LESS, 2).sign(WITHDRAWING, 2)),
        Amber,
        "two days"
    );
}

#[test]
fn several_signs_run_broken_by_a_day_without_sign_ratings() {
    let f = calm()
        .days(12, 14, |d| d.sign(SLEEPING_LESS, 2).sign(WITHDRAWING, 2))
        .day(13)
        .no_signs()
        .done();
    assert_eq!(f.on(14).level, Amber);
}

#[test]
fn sign_at_threshold_below_at_and_above_on_two_of_three() {
    assert_eq!(level(13, |d| d.sign(RACING_THOUGHTS, 1)), Green);
    assert_eq!(level(13, |d| d.sign(RACING_THOUGHTS, 2)), Amber);
    assert_eq!(level(13, |d| d.sign(RACING_THOUGHTS, 3)), Amber);
    assert_eq!(
        level(14, |d| d.sign(RACING_THOUGHTS, 3)),
        Green,
        "one of three"
    );
}

#[test]
fn stress_one_two_or_three_above_usual() {
    assert_eq!(level(12, |d| d.stress(5)), Green);
    assert_eq!(level(12, |d| d.stress(6)), Amber);
    assert_eq!(level(12, |d| d.stress(7)), Amber);
    assert_eq!(level(13, |d| d.stress(9)), Green, "two days");
}

#[test]
fn stress_run_broken_by_a_missing_day_or_field() {
    let missing_day = calm().days(12, 14, |d| d.stress(8)).without_day(13);
    assert_eq!(missing_day.on(14).level, Green);
    let missing_field = calm()
        .days(12, 14, |d| d.stress(8))
        .day(13)
        .no_stress()
        .done();
    assert_eq!(missing_field.on(14).level, Green);
}

#[test]
fn mood_two_three_or_four_away_from_usual() {
    assert_eq!(level(12, |d| d.mood(4)), Green);
    assert_eq!(level(12, |d| d.mood(3)), Amber);
    assert_eq!(level(12, |d| d.mood(2)), Amber);
    assert_eq!(level(12, |d| d.mood(8)), Green);
    assert_eq!(level(12, |d| d.mood(9)), Amber);
    assert_eq!(level(13, |d| d.mood(0)), Green, "two days");
}

#[test]
fn sleep_one_and_a_half_two_or_two_and_a_half_hours_below_usual() {
    assert_eq!(level(12, |d| d.sleep(6.5)), Green);
    assert_eq!(level(12, |d| d.sleep(6.0)), Amber);
    assert_eq!(level(12, |d| d.sleep(5.5)), Amber);
    assert_eq!(level(13, |d| d.sleep(5.5)), Green, "two nights");
}

#[test]
fn sleep_extremes_at_four_and_twelve_hours() {
    assert_eq!(
        level(13, |d| d.sleep(4.0)),
        Green,
        "4 h is not under 4 h (nor 2 below 8 on 3 nights)"
    );
    assert_eq!(level(13, |d| d.sleep(3.5)), Amber);
    assert_eq!(level(13, |d| d.sleep(12.0)), Green);
    assert_eq!(level(13, |d| d.sleep(12.5)), Amber);
    assert_eq!(level(14, |d| d.sleep(2.0)), Green, "one night");
}

#[test]
fn medication_two_or_three_days() {
    assert_eq!(level(13, |d| d.meds(No)), Green);
    assert_eq!(level(12, |d| d.meds(No)), Amber);
    let missing_field = calm().days(12, 14, |d| d.meds(No)).day(13).no_meds().done();
    assert_eq!(missing_field.on(14).level, Green);
}

#[test]
fn amber_on_six_or_seven_days_before() {
    let f = calm().days(6, 14, |d| d.stress(8));
    // Stress rule is met from day 8 (days 6, 7, 8).
    assert_eq!(
        f.on(14).level,
        Amber,
        "amber on days 8..13: six days before"
    );
    let f = calm().days(5, 14, |d| d.stress(8));
    assert_eq!(
        f.on(14).level,
        Red,
        "amber on days 7..13: seven days before"
    );
}

#[test]
fn one_or_two_check_in_days_in_the_week() {
    let one = fortnight().day(8).stress(4).done();
    assert_eq!(one.on(14).level, Unknown);
    let two = one.day(14).mood(5).done();
    assert_eq!(two.on(14).level, Green);
    assert_eq!(two.on(15).level, Unknown, "day 8 has left the week 9..15");
}

#[test]
fn baseline_defaults_with_six_values_and_is_the_median_with_seven() {
    let six = fortnight()
        .days(1, 6, |d| d.stress(2))
        .days(7, 9, |d| d.stress(4));
    assert_eq!(six.on(9).level, Green, "default 5: stress 4 is not 2 above");
    let seven = fortnight()
        .days(1, 7, |d| d.stress(2))
        .days(8, 10, |d| d.stress(4));
    assert_eq!(
        seven.why(10),
        ["stress_above_usual above on 8 9 10"],
        "median 2"
    );

    let six = fortnight()
        .days(1, 6, |d| d.mood(8))
        .days(7, 9, |d| d.mood(8));
    assert_eq!(six.on(9).level, Amber, "default 5: mood 8 is 3 above");
    let seven = fortnight()
        .days(1, 7, |d| d.mood(8))
        .days(8, 10, |d| d.mood(8));
    assert_eq!(seven.on(10).level, Green, "median 8");

    let six = fortnight()
        .days(1, 6, |d| d.sleep(9.5))
        .days(7, 9, |d| d.sleep(7.5));
    assert_eq!(six.on(9).level, Green, "default 7.5 h");
    let seven = fortnight()
        .days(1, 7, |d| d.sleep(9.5))
        .days(8, 10, |d| d.sleep(7.5));
    assert_eq!(
        seven.why(10),
        ["sleep_below_usual below on 8 9 10"],
        "median 9.5 h"
    );
}

#[test]
fn the_baseline_window_ends_the_day_before_the_run_and_is_as_long_as_agreed() {
    // Seven days of stress 1 from 28 to 22 days before the run (days -27..-21), nothing else:
    // in a 28-day window they give a baseline of 1; one day further back one falls out.
    let inside = fortnight()
        .days(-27, -21, |d| d.stress(1))
        .days(1, 3, |d| d.stress(3));
    assert_eq!(inside.on(3).level, Amber);
    let outside = fortnight()
        .days(-28, -22, |d| d.stress(1))
        .days(1, 3, |d| d.stress(3));
    assert_eq!(outside.on(3).level, Green, "six values left: default 5");
    assert_eq!(outside.baseline_window(29).on(3).level, Amber);
}
