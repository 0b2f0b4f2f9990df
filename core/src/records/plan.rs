//! The relapse prevention plan (module 7), with every saved version kept.
//!
//! One plan per participant (a natural id). Every save raises the version and stores a
//! snapshot of the plan as saved, together with the triggers, warning signs and
//! supporters it listed at that moment, so the history shows what the plan said then,
//! not what those lists say now. Crisis numbers are content (by country), not stored
//! here; the plan holds the participant's own extra local numbers.

use imr_protocol::{RecordKind, natural_id};
use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, info, json_at, json_text,
    meta_params, millis, opt_date_at, soft_delete, time_at,
};
use crate::records::settings;
use crate::records::signs::list_signs_on;
use crate::records::supporters::{list_supporters_on, list_triggers_on};
use crate::store::Store;
use crate::validate::{conform, not_future, opt_text};

const PLAN: RecordKind = RecordKind::RelapsePlan;
const VERSION: RecordKind = RecordKind::RelapsePlanVersion;

/// A local number the participant adds (the huisartsenpost, the DPS acute team).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalNumber {
    /// What the number is.
    pub label: String,
    /// The number as typed.
    pub number: String,
}

/// What the plan says; the input of a save and the content of every version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanContent {
    /// What I do when signs appear (amber).
    pub amber_steps: Vec<String>,
    /// What I do, and who I contact, when they get worse (red).
    pub red_steps: Vec<String>,
    /// My clinician's name.
    pub clinician_name: Option<String>,
    /// My clinician's number.
    pub clinician_phone: Option<String>,
    /// Numbers I added myself.
    pub local_numbers: Vec<LocalNumber>,
    /// Treatment preferences: what helps me.
    pub helps: Option<String>,
    /// What does not help me.
    pub does_not_help: Option<String>,
    /// Who to tell.
    pub who_to_tell: Option<String>,
    /// Days of check-ins that make the "usual" levels (7-90), agreed with the clinician.
    pub baseline_window_days: u8,
    /// When the participant last went through the plan (with the clinician); not in the
    /// future. Versions saved before schema 2 have none.
    #[serde(default)]
    pub last_reviewed: Option<Date>,
}

impl Default for PlanContent {
    fn default() -> Self {
        PlanContent {
            amber_steps: Vec::new(),
            red_steps: Vec::new(),
            clinician_name: None,
            clinician_phone: None,
            local_numbers: Vec::new(),
            helps: None,
            does_not_help: None,
            who_to_tell: None,
            baseline_window_days: imr_protocol::limits::BASELINE_WINDOW_DAYS.1 as u8,
            last_reviewed: None,
        }
    }
}

/// The stored plan.
#[derive(Clone, Debug, PartialEq)]
pub struct RelapsePlan {
    /// The participant's plan id (natural).
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Raised by one on every save, starting at 1.
    pub version: i64,
    /// What the plan says.
    pub content: PlanContent,
}

/// A warning sign as the plan listed it when saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignAtSave {
    /// The sign.
    pub text: String,
    /// Its threshold then.
    pub threshold: u8,
    /// Whether it was a red flag then.
    pub red_flag: bool,
}

/// A supporter as the plan listed them when saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupporterAtSave {
    /// Name.
    pub name: String,
    /// Relation.
    pub relation: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// What they agreed to do.
    pub agreed_to: Option<String>,
}

/// The whole plan as it stood at one save.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSnapshot {
    /// The plan's own fields.
    pub content: PlanContent,
    /// Triggers listed then.
    pub triggers: Vec<String>,
    /// Active warning signs listed then.
    pub signs: Vec<SignAtSave>,
    /// Supporters listed then, in order.
    pub supporters: Vec<SupporterAtSave>,
}

/// One saved version of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanVersion {
    /// The version number.
    pub version: i64,
    /// When it was saved (UTC).
    pub saved_at: Timestamp,
    /// What the plan said.
    pub snapshot: PlanSnapshot,
}

fn steps(name: &str, items: &[String]) -> Result<Vec<String>> {
    let items: Vec<String> = items.iter().map(|s| s.trim().to_owned()).collect();
    conform(PLAN, name, &serde_json::json!(items))?;
    Ok(items)
}

fn phone(name: &str, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim).filter(|p| !p.is_empty()) {
        None => Ok(None),
        Some(p) => {
            conform(PLAN, name, &p.into())?;
            Ok(Some(p.to_owned()))
        }
    }
}

fn validate(input: &PlanContent) -> Result<PlanContent> {
    let local_numbers: Vec<LocalNumber> = input
        .local_numbers
        .iter()
        .map(|n| LocalNumber {
            label: n.label.trim().to_owned(),
            number: n.number.trim().to_owned(),
        })
        .collect();
    let numbers =
        serde_json::to_value(&local_numbers).map_err(|e| Error::BadData(e.to_string()))?;
    conform(PLAN, "local_numbers", &numbers)?;
    conform(
        PLAN,
        "baseline_window_days",
        &input.baseline_window_days.into(),
    )?;
    Ok(PlanContent {
        amber_steps: steps("amber_steps", &input.amber_steps)?,
        red_steps: steps("red_steps", &input.red_steps)?,
        clinician_name: opt_text(PLAN, "clinician_name", input.clinician_name.as_deref())?,
        clinician_phone: phone("clinician_phone", input.clinician_phone.as_deref())?,
        local_numbers,
        helps: opt_text(PLAN, "helps", input.helps.as_deref())?,
        does_not_help: opt_text(PLAN, "does_not_help", input.does_not_help.as_deref())?,
        who_to_tell: opt_text(PLAN, "who_to_tell", input.who_to_tell.as_deref())?,
        baseline_window_days: input.baseline_window_days,
        last_reviewed: input.last_reviewed,
    })
}

const COLUMNS: &str = "version, amber_steps, red_steps, clinician_name, clinician_phone,
    local_numbers, helps, does_not_help, who_to_tell, baseline_window_days, last_reviewed";

fn from_row(row: &Row<'_>) -> rusqlite::Result<RelapsePlan> {
    let (id, info) = info(row)?;
    Ok(RelapsePlan {
        id,
        info,
        version: row.get(5)?,
        content: PlanContent {
            amber_steps: json_at(row, 6)?,
            red_steps: json_at(row, 7)?,
            clinician_name: row.get(8)?,
            clinician_phone: row.get(9)?,
            local_numbers: json_at(row, 10)?,
            helps: row.get(11)?,
            does_not_help: row.get(12)?,
            who_to_tell: row.get(13)?,
            baseline_window_days: row.get(14)?,
            last_reviewed: opt_date_at(row, 15)?,
        },
    })
}

/// The plan on any connection.
pub(crate) fn get_on(conn: &Connection) -> Result<Option<RelapsePlan>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {COLUMNS} FROM relapse_plan WHERE deleted = 0 LIMIT 1"
    ))?;
    Ok(stmt.query_row([], from_row).optional()?)
}

fn snapshot_on(conn: &Connection, content: &PlanContent) -> Result<PlanSnapshot> {
    Ok(PlanSnapshot {
        content: content.clone(),
        triggers: list_triggers_on(conn)?
            .into_iter()
            .map(|t| t.text)
            .collect(),
        signs: list_signs_on(conn)?
            .into_iter()
            .filter(|s| s.active)
            .map(|s| SignAtSave {
                text: s.text,
                threshold: s.threshold,
                red_flag: s.red_flag,
            })
            .collect(),
        supporters: list_supporters_on(conn)?
            .into_iter()
            .map(|s| SupporterAtSave {
                name: s.name,
                relation: s.relation,
                phone: s.phone,
                agreed_to: s.agreed_to,
            })
            .collect(),
    })
}

/// The relapse prevention plan: read, save (keeping a version), history, delete.
pub struct Plan<'a> {
    pub(crate) store: &'a Store,
}

impl Plan<'_> {
    /// The plan, if one was saved (and not deleted).
    pub fn get(&self) -> Result<Option<RelapsePlan>> {
        self.store.read(get_on)
    }

    /// Saves the plan as a new version and keeps a snapshot of it for the history.
    pub fn save(&self, input: &PlanContent) -> Result<RelapsePlan> {
        let content = validate(input)?;
        let id = natural_id(self.store.identity().participant, PLAN, "");
        self.store.write(|tx, stamp| {
            if let Some(reviewed) = content.last_reviewed {
                not_future(PLAN, "last_reviewed", reviewed, settings::load(tx)?.day_of(stamp.now))?;
            }
            let previous: Option<i64> = tx
                .query_row("SELECT max(version) FROM relapse_plan_version WHERE plan_id = ?1", [id.to_string()], |r| {
                    r.get(0)
                })
                .optional()?
                .flatten();
            let version = previous.unwrap_or(0) + 1;
            let snapshot = snapshot_on(tx, &content)?;
            let snapshot = serde_json::to_value(&snapshot).map_err(|e| Error::BadData(e.to_string()))?;
            conform(VERSION, "snapshot", &snapshot)?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO relapse_plan ({INSERT_META}, {COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                     ON CONFLICT (id) DO UPDATE SET {TOUCH}, deleted = 0, version = ?4,
                         amber_steps = ?5, red_steps = ?6, clinician_name = ?7, clinician_phone = ?8,
                         local_numbers = ?9, helps = ?10, does_not_help = ?11, who_to_tell = ?12,
                         baseline_window_days = ?13, last_reviewed = ?14"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    version,
                    json_text(&content.amber_steps)?,
                    json_text(&content.red_steps)?,
                    content.clinician_name,
                    content.clinician_phone,
                    json_text(&content.local_numbers)?,
                    content.helps,
                    content.does_not_help,
                    content.who_to_tell,
                    content.baseline_window_days,
                    content.last_reviewed.map(|d| d.to_string()),
                ],
            )?;
            let (version_id, _, _) = meta_params(Uuid::new_v4(), stamp);
            tx.execute(
                &format!(
                    "INSERT INTO relapse_plan_version ({INSERT_META}, plan_id, version, saved_at, snapshot)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7)"
                ),
                params![version_id, now, hlc, id_text, version, millis(stamp.now), snapshot.to_string()],
            )?;
            get_on(tx)?.ok_or_else(|| Error::not_found(PLAN, id))
        })
    }

    /// Every saved version, newest first.
    pub fn versions(&self) -> Result<Vec<PlanVersion>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT version, saved_at, snapshot FROM relapse_plan_version
                 WHERE deleted = 0 ORDER BY version DESC",
            )?;
            let rows = stmt.query_map([], |row| {
                Ok(PlanVersion {
                    version: row.get(0)?,
                    saved_at: time_at(row, 1)?,
                    snapshot: json_at(row, 2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// One saved version.
    pub fn version(&self, version: i64) -> Result<PlanVersion> {
        self.versions()?
            .into_iter()
            .find(|v| v.version == version)
            .ok_or_else(|| Error::not_found(VERSION, version))
    }

    /// Deletes the plan (a tombstone). Its history stays; a later save continues the
    /// version numbers.
    pub fn delete(&self) -> Result<()> {
        let id = natural_id(self.store.identity().participant, PLAN, "");
        self.store
            .write(|tx, stamp| soft_delete(tx, "relapse_plan", PLAN, id, stamp))
    }
}
