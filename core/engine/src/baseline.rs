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

/// The baseline of `measure` for a run that starts on day `run_start` (a day number).
pub(crate) fn baseline(
    plan: &Plan,
    history: &History,
    measure: Measure,
    run_start: i32,
) -> Baseline {
    let window = i32::from(plan.settings.baseline_window_days);
    let mut values: Vec<f32> = history
        .between(run_start - window, run_start - 1)
        .iter()
        .filter_map(|day| measure.value(day))
        .collect();
    if values.len() < MIN_BASELINE_VALUES {
        let value = match measure {
            Measure::Stress | Measure::Mood => DEFAULT_STRESS_MOOD_BASELINE,
            Measure::Sleep => plan.default_sleep(),
        };
        return Baseline {
            value,
            from_data: false,
        };
    }
    values.sort_by(f32::total_cmp);
    Baseline {
        value: median(&values),
        from_data: true,
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
    use super::median;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&[1.0, 2.0, 3.0]), 2.0);
        assert_eq!(median(&[1.0, 2.0, 4.0, 9.0]), 3.0);
        assert_eq!(median(&[7.5]), 7.5);
    }
}
