//! Every value of every vocabulary, level and scope has its label in every language, and
//! the lists to pick from are the promised size.

use imr_content::vocab::{Labelled, label, rating, scope_description, sleep_quality};
use imr_content::{Catalogue, FluentValue, levels, suggestions, tr_args};
use imr_protocol::{
    AlertEventType, CopingCategory, Country, GoalStatus, HomeworkState, Locale, Medication,
    ModuleStatus, Scope, SessionFormat, SubstanceAmount, SubstanceKind, WarningLevel,
};

fn assert_labelled<T: Labelled + std::fmt::Debug>(values: &[T]) {
    for locale in Locale::ALL {
        for value in values {
            assert!(
                Catalogue::get().has(*locale, &value.label_id()),
                "{locale}: no label for {value:?}"
            );
        }
    }
}

#[test]
fn every_vocabulary_value_has_a_label_in_every_language() {
    assert_labelled(GoalStatus::ALL);
    assert_labelled(Medication::ALL);
    assert_labelled(SubstanceKind::ALL);
    assert_labelled(SubstanceAmount::ALL);
    assert_labelled(CopingCategory::ALL);
    assert_labelled(ModuleStatus::ALL);
    assert_labelled(HomeworkState::ALL);
    assert_labelled(SessionFormat::ALL);
    assert_labelled(AlertEventType::ALL);
    assert_labelled(Country::ALL);
    assert_labelled(Locale::ALL);
    assert_labelled(&Scope::ALL);
    assert_eq!(label(Locale::Nb, GoalStatus::LetGo), "Lagt til side");
    assert_eq!(label(Locale::Nl, Medication::Partly), "Gedeeltelijk");
}

#[test]
fn every_scope_says_what_it_shares() {
    for locale in Locale::ALL {
        for scope in Scope::ALL {
            let id = format!("{}.description", scope.label_id());
            assert!(Catalogue::get().has(*locale, &id), "{locale}: {id}");
        }
    }
    assert!(scope_description(Locale::En, Scope::RelapsePlan).contains("phone numbers"));
    assert_eq!(label(Locale::Nb, Scope::RelapsePlan), "Kriseplan");
    assert_eq!(label(Locale::Nl, Scope::RelapsePlan), "Signaleringsplan");
}

#[test]
fn ratings_have_plain_words_from_zero_to_three() {
    assert_eq!(rating(Locale::Nb, 2).as_deref(), Some("En del"));
    assert_eq!(rating(Locale::Nl, 3).as_deref(), Some("Heel erg"));
    assert_eq!(rating(Locale::En, 4), None);
    assert_eq!(rating(Locale::En, -1), None);
}

#[test]
fn every_level_has_a_title_a_name_and_a_description() {
    for locale in Locale::ALL {
        for level in WarningLevel::ALL {
            for id in [
                format!("level-{level}"),
                format!("level-{level}.name"),
                format!("level-{level}.description"),
            ] {
                assert!(Catalogue::get().has(*locale, &id), "{locale}: {id}");
            }
        }
    }
    assert_eq!(levels::name(Locale::Nb, WarningLevel::Amber), "Gul");
    assert_eq!(levels::name(Locale::Nl, WarningLevel::Amber), "Oranje");
}

#[test]
fn unknown_says_we_have_not_heard_from_you_rather_than_all_clear() {
    let en = levels::description(Locale::En, WarningLevel::Unknown);
    assert!(
        en.contains("We have not heard from you for a while"),
        "{en}"
    );
    assert!(
        levels::description(Locale::Nb, WarningLevel::Unknown)
            .contains("Vi har ikke hørt fra deg på en stund")
    );
    assert!(
        levels::description(Locale::Nl, WarningLevel::Unknown)
            .contains("We hebben al een tijdje niets van je gehoord")
    );
    for locale in Locale::ALL {
        assert_ne!(
            levels::title(*locale, WarningLevel::Unknown),
            levels::title(*locale, WarningLevel::Green),
            "unknown must not read like green"
        );
    }
}

#[test]
fn there_are_eight_to_twelve_suggestions_of_each_kind_with_stable_keys() {
    for locale in Locale::ALL {
        for (kind, list) in [
            ("signs", suggestions::signs(*locale)),
            ("triggers", suggestions::triggers(*locale)),
            ("coping", suggestions::coping(*locale)),
        ] {
            assert!(
                (8..=12).contains(&list.len()),
                "{locale} {kind}: {}",
                list.len()
            );
            let keys: std::collections::BTreeSet<_> = list.iter().map(|s| s.key).collect();
            assert_eq!(keys.len(), list.len(), "{locale} {kind}: a key repeats");
        }
    }
    let nb = suggestions::signs(Locale::Nb);
    assert_eq!(nb[0].key, "sleeping-less");
    assert_eq!(nb[0].text, "Sover mindre");
    assert_eq!(
        suggestions::sign(Locale::Nl, "withdrawing").as_deref(),
        Some("Me terugtrekken van anderen")
    );
    assert_eq!(
        suggestions::trigger(Locale::En, "money").as_deref(),
        Some("Money worries")
    );
    assert_eq!(
        suggestions::coping_strategy(Locale::Nb, "walk").as_deref(),
        Some("Gå en tur")
    );
    assert_eq!(suggestions::sign(Locale::En, "no-such-sign"), None);
}

#[test]
fn the_streak_counts_days_with_the_right_plural_and_no_guilt_at_zero() {
    let streak = |locale, n: i64| tr_args(locale, "streak", &[("count", FluentValue::from(n))]);
    assert_eq!(streak(Locale::En, 1), "1 day in a row");
    assert_eq!(streak(Locale::En, 5), "5 days in a row");
    assert_eq!(streak(Locale::Nb, 1), "1 dag på rad");
    assert_eq!(streak(Locale::Nb, 5), "5 dager på rad");
    assert_eq!(streak(Locale::Nl, 1), "1 dag op rij");
    assert_eq!(streak(Locale::Nl, 5), "5 dagen op rij");
    assert_eq!(streak(Locale::En, 0), "Check in whenever you like.");
}

#[test]
fn sleep_quality_has_plain_words_from_zero_to_four() {
    assert_eq!(sleep_quality(Locale::En, 0).as_deref(), Some("Very badly"));
    assert_eq!(sleep_quality(Locale::Nb, 4).as_deref(), Some("Svært godt"));
    assert_eq!(sleep_quality(Locale::Nl, 2).as_deref(), Some("Redelijk"));
    assert_eq!(sleep_quality(Locale::Nl, 5), None);
}
