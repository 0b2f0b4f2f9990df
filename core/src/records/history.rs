//! One consistent read of everything the early-warning engine and the Today screen need.
//!
//! The settings (for "today"), the warning signs with thresholds and red flags, the
//! persistent symptoms, the plan (baseline window) and the check-ins of a date range are
//! read in one read transaction, so a write landing in between can never pair a sign list
//! with check-ins it does not match. Five years of check-ins load in one query.

use jiff::civil::Date;

use crate::error::Result;
use crate::records::check_in::{CheckIn, list_on};
use crate::records::plan::{RelapsePlan, get_on as plan_on};
use crate::records::settings::{Settings, load as settings_on};
use crate::records::signs::{PersistentSymptom, WarningSign, list_signs_on, list_symptoms_on};
use crate::store::Store;

/// The participant's records as of one moment, for a date range of check-ins.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    /// The settings (timezone, day start, usual sleep).
    pub settings: Settings,
    /// The participant's local day at the time of the read.
    pub today: Date,
    /// Every warning sign, active or not (ratings of inactive ones stay meaningful).
    pub signs: Vec<WarningSign>,
    /// Every persistent symptom.
    pub symptoms: Vec<PersistentSymptom>,
    /// The relapse prevention plan, if saved.
    pub plan: Option<RelapsePlan>,
    /// The check-ins from `from` to `to`, oldest first.
    pub check_ins: Vec<CheckIn>,
}

impl Store {
    /// Reads [`History`] for the check-ins from `from` to `to` (both included).
    pub fn history(&self, from: Date, to: Date) -> Result<History> {
        let now = self.now();
        self.read(|conn| {
            let tx = conn.unchecked_transaction()?;
            let settings = settings_on(&tx)?;
            let history = History {
                today: settings.day_of(now),
                signs: list_signs_on(&tx)?,
                symptoms: list_symptoms_on(&tx)?,
                plan: plan_on(&tx)?,
                check_ins: list_on(&tx, from, to)?,
                settings,
            };
            tx.finish()?;
            Ok(history)
        })
    }
}
