//! The participant's records, one module per area of DESIGN.md section 3.

pub mod check_in;
pub(crate) mod row;
pub mod settings;

pub use row::RecordInfo;
