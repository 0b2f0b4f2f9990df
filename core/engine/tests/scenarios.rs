//! Named fortnights that read like the participant's life, each asserting the level and the
//! reasons. Day 1 is Monday 2 March 2026 unless a scenario says otherwise; "a calm month"
//! is the four weeks before day 1 (stress 4, mood 6, 8 h sleep, medication taken).

mod support;

use imr_protocol::Medication::{No, NotApplicable, Partly, Yes};
use imr_protocol::WarningLevel::{Amber, Green, Red, Unknown};
use jiff::civil::date;
use support::*;

/// A calm day after the calm month: same values, mild sleeping less at most.
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
fn a_calm_fortnight_is_green_with_no_reasons() {
    let f = calm_fortnight();
    assert_eq!(f.on(14).level, Green);
    assert!(f.why(14).is_empty());
}

#[test]
fn nothing_heard_at_all_is_unknown_not_all_clear() {
    let f = fortnight();
    assert_eq!(f.on(1).level, Unknown);
    assert_eq!(f.why(1), ["too_little_data on"]);
}

#[test]
fn only_two_check_ins_this_week_is_enough_and_one_is_not() {
    let f = fortnight().day(2).stress(4).day(6).mood(5).done();
    assert_eq!(f.on(8).level, Green, "days 2 and 6 are both within 2..8");
    assert_eq!(f.on(9).level, Unknown, "day 2 has left the week 3..9");
    assert_eq!(f.why(9), ["too_little_data on 6"]);
}

#[test]
fn a_note_alone_is_not_hearing_from_the_participant() {
    let f = fortnight()
        .day(5)
        .stress(4)
        .day(6)
        .note_only()
        .day(7)
        .note_only()
        .done();
    assert_eq!(f.on(7).level, Unknown);
    assert_eq!(f.why(7), ["too_little_data on 5"]);
    let f = f.day(7).symptom().done();
    assert_eq!(f.on(7).level, Green, "a symptom rating is a rating");
}

#[test]
fn red_flag_sign() {
    let f = calm_fortnight().day(10).sign(HEARING_VOICES, 2).done();
    assert_eq!(f.on(10).level, Red);
    assert_eq!(f.why(10), ["red_flag_sign 'Hearing voices' on 10"]);
    assert_eq!(
        f.on(12).level,
        Red,
        "day 10 is still within D-2..D on day 12"
    );
    assert_eq!(f.why(12), ["red_flag_sign 'Hearing voices' on 10"]);
    assert_eq!(
        f.on(13).level,
        Green,
        "three days later it no longer counts"
    );
}

#[test]
fn a_red_flag_wins_even_with_too_little_data() {
    let f = fortnight().day(3).sign(HEARING_VOICES, 3).done();
    assert_eq!(f.on(3).level, Red);
    assert_eq!(f.why(5), ["red_flag_sign 'Hearing voices' on 3"]);
    assert_eq!(f.on(6).level, Unknown);
    assert_eq!(f.why(6), ["too_little_data on 3"]);
}

#[test]
fn two_signs_on_three_days_in_a_row_is_red_even_when_the_signs_change() {
    let f = calm_fortnight()
        .day(12)
        .sign(SLEEPING_LESS, 2)
        .sign(WITHDRAWING, 2)
        .day(13)
        .sign(WITHDRAWING, 3)
        .sign(RACING_THOUGHTS, 2)
        .day(14)
        .sign(SLEEPING_LESS, 2)
        .sign(RACING_THOUGHTS, 3)
        .done();
    assert_eq!(f.on(14).level, Red);
    assert_eq!(
        f.why(14),
        [
            "several_signs on 12 13 14",
            "sign_at_threshold 'Sleeping less' on 12 14",
            "sign_at_threshold 'Withdrawing from people' on 12 13",
            "sign_at_threshold 'Racing thoughts' on 13 14",
        ]
    );
}

#[test]
fn a_missing_day_breaks_the_several_signs_run_but_not_the_check_in_rule() {
    let f = calm_fortnight()
        .days(11, 14, |d| d.sign(SLEEPING_LESS, 2).sign(WITHDRAWING, 2))
        .without_day(13);
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(
        f.why(14),
        [
            "sign_at_threshold 'Sleeping less' on 11 12 14",
            "sign_at_threshold 'Withdrawing from people' on 11 12 14",
        ]
    );
}

#[test]
fn sleeping_less_on_two_of_the_last_three_check_ins_is_amber() {
    let f = calm_fortnight()
        .day(12)
        .sign(SLEEPING_LESS, 2)
        .day(14)
        .sign(SLEEPING_LESS, 3)
        .done();
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(f.why(14), ["sign_at_threshold 'Sleeping less' on 12 14"]);
    assert_eq!(
        f.on(13).level,
        Green,
        "on day 13 only one of the last three"
    );
}

#[test]
fn the_last_three_check_in_days_skip_days_without_a_check_in() {
    let sparse = fortnight()
        .day(8)
        .sign(SLEEPING_LESS, 2)
        .day(10)
        .sign(SLEEPING_LESS, 2)
        .day(13)
        .sign(SLEEPING_LESS, 0)
        .done();
    assert_eq!(sparse.on(14).level, Amber);
    assert_eq!(
        sparse.why(14),
        ["sign_at_threshold 'Sleeping less' on 8 10"]
    );
    let with_day_12 = sparse.day(12).stress(4).done();
    assert_eq!(
        with_day_12.on(14).level,
        Green,
        "now the last three are 10, 12 and 13"
    );
}

#[test]
fn a_personal_threshold_of_severe_ignores_moderate_ratings() {
    let f = calm_fortnight()
        .days(12, 14, |d| d.sign(WITHDRAWING, 2))
        .threshold(WITHDRAWING, 3);
    assert_eq!(f.on(14).level, Green);
    let f = f.days(13, 14, |d| d.sign(WITHDRAWING, 3));
    assert_eq!(
        f.why(14),
        ["sign_at_threshold 'Withdrawing from people' on 13 14"]
    );
}

#[test]
fn a_stressful_three_days_is_amber() {
    let f = calm_fortnight().days(12, 14, |d| d.stress(7));
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(f.why(14), ["stress_above_usual above on 12 13 14"]);
}

#[test]
fn sleeps_less_for_three_nights_after_a_stressful_week() {
    let f = calm_fortnight()
        .days(1, 7, |d| d.stress(8))
        .days(12, 14, |d| d.sleep(5.5));
    assert_eq!(f.on(7).level, Amber);
    assert_eq!(f.why(7), ["stress_above_usual above on 1 2 3 4 5 6 7"]);
    assert_eq!(f.on(11).level, Green);
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(f.why(14), ["sleep_below_usual below on 12 13 14"]);
}

#[test]
fn a_long_stressful_stretch_does_not_raise_its_own_baseline() {
    let f = calm_fortnight().days(1, 14, |d| d.stress(7));
    assert_eq!(f.on(14).level, Red);
    assert_eq!(
        f.why(14),
        [
            "long_amber on 7 8 9 10 11 12 13 14",
            "stress_above_usual above on 1 2 3 4 5 6 7 8 9 10 11 12 13 14",
        ],
        "two weeks of stress 7 are still judged against the calm month before them"
    );
    let short_window = f.clone().baseline_window(7);
    assert_eq!(
        short_window.on(10).level,
        Red,
        "still judged against the calm days"
    );
    assert_eq!(
        short_window.on(11).level,
        Green,
        "a 7-day window soon sees stress 7 as usual"
    );
}

#[test]
fn mood_low_for_three_days_is_amber() {
    let f = calm_fortnight().days(12, 14, |d| d.mood(3));
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(f.why(14), ["mood_away_from_usual below on 12 13 14"]);
}

#[test]
fn mood_high_matters_as_much_as_mood_low() {
    let f = calm_fortnight().days(12, 14, |d| d.mood(9));
    assert_eq!(f.why(14), ["mood_away_from_usual above on 12 13 14"]);
    let swinging = calm_fortnight()
        .day(12)
        .mood(10)
        .day(13)
        .mood(2)
        .day(14)
        .mood(9)
        .done();
    assert_eq!(swinging.on(14).level, Amber);
    assert_eq!(
        swinging.why(14),
        ["mood_away_from_usual both ways on 12 13 14"]
    );
}

#[test]
fn two_short_nights_in_a_row() {
    let f = calm_fortnight().days(13, 14, |d| d.sleep(3.5));
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(f.why(14), ["sleep_extreme below on 13 14"]);
    let three = calm_fortnight().days(12, 14, |d| d.sleep(3.5));
    assert_eq!(
        three.why(14),
        [
            "sleep_below_usual below on 12 13 14",
            "sleep_extreme below on 12 13 14"
        ]
    );
}

#[test]
fn sleeping_far_too_long_or_too_short_on_two_nights() {
    let long = calm_fortnight().days(13, 14, |d| d.sleep(12.5));
    assert_eq!(long.why(14), ["sleep_extreme above on 13 14"]);
    let mixed = calm_fortnight()
        .day(13)
        .sleep(13.0)
        .day(14)
        .sleep(2.0)
        .done();
    assert_eq!(mixed.on(14).level, Amber);
    assert_eq!(mixed.why(14), ["sleep_extreme both ways on 13 14"]);
}

#[test]
fn medication_skipped_or_partly_taken_for_three_days() {
    let f = calm_fortnight()
        .day(12)
        .meds(Partly)
        .day(13)
        .meds(No)
        .day(14)
        .meds(Partly)
        .done();
    assert_eq!(f.on(14).level, Amber);
    assert_eq!(f.why(14), ["medication_not_as_agreed on 12 13 14"]);
    assert_eq!(f.on(13).level, Green, "two days is not yet a pattern");
    let not_applicable = f.clone().day(13).meds(NotApplicable).done();
    assert_eq!(not_applicable.on(14).level, Green);
}

#[test]
fn amber_for_a_week_becomes_red() {
    let f = calm_fortnight().days(2, 14, |d| d.sign(SLEEPING_LESS, 2));
    assert_eq!(f.on(2).level, Green, "one of the last three check-ins");
    assert_eq!(f.on(3).level, Amber);
    assert_eq!(f.on(9).level, Amber, "days 2..8 include the green day 2");
    assert_eq!(f.on(10).level, Red);
    assert_eq!(
        f.why(10),
        [
            "long_amber on 3 4 5 6 7 8 9 10",
            "sign_at_threshold 'Sleeping less' on 8 9 10"
        ]
    );
}

#[test]
fn back_filled_day_completes_a_streak() {
    let f = calm_fortnight()
        .day(12)
        .stress(7)
        .day(14)
        .stress(8)
        .done()
        .without_day(13);
    assert_eq!(f.on(14).level, Green, "day 13 missing breaks the run");
    let back_filled = f.day(13).stress(7).done();
    assert_eq!(back_filled.on(14).level, Amber);
    assert_eq!(
        back_filled.why(14),
        ["stress_above_usual above on 12 13 14"]
    );
}

#[test]
fn edit_lowers_the_level() {
    let f = calm_fortnight().days(12, 14, |d| d.stress(7));
    assert_eq!(f.on(14).level, Amber);
    let edited = f.day(14).stress(5).done();
    assert_eq!(edited.on(14).level, Green);
    assert!(edited.why(14).is_empty());
}

#[test]
fn dst_night_does_not_change_which_days_follow_each_other() {
    // Norway and the Netherlands move the clocks forward in the night to Sunday 29 March
    // 2026; the check-ins belong to civil days, so 28, 29 and 30 March are still a run.
    let f = fortnight_from(date(2026, 3, 23))
        .after_a_calm_month()
        .days(1, 8, calm);
    let f = f.days(6, 8, |d| d.sleep(5.5));
    assert_eq!(f.on(8).level, Amber);
    assert_eq!(f.why(8), ["sleep_below_usual below on 6 7 8"]);
    assert_eq!(
        f.on(8).reasons[0].dates,
        [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    );
    // And back in the night to Sunday 25 October: a long night is still one night.
    let autumn = fortnight_from(date(2026, 10, 20))
        .after_a_calm_month()
        .days(1, 7, calm);
    let autumn = autumn.days(6, 7, |d| d.sleep(12.5));
    assert_eq!(
        autumn.on(7).reasons[0].dates,
        [date(2026, 10, 25), date(2026, 10, 26)]
    );
}

#[test]
fn red_reasons_come_first_then_the_amber_ones() {
    let f = calm_fortnight()
        .days(12, 14, |d| d.stress(8))
        .day(14)
        .sign(HEARING_VOICES, 2)
        .done();
    assert_eq!(f.on(14).level, Red);
    assert_eq!(
        f.why(14),
        [
            "red_flag_sign 'Hearing voices' on 14",
            "stress_above_usual above on 12 13 14"
        ]
    );
}

#[test]
fn a_red_flag_sign_on_two_days_is_not_named_twice() {
    let f = calm_fortnight().days(13, 14, |d| d.sign(HEARING_VOICES, 2));
    assert_eq!(f.why(14), ["red_flag_sign 'Hearing voices' on 13 14"]);
}

#[test]
fn a_new_participant_whose_mood_is_usually_high_is_not_amber_for_weeks() {
    // Until there are 7 moods the default 5 is the baseline, so mood 8 counts as 3 above;
    // from then on their own median (8) is. Longer runs are never judged against the default.
    let f = fortnight().days(1, 14, |d| d.mood(8));
    assert_eq!(f.on(9).level, Amber);
    assert_eq!(f.why(9), ["mood_away_from_usual above on 7 8 9"]);
    assert_eq!(f.on(10).level, Green);
    assert!(f.why(10).is_empty());
}

#[test]
fn usual_sleep_is_the_sleep_baseline_until_there_are_seven_nights() {
    let f = fortnight().usual_sleep(9.0).days(1, 3, |d| d.sleep(7.0));
    assert_eq!(f.on(3).level, Amber, "2 h below the usual 9 h");
    assert_eq!(f.why(3), ["sleep_below_usual below on 1 2 3"]);
    let without_usual = fortnight().days(1, 3, |d| d.sleep(7.0));
    assert_eq!(
        without_usual.on(3).level,
        Green,
        "only 0.5 h below the default 7.5 h"
    );
}
