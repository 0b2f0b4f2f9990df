//! Every module and every IMR Scale item has its texts in every language.

use imr_content::{Catalogue, modules, scale};
use imr_protocol::{Locale, ModuleKey, ScaleItem};

#[test]
fn every_module_has_a_title_a_summary_and_two_to_four_homework_ideas() {
    for locale in Locale::ALL {
        for key in ModuleKey::ALL {
            assert!(
                Catalogue::get().has(*locale, &format!("module-{key}")),
                "{locale} {key}"
            );
            assert!(
                Catalogue::get().has(*locale, &format!("module-{key}.summary")),
                "{locale} {key}"
            );
            let ideas = modules::homework_ideas(*locale, *key);
            assert!(
                (2..=4).contains(&ideas.len()),
                "{locale} {key}: {} ideas",
                ideas.len()
            );
        }
    }
    assert_eq!(
        modules::title(Locale::Nb, ModuleKey::Recovery),
        "Tilfriskning"
    );
    assert_eq!(
        modules::title(Locale::Nl, ModuleKey::HealthSystem),
        "Zorg managen"
    );
    assert!(modules::summary(Locale::En, ModuleKey::Relapse).contains("warning signs"));
}

#[test]
fn every_scale_item_has_a_title_a_question_and_five_anchors() {
    for locale in Locale::ALL {
        for item in ScaleItem::ALL {
            assert!(
                Catalogue::get().has(*locale, &format!("scale-{item}")),
                "{locale} {item}"
            );
            assert!(
                Catalogue::get().has(*locale, &format!("scale-{item}.question")),
                "{locale} {item}"
            );
            for n in 1..=5 {
                let id = format!("scale-{item}-anchor-{n}");
                assert!(Catalogue::get().has(*locale, &id), "{locale} {id}");
            }
            assert_eq!(scale::anchors(*locale, *item).len(), 5);
        }
    }
}

#[test]
fn anchors_outside_one_to_five_do_not_exist() {
    assert_eq!(scale::anchor(Locale::En, ScaleItem::Coping, 0), None);
    assert_eq!(scale::anchor(Locale::En, ScaleItem::Coping, 6), None);
    assert_eq!(
        scale::anchor(Locale::Nb, ScaleItem::Coping, 5).as_deref(),
        Some("Svært bra")
    );
}

#[test]
fn only_items_thirteen_to_fifteen_offer_not_applicable() {
    assert_eq!(
        scale::not_applicable(Locale::Nl, ScaleItem::DrugUse).as_deref(),
        Some("Niet van toepassing")
    );
    assert_eq!(
        scale::not_applicable(Locale::Nb, ScaleItem::Medication).as_deref(),
        Some("Gjelder ikke meg")
    );
    assert_eq!(scale::not_applicable(Locale::En, ScaleItem::Goals), None);
}

#[test]
fn norwegian_and_dutch_scale_text_says_it_is_an_unofficial_translation() {
    assert!(scale::wording_note(Locale::Nb).contains("Uoffisiell oversettelse"));
    assert!(scale::wording_note(Locale::Nl).contains("Onofficiële vertaling"));
    assert!(scale::wording_note(Locale::En).contains("not the official text"));
}
