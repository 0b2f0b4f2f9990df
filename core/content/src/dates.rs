//! Days and lists of days in the reader's language: "22 March" / "22. mars" / "22 maart", and
//! "22, 23 and 24 March" / "22., 23. og 24. mars" / "22, 23 en 24 maart".
//!
//! The words and punctuation come from `dates.ftl`, so each language writes dates its own way;
//! this module only decides which day carries the month (the last of each month in a list).

use imr_protocol::Locale;
use jiff::civil::Date;

use crate::FluentValue;
use crate::catalogue::{tr, tr_args};

fn month(locale: Locale, date: Date) -> String {
    tr(locale, &format!("month-{}", date.month()))
}

fn number(date: Date) -> FluentValue<'static> {
    FluentValue::from(date.day().to_string())
}

/// A day with its month: "22 March", "22. mars", "22 maart".
pub fn day(locale: Locale, date: Date) -> String {
    tr_args(
        locale,
        "date-day",
        &[("day", number(date)), ("month", month(locale, date).into())],
    )
}

/// A day with its month and year: "22 March 2026", "22. mars 2026", "22 maart 2026".
pub fn day_with_year(locale: Locale, date: Date) -> String {
    let year = FluentValue::from(date.year().to_string());
    tr_args(
        locale,
        "date-day-year",
        &[
            ("day", number(date)),
            ("month", month(locale, date).into()),
            ("year", year),
        ],
    )
}

/// Days as one phrase, oldest first, naming each month once after its last day: "22, 23 and
/// 24 March", "30, 31 March and 1 April". Repeated days are named once. When the days span
/// more than one year, each month also carries its year.
pub fn day_list(locale: Locale, dates: &[Date]) -> String {
    let mut days = dates.to_vec();
    days.sort();
    days.dedup();
    let with_year = days.first().map(|d| d.year()) != days.last().map(|d| d.year());
    let items: Vec<String> = days
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let last_of_month = days
                .get(i + 1)
                .is_none_or(|next| (next.year(), next.month()) != (date.year(), date.month()));
            match (last_of_month, with_year) {
                (false, _) => tr_args(locale, "date-day-number", &[("day", number(*date))]),
                (true, false) => day(locale, *date),
                (true, true) => day_with_year(locale, *date),
            }
        })
        .collect();
    list(locale, items)
}

/// Joins texts as a list in the reader's language: "a, b and c", "a, b og c", "a, b en c".
pub fn list(locale: Locale, items: Vec<String>) -> String {
    let mut items = items.into_iter();
    let Some(last) = items.next_back() else {
        return String::new();
    };
    let Some(first) = items.next() else {
        return last;
    };
    let head = items.fold(first, |head, next| {
        tr_args(
            locale,
            "list-middle",
            &[("head", head.into()), ("next", next.into())],
        )
    });
    tr_args(
        locale,
        "list-end",
        &[("head", head.into()), ("last", last.into())],
    )
}
