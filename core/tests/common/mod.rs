//! What the store tests share: a store in a temporary directory with a clock that stands
//! still, and a dump of every row to prove that a refused input changed nothing.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use imr_core::{Error, FixedClock, Settings, StaticKey, Store};
use imr_protocol::{Country, Locale, Problem};
use jiff::Timestamp;
use rusqlite::types::Value;
use tempfile::TempDir;

pub const KEY: [u8; 32] = [7u8; 32];

pub struct Fixture {
    pub dir: TempDir,
    pub clock: Arc<FixedClock>,
    pub store: Store,
}

pub fn ts(text: &str) -> Timestamp {
    text.parse().expect("test instant")
}

pub fn oslo_settings() -> Settings {
    Settings {
        locale: Locale::Nb,
        timezone: "Europe/Oslo".into(),
        timezone_pinned: true,
        day_start_hour: 4,
        reminder_time: None,
        country: Country::Norway,
        usual_sleep_hours: Some(7.5),
    }
}

impl Fixture {
    /// A fresh store whose clock stands at `now` (UTC), set to Oslo time.
    pub fn at(now: &str) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let clock = Arc::new(FixedClock::new(ts(now)));
        let store = Store::open(
            dir.path().join("imr.db"),
            &StaticKey::new(KEY),
            clock.clone(),
        )
        .expect("open store");
        store.settings().save(&oslo_settings()).expect("settings");
        Fixture { dir, clock, store }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("imr.db")
    }

    pub fn set_now(&self, now: &str) {
        self.clock.set(ts(now));
    }

    /// Every row of every table, as text, through a separate connection.
    pub fn dump(&self) -> Vec<String> {
        dump(&self.path())
    }

    /// Asserts that `attempt` is refused for `field` with `problem`, and that not a single
    /// row (nor the clock stamp kept in the meta table) changed.
    pub fn assert_refused<T: std::fmt::Debug>(
        &self,
        field: &str,
        problem: Problem,
        attempt: impl FnOnce(&Store) -> imr_core::Result<T>,
    ) {
        let before = self.dump();
        let hlc = self.store.last_hlc().expect("hlc");
        match attempt(&self.store) {
            Err(Error::Invalid(e)) => {
                assert_eq!(e.field, field);
                assert_eq!(e.problem, problem, "problem of {field}");
            }
            other => panic!("expected {field} to be refused, got {other:?}"),
        }
        assert_eq!(before, self.dump(), "a refused {field} changed the store");
        assert_eq!(hlc, self.store.last_hlc().expect("hlc"));
    }
}

/// A second, raw connection to the store's file, as the sync client would write rows that
/// arrive from the clinic.
pub fn raw(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("open raw");
    imr_core::db::apply_pragmas(&conn, &KEY).expect("key");
    conn
}

pub fn dump(path: &std::path::Path) -> Vec<String> {
    let conn = raw(path);
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("tables");
    tables.sort();
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .expect("select");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| r.get::<_, Value>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .expect("rows");
        for row in rows {
            out.push(format!("{table}: {:?}", row.expect("row")));
        }
    }
    out
}
