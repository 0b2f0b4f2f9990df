//! The catalogue is complete and consistent in every language: the same keys and attributes,
//! the same placeholders, real translations, clean Fluent syntax.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentBundle, FluentResource};
use imr_content::FILES;
use imr_content::inventory::{Entry, entries, parse_problems};
use imr_protocol::Locale;

/// Words that may read the same in English and another language: names (the product, the
/// languages, which are written in their own language so each reader finds theirs) and true
/// cognates. A text made only of these words, numbers and punctuation may be identical.
const SAME_IN_ALL_LANGUAGES: &[&str] = &[
    "imr",
    "companion",
    "english",
    "norsk",
    "bokmål",
    "nederlands",
    "week",
    "stress",
    // Dutch uses the loanword "check-in" (GLOSSARY.md 2.2).
    "check",
    "in",
    "ins",
];

/// Whether a text has a word to translate, besides placeholders, numbers, punctuation and the
/// words above.
fn has_words(text: &str) -> bool {
    let mut rest = text;
    let mut outside = String::new();
    while let Some(start) = rest.find("{$") {
        outside.push_str(&rest[..start]);
        rest = rest[start..].split_once('}').map_or("", |(_, after)| after);
    }
    outside.push_str(rest);
    outside
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|word| !word.is_empty() && !SAME_IN_ALL_LANGUAGES.contains(&word))
}

fn by_key(locale: Locale) -> BTreeMap<String, &'static Entry> {
    entries(locale).iter().map(|e| (e.key(), e)).collect()
}

#[test]
fn every_fluent_file_parses_without_errors() {
    assert!(parse_problems().is_empty(), "{:#?}", parse_problems());
    assert!(!FILES.is_empty());
}

#[test]
fn no_message_is_defined_twice_in_a_language() {
    for locale in Locale::ALL {
        let mut bundle = FluentBundle::new(vec![locale.as_str().parse().expect("tag")]);
        for (lang, area, source) in FILES.iter().filter(|(l, _, _)| *l == locale.as_str()) {
            let resource = FluentResource::try_new((*source).to_owned()).expect("parses");
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{lang}/{area}.ftl: {errors:?}");
            }
        }
        let keys: Vec<String> = entries(*locale).iter().map(Entry::key).collect();
        let unique: BTreeSet<&String> = keys.iter().collect();
        assert_eq!(keys.len(), unique.len(), "{locale}: a key appears twice");
    }
}

#[test]
fn every_language_has_the_same_keys_and_attributes_in_the_same_area() {
    let english = by_key(Locale::En);
    assert!(english.len() > 100, "the English catalogue looks empty");
    for locale in [Locale::Nb, Locale::Nl] {
        let other = by_key(locale);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "missing in {locale}: {missing:?}");
        assert!(extra.is_empty(), "only in {locale}, not in en: {extra:?}");
        for (key, entry) in &english {
            assert_eq!(
                entry.area, other[key].area,
                "{key} is in another file in {locale}"
            );
        }
    }
}

#[test]
fn placeholders_are_the_same_in_every_language() {
    let english = by_key(Locale::En);
    for locale in [Locale::Nb, Locale::Nl] {
        for (key, entry) in by_key(locale) {
            if let Some(en) = english.get(&key) {
                assert_eq!(
                    en.variables, entry.variables,
                    "{key}: placeholders differ in {locale}"
                );
            }
        }
    }
}

#[test]
fn norwegian_and_dutch_texts_are_translated() {
    let english = by_key(Locale::En);
    for locale in [Locale::Nb, Locale::Nl] {
        let same: Vec<String> = by_key(locale)
            .into_iter()
            .filter(|(key, entry)| {
                english
                    .get(key)
                    .is_some_and(|en| en.text.trim() == entry.text.trim())
                    && has_words(&entry.text)
            })
            .map(|(key, entry)| format!("{key} = {}", entry.text))
            .collect();
        assert!(
            same.is_empty(),
            "{locale} text identical to English: {same:#?}"
        );
    }
    assert!(!has_words("{$head}, {$next}"));
    assert!(!has_words("Stress (0-10)"));
    assert!(has_words("{$head} and {$last}"));
    assert!(has_words("Stress level"));
    assert!(!has_words("Check-ins"));
    assert!(has_words("In progress"));
}

#[test]
fn no_text_is_empty() {
    for locale in Locale::ALL {
        for entry in entries(*locale) {
            assert!(
                !entry.text.trim().is_empty(),
                "{locale}: {} is empty",
                entry.key()
            );
        }
    }
}

#[test]
fn every_fluent_file_on_disk_is_embedded_and_every_language_has_the_same_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let areas = |locale: Locale| -> Vec<&str> {
        FILES
            .iter()
            .filter(|(l, _, _)| *l == locale.as_str())
            .map(|(_, a, _)| *a)
            .collect()
    };
    for locale in Locale::ALL {
        let mut on_disk: Vec<String> = std::fs::read_dir(root.join(locale.as_str()))
            .expect("locale directory")
            .filter_map(Result::ok)
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".ftl"))
                    .map(str::to_owned)
            })
            .collect();
        on_disk.sort();
        assert_eq!(
            on_disk,
            areas(*locale),
            "{locale}: the embedded files are stale"
        );
        assert_eq!(
            areas(*locale),
            areas(Locale::En),
            "{locale} has other files than en"
        );
    }
}
