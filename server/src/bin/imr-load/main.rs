//! `imr-load`: a load generator for the clinic server over real HTTP.
//!
//! It prepares a clinic with N participants and enrollment codes in a fresh database, starts
//! the real `imr-clinic serve` binary on it as a child process, enrolls N simulated phones,
//! uploads each phone's history (D days of check-ins), then runs R rounds of incremental
//! sync (push today's check-in, pull since the cursor) with C concurrent phones. It prints
//! throughput and latency percentiles, and the server's peak resident memory (VmHWM).
//!
//! Then it times the dashboard (a clinician's caseload of 30, the admin's paginated
//! participant list) and runs the same incremental pushes against the floor: a bare axum
//! handler writing the same rows with raw rusqlite.
//!
//! `cargo run --release -p imr-clinic --bin imr-load -- --participants 10000 --days 30`

mod dashboard;
mod floor;
mod harness;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Parser;
use harness::{Phone, ServerProcess, Timings, peak_rss_kb, run, start_server};
use imr_clinic::store::{Role, Store};
use imr_clinic::{pairing, security};
use imr_protocol::api::{
    ConsentChange, EnrollRequest, EnrollResponse, PullResponse, PushRequest, PushResponse, paths,
};
use imr_protocol::{Hlc, Scope, WireRecord};
use jiff::{Timestamp, ToSpan};
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

const PASSWORD: &str = "load-test-password";

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
    let totp = security::new_totp_secret();
    let codes: Vec<String> = {
        let store = Store::open(&db)?;
        store.write(|tx| {
            let at = now.to_string();
            let clinic = tx.create_clinic("Load Clinic", &at)?;
            let hash = security::hash_password(PASSWORD).unwrap_or_default();
            let admin = "admin@load.example";
            tx.create_clinician(
                clinic,
                admin,
                "Admin",
                Role::ClinicAdmin,
                &hash,
                &totp,
                false,
                &at,
            )?;
            let mut codes = Vec::new();
            for chunk in 0..args.participants.div_ceil(30) {
                let clinician = tx.create_clinician(
                    clinic,
                    &format!("c{chunk}@load.example"),
                    "Clinician",
                    Role::Clinician,
                    &hash,
                    &totp,
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
    let server = ServerProcess(start_server(&bin, &db, port)?);
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
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
        let (next, t, wall) = run(phones, args.concurrency, move |mut p| {
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
            Timings(t.0.clone()).report(
                &format!("incremental sync round {} (push + pull)", round + 1),
                wall
            )
        );
        println!("  {}", t.every_other(0).report("  of which push", wall));
        println!("  {}", t.every_other(1).report("  of which pull", wall));
        phones = next;
    }

    let cookie = dashboard::login(&http, &base, "c0@load.example", PASSWORD, &totp).await?;
    let started = Instant::now();
    let mut t = Timings(dashboard::time_page(&http, &base, &cookie, "/", 50).await?);
    println!(
        "{}",
        t.report("caseload page (30 participants)", started.elapsed())
    );
    let cookie = dashboard::login(&http, &base, "admin@load.example", PASSWORD, &totp).await?;
    let last_page = args.participants.div_ceil(50).saturating_sub(1);
    let started = Instant::now();
    let mut times = dashboard::time_page(&http, &base, &cookie, "/admin", 10).await?;
    times.extend(
        dashboard::time_page(
            &http,
            &base,
            &cookie,
            &format!("/admin?page={last_page}"),
            10,
        )
        .await?,
    );
    println!(
        "{}",
        Timings(times).report(
            "admin participant list (first and last page)",
            started.elapsed()
        )
    );

    let floor_addr = floor::start(&dir.join("floor.db")).await?;
    let (c, b) = (http.clone(), format!("http://{floor_addr}"));
    let (_, mut t, wall) = run(phones, args.concurrency, move |mut p| {
        let (c, b) = (c.clone(), b.clone());
        async move {
            let started = Instant::now();
            let req = PushRequest::new(Uuid::new_v4(), p.consent_version, &[p.check_in(today, 99)]);
            c.post(format!("{b}{}", paths::PUSH))
                .header("authorization", p.participant.to_string())
                .json(&req)
                .send()
                .await?
                .error_for_status()?
                .bytes()
                .await?;
            Ok((p, vec![started.elapsed()]))
        }
    })
    .await?;
    println!(
        "{}",
        t.report("FLOOR: same push, raw rusqlite, no checks", wall)
    );
    let rss = peak_rss_kb(server.0.id());
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
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
