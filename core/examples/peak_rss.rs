//! Peak memory of a store holding five years of daily check-ins: writes the history once,
//! then, in a fresh process, opens the store, loads every check-in and reports the
//! process's peak resident set (VmHWM from /proc/self/status, Linux only).
//!
//! `cargo run --release -p imr-core --example peak_rss`

#[path = "../benches/support/mod.rs"]
mod support;

use std::process::Command;
use std::sync::Arc;

use imr_core::{FixedClock, StaticKey, Store};
use jiff::civil::date;

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn load(path: &str) {
    let before = status_kb("VmHWM:");
    let clock = Arc::new(FixedClock::new(support::START.parse().expect("start")));
    let store = Store::open(path, &StaticKey::new(support::KEY), clock).expect("open");
    let all = store
        .check_ins()
        .list(date(2021, 1, 1), date(2026, 12, 31))
        .expect("list");
    let signs = store.signs().list().expect("signs");
    let settings = store.settings().get().expect("settings");
    println!(
        "loaded {} check-ins, {} signs ({}); peak RSS before open {} kB, after load {} kB",
        all.len(),
        signs.len(),
        settings.timezone,
        before.unwrap_or(0),
        status_kb("VmHWM:").unwrap_or(0),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, mode, path] = args.as_slice()
        && mode == "load"
    {
        load(path);
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("five_years.db");
    {
        let p = support::participant(&path);
        p.fill_days(support::FIVE_YEARS);
        p.store.close().expect("close");
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "database with {} days: {} kB on disk",
        support::FIVE_YEARS,
        size / 1024
    );
    let exe = std::env::current_exe().expect("exe");
    let out = Command::new(exe)
        .arg("load")
        .arg(&path)
        .output()
        .expect("run load");
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
}
