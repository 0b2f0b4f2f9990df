//! Every early warning rule reads as one plain sentence in every language.

use imr_content::Catalogue;
use imr_content::reasons::sentence;
use imr_protocol::{Direction, Locale, Reason, WarningRule};
use jiff::civil::{Date, date};

fn march(days: &[i8]) -> Vec<Date> {
    days.iter().map(|d| date(2026, 3, *d)).collect()
}

fn reason(
    rule: WarningRule,
    sign: Option<&str>,
    direction: Option<Direction>,
    dates: Vec<Date>,
) -> Reason {
    Reason {
        rule,
        sign_id: None,
        sign_label: sign.map(str::to_owned),
        direction,
        dates,
    }
}

#[test]
fn a_sign_at_its_limit_names_the_sign_and_the_days() {
    let r = reason(
        WarningRule::SignAtThreshold,
        Some("Sleeping less"),
        None,
        march(&[22, 23, 24]),
    );
    assert_eq!(
        sentence(Locale::En, &r),
        "Sleeping less: at or above your limit on 22, 23 and 24 March"
    );
    let r = reason(
        WarningRule::SignAtThreshold,
        Some("Sover mindre"),
        None,
        march(&[22, 23, 24]),
    );
    assert_eq!(
        sentence(Locale::Nb, &r),
        "Sover mindre: på eller over grensen din 22., 23. og 24. mars"
    );
    let r = reason(
        WarningRule::SignAtThreshold,
        Some("Minder slapen"),
        None,
        march(&[22, 24]),
    );
    assert_eq!(
        sentence(Locale::Nl, &r),
        "Minder slapen: op of boven je grens op 22 en 24 maart"
    );
}

#[test]
fn a_sign_without_its_text_is_still_a_kind_sentence() {
    let r = reason(WarningRule::RedFlagSign, None, None, march(&[24]));
    assert_eq!(
        sentence(Locale::En, &r),
        "One of your signs, a sign that means acting now: at or above your limit on 24 March"
    );
    let blank = reason(WarningRule::RedFlagSign, Some("  "), None, march(&[24]));
    assert_eq!(sentence(Locale::Nb, &blank), sentence(Locale::Nb, &r));
}

#[test]
fn mood_and_sleep_say_which_way_they_moved() {
    let up = reason(
        WarningRule::MoodAwayFromUsual,
        None,
        Some(Direction::Above),
        march(&[1, 2, 3]),
    );
    assert_eq!(
        sentence(Locale::En, &up),
        "Mood: 3 or more points higher than usual on 1, 2 and 3 March"
    );
    let down = reason(
        WarningRule::MoodAwayFromUsual,
        None,
        Some(Direction::Below),
        march(&[1, 2, 3]),
    );
    assert_eq!(
        sentence(Locale::Nl, &down),
        "Stemming: minstens 3 punten lager dan gewoonlijk op 1, 2 en 3 maart"
    );
    let short = reason(
        WarningRule::SleepExtreme,
        None,
        Some(Direction::Below),
        march(&[9, 10]),
    );
    assert_eq!(
        sentence(Locale::Nb, &short),
        "Søvn: mindre enn 4 timer 9. og 10. mars"
    );
    let both = reason(
        WarningRule::SleepExtreme,
        None,
        Some(Direction::Both),
        march(&[9, 10]),
    );
    assert_eq!(
        sentence(Locale::En, &both),
        "Sleep: less than 4 or more than 12 hours on 9 and 10 March"
    );
}

#[test]
fn a_long_amber_names_its_first_and_last_day() {
    let r = reason(
        WarningRule::LongAmber,
        None,
        None,
        (17..=24).map(|d| date(2026, 3, d)).collect(),
    );
    assert_eq!(
        sentence(Locale::En, &r),
        "Amber or red every day from 17 March to 24 March"
    );
    assert_eq!(
        sentence(Locale::Nb, &r),
        "Gult eller rødt hver dag fra 17. mars til 24. mars"
    );
    assert_eq!(
        sentence(Locale::Nl, &r),
        "Elke dag oranje of rood, van 17 maart tot en met 24 maart"
    );
}

#[test]
fn too_little_data_counts_the_check_ins_gently() {
    let none = reason(WarningRule::TooLittleData, None, None, vec![]);
    assert_eq!(
        sentence(Locale::En, &none),
        "No check-ins in the last 7 days"
    );
    let one = reason(WarningRule::TooLittleData, None, None, march(&[20]));
    assert_eq!(
        sentence(Locale::Nb, &one),
        "Bare én innsjekk de siste 7 dagene, 20. mars"
    );
    assert_eq!(
        sentence(Locale::Nl, &one),
        "Maar één check-in in de afgelopen 7 dagen, op 20 maart"
    );
}

#[test]
fn every_rule_renders_in_every_language_without_leftovers() {
    for locale in Locale::ALL {
        for rule in WarningRule::ALL {
            for direction in [
                None,
                Some(Direction::Above),
                Some(Direction::Below),
                Some(Direction::Both),
            ] {
                let r = reason(
                    *rule,
                    Some("Racing thoughts"),
                    direction,
                    march(&[22, 23, 24]),
                );
                let text = sentence(*locale, &r);
                assert!(
                    Catalogue::get().has(*locale, &format!("reason-{rule}")),
                    "{locale} {rule}"
                );
                assert!(
                    !text.starts_with("reason-"),
                    "{locale} {rule}: fell back to the id"
                );
                if *locale != Locale::En {
                    let english = sentence(Locale::En, &r);
                    assert_ne!(text, english, "{locale} {rule}: fell back to English");
                }
                assert!(
                    !text.contains('{') && !text.contains('$'),
                    "{locale} {rule}: {text}"
                );
                assert!(
                    text.contains("22") || *rule == WarningRule::LongAmber,
                    "{locale} {rule}: {text}"
                );
            }
        }
    }
}
