//! The daily check-in: one record per local day, quick or full.
//!
//! The quick check-in (stress, mood, signs) and the full one are the same record: saving
//! replaces the day's check-in with what the form holds. The id is the natural id of the
//! day, so two devices never create two check-ins for one day. A check-in can be filled
//! in for today or, marked late, for up to 7 days back; never for a future day.

use std::collections::BTreeMap;

use imr_protocol::limits::BACKFILL_DAYS;
use imr_protocol::{Medication, Problem, RecordKind, SubstanceAmount, SubstanceKind, natural_id};
use jiff::ToSpan;
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, date_at, info, json_at, meta_params,
    opt_word_at, soft_delete, time_at,
};
use crate::records::settings;
use crate::store::Store;
use crate::validate::{conform, not_future, opt_number, opt_text, refuse};

const KIND: RecordKind = RecordKind::CheckIn;

/// A rating (0-3) of one warning sign or persistent symptom, by the record's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    /// The sign or symptom.
    pub id: Uuid,
    /// 0 none, 1 mild, 2 moderate, 3 severe.
    pub rating: u8,
}

/// How much of one kind of substance was used that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubstanceUse {
    /// Which substance.
    pub kind: SubstanceKind,
    /// How much.
    pub amount: SubstanceAmount,
}

/// A coping strategy used that day, and how much it helped (0-3), if rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopingUse {
    /// The strategy.
    pub strategy_id: Uuid,
    /// 0 not at all .. 3 a lot; `None` when not rated.
    pub helpful: Option<u8>,
}

/// What the check-in form sends. Everything but the day may be left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckInInput {
    /// The local day the check-in is for (today, or up to 7 days back).
    pub day: Date,
    /// Stress 0-10.
    pub stress: Option<u8>,
    /// Mood 0-10.
    pub mood: Option<u8>,
    /// Hours slept, 0-24 in half hours.
    pub sleep_hours: Option<f64>,
    /// Sleep quality 0-4.
    pub sleep_quality: Option<u8>,
    /// Each rated warning sign, 0-3.
    pub sign_ratings: Vec<Rating>,
    /// Each rated persistent symptom, 0-3.
    pub symptom_ratings: Vec<Rating>,
    /// Medication taken as prescribed.
    pub medication: Option<Medication>,
    /// Alcohol and drug use, per kind.
    pub substances: Vec<SubstanceUse>,
    /// Coping strategies used, with how much each helped.
    pub coping: Vec<CopingUse>,
    /// A free note, up to 4000 characters.
    pub note: Option<String>,
}

/// A stored check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckIn {
    /// The natural id of the day.
    pub id: Uuid,
    /// Sync metadata.
    pub info: RecordInfo,
    /// The local day it belongs to.
    pub day: Date,
    /// Filled in after its day had passed.
    pub late: bool,
    /// Stress 0-10.
    pub stress: Option<u8>,
    /// Mood 0-10.
    pub mood: Option<u8>,
    /// Hours slept.
    pub sleep_hours: Option<f64>,
    /// Sleep quality 0-4.
    pub sleep_quality: Option<u8>,
    /// Warning sign ratings, ordered by sign id.
    pub sign_ratings: Vec<Rating>,
    /// Persistent symptom ratings, ordered by symptom id.
    pub symptom_ratings: Vec<Rating>,
    /// Medication taken as prescribed.
    pub medication: Option<Medication>,
    /// Substance use, ordered by kind.
    pub substances: Vec<SubstanceUse>,
    /// Coping strategies used, in the order given.
    pub coping: Vec<CopingUse>,
    /// The note.
    pub note: Option<String>,
}

/// The ratings as stored and sent: an object from record id to rating.
fn ratings_json(name: &str, ratings: &[Rating]) -> Result<String> {
    let mut map = BTreeMap::new();
    for r in ratings {
        if map.insert(r.id.to_string(), r.rating).is_some() {
            return Err(refuse(KIND, name, Problem::Duplicate).into());
        }
    }
    let value = serde_json::to_value(&map).map_err(|e| Error::BadData(e.to_string()))?;
    conform(KIND, name, &value)?;
    Ok(value.to_string())
}

/// Ratings in the order they are stored and read back: by record id.
fn sorted_by_id(ratings: &[Rating]) -> Vec<Rating> {
    let mut sorted = ratings.to_vec();
    sorted.sort_by_key(|r| r.id);
    sorted
}

fn ratings_from(map: BTreeMap<Uuid, u8>) -> Vec<Rating> {
    map.into_iter()
        .map(|(id, rating)| Rating { id, rating })
        .collect()
}

/// Every rated id must be a live record of `table`: ratings of deleted or unknown signs
/// would silently feed the early-warning engine with nothing behind them.
/// (Duplicates were refused before this runs, so the ids are distinct.)
fn check_references(conn: &Connection, name: &str, table: &str, ids: &[Uuid]) -> Result<()> {
    if !crate::records::row::all_live(conn, table, ids)? {
        return Err(refuse(KIND, name, Problem::UnknownReference).into());
    }
    Ok(())
}

struct Validated {
    note: Option<String>,
    sign_ratings: String,
    symptom_ratings: String,
    substances: String,
    coping: String,
}

fn validate(input: &CheckInInput, today: Date) -> Result<Validated> {
    not_future(KIND, "day", input.day, today)?;
    let earliest = today
        .checked_sub(BACKFILL_DAYS.days())
        .map_err(|e| Error::BadData(e.to_string()))?;
    if input.day < earliest {
        return Err(refuse(
            KIND,
            "day",
            Problem::TooFarBack {
                max_days: BACKFILL_DAYS,
            },
        )
        .into());
    }
    opt_number(KIND, "stress", input.stress)?;
    opt_number(KIND, "mood", input.mood)?;
    opt_number(KIND, "sleep_hours", input.sleep_hours)?;
    opt_number(KIND, "sleep_quality", input.sleep_quality)?;
    let mut substances = BTreeMap::new();
    for s in &input.substances {
        if substances.insert(s.kind, s.amount).is_some() {
            return Err(refuse(KIND, "substances", Problem::Duplicate).into());
        }
    }
    let substances =
        serde_json::to_value(&substances).map_err(|e| Error::BadData(e.to_string()))?;
    conform(KIND, "substances", &substances)?;
    let coping = serde_json::to_value(&input.coping).map_err(|e| Error::BadData(e.to_string()))?;
    conform(KIND, "coping", &coping)?;
    Ok(Validated {
        note: opt_text(KIND, "note", input.note.as_deref())?,
        sign_ratings: ratings_json("sign_ratings", &input.sign_ratings)?,
        symptom_ratings: ratings_json("symptom_ratings", &input.symptom_ratings)?,
        substances: substances.to_string(),
        coping: coping.to_string(),
    })
}

const COLUMNS: &str = "day, late, stress, mood, sleep_hours, sleep_quality, sign_ratings,
    symptom_ratings, medication, substances, coping, note";

fn from_row(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    let (id, info) = info(row)?;
    let substances: BTreeMap<SubstanceKind, SubstanceAmount> = json_at(row, 14)?;
    Ok(CheckIn {
        id,
        info,
        day: date_at(row, 5)?,
        late: row.get(6)?,
        stress: row.get(7)?,
        mood: row.get(8)?,
        sleep_hours: row.get(9)?,
        sleep_quality: row.get(10)?,
        sign_ratings: ratings_from(json_at(row, 11)?),
        symptom_ratings: ratings_from(json_at(row, 12)?),
        medication: opt_word_at(row, 13)?,
        substances: substances
            .into_iter()
            .map(|(kind, amount)| SubstanceUse { kind, amount })
            .collect(),
        coping: json_at(row, 15)?,
        note: row.get(16)?,
    })
}

/// Daily check-ins: save, read, list, delete.
pub struct CheckIns<'a> {
    pub(crate) store: &'a Store,
}

impl CheckIns<'_> {
    /// The id the check-in of `day` has (on every device of this participant).
    pub fn id_of(&self, day: Date) -> Uuid {
        natural_id(self.store.identity().participant, KIND, &day.to_string())
    }

    /// Saves the check-in of `input.day`, replacing what that day held. Refused (and
    /// nothing stored) when a field is out of range, the day is in the future or more than
    /// 7 days back, or a rating names a sign, symptom or strategy that does not exist.
    pub fn save(&self, input: &CheckInInput) -> Result<CheckIn> {
        let id = self.id_of(input.day);
        self.store.write(|tx, stamp| {
            let today = settings::load(tx)?.day_of(stamp.now);
            let v = validate(input, today)?;
            let sign_ids: Vec<Uuid> = input.sign_ratings.iter().map(|r| r.id).collect();
            check_references(tx, "sign_ratings", "warning_sign", &sign_ids)?;
            let symptom_ids: Vec<Uuid> = input.symptom_ratings.iter().map(|r| r.id).collect();
            check_references(tx, "symptom_ratings", "persistent_symptom", &symptom_ids)?;
            let strategy_ids: Vec<Uuid> = input.coping.iter().map(|c| c.strategy_id).collect();
            check_references(tx, "coping", "coping_strategy", &strategy_ids)?;
            let late = input.day < today;
            let (id_text, now, hlc) = meta_params(id, stamp);
            let stored = tx.prepare_cached(
                &format!(
                    "INSERT INTO check_in ({INSERT_META}, {COLUMNS})
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                     ON CONFLICT (id) DO UPDATE SET {TOUCH},
                         late = CASE WHEN deleted = 1 THEN ?5 ELSE late END, deleted = 0,
                         stress = ?6, mood = ?7, sleep_hours = ?8, sleep_quality = ?9,
                         sign_ratings = ?10, symptom_ratings = ?11, medication = ?12,
                         substances = ?13, coping = ?14, note = ?15
                     RETURNING created_at, change_counter, late"
                ),
            )?
            .query_row(params![
                    id_text,
                    now,
                    hlc,
                    input.day.to_string(),
                    late,
                    input.stress,
                    input.mood,
                    input.sleep_hours,
                    input.sleep_quality,
                    v.sign_ratings,
                    v.symptom_ratings,
                    input.medication.map(Medication::as_str),
                    v.substances,
                    v.coping,
                    v.note,
                ], |r| Ok((time_at(r, 0)?, r.get::<_, i64>(1)?, r.get::<_, bool>(2)?)))?;
            // The stored row, built from what was just written rather than read back.
            let (created_at, change_counter, late) = stored;
            crate::warning::after_check_in_change(tx, stamp, self.store.identity().participant, input.day)?;
            let updated_at = jiff::Timestamp::from_millisecond(now).map_err(|e| Error::BadData(e.to_string()))?;
            Ok(CheckIn {
                id,
                info: RecordInfo { created_at, updated_at, hlc: stamp.hlc, change_counter },
                day: input.day,
                late,
                stress: input.stress,
                mood: input.mood,
                sleep_hours: input.sleep_hours,
                sleep_quality: input.sleep_quality,
                sign_ratings: sorted_by_id(&input.sign_ratings),
                symptom_ratings: sorted_by_id(&input.symptom_ratings),
                medication: input.medication,
                substances: {
                    let mut s = input.substances.clone();
                    s.sort_by_key(|u| u.kind);
                    s
                },
                coping: input.coping.clone(),
                note: v.note,
            })
        })
    }

    /// The check-in of `day`, if there is one.
    pub fn get(&self, day: Date) -> Result<Option<CheckIn>> {
        self.store.read(|conn| get_on(conn, day))
    }

    /// Every check-in from `from` to `to` (both included), oldest first. One query: five
    /// years of days load in one pass for charts and the early-warning engine.
    pub fn list(&self, from: Date, to: Date) -> Result<Vec<CheckIn>> {
        self.store.read(|conn| list_on(conn, from, to))
    }

    /// Deletes the check-in of `day` (a tombstone, so other devices learn of it).
    pub fn delete(&self, day: Date) -> Result<()> {
        let id = self.id_of(day);
        let participant = self.store.identity().participant;
        self.store.write(|tx, stamp| {
            soft_delete(tx, "check_in", KIND, id, stamp)?;
            crate::warning::after_check_in_change(tx, stamp, participant, day)
        })
    }

    /// The participant's local day now, by the settings' zone and day-start hour.
    pub fn today(&self) -> Result<Date> {
        let now = self.store.now();
        Ok(self.store.read(settings::load)?.day_of(now))
    }
}

fn get_on(conn: &Connection, day: Date) -> Result<Option<CheckIn>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {COLUMNS} FROM check_in WHERE day = ?1 AND deleted = 0"
    ))?;
    Ok(stmt.query_row([day.to_string()], from_row).optional()?)
}

/// Check-ins in a date range on any connection (the engine reads them inside a write).
pub(crate) fn list_on(conn: &Connection, from: Date, to: Date) -> Result<Vec<CheckIn>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, {COLUMNS} FROM check_in
         WHERE day BETWEEN ?1 AND ?2 AND deleted = 0 ORDER BY day"
    ))?;
    let rows = stmt.query_map([from.to_string(), to.to_string()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
