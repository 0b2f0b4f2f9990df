//! The rules of DESIGN.md section 4 for one day, except "amber for a week", which needs the
//! days before and lives in [`crate::evaluate`].
//!
//! Each rule is a small function that returns its reason when it is met, so a reason always
//! names exactly the days that met the rule.

use imr_protocol::{Direction, Medication, Reason, WarningLevel, WarningRule};

use crate::baseline::{Measure, Window};
use crate::input::{Day, History, Plan, SignRule};

/// How the one-day rules judged a day: the level before "amber for a week", and why.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Judgement {
    pub(crate) level: WarningLevel,
    pub(crate) reasons: Vec<Reason>,
}

/// Judges day `d` (a day number) by every one-day rule, in the order of precedence.
pub(crate) fn judge(plan: &Plan, history: &History, d: i32) -> Judgement {
    let mut red = red_flag_signs(plan, history, d);
    red.extend(several_signs(plan, history, d));
    let check_ins: Vec<&Day> = history
        .between(d - 6, d)
        .iter()
        .filter(|day| day.check_in)
        .collect();
    if check_ins.len() < 2 {
        if !red.is_empty() {
            return Judgement {
                level: WarningLevel::Red,
                reasons: red,
            };
        }
        let dates = check_ins.iter().map(|day| day.date).collect();
        return Judgement {
            level: WarningLevel::Unknown,
            reasons: vec![reason(WarningRule::TooLittleData, None, dates)],
        };
    }
    let mut amber = signs_at_threshold(plan, &check_ins, &red);
    amber.extend(stress_above_usual(plan, history, d));
    amber.extend(mood_away_from_usual(plan, history, d));
    amber.extend(sleep_below_usual(plan, history, d));
    amber.extend(sleep_extreme(plan, history, d));
    amber.extend(medication_not_as_agreed(plan, history, d));
    let level = match (red.is_empty(), amber.is_empty()) {
        (false, _) => WarningLevel::Red,
        (true, false) => WarningLevel::Amber,
        (true, true) => WarningLevel::Green,
    };
    red.extend(amber);
    Judgement {
        level,
        reasons: red,
    }
}

/// A red-flag sign at or above its threshold on any day D-2..D, check-in day or not.
fn red_flag_signs(plan: &Plan, history: &History, d: i32) -> Vec<Reason> {
    let days = history.between(d - 2, d);
    plan.signs
        .iter()
        .filter(|sign| sign.red_flag)
        .filter_map(|sign| {
            let dates: Vec<_> = days
                .iter()
                .filter(|day| at_threshold(day, sign))
                .map(|day| day.date)
                .collect();
            (!dates.is_empty()).then(|| sign_reason(WarningRule::RedFlagSign, sign, dates))
        })
        .collect()
}

/// Two or more signs (any) at or above their thresholds on each of 3 consecutive days.
fn several_signs(plan: &Plan, history: &History, d: i32) -> Option<Reason> {
    let days = streak(plan, history, d, |day| {
        plan.signs
            .iter()
            .filter(|sign| at_threshold(day, sign))
            .nth(1)
            .is_some()
    });
    (days.len() >= 3).then(|| reason(WarningRule::SeveralSigns, None, dates(&days)))
}

/// A sign at or above its threshold on 2 of the last 3 check-in days (of D-6..D). A sign
/// already named by a red-flag reason is not named again.
fn signs_at_threshold(plan: &Plan, check_ins: &[&Day], red: &[Reason]) -> Vec<Reason> {
    let last_three = &check_ins[check_ins.len().saturating_sub(3)..];
    plan.signs
        .iter()
        .filter(|sign| {
            !red.iter()
                .any(|r| r.rule == WarningRule::RedFlagSign && r.sign_id == Some(sign.id))
        })
        .filter_map(|sign| {
            let dates: Vec<_> = last_three
                .iter()
                .filter(|day| at_threshold(day, sign))
                .map(|day| day.date)
                .collect();
            (dates.len() >= 2).then(|| sign_reason(WarningRule::SignAtThreshold, sign, dates))
        })
        .collect()
}

/// Stress at least 2 points above its baseline on 3 consecutive days.
fn stress_above_usual(plan: &Plan, history: &History, d: i32) -> Option<Reason> {
    let (days, _) = judged_run(plan, history, d, Measure::Stress, |v, usual| {
        v - usual >= 2.0
    })?;
    Some(reason(
        WarningRule::StressAboveUsual,
        Some(Direction::Above),
        dates(&days),
    ))
}

/// Mood at least 3 points away from its baseline, either way, on 3 consecutive days.
fn mood_away_from_usual(plan: &Plan, history: &History, d: i32) -> Option<Reason> {
    let (days, usual) = judged_run(plan, history, d, Measure::Mood, |v, usual| {
        (v - usual).abs() >= 3.0
    })?;
    let direction = direction_of(
        days.iter()
            .filter_map(|day| Measure::Mood.value(day))
            .map(|m| m > usual),
    );
    Some(reason(
        WarningRule::MoodAwayFromUsual,
        Some(direction),
        dates(&days),
    ))
}

/// Sleep at least 2 hours below its baseline on 3 consecutive nights.
fn sleep_below_usual(plan: &Plan, history: &History, d: i32) -> Option<Reason> {
    let (days, _) = judged_run(plan, history, d, Measure::Sleep, |v, usual| {
        usual - v >= 2.0
    })?;
    Some(reason(
        WarningRule::SleepBelowUsual,
        Some(Direction::Below),
        dates(&days),
    ))
}

/// Under 4 or over 12 hours of sleep on 2 consecutive nights.
fn sleep_extreme(plan: &Plan, history: &History, d: i32) -> Option<Reason> {
    let extreme = |h: f32| !(4.0..=12.0).contains(&h);
    let days = streak(plan, history, d, |day| {
        day.record.sleep_hours.is_some_and(extreme)
    });
    if days.len() < 2 {
        return None;
    }
    let direction = direction_of(
        days.iter()
            .filter_map(|day| day.record.sleep_hours)
            .map(|h| h > 12.0),
    );
    Some(reason(
        WarningRule::SleepExtreme,
        Some(direction),
        dates(&days),
    ))
}

/// Medication "no" or "partly" on 3 consecutive days.
fn medication_not_as_agreed(plan: &Plan, history: &History, d: i32) -> Option<Reason> {
    let days = streak(plan, history, d, |day| {
        matches!(
            day.record.medication,
            Some(Medication::No | Medication::Partly)
        )
    });
    (days.len() >= 3).then(|| reason(WarningRule::MedicationNotAsAgreed, None, dates(&days)))
}

/// The longest run of at least 3 days ending on `d` whose every value `meets` the baseline
/// of the window before the run, and that baseline.
///
/// Judging the whole run against the days before it, not just its last 3 days, is what keeps
/// an episode from raising its own baseline: on the tenth stressful day the baseline is
/// still that of the calm weeks before. Runs are considered up to the baseline window's
/// length (a change that lasts longer has become the participant's usual), and a run longer
/// than 3 days only against a baseline of the participant's own values, never the default
/// (else a new participant whose usual differs from the default would stay amber for weeks).
fn judged_run<'h>(
    plan: &Plan,
    history: &'h History,
    d: i32,
    measure: Measure,
    meets: impl Fn(f32, f32) -> bool,
) -> Option<(Vec<&'h Day>, f32)> {
    let present = streak(plan, history, d, |day| measure.value(day).is_some());
    let values: Vec<f32> = present
        .iter()
        .filter_map(|day| measure.value(day))
        .collect();
    let mut best = None;
    if values.len() < 3 {
        return None;
    }
    let mut window = Window::before(plan, history, measure, d - 2);
    for len in 3..=values.len() {
        if len > 3 {
            window.stretch_run_back();
        }
        let usual = window.baseline();
        // Only the 3-day run may be judged against the default; reaching further back is
        // for finding the participant's own usual level from before an episode.
        if len > 3 && !usual.from_data {
            continue;
        }
        if values[values.len() - len..]
            .iter()
            .all(|v| meets(*v, usual.value))
        {
            best = Some((len, usual.value));
        }
    }
    best.map(|(len, usual)| (present[present.len() - len..].to_vec(), usual))
}

/// The consecutive days ending on `d` (oldest first) that each have a check-in and pass
/// `keep`; a missing day or a failing day ends the streak. At most a baseline window long,
/// which bounds both the work and the dates a reason lists.
fn streak<'h>(
    plan: &Plan,
    history: &'h History,
    d: i32,
    keep: impl Fn(&Day) -> bool,
) -> Vec<&'h Day> {
    let cap = i32::from(plan.settings.baseline_window_days);
    let mut out: Vec<&Day> = Vec::new();
    let mut expected = d;
    for day in history.between(d - cap + 1, d).iter().rev() {
        if day.n != expected || !keep(day) {
            break;
        }
        out.push(day);
        expected -= 1;
    }
    out.reverse();
    out
}

/// Whether the day rated `sign` at or above its threshold.
fn at_threshold(day: &Day, sign: &SignRule) -> bool {
    day.record
        .signs
        .get(&sign.id)
        .is_some_and(|rating| *rating >= sign.threshold)
}

/// Above when every value is above, below when every one is below, else both.
fn direction_of(above: impl Iterator<Item = bool>) -> Direction {
    let (mut up, mut down) = (false, false);
    for is_above in above {
        if is_above {
            up = true;
        } else {
            down = true;
        }
    }
    match (up, down) {
        (true, false) => Direction::Above,
        (false, true) => Direction::Below,
        _ => Direction::Both,
    }
}

fn dates(days: &[&Day]) -> Vec<jiff::civil::Date> {
    days.iter().map(|day| day.date).collect()
}

fn sign_reason(rule: WarningRule, sign: &SignRule, dates: Vec<jiff::civil::Date>) -> Reason {
    Reason {
        rule,
        sign_id: Some(sign.id),
        sign_label: Some(sign.label.clone()),
        direction: None,
        dates,
    }
}

/// A reason about a measure or about the days themselves (no single sign).
pub(crate) fn reason(
    rule: WarningRule,
    direction: Option<Direction>,
    dates: Vec<jiff::civil::Date>,
) -> Reason {
    Reason {
        rule,
        sign_id: None,
        sign_label: None,
        direction,
        dates,
    }
}
