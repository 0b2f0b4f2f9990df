//! Trends, Plan, Goals, Modules, Scale and Settings screens from stored data to the rendered
//! model, in Norwegian, Dutch and English.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Fixture, raw};
use imr_core::trends::Period;
use imr_core::{
    CheckInInput, FollowUpInput, GoalInput, HomeworkInput, ItemAnswer, LocalNumber,
    ModuleProgressInput, PlanContent, ScaleAnswer, WarningSignInput,
};
use imr_protocol::{Country, Locale, Medication, ModuleKey, ModuleStatus, ScaleItem};
use jiff::civil::date;
use uuid::Uuid;

const NOON: &str = "2026-05-12T10:00:00Z";

fn set(fx: &Fixture, locale: Locale, country: Country) {
    let mut s = fx.store.settings().get().unwrap();
    s.locale = locale;
    s.country = country;
    fx.store.settings().save(&s).unwrap();
}

#[test]
fn trends_in_dutch_label_the_lines_and_state_adherence() {
    let fx = Fixture::at(NOON);
    set(&fx, Locale::Nl, Country::Netherlands);
    for (n, medication) in [
        (10, Medication::Yes),
        (11, Medication::No),
        (12, Medication::Yes),
    ] {
        fx.store
            .check_ins()
            .save(&CheckInInput {
                day: date(2026, 5, n),
                stress: Some(4),
                medication: Some(medication),
                ..Default::default()
            })
            .unwrap();
    }
    let t = fx.store.screens().trends(Period::Days90).unwrap();
    assert_eq!(t.periods.len(), 3);
    assert_eq!(t.periods[1].label, "Afgelopen 90 dagen");
    assert!(t.periods[1].selected && !t.periods[0].selected);
    assert_eq!(t.measures[0].points.len(), 90);
    assert_eq!(t.measures[0].points[89].value, Some(4.0));
    assert_eq!(t.empty_text, None);
    assert_eq!(
        t.medication_text.as_deref(),
        Some("Medicijnen ingenomen zoals afgesproken: 67% van de dagen dat je antwoord gaf")
    );
    assert!(
        t.check_in_days_text.contains('3'),
        "{}",
        t.check_in_days_text
    );
}

#[test]
fn an_empty_period_says_so_kindly_in_norwegian() {
    let fx = Fixture::at(NOON);
    let t = fx.store.screens().trends(Period::Days30).unwrap();
    assert!(t.empty_text.is_some());
    assert_eq!(t.medication_text, None);
    assert_eq!(t.periods[0].label, "Siste 30 dager");
}

#[test]
fn the_dutch_plan_carries_dutch_crisis_numbers_and_local_ones() {
    let fx = Fixture::at(NOON);
    set(&fx, Locale::Nl, Country::Netherlands);
    let mut watched = WarningSignInput::new("Me bekeken voelen");
    watched.red_flag = true;
    fx.store.signs().create(&watched).unwrap();
    fx.store
        .plan()
        .save(&PlanContent {
            amber_steps: vec!["Op tijd naar bed".into()],
            red_steps: vec!["Mijn zus bellen".into()],
            clinician_name: Some("Anouk".into()),
            clinician_phone: Some("030 123 45 67".into()),
            local_numbers: vec![LocalNumber {
                label: "Huisartsenpost".into(),
                number: "0900-1234".into(),
            }],
            last_reviewed: Some(date(2026, 5, 1)),
            ..Default::default()
        })
        .unwrap();
    let plan = fx.store.screens().plan().unwrap();
    assert!(plan.exists);
    assert_eq!(plan.title, imr_content::tr(Locale::Nl, "plan-title"));
    let numbers: Vec<&str> = plan
        .crisis
        .lines
        .iter()
        .map(|l| l.display.as_str())
        .collect();
    assert_eq!(numbers, ["112", "113", "0800-0113"]);
    assert_eq!(plan.crisis.local[0].dial, "09001234");
    assert_eq!(plan.clinician.as_ref().unwrap().call, "Bel Anouk");
    assert_eq!(
        plan.signs[0].red_flag_text.as_deref(),
        Some("Dit signaal alleen betekent al: nu actie")
    );
    assert_eq!(plan.amber_steps, ["Op tijd naar bed"]);
    assert!(plan.last_reviewed_text.unwrap().contains("2026"));
}

#[test]
fn without_a_plan_the_crisis_numbers_still_show() {
    let fx = Fixture::at(NOON);
    let plan = fx.store.screens().plan().unwrap();
    assert!(!plan.exists);
    assert_eq!(plan.crisis.lines[0].display, "113");
}

#[test]
fn goals_show_progress_smaller_goals_and_steps_in_english() {
    let fx = Fixture::at(NOON);
    set(&fx, Locale::En, Country::Norway);
    let goals = fx.store.goals();
    let goal = goals
        .create(&GoalInput {
            target_date: Some(date(2026, 12, 1)),
            ..GoalInput::new("Find a part-time job")
        })
        .unwrap();
    let cv = goals
        .add_short_term(goal.id, &GoalInput::new("Write my CV"))
        .unwrap();
    goals.add_step(cv.id, "Ask Kari for help").unwrap();
    goals
        .add_follow_up(
            goal.id,
            &FollowUpInput {
                date: date(2026, 5, 5),
                progress: 4,
                note: None,
            },
        )
        .unwrap();
    let model = fx.store.screens().goals().unwrap();
    assert_eq!(model.title, "My goals");
    let card = &model.goals[0];
    assert_eq!(card.title, "Find a part-time job");
    assert_eq!(card.progress, Some(4));
    assert_eq!(card.progress_text.as_deref(), Some("Progress: 4 of 10"));
    assert_eq!(card.target_text.as_deref(), Some("Aim: by 1 December 2026"));
    assert!(
        card.status
            .iter()
            .any(|c| c.selected && c.label == "Active")
    );
    assert_eq!(
        card.smaller[0].steps,
        vec![("Ask Kari for help".to_owned(), false)]
    );
}

#[test]
fn modules_list_all_eleven_with_status_and_homework_in_norwegian() {
    let fx = Fixture::at(NOON);
    fx.store
        .modules()
        .save(&ModuleProgressInput {
            module: ModuleKey::Stress,
            status: ModuleStatus::InProgress,
            started_on: Some(date(2026, 5, 1)),
            completed_on: None,
        })
        .unwrap();
    fx.store
        .homework()
        .create(&HomeworkInput {
            module: Some(ModuleKey::Stress),
            title: "Prøv pusteøvelsen".into(),
            due: Some(date(2026, 5, 19)),
            ..Default::default()
        })
        .unwrap();
    let model = fx.store.screens().modules().unwrap();
    assert_eq!(model.title, "Moduler");
    assert_eq!(model.modules.len(), 11);
    let stress = model
        .modules
        .iter()
        .find(|m| m.key == ModuleKey::Stress)
        .unwrap();
    assert_eq!(stress.status, "I gang");
    assert_eq!(
        stress.title,
        imr_content::modules::title(Locale::Nb, ModuleKey::Stress)
    );
    assert_eq!(stress.homework[0].title, "Prøv pusteøvelsen");
    assert!(!stress.homework[0].done);
    assert!(stress.ideas.len() >= 2);
    assert_eq!(stress.dates_text.len(), 1);
    assert!(model.other_homework.is_empty());
}

#[test]
fn the_scale_puts_the_clinician_next_to_the_participant_with_a_norwegian_mean() {
    let fx = Fixture::at(NOON);
    fx.store
        .scale()
        .create(
            date(2026, 5, 10),
            &[
                ItemAnswer {
                    item: ScaleItem::Goals,
                    answer: ScaleAnswer::Score(3),
                },
                ItemAnswer {
                    item: ScaleItem::Coping,
                    answer: ScaleAnswer::Score(4),
                },
                ItemAnswer {
                    item: ScaleItem::AlcoholUse,
                    answer: ScaleAnswer::NotApplicable,
                },
            ],
        )
        .unwrap();
    let hlc = format!("{:015}-{:010}-{}", 1, 0, Uuid::nil());
    raw(&fx.path())
        .execute(
            "INSERT INTO scale_rating (id, created_at, updated_at, hlc, change_counter, deleted, kind, taken_on, item_set_version, answers, rated_by)
             VALUES (?1, 0, 0, ?2, 0, 0, 'clinician_scale_rating', '2026-05-01', 1, '{\"goals\": 2, \"coping\": 3}', 'Dr. Berg')",
            rusqlite::params![Uuid::new_v4().to_string(), hlc],
        )
        .unwrap();
    let model = fx.store.screens().scale().unwrap();
    assert_eq!(model.history.len(), 2);
    assert!(!model.history[0].by_clinician, "newest first");
    assert_eq!(model.history[0].mean_text.as_deref(), Some("3,5"));
    assert_eq!(model.history[1].mean_text.as_deref(), Some("2,5"));
    assert_eq!(model.items.len(), 15);
    let goals = &model.items[0];
    assert_eq!(
        (goals.self_score, goals.clinician_score),
        (Some(3), Some(2))
    );
    assert_eq!(
        goals.self_answer,
        imr_content::scale::anchor(Locale::Nb, ScaleItem::Goals, 3)
    );
    let alcohol = model
        .items
        .iter()
        .find(|i| i.item == ScaleItem::AlcoholUse)
        .unwrap();
    assert_eq!(alcohol.self_score, None);
    assert!(
        alcohol.self_answer.is_some(),
        "not applicable is said in words"
    );
    assert_eq!(
        alcohol.clinician_answer, None,
        "not answered by the clinician"
    );
}

#[test]
fn settings_show_current_values_and_choices_in_english_and_norwegian() {
    let fx = Fixture::at(NOON);
    let nb = fx.store.screens().settings().unwrap();
    assert_eq!(nb.title, "Innstillinger");
    assert_eq!(nb.language.value, "Norsk bokmål");
    assert_eq!(nb.usual_sleep.value, "7,5");
    set(&fx, Locale::En, Country::Netherlands);
    let en = fx.store.screens().settings().unwrap();
    assert_eq!(en.title, "Settings");
    assert_eq!(en.language.choices.len(), 3);
    assert!(
        en.language
            .choices
            .iter()
            .any(|c| c.selected && c.value == "en")
    );
    assert_eq!(en.country.value, "The Netherlands");
    assert_eq!(en.day_start.value, "04:00");
    assert_eq!(en.day_start.choices.len(), 13);
    assert_eq!(en.usual_sleep.value, "7.5");
    assert_eq!(en.scopes.len(), 7);
    assert!(!en.scopes[0].description.is_empty());
}
