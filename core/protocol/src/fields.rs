//! The field-to-scope table: for every field of every record kind, which consent scope it
//! belongs to, what values it may hold, and whether it must be present.
//!
//! This one table decides what leaves the phone (only the fields of shared scopes), what
//! the server accepts, and what a scope purge removes. Tests check that the phone's records
//! and this table agree field for field.

use crate::kind::RecordKind;
use crate::limits::*;
use crate::scope::Scope;
use crate::vocab::*;

/// Where a field travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldScope {
    /// Structural: a natural key or a reference to a parent record. Sent whenever any part
    /// of the record is sent; never free text.
    Key,
    /// Sent only while the participant shares this scope.
    Shared(Scope),
    /// Never leaves the phone.
    Local,
}

/// What values a field may hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldType {
    /// Free text, trimmed, at most this many characters.
    Text(usize),
    /// Whole number in a closed range.
    Int(i64, i64),
    /// Hours from 0 to the bound, in steps of half an hour.
    HalfHours(f64),
    /// Yes or no.
    Bool,
    /// A calendar day, `YYYY-MM-DD`.
    Date,
    /// A UTC instant, RFC 3339.
    Timestamp,
    /// A time of day, `HH:MM`.
    TimeOfDay,
    /// The id of another record.
    Id,
    /// An IANA timezone name such as `Europe/Oslo`.
    TimeZone,
    /// A phone number: digits, spaces, `+`, `-`, parentheses.
    Phone,
    /// One of a vocabulary's wire names.
    OneOf(&'static [&'static str]),
    /// An object from record id (a sign, a symptom) to a rating 0..=bound.
    Ratings(i64),
    /// An object from substance kind to amount.
    Substances,
    /// A list of `{"strategy_id": id, "helpful": 0-3 or null}`.
    CopingUses,
    /// An object from IMR Scale item id to 1-5, or `"na"` for items 13-15.
    ScaleAnswers,
    /// A list of short texts (plan steps).
    TextList,
    /// A list of `{"label": text, "number": phone}` (the participant's local crisis numbers).
    LocalNumbers,
    /// A list of warning-level reasons (see [`crate::level::Reason`]).
    Reasons,
    /// A saved snapshot of the relapse plan: a JSON object, bounded in size.
    Snapshot,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// The field's wire name.
    pub name: &'static str,
    /// Where it travels.
    pub scope: FieldScope,
    /// What it may hold.
    pub ty: FieldType,
    /// Whether it must be present (for a shared field: whenever its scope is sent).
    pub required: bool,
}

const fn f(name: &'static str, scope: FieldScope, ty: FieldType, required: bool) -> FieldSpec {
    FieldSpec {
        name,
        scope,
        ty,
        required,
    }
}

use FieldScope::{Key, Local};
use FieldType::*;
const CHECK_INS: FieldScope = FieldScope::Shared(Scope::CheckIns);
const NOTES: FieldScope = FieldScope::Shared(Scope::Notes);
const SIGNS: FieldScope = FieldScope::Shared(Scope::WarningSigns);
const PLAN: FieldScope = FieldScope::Shared(Scope::RelapsePlan);
const GOALS: FieldScope = FieldScope::Shared(Scope::Goals);
const MODULES: FieldScope = FieldScope::Shared(Scope::Modules);
const SCALE: FieldScope = FieldScope::Shared(Scope::ImrScale);
const TITLE: FieldType = Text(TITLE_MAX_CHARS);
const NOTE: FieldType = Text(NOTE_MAX_CHARS);

const SETTINGS: &[FieldSpec] = &[
    f("locale", Local, OneOf(Locale::NAMES), true),
    f("timezone", Local, TimeZone, true),
    f("timezone_pinned", Local, Bool, true),
    f("day_start_hour", Local, Int(0, 12), true),
    f("reminder_time", Local, TimeOfDay, false),
    f("country", Local, OneOf(Country::NAMES), true),
    f(
        "usual_sleep_hours",
        Local,
        HalfHours(SLEEP_HOURS_MAX),
        false,
    ),
];
const GOAL: &[FieldSpec] = &[
    f("title", GOALS, TITLE, true),
    f("why", GOALS, NOTE, false),
    f("status", GOALS, OneOf(GoalStatus::NAMES), true),
    f("target_date", GOALS, Date, false),
];
const SHORT_TERM_GOAL: &[FieldSpec] = &[
    f("goal_id", Key, Id, true),
    f("title", GOALS, TITLE, true),
    f("status", GOALS, OneOf(GoalStatus::NAMES), true),
    f("target_date", GOALS, Date, false),
    f("position", GOALS, Int(0, 100_000), true),
];
const GOAL_STEP: &[FieldSpec] = &[
    f("short_term_goal_id", Key, Id, true),
    f("title", GOALS, TITLE, true),
    f("done", GOALS, Bool, true),
    f("position", GOALS, Int(0, 100_000), true),
];
const GOAL_FOLLOW_UP: &[FieldSpec] = &[
    f("goal_id", Key, Id, true),
    f("date", GOALS, Date, true),
    f("progress", GOALS, Int(0, PROGRESS_MAX), true),
    f("note", NOTES, NOTE, false),
];
const CHECK_IN: &[FieldSpec] = &[
    f("day", Key, Date, true),
    f("stress", CHECK_INS, Int(0, STRESS_MOOD_MAX), false),
    f("mood", CHECK_INS, Int(0, STRESS_MOOD_MAX), false),
    f("sleep_hours", CHECK_INS, HalfHours(SLEEP_HOURS_MAX), false),
    f("sleep_quality", CHECK_INS, Int(0, SLEEP_QUALITY_MAX), false),
    f("symptom_ratings", CHECK_INS, Ratings(RATING_MAX), false),
    f("medication", CHECK_INS, OneOf(Medication::NAMES), false),
    f("substances", CHECK_INS, Substances, false),
    f("coping", CHECK_INS, CopingUses, false),
    f("late", CHECK_INS, Bool, true),
    f("sign_ratings", SIGNS, Ratings(RATING_MAX), false),
    f("note", NOTES, NOTE, false),
];
const WARNING_SIGN: &[FieldSpec] = &[
    f("text", SIGNS, TITLE, true),
    f("threshold", SIGNS, Int(1, RATING_MAX), true),
    f("red_flag", SIGNS, Bool, true),
    f("active", SIGNS, Bool, true),
    f("suggestion_key", SIGNS, Text(64), false),
];
const PERSISTENT_SYMPTOM: &[FieldSpec] = &[
    f("text", CHECK_INS, TITLE, true),
    f("active", CHECK_INS, Bool, true),
];
const TRIGGER: &[FieldSpec] = &[
    f("text", PLAN, TITLE, true),
    f("suggestion_key", PLAN, Text(64), false),
];
const SUPPORTER: &[FieldSpec] = &[
    f("name", PLAN, TITLE, true),
    f("relation", PLAN, TITLE, false),
    f("phone", PLAN, Phone, false),
    f("agreed_to", PLAN, NOTE, false),
    f("position", PLAN, Int(0, 100_000), true),
];
const RELAPSE_PLAN: &[FieldSpec] = &[
    f("amber_steps", PLAN, TextList, false),
    f("red_steps", PLAN, TextList, false),
    f("clinician_name", PLAN, TITLE, false),
    f("clinician_phone", PLAN, Phone, false),
    f("local_numbers", PLAN, LocalNumbers, false),
    f("helps", PLAN, NOTE, false),
    f("does_not_help", PLAN, NOTE, false),
    f("who_to_tell", PLAN, NOTE, false),
    f("last_reviewed", PLAN, Date, false),
    f("version", PLAN, Int(1, i64::MAX), true),
    f(
        "baseline_window_days",
        SIGNS,
        Int(BASELINE_WINDOW_DAYS.0, BASELINE_WINDOW_DAYS.2),
        true,
    ),
];
const RELAPSE_PLAN_VERSION: &[FieldSpec] = &[
    f("plan_id", Key, Id, true),
    f("version", Key, Int(1, i64::MAX), true),
    f("saved_at", PLAN, Timestamp, true),
    f("snapshot", PLAN, Snapshot, true),
];
const COPING_STRATEGY: &[FieldSpec] = &[
    f("title", CHECK_INS, TITLE, true),
    f("category", CHECK_INS, OneOf(CopingCategory::NAMES), true),
    f("active", CHECK_INS, Bool, true),
    f("suggestion_key", CHECK_INS, Text(64), false),
];
const MODULE_PROGRESS: &[FieldSpec] = &[
    f("module", Key, OneOf(ModuleKey::NAMES), true),
    f("status", MODULES, OneOf(ModuleStatus::NAMES), true),
    f("started_on", MODULES, Date, false),
    f("completed_on", MODULES, Date, false),
];
const HOMEWORK: &[FieldSpec] = &[
    f("module", MODULES, OneOf(ModuleKey::NAMES), false),
    f("title", MODULES, TITLE, true),
    f("description", MODULES, NOTE, false),
    f("due", MODULES, Date, false),
];
const CLINICIAN_HOMEWORK: &[FieldSpec] = &[
    f("module", MODULES, OneOf(ModuleKey::NAMES), false),
    f("title", MODULES, TITLE, true),
    f("description", MODULES, NOTE, false),
    f("due", MODULES, Date, false),
    f("assigned_by", MODULES, TITLE, false),
];
const HOMEWORK_STATUS: &[FieldSpec] = &[
    f("homework_id", Key, Id, true),
    f("state", MODULES, OneOf(HomeworkState::NAMES), true),
    f("done_on", MODULES, Date, false),
    f("reflection", NOTES, NOTE, false),
];
const SCALE_RATING: &[FieldSpec] = &[
    f("taken_on", SCALE, Date, true),
    f("item_set_version", SCALE, Int(1, 1000), true),
    f("answers", SCALE, ScaleAnswers, true),
];
const CLINICIAN_SCALE_RATING: &[FieldSpec] = &[
    f("taken_on", SCALE, Date, true),
    f("item_set_version", SCALE, Int(1, 1000), true),
    f("answers", SCALE, ScaleAnswers, true),
    f("rated_by", SCALE, TITLE, false),
];
const SESSION: &[FieldSpec] = &[
    f("date", MODULES, Date, true),
    f("module", MODULES, OneOf(ModuleKey::NAMES), false),
    f("attended", MODULES, Bool, true),
    f("format", MODULES, OneOf(SessionFormat::NAMES), false),
];
const CLINICIAN_SESSION: &[FieldSpec] = &[
    f("date", MODULES, Date, true),
    f("module", MODULES, OneOf(ModuleKey::NAMES), false),
    f("attended", MODULES, Bool, true),
    f("format", MODULES, OneOf(SessionFormat::NAMES), false),
    f("recorded_by", MODULES, TITLE, false),
];
const ALERT_EVENT: &[FieldSpec] = &[
    f("episode_id", SIGNS, Id, true),
    f("event", SIGNS, OneOf(AlertEventType::NAMES), true),
    f("level", SIGNS, OneOf(WarningLevel::NAMES), true),
    f("day", SIGNS, Date, true),
    f("reasons", SIGNS, Reasons, false),
    f("withdraws", SIGNS, Id, false),
];
const ALERT_ACK: &[FieldSpec] = &[
    f("alert_id", Key, Id, true),
    f("acknowledged_at", SIGNS, Timestamp, true),
    f("note", NOTES, NOTE, false),
];
const ALERT_SEEN: &[FieldSpec] = &[
    f("alert_id", Key, Id, true),
    f("seen_at", SIGNS, Timestamp, true),
    f("seen_by", SIGNS, TITLE, false),
];
const GOAL_COMMENT: &[FieldSpec] = &[
    f("goal_id", Key, Id, true),
    f("text", GOALS, NOTE, true),
    f("author", GOALS, TITLE, false),
];
const PLAN_COMMENT: &[FieldSpec] = &[f("text", PLAN, NOTE, true), f("author", PLAN, TITLE, false)];
const WARNING_STATUS: &[FieldSpec] = &[
    f("level", SIGNS, OneOf(WarningLevel::NAMES), true),
    f("as_of", SIGNS, Date, true),
    f("reasons", SIGNS, Reasons, false),
];

/// The table's rows for one kind.
pub fn fields(kind: RecordKind) -> &'static [FieldSpec] {
    use RecordKind as K;
    match kind {
        K::Settings => SETTINGS,
        K::Goal => GOAL,
        K::ShortTermGoal => SHORT_TERM_GOAL,
        K::GoalStep => GOAL_STEP,
        K::GoalFollowUp => GOAL_FOLLOW_UP,
        K::CheckIn => CHECK_IN,
        K::WarningSign => WARNING_SIGN,
        K::PersistentSymptom => PERSISTENT_SYMPTOM,
        K::Trigger => TRIGGER,
        K::Supporter => SUPPORTER,
        K::RelapsePlan => RELAPSE_PLAN,
        K::RelapsePlanVersion => RELAPSE_PLAN_VERSION,
        K::CopingStrategy => COPING_STRATEGY,
        K::ModuleProgress => MODULE_PROGRESS,
        K::Homework => HOMEWORK,
        K::ClinicianHomework => CLINICIAN_HOMEWORK,
        K::HomeworkStatus => HOMEWORK_STATUS,
        K::ScaleRating => SCALE_RATING,
        K::ClinicianScaleRating => CLINICIAN_SCALE_RATING,
        K::Session => SESSION,
        K::ClinicianSession => CLINICIAN_SESSION,
        K::AlertEvent => ALERT_EVENT,
        K::AlertAck => ALERT_ACK,
        K::AlertSeen => ALERT_SEEN,
        K::GoalComment => GOAL_COMMENT,
        K::PlanComment => PLAN_COMMENT,
        K::WarningStatus => WARNING_STATUS,
    }
}

/// One field's row, if the kind has such a field.
pub fn field(kind: RecordKind, name: &str) -> Option<&'static FieldSpec> {
    fields(kind).iter().find(|spec| spec.name == name)
}

/// The scopes any of a kind's fields belong to. A kind with none never leaves the phone.
pub fn scopes_of(kind: RecordKind) -> Vec<Scope> {
    let mut scopes: Vec<Scope> = fields(kind)
        .iter()
        .filter_map(|spec| match spec.scope {
            FieldScope::Shared(scope) => Some(scope),
            _ => None,
        })
        .collect();
    scopes.sort();
    scopes.dedup();
    scopes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Identity;

    #[test]
    fn every_kind_has_fields_with_unique_names() {
        for kind in RecordKind::ALL {
            let specs = fields(*kind);
            assert!(!specs.is_empty(), "{kind} has no fields");
            let mut names: Vec<_> = specs.iter().map(|s| s.name).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), specs.len(), "{kind} repeats a field name");
        }
    }

    #[test]
    fn natural_keys_are_required_key_fields() {
        for kind in RecordKind::ALL {
            if let Identity::NaturalKey(name) = kind.identity() {
                let spec = field(*kind, name).unwrap_or_else(|| panic!("{kind} lacks {name}"));
                assert_eq!(spec.scope, FieldScope::Key, "{kind}.{name}");
                assert!(spec.required, "{kind}.{name}");
            }
        }
    }

    #[test]
    fn key_fields_never_hold_free_text() {
        for kind in RecordKind::ALL {
            for spec in fields(*kind).iter().filter(|s| s.scope == FieldScope::Key) {
                assert!(
                    !matches!(spec.ty, Text(_) | TextList | Snapshot),
                    "{kind}.{}",
                    spec.name
                );
            }
        }
    }

    #[test]
    fn free_text_about_oneself_is_in_the_notes_scope() {
        let notes: Vec<String> = RecordKind::ALL
            .iter()
            .flat_map(|k| fields(*k).iter().map(move |s| (k, s)))
            .filter(|(_, s)| s.scope == NOTES)
            .map(|(k, s)| format!("{k}.{}", s.name))
            .collect();
        assert_eq!(
            notes,
            [
                "goal_follow_up.note",
                "check_in.note",
                "homework_status.reflection",
                "alert_ack.note"
            ]
        );
    }

    #[test]
    fn settings_never_leave_the_phone_and_everything_else_can() {
        assert!(scopes_of(RecordKind::Settings).is_empty());
        for kind in RecordKind::ALL
            .iter()
            .filter(|k| **k != RecordKind::Settings)
        {
            assert!(!scopes_of(*kind).is_empty(), "{kind} can never be shared");
            assert!(fields(*kind).iter().all(|s| s.scope != Local), "{kind}");
        }
    }

    #[test]
    fn supporters_contact_details_travel_only_with_the_plan() {
        for name in ["name", "phone", "relation", "agreed_to"] {
            assert_eq!(field(RecordKind::Supporter, name).unwrap().scope, PLAN);
        }
    }
}
