//! # imr-content
//!
//! Every text a participant or clinician reads, in English, Norwegian Bokmål and Dutch, as
//! Project Fluent files under `locales/<lang>/<area>.ftl` (embedded at build time), with the
//! lookups the core and the clinic server use. Our own plain wording throughout; the
//! register and terms follow `shared/GLOSSARY.md` (du / je, kriseplan / signaleringsplan).
//!
//! Typed lookups keep message ids out of the callers: [`modules`], [`scale`], [`levels`],
//! [`suggestions`], [`vocab`] (labels for every vocabulary value and sharing scope),
//! [`reasons`] (a warning reason as one sentence), [`problems`] (a refused field as a kind
//! message), [`dates`] (days and lists of days) and [`crisis`] (default numbers by country).
//! The tests prove the three languages complete and consistent: same keys and attributes,
//! same placeholders, real translations, no blaming words, clean Fluent syntax.

pub mod catalogue;
pub mod crisis;
pub mod dates;
pub mod inventory;
pub mod levels;
pub mod modules;
pub mod problems;
pub mod reasons;
pub mod scale;
pub mod suggestions;
pub mod vocab;

pub use catalogue::{Catalogue, FILES, tr, tr_args};
pub use fluent_bundle::FluentValue;
