//! # imr-ffi
//!
//! The IMR Companion core as the Android and iOS apps see it, through uniffi (proc macros,
//! no UDL). Thin on purpose: wrappers over `imr-core`, conversions to uniffi records, and
//! the mapping of the core's errors to one [`ApiError`] an app can act on. No domain logic
//! lives here, so both apps behave exactly like the core's own tests say.
//!
//! The apps generate their bindings from the built library with the `uniffi-bindgen` binary
//! of this crate (`scripts/bindgen.sh`).

uniffi::setup_scaffolding!();

pub mod alerts;
pub mod backup;
pub mod check_ins;
pub mod convert;
pub mod coping;
pub mod error;
pub mod goal_parts;
pub mod goals;
pub mod homework;
pub mod key;
pub mod limits;
pub mod logging;
pub mod modules;
pub mod plan;
pub mod record_info;
pub mod root;
pub mod scale;
pub mod screen_parts;
pub mod screen_plan_goals;
pub mod screen_scale_settings;
pub mod screen_today;
pub mod screens;
pub mod sessions;
pub mod settings;
pub mod signs;
pub mod supporters;
pub mod vocab;

pub use error::{ApiError, ApiResult};
pub use key::KeyProvider;
pub use limits::{Limits, limits};
pub use logging::{LogLevel, LogRecord, Logger, LoggerError, clear_logger, set_logger};
pub use root::{Identity, ImrCore};
