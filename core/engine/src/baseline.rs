//! The baseline of a measure: the participant's usual level, against which a run of days is
//! judged.
//!
//! It is the median of the measure on the window of days (28 by default) before the run
//! being judged, so the days of a run never raise their own baseline. With fewer than
//! [`MIN_BASELINE_VALUES`] values it falls back to a default (stress 5, mood 5, sleep the
//! participant's usual sleep or 7.5 h), because a median of a handful of days says little.

use crate::input::{DEFAULT_STRESS_MOOD_BASELINE, Day, History, MIN_BASELINE_VALUES, Plan};

/// The measures that have a baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Measure {
    /// Stress 0-10.
    Stress,
    /// Mood 0-10.
    Mood,
    /// Hours of sleep.
    Sleep,
}

impl Measure {
    /// The measure's value on a day, if it was rated.
    pub(crate) fn value(self, day: &Day) -> Option<f32> {
        match self {
            Measure::Stress => day.record.stress.map(f32::from),
            Measure::Mood => day.record.mood.map(f32::from),
            Measure::Sleep => day.record.sleep_hours,
        }
    }
}

/// A baseline, and whether it is a median of the participant's own values (rather than the
/// default used when there are too few).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Baseline {
    pub(crate) value: f32,
    pub(crate) from_data: bool,
}

/// The window of days before a run, kept sorted, so the run can be stretched back one day
/// at a time at the cost of one removal and one insertion rather than a new sort.
pub(crate) struct Window<'a> {
    plan: &'a Plan,
    history: &'a History,
    measure: Measure,
    /// The first day of the run (day number); the window is the days before it.
    run_start: i32,
    sorted: Vec<f32>,
}

impl<'a> Window<'a> {
    /// The window before a run that starts on day `run_start`.
    pub(crate) fn before(
        plan: &'a Plan,
        history: &'a History,
        measure: Measure,
        run_start: i32,
    ) -> Self {
        let length = i32::from(plan.settings.baseline_window_days);
        let mut sorted: Vec<f32> = history
            .between(run_start - length, run_start - 1)
            .iter()
            .filter_map(|day| measure.value(day))
            .collect();
        sorted.sort_by(f32::total_cmp);
        Self {
            plan,
            history,
            measure,
            run_start,
            sorted,
        }
    }

    /// Moves the run's start one day back: that day leaves the window, and the day one
    /// window-length before it enters.
    pub(crate) fn stretch_run_back(&mut self) {
        let length = i32::from(self.plan.settings.baseline_window_days);
        self.run_start -= 1;
        if let Some(leaving) = self.value_on(self.run_start)
            && let Ok(at) = self.sorted.binary_search_by(|v| v.total_cmp(&leaving))
        {
            self.sorted.remove(at);
        }
        if let Some(entering) = self.value_on(self.run_start - length) {
            let at = self
                .sorted
                .partition_point(|v| v.total_cmp(&entering).is_lt());
            self.sorted.insert(at, entering);
        }
    }

    fn value_on(&self, n: i32) -> Option<f32> {
        self.history
            .between(n, n)
            .first()
            .and_then(|day| self.measure.value(day))
    }

    /// The baseline for the run as it now starts.
    pub(crate) fn baseline(&self) -> Baseline {
        if self.sorted.len() < MIN_BASELINE_VALUES {
            let value = match self.measure {
                Measure::Stress | Measure::Mood => DEFAULT_STRESS_MOOD_BASELINE,
                Measure::Sleep => self.plan.default_sleep(),
            };
            return Baseline {
                value,
                from_data: false,
            };
        }
        Baseline {
            value: median(&self.sorted),
            from_data: true,
        }
    }
}

/// The middle value of sorted values, or the mean of the two middle ones.
fn median(sorted: &[f32]) -> f32 {
    let mid = sorted.len() / 2;
    match (sorted.get(mid.wrapping_sub(1)), sorted.get(mid)) {
        (Some(low), Some(high)) if sorted.len().is_multiple_of(2) => (low + high) / 2.0,
        (_, Some(middle)) => *middle,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{DayRecord, EngineSettings};
    use jiff::civil::date;

    #[test]
    fn a_stretched_window_is_the_window_before_the_earlier_start() {
        let plan = Plan::new(
            EngineSettings {
                baseline_window_days: 7,
                ..Default::default()
            },
            vec![],
        )
        .expect("valid plan");
        // Sixty days with gaps, repeats and missing fields.
        let records = (0..60i64).filter(|i| i % 7 != 3).map(|i| DayRecord {
            stress: (i % 5 != 0).then_some((i * 7 % 11) as u8 % 11),
            ..DayRecord::on(date(2026, 1, 1) + jiff::Span::new().days(i))
        });
        let history = History::new(records).expect("valid");
        let end = crate::input::day_number(date(2026, 2, 25));
        let mut stretched = Window::before(&plan, &history, Measure::Stress, end);
        for back in 1..40 {
            stretched.stretch_run_back();
            let fresh = Window::before(&plan, &history, Measure::Stress, end - back);
            assert_eq!(stretched.sorted, fresh.sorted, "{back} days back");
            assert_eq!(stretched.baseline(), fresh.baseline());
        }
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&[1.0, 2.0, 3.0]), 2.0);
        assert_eq!(median(&[1.0, 2.0, 4.0, 9.0]), 3.0);
        assert_eq!(median(&[7.5]), 7.5);
    }
}
