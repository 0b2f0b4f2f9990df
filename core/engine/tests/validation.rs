//! Bad input is refused with a typed error naming the field, and no plan or history exists
//! afterwards, so no rule ever meets a bad value.

use imr_engine::{DayRecord, EngineSettings, History, Plan, SignRule};
use imr_protocol::{FieldError, Problem};
use jiff::civil::date;
use uuid::Uuid;

fn field_of(result: Result<impl Sized, FieldError>) -> (String, Problem) {
    match result {
        Ok(_) => panic!("expected a refusal"),
        Err(e) => (e.field, e.problem),
    }
}

fn day() -> DayRecord {
    DayRecord::on(date(2026, 3, 2))
}

#[test]
fn out_of_range_check_in_values_name_their_field() {
    let cases = [
        (
            DayRecord {
                stress: Some(11),
                ..day()
            },
            "check_in.stress",
        ),
        (
            DayRecord {
                mood: Some(11),
                ..day()
            },
            "check_in.mood",
        ),
        (
            DayRecord {
                sleep_hours: Some(24.5),
                ..day()
            },
            "check_in.sleep_hours",
        ),
        (
            DayRecord {
                sleep_hours: Some(-0.5),
                ..day()
            },
            "check_in.sleep_hours",
        ),
        (
            DayRecord {
                sleep_hours: Some(f32::NAN),
                ..day()
            },
            "check_in.sleep_hours",
        ),
        (
            DayRecord {
                signs: [(Uuid::from_u128(1), 4)].into_iter().collect(),
                ..day()
            },
            "check_in.sign_ratings",
        ),
    ];
    for (record, field) in cases {
        let (named, problem) = field_of(History::new([record]));
        assert_eq!(named, field);
        assert!(
            matches!(problem, Problem::OutOfRange { .. }),
            "{field}: {problem:?}"
        );
    }
}

#[test]
fn the_edges_of_every_range_are_accepted() {
    let edges = [
        DayRecord {
            stress: Some(10),
            mood: Some(0),
            sleep_hours: Some(24.0),
            ..day()
        },
        DayRecord {
            date: date(2026, 3, 3),
            stress: Some(0),
            mood: Some(10),
            sleep_hours: Some(0.0),
            signs: [(Uuid::from_u128(1), 3)].into_iter().collect(),
            ..day()
        },
    ];
    assert_eq!(History::new(edges).map(|h| h.len()), Ok(2));
}

#[test]
fn two_check_ins_on_one_day_are_refused() {
    let (field, problem) = field_of(History::new([
        day(),
        DayRecord {
            stress: Some(3),
            ..day()
        },
    ]));
    assert_eq!(
        (field.as_str(), problem),
        ("check_in.day", Problem::Duplicate)
    );
}

#[test]
fn plan_settings_and_signs_out_of_range_name_their_field() {
    let sign = |threshold| SignRule {
        threshold,
        ..SignRule::new(Uuid::from_u128(1), "Racing")
    };
    let window = |days| EngineSettings {
        baseline_window_days: days,
        ..EngineSettings::default()
    };
    let sleep = |hours| EngineSettings {
        usual_sleep_hours: Some(hours),
        ..EngineSettings::default()
    };
    let cases = [
        (
            Plan::new(window(6), vec![]),
            "relapse_plan.baseline_window_days",
        ),
        (
            Plan::new(window(91), vec![]),
            "relapse_plan.baseline_window_days",
        ),
        (Plan::new(sleep(25.0), vec![]), "settings.usual_sleep_hours"),
        (
            Plan::new(EngineSettings::default(), vec![sign(0)]),
            "warning_sign.threshold",
        ),
        (
            Plan::new(EngineSettings::default(), vec![sign(4)]),
            "warning_sign.threshold",
        ),
    ];
    for (result, field) in cases {
        assert_eq!(field_of(result).0, field);
    }
    let twice = Plan::new(EngineSettings::default(), vec![sign(2), sign(3)]);
    assert_eq!(
        field_of(twice),
        ("warning_sign.id".to_owned(), Problem::Duplicate)
    );
    assert!(Plan::new(window(7), vec![sign(1)]).is_ok());
    assert!(Plan::new(window(90), vec![sign(3)]).is_ok());
}
