//! The database is encrypted at rest, and a wrong key or a damaged file never costs data.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use std::fs;
use std::sync::Arc;

use common::{Fixture, KEY};
use imr_core::{CheckInInput, Error, FixedClock, KeyError, KeyProvider, StaticKey, Store};
use jiff::civil::date;
use zeroize::Zeroizing;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(common::ts("2026-05-12T10:00:00Z")))
}

/// A fixture with one check-in, closed, so the file is complete on disk.
fn closed_store_with_data() -> Fixture {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    let input = CheckInInput {
        day: date(2026, 5, 12),
        stress: Some(4),
        ..Default::default()
    };
    fx.store.check_ins().save(&input).unwrap();
    fx.store.close().unwrap();
    fx
}

#[test]
fn the_file_is_not_readable_as_plain_sqlite() {
    let fx = closed_store_with_data();
    let bytes = fs::read(fx.path()).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"));
    let plain = rusqlite::Connection::open(fx.path()).unwrap();
    let err = plain.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    });
    assert!(
        err.is_err(),
        "a plain SQLite connection read the encrypted file"
    );
}

#[test]
fn the_right_key_opens_it_again_with_the_data() {
    let fx = closed_store_with_data();
    let store = Store::open(fx.path(), &StaticKey::new(KEY), clock()).unwrap();
    let got = store.check_ins().get(date(2026, 5, 12)).unwrap().unwrap();
    assert_eq!(got.stress, Some(4));
}

#[test]
fn a_wrong_key_is_reported_as_such_and_the_file_is_untouched() {
    let fx = closed_store_with_data();
    let before = fs::read(fx.path()).unwrap();
    let err = Store::open(fx.path(), &StaticKey::new([9u8; 32]), clock()).unwrap_err();
    assert!(matches!(err, Error::WrongKey), "{err:?}");
    assert!(!err.is_retryable());
    assert_eq!(before, fs::read(fx.path()).unwrap());
    // and the right key still works afterwards
    Store::open(fx.path(), &StaticKey::new(KEY), clock()).unwrap();
}

#[test]
fn a_corrupt_file_is_reported_and_never_replaced() {
    let fx = closed_store_with_data();
    let mut bytes = fs::read(fx.path()).unwrap();
    for b in bytes.iter_mut().take(64) {
        *b ^= 0xA5;
    }
    fs::write(fx.path(), &bytes).unwrap();
    let err = Store::open(fx.path(), &StaticKey::new(KEY), clock()).unwrap_err();
    assert!(matches!(err, Error::Corrupt(_)), "{err:?}");
    assert_eq!(
        bytes,
        fs::read(fx.path()).unwrap(),
        "the damaged file was changed"
    );
}

#[test]
fn a_file_of_garbage_is_corrupt_not_a_fresh_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("imr.db");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 31 % 251) as u8).collect();
    fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path, &StaticKey::new(KEY), clock()).unwrap_err();
    assert!(matches!(err, Error::Corrupt(_)), "{err:?}");
    assert_eq!(garbage, fs::read(&path).unwrap());
}

struct LockedKeychain;

impl KeyProvider for LockedKeychain {
    fn database_key(&self) -> Result<Zeroizing<[u8; 32]>, KeyError> {
        Err(KeyError::Unavailable)
    }
}

#[test]
fn a_key_that_is_still_locked_is_a_retryable_error() {
    let fx = closed_store_with_data();
    let before = fs::read(fx.path()).unwrap();
    let err = Store::open(fx.path(), &LockedKeychain, clock()).unwrap_err();
    assert!(matches!(err, Error::KeyUnavailable));
    assert!(err.is_retryable());
    assert_eq!(before, fs::read(fx.path()).unwrap());
}

#[test]
fn ids_survive_reopening_and_closing_twice_is_harmless() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    let identity = fx.store.identity();
    assert_ne!(identity.participant, identity.device);
    fx.store.close().unwrap();
    fx.store.close().unwrap();
    assert!(matches!(fx.store.settings().get(), Err(Error::Closed)));
    let again = Store::open(fx.path(), &StaticKey::new(KEY), clock()).unwrap();
    assert_eq!(again.identity(), identity);
}

#[test]
fn the_store_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Store>();
}
