//! The participant's records, one module per area of DESIGN.md section 3.

pub mod check_in;
pub mod coping;
pub mod goal_parts;
pub mod goals;
pub mod history;
pub mod homework;
pub mod modules;
pub mod plan;
pub(crate) mod row;
pub mod scale;
pub mod sessions;
pub mod settings;
pub mod signs;
pub mod supporters;

pub use row::RecordInfo;
