//! `imr-clinic`: run the clinic server, the demo clinic, or administrative commands.
//!
//! TLS: this binary speaks plain HTTP and expects a TLS-terminating reverse proxy (nginx,
//! Caddy) in front of it in production; session cookies are always `Secure` unless
//! `--allow-http` is given, which is only accepted on a loopback address.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use imr_clinic::clock::Clock;
use imr_clinic::state::{AppState, Mode, Settings};
use imr_clinic::store::{Role, Store};
use imr_clinic::{demo, security};

#[derive(Parser)]
#[command(name = "imr-clinic", about = "IMR Companion clinic server")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve a clinic: device API and dashboard. Logins always need the second factor.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "IMR_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// The database file (created if missing).
        #[arg(long, env = "IMR_DB", default_value = "imr-clinic.db")]
        db: PathBuf,
        /// Plain http for development: session cookies without `Secure`. Loopback only.
        #[arg(long, env = "IMR_ALLOW_HTTP")]
        allow_http: bool,
    },
    /// Create a demo clinic with simulated participants and serve it on plain http.
    Demo {
        /// Address to listen on.
        #[arg(long, env = "IMR_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// The database file; a fresh one in the temporary directory by default.
        #[arg(long, env = "IMR_DB")]
        db: Option<PathBuf>,
    },
    /// Create a clinic and its first admin; prints the TOTP secret to add to an authenticator.
    CreateAdmin {
        /// The database file.
        #[arg(long, env = "IMR_DB", default_value = "imr-clinic.db")]
        db: PathBuf,
        /// The clinic's name.
        #[arg(long)]
        clinic: String,
        /// The admin's login name.
        #[arg(long)]
        email: String,
        /// The admin's display name.
        #[arg(long)]
        name: String,
        /// The admin's password (at least 12 characters).
        #[arg(long, env = "IMR_ADMIN_PASSWORD")]
        password: String,
    },
    /// Check the audit log's hash chain.
    VerifyAudit {
        /// The database file.
        #[arg(long, env = "IMR_DB", default_value = "imr-clinic.db")]
        db: PathBuf,
    },
}

type Failure = Box<dyn std::error::Error>;

async fn run_server(addr: SocketAddr, store: Store, settings: Settings) -> Result<(), Failure> {
    let state = AppState::new(store, Arc::new(Clock::system()), settings);
    imr_clinic::maintain(&state).await?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    println!("imr-clinic listening on http://{}", listener.local_addr()?);
    imr_clinic::serve(listener, state).await?;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Failure> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
    match Cli::parse().command {
        Command::Serve {
            addr,
            db,
            allow_http,
        } => {
            if allow_http && !addr.ip().is_loopback() {
                return Err("--allow-http is only allowed on a loopback address".into());
            }
            let settings = Settings {
                mode: Mode::Serve,
                secure_cookies: !allow_http,
                ..Settings::default()
            };
            run_server(addr, Store::open(&db)?, settings).await
        }
        Command::Demo { addr, db } => {
            let db = db.unwrap_or_else(|| {
                std::env::temp_dir().join(format!("imr-clinic-demo-{}.db", std::process::id()))
            });
            let _ = std::fs::remove_file(&db);
            let store = Store::open(&db)?;
            let login = demo::seed(&store, Clock::system().now())?;
            println!("Demo clinic database: {}", db.display());
            println!("Demo clinician login: {} / {}", login.email, login.password);
            let settings = Settings {
                mode: Mode::Demo,
                secure_cookies: !addr.ip().is_loopback(),
                demo_login: Some((login.email, login.password)),
                ..Settings::default()
            };
            run_server(addr, store, settings).await
        }
        Command::CreateAdmin {
            db,
            clinic,
            email,
            name,
            password,
        } => {
            if password.chars().count() < 12 {
                return Err("the password must have at least 12 characters".into());
            }
            let store = Store::open(&db)?;
            let hash = security::hash_password(&password).ok_or("could not hash the password")?;
            let secret = security::new_totp_secret();
            let now = Clock::system().now().to_string();
            store.write(|tx| {
                let clinic_id = tx.create_clinic(&clinic, &now)?;
                tx.create_clinician(
                    clinic_id,
                    &email,
                    &name,
                    Role::ClinicAdmin,
                    &hash,
                    &secret,
                    false,
                    &now,
                )
            })?;
            println!("Created {email}. Add this TOTP secret to an authenticator app: {secret}");
            println!("{}", security::totp_url(&secret, &email, &clinic));
            Ok(())
        }
        Command::VerifyAudit { db } => {
            let store = Store::open(&db)?;
            match store.write(|tx| tx.verify_audit())? {
                Ok(n) => {
                    println!("audit chain intact: {n} lines");
                    Ok(())
                }
                Err(b) => Err(b.into()),
            }
        }
    }
}
