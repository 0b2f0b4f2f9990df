//! Crisis numbers follow the country, never the language.

use imr_content::Catalogue;
use imr_content::crisis::{add_local_numbers, defaults, lines};
use imr_protocol::{Country, Locale};

#[test]
fn norway_gets_113_legevakt_mental_helse_and_kirkens_sos() {
    let shown: Vec<&str> = defaults(Country::Norway)
        .iter()
        .map(|n| n.display)
        .collect();
    assert_eq!(shown, ["113", "116 117", "116 123", "22 40 00 40"]);
    assert_eq!(defaults(Country::Norway)[3].dial, "+4722400040");
}

#[test]
fn the_netherlands_gets_112_and_113_zelfmoordpreventie() {
    let shown: Vec<&str> = defaults(Country::Netherlands)
        .iter()
        .map(|n| n.display)
        .collect();
    assert_eq!(shown, ["112", "113", "0800-0113"]);
    assert_eq!(defaults(Country::Netherlands)[2].dial, "08000113");
}

#[test]
fn a_dutch_speaker_in_norway_gets_norwegian_numbers_in_dutch() {
    let lines = lines(Locale::Nl, Country::Norway);
    assert_eq!(lines[0].display, "113");
    assert!(
        lines[0].label.starts_with("Medische noodhulp"),
        "{}",
        lines[0].label
    );
    assert_eq!(lines[0].call, "Bel 113");
    let in_the_netherlands = label_of(Locale::Nb, Country::Netherlands, "113");
    assert!(
        in_the_netherlands.contains("selvmordsforebygging"),
        "{in_the_netherlands}"
    );
}

fn label_of(locale: Locale, country: Country, number: &str) -> String {
    lines(locale, country)
        .into_iter()
        .find(|l| l.display == number)
        .map(|l| l.label)
        .unwrap_or_default()
}

#[test]
fn elsewhere_there_is_112_and_a_request_to_add_local_numbers() {
    let lines = lines(Locale::En, Country::Other);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].display, "112");
    assert_eq!(lines[0].call, "Call 112");
    assert!(add_local_numbers(Locale::En, Country::Other).contains("Add the crisis numbers"));
    assert!(add_local_numbers(Locale::Nb, Country::Norway).contains("lokale numre"));
}

#[test]
fn every_crisis_label_exists_in_every_language() {
    for country in Country::ALL {
        for number in defaults(*country) {
            for locale in Locale::ALL {
                assert!(
                    Catalogue::get().has(*locale, number.label_id),
                    "{locale} {}",
                    number.label_id
                );
            }
        }
    }
}
