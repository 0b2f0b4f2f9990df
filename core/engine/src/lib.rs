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

//!
//! ```
//! use imr_engine::{DayRecord, EngineSettings, History, Plan, SignRule, evaluate};
//! use imr_protocol::{WarningLevel, WarningRule};
//! use jiff::civil::date;
//! use uuid::Uuid;
//!
//! let sleeping_less = SignRule::new(Uuid::from_u128(1), "Sleeping less");
//! let plan = Plan::new(EngineSettings::default(), vec![sleeping_less.clone()])?;
//! let day = |d: i8, rating: u8| DayRecord {
//!     signs: [(sleeping_less.id, rating)].into_iter().collect(),
//!     ..DayRecord::on(date(2026, 3, d))
//! };
//! let history = History::new([day(22, 2), day(23, 1), day(24, 3)])?;
//!
//! let today = evaluate(&plan, &history, date(2026, 3, 24));
//! assert_eq!(today.level, WarningLevel::Amber);
//! assert_eq!(today.reasons[0].rule, WarningRule::SignAtThreshold);
//! assert_eq!(today.reasons[0].dates, [date(2026, 3, 22), date(2026, 3, 24)]);
//! # Ok::<(), imr_protocol::FieldError>(())
//! ```

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
