//! The Today and Trends screen models, mirrored from `imr_core::screens`: every text already
//! localised in the settings' language, every number already computed.

use imr_core::screens as core;

use crate::convert;
use crate::screen_parts::{
    CallLine, Choice, CrisisView, LevelView, Point, RatingField, calls, choices, points,
};

/// Today's check-in form, filled with what was saved today.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CheckInForm {
    /// The participant's day the form is for (`YYYY-MM-DD`).
    pub day: String,
    /// Whether a check-in was saved for the day.
    pub filled: bool,
    /// A gentle text when nothing was saved yet.
    pub empty_text: Option<String>,
    /// "How was your day?".
    pub question: String,
    /// The stress question.
    pub stress_label: String,
    /// Stress 0-10, if given.
    pub stress: Option<i32>,
    /// The mood question.
    pub mood_label: String,
    /// Mood 0-10, if given.
    pub mood: Option<i32>,
    /// The sleep question.
    pub sleep_label: String,
    /// Hours slept, if given.
    pub sleep_hours: Option<f64>,
    /// Heading over the warning signs.
    pub signs_heading: String,
    /// The participant's warning signs to rate.
    pub signs: Vec<RatingField>,
    /// Heading over the persistent symptoms.
    pub symptoms_heading: String,
    /// The persistent symptoms to rate.
    pub symptoms: Vec<RatingField>,
    /// The medication question.
    pub medication_question: String,
    /// Yes, partly, no, the saved answer selected.
    pub medication: Vec<Choice>,
    /// The note, if written.
    pub note: Option<String>,
}

impl From<core::CheckInForm> for CheckInForm {
    fn from(f: core::CheckInForm) -> Self {
        CheckInForm {
            day: convert::date_text(f.day),
            filled: f.filled,
            empty_text: f.empty_text,
            question: f.question,
            stress_label: f.stress_label,
            stress: f.stress.map(i32::from),
            mood_label: f.mood_label,
            mood: f.mood.map(i32::from),
            sleep_label: f.sleep_label,
            sleep_hours: f.sleep_hours,
            signs_heading: f.signs_heading,
            signs: f.signs.into_iter().map(Into::into).collect(),
            symptoms_heading: f.symptoms_heading,
            symptoms: f.symptoms.into_iter().map(Into::into).collect(),
            medication_question: f.medication_question,
            medication: choices(f.medication),
            note: f.note,
        }
    }
}

/// A recovery goal whose follow-up is due.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct GoalDue {
    /// The goal's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// When it was last followed up, as text.
    pub last_follow_up: Option<String>,
}

/// Homework due soon.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct HomeworkDue {
    /// The homework's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// When it is due, as text.
    pub due_text: String,
    /// Who gave it.
    pub from: String,
}

/// A recent alert event as the participant reads it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct AlertView {
    /// The event's id (what `alerts().acknowledge` takes).
    pub id: String,
    /// What happened.
    pub title: String,
    /// When, as text.
    pub date_text: String,
    /// Whether a later event withdrew it.
    pub withdrawn: bool,
    /// When the participant acknowledged it, as text.
    pub acknowledged_text: Option<String>,
    /// What they noted they did.
    pub note: Option<String>,
    /// "Seen by your clinic on …", once the clinic's mark arrived.
    pub seen_text: Option<String>,
}

impl From<core::AlertView> for AlertView {
    fn from(a: core::AlertView) -> Self {
        AlertView {
            id: a.id.to_string(),
            title: a.title,
            date_text: a.date_text,
            withdrawn: a.withdrawn,
            acknowledged_text: a.acknowledged_text,
            note: a.note,
            seen_text: a.seen_text,
        }
    }
}

/// Today: at red the crisis numbers and supporter calls come first, then the level with its
/// reasons and steps, the check-in, what is due and a gentle streak.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct TodayModel {
    /// The screen title.
    pub title: String,
    /// Today's date as the participant reads it.
    pub date_text: String,
    /// At red only: the crisis numbers, shown first.
    pub crisis: Option<CrisisView>,
    /// At red only: supporters to call with one tap.
    pub supporters: Vec<CallLine>,
    /// The level with reasons and plan steps.
    pub level: LevelView,
    /// Today's check-in.
    pub check_in: CheckInForm,
    /// Heading over the goals due.
    pub goals_heading: String,
    /// Goals whose follow-up is due.
    pub goals_due: Vec<GoalDue>,
    /// Heading over the homework due.
    pub homework_heading: String,
    /// Homework due within the week.
    pub homework_due: Vec<HomeworkDue>,
    /// The check-in streak, said gently.
    pub streak_text: String,
    /// Heading over the recent alerts.
    pub alerts_heading: String,
    /// The newest alert events with acknowledgement and the clinic's seen mark.
    pub alerts: Vec<AlertView>,
}

impl From<core::TodayModel> for TodayModel {
    fn from(m: core::TodayModel) -> Self {
        TodayModel {
            title: m.title,
            date_text: m.date_text,
            crisis: m.crisis.map(Into::into),
            supporters: calls(m.supporters),
            level: m.level.into(),
            check_in: m.check_in.into(),
            goals_heading: m.goals_heading,
            goals_due: m
                .goals_due
                .into_iter()
                .map(|g| GoalDue {
                    id: g.id.to_string(),
                    title: g.title,
                    last_follow_up: g.last_follow_up,
                })
                .collect(),
            homework_heading: m.homework_heading,
            homework_due: m
                .homework_due
                .into_iter()
                .map(|h| HomeworkDue {
                    id: h.id.to_string(),
                    title: h.title,
                    due_text: h.due_text,
                    from: h.from,
                })
                .collect(),
            streak_text: m.streak_text,
            alerts_heading: m.alerts_heading,
            alerts: m.alerts.into_iter().map(Into::into).collect(),
        }
    }
}

/// One line of a chart, labelled.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct SeriesView {
    /// What the line shows.
    pub label: String,
    /// One point per day of the period, oldest first.
    pub points: Vec<Point>,
}

/// A coping strategy ranked by use or helpfulness.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct CopingLine {
    /// The strategy.
    pub title: String,
    /// How often it was used, as text.
    pub uses_text: String,
    /// Mean helpfulness 0-3, if rated.
    pub mean_helpful: Option<f64>,
}

/// The means of one calendar week of the period.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct WeekMeans {
    /// The Monday the week starts (`YYYY-MM-DD`).
    pub week_of: String,
    /// Mean stress.
    pub stress: Option<f64>,
    /// Mean mood.
    pub mood: Option<f64>,
    /// Mean hours of sleep.
    pub sleep: Option<f64>,
    /// Check-in days in the week.
    pub check_in_days: u32,
}

/// Trends over 30, 90 or 365 days ending today.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct TrendsModel {
    /// The screen title.
    pub title: String,
    /// The periods offered, the shown one selected (value = days).
    pub periods: Vec<Choice>,
    /// A gentle text when there are no check-ins in the period.
    pub empty_text: Option<String>,
    /// How many days had a check-in, as text.
    pub check_in_days_text: String,
    /// Stress, mood and sleep.
    pub measures: Vec<SeriesView>,
    /// Heading over the signs.
    pub signs_heading: String,
    /// One line per warning sign.
    pub signs: Vec<SeriesView>,
    /// Heading over the symptoms.
    pub symptoms_heading: String,
    /// One line per persistent symptom.
    pub symptoms: Vec<SeriesView>,
    /// Heading over the weeks.
    pub weeks_heading: String,
    /// Weekly means.
    pub weeks: Vec<WeekMeans>,
    /// Medication adherence, as text.
    pub medication_text: Option<String>,
    /// Heading over the most used strategies.
    pub most_used_heading: String,
    /// Coping strategies by use.
    pub most_used: Vec<CopingLine>,
    /// Heading over the most helpful strategies.
    pub most_helpful_heading: String,
    /// Coping strategies by helpfulness.
    pub most_helpful: Vec<CopingLine>,
}

fn series(list: Vec<core::SeriesView>) -> Vec<SeriesView> {
    list.into_iter()
        .map(|s| SeriesView {
            label: s.label,
            points: points(s.points),
        })
        .collect()
}

fn coping(list: Vec<core::CopingLine>) -> Vec<CopingLine> {
    list.into_iter()
        .map(|c| CopingLine {
            title: c.title,
            uses_text: c.uses_text,
            mean_helpful: c.mean_helpful,
        })
        .collect()
}

impl From<core::TrendsModel> for TrendsModel {
    fn from(m: core::TrendsModel) -> Self {
        TrendsModel {
            title: m.title,
            periods: choices(m.periods),
            empty_text: m.empty_text,
            check_in_days_text: m.check_in_days_text,
            measures: series(m.measures),
            signs_heading: m.signs_heading,
            signs: series(m.signs),
            symptoms_heading: m.symptoms_heading,
            symptoms: series(m.symptoms),
            weeks_heading: m.weeks_heading,
            weeks: m
                .weeks
                .into_iter()
                .map(|w| WeekMeans {
                    week_of: convert::date_text(w.week_of),
                    stress: w.stress,
                    mood: w.mood,
                    sleep: w.sleep,
                    check_in_days: w.check_in_days,
                })
                .collect(),
            medication_text: m.medication_text,
            most_used_heading: m.most_used_heading,
            most_used: coping(m.most_used),
            most_helpful_heading: m.most_helpful_heading,
            most_helpful: coping(m.most_helpful),
        }
    }
}
