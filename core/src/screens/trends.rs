//! The Trends screen: the figures of `crate::trends` with their labels and the period
//! choices, so a shell only draws lines and bars.

use imr_content::{FluentValue, tr, tr_args};

use super::parts::Choice;
use crate::error::Result;
use crate::records::settings;
use crate::store::Store;
use crate::trends::{Period, Point, Trends, WeekMeans};

/// One line of the chart with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesView {
    /// What it shows ("Stress", or the sign's text).
    pub label: String,
    /// One point per day; absent values are gaps.
    pub points: Vec<Point>,
}

/// A coping strategy in a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct CopingLine {
    /// Its title.
    pub title: String,
    /// "Used 4 times".
    pub uses_text: String,
    /// Mean helpfulness 0-3 (for a bar), if rated.
    pub mean_helpful: Option<f64>,
}

/// Everything the Trends screen shows for one period.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendsModel {
    /// "Trends".
    pub title: String,
    /// The three periods, the shown one selected (value: number of days).
    pub periods: Vec<Choice>,
    /// Present when the period has no check-ins: a kind line instead of empty charts.
    pub empty_text: Option<String>,
    /// "3 days with a check-in".
    pub check_in_days_text: String,
    /// Stress, mood and sleep.
    pub measures: Vec<SeriesView>,
    /// "Your warning signs".
    pub signs_heading: String,
    /// One line per sign.
    pub signs: Vec<SeriesView>,
    /// "Your persistent symptoms".
    pub symptoms_heading: String,
    /// One line per symptom.
    pub symptoms: Vec<SeriesView>,
    /// "Weekly averages".
    pub weeks_heading: String,
    /// Week by week.
    pub weeks: Vec<WeekMeans>,
    /// Medication adherence as a sentence, when medication was answered.
    pub medication_text: Option<String>,
    /// "Used most".
    pub most_used_heading: String,
    /// Most used first.
    pub most_used: Vec<CopingLine>,
    /// "Helped most".
    pub most_helpful_heading: String,
    /// Most helpful first.
    pub most_helpful: Vec<CopingLine>,
}

fn coping_lines(
    locale: imr_protocol::Locale,
    stats: &[crate::trends::CopingStat],
) -> Vec<CopingLine> {
    stats
        .iter()
        .map(|s| CopingLine {
            title: s.title.clone(),
            uses_text: tr_args(
                locale,
                "trends-coping-used",
                &[("count", FluentValue::from(s.uses))],
            ),
            mean_helpful: s.mean_helpful,
        })
        .collect()
}

pub(super) fn build(store: &Store, period: Period) -> Result<TrendsModel> {
    let settings = store.read(settings::load)?;
    let locale = settings.locale;
    let today = settings.day_of(store.now());
    let t: Trends = store.trends().of(period, today)?;
    let view = |label: String, points: Vec<Point>| SeriesView { label, points };
    Ok(TrendsModel {
        title: tr(locale, "trends-title"),
        periods: Period::ALL
            .iter()
            .map(|p| Choice {
                value: p.days().to_string(),
                label: tr_args(
                    locale,
                    "trends-period",
                    &[("days", FluentValue::from(p.days()))],
                ),
                selected: *p == period,
            })
            .collect(),
        empty_text: (t.check_in_days == 0).then(|| tr(locale, "trends-empty")),
        check_in_days_text: tr_args(
            locale,
            "check-in-days",
            &[("count", FluentValue::from(t.check_in_days))],
        ),
        measures: vec![
            view(tr(locale, "trends-stress"), t.stress),
            view(tr(locale, "trends-mood"), t.mood),
            view(tr(locale, "trends-sleep"), t.sleep),
        ],
        signs_heading: tr(locale, "checkin-signs"),
        signs: t
            .signs
            .into_iter()
            .map(|s| view(s.label, s.points))
            .collect(),
        symptoms_heading: tr(locale, "checkin-symptoms"),
        symptoms: t
            .symptoms
            .into_iter()
            .map(|s| view(s.label, s.points))
            .collect(),
        weeks_heading: tr(locale, "trends-weekly-means"),
        weeks: t.weeks,
        medication_text: t.adherence.percent.map(|p| {
            tr_args(
                locale,
                "trends-medication",
                &[("percent", FluentValue::from(p.round()))],
            )
        }),
        most_used_heading: tr(locale, "trends-coping-most-used"),
        most_used: coping_lines(locale, &t.coping_by_use),
        most_helpful_heading: tr(locale, "trends-coping-most-helpful"),
        most_helpful: coping_lines(locale, &t.coping_by_help),
    })
}
