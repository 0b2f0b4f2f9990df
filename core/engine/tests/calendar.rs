//! Scenarios about the calendar and about which data counts: runs across a new year and a
//! leap day, later check-ins leaving a past day alone, cleared fields and retired signs.
//! Day 1 is Monday 2 March 2026 unless a scenario says otherwise.

mod support;

use imr_protocol::Medication::{No, Yes};
use imr_protocol::WarningLevel::Green;
use jiff::civil::date;
use support::*;

fn calm(d: DayBuilder) -> DayBuilder {
    d.stress(4)
        .mood(6)
        .sleep(8.0)
        .meds(Yes)
        .sign(SLEEPING_LESS, 1)
}

fn calm_fortnight() -> Fortnight {
    fortnight().after_a_calm_month().days(1, 14, calm)
}

#[test]
fn a_run_across_new_year_and_a_leap_day() {
    let f = fortnight_from(date(2026, 12, 25))
        .after_a_calm_month()
        .days(1, 9, calm);
    let f = f.days(7, 9, |d| d.mood(2));
    assert_eq!(
        f.on(9).reasons[0].dates,
        [date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)]
    );
    let leap = fortnight_from(date(2028, 2, 20))
        .after_a_calm_month()
        .days(1, 11, calm);
    let leap = leap.days(9, 11, |d| d.meds(No));
    assert_eq!(
        leap.on(11).reasons[0].dates,
        [date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)]
    );
}

#[test]
fn later_check_ins_do_not_change_a_past_day() {
    let f = calm_fortnight()
        .days(10, 12, |d| d.stress(8))
        .days(13, 14, |d| d.sign(HEARING_VOICES, 3));
    let only_until_12 = f.clone().without_day(13).without_day(14);
    assert_eq!(f.on(12), only_until_12.on(12));
    assert_eq!(f.why(12), ["stress_above_usual above on 10 11 12"]);
}

#[test]
fn clearing_a_field_breaks_the_run() {
    let f = calm_fortnight()
        .days(12, 14, |d| d.stress(7))
        .day(13)
        .no_stress()
        .done();
    assert_eq!(f.on(14).level, Green);
    assert!(f.why(14).is_empty());
}

#[test]
fn a_rating_of_a_sign_no_longer_in_the_plan_is_ignored() {
    let f = calm_fortnight().days(12, 14, |d| d.sign("An old sign", 3));
    assert_eq!(f.on(14).level, Green);
    assert!(f.why(14).is_empty());
}
