//! "Delete everything": only with the typed phrase, and then nothing of the store is left.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Mutex;

use common::{Fixture, KEY};
use imr_core::db::{KeyError, KeyProvider};
use imr_core::erase::confirmation_phrase;
use imr_core::{Error, Store};
use imr_protocol::{Locale, Problem};
use zeroize::Zeroizing;

/// A keystore that remembers whether it was told to forget the key.
struct Keystore(Mutex<Option<[u8; 32]>>);

impl KeyProvider for Keystore {
    fn database_key(&self) -> Result<Zeroizing<[u8; 32]>, KeyError> {
        let key = self.0.lock().unwrap();
        key.map(Zeroizing::new)
            .ok_or_else(|| KeyError::Lost("forgotten".into()))
    }

    fn forget_key(&self) -> Result<(), KeyError> {
        *self.0.lock().unwrap() = None;
        Ok(())
    }
}

fn files_beside(fx: &Fixture) -> Vec<String> {
    std::fs::read_dir(fx.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn a_wrong_phrase_deletes_nothing_and_keeps_the_store_open() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    fx.store.triggers().create("Crowds", None).unwrap();
    let keys = Keystore(Mutex::new(Some(KEY)));
    let before = files_beside(&fx);
    match fx.store.delete_everything_now(&keys, "yes") {
        Err(Error::Invalid(e)) => {
            assert_eq!(e.field, "erase.confirmation");
            assert!(matches!(e.problem, Problem::NotOneOf { .. }));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(files_beside(&fx), before);
    assert_eq!(
        fx.store.triggers().list().unwrap().len(),
        1,
        "still open and whole"
    );
    assert!(keys.database_key().is_ok());
}

#[test]
fn the_phrase_removes_the_database_its_log_and_key_check_and_forgets_the_key() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    fx.store.triggers().create("Crowds", None).unwrap();
    assert!(files_beside(&fx).iter().any(|f| f.ends_with(".keycheck")));
    let keys = Keystore(Mutex::new(Some(KEY)));
    let phrase = format!("  {} ", confirmation_phrase(Locale::Nb).to_uppercase());
    let removed = fx.store.delete_everything_now(&keys, &phrase).unwrap();
    assert!(removed.contains(&fx.path()));
    assert_eq!(
        files_beside(&fx),
        Vec::<String>::new(),
        "no file of the store is left"
    );
    assert!(matches!(keys.database_key(), Err(KeyError::Lost(_))));
    assert!(matches!(fx.store.triggers().list(), Err(Error::Closed)));
}

#[test]
fn a_store_whose_key_is_lost_can_still_be_deleted_by_path() {
    let fx = Fixture::at("2026-05-12T10:00:00Z");
    fx.store.close().unwrap();
    let lost = Keystore(Mutex::new(None));
    assert!(matches!(
        Store::open(fx.path(), &lost, fx.clock.clone()),
        Err(Error::KeyLost(_))
    ));
    Store::delete_everything(fx.path(), &lost, &confirmation_phrase(Locale::En)).unwrap();
    assert!(files_beside(&fx).is_empty());
}
