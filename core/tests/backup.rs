//! The encrypted backup: a full round trip record for record, every bad file refused with
//! nothing changed, and the explicit replace / merge choice on a store that has data.

#![allow(clippy::unwrap_used)]

mod common;
mod filled;

use std::sync::Arc;

use common::{Fixture, KEY, ts};
use imr_core::backup::{BackupError, RestoreMode};
use imr_core::{CheckInInput, FixedClock, StaticKey, Store};
use jiff::civil::date;

const NOON: &str = "2026-05-12T10:00:00Z";
const PASS: &str = "correct horse battery staple";
/// A low scrypt work factor keeps the tests fast; the app uses age's default.
const WORK: u8 = 10;

fn filled() -> Fixture {
    let fx = Fixture::at(NOON);
    filled::fill(&fx.store, &fx.path(), &KEY);
    fx
}

fn backup_bytes(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    store
        .backup()
        .with_work_factor(WORK)
        .write(&mut out, PASS)
        .unwrap();
    out
}

/// A fresh install on another phone: its own participant and device ids, no records.
fn fresh_install() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(
        dir.path().join("new.db"),
        &StaticKey::new([9u8; 32]),
        Arc::new(FixedClock::new(ts("2026-06-01T08:00:00Z"))),
    )
    .unwrap();
    (dir, store)
}

#[test]
fn the_dump_covers_every_table_of_the_schema() {
    let fx = filled();
    let dump = fx.store.backup().dump().unwrap();
    let conn = rusqlite::Connection::open(fx.path()).unwrap();
    imr_core::db::apply_pragmas(&conn, &KEY).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for table in &tables {
        let rows = &dump.tables[table];
        let count: i64 = conn
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(rows.len() as i64, count, "every row of {table}");
    }
    assert_eq!(dump.tables.len(), tables.len());
    // Tombstones and plan history travel too, with their sync columns.
    let check_ins = &dump.tables["check_in"];
    assert!(
        check_ins
            .iter()
            .any(|r| r["deleted"] == 1 && r["day"] == "2026-05-08")
    );
    assert!(
        check_ins
            .iter()
            .all(|r| r.contains_key("hlc") && r.contains_key("change_counter"))
    );
    assert_eq!(dump.tables["relapse_plan_version"].len(), 2);
    assert!(
        !dump.tables["alert_event"].is_empty(),
        "the red-flag sign raised an alert"
    );
    let tenth = check_ins.iter().find(|r| r["day"] == "2026-05-10").unwrap();
    assert_eq!(tenth["sleep_hours"], 6.5);
    assert_eq!(tenth["stress"], 5);
}

#[test]
fn a_backup_restored_on_a_new_phone_equals_the_original_record_for_record() {
    let fx = filled();
    let file = fx.dir.path().join("imr-backup.age");
    fx.store
        .backup()
        .with_work_factor(WORK)
        .write_file(&file, PASS)
        .unwrap();
    let original = fx.store.backup().dump().unwrap();

    let (_dir, phone) = fresh_install();
    assert!(!phone.backup().has_records().unwrap());
    let report = phone.backup().restore_file(&file, PASS, None).unwrap();
    assert_eq!(report.inserted, original.record_count());

    let restored = phone.backup().dump().unwrap();
    assert_eq!(restored.records(), original.records());
    assert_eq!(
        phone.identity().participant,
        fx.store.identity().participant
    );
    assert_ne!(
        phone.identity().device,
        fx.store.identity().device,
        "the new phone keeps its own device id"
    );
    // The records read back through the typed API too, and the clock moved past them.
    assert_eq!(
        phone.check_ins().get(date(2026, 5, 12)).unwrap(),
        fx.store.check_ins().get(date(2026, 5, 12)).unwrap()
    );
    assert_eq!(
        phone.plan().versions().unwrap(),
        fx.store.plan().versions().unwrap()
    );
    assert!(phone.last_hlc().unwrap().wall_ms >= fx.store.last_hlc().unwrap().wall_ms);
    assert_eq!(
        phone.check_ins().id_of(date(2026, 5, 12)),
        fx.store.check_ins().id_of(date(2026, 5, 12))
    );
}

fn assert_refused_unchanged(
    store: &Store,
    bytes: &[u8],
    passphrase: &str,
    expect: impl Fn(&BackupError) -> bool,
) {
    let before = store.backup().dump().unwrap();
    let identity = store.identity();
    let err = store
        .backup()
        .restore(bytes, passphrase, Some(RestoreMode::Replace))
        .unwrap_err();
    assert!(
        expect(&err),
        "unexpected error {err:?} for {} bytes",
        bytes.len()
    );
    assert_eq!(
        store.backup().dump().unwrap().tables,
        before.tables,
        "nothing changed"
    );
    assert_eq!(store.identity(), identity);
}

#[test]
fn a_wrong_passphrase_is_told_and_changes_nothing() {
    let source = filled();
    let bytes = backup_bytes(&source.store);
    let target = Fixture::at(NOON);
    assert_refused_unchanged(&target.store, &bytes, "wrong horse", |e| {
        matches!(e, BackupError::WrongPassphrase)
    });
    assert_refused_unchanged(
        &target.store,
        &bytes,
        "  ",
        |e| matches!(e, BackupError::Invalid(f) if f.field == "backup.passphrase"),
    );
}

#[test]
fn truncated_and_tampered_files_are_damaged_and_change_nothing() {
    let source = filled();
    let bytes = backup_bytes(&source.store);
    let target = Fixture::at(NOON);
    let damaged = |e: &BackupError| matches!(e, BackupError::Damaged(_));
    for cut in [10, bytes.len() / 3, bytes.len() - 1] {
        assert_refused_unchanged(&target.store, &bytes[..cut], PASS, damaged);
    }
    let body = bytes.len() - 40;
    let mut tampered = bytes.clone();
    tampered[body] ^= 0x01;
    assert_refused_unchanged(&target.store, &tampered, PASS, damaged);
    // The header's MAC line ("--- <mac>"): a changed header no longer authenticates.
    let mac = bytes.windows(5).position(|w| w == b"\n--- ").unwrap() + 8;
    let mut header = bytes.clone();
    header[mac] = if header[mac] == b'A' { b'B' } else { b'A' };
    assert_refused_unchanged(&target.store, &header, PASS, damaged);
    assert_refused_unchanged(&target.store, b"PK\x03\x04 a zip file", PASS, |e| {
        matches!(e, BackupError::NotABackup)
    });
}

#[test]
fn a_backup_from_a_newer_app_is_refused_and_changes_nothing() {
    let source = filled();
    let target = Fixture::at(NOON);
    for (format, schema) in [(imr_core::backup::FORMAT + 1, None), (1, Some(99))] {
        let mut dump = source.store.backup().dump().unwrap();
        dump.format = format;
        if let Some(schema) = schema {
            dump.schema_version = schema;
        }
        let before = target.store.backup().dump().unwrap();
        let err = target
            .store
            .backup()
            .restore_dump(&dump, Some(RestoreMode::Replace))
            .unwrap_err();
        assert!(matches!(err, BackupError::TooNew { .. }), "{err:?}");
        assert_eq!(target.store.backup().dump().unwrap().tables, before.tables);
    }
}

#[test]
fn a_store_with_records_needs_an_explicit_mode() {
    let source = filled();
    let bytes = backup_bytes(&source.store);
    let target = Fixture::at(NOON);
    let before = target.store.backup().dump().unwrap();
    let err = target
        .store
        .backup()
        .restore(&bytes[..], PASS, None)
        .unwrap_err();
    assert!(matches!(err, BackupError::NeedsMode), "{err:?}");
    assert_eq!(target.store.backup().dump().unwrap().tables, before.tables);
}

#[test]
fn replace_throws_away_what_was_here_and_takes_the_backup() {
    let source = filled();
    let bytes = backup_bytes(&source.store);
    let target = Fixture::at(NOON);
    target
        .store
        .triggers()
        .create("Only on the new phone", None)
        .unwrap();
    let report = target
        .store
        .backup()
        .restore(&bytes[..], PASS, Some(RestoreMode::Replace))
        .unwrap();
    assert!(report.removed >= 2, "settings and the trigger");
    assert_eq!(
        target.store.backup().dump().unwrap().records(),
        source.store.backup().dump().unwrap().records()
    );
    assert!(
        target
            .store
            .triggers()
            .list()
            .unwrap()
            .iter()
            .all(|t| t.text != "Only on the new phone")
    );
}

#[test]
fn merge_keeps_both_and_the_newer_stamp_wins_per_record() {
    let source = filled();
    let bytes = backup_bytes(&source.store);
    // A new phone used for two days before the restore: another participant id.
    let target = Fixture::at("2026-05-13T10:00:00Z");
    let only_here = target
        .store
        .triggers()
        .create("Only on the new phone", None)
        .unwrap();
    // The 12th was filled in again on the new phone, later than on the old one: it wins.
    target
        .store
        .check_ins()
        .save(&CheckInInput {
            stress: Some(9),
            ..CheckInInput {
                day: date(2026, 5, 12),
                ..Default::default()
            }
        })
        .unwrap();
    let report = target
        .store
        .backup()
        .restore(&bytes[..], PASS, Some(RestoreMode::Merge))
        .unwrap();
    assert_eq!(
        target.store.identity().participant,
        source.store.identity().participant
    );
    assert!(report.kept_local >= 1 && report.inserted > 10, "{report:?}");
    let twelfth = target
        .store
        .check_ins()
        .get(date(2026, 5, 12))
        .unwrap()
        .unwrap();
    assert_eq!(
        twelfth.stress,
        Some(9),
        "the newer edit on this phone stays"
    );
    assert_eq!(
        twelfth.id,
        source.store.check_ins().id_of(date(2026, 5, 12)),
        "one record for the day"
    );
    assert_eq!(
        target.store.check_ins().get(date(2026, 5, 11)).unwrap(),
        source.store.check_ins().get(date(2026, 5, 11)).unwrap()
    );
    assert!(target.store.triggers().get(only_here.id).unwrap().is_some());
    // Later the old phone edits the 12th again: merging its newer backup replaces it here.
    source.set_now("2026-05-14T10:00:00Z");
    source
        .store
        .check_ins()
        .save(&CheckInInput {
            stress: Some(1),
            ..CheckInInput {
                day: date(2026, 5, 12),
                ..Default::default()
            }
        })
        .unwrap();
    let newer = backup_bytes(&source.store);
    let report = target
        .store
        .backup()
        .restore(&newer[..], PASS, Some(RestoreMode::Merge))
        .unwrap();
    assert!(report.replaced >= 1, "{report:?}");
    let twelfth = target
        .store
        .check_ins()
        .get(date(2026, 5, 12))
        .unwrap()
        .unwrap();
    assert_eq!(twelfth.stress, Some(1));
    // The trigger only this phone had is still here.
    assert!(target.store.triggers().get(only_here.id).unwrap().is_some());
}
