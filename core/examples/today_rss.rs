//! Peak memory with five years of daily check-ins (8 signs, 4 symptoms): writes the history
//! once, then, in a fresh process, opens the store and builds the Today model and the
//! 365-day Trends model, and reports the process's peak resident set (VmHWM from
//! /proc/self/status, Linux only).
//!
//! `cargo run --release -p imr-core --example today_rss`

#[path = "../benches/today_support/mod.rs"]
mod today_support;

use std::process::Command;

use imr_core::trends::Period;
use today_support as support;

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn load(path: &str, now: &str) {
    let before = status_kb("VmHWM:").unwrap_or(0);
    let store = support::open(path.as_ref(), now.parse().expect("instant"));
    let today = store.screens().today().expect("today");
    let after_today = status_kb("VmHWM:").unwrap_or(0);
    let trends = store.screens().trends(Period::Days365).expect("trends");
    println!(
        "Today: {} signs, level {:?}; Trends: {} points per line. Peak RSS: {before} kB before \
         open, {after_today} kB after open + Today, {} kB after 365-day Trends",
        today.check_in.signs.len(),
        today.level.level,
        trends.measures[0].points.len(),
        status_kb("VmHWM:").unwrap_or(0),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, mode, path, now] = args.as_slice()
        && mode == "load"
    {
        load(path, now);
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("five_years.db");
    let now = support::five_years(&path);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "database with {} days: {} kB on disk",
        support::FIVE_YEARS,
        size / 1024
    );
    let out = Command::new(std::env::current_exe().expect("exe"))
        .arg("load")
        .arg(&path)
        .arg(now.to_string())
        .output()
        .expect("run load");
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
}
