//! # imr-tests
//!
//! Phones and a clinic for end-to-end tests: each [`Phone`] is a real imr-core store in a
//! temporary directory with a real sync client, and the [`Clinic`] is the real imr-clinic
//! server listening on 127.0.0.1 over real HTTP, so the tests exercise exactly what ships.

pub mod proxy;

use std::sync::Arc;
use std::time::Duration;

use imr_clinic::clock::Clock;
use imr_clinic::state::{AppState, Mode, Settings};
use imr_clinic::store::{Role, Store as ClinicStore};
use imr_core::sync::{Retry, SyncClient};
use imr_core::{StaticKey, Store, SystemClock};
use imr_protocol::{RecordKind, RecordMeta, Scope, WireRecord, WriterRole};
use jiff::Timestamp;
use serde_json::{Map, Value};
use uuid::Uuid;

/// The clinic server, running in this process on an ephemeral port.
pub struct Clinic {
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    /// Its database, for checking what it holds.
    pub store: ClinicStore,
    /// Its clinic.
    pub clinic: Uuid,
    /// A clinician of that clinic, in every care team the tests create.
    pub clinician: Uuid,
    _dir: tempfile::TempDir,
}

/// Panics with the failure: a harness that cannot start has nothing to test.
fn must<T, E: std::fmt::Debug>(what: &str, r: Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{what}: {e:?}"),
    }
}

impl Clinic {
    /// Starts a fresh server with one clinic and one clinician.
    pub async fn start() -> Clinic {
        let dir = must("temp dir", tempfile::tempdir());
        let store = must(
            "clinic db",
            ClinicStore::open(&dir.path().join("clinic.db")),
        );
        let settings = Settings {
            mode: Mode::Serve,
            secure_cookies: false,
            ..Settings::default()
        };
        let state = AppState::new(store.clone(), Arc::new(Clock::system()), settings);
        let listener = must("bind", tokio::net::TcpListener::bind("127.0.0.1:0").await);
        let addr = must("addr", listener.local_addr());
        tokio::spawn(imr_clinic::serve(listener, state));
        let now = Timestamp::now().to_string();
        let clinic = must(
            "clinic",
            store.write(|tx| tx.create_clinic("Test Clinic", &now)),
        );
        let hash = must(
            "hash",
            imr_clinic::security::hash_password("correct horse battery").ok_or("argon2"),
        );
        let totp = imr_clinic::security::new_totp_secret();
        let clinician = must(
            "clinician",
            store.write(|tx| {
                tx.create_clinician(
                    clinic,
                    "kari@clinic.example",
                    "Kari",
                    Role::Clinician,
                    &hash,
                    &totp,
                    false,
                    &now,
                )
            }),
        );
        Clinic {
            base: format!("http://{addr}"),
            store,
            clinic,
            clinician,
            _dir: dir,
        }
    }

    /// A participant in the clinician's care team and a fresh enrollment code.
    pub fn enroll_participant(&self) -> (Uuid, String) {
        let now = Timestamp::now();
        must(
            "participant",
            self.store.write(|tx| {
                let pid =
                    tx.create_participant(self.clinic, "T. P.", self.clinician, &now.to_string())?;
                let (code, _) = imr_clinic::pairing::new_code(tx, pid, now)?;
                Ok::<_, imr_clinic::store::Error>((pid, code))
            }),
        )
    }

    /// A second enrollment code for the same participant (their second phone).
    pub fn another_code(&self, pid: Uuid) -> String {
        must(
            "code",
            self.store.write(|tx| {
                imr_clinic::pairing::new_code(tx, pid, Timestamp::now()).map(|(c, _)| c)
            }),
        )
    }

    /// The clinician writes a record of a clinician kind on the dashboard's code path.
    pub fn clinician_writes(&self, pid: Uuid, kind: RecordKind, id: Uuid, fields: Value) {
        assert_eq!(kind.writer(), WriterRole::Clinician);
        let now = Timestamp::now();
        let fields: Map<String, Value> = fields.as_object().cloned().unwrap_or_default();
        let outcome = must(
            "clinician write",
            self.store.write(|tx| {
                let participant = tx
                    .participant(pid)?
                    .ok_or(imr_clinic::store::Error::Corrupt("no such participant"))?;
                let hlc = imr_clinic::sync::server_stamp(tx, now)?;
                let meta = RecordMeta {
                    kind,
                    id,
                    hlc,
                    created_at: now,
                    updated_at: now,
                    deleted: false,
                };
                let record = WireRecord::from_fields(meta, &fields, &Default::default());
                imr_clinic::sync::apply(tx, &participant, WriterRole::Clinician, &record, now)
            }),
        );
        assert!(outcome.is_ok(), "clinician write refused: {outcome:?}");
    }

    /// Every record the server holds for the participant (tombstones included), by id.
    pub fn records(&self, pid: Uuid) -> Vec<WireRecord> {
        let mut all: Vec<WireRecord> =
            must("feed", self.store.write(|tx| tx.feed(pid, 0, 1_000_000)))
                .into_iter()
                .map(|s| s.record)
                .collect();
        all.sort_by_key(|r| r.id);
        all
    }

    /// The server's live copy of one record.
    pub fn record(&self, pid: Uuid, id: Uuid) -> Option<WireRecord> {
        must("record", self.store.write(|tx| tx.record(pid, id)))
    }
}

/// A phone: an encrypted imr-core store in a temporary directory and its sync client.
pub struct Phone {
    /// The store.
    pub store: Arc<Store>,
    /// The sync client.
    pub sync: SyncClient,
    _dir: tempfile::TempDir,
}

/// Quick retries so fault tests do not wait for the app's patient defaults.
pub const TEST_RETRY: Retry = Retry {
    attempts: 4,
    base: Duration::from_millis(20),
    max: Duration::from_millis(200),
};

impl Phone {
    /// A fresh install.
    pub fn new() -> Phone {
        let dir = must("temp dir", tempfile::tempdir());
        let store = must(
            "open store",
            Store::open(
                dir.path().join("imr.db"),
                &StaticKey::new([7u8; 32]),
                Arc::new(SystemClock),
            ),
        );
        let store = Arc::new(store);
        let sync = must("client", SyncClient::new(store.clone())).with_retry(TEST_RETRY);
        Phone {
            store,
            sync,
            _dir: dir,
        }
    }

    /// Pairs with `clinic` (or any address reaching it) and shares `scopes`.
    pub async fn pair(&self, base: &str, code: &str, scopes: &[Scope]) {
        must("pair", self.sync.pair(base, code, "test phone").await);
        if !scopes.is_empty() {
            must(
                "consent",
                self.sync
                    .set_consent(scopes.iter().copied().collect())
                    .await,
            );
        }
    }
}

impl Default for Phone {
    fn default() -> Self {
        Self::new()
    }
}
