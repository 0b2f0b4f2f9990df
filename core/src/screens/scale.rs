//! The Scale screen: IMR Scale history, and the latest self-rating next to the latest
//! clinician rating item by item. Only the mean of answered items is reported; no subscale
//! norms are invented (DESIGN.md s3).

use imr_content::{FluentValue, dates, scale, tr, tr_args};
use imr_protocol::{Locale, ScaleItem};
use uuid::Uuid;

use crate::error::Result;
use crate::records::scale::{RatedBy, ScaleAnswer, ScaleRating};
use crate::records::settings;
use crate::store::Store;

/// One time the scale was answered.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleTaking {
    /// The rating record.
    pub id: Uuid,
    /// "Answered on ...".
    pub date_text: String,
    /// "Your rating" / "Your clinician's rating".
    pub rater: String,
    /// Whether the clinician rated (for the shell's column).
    pub by_clinician: bool,
    /// Mean of the answered items (1-5), absent when none was answered.
    pub mean: Option<f64>,
    /// The mean as the locale writes it, one decimal ("3.4", "3,4").
    pub mean_text: Option<String>,
}

/// One item with the latest answers side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScaleItemRow {
    /// The item by stable id.
    pub item: ScaleItem,
    /// Its short title.
    pub title: String,
    /// The participant's latest score 1-5.
    pub self_score: Option<u8>,
    /// Its anchor text or "Does not apply to me"; absent when not answered (a dash).
    pub self_answer: Option<String>,
    /// The clinician's latest score 1-5.
    pub clinician_score: Option<u8>,
    /// Its anchor text or "Does not apply to me"; absent when not answered (a dash).
    pub clinician_answer: Option<String>,
}

/// Everything the Scale screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleModel {
    /// "IMR Scale".
    pub title: String,
    /// When to answer.
    pub when_text: String,
    /// The unofficial-translation note (empty in English when not needed).
    pub wording_note: String,
    /// Column headings.
    pub self_heading: String,
    /// Column heading for the clinician.
    pub clinician_heading: String,
    /// "Average of the questions you answered".
    pub mean_heading: String,
    /// Every taking, both raters, newest first.
    pub history: Vec<ScaleTaking>,
    /// The 15 items, latest answers side by side.
    pub items: Vec<ScaleItemRow>,
}

/// One decimal with the locale's decimal mark.
fn decimal(locale: Locale, value: f64) -> String {
    let text = format!("{value:.1}");
    match locale {
        Locale::En => text,
        _ => text.replace('.', ","),
    }
}

fn answer_text(
    locale: Locale,
    item: ScaleItem,
    rating: Option<&ScaleRating>,
) -> (Option<u8>, Option<String>) {
    let answer = rating.and_then(|r| r.answers.iter().find(|a| a.item == item).map(|a| a.answer));
    match answer {
        Some(ScaleAnswer::Score(s)) => (Some(s), scale::anchor(locale, item, i64::from(s))),
        Some(ScaleAnswer::NotApplicable) => (
            None,
            Some(
                scale::not_applicable(locale, item)
                    .unwrap_or_else(|| tr(locale, "scale-not-applicable")),
            ),
        ),
        None => (None, None),
    }
}

pub(super) fn build(store: &Store) -> Result<ScaleModel> {
    let locale = store.read(settings::load)?.locale;
    let mut ratings = store.scale().list()?;
    ratings.sort_by_key(|r| std::cmp::Reverse(r.taken_on));
    let latest_self = ratings.iter().find(|r| r.rated_by == RatedBy::Participant);
    let latest_clinician = ratings
        .iter()
        .find(|r| matches!(r.rated_by, RatedBy::Clinician { .. }));
    let items = ScaleItem::ALL
        .iter()
        .map(|item| {
            let (self_score, self_answer) = answer_text(locale, *item, latest_self);
            let (clinician_score, clinician_answer) = answer_text(locale, *item, latest_clinician);
            ScaleItemRow {
                item: *item,
                title: scale::title(locale, *item),
                self_score,
                self_answer,
                clinician_score,
                clinician_answer,
            }
        })
        .collect();
    let history = ratings
        .iter()
        .map(|r| {
            let by_clinician = matches!(r.rated_by, RatedBy::Clinician { .. });
            ScaleTaking {
                id: r.id,
                date_text: tr_args(
                    locale,
                    "scale-taken-on",
                    &[(
                        "date",
                        FluentValue::from(dates::day_with_year(locale, r.taken_on)),
                    )],
                ),
                rater: tr(
                    locale,
                    if by_clinician {
                        "scale-clinician"
                    } else {
                        "scale-self"
                    },
                ),
                by_clinician,
                mean: r.mean,
                mean_text: r.mean.map(|m| decimal(locale, m)),
            }
        })
        .collect();
    Ok(ScaleModel {
        title: tr(locale, "scale-heading"),
        when_text: tr(locale, "scale-when"),
        wording_note: scale::wording_note(locale),
        self_heading: tr(locale, "scale-self"),
        clinician_heading: tr(locale, "scale-clinician"),
        mean_heading: tr(locale, "scale-mean"),
        history,
        items,
    })
}
