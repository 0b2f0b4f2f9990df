//! Screen texts that carry a rule of their own: the lock-screen reminder says nothing
//! private, and counts use the language's plurals.

use imr_content::{FluentValue, tr, tr_args};
use imr_protocol::Locale;

#[test]
fn the_reminder_on_the_lock_screen_names_no_health_topic() {
    let private = [
        "mood",
        "stress",
        "sleep",
        "symptom",
        "medication",
        "warning",
        "sign",
        "plan",
        "humør",
        "søvn",
        "medisin",
        "varsel",
        "stemming",
        "slaap",
        "medicijn",
        "signaal",
        "klacht",
    ];
    for locale in Locale::ALL {
        let text = tr(*locale, "settings-reminder-text").to_lowercase();
        assert!(
            private.iter().all(|word| !text.contains(word)),
            "{locale}: {text}"
        );
    }
    assert_eq!(
        tr(Locale::Nb, "settings-reminder-text"),
        "Tid for dagens innsjekk"
    );
}

#[test]
fn counts_use_each_languages_plurals() {
    let used = |locale, n: i64| {
        tr_args(
            locale,
            "trends-coping-used",
            &[("count", FluentValue::from(n))],
        )
    };
    assert_eq!(used(Locale::En, 1), "Used once");
    assert_eq!(used(Locale::En, 4), "Used 4 times");
    assert_eq!(used(Locale::Nb, 1), "Brukt én gang");
    assert_eq!(used(Locale::Nl, 4), "4 keer gebruikt");
    let days =
        |locale, n: i64| tr_args(locale, "check-in-days", &[("count", FluentValue::from(n))]);
    assert_eq!(days(Locale::Nb, 12), "12 dager med innsjekk");
    assert_eq!(days(Locale::Nl, 1), "1 dag met een check-in");
    assert_eq!(days(Locale::En, 0), "No check-ins in this period");
}

#[test]
fn the_goal_progress_reads_as_a_count_out_of_ten() {
    let progress = |locale| {
        tr_args(
            locale,
            "goal-progress",
            &[("progress", FluentValue::from(6))],
        )
    };
    assert_eq!(progress(Locale::En), "Progress: 6 of 10");
    assert_eq!(progress(Locale::Nb), "Fremgang: 6 av 10");
    assert_eq!(progress(Locale::Nl), "Voortgang: 6 van de 10");
}
