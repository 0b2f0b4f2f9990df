//! # imr-protocol
//!
//! What the IMR Companion phone and the clinic server agree on, in one small crate with no
//! storage and no network: the record kinds and who writes each, the consent scopes, the
//! field-to-scope table, the wire form of a record, its validation, the hybrid logical
//! clock, and the requests and responses of the device API.
//!
//! Both sides depend on this crate so neither re-declares the wire; the server does not
//! link the phone's storage. Every wire format is pinned by snapshot tests.

pub mod api;
pub mod fields;
pub mod hlc;
pub mod kind;
pub mod level;
pub mod limits;
pub mod problem;
pub mod record;
pub mod scope;
pub mod validate;
pub mod value;
pub mod vocab;

pub use fields::{FieldScope, FieldSpec, FieldType, field, fields, scopes_of};
pub use hlc::Hlc;
pub use kind::{Identity, RecordKind, WriterRole};
pub use level::{Direction, Reason, WarningStatus};
pub use problem::{FieldError, Problem};
pub use record::{RecordMeta, WireRecord, natural_id};
pub use scope::{Consent, Scope};
pub use validate::{Refusal, RejectReason, parse_record, validate_record};
pub use vocab::*;
