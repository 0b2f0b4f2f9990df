//! The Today screen: what a participant sees first when they open the app.
//!
//! At red the crisis numbers and one-tap calls to supporters come first (DESIGN.md s4), so
//! a person in a hard moment does not have to scroll past a form. The streak is gentle: it
//! counts the days in a row up to today (or up to yesterday while today is still open), and
//! a gap is never mentioned.

use imr_content::{FluentValue, dates, tr, tr_args, vocab};
use imr_protocol::{GoalStatus, HomeworkState, Locale, Medication, WarningLevel};
use jiff::ToSpan;
use jiff::civil::Date;
use rusqlite::Connection;
use uuid::Uuid;

use super::parts::{CallLine, Choice, CrisisView, LevelView, RatingField, supporter_calls};
use crate::error::{Error, Result};
use crate::records::check_in::CheckIn;
use crate::records::settings;
use crate::store::Store;

/// A goal not looked at for this many days is listed as due for a follow-up: IMR reviews
/// goals at every (weekly) session, so two weeks without a look means one was missed.
pub const GOAL_FOLLOW_UP_DAYS: i64 = 14;
/// Homework due within this many days (or overdue and not done) is listed.
pub const HOMEWORK_AHEAD_DAYS: i64 = 7;

/// Today's check-in as a form: filled from the stored check-in, or empty to fill.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckInForm {
    /// The day it is for.
    pub day: Date,
    /// Whether a check-in is stored for today.
    pub filled: bool,
    /// "Nothing filled in yet for today." when empty.
    pub empty_text: Option<String>,
    /// "How are you today?"
    pub question: String,
    /// Stress: label and current value 0-10.
    pub stress_label: String,
    /// Stress now.
    pub stress: Option<u8>,
    /// Mood: label.
    pub mood_label: String,
    /// Mood now.
    pub mood: Option<u8>,
    /// Sleep: label.
    pub sleep_label: String,
    /// Hours slept last night.
    pub sleep_hours: Option<f64>,
    /// "Your warning signs".
    pub signs_heading: String,
    /// Each active sign to rate.
    pub signs: Vec<RatingField>,
    /// "Your persistent symptoms".
    pub symptoms_heading: String,
    /// Each active symptom to rate.
    pub symptoms: Vec<RatingField>,
    /// The medication question.
    pub medication_question: String,
    /// The medication answers, the current one selected.
    pub medication: Vec<Choice>,
    /// The note.
    pub note: Option<String>,
}

/// A goal to look at again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalDue {
    /// The goal (to open it).
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// "Last looked at on ..." when there was a follow-up.
    pub last_follow_up: Option<String>,
}

/// Homework that is due soon or overdue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HomeworkDue {
    /// The assignment (to open it).
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// "Due by 14 May".
    pub due_text: String,
    /// "From your clinician" or "Added by you".
    pub from: String,
}

/// Everything the Today screen shows, in the order it shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TodayModel {
    /// "Today".
    pub title: String,
    /// Today's date in words.
    pub date_text: String,
    /// Crisis numbers, present (and shown first) only at red.
    pub crisis: Option<CrisisView>,
    /// One-tap calls to supporters, present (and shown right after) only at red.
    pub supporters: Vec<CallLine>,
    /// The level with its reasons and the plan's steps.
    pub level: LevelView,
    /// Today's check-in.
    pub check_in: CheckInForm,
    /// "Goals to look at again".
    pub goals_heading: String,
    /// Active goals due for a follow-up.
    pub goals_due: Vec<GoalDue>,
    /// "Homework due".
    pub homework_heading: String,
    /// Homework due soon or overdue, soonest first.
    pub homework_due: Vec<HomeworkDue>,
    /// Check-in days in a row, as a gentle sentence.
    pub streak_text: String,
    /// "Earlier changes in your signs".
    pub alerts_heading: String,
    /// The newest alert events with acknowledgement and the clinic's seen mark.
    pub alerts: Vec<super::AlertView>,
}

/// Check-in days in a row ending today, or ending yesterday while today has no check-in.
/// One indexed scan from today backwards that stops at the first gap.
fn streak_on(conn: &Connection, today: Date) -> Result<u32> {
    let mut stmt = conn.prepare_cached(
        "SELECT day FROM check_in WHERE deleted = 0 AND day <= ?1
           AND (stress IS NOT NULL OR mood IS NOT NULL OR sleep_hours IS NOT NULL
                OR sleep_quality IS NOT NULL OR medication IS NOT NULL
                OR sign_ratings <> '{}' OR symptom_ratings <> '{}'
                OR substances <> '{}' OR coping <> '[]')
         ORDER BY day DESC",
    )?;
    let mut rows = stmt.query([today.to_string()])?;
    let mut expected = today;
    let mut count = 0u32;
    while let Some(row) = rows.next()? {
        let day: String = row.get(0)?;
        let day: Date = day
            .parse()
            .map_err(|_| Error::BadData(format!("bad day {day:?}")))?;
        if count == 0 && day != today {
            expected = today
                .yesterday()
                .map_err(|e| Error::BadData(e.to_string()))?;
        }
        if day != expected {
            break;
        }
        count += 1;
        expected = day.yesterday().map_err(|e| Error::BadData(e.to_string()))?;
    }
    Ok(count)
}

fn medication_choices(locale: Locale, value: Option<Medication>) -> Vec<Choice> {
    Medication::ALL
        .iter()
        .map(|m| Choice {
            value: m.as_str().to_owned(),
            label: vocab::label(locale, *m),
            selected: value == Some(*m),
        })
        .collect()
}

fn form(
    locale: Locale,
    store: &Store,
    today: Date,
    stored: Option<CheckIn>,
) -> Result<CheckInForm> {
    let rating =
        |ratings: &[crate::Rating], id: Uuid| ratings.iter().find(|r| r.id == id).map(|r| r.rating);
    let c = stored.as_ref();
    let signs = store
        .signs()
        .list_active()?
        .into_iter()
        .map(|s| {
            let value = c.and_then(|c| rating(&c.sign_ratings, s.id));
            RatingField::new(locale, s.id, &s.text, value)
        })
        .collect();
    let symptoms = store
        .symptoms()
        .list()?
        .into_iter()
        .filter(|s| s.active)
        .map(|s| {
            let value = c.and_then(|c| rating(&c.symptom_ratings, s.id));
            RatingField::new(locale, s.id, &s.text, value)
        })
        .collect();
    Ok(CheckInForm {
        day: today,
        filled: c.is_some(),
        empty_text: c.is_none().then(|| tr(locale, "check-in-empty")),
        question: tr(locale, "today-question"),
        stress_label: tr(locale, "checkin-stress"),
        stress: c.and_then(|c| c.stress),
        mood_label: tr(locale, "checkin-mood"),
        mood: c.and_then(|c| c.mood),
        sleep_label: tr(locale, "checkin-sleep-hours"),
        sleep_hours: c.and_then(|c| c.sleep_hours),
        signs_heading: tr(locale, "checkin-signs"),
        signs,
        symptoms_heading: tr(locale, "checkin-symptoms"),
        symptoms,
        medication_question: tr(locale, "medication-question"),
        medication: medication_choices(locale, c.and_then(|c| c.medication)),
        note: c.and_then(|c| c.note.clone()),
    })
}

fn goals_due(locale: Locale, store: &Store, today: Date) -> Result<Vec<GoalDue>> {
    let cutoff = today
        .checked_sub(GOAL_FOLLOW_UP_DAYS.days())
        .map_err(|e| Error::BadData(e.to_string()))?;
    let mut due = Vec::new();
    for goal in store.goals().list()? {
        if goal.status != GoalStatus::Active {
            continue;
        }
        let last = store
            .goals()
            .follow_ups(goal.id)?
            .into_iter()
            .map(|f| f.date)
            .max();
        if last.is_none_or(|d| d <= cutoff) {
            due.push(GoalDue {
                id: goal.id,
                title: goal.title,
                last_follow_up: last.map(|d| {
                    tr_args(
                        locale,
                        "goal-last-follow-up",
                        &[("date", FluentValue::from(dates::day(locale, d)))],
                    )
                }),
            });
        }
    }
    Ok(due)
}

fn homework_due(locale: Locale, store: &Store, today: Date) -> Result<Vec<HomeworkDue>> {
    let horizon = today
        .checked_add(HOMEWORK_AHEAD_DAYS.days())
        .map_err(|e| Error::BadData(e.to_string()))?;
    Ok(store
        .homework()
        .list()?
        .into_iter()
        .filter(|h| {
            h.status
                .as_ref()
                .is_none_or(|s| s.state != HomeworkState::Done)
        })
        .filter_map(|h| {
            let due = h.due.filter(|d| *d <= horizon)?;
            Some(HomeworkDue {
                id: h.id,
                due_text: tr_args(
                    locale,
                    "homework-due-by",
                    &[("date", FluentValue::from(dates::day(locale, due)))],
                ),
                from: tr(
                    locale,
                    match h.assigned_by {
                        crate::AssignedBy::Participant => "homework-from-you",
                        _ => "homework-from-clinician",
                    },
                ),
                title: h.title,
            })
        })
        .collect())
}

pub(super) fn build(store: &Store) -> Result<TodayModel> {
    let settings = store.read(settings::load)?;
    let locale = settings.locale;
    let today = settings.day_of(store.now());
    let evaluation = store.warning().level_on(today)?;
    let plan = store.plan().get()?;
    let plan_content = plan.as_ref().map(|p| &p.content);
    let red = evaluation.level == WarningLevel::Red;
    let (crisis, supporters) = if red {
        let local = plan_content
            .map(|p| p.local_numbers.as_slice())
            .unwrap_or(&[]);
        (
            Some(CrisisView::new(locale, settings.country, local)),
            supporter_calls(locale, &store.supporters().list()?),
        )
    } else {
        (None, Vec::new())
    };
    let streak = store.read(|conn| streak_on(conn, today))?;
    Ok(TodayModel {
        title: tr(locale, "nav-today"),
        date_text: dates::day_with_year(locale, today),
        crisis,
        supporters,
        level: LevelView::new(locale, &evaluation, plan_content),
        check_in: form(locale, store, today, store.check_ins().get(today)?)?,
        goals_heading: tr(locale, "goals-due"),
        goals_due: goals_due(locale, store, today)?,
        homework_heading: tr(locale, "homework-due"),
        homework_due: homework_due(locale, store, today)?,
        streak_text: tr_args(locale, "streak", &[("count", FluentValue::from(streak))]),
        alerts_heading: super::alerts::heading(&settings),
        alerts: super::alerts::recent(store, &settings)?,
    })
}
