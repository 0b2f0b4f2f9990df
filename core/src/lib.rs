//! # imr-core
//!
//! The participant's records for IMR Companion: the typed domain of DESIGN.md section 3,
//! its validation, and encrypted storage (SQLCipher) with versioned migrations. Every
//! record carries the sync metadata (id, UTC timestamps, hybrid logical clock stamp,
//! change counter, tombstone) the sync client will need.
//!
//! Open a [`Store`] with a [`KeyProvider`] and a [`Clock`], then use its areas:
//! `store.check_ins().save(&input)`, `store.settings().get()`, and so on. The core knows
//! nothing of FFI; `imr-ffi` wraps this API.

pub mod clock;
pub mod day;
pub mod db;
pub mod error;
pub mod records;
pub(crate) mod schema;
mod store;
mod validate;

pub use clock::{Clock, FixedClock, SystemClock};
pub use db::{KeyError, KeyProvider, StaticKey};
pub use error::{Error, Result};
pub use records::RecordInfo;
pub use records::check_in::{CheckIn, CheckInInput, CheckIns, CopingUse, Rating, SubstanceUse};
pub use records::settings::{Settings, SettingsApi};
pub use store::{Identity, Store};

impl Store {
    /// Settings: locale, timezone, day start, reminder, country.
    pub fn settings(&self) -> SettingsApi<'_> {
        SettingsApi { store: self }
    }

    /// Daily check-ins.
    pub fn check_ins(&self) -> CheckIns<'_> {
        CheckIns { store: self }
    }
}
