//! The sync metadata every stored record carries, as the apps see it. Apps rarely need it
//! (the "last changed" line, debugging sync), but every record of the core is reachable.

/// When a record was written and whether it still has to be uploaded.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RecordInfo {
    /// When the record was first written, in milliseconds since 1970 (UTC).
    pub created_at_ms: i64,
    /// When it was last written, in milliseconds since 1970 (UTC).
    pub updated_at_ms: i64,
    /// The clock stamp of the last write, in its sortable text form.
    pub hlc: String,
    /// Local changes not yet uploaded to the clinic.
    pub change_counter: i64,
}

impl From<imr_core::RecordInfo> for RecordInfo {
    fn from(info: imr_core::RecordInfo) -> Self {
        RecordInfo {
            created_at_ms: crate::convert::millis(info.created_at),
            updated_at_ms: crate::convert::millis(info.updated_at),
            hlc: info.hlc.to_sortable(),
            change_counter: info.change_counter,
        }
    }
}
