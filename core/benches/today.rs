//! The Today screen over five years of daily check-ins (8 signs, 4 symptoms), next to a
//! floor: the same rows read with raw rusqlite from the same file with the same pragmas
//! (SQLCipher raw key, WAL, synchronous=FULL), in the same run, into plain values. Also a
//! cold start: open (key check, migration check) and build Today, against a raw open plus
//! the same reads. Run with `cargo bench -p imr-core --bench today`.

#[path = "today_support/mod.rs"]
mod today_support;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::ToSpan;
use jiff::civil::Date;
use rusqlite::Connection;
use today_support as support;

/// A raw connection with the store's pragmas.
fn floor_connection(path: &Path) -> Connection {
    let conn = Connection::open(path).expect("open floor");
    imr_core::db::apply_pragmas(&conn, &support::KEY).expect("key");
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )
    .expect("pragmas");
    conn
}

fn count<P: rusqlite::Params>(conn: &Connection, sql: &str, params: P) -> usize {
    let mut stmt = conn.prepare_cached(sql).expect("prepare");
    let n = stmt.column_count();
    let mut rows = stmt.query(params).expect("query");
    let mut cells = 0;
    while let Some(row) = rows.next().expect("row") {
        for i in 0..n {
            black_box(row.get_ref(i).expect("cell"));
            cells += 1;
        }
    }
    cells
}

/// The rows the Today model reads: settings, the plan, the signs and symptoms, the check-ins
/// the level needs (the baseline window and the week before), today's check-in, goals with
/// follow-ups, homework with status, supporters, and the day column for the streak.
fn floor_today(conn: &Connection, today: Date) -> usize {
    let from = today.checked_sub(48.days()).expect("from").to_string();
    let day = today.to_string();
    let mut cells = count(conn, "SELECT * FROM settings WHERE deleted = 0", []);
    cells += count(conn, "SELECT * FROM relapse_plan WHERE deleted = 0", []);
    cells += count(conn, "SELECT * FROM warning_sign WHERE deleted = 0", []);
    cells += count(
        conn,
        "SELECT * FROM persistent_symptom WHERE deleted = 0",
        [],
    );
    cells += count(
        conn,
        "SELECT * FROM check_in WHERE day BETWEEN ?1 AND ?2 AND deleted = 0",
        [&from, &day],
    );
    cells += count(
        conn,
        "SELECT * FROM check_in WHERE day = ?1 AND deleted = 0",
        [&day],
    );
    cells += count(conn, "SELECT * FROM goal WHERE deleted = 0", []);
    cells += count(conn, "SELECT * FROM goal_follow_up WHERE deleted = 0", []);
    cells += count(
        conn,
        "SELECT * FROM homework h LEFT JOIN homework_status s ON s.homework_id = h.id
         WHERE h.deleted = 0",
        [],
    );
    cells += count(conn, "SELECT * FROM supporter WHERE deleted = 0", []);
    let mut stmt = conn
        .prepare_cached(
            "SELECT day FROM check_in WHERE deleted = 0 AND day <= ?1 ORDER BY day DESC",
        )
        .expect("streak");
    let mut rows = stmt.query([&day]).expect("rows");
    let mut expected = today;
    while let Some(row) = rows.next().expect("row") {
        let d: String = row.get(0).expect("day");
        if d != expected.to_string() {
            break;
        }
        expected = expected.yesterday().expect("yesterday");
        cells += 1;
    }
    cells
}

fn today_benches(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let path = dir.path().join("five_years.db");
    let now = support::five_years(&path);
    let store = support::open(&path, now);
    let model = store.screens().today().expect("today");
    let today = model.check_in.day;
    assert!(model.check_in.filled && model.check_in.signs.len() == 8);
    assert_eq!(model.streak_text, "1826 dager på rad");

    let mut group = c.benchmark_group("today_model_five_years");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("imr_core", |b| {
        b.iter(|| black_box(store.screens().today().expect("today")))
    });
    let floor = floor_connection(&path);
    group.bench_function("raw_rusqlite_floor", |b| {
        b.iter(|| black_box(floor_today(&floor, today)))
    });
    group.finish();
    drop(floor);
    store.close().expect("close");

    let mut group = c.benchmark_group("cold_open_and_today");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("imr_core", |b| {
        b.iter(|| {
            let store = support::open(&path, now);
            black_box(store.screens().today().expect("today"));
            store
        })
    });
    group.bench_function("raw_rusqlite_floor", |b| {
        b.iter(|| {
            let conn = floor_connection(&path);
            let version: u32 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .expect("version");
            black_box(version);
            black_box(floor_today(&conn, today));
            conn
        })
    });
    group.finish();
}

criterion_group!(benches, today_benches);
criterion_main!(benches);
