//! Days and lists of days read the way each language writes them.

use imr_content::dates::{day, day_list, day_with_year, list};
use imr_protocol::Locale;
use jiff::civil::date;

#[test]
fn one_day_in_each_language() {
    let d = date(2026, 3, 22);
    assert_eq!(day(Locale::En, d), "22 March");
    assert_eq!(day(Locale::Nb, d), "22. mars");
    assert_eq!(day(Locale::Nl, d), "22 maart");
    assert_eq!(day_with_year(Locale::Nb, d), "22. mars 2026");
    assert_eq!(
        day_with_year(Locale::Nl, date(2026, 10, 1)),
        "1 oktober 2026"
    );
}

#[test]
fn three_days_in_one_month_name_the_month_once() {
    let days = [date(2026, 3, 22), date(2026, 3, 23), date(2026, 3, 24)];
    assert_eq!(day_list(Locale::En, &days), "22, 23 and 24 March");
    assert_eq!(day_list(Locale::Nb, &days), "22., 23. og 24. mars");
    assert_eq!(day_list(Locale::Nl, &days), "22, 23 en 24 maart");
}

#[test]
fn days_across_a_month_end_name_each_month_after_its_last_day() {
    let days = [date(2026, 3, 30), date(2026, 3, 31), date(2026, 4, 1)];
    assert_eq!(day_list(Locale::En, &days), "30, 31 March and 1 April");
    assert_eq!(day_list(Locale::Nb, &days), "30., 31. mars og 1. april");
    assert_eq!(day_list(Locale::Nl, &days), "30, 31 maart en 1 april");
}

#[test]
fn days_across_a_year_end_carry_the_year() {
    let days = [date(2025, 12, 31), date(2026, 1, 1)];
    assert_eq!(
        day_list(Locale::En, &days),
        "31 December 2025 and 1 January 2026"
    );
    assert_eq!(
        day_list(Locale::Nb, &days),
        "31. desember 2025 og 1. januar 2026"
    );
}

#[test]
fn order_and_repeats_do_not_matter_and_short_lists_read_naturally() {
    let days = [date(2026, 3, 24), date(2026, 3, 22), date(2026, 3, 24)];
    assert_eq!(day_list(Locale::En, &days), "22 and 24 March");
    assert_eq!(day_list(Locale::Nl, &[date(2026, 5, 9)]), "9 mei");
    assert_eq!(day_list(Locale::En, &[]), "");
    assert_eq!(list(Locale::Nb, vec!["a".into(), "b".into()]), "a og b");
    assert_eq!(
        list(
            Locale::En,
            vec!["a".into(), "b".into(), "c".into(), "d".into()]
        ),
        "a, b, c and d"
    );
}
