//! Line charts as inline SVG: one value per day, gaps where a day has no value, no script.

use jiff::ToSpan;
use jiff::civil::Date;
use maud::{Markup, html};

const W: f64 = 360.0;
const H: f64 = 140.0;
const PAD_L: f64 = 28.0;
const PAD_B: f64 = 18.0;
const PAD_T: f64 = 8.0;

/// One chart: a title, a value range and a value (or none) for each day from `first` on.
pub struct Series<'a> {
    /// Heading and accessible name.
    pub title: &'a str,
    /// The lowest and highest value on the axis.
    pub range: (f64, f64),
    /// The first day.
    pub first: Date,
    /// One entry per day.
    pub values: Vec<Option<f64>>,
}

fn x(i: usize, n: usize) -> f64 {
    PAD_L
        + (W - PAD_L - 4.0)
            * if n <= 1 {
                0.0
            } else {
                i as f64 / (n - 1) as f64
            }
}

fn y(v: f64, (lo, hi): (f64, f64)) -> f64 {
    let frac = if hi > lo {
        ((v - lo) / (hi - lo)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    PAD_T + (H - PAD_T - PAD_B) * (1.0 - frac)
}

/// Runs of consecutive days with values, as SVG polyline point lists.
fn runs(s: &Series) -> Vec<String> {
    let n = s.values.len();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, v) in s.values.iter().enumerate() {
        match v {
            Some(v) => current.push_str(&format!("{:.1},{:.1} ", x(i, n), y(*v, s.range))),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The chart.
pub fn chart(s: &Series) -> Markup {
    let n = s.values.len();
    let (lo, hi) = s.range;
    let ticks = [lo, (lo + hi) / 2.0, hi];
    let last = s
        .first
        .checked_add((n.max(1) as i64 - 1).days())
        .unwrap_or(s.first);
    html! {
        figure {
            figcaption { (s.title) }
            svg.chart viewBox={ "0 0 " (W) " " (H) } role="img" aria-label=(s.title) xmlns="http://www.w3.org/2000/svg" {
                @for tick in ticks {
                    line.grid x1=(PAD_L) x2=(W) y1=(y(tick, s.range)) y2=(y(tick, s.range)) {}
                    text x="2" y=(y(tick, s.range) + 3.0) { (tick) }
                }
                text x=(PAD_L) y=(H - 4.0) { (s.first) }
                text x=(W - 60.0) y=(H - 4.0) { (last) }
                @for points in runs(s) {
                    @if points.matches(' ').count() == 1 {
                        @let (px, py) = points.trim().split_once(',').unwrap_or(("0", "0"));
                        circle.dot cx=(px) cy=(py) r="2" {}
                    } @else {
                        polyline.line points=(points) {}
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_missing_day_breaks_the_line() {
        let s = Series {
            title: "Stress",
            range: (0.0, 10.0),
            first: date(2026, 3, 1),
            values: vec![Some(1.0), Some(2.0), None, Some(5.0), Some(6.0)],
        };
        assert_eq!(runs(&s).len(), 2);
        let svg = chart(&s).into_string();
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains("2026-03-05"));
    }

    #[test]
    fn values_outside_the_range_stay_inside_the_chart() {
        assert_eq!(y(20.0, (0.0, 10.0)), PAD_T);
        assert_eq!(y(-3.0, (0.0, 10.0)), H - PAD_B);
    }
}
