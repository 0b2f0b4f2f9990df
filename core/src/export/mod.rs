//! Taking the record elsewhere: CSV of check-ins for a clinician or researcher, and
//! printable documents. Everything a person reads comes from imr-content in the
//! participant's language; participant text is escaped for the format it lands in.

pub mod csv;
pub mod html;
