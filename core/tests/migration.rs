//! A database written by an earlier version, migrated step by step, equals a fresh one,
//! and keeps its data.

#![allow(clippy::unwrap_used)] // integration tests: helpers outside #[test] fns unwrap too

mod common;

use std::sync::Arc;

use common::{KEY, raw};
use imr_core::{FixedClock, StaticKey, Store};
use jiff::civil::date;
use rusqlite::Connection;
use rusqlite::types::Value;

const V1: &str = include_str!("fixtures/schema_v1.sql");

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(common::ts("2026-05-12T12:00:00Z")))
}

fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| r.get::<_, Value>(i))
            .collect::<rusqlite::Result<Vec<_>>>()
    })
    .unwrap()
    .map(|row| format!("{:?}", row.unwrap()))
    .collect()
}

/// The schema as SQLite understands it, independent of how the `CREATE` text was spelled:
/// every table's columns (name, type, not null, default, key), indexes with their columns,
/// and foreign keys; plus the schema version.
fn schema(conn: &Connection) -> Vec<String> {
    let mut out = rows(conn, "PRAGMA user_version");
    let objects = rows(
        conn,
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    out.extend(objects.iter().cloned());
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in tables {
        out.push(format!("table {table}"));
        out.extend(rows(conn, &format!("PRAGMA table_info({table})")));
        out.extend(rows(conn, &format!("PRAGMA foreign_key_list({table})")));
        for index in rows(
            conn,
            &format!("SELECT name FROM pragma_index_list('{table}') ORDER BY name"),
        ) {
            let name = index
                .trim_start_matches("[Text(\"")
                .trim_end_matches("\")]")
                .to_owned();
            out.push(format!("index {name}"));
            out.extend(rows(conn, &format!("PRAGMA index_xinfo('{name}')")));
        }
    }
    out
}

fn fresh_schema() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.db");
    Store::open(&path, &StaticKey::new(KEY), clock())
        .unwrap()
        .close()
        .unwrap();
    schema(&raw(&path))
}

/// A version 1 database as the version 1 app left it: encrypted, with data.
fn v1_database(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("old.db");
    let conn = raw(&path);
    conn.execute_batch(V1).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    path
}

#[test]
fn a_version_1_database_migrates_to_exactly_the_fresh_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_database(&dir);
    assert_ne!(
        schema(&raw(&path)),
        fresh_schema(),
        "the fixture must differ, or the test proves nothing"
    );
    Store::open(&path, &StaticKey::new(KEY), clock())
        .unwrap()
        .close()
        .unwrap();
    assert_eq!(schema(&raw(&path)), fresh_schema());
}

#[test]
fn the_participants_data_survives_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_database(&dir);
    let store = Store::open(&path, &StaticKey::new(KEY), clock()).unwrap();
    assert_eq!(
        store.identity().participant.to_string(),
        "11111111-1111-4111-8111-111111111111"
    );
    assert_eq!(store.settings().get().unwrap().timezone, "Europe/Oslo");
    let check_in = store.check_ins().get(date(2026, 5, 12)).unwrap().unwrap();
    assert_eq!(
        (check_in.stress, check_in.note.as_deref()),
        (Some(4), Some("A good day"))
    );
    assert_eq!(check_in.sign_ratings[0].rating, 2);
    assert_eq!(
        check_in.id,
        store.check_ins().id_of(date(2026, 5, 12)),
        "the fixture uses natural ids"
    );
    let plan = store.plan().get().unwrap().unwrap();
    assert_eq!((plan.version, plan.content.last_reviewed), (1, None));
    assert_eq!(
        store
            .plan()
            .version(1)
            .unwrap()
            .snapshot
            .content
            .amber_steps,
        ["Tell Kari"]
    );
    // the new column is usable at once, and the version history continues
    let reviewed = imr_core::PlanContent {
        last_reviewed: Some(date(2026, 5, 12)),
        ..plan.content
    };
    let saved = store.plan().save(&reviewed).unwrap();
    assert_eq!(
        (saved.version, saved.content.last_reviewed),
        (2, Some(date(2026, 5, 12)))
    );
    assert!(
        store.last_hlc().unwrap().wall_ms > 1_778_580_000_000,
        "the clock continued"
    );
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    Store::open(&path, &StaticKey::new(KEY), clock())
        .unwrap()
        .close()
        .unwrap();
    raw(&path).pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, &StaticKey::new(KEY), clock()).unwrap_err();
    assert!(
        matches!(
            err,
            imr_core::Error::TooNew {
                found: 99,
                supported: 3
            }
        ),
        "{err:?}"
    );
    assert_eq!(before, std::fs::read(&path).unwrap());
}
