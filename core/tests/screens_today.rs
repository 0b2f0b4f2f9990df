//! The Today screen from stored data to the rendered model, in Norwegian and English.

#![allow(clippy::unwrap_used)]

mod common;

use common::Fixture;
use imr_content::{levels, reasons, tr, vocab};
use imr_core::{
    CheckInInput, FollowUpInput, GoalInput, HomeworkInput, HomeworkStatusInput, LocalNumber,
    PlanContent, Rating, SupporterInput, WarningSignInput,
};
use imr_protocol::{GoalStatus, HomeworkState, Locale, WarningLevel};
use jiff::civil::{Date, date};
use uuid::Uuid;

/// Tuesday 12 May 2026, noon in Oslo.
const NOON: &str = "2026-05-12T10:00:00Z";

fn may(n: i8) -> Date {
    date(2026, 5, n)
}

fn english(fx: &Fixture) {
    let mut s = fx.store.settings().get().unwrap();
    s.locale = Locale::En;
    fx.store.settings().save(&s).unwrap();
}

fn sign(fx: &Fixture, text: &str, red_flag: bool) -> Uuid {
    let mut input = WarningSignInput::new(text);
    input.red_flag = red_flag;
    fx.store.signs().create(&input).unwrap().id
}

fn rate(fx: &Fixture, day: Date, ratings: &[(Uuid, u8)]) {
    fx.store
        .check_ins()
        .save(&CheckInInput {
            day,
            stress: Some(5),
            sign_ratings: ratings
                .iter()
                .map(|(id, rating)| Rating {
                    id: *id,
                    rating: *rating,
                })
                .collect(),
            ..Default::default()
        })
        .unwrap();
}

fn plan(fx: &Fixture) {
    fx.store
        .plan()
        .save(&PlanContent {
            amber_steps: vec!["Go to bed at ten".into()],
            red_steps: vec!["Call Kari".into(), "Call the DPS acute team".into()],
            local_numbers: vec![LocalNumber {
                label: "DPS acute team".into(),
                number: "+47 22 11 22 11".into(),
            }],
            ..Default::default()
        })
        .unwrap();
}

#[test]
fn an_empty_day_offers_the_active_signs_to_rate_in_norwegian() {
    let fx = Fixture::at(NOON);
    let sleep = sign(&fx, "Sover mindre", false);
    let today = fx.store.screens().today().unwrap();
    assert_eq!(today.title, "I dag");
    assert_eq!(today.date_text, "12. mai 2026");
    assert!(!today.check_in.filled);
    assert_eq!(
        today.check_in.empty_text,
        Some(tr(Locale::Nb, "check-in-empty"))
    );
    assert_eq!(today.check_in.signs.len(), 1);
    let field = &today.check_in.signs[0];
    assert_eq!(
        (field.id, field.label.as_str(), field.value),
        (sleep, "Sover mindre", None)
    );
    assert_eq!(field.choices.len(), 4);
    assert_eq!(
        field.choices[2].label,
        vocab::rating(Locale::Nb, 2).unwrap()
    );
    assert_eq!(today.check_in.medication.len(), 4);
    assert_eq!(today.level.level, WarningLevel::Unknown);
    assert_eq!(
        today.level.title,
        levels::title(Locale::Nb, WarningLevel::Unknown)
    );
    assert!(today.crisis.is_none(), "crisis numbers lead only at red");
    assert_eq!(today.streak_text, "Sjekk inn når det passer deg.");
}

#[test]
fn a_saved_check_in_fills_the_form_and_counts_in_the_streak() {
    let fx = Fixture::at(NOON);
    english(&fx);
    let sleep = sign(&fx, "Sleeping less", false);
    for n in 8..=11 {
        rate(&fx, may(n), &[(sleep, 0)]);
    }
    let before = fx.store.screens().today().unwrap();
    assert_eq!(
        before.streak_text, "4 days in a row",
        "today is still open: the run up to yesterday counts"
    );
    rate(&fx, may(12), &[(sleep, 1)]);
    let today = fx.store.screens().today().unwrap();
    assert!(today.check_in.filled);
    assert_eq!(today.check_in.stress, Some(5));
    assert_eq!(today.check_in.signs[0].value, Some(1));
    assert!(today.check_in.signs[0].choices[1].selected);
    assert_eq!(today.streak_text, "5 days in a row");
    assert_eq!(today.level.level, WarningLevel::Green);
    assert!(today.level.steps.is_empty());
}

#[test]
fn amber_shows_the_reasons_and_the_amber_steps_without_crisis_numbers() {
    let fx = Fixture::at(NOON);
    english(&fx);
    plan(&fx);
    let sleep = sign(&fx, "Sleeping less", false);
    rate(&fx, may(10), &[(sleep, 0)]);
    rate(&fx, may(11), &[(sleep, 2)]);
    rate(&fx, may(12), &[(sleep, 3)]);
    let today = fx.store.screens().today().unwrap();
    assert_eq!(today.level.level, WarningLevel::Amber);
    assert_eq!(today.level.name, "Amber");
    let evaluation = fx.store.warning().level_on(may(12)).unwrap();
    assert_eq!(
        today.level.reasons,
        vec![reasons::sentence(Locale::En, &evaluation.reasons[0])]
    );
    assert!(today.level.reasons[0].contains("Sleeping less"));
    assert_eq!(today.level.steps, vec!["Go to bed at ten".to_owned()]);
    assert!(today.crisis.is_none());
    assert!(today.supporters.is_empty());
}

#[test]
fn at_red_the_crisis_numbers_of_the_country_and_the_supporters_come_first() {
    let fx = Fixture::at(NOON);
    english(&fx); // English, but the country is still Norway: Norwegian numbers
    plan(&fx);
    for (name, phone) in [("Kari", Some("+47 900 11 222")), ("Ola", None)] {
        fx.store
            .supporters()
            .create(&SupporterInput {
                name: name.into(),
                relation: Some("sister".into()),
                phone: phone.map(Into::into),
                ..Default::default()
            })
            .unwrap();
    }
    let watched = sign(&fx, "Feeling watched", true);
    rate(&fx, may(12), &[(watched, 2)]);
    let today = fx.store.screens().today().unwrap();
    assert_eq!(
        today.level.level,
        WarningLevel::Red,
        "a red flag wins with little data"
    );
    let crisis = today.crisis.unwrap();
    assert_eq!(crisis.lines[0].display, "113");
    assert_eq!(crisis.lines[0].call, "Call 113");
    assert_eq!(crisis.local[0].dial, "+4722112211");
    assert_eq!(
        today.supporters.len(),
        1,
        "only supporters with a phone can be called"
    );
    assert_eq!(today.supporters[0].call, "Call Kari");
    assert_eq!(today.supporters[0].dial, "+4790011222");
    assert_eq!(today.supporters[0].detail, vec!["sister".to_owned()]);
    assert_eq!(today.level.steps.len(), 2);
}

#[test]
fn goals_without_a_recent_follow_up_and_homework_due_soon_are_listed() {
    let fx = Fixture::at(NOON);
    english(&fx);
    let goals = fx.store.goals();
    let job = goals
        .create(&GoalInput::new("Find a part-time job"))
        .unwrap();
    let friends = goals.create(&GoalInput::new("See friends weekly")).unwrap();
    let paused = goals
        .create(&GoalInput {
            status: GoalStatus::Paused,
            ..GoalInput::new("Move house")
        })
        .unwrap();
    goals
        .add_follow_up(
            friends.id,
            &FollowUpInput {
                date: may(9),
                progress: 6,
                note: None,
            },
        )
        .unwrap();
    goals
        .add_follow_up(
            job.id,
            &FollowUpInput {
                date: date(2026, 4, 20),
                progress: 2,
                note: None,
            },
        )
        .unwrap();
    let homework = fx.store.homework();
    let soon = homework
        .create(&HomeworkInput {
            title: "Write down three triggers".into(),
            due: Some(may(14)),
            ..Default::default()
        })
        .unwrap();
    let done = homework
        .create(&HomeworkInput {
            title: "Read the stress handout".into(),
            due: Some(may(11)),
            ..Default::default()
        })
        .unwrap();
    homework
        .set_status(
            done.id,
            &HomeworkStatusInput {
                state: HomeworkState::Done,
                done_on: Some(may(11)),
                reflection: None,
            },
        )
        .unwrap();
    homework
        .create(&HomeworkInput {
            title: "Plan a holiday".into(),
            due: Some(date(2026, 6, 30)),
            ..Default::default()
        })
        .unwrap();
    let today = fx.store.screens().today().unwrap();
    let due: Vec<Uuid> = today.goals_due.iter().map(|g| g.id).collect();
    assert_eq!(
        due,
        vec![job.id],
        "friends was looked at 3 days ago; {paused:?} is paused"
    );
    assert_eq!(
        today.goals_due[0].last_follow_up.as_deref(),
        Some("Last looked at on 20 April")
    );
    assert_eq!(today.homework_due.len(), 1);
    assert_eq!(today.homework_due[0].id, soon.id);
    assert_eq!(today.homework_due[0].due_text, "Due by 14 May");
    assert_eq!(today.homework_due[0].from, "Added by you");
}
