//! Bounds every record obeys, shared by the phone's validation and the server's.

/// Longest title, name or short label, in characters (after trimming).
pub const TITLE_MAX_CHARS: usize = 200;
/// Longest note or other free text, in characters (after trimming).
pub const NOTE_MAX_CHARS: usize = 4000;
/// Longest phone number as typed, in characters.
pub const PHONE_MAX_CHARS: usize = 32;
/// Most items in a list field (plan steps, local numbers, coping uses, ratings, reasons).
pub const LIST_MAX_ITEMS: usize = 50;
/// Largest serialised plan snapshot, in bytes.
pub const SNAPSHOT_MAX_BYTES: usize = 256 * 1024;
/// Stress and mood are rated 0-10.
pub const STRESS_MOOD_MAX: i64 = 10;
/// Sleep quality is rated 0-4.
pub const SLEEP_QUALITY_MAX: i64 = 4;
/// Hours of sleep, 0-24, in half hours.
pub const SLEEP_HOURS_MAX: f64 = 24.0;
/// Warning sign, symptom and coping-helpfulness ratings are 0-3 (none, mild, moderate, severe).
pub const RATING_MAX: i64 = 3;
/// Goal follow-up progress is 0-10.
pub const PROGRESS_MAX: i64 = 10;
/// IMR Scale answers are 1-5.
pub const SCALE_ANSWER_MIN: i64 = 1;
/// IMR Scale answers are 1-5.
pub const SCALE_ANSWER_MAX: i64 = 5;
/// A check-in can be filled in afterwards for up to this many days before today.
pub const BACKFILL_DAYS: i64 = 7;
/// Default personal threshold of a warning sign (2 = moderate).
pub const DEFAULT_SIGN_THRESHOLD: i64 = 2;
/// The baseline window agreed with the clinician may be 7 to 90 days; 28 by default.
pub const BASELINE_WINDOW_DAYS: (i64, i64, i64) = (7, 28, 90);
/// Most push records in one sync batch.
pub const PUSH_BATCH_MAX_RECORDS: usize = 500;
/// Most records in one pull page.
pub const PULL_PAGE_MAX_RECORDS: usize = 1000;
/// How long the server keeps tombstones, in days; a device with an older cursor resyncs fully.
pub const TOMBSTONE_RETENTION_DAYS: i64 = 180;
