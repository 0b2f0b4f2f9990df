//! The bounds every input obeys, for the apps' sliders, pickers and character counters.
//! Taken from `imr_protocol::limits` so the app, the core and the clinic never disagree.

use imr_protocol::limits as l;

/// The input bounds shared by the phone and the clinic.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Limits {
    /// Longest title, name or short label, in characters.
    pub title_max_chars: u32,
    /// Longest note or other free text, in characters.
    pub note_max_chars: u32,
    /// Longest phone number as typed, in characters.
    pub phone_max_chars: u32,
    /// Most items in a list field.
    pub list_max_items: u32,
    /// Stress and mood are rated 0 to this.
    pub stress_mood_max: i64,
    /// Sleep quality is rated 0 to this.
    pub sleep_quality_max: i64,
    /// Hours of sleep, 0 to this, in half hours.
    pub sleep_hours_max: f64,
    /// Warning-sign, symptom and coping ratings are 0 to this.
    pub rating_max: i64,
    /// Goal follow-up progress is 0 to this.
    pub progress_max: i64,
    /// IMR Scale answers start here.
    pub scale_answer_min: i64,
    /// IMR Scale answers end here.
    pub scale_answer_max: i64,
    /// A check-in can be filled in afterwards for up to this many days before today.
    pub backfill_days: i64,
    /// A new warning sign's threshold unless the participant picks another.
    pub default_sign_threshold: i64,
    /// Shortest baseline window, in days.
    pub baseline_window_min_days: i64,
    /// Baseline window unless agreed otherwise, in days.
    pub baseline_window_default_days: i64,
    /// Longest baseline window, in days.
    pub baseline_window_max_days: i64,
}

/// The input bounds, so the app can constrain its controls before the core has to refuse.
#[uniffi::export]
pub fn limits() -> Limits {
    let (window_min, window_default, window_max) = l::BASELINE_WINDOW_DAYS;
    Limits {
        title_max_chars: count(l::TITLE_MAX_CHARS),
        note_max_chars: count(l::NOTE_MAX_CHARS),
        phone_max_chars: count(l::PHONE_MAX_CHARS),
        list_max_items: count(l::LIST_MAX_ITEMS),
        stress_mood_max: l::STRESS_MOOD_MAX,
        sleep_quality_max: l::SLEEP_QUALITY_MAX,
        sleep_hours_max: l::SLEEP_HOURS_MAX,
        rating_max: l::RATING_MAX,
        progress_max: l::PROGRESS_MAX,
        scale_answer_min: l::SCALE_ANSWER_MIN,
        scale_answer_max: l::SCALE_ANSWER_MAX,
        backfill_days: l::BACKFILL_DAYS,
        default_sign_threshold: l::DEFAULT_SIGN_THRESHOLD,
        baseline_window_min_days: window_min,
        baseline_window_default_days: window_default,
        baseline_window_max_days: window_max,
    }
}

/// The protocol's counts are small constants; saturate rather than fail if one ever grows.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_get_the_protocols_bounds() {
        let limits = limits();
        assert_eq!(limits.stress_mood_max, 10);
        assert_eq!(limits.title_max_chars, 200);
        assert_eq!(
            (
                limits.baseline_window_min_days,
                limits.baseline_window_max_days
            ),
            (7, 90)
        );
    }
}
