//! Participant texts avoid blame, stigma and jargon (shared/GLOSSARY.md section 1).

use imr_content::inventory::entries;
use imr_protocol::Locale;

/// Words and phrases that must not appear. A trailing `*` matches any word starting so.
fn avoided(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::En => &[
            "fail*",
            "non-compliant",
            "noncompliant",
            "non-compliance",
            "noncompliance",
            "compliance",
            "missed",
            "broken streak",
            "abuse*",
            "addict*",
            "junkie",
            "suffer*",
            "committed suicide",
            "schizophrenic",
            "the mentally ill",
            "baseline",
            "lapse",
            "should have",
        ],
        Locale::Nb => &[
            "mislyk*",
            "feil av deg",
            "etterlevelse",
            "medisinsvikt",
            "misbruk*",
            "rusmisbruker",
            "narkoman",
            "sprekk",
            "lider av",
            "begikk selvmord",
            "psykiatrisk pasient",
            "stemningsleie",
            "baseline",
            "schizofren",
            "brudd på",
        ],
        Locale::Nl => &[
            "mislukt",
            "gefaald",
            "faal*",
            "therapietrouw",
            "therapieontrouw",
            "misbruik*",
            "verslaafde",
            "junk",
            "lijdt aan",
            "zelfmoord plegen",
            "gepleegd",
            "psychiatrisch patiënt",
            "gek",
            "verward persoon",
            "herstellen",
            "baseline",
            "schizofreen",
        ],
    }
}

fn normalise(text: &str) -> String {
    let words: Vec<String> = text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    format!(" {} ", words.join(" "))
}

fn contains(normalised: &str, phrase: &str) -> bool {
    match phrase.strip_suffix('*') {
        Some(stem) => normalised.contains(&format!(" {stem}")),
        None => normalised.contains(&format!(" {phrase} ")),
    }
}

#[test]
fn no_text_uses_a_blaming_stigmatising_or_jargon_word() {
    let mut found = Vec::new();
    for locale in Locale::ALL {
        // The clinician dashboard (the server's area) may use clinical words such as
        // "episode"; everything else is read by participants.
        for entry in entries(*locale).iter().filter(|e| e.area != "dashboard") {
            let text = normalise(&entry.text);
            for phrase in avoided(*locale) {
                if contains(&text, phrase) {
                    found.push(format!(
                        "{locale} {}: {phrase:?} in {:?}",
                        entry.key(),
                        entry.text
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_screen_catches_the_words_it_lists() {
    assert!(contains(&normalise("You failed to check in."), "fail*"));
    assert!(contains(
        &normalise("Non-compliant with medication"),
        "non-compliant"
    ));
    assert!(contains(&normalise("Innsjekken mislyktes."), "mislyk*"));
    assert!(contains(&normalise("Het is gefaald"), "gefaald"));
    assert!(!contains(&normalise("Je hebt gekozen"), "gek"));
}
