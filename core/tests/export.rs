//! Exports: the check-in CSV (RFC 4180, the participant's language) and the printable plan.

#![allow(clippy::unwrap_used)]

mod common;
mod filled;

use common::{Fixture, KEY, oslo_settings};
use imr_protocol::{Country, Locale};
use jiff::civil::date;

fn filled() -> Fixture {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    filled::fill(&fx.store, &fx.path(), &KEY);
    fx
}

/// A strict RFC 4180 reader, written independently of the exporter.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "text ends with CRLF");
    rows
}

#[test]
fn the_csv_has_one_row_a_day_and_notes_with_commas_quotes_and_new_lines_survive() {
    let fx = filled();
    let text = fx
        .store
        .check_ins_csv(date(2026, 5, 1), date(2026, 5, 31))
        .unwrap();
    let rows = parse_csv(&text);
    let header = &rows[0];
    assert_eq!(header[0], "Dag", "Norwegian column names");
    assert_eq!(header[2], "Stressnivå (0-10)");
    assert!(header.contains(&"Varseltegn: Sleeping less (0-3)".to_owned()));
    assert!(header.contains(&"Vedvarende symptom: Hearing voices (0-3)".to_owned()));
    assert!(
        rows.iter().all(|r| r.len() == header.len()),
        "every row has every column"
    );
    // Four days left (the 8th was deleted), one row each, oldest first.
    let days: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        days,
        ["2026-05-09", "2026-05-10", "2026-05-11", "2026-05-12"]
    );
    let note = header.iter().position(|h| h == "Notat").unwrap();
    assert_eq!(
        rows[1][note],
        "Day 9, with a comma, a \"quote\"\nand a new line <b>"
    );
    let tenth = &rows[2];
    assert_eq!(
        (tenth[2].as_str(), tenth[3].as_str(), tenth[4].as_str()),
        ("5", "4", "6.5")
    );
    assert_eq!(tenth[6], "Ja");
    let coping = header
        .iter()
        .position(|h| h == "Mestringsstrategier brukt")
        .unwrap();
    assert_eq!(tenth[coping], "A walk, \"long\" one (hjalp 2 av 3)");
}

#[test]
fn a_note_that_looks_like_a_formula_is_defused() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    fx.store
        .check_ins()
        .save(&imr_core::CheckInInput {
            note: Some("=HYPERLINK(\"http://x\")".into()),
            ..imr_core::CheckInInput {
                day: date(2026, 5, 12),
                ..Default::default()
            }
        })
        .unwrap();
    let rows = parse_csv(
        &fx.store
            .check_ins_csv(date(2026, 5, 12), date(2026, 5, 12))
            .unwrap(),
    );
    assert_eq!(rows[1].last().unwrap(), "'=HYPERLINK(\"http://x\")");
}

#[test]
fn the_plan_document_holds_the_plan_the_crisis_numbers_and_escapes_participant_text() {
    let fx = filled();
    let html = fx.store.plan_document().unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"nb\">"));
    assert!(html.contains("@media print"));
    for text in [
        "Min plan",
        "Dette gjør jeg ved gult",
        "Go to bed at ten",
        "Skip coffee",
        "Call the DPS acute team",
        "Ola Nordmann",
        "Arguments at home",
        "Sleeping less",
        "dette alene betyr: handle nå",
        "Versjon 2",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    // Norway's numbers, by the country setting.
    for number in ["113", "116 117", "116 123", "22 40 00 40", "22 11 11 11"] {
        assert!(
            html.contains(&format!("<strong>{number}</strong>")),
            "missing {number}"
        );
    }
    assert!(html.contains("Kari &lt;Sister&gt;") && !html.contains("<Sister>"));
    assert!(html.contains("Calls me &amp; visits"));
    assert!(
        !html.contains("Crowds"),
        "deleted triggers are not in the plan"
    );
}

#[test]
fn the_plan_document_follows_the_language_and_the_country_separately() {
    let fx = filled();
    fx.store
        .settings()
        .save(&imr_core::Settings {
            locale: Locale::En,
            country: Country::Netherlands,
            ..oslo_settings()
        })
        .unwrap();
    let html = fx.store.plan_document().unwrap();
    assert!(html.contains("<html lang=\"en\">") && html.contains("What I do at amber"));
    assert!(html.contains("<strong>0800-0113</strong>") && !html.contains("116 117"));
    let empty = Fixture::at("2026-05-12T10:00:00Z");
    let html = empty.store.plan_document().unwrap();
    assert!(
        html.contains("Det er ingen lagret plan ennå.") && html.contains("<strong>113</strong>")
    );
}
