//! The wire formats, pinned: a change to any of these snapshots is a protocol change.

use std::collections::BTreeSet;

use imr_protocol::api::*;
use imr_protocol::*;
use jiff::Timestamp;
use jiff::civil::date;
use serde_json::{Map, Value, json};
use uuid::Uuid;

const PARTICIPANT: Uuid = Uuid::from_u128(0x1111);
const DEVICE: Uuid = Uuid::from_u128(0xd1);

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn meta(kind: RecordKind, id: Uuid) -> RecordMeta {
    RecordMeta {
        kind,
        id,
        hlc: Hlc {
            wall_ms: 1_774_000_000_000,
            counter: 2,
            device: DEVICE,
        },
        created_at: at("2026-03-22T19:30:00Z"),
        updated_at: at("2026-03-22T19:31:00Z"),
        deleted: false,
    }
}

fn obj(value: Value) -> Map<String, Value> {
    value.as_object().unwrap().clone()
}

fn full_check_in() -> WireRecord {
    let sign = Uuid::from_u128(0x51);
    let strategy = Uuid::from_u128(0xc0);
    let id = natural_id(PARTICIPANT, RecordKind::CheckIn, "2026-03-22");
    WireRecord::from_fields(
        meta(RecordKind::CheckIn, id),
        &obj(json!({
            "day": "2026-03-22", "stress": 6, "mood": 4, "sleep_hours": 5.5, "sleep_quality": 1,
            "medication": "partly", "substances": {"alcohol": "some"},
            "coping": [{"strategy_id": strategy, "helpful": 2}], "late": false,
            "sign_ratings": {sign.to_string(): 2}, "note": "Hard day at work."
        })),
        &Default::default(),
    )
}

fn consent(scopes: &[Scope]) -> Consent {
    Consent {
        version: 3,
        scopes: scopes.iter().copied().collect(),
    }
}

#[test]
fn a_full_check_in_on_the_wire() {
    insta::assert_json_snapshot!(full_check_in());
}

#[test]
fn a_check_in_shared_without_notes_carries_no_note() {
    let projected = full_check_in()
        .project(&consent(&[Scope::CheckIns]))
        .unwrap();
    let text = serde_json::to_string(&projected).unwrap();
    assert!(!text.contains("Hard day"));
    assert!(!text.contains("sign_ratings"));
    insta::assert_json_snapshot!(projected);
}

#[test]
fn a_record_with_no_shared_scope_does_not_leave_the_phone() {
    assert!(full_check_in().project(&consent(&[Scope::Goals])).is_none());
    let settings = WireRecord::from_fields(
        meta(
            RecordKind::Settings,
            natural_id(PARTICIPANT, RecordKind::Settings, ""),
        ),
        &obj(json!({"locale": "nb", "timezone": "Europe/Oslo"})),
        &Default::default(),
    );
    assert!(settings.key.is_empty() && settings.data.is_empty());
    let everything = Consent {
        version: 1,
        scopes: Scope::ALL.into_iter().collect(),
    };
    assert!(settings.project(&everything).is_none());
}

#[test]
fn a_tombstone_carries_no_data() {
    let mut m = meta(RecordKind::Goal, Uuid::from_u128(0x60));
    m.deleted = true;
    let tomb = WireRecord::from_fields(m, &obj(json!({"title": "Get a job"})), &Default::default());
    assert!(tomb.data.is_empty());
    validate_record(&tomb).unwrap();
    let sent = tomb.project(&consent(&[Scope::Goals])).unwrap();
    insta::assert_json_snapshot!(sent);
}

#[test]
fn merging_a_shared_projection_keeps_the_phones_unshared_fields() {
    let mut local = full_check_in().known_fields();
    let mut remote = full_check_in()
        .project(&consent(&[Scope::CheckIns]))
        .unwrap();
    remote
        .data
        .get_mut(&Scope::CheckIns)
        .unwrap()
        .insert("stress".into(), json!(8));
    remote
        .data
        .get_mut(&Scope::CheckIns)
        .unwrap()
        .remove("mood");
    remote.merge_into(&mut local);
    assert_eq!(local["stress"], json!(8));
    assert!(
        !local.contains_key("mood"),
        "a field cleared remotely is cleared"
    );
    assert_eq!(
        local["note"],
        json!("Hard day at work."),
        "notes were not shared: kept"
    );
}

#[test]
fn fields_from_a_newer_app_are_kept_untouched() {
    let mut record = full_check_in();
    record
        .data
        .get_mut(&Scope::CheckIns)
        .unwrap()
        .insert("energy".into(), json!(7));
    let value = serde_json::to_value(&record).unwrap();
    let parsed = parse_record(&value).unwrap();
    let extras = parsed.extras();
    assert_eq!(extras[&Scope::CheckIns]["energy"], json!(7));
    let rebuilt = WireRecord::from_fields(
        meta(RecordKind::CheckIn, parsed.id),
        &parsed.known_fields(),
        &extras,
    );
    assert_eq!(rebuilt.data, record.data);
}

#[test]
fn natural_ids_are_the_same_on_every_device() {
    let record = full_check_in();
    assert_eq!(record.expected_id(PARTICIPANT), Some(record.id));
    assert_ne!(record.expected_id(Uuid::from_u128(0x2222)), Some(record.id));
    let plan = natural_id(PARTICIPANT, RecordKind::RelapsePlan, "anything");
    assert_eq!(plan, natural_id(PARTICIPANT, RecordKind::RelapsePlan, ""));
    insta::assert_json_snapshot!(json!({
        "check_in_2026_03_22": record.id,
        "relapse_plan": plan,
        "settings": natural_id(PARTICIPANT, RecordKind::Settings, ""),
        "module_progress_relapse": natural_id(PARTICIPANT, RecordKind::ModuleProgress, "relapse"),
    }));
}

fn refusal(value: Value) -> Refusal {
    parse_record(&value).unwrap_err()
}

#[test]
fn bad_records_are_refused_with_field_and_reason() {
    let good = serde_json::to_value(full_check_in()).unwrap();
    let with = |path: &[&str], v: Value| {
        let mut r = good.clone();
        let mut cur = &mut r;
        for p in &path[..path.len() - 1] {
            cur = cur.get_mut(*p).unwrap();
        }
        cur[path[path.len() - 1]] = v;
        r
    };
    let r = refusal(with(&["data", "check_ins", "stress"], json!(11)));
    assert_eq!(r.reason, RejectReason::InvalidField);
    assert_eq!(
        r.field.unwrap(),
        FieldError::new(
            "check_in.stress",
            Problem::OutOfRange {
                min: 0.0,
                max: 10.0
            }
        )
    );
    let r = refusal(with(
        &["data", "check_ins", "note"],
        json!("in the wrong group"),
    ));
    assert_eq!(
        r.field.unwrap().problem,
        Problem::WrongScope {
            scope: Scope::Notes
        }
    );
    let r = refusal(with(&["data", "check_ins", "late"], Value::Null));
    assert_eq!(
        r.field.unwrap(),
        FieldError::new("check_in.late", Problem::Missing)
    );
    let r = refusal(with(&["key", "day"], json!("yesterday")));
    assert_eq!(r.field.unwrap().field, "check_in.day");
    assert_eq!(
        refusal(with(&["kind"], json!("dream_diary"))).reason,
        RejectReason::UnknownKind
    );
    assert_eq!(
        refusal(with(&["data", "telepathy"], json!({}))).reason,
        RejectReason::UnknownScope
    );
    assert_eq!(
        refusal(with(&["hlc"], json!("soon"))).reason,
        RejectReason::Malformed
    );
    let r = refusal(with(&["deleted"], json!(true)));
    assert_eq!(r.field.unwrap().problem, Problem::DeletedWithData);
}

#[test]
fn a_required_title_of_only_spaces_is_refused() {
    let goal = WireRecord::from_fields(
        meta(RecordKind::Goal, Uuid::from_u128(0x60)),
        &obj(json!({"title": "   ", "status": "active"})),
        &Default::default(),
    );
    assert_eq!(
        validate_record(&goal).unwrap_err(),
        FieldError::new("goal.title", Problem::Empty)
    );
}

#[test]
fn device_api_bodies() {
    let enroll = EnrollRequest {
        code: "K7QM-2XPA-9RT".into(),
        device_id: DEVICE,
        device_label: "Kari's phone".into(),
    };
    let enrolled = EnrollResponse {
        device_token: "t0k3n".into(),
        participant_id: PARTICIPANT,
        clinic_name: "DPS Nord".into(),
        consent: consent(&[Scope::CheckIns, Scope::WarningSigns]),
        server_time_ms: 1_774_000_000_000,
    };
    let change = ConsentChange {
        base_version: 3,
        scopes: BTreeSet::from([Scope::CheckIns, Scope::Goals]),
    };
    let push = PushRequest::new(
        Uuid::from_u128(0xba7c),
        3,
        &[full_check_in()
            .project(&consent(&[Scope::CheckIns]))
            .unwrap()],
    );
    let pushed = PushResponse {
        batch_id: Uuid::from_u128(0xba7c),
        results: vec![
            RecordResult {
                index: 0,
                id: Some(Uuid::from_u128(1)),
                outcome: Outcome::Applied,
                reason: None,
                field: None,
            },
            RecordResult {
                index: 1,
                id: Some(Uuid::from_u128(2)),
                outcome: Outcome::Superseded,
                reason: None,
                field: None,
            },
            RecordResult {
                index: 2,
                id: Some(Uuid::from_u128(3)),
                outcome: Outcome::Rejected,
                reason: Some(RejectReason::InvalidField),
                field: Some(FieldError::new(
                    "check_in.mood",
                    Problem::OutOfRange {
                        min: 0.0,
                        max: 10.0,
                    },
                )),
            },
        ],
        server_time_ms: 1_774_000_000_100,
    };
    let pulled = PullResponse {
        records: vec![PulledRecord {
            seq: 41,
            record: full_check_in().project(&consent(&[Scope::Notes])).unwrap(),
        }],
        cursor: 41,
        has_more: false,
        full_resync: false,
        server_time_ms: 1_774_000_000_200,
    };
    let log = AccessLog {
        entries: vec![AccessLogEntry {
            at: at("2026-03-23T08:15:00Z"),
            actor: "Ola Nordmann".into(),
            role: "clinician".into(),
            action: AccessAction::Viewed,
            what: "check_ins".into(),
        }],
    };
    let error = ApiError {
        code: ApiErrorCode::ConsentOutdated,
        message: "consent version 2 is older than 3".into(),
        field: None,
    };
    let status = WarningStatus {
        level: WarningLevel::Amber,
        as_of: date(2026, 3, 24),
        reasons: vec![Reason {
            rule: WarningRule::SignAtThreshold,
            sign_id: Some(Uuid::from_u128(0x51)),
            sign_label: Some("Sleeping less".into()),
            direction: None,
            dates: vec![date(2026, 3, 22), date(2026, 3, 24)],
        }],
    };
    insta::assert_json_snapshot!(json!({
        "enroll_request": enroll, "enroll_response": enrolled, "consent_change": change,
        "push_request": push, "push_response": pushed, "pull_response": pulled,
        "access_log": log, "error": error, "warning_status": status,
    }));
}

#[test]
fn the_field_to_scope_table() {
    let table: Vec<String> = RecordKind::ALL
        .iter()
        .flat_map(|kind| {
            fields(*kind).iter().map(move |spec| {
                let scope = match spec.scope {
                    FieldScope::Key => "key".to_owned(),
                    FieldScope::Local => "local".to_owned(),
                    FieldScope::Shared(s) => s.to_string(),
                };
                let req = if spec.required { " (required)" } else { "" };
                format!("{kind}.{} -> {scope}{req}", spec.name)
            })
        })
        .collect();
    insta::assert_snapshot!(table.join("\n"));
}
