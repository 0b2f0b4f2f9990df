//! Recovery goals, short-term goals, steps, follow-ups, and the coping toolbox.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::Fixture;
use imr_core::{
    CheckInInput, CopingStrategyInput, CopingUse, Error, FollowUpInput, GoalInput, Store,
};
use imr_protocol::{CopingCategory, GoalStatus, Problem};
use jiff::civil::date;
use uuid::Uuid;

const NOON: &str = "2026-05-12T10:00:00Z";

#[test]
fn a_goal_breaks_into_short_term_goals_and_steps_in_order() {
    let fx = Fixture::at(NOON);
    let goals = fx.store.goals();
    let goal = goals
        .create(&GoalInput {
            why: Some("To have my own money and people around me".into()),
            target_date: Some(date(2027, 1, 1)),
            ..GoalInput::new("Work again")
        })
        .unwrap();
    let a = goals
        .add_short_term(goal.id, &GoalInput::new("Talk to NAV"))
        .unwrap();
    let b = goals
        .add_short_term(goal.id, &GoalInput::new("Try two mornings a week"))
        .unwrap();
    assert_eq!((a.position, b.position), (0, 1));
    let s1 = goals.add_step(a.id, "Book a meeting").unwrap();
    goals.add_step(a.id, "Write down questions").unwrap();
    let done = goals.update_step(s1.id, "Book a meeting", true).unwrap();
    assert!(done.done);
    let steps = goals.steps(a.id).unwrap();
    assert_eq!(
        steps.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
        ["Book a meeting", "Write down questions"]
    );
    let achieved = goals
        .update_short_term(
            a.id,
            &GoalInput {
                status: GoalStatus::Achieved,
                ..GoalInput::new("Talk to NAV")
            },
        )
        .unwrap();
    assert_eq!(achieved.status, GoalStatus::Achieved);
    assert_eq!(goals.short_term_goals(goal.id).unwrap().len(), 2);
    let paused = goals
        .update(
            goal.id,
            &GoalInput {
                status: GoalStatus::Paused,
                ..GoalInput::new("Work again")
            },
        )
        .unwrap();
    assert_eq!(paused.status, GoalStatus::Paused);
    assert_eq!(paused.why, None, "an update replaces every field");
    goals.delete_step(s1.id).unwrap();
    assert_eq!(goals.steps(a.id).unwrap().len(), 1);
}

#[test]
fn deleting_a_goal_deletes_what_hangs_under_it() {
    let fx = Fixture::at(NOON);
    let goals = fx.store.goals();
    let goal = goals.create(&GoalInput::new("Live on my own")).unwrap();
    let short = goals
        .add_short_term(goal.id, &GoalInput::new("Save a deposit"))
        .unwrap();
    goals.add_step(short.id, "Open a savings account").unwrap();
    goals
        .add_follow_up(
            goal.id,
            &FollowUpInput {
                date: date(2026, 5, 12),
                progress: 3,
                note: None,
            },
        )
        .unwrap();
    let other = goals.create(&GoalInput::new("Sleep better")).unwrap();
    goals.delete(goal.id).unwrap();
    assert_eq!(goals.list().unwrap(), [other]);
    assert!(goals.short_term_goals(goal.id).unwrap().is_empty());
    assert!(goals.steps(short.id).unwrap().is_empty());
    assert!(goals.follow_ups(goal.id).unwrap().is_empty());
    let rows = fx.dump();
    for table in ["short_term_goal:", "goal_step:", "goal_follow_up:"] {
        assert_eq!(
            rows.iter().filter(|r| r.starts_with(table)).count(),
            1,
            "{table} row kept as a tombstone"
        );
    }
    fx.store
        .goals()
        .delete_short_term(Uuid::new_v4())
        .unwrap_err();
}

#[test]
fn follow_ups_chart_progress_over_time() {
    let fx = Fixture::at(NOON);
    let goal = fx
        .store
        .goals()
        .create(&GoalInput::new("Work again"))
        .unwrap();
    for (day, progress) in [
        (date(2026, 5, 5), 4),
        (date(2026, 4, 28), 2),
        (date(2026, 5, 12), 6),
    ] {
        fx.store
            .goals()
            .add_follow_up(
                goal.id,
                &FollowUpInput {
                    date: day,
                    progress,
                    note: None,
                },
            )
            .unwrap();
    }
    let chart: Vec<u8> = fx
        .store
        .goals()
        .follow_ups(goal.id)
        .unwrap()
        .iter()
        .map(|f| f.progress)
        .collect();
    assert_eq!(chart, [2, 4, 6]);
    let first = fx.store.goals().follow_ups(goal.id).unwrap()[0].id;
    let fixed = fx
        .store
        .goals()
        .update_follow_up(
            first,
            &FollowUpInput {
                date: date(2026, 4, 28),
                progress: 3,
                note: Some(" ok ".into()),
            },
        )
        .unwrap();
    assert_eq!((fixed.progress, fixed.note.as_deref()), (3, Some("ok")));
    fx.store.goals().delete_follow_up(first).unwrap();
    assert_eq!(fx.store.goals().follow_ups(goal.id).unwrap().len(), 2);
}

#[test]
fn bad_goal_input_is_refused_and_changes_nothing() {
    let fx = Fixture::at(NOON);
    let goal = fx
        .store
        .goals()
        .create(&GoalInput::new("Work again"))
        .unwrap();
    let short = fx
        .store
        .goals()
        .add_short_term(goal.id, &GoalInput::new("Talk to NAV"))
        .unwrap();
    fx.assert_refused("goal.title", Problem::Empty, |s: &Store| {
        s.goals().create(&GoalInput::new(" "))
    });
    fx.assert_refused("goal.title", Problem::TooLong { max: 200 }, |s: &Store| {
        s.goals().update(goal.id, &GoalInput::new("g".repeat(201)))
    });
    fx.assert_refused("goal.why", Problem::TooLong { max: 4000 }, |s: &Store| {
        s.goals().create(&GoalInput {
            why: Some("w".repeat(4001)),
            ..GoalInput::new("Work")
        })
    });
    fx.assert_refused(
        "short_term_goal.goal_id",
        Problem::UnknownReference,
        |s: &Store| {
            s.goals()
                .add_short_term(Uuid::new_v4(), &GoalInput::new("Orphan"))
        },
    );
    fx.assert_refused("short_term_goal.title", Problem::Empty, |s: &Store| {
        s.goals().add_short_term(goal.id, &GoalInput::new(""))
    });
    fx.assert_refused(
        "goal_step.short_term_goal_id",
        Problem::UnknownReference,
        |s: &Store| s.goals().add_step(Uuid::new_v4(), "Orphan step"),
    );
    fx.assert_refused("goal_step.title", Problem::Empty, |s: &Store| {
        s.goals().add_step(short.id, "  ")
    });
    let follow = |date, progress| FollowUpInput {
        date,
        progress,
        note: None,
    };
    fx.assert_refused(
        "goal_follow_up.progress",
        Problem::OutOfRange {
            min: 0.0,
            max: 10.0,
        },
        |s: &Store| {
            s.goals()
                .add_follow_up(goal.id, &follow(date(2026, 5, 12), 11))
        },
    );
    fx.assert_refused("goal_follow_up.date", Problem::InTheFuture, |s: &Store| {
        s.goals()
            .add_follow_up(goal.id, &follow(date(2026, 5, 13), 5))
    });
    fx.assert_refused(
        "goal_follow_up.goal_id",
        Problem::UnknownReference,
        |s: &Store| {
            s.goals()
                .add_follow_up(Uuid::new_v4(), &follow(date(2026, 5, 12), 5))
        },
    );
    assert!(matches!(
        fx.store
            .goals()
            .update(Uuid::new_v4(), &GoalInput::new("x")),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn coping_use_and_helpfulness_come_from_the_check_ins() {
    let fx = Fixture::at(NOON);
    let walk = fx
        .store
        .coping()
        .create(&CopingStrategyInput::new(
            "A walk outside",
            CopingCategory::Stress,
        ))
        .unwrap();
    let music = fx
        .store
        .coping()
        .create(&CopingStrategyInput::new("Music", CopingCategory::Mood))
        .unwrap();
    assert_eq!((walk.uses, walk.mean_helpful), (0, None));
    let used = |day, helpful| CheckInInput {
        day,
        coping: vec![CopingUse {
            strategy_id: walk.id,
            helpful,
        }],
        ..Default::default()
    };
    fx.store
        .check_ins()
        .save(&used(date(2026, 5, 10), Some(3)))
        .unwrap();
    fx.store
        .check_ins()
        .save(&used(date(2026, 5, 11), Some(2)))
        .unwrap();
    fx.store
        .check_ins()
        .save(&used(date(2026, 5, 12), None))
        .unwrap();
    let walk_now = fx.store.coping().get(walk.id).unwrap().unwrap();
    assert_eq!((walk_now.uses, walk_now.mean_helpful), (3, Some(2.5)));
    // editing and deleting check-ins moves the numbers; nothing is stale
    fx.store
        .check_ins()
        .save(&used(date(2026, 5, 11), Some(0)))
        .unwrap();
    fx.store.check_ins().delete(date(2026, 5, 12)).unwrap();
    // both were created in the same (fixed) millisecond, so find each by id
    let list = fx.store.coping().list().unwrap();
    let walk_listed = list.iter().find(|c| c.id == walk.id).unwrap();
    let music_listed = list.iter().find(|c| c.id == music.id).unwrap();
    assert_eq!((walk_listed.uses, walk_listed.mean_helpful), (2, Some(1.5)));
    assert_eq!(music_listed.uses, 0);
    let renamed = fx
        .store
        .coping()
        .update(
            music.id,
            &CopingStrategyInput {
                active: false,
                ..CopingStrategyInput::new("Loud music", CopingCategory::Mood)
            },
        )
        .unwrap();
    assert!(!renamed.active);
    fx.store.coping().delete(music.id).unwrap();
    assert_eq!(fx.store.coping().list().unwrap().len(), 1);
    fx.assert_refused("coping_strategy.title", Problem::Empty, |s: &Store| {
        s.coping()
            .create(&CopingStrategyInput::new(" ", CopingCategory::Sleep))
    });
    fx.assert_refused(
        "coping_strategy.suggestion_key",
        Problem::TooLong { max: 64 },
        |s: &Store| {
            s.coping().create(&CopingStrategyInput {
                suggestion_key: Some("k".repeat(65)),
                ..CopingStrategyInput::new("Breathing", CopingCategory::Stress)
            })
        },
    );
}
