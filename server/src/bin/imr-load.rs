//! `imr-load`: a load generator for the clinic server over real HTTP.
//!
//! It prepares a clinic with N participants and enrollment codes in a fresh database, starts
//! the real `imr-clinic serve` binary on it as a child process, enrolls N simulated phones,
//! uploads each phone's history (D days of check-ins), then runs R rounds of incremental
//! sync (push today's check-in, pull since the cursor) with C concurrent phones. It prints
//! throughput and latency percentiles, and the server's peak resident memory (VmHWM).
//!
//! `cargo run --release -p imr-clinic --bin imr-load -- --participants 10000 --days 30`

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use imr_clinic::store::{Role, Store};
use imr_clinic::{pairing, security};
use imr_protocol::api::{
    ConsentChange, EnrollRequest, EnrollResponse, PullResponse, PushRequest, PushResponse, paths,
};
use imr_protocol::{Hlc, RecordKind, RecordMeta, Scope, WireRecord, natural_id};
use jiff::{Timestamp, ToSpan};
use serde_json::{Map, json};
use tokio::sync::Semaphore;
use uuid::Uuid;

#[derive(Parser, Clone)]
#[command(about = "Load generator for imr-clinic")]
struct Args {
    /// Simulated participants (one phone each).
    #[arg(long, default_value_t = 1000)]
    participants: usize,
    /// Days of check-in history each phone uploads first.
    #[arg(long, default_value_t = 30)]
    days: i64,
    /// Rounds of incremental sync (one push and one pull per phone per round).
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Phones syncing at the same time.
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// The server binary (default: `imr-clinic` next to this one).
    #[arg(long)]
    server_bin: Option<PathBuf>,
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

struct Phone {
    token: String,
    participant: Uuid,
    device: Uuid,
    consent_version: u32,
    last: Hlc,
    cursor: u64,
}

impl Phone {
    fn check_in(&mut self, day: jiff::civil::Date, n: i64) -> WireRecord {
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

struct Timings(Vec<Duration>);

impl Timings {
    fn report(&mut self, name: &str, wall: Duration) -> String {
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

fn start_server(bin: &PathBuf, db: &std::path::Path, port: u16) -> Result<Child, Failure> {
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

fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

async fn run<F, Fut>(
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

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let args = Args::parse();
    let dir = std::env::temp_dir().join(format!("imr-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("clinic.db");
    let now = Timestamp::now();
    println!(
        "preparing {} participants in {}",
        args.participants,
        db.display()
    );
    let codes: Vec<String> = {
        let store = Store::open(&db)?;
        store.write(|tx| {
            let at = now.to_string();
            let clinic = tx.create_clinic("Load Clinic", &at)?;
            let hash = security::hash_password("load-test-password").unwrap_or_default();
            let mut codes = Vec::new();
            for chunk in 0..args.participants.div_ceil(30) {
                let clinician = tx.create_clinician(
                    clinic,
                    &format!("c{chunk}@load.example"),
                    "Clinician",
                    Role::Clinician,
                    &hash,
                    &security::new_totp_secret(),
                    false,
                    &at,
                )?;
                for n in 0..30.min(args.participants - chunk * 30) {
                    let pid =
                        tx.create_participant(clinic, &format!("P{chunk}-{n}"), clinician, &at)?;
                    codes.push(pairing::new_code(tx, pid, now)?.0);
                }
            }
            Ok::<_, imr_clinic::store::Error>(codes)
        })?
    };
    let bin = args.server_bin.clone().unwrap_or_else(|| {
        std::env::current_exe()
            .unwrap_or_default()
            .with_file_name("imr-clinic")
    });
    let port = 20_000 + (std::process::id() % 20_000) as u16;
    let mut server = start_server(&bin, &db, port)?;
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(args.concurrency)
        .build()?;
    for _ in 0..100 {
        if http
            .get(format!("{base}{}", paths::OPENAPI))
            .send()
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let (c, b) = (http.clone(), base.clone());
    let placeholders: Vec<Phone> = codes
        .into_iter()
        .map(|code| Phone {
            token: code,
            participant: Uuid::nil(),
            device: Uuid::new_v4(),
            consent_version: 0,
            last: Hlc::zero(Uuid::nil()),
            cursor: 0,
        })
        .collect();
    let (phones, mut t, wall) = run(placeholders, args.concurrency, move |mut p| {
        let (c, b) = (c.clone(), b.clone());
        async move {
            let started = Instant::now();
            let req = EnrollRequest {
                code: p.token.clone(),
                device_id: p.device,
                device_label: "load phone".into(),
            };
            let e: EnrollResponse = c
                .post(format!("{b}{}", paths::ENROLL))
                .json(&req)
                .send()
                .await?
                .error_for_status()?
                .json()
                .await?;
            let change = ConsentChange {
                base_version: e.consent.version,
                scopes: BTreeSet::from([Scope::CheckIns, Scope::WarningSigns]),
            };
            let consent: imr_protocol::Consent = c
                .put(format!("{b}{}", paths::CONSENT))
                .bearer_auth(&e.device_token)
                .json(&change)
                .send()
                .await?
                .error_for_status()?
                .json()
                .await?;
            p = Phone {
                token: e.device_token,
                participant: e.participant_id,
                consent_version: consent.version,
                last: Hlc::zero(p.device),
                ..p
            };
            Ok((p, vec![started.elapsed()]))
        }
    })
    .await?;
    println!("{}", t.report("enroll + consent", wall));

    let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let (c, b, days) = (http.clone(), base.clone(), args.days);
    let (phones, mut t, wall) = run(phones, args.concurrency, move |mut p| {
        let (c, b) = (c.clone(), b.clone());
        async move {
            let records: Vec<WireRecord> = (1..=days)
                .rev()
                .map(|d| p.check_in(today.checked_sub(d.days()).unwrap_or(today), d))
                .collect();
            let mut times = Vec::new();
            for chunk in records.chunks(imr_protocol::limits::PUSH_BATCH_MAX_RECORDS) {
                let started = Instant::now();
                let req = PushRequest::new(Uuid::new_v4(), p.consent_version, chunk);
                let r: PushResponse = c
                    .post(format!("{b}{}", paths::PUSH))
                    .bearer_auth(&p.token)
                    .json(&req)
                    .send()
                    .await?
                    .error_for_status()?
                    .json()
                    .await?;
                times.push(started.elapsed());
                if r.results.iter().any(|r| r.reason.is_some()) {
                    return Err(format!(
                        "history refused: {:?}",
                        r.results.iter().find(|r| r.reason.is_some())
                    )
                    .into());
                }
            }
            Ok((p, times))
        }
    })
    .await?;
    println!(
        "{} ({} check-ins stored)",
        t.report("history upload (batches)", wall),
        args.participants as i64 * args.days
    );

    let mut phones = phones;
    for round in 0..args.rounds {
        let (c, b) = (http.clone(), base.clone());
        let (next, mut t, wall) = run(phones, args.concurrency, move |mut p| {
            let (c, b) = (c.clone(), b.clone());
            async move {
                let started = Instant::now();
                let record = p.check_in(today, round as i64);
                let req = PushRequest::new(Uuid::new_v4(), p.consent_version, &[record]);
                c.post(format!("{b}{}", paths::PUSH))
                    .bearer_auth(&p.token)
                    .json(&req)
                    .send()
                    .await?
                    .error_for_status()?
                    .bytes()
                    .await?;
                let push = started.elapsed();
                let started = Instant::now();
                let pulled: PullResponse = c
                    .get(format!("{b}{}?since={}", paths::PULL, p.cursor))
                    .bearer_auth(&p.token)
                    .send()
                    .await?
                    .error_for_status()?
                    .json()
                    .await?;
                p.cursor = pulled.cursor;
                Ok((p, vec![push, started.elapsed()]))
            }
        })
        .await?;
        println!(
            "{}",
            t.report(
                &format!("incremental sync round {} (push + pull)", round + 1),
                wall
            )
        );
        phones = next;
    }
    let rss = peak_rss_kb(server.id());
    println!(
        "server peak RSS (VmHWM): {} MB",
        rss.map_or("unknown".to_owned(), |kb| format!(
            "{:.1}",
            kb as f64 / 1024.0
        ))
    );
    println!(
        "database size: {:.1} MB",
        std::fs::metadata(&db)
            .map(|m| m.len() as f64 / 1e6)
            .unwrap_or(0.0)
    );
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
