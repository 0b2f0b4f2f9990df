//! Warning signs, symptoms, triggers, supporters and the relapse prevention plan.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use common::Fixture;
use imr_core::{
    CheckInInput, Error, LocalNumber, PlanContent, Rating, Store, SupporterInput, WarningSignInput,
};
use imr_protocol::Problem;
use jiff::civil::date;
use uuid::Uuid;

const NOON: &str = "2026-05-12T10:00:00Z";

#[test]
fn a_new_sign_has_the_default_threshold_and_can_be_rated_in_a_check_in() {
    let fx = Fixture::at(NOON);
    let sign = fx
        .store
        .signs()
        .create(&WarningSignInput::new(" Sleeping less "))
        .unwrap();
    assert_eq!(sign.text, "Sleeping less");
    assert_eq!(sign.threshold, 2);
    assert!(sign.active && !sign.red_flag);
    let symptom = fx.store.symptoms().create("Hearing voices").unwrap();
    let input = CheckInInput {
        day: date(2026, 5, 12),
        sign_ratings: vec![Rating {
            id: sign.id,
            rating: 3,
        }],
        symptom_ratings: vec![Rating {
            id: symptom.id,
            rating: 1,
        }],
        ..Default::default()
    };
    let saved = fx.store.check_ins().save(&input).unwrap();
    assert_eq!(
        saved.sign_ratings,
        [Rating {
            id: sign.id,
            rating: 3
        }]
    );
    assert_eq!(
        saved.symptom_ratings,
        [Rating {
            id: symptom.id,
            rating: 1
        }]
    );
}

#[test]
fn signs_update_deactivate_and_delete() {
    let fx = Fixture::at(NOON);
    let a = fx
        .store
        .signs()
        .create(&WarningSignInput::new("Withdrawing from people"))
        .unwrap();
    let b = fx
        .store
        .signs()
        .create(&WarningSignInput::new("Feeling suspicious"))
        .unwrap();
    let red = WarningSignInput {
        red_flag: true,
        threshold: 1,
        ..WarningSignInput::new("Feeling suspicious")
    };
    let b2 = fx.store.signs().update(b.id, &red).unwrap();
    assert!(b2.red_flag);
    assert_eq!(b2.info.change_counter, 2);
    fx.store
        .signs()
        .update(
            a.id,
            &WarningSignInput {
                active: false,
                ..WarningSignInput::new("Withdrawing")
            },
        )
        .unwrap();
    assert_eq!(fx.store.signs().list().unwrap().len(), 2);
    assert_eq!(
        fx.store.signs().list_active().unwrap(),
        std::slice::from_ref(&b2)
    );
    fx.store.signs().delete(b.id).unwrap();
    assert!(fx.store.signs().get(b.id).unwrap().is_none());
    assert_eq!(fx.store.signs().list().unwrap().len(), 1);
    // a deleted sign can no longer be rated
    fx.assert_refused(
        "check_in.sign_ratings",
        Problem::UnknownReference,
        |s: &Store| {
            s.check_ins().save(&CheckInInput {
                day: date(2026, 5, 12),
                sign_ratings: vec![Rating {
                    id: b.id,
                    rating: 2,
                }],
                ..Default::default()
            })
        },
    );
    assert!(matches!(
        fx.store.signs().delete(b.id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn bad_signs_symptoms_triggers_and_supporters_are_refused_and_change_nothing() {
    let fx = Fixture::at(NOON);
    let sign = fx
        .store
        .signs()
        .create(&WarningSignInput::new("Racing thoughts"))
        .unwrap();
    fx.assert_refused("warning_sign.text", Problem::Empty, |s: &Store| {
        s.signs().create(&WarningSignInput::new("   "))
    });
    fx.assert_refused(
        "warning_sign.text",
        Problem::TooLong { max: 200 },
        |s: &Store| {
            s.signs()
                .update(sign.id, &WarningSignInput::new("x".repeat(201)))
        },
    );
    fx.assert_refused(
        "warning_sign.threshold",
        Problem::OutOfRange { min: 1.0, max: 3.0 },
        |s: &Store| {
            s.signs().create(&WarningSignInput {
                threshold: 0,
                ..WarningSignInput::new("Sleeping less")
            })
        },
    );
    fx.assert_refused("persistent_symptom.text", Problem::Empty, |s: &Store| {
        s.symptoms().create("")
    });
    fx.assert_refused(
        "trigger.text",
        Problem::TooLong { max: 200 },
        |s: &Store| s.triggers().create(&"y".repeat(300), None),
    );
    fx.assert_refused("supporter.name", Problem::Empty, |s: &Store| {
        s.supporters().create(&SupporterInput {
            name: " ".into(),
            ..Default::default()
        })
    });
    fx.assert_refused(
        "supporter.phone",
        Problem::WrongType {
            expected: "a phone number".into(),
        },
        |s: &Store| {
            s.supporters().create(&SupporterInput {
                name: "Kari".into(),
                phone: Some("call me".into()),
                ..Default::default()
            })
        },
    );
    // updating something that does not exist changes nothing either
    let before = fx.dump();
    assert!(matches!(
        fx.store
            .signs()
            .update(Uuid::new_v4(), &WarningSignInput::new("x")),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(before, fx.dump());
}

#[test]
fn supporters_keep_their_order_and_can_be_reordered() {
    let fx = Fixture::at(NOON);
    let kari = fx
        .store
        .supporters()
        .create(&SupporterInput {
            name: "Kari".into(),
            relation: Some("sister".into()),
            phone: Some(" +47 22 40 00 40 ".into()),
            agreed_to: Some("Call me when I stop answering".into()),
        })
        .unwrap();
    assert_eq!(kari.phone.as_deref(), Some("+47 22 40 00 40"));
    let ola = fx
        .store
        .supporters()
        .create(&SupporterInput {
            name: "Ola".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((kari.position, ola.position), (0, 1));
    let order = fx.store.supporters().reorder(&[ola.id, kari.id]).unwrap();
    assert_eq!(
        order.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Ola", "Kari"]
    );
    fx.store.supporters().delete(ola.id).unwrap();
    assert_eq!(fx.store.supporters().list().unwrap().len(), 1);
    let t = fx
        .store
        .triggers()
        .create("Arguments at home", Some("conflict"))
        .unwrap();
    assert_eq!(
        fx.store.triggers().update(t.id, "Arguments").unwrap().text,
        "Arguments"
    );
    fx.store.triggers().delete(t.id).unwrap();
    assert!(fx.store.triggers().list().unwrap().is_empty());
}

fn plan(amber: &str) -> PlanContent {
    PlanContent {
        amber_steps: vec![amber.into(), " Go to bed at 23:00 ".into()],
        red_steps: vec!["Call Kari".into(), "Call the DPS acute team".into()],
        clinician_name: Some("Dr. Berg".into()),
        clinician_phone: Some("22 11 00 00".into()),
        local_numbers: vec![LocalNumber {
            label: "Huisartsenpost".into(),
            number: "088 0030 600".into(),
        }],
        helps: Some("A quiet room".into()),
        ..Default::default()
    }
}

#[test]
fn every_save_of_the_plan_keeps_a_version_with_what_it_listed_then() {
    let fx = Fixture::at(NOON);
    fx.store
        .triggers()
        .create("Too little sleep", None)
        .unwrap();
    let sign = fx
        .store
        .signs()
        .create(&WarningSignInput::new("Sleeping less"))
        .unwrap();
    fx.store
        .supporters()
        .create(&SupporterInput {
            name: "Kari".into(),
            ..Default::default()
        })
        .unwrap();
    let v1 = fx.store.plan().save(&plan("Tell Kari")).unwrap();
    assert_eq!(v1.version, 1);
    assert_eq!(v1.content.amber_steps[1], "Go to bed at 23:00");
    assert_eq!(v1.content.baseline_window_days, 28);
    fx.store
        .signs()
        .update(sign.id, &WarningSignInput::new("Sleeping under 5 hours"))
        .unwrap();
    fx.set_now("2026-05-13T10:00:00Z");
    let v2 = fx.store.plan().save(&plan("Tell Kari and Ola")).unwrap();
    assert_eq!((v2.version, v2.id), (2, v1.id));
    assert_eq!(fx.store.plan().get().unwrap(), Some(v2));
    let history = fx.store.plan().versions().unwrap();
    assert_eq!(
        history.iter().map(|v| v.version).collect::<Vec<_>>(),
        [2, 1]
    );
    let first = fx.store.plan().version(1).unwrap();
    assert_eq!(first.snapshot.content.amber_steps[0], "Tell Kari");
    assert_eq!(first.snapshot.signs[0].text, "Sleeping less");
    assert_eq!(first.snapshot.triggers, ["Too little sleep"]);
    assert_eq!(first.snapshot.supporters[0].name, "Kari");
    assert_eq!(first.saved_at, common::ts(NOON));
    assert_eq!(history[0].snapshot.signs[0].text, "Sleeping under 5 hours");
    fx.store.plan().delete().unwrap();
    assert_eq!(fx.store.plan().get().unwrap(), None);
    assert_eq!(fx.store.plan().save(&plan("Again")).unwrap().version, 3);
    assert!(matches!(
        fx.store.plan().version(9),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn a_bad_plan_is_refused_and_keeps_the_old_version() {
    let fx = Fixture::at(NOON);
    fx.store.plan().save(&plan("Tell Kari")).unwrap();
    let save = |p: PlanContent| move |s: &Store| s.plan().save(&p);
    fx.assert_refused("relapse_plan.amber_steps", Problem::Empty, save(plan("  ")));
    fx.assert_refused(
        "relapse_plan.red_steps",
        Problem::TooMany { max: 50 },
        save(PlanContent {
            red_steps: vec!["Call".into(); 51],
            ..plan("x")
        }),
    );
    fx.assert_refused(
        "relapse_plan.clinician_phone",
        Problem::WrongType {
            expected: "a phone number".into(),
        },
        save(PlanContent {
            clinician_phone: Some("ring the office".into()),
            ..plan("x")
        }),
    );
    fx.assert_refused(
        "relapse_plan.local_numbers",
        Problem::Empty,
        save(PlanContent {
            local_numbers: vec![LocalNumber {
                label: " ".into(),
                number: "113".into(),
            }],
            ..plan("x")
        }),
    );
    fx.assert_refused(
        "relapse_plan.baseline_window_days",
        Problem::OutOfRange {
            min: 7.0,
            max: 90.0,
        },
        save(PlanContent {
            baseline_window_days: 6,
            ..plan("x")
        }),
    );
    fx.assert_refused(
        "relapse_plan.helps",
        Problem::TooLong { max: 4000 },
        save(PlanContent {
            helps: Some("h".repeat(4001)),
            ..plan("x")
        }),
    );
    assert_eq!(fx.store.plan().get().unwrap().unwrap().version, 1);
}
