//! IMR Scale ratings: the participant's own, and the clinician's (read-only here).
//!
//! Answers are stored by stable item id and item-set version, never by question text,
//! so the wording can change (or a licensed translation replace ours) without breaking
//! scores. Items 13-15 may be "not applicable". The score reported is the mean of the
//! answered items; no subscale norms are invented.

use imr_protocol::{Problem, RecordKind, ScaleItem};
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, date_at, info, json_at, json_text,
    meta_params, own_row, soft_delete,
};
use crate::records::settings;
use crate::store::Store;
use crate::validate::{conform, not_future, refuse};

const OWN: RecordKind = RecordKind::ScaleRating;
const CLINICIAN: RecordKind = RecordKind::ClinicianScaleRating;

/// One item's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleAnswer {
    /// 1-5 on the item's anchored scale.
    Score(u8),
    /// Not applicable (items 13-15 only).
    NotApplicable,
}

/// The stored and wire form of "not applicable".
const NOT_APPLICABLE: &str = "na";

impl ScaleAnswer {
    fn to_json(self) -> Value {
        match self {
            ScaleAnswer::Score(s) => Value::from(s),
            ScaleAnswer::NotApplicable => Value::from(NOT_APPLICABLE),
        }
    }

    fn from_json(value: &Value) -> Option<ScaleAnswer> {
        match value {
            Value::String(s) if s == NOT_APPLICABLE => Some(ScaleAnswer::NotApplicable),
            other => other
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .map(ScaleAnswer::Score),
        }
    }
}

/// The answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemAnswer {
    /// Which item, by stable id.
    pub item: ScaleItem,
    /// The answer.
    pub answer: ScaleAnswer,
}

/// Who rated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RatedBy {
    /// The participant (self-rating).
    Participant,
    /// A clinician, on the dashboard.
    Clinician {
        /// The clinician's name as recorded.
        name: Option<String>,
    },
}

/// A stored rating.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleRating {
    /// Random id.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Who rated.
    pub rated_by: RatedBy,
    /// The day it was taken.
    pub taken_on: Date,
    /// The item set the answers belong to.
    pub item_set_version: u32,
    /// The answers given, in item order; unanswered items are absent.
    pub answers: Vec<ItemAnswer>,
    /// Mean of the items answered with a score; `None` if none was.
    pub mean: Option<f64>,
}

fn answers_json(answers: &[ItemAnswer]) -> Result<String> {
    let mut map = Map::new();
    let mut sorted = answers.to_vec();
    sorted.sort_by_key(|a| a.item);
    for a in sorted {
        if map
            .insert(a.item.as_str().to_owned(), a.answer.to_json())
            .is_some()
        {
            return Err(refuse(OWN, "answers", Problem::Duplicate).into());
        }
    }
    let value = Value::Object(map);
    conform(OWN, "answers", &value)?;
    json_text(&value)
}

fn mean(answers: &[ItemAnswer]) -> Option<f64> {
    let scores: Vec<f64> = answers
        .iter()
        .filter_map(|a| match a.answer {
            ScaleAnswer::Score(s) => Some(f64::from(s)),
            ScaleAnswer::NotApplicable => None,
        })
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<ScaleRating> {
    let (id, info) = info(row)?;
    let kind: String = row.get(5)?;
    let map: Map<String, Value> = json_at(row, 8)?;
    let mut answers = Vec::with_capacity(map.len());
    for (item, answer) in &map {
        // An item or answer this version does not know (a newer item set) is skipped,
        // not fatal: the rest of the rating still reads.
        if let (Ok(item), Some(answer)) =
            (item.parse::<ScaleItem>(), ScaleAnswer::from_json(answer))
        {
            answers.push(ItemAnswer { item, answer });
        }
    }
    answers.sort_by_key(|a| a.item);
    Ok(ScaleRating {
        id,
        info,
        rated_by: if kind == CLINICIAN.as_str() {
            RatedBy::Clinician { name: row.get(9)? }
        } else {
            RatedBy::Participant
        },
        taken_on: date_at(row, 6)?,
        item_set_version: row.get(7)?,
        mean: mean(&answers),
        answers,
    })
}

const COLUMNS: &str = "kind, taken_on, item_set_version, answers, rated_by";

fn get_on(conn: &Connection, id: Uuid) -> Result<Option<ScaleRating>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {COLUMNS} FROM scale_rating WHERE id = ?1 AND deleted = 0"
    ))?;
    Ok(stmt.query_row([id.to_string()], from_row).optional()?)
}

/// IMR Scale ratings: take, correct, delete, list (both raters, for the side-by-side trend).
pub struct Scale<'a> {
    pub(crate) store: &'a Store,
}

impl Scale<'_> {
    /// Stores a self-rating taken on `taken_on` (not in the future).
    pub fn create(&self, taken_on: Date, answers: &[ItemAnswer]) -> Result<ScaleRating> {
        let json = answers_json(answers)?;
        let id = Uuid::new_v4();
        self.store.write(|tx, stamp| {
            not_future(
                OWN,
                "taken_on",
                taken_on,
                settings::load(tx)?.day_of(stamp.now),
            )?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO scale_rating ({INSERT_META}, {COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, NULL)"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    OWN.as_str(),
                    taken_on.to_string(),
                    ScaleItem::ITEM_SET_VERSION,
                    json
                ],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(OWN, id))
        })
    }

    /// Corrects a self-rating; the clinician's ratings are read-only here.
    pub fn update(&self, id: Uuid, taken_on: Date, answers: &[ItemAnswer]) -> Result<ScaleRating> {
        let json = answers_json(answers)?;
        self.store.write(|tx, stamp| {
            own_row(tx, "scale_rating", OWN, CLINICIAN, id)?;
            not_future(OWN, "taken_on", taken_on, settings::load(tx)?.day_of(stamp.now))?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "UPDATE scale_rating SET {TOUCH}, taken_on = ?4, item_set_version = ?5, answers = ?6
                     WHERE id = ?1 AND deleted = 0"
                ),
                params![id_text, now, hlc, taken_on.to_string(), ScaleItem::ITEM_SET_VERSION, json],
            )?;
            get_on(tx, id)?.ok_or_else(|| Error::not_found(OWN, id))
        })
    }

    /// One rating.
    pub fn get(&self, id: Uuid) -> Result<Option<ScaleRating>> {
        self.store.read(|conn| get_on(conn, id))
    }

    /// Every rating of both raters, oldest first.
    pub fn list(&self) -> Result<Vec<ScaleRating>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {META}, {COLUMNS} FROM scale_rating WHERE deleted = 0 ORDER BY taken_on, created_at"
            ))?;
            let rows = stmt.query_map([], from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes a self-rating.
    pub fn delete(&self, id: Uuid) -> Result<()> {
        self.store.write(|tx, stamp| {
            own_row(tx, "scale_rating", OWN, CLINICIAN, id)?;
            soft_delete(tx, "scale_rating", OWN, id, stamp)
        })
    }
}
