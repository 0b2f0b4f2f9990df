//! The simulated phones, the server process, latency statistics and the concurrent runner.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use imr_protocol::{Hlc, RecordKind, RecordMeta, WireRecord, natural_id};
use jiff::Timestamp;
use serde_json::{Map, json};
use tokio::sync::Semaphore;
use uuid::Uuid;

use crate::Failure;

pub struct Phone {
    pub token: String,
    pub participant: Uuid,
    pub device: Uuid,
    pub consent_version: u32,
    pub last: Hlc,
    pub cursor: u64,
}

impl Phone {
    pub fn check_in(&mut self, day: jiff::civil::Date, n: i64) -> WireRecord {
        let now = Timestamp::now();
        self.last = Hlc::tick(self.last, now.as_millisecond() as u64, self.device);
        let meta = RecordMeta {
            kind: RecordKind::CheckIn,
            id: natural_id(self.participant, RecordKind::CheckIn, &day.to_string()),
            hlc: self.last,
            created_at: now,
            updated_at: now,
            deleted: false,
        };
        let fields: Map<String, serde_json::Value> = json!({"day": day.to_string(), "stress": n % 11, "mood": (n * 7) % 11, "sleep_hours": 7.5, "late": false, "sign_ratings": {}})
            .as_object()
            .cloned()
            .unwrap_or_default();
        WireRecord::from_fields(meta, &fields, &BTreeMap::new())
    }
}

pub struct Timings(pub Vec<Duration>);

impl Timings {
    /// Every other timing, starting at `first` (push and pull alternate per phone).
    pub fn every_other(&self, first: usize) -> Timings {
        Timings(self.0.iter().skip(first).step_by(2).copied().collect())
    }

    pub fn report(&mut self, name: &str, wall: Duration) -> String {
        self.0.sort();
        let pct = |p: f64| {
            self.0
                .get(((self.0.len() as f64 * p) as usize).min(self.0.len().saturating_sub(1)))
                .copied()
                .unwrap_or_default()
        };
        format!(
            "{name}: {} requests in {:.1} s = {:.0} req/s; p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms",
            self.0.len(),
            wall.as_secs_f64(),
            self.0.len() as f64 / wall.as_secs_f64(),
            pct(0.50).as_secs_f64() * 1e3,
            pct(0.95).as_secs_f64() * 1e3,
            pct(0.99).as_secs_f64() * 1e3
        )
    }
}

pub fn start_server(bin: &PathBuf, db: &std::path::Path, port: u16) -> Result<Child, Failure> {
    let child = Command::new(bin)
        .args([
            "serve",
            "--allow-http",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--db",
        ])
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    Ok(child)
}

/// The server child process, stopped when the generator ends (also on an error).
pub struct ServerProcess(pub Child);

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

pub async fn run<F, Fut>(
    phones: Vec<Phone>,
    concurrency: usize,
    f: F,
) -> Result<(Vec<Phone>, Timings, Duration), Failure>
where
    F: Fn(Phone) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<(Phone, Vec<Duration>), Failure>> + Send,
{
    let gate = Arc::new(Semaphore::new(concurrency));
    let f = Arc::new(f);
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(phones.len());
    for phone in phones {
        let permit = gate.clone().acquire_owned().await?;
        let f = f.clone();
        tasks.push(tokio::spawn(async move {
            let out = f(phone).await;
            drop(permit);
            out
        }));
    }
    let mut done = Vec::new();
    let mut timings = Vec::new();
    for t in tasks {
        let (phone, times) = t.await??;
        done.push(phone);
        timings.extend(times);
    }
    Ok((done, Timings(timings), start.elapsed()))
}
