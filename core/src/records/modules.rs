//! Progress through the 11 IMR modules.
//!
//! One record per module (a natural id from the module key), so two devices never hold
//! two progress records for one module. Modules never touched have no record; the list
//! still shows all 11, not started.

use imr_protocol::{ModuleKey, ModuleStatus, RecordKind, natural_id};
use jiff::civil::Date;
use rusqlite::{Connection, Row, params};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::records::row::{
    INSERT_META, INSERT_META_VALUES, META, RecordInfo, TOUCH, info, meta_params, opt_date_at,
    soft_delete, word_at,
};
use crate::records::settings;
use crate::store::Store;
use crate::validate::{not_before, not_future};

const KIND: RecordKind = RecordKind::ModuleProgress;

/// What the participant sets for a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModuleProgressInput {
    /// Which module.
    pub module: ModuleKey,
    /// Where it stands.
    pub status: ModuleStatus,
    /// When it was started; today when "in progress" or "completed" without a date.
    pub started_on: Option<Date>,
    /// When it was completed; today when "completed" without a date.
    pub completed_on: Option<Date>,
}

/// A module's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleProgress {
    /// The natural id of the module for this participant.
    pub id: Uuid,
    /// Sync metadata; `None` for a module never touched.
    pub info: Option<RecordInfo>,
    /// Which module.
    pub module: ModuleKey,
    /// Where it stands.
    pub status: ModuleStatus,
    /// When it was started.
    pub started_on: Option<Date>,
    /// When it was completed.
    pub completed_on: Option<Date>,
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<ModuleProgress> {
    let (id, info) = info(row)?;
    Ok(ModuleProgress {
        id,
        info: Some(info),
        module: word_at(row, 5)?,
        status: word_at(row, 6)?,
        started_on: opt_date_at(row, 7)?,
        completed_on: opt_date_at(row, 8)?,
    })
}

fn stored_on(conn: &Connection) -> Result<Vec<ModuleProgress>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {META}, module, status, started_on, completed_on FROM module_progress WHERE deleted = 0"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Module progress: all 11 modules, set one, reset one.
pub struct Modules<'a> {
    pub(crate) store: &'a Store,
}

impl Modules<'_> {
    fn id_of(&self, module: ModuleKey) -> Uuid {
        natural_id(self.store.identity().participant, KIND, module.as_str())
    }

    /// All 11 modules in programme order, with their progress.
    pub fn list(&self) -> Result<Vec<ModuleProgress>> {
        let stored = self.store.read(stored_on)?;
        Ok(ModuleKey::ALL
            .iter()
            .map(|module| {
                stored
                    .iter()
                    .find(|p| p.module == *module)
                    .cloned()
                    .unwrap_or(ModuleProgress {
                        id: self.id_of(*module),
                        info: None,
                        module: *module,
                        status: ModuleStatus::NotStarted,
                        started_on: None,
                        completed_on: None,
                    })
            })
            .collect())
    }

    /// One module's progress.
    pub fn get(&self, module: ModuleKey) -> Result<ModuleProgress> {
        self.list()?
            .into_iter()
            .find(|p| p.module == module)
            .ok_or_else(|| Error::not_found(KIND, module))
    }

    /// Sets a module's progress. Dates must not be in the future, and a module cannot be
    /// completed before it was started.
    pub fn save(&self, input: &ModuleProgressInput) -> Result<ModuleProgress> {
        let id = self.id_of(input.module);
        self.store.write(|tx, stamp| {
            let today = settings::load(tx)?.day_of(stamp.now);
            let started_on = match input.status {
                ModuleStatus::NotStarted => input.started_on,
                _ => input.started_on.or(Some(today)),
            };
            let completed_on = match input.status {
                ModuleStatus::Completed => input.completed_on.or(Some(today)),
                _ => input.completed_on,
            };
            for (name, date) in [("started_on", started_on), ("completed_on", completed_on)] {
                if let Some(date) = date {
                    not_future(KIND, name, date, today)?;
                }
            }
            not_before(KIND, "completed_on", completed_on, started_on)?;
            let (id_text, now, hlc) = meta_params(id, stamp);
            tx.execute(
                &format!(
                    "INSERT INTO module_progress ({INSERT_META}, module, status, started_on, completed_on)
                     VALUES ({INSERT_META_VALUES}, ?4, ?5, ?6, ?7)
                     ON CONFLICT (id) DO UPDATE SET {TOUCH}, deleted = 0, status = ?5,
                         started_on = ?6, completed_on = ?7"
                ),
                params![
                    id_text,
                    now,
                    hlc,
                    input.module.as_str(),
                    input.status.as_str(),
                    started_on.map(|d| d.to_string()),
                    completed_on.map(|d| d.to_string()),
                ],
            )?;
            Ok(())
        })?;
        self.get(input.module)
    }

    /// Forgets a module's progress (a tombstone): it shows as not started again.
    pub fn reset(&self, module: ModuleKey) -> Result<()> {
        let id = self.id_of(module);
        self.store
            .write(|tx, stamp| soft_delete(tx, "module_progress", KIND, id, stamp))
    }
}
