//! # imr-engine
//!
//! The early warning engine of DESIGN.md section 4: a pure function of the plan's warning
//! signs and settings and the participant's check-ins, with the day passed in. No storage,
//! no clock, no I/O, so every rule can be tested with fixed data and the phone's core and
//! the clinic's demo compute the same level from the same data.
//!
//! - [`Plan`] and [`History`] check the input once ([`SignRule`], [`EngineSettings`],
//!   [`DayRecord`]); bad input is a [`imr_protocol::FieldError`] naming the field.
//! - [`evaluate`] gives one day's [`Evaluation`]: the level and its reasons
//!   ([`imr_protocol::Reason`]: the rule, the sign or measure, the direction, the dates).
//!   [`evaluate_range`] does a run of days at the cost of one judgement per day.
//! - [`episodes::reconcile`] turns the daily levels and the alert events already stored into
//!   the alert events to add: episode start, escalation, end, and "withdrawn" when an edit
//!   made a stored event untrue. Running it again adds nothing. [`episodes::replay_from`]
//!   says from which day a save needs re-judging, so a save costs days, not years.

mod baseline;
pub mod episodes;
mod evaluate;
mod input;
mod rules;

pub use episodes::{AlertEvent, StoredAlertEvent, reconcile, replay_from};
pub use evaluate::{Evaluation, LONG_AMBER_DAYS, evaluate, evaluate_range};
pub use input::{
    DEFAULT_STRESS_MOOD_BASELINE, DEFAULT_USUAL_SLEEP_HOURS, DayRecord, EngineSettings, History,
    MIN_BASELINE_VALUES, Plan, SignRule,
};
