//! Benchmarks of the two paths a participant feels: saving a full check-in, and loading
//! five years of check-ins (charts, the early-warning engine). Each runs next to a floor:
//! the same rows written or read with raw rusqlite, same file format and pragmas (SQLCipher
//! raw key, WAL, synchronous=FULL), in the same run. Run with `cargo bench -p imr-core`.

#[path = "support/mod.rs"]
mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use rusqlite::{Connection, params};

/// A raw connection with the store's pragmas: the floor.
fn floor_connection(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).expect("open floor");
    imr_core::db::apply_pragmas(&conn, &support::KEY).expect("key");
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )
    .expect("pragmas");
    conn
}

fn save_check_in(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let p = support::participant(&dir.path().join("core.db"));
    let today = p.store.check_ins().today().expect("today");
    let mut group = c.benchmark_group("save_full_check_in");
    let mut seed = 0u32;
    group.bench_function("imr_core", |b| {
        b.iter(|| {
            seed = seed.wrapping_add(1);
            black_box(
                p.store
                    .check_ins()
                    .save(&p.full_check_in(today, seed))
                    .expect("save"),
            );
        })
    });

    // The floor writes the same row (the same JSON the core stores) in one transaction,
    // as an upsert of the day, into a table of the same shape.
    let floor = floor_connection(&dir.path().join("floor.db"));
    floor
        .execute_batch(
            "CREATE TABLE check_in (
                id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
                day TEXT NOT NULL UNIQUE, stress INTEGER, mood INTEGER, sleep_hours REAL,
                sleep_quality INTEGER, sign_ratings TEXT NOT NULL, symptom_ratings TEXT NOT NULL,
                medication TEXT, substances TEXT NOT NULL, coping TEXT NOT NULL, late INTEGER NOT NULL,
                note TEXT);",
        )
        .expect("floor schema");
    let stored = p.store.check_ins().get(today).expect("get").expect("saved");
    let ratings = |rs: &[imr_core::Rating]| {
        let map: std::collections::BTreeMap<String, u8> =
            rs.iter().map(|r| (r.id.to_string(), r.rating)).collect();
        serde_json::to_string(&map).expect("json")
    };
    let signs = ratings(&stored.sign_ratings);
    let symptoms = ratings(&stored.symptom_ratings);
    let coping = serde_json::to_string(&stored.coping).expect("json");
    let substances = r#"{"alcohol":"some","cannabis":"none"}"#;
    let mut floor = floor;
    let mut n = 0i64;
    group.bench_function("raw_rusqlite_floor", |b| {
        b.iter(|| {
            n += 1;
            let tx = floor.transaction().expect("tx");
            tx.execute(
                "INSERT INTO check_in VALUES (?1, ?2, ?2, ?3, 1, 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'yes', ?11, ?12, 0, ?13)
                 ON CONFLICT (id) DO UPDATE SET updated_at = ?2, hlc = ?3, change_counter = change_counter + 1,
                     stress = ?5, mood = ?6, sleep_hours = ?7, sleep_quality = ?8, sign_ratings = ?9,
                     symptom_ratings = ?10, substances = ?11, coping = ?12, note = ?13",
                params![
                    stored.id.to_string(),
                    n,
                    format!("{n:015}-0000000000-{}", stored.id),
                    today.to_string(),
                    n % 11,
                    n % 11,
                    7.5,
                    n % 5,
                    signs,
                    symptoms,
                    substances,
                    coping,
                    stored.note,
                ],
            )
            .expect("upsert");
            tx.commit().expect("commit");
        })
    });
    group.finish();
}

fn load_five_years(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let path = dir.path().join("core.db");
    let p = support::participant(&path);
    p.fill_days(support::FIVE_YEARS);
    let (from, to) = (date(2021, 1, 1), date(2026, 12, 31));
    assert_eq!(
        p.store.check_ins().list(from, to).expect("list").len(),
        support::FIVE_YEARS as usize
    );
    let mut group = c.benchmark_group("load_five_years_of_check_ins");
    group.bench_function("imr_core", |b| {
        b.iter(|| black_box(p.store.check_ins().list(from, to).expect("list")))
    });

    // The floor reads the same rows and columns from the same file into plain values,
    // without turning the JSON columns into typed lists.
    let floor = floor_connection(&path);
    type Row = (
        String,
        i64,
        i64,
        String,
        i64,
        String,
        bool,
        Option<u8>,
        Option<u8>,
        Option<f64>,
        Option<u8>,
    );
    type Rest = (
        String,
        String,
        Option<String>,
        String,
        String,
        Option<String>,
    );
    group.bench_function("raw_rusqlite_floor", |b| {
        b.iter(|| {
            let mut stmt = floor
                .prepare_cached(
                    "SELECT id, created_at, updated_at, hlc, change_counter, day, late, stress, mood,
                        sleep_hours, sleep_quality, sign_ratings, symptom_ratings, medication,
                        substances, coping, note
                     FROM check_in WHERE day BETWEEN ?1 AND ?2 AND deleted = 0 ORDER BY day",
                )
                .expect("prepare");
            let rows: Vec<(Row, Rest)> = stmt
                .query_map([from.to_string(), to.to_string()], |r| {
                    Ok((
                        (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?),
                        (r.get(11)?, r.get(12)?, r.get(13)?, r.get(14)?, r.get(15)?, r.get(16)?),
                    ))
                })
                .expect("query")
                .collect::<rusqlite::Result<_>>()
                .expect("rows");
            black_box(rows)
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = save_check_in, load_five_years
}
criterion_main!(benches);
