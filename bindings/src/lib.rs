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

pub mod check_ins;
pub mod convert;
pub mod error;
pub mod key;
pub mod limits;
pub mod logging;
pub mod record_info;
pub mod root;
pub mod settings;
pub mod vocab;

pub use error::{ApiError, ApiResult};
pub use key::KeyProvider;
pub use limits::{Limits, limits};
pub use logging::{LogLevel, LogRecord, Logger, LoggerError, clear_logger, set_logger};
pub use root::{Identity, ImrCore};
