//! A real server on 127.0.0.1:0 over a fresh database, and helpers that act like a phone
//! or a clinician's browser over real HTTP.
#![allow(dead_code, missing_docs, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::Arc;

use imr_clinic::clock::Clock;
use imr_clinic::state::{AppState, Mode, Settings};
use imr_clinic::store::{Role, Store};
use imr_clinic::{pairing, security};
use imr_protocol::api::{
    ConsentChange, EnrollRequest, EnrollResponse, PushRequest, PushResponse, paths,
};
use imr_protocol::{Consent, Hlc, RecordKind, RecordMeta, Scope, WireRecord, natural_id};
use jiff::Timestamp;
use serde_json::{Map, Value, json};
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery";

pub struct Server {
    pub base: String,
    pub store: Store,
    pub clock: Arc<Clock>,
    pub http: reqwest::Client,
    pub clinic: Uuid,
    pub clinician: Clinician,
    _dir: tempfile::TempDir,
}

#[derive(Clone)]
pub struct Clinician {
    pub id: Uuid,
    pub email: String,
    pub totp: String,
}

pub struct Phone {
    pub token: String,
    pub participant: Uuid,
    pub device: Uuid,
    pub consent: Consent,
    pub last: Hlc,
}

impl Server {
    pub async fn start(mode: Mode) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("clinic.db")).unwrap();
        let clock = Arc::new(Clock::system());
        let settings = Settings {
            mode,
            secure_cookies: false,
            ..Settings::default()
        };
        let state = AppState::new(store.clone(), clock.clone(), settings);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        tokio::spawn(imr_clinic::serve(listener, state));
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let now = Timestamp::now().to_string();
        let clinic = store
            .write(|tx| tx.create_clinic("Test Clinic", &now))
            .unwrap();
        let mut server = Server {
            base: format!("http://{addr}"),
            store,
            clock,
            http,
            clinic,
            clinician: Clinician {
                id: Uuid::nil(),
                email: String::new(),
                totp: String::new(),
            },
            _dir: dir,
        };
        server.clinician =
            server.add_clinician(clinic, "kari@clinic.example", Role::ClinicAdmin, false);
        server
    }

    pub fn db_path(&self) -> std::path::PathBuf {
        self._dir.path().join("clinic.db")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn add_clinician(&self, clinic: Uuid, email: &str, role: Role, demo: bool) -> Clinician {
        let hash = security::hash_password(PASSWORD).unwrap();
        let totp = security::new_totp_secret();
        let now = Timestamp::now().to_string();
        let id = self
            .store
            .write(|tx| tx.create_clinician(clinic, email, email, role, &hash, &totp, demo, &now))
            .unwrap();
        Clinician {
            id,
            email: email.to_owned(),
            totp,
        }
    }

    /// A participant in `clinician`'s care team, and a fresh enrollment code for them.
    pub fn participant_with_code(&self, clinic: Uuid, clinician: Uuid) -> (Uuid, String) {
        let now = self.clock.now();
        self.store
            .write(|tx| {
                let pid = tx.create_participant(clinic, "T. P.", clinician, &now.to_string())?;
                let (code, _) = pairing::new_code(tx, pid, now)?;
                Ok::<_, imr_clinic::store::Error>((pid, code))
            })
            .unwrap()
    }

    pub async fn enroll(&self, code: &str) -> reqwest::Response {
        let req = EnrollRequest {
            code: code.to_owned(),
            device_id: Uuid::new_v4(),
            device_label: "Kari's phone".into(),
        };
        self.http
            .post(self.url(paths::ENROLL))
            .json(&req)
            .send()
            .await
            .unwrap()
    }

    /// A paired phone sharing `scopes`.
    pub async fn phone(&self, scopes: &[Scope]) -> Phone {
        let (_, code) = self.participant_with_code(self.clinic, self.clinician.id);
        self.phone_for_code(&code, scopes).await
    }

    pub async fn phone_for_code(&self, code: &str, scopes: &[Scope]) -> Phone {
        let resp = self.enroll(code).await;
        assert_eq!(resp.status(), 200);
        let enrolled: EnrollResponse = resp.json().await.unwrap();
        let device = Uuid::new_v4();
        let mut phone = Phone {
            token: enrolled.device_token,
            participant: enrolled.participant_id,
            device,
            consent: enrolled.consent,
            last: Hlc::zero(device),
        };
        let change = ConsentChange {
            base_version: phone.consent.version,
            scopes: scopes.iter().copied().collect::<BTreeSet<_>>(),
        };
        let resp = self
            .http
            .put(self.url(paths::CONSENT))
            .bearer_auth(&phone.token)
            .json(&change)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        phone.consent = resp.json().await.unwrap();
        phone
    }

    pub async fn push(&self, phone: &Phone, req: &PushRequest) -> reqwest::Response {
        self.http
            .post(self.url(paths::PUSH))
            .bearer_auth(&phone.token)
            .json(req)
            .send()
            .await
            .unwrap()
    }

    pub async fn push_ok(&self, phone: &Phone, records: &[WireRecord]) -> PushResponse {
        let resp = self
            .push(
                phone,
                &PushRequest::new(Uuid::new_v4(), phone.consent.version, records),
            )
            .await;
        assert_eq!(resp.status(), 200);
        resp.json().await.unwrap()
    }

    pub async fn pull(&self, phone: &Phone, since: u64) -> imr_protocol::api::PullResponse {
        let resp = self
            .http
            .get(self.url(&format!("{}?since={since}", paths::PULL)))
            .bearer_auth(&phone.token)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        resp.json().await.unwrap()
    }
}

impl Phone {
    /// A record written now on this phone, built the way the phone builds it.
    pub fn record(&mut self, kind: RecordKind, id: Uuid, fields: Value) -> WireRecord {
        self.last = Hlc::tick(
            self.last,
            Timestamp::now().as_millisecond() as u64,
            self.device,
        );
        let now = Timestamp::now();
        let meta = RecordMeta {
            kind,
            id,
            hlc: self.last,
            created_at: now,
            updated_at: now,
            deleted: false,
        };
        let fields: Map<String, Value> = fields.as_object().cloned().unwrap();
        WireRecord::from_fields(meta, &fields, &BTreeMap::new())
            .project(&self.consent)
            .unwrap()
    }

    pub fn check_in(&mut self, day: &str, stress: i64) -> WireRecord {
        let id = natural_id(self.participant, RecordKind::CheckIn, day);
        self.record(
            RecordKind::CheckIn,
            id,
            json!({"day": day, "stress": stress, "mood": 6, "late": false, "note": "a hard day"}),
        )
    }
}

/// The browser side: a session cookie and the CSRF token of the last page.
pub struct Browser {
    pub cookie: String,
    pub csrf: String,
}

pub const FORM: &str = "application/x-www-form-urlencoded";

/// A form body, percent-encoded.
pub fn encode(pairs: &[(&str, &str)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn csrf_of(html: &str) -> String {
    let start = html.find("name=\"csrf\" value=\"").unwrap() + 19;
    html[start..].split('"').next().unwrap().to_owned()
}

pub fn cookie_of(resp: &reqwest::Response) -> Option<String> {
    resp.headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
}

impl Server {
    /// Opens the login page and logs in with the given code; returns the response and the
    /// browser state before the login.
    pub async fn try_login(
        &self,
        email: &str,
        password: &str,
        code: &str,
    ) -> (reqwest::Response, Browser) {
        let page = self.http.get(self.url("/login")).send().await.unwrap();
        let cookie = cookie_of(&page).unwrap();
        let csrf = csrf_of(&page.text().await.unwrap());
        let form = [
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
            ("code", code),
        ];
        let resp = self
            .http
            .post(self.url("/login"))
            .header("cookie", &cookie)
            .header("content-type", FORM)
            .body(encode(&form))
            .send()
            .await
            .unwrap();
        (resp, Browser { cookie, csrf })
    }

    pub async fn login(&self, who: &Clinician) -> Browser {
        let code = security::totp_code(&who.totp, (self.clock.now_ms() / 1000) as u64).unwrap();
        let (resp, _) = self.try_login(&who.email, PASSWORD, &code).await;
        assert_eq!(resp.status(), 303, "login failed");
        let cookie = cookie_of(&resp).unwrap();
        let page = self
            .http
            .get(self.url("/"))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        Browser {
            cookie,
            csrf: csrf_of(&page),
        }
    }

    pub async fn get(&self, b: &Browser, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .header("cookie", &b.cookie)
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, b: &Browser, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.http
            .post(self.url(path))
            .header("cookie", &b.cookie)
            .header("content-type", FORM)
            .body(encode(form))
            .send()
            .await
            .unwrap()
    }

    pub fn audit_count(&self, participant: Uuid) -> usize {
        self.store
            .write(|tx| tx.audit_of_participant(participant, 10_000))
            .unwrap()
            .len()
    }
}
