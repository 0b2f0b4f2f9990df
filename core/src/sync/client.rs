//! The sync client: pair, sync, change consent, unpair. Async only where it talks to the
//! network; store work happens in short transactions between requests.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use imr_protocol::api::{
    ApiErrorCode, ConsentChange, DeviceStatus, EnrollRequest, EnrollResponse, PullResponse,
    PushRequest, PushResponse, paths,
};
use imr_protocol::limits::PUSH_BATCH_MAX_RECORDS;
use imr_protocol::{Consent, Scope};
use reqwest::Method;
use uuid::Uuid;

use super::http::{Api, Retry};
use super::state::{self, InFlight, keys};
use super::status::{self, SyncStatus};
use super::{CLOCK_AHEAD_MESSAGE, SyncError, local};
use crate::store::Store;

/// What pairing gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pairing {
    /// The participant's id at the clinic, now also the phone's.
    pub participant: Uuid,
    /// The clinic's name.
    pub clinic_name: String,
    /// The consent the server holds (another device of the participant may have set it).
    pub consent: Consent,
}

/// What one sync did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Records the server took (applied, or already had newer).
    pub pushed: usize,
    /// Records the server refused (see [`SyncStatus::rejections`]).
    pub rejected: usize,
    /// Records refused because this phone's clock is ahead; they stay pending.
    pub clock_ahead: usize,
    /// Records pulled from the server.
    pub pulled: usize,
}

/// Syncs one store with its clinic. Cheap to clone; the app keeps one.
#[derive(Clone, Debug)]
pub struct SyncClient {
    store: Arc<Store>,
    http: reqwest::Client,
    retry: Retry,
    /// Most records per pull page.
    page: u32,
}

impl SyncClient {
    /// A client for `store`. TLS is rustls with the platform's certificate verifier, so a
    /// clinic's internal CA installed on the phone is trusted.
    pub fn new(store: Arc<Store>) -> Result<Self, SyncError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        Ok(Self {
            store,
            http,
            retry: Retry::default(),
            page: 500,
        })
    }

    /// The same client with another retry policy (tests use short waits).
    pub fn with_retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// The same client with a per-request timeout (tests of lost answers use short ones).
    pub fn with_timeout(mut self, timeout: Duration) -> Result<Self, SyncError> {
        self.http = reqwest::Client::builder()
            .connect_timeout(timeout)
            .timeout(timeout)
            .build()
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        Ok(self)
    }

    /// The same client pulling at most `page` records per request.
    pub fn with_page_size(mut self, page: u32) -> Self {
        self.page = page.max(1);
        self
    }

    fn api(&self, base: String, token: Option<String>) -> Api {
        Api {
            http: self.http.clone(),
            base,
            token,
            retry: self.retry,
        }
    }

    fn paired_api(&self) -> Result<Api, SyncError> {
        let (base, token) = self
            .store
            .read(|c| Ok((state::get(c, keys::SERVER)?, state::get(c, keys::TOKEN)?)))?;
        match (base, token) {
            (Some(base), Some(token)) => Ok(self.api(base, Some(token))),
            _ => Err(SyncError::NotPaired),
        }
    }

    /// Pairs with the clinic at `server_url` using the participant's one-time enrollment
    /// code. The phone adopts the clinic's participant id (re-keying its natural-id records
    /// in the same transaction) and stores the device token in its encrypted database.
    pub async fn pair(
        &self,
        server_url: &str,
        code: &str,
        device_label: &str,
    ) -> Result<Pairing, SyncError> {
        let base = server_url.trim().trim_end_matches('/').to_owned();
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(SyncError::BadServerUrl(base));
        }
        if self.store.read(|c| local::has(c, keys::TOKEN))? {
            return Err(SyncError::AlreadyPaired);
        }
        let request = EnrollRequest {
            code: code.to_owned(),
            device_id: self.store.identity().device,
            device_label: device_label.to_owned(),
        };
        let answer: EnrollResponse = self
            .api(base.clone(), None)
            .call(Method::POST, paths::ENROLL, Some(&request))
            .await?;
        let from = self.store.identity().participant;
        let to = answer.participant_id;
        let shared: Vec<Scope> = answer.consent.scopes.iter().copied().collect();
        self.store.write(|tx, stamp| {
            if from != to {
                crate::backup::restore::rekey(tx, from, to)
                    .map_err(|e| crate::Error::BadData(e.to_string()))?;
                state::put(tx, "participant_id", &to.to_string())?;
            }
            state::put(tx, keys::SERVER, &base)?;
            state::put(tx, keys::TOKEN, &answer.device_token)?;
            state::put(tx, keys::CLINIC, &answer.clinic_name)?;
            state::put(tx, keys::CURSOR, "0")?;
            state::put_json(tx, keys::CONSENT, &answer.consent)?;
            local::restamp(tx, &shared, stamp.hlc)
        })?;
        self.store.adopt_participant(to);
        Ok(Pairing {
            participant: to,
            clinic_name: answer.clinic_name,
            consent: answer.consent,
        })
    }

    /// The status to show.
    pub fn status(&self) -> Result<SyncStatus, SyncError> {
        Ok(status::read(&self.store)?)
    }

    /// Takes the consent the server holds (another device may have changed it); scopes
    /// turned on elsewhere are re-sent from here too.
    fn adopt_consent(&self, consent: &Consent) -> Result<(), SyncError> {
        let old = self.store.read(state::consent)?;
        if old == *consent {
            return Ok(());
        }
        let added: Vec<Scope> = consent.scopes.difference(&old.scopes).copied().collect();
        self.store.write(|tx, stamp| {
            state::put_json(tx, keys::CONSENT, consent)?;
            local::restamp(tx, &added, stamp.hlc)
        })?;
        Ok(())
    }

    /// Changes what is shared. Turning a scope off makes the server purge its copy of that
    /// scope (nothing on the phone is deleted); turning one on re-sends all of it at the
    /// next sync.
    pub async fn set_consent(&self, scopes: BTreeSet<Scope>) -> Result<Consent, SyncError> {
        let api = self.paired_api()?;
        let mut base = self.store.read(state::consent)?.version;
        for _ in 0..2 {
            let change = ConsentChange {
                base_version: base,
                scopes: scopes.clone(),
            };
            match api
                .call::<_, Consent>(Method::PUT, paths::CONSENT, Some(&change))
                .await
            {
                Ok(consent) => {
                    self.adopt_consent(&consent)?;
                    return Ok(consent);
                }
                Err(SyncError::Refused {
                    code: ApiErrorCode::ConsentConflict,
                    ..
                }) => {
                    let now: Consent = api.call::<(), _>(Method::GET, paths::CONSENT, None).await?;
                    base = now.version;
                }
                Err(e) => return Err(e),
            }
        }
        Err(SyncError::Refused {
            code: ApiErrorCode::ConsentConflict,
            message: "consent keeps changing".into(),
        })
    }

    /// Unpairs this device at the clinic and forgets the pairing here. The phone's records
    /// stay as they are.
    pub async fn unpair(&self) -> Result<(), SyncError> {
        let api = self.paired_api()?;
        match api
            .call::<(), serde_json::Value>(Method::DELETE, paths::DEVICE, None)
            .await
        {
            Ok(_) => {}
            // Already unpaired by the clinic: nothing left to do there.
            Err(SyncError::Refused {
                code: ApiErrorCode::DeviceUnpaired | ApiErrorCode::Unauthorized,
                ..
            }) => {}
            Err(e) => return Err(e),
        }
        self.store.write(|tx, _| {
            for key in keys::ALL {
                state::remove(tx, key)?;
            }
            Ok(())
        })?;
        Ok(())
    }

    /// Pushes every pending change, then pulls everything new. Safe to cancel at any await.
    pub async fn sync_now(&self) -> Result<SyncReport, SyncError> {
        let outcome = self.sync_inner().await;
        let now = self.store.now().as_millisecond().to_string();
        let error = match &outcome {
            Ok(report) if report.clock_ahead > 0 => Some(CLOCK_AHEAD_MESSAGE),
            Ok(_) => None,
            Err(SyncError::NotPaired) => return outcome,
            Err(e) => Some(e.message_id()),
        };
        self.store.write(|tx, _| {
            if outcome.is_ok() {
                state::put(tx, keys::LAST_SUCCESS, &now)?;
            }
            match error {
                Some(id) => state::put(tx, keys::LAST_ERROR, id),
                None => state::remove(tx, keys::LAST_ERROR),
            }
        })?;
        outcome
    }

    async fn sync_inner(&self) -> Result<SyncReport, SyncError> {
        let api = self.paired_api()?;
        let device: DeviceStatus = api.call::<(), _>(Method::GET, paths::DEVICE, None).await?;
        self.adopt_consent(&device.consent)?;
        let mut report = SyncReport::default();
        self.push_all(&api, &mut report).await?;
        self.pull_all(&api, &mut report).await?;
        Ok(report)
    }

    async fn push_all(&self, api: &Api, report: &mut SyncReport) -> Result<(), SyncError> {
        loop {
            let batch = match self.store.read(local::in_flight)? {
                Some(batch) => batch,
                None => {
                    let consent = self.store.read(state::consent)?;
                    let (records, sent) = self
                        .store
                        .read(|c| local::pending(c, &consent, PUSH_BATCH_MAX_RECORDS))?;
                    if records.is_empty() {
                        return Ok(());
                    }
                    let request = PushRequest::new(Uuid::new_v4(), consent.version, &records);
                    let batch = InFlight { request, sent };
                    // Stored before it is sent: a retry after a crash re-sends the same id.
                    self.store
                        .write(|tx, _| state::put_json(tx, keys::BATCH, &batch))?;
                    batch
                }
            };
            let answer = api
                .call::<_, PushResponse>(Method::POST, paths::PUSH, Some(&batch.request))
                .await;
            let answer = match answer {
                Ok(answer) => answer,
                Err(SyncError::Refused {
                    code: ApiErrorCode::ConsentOutdated,
                    ..
                }) => {
                    // Built under an older consent: nothing of it was applied. Rebuild.
                    let device: DeviceStatus =
                        api.call::<(), _>(Method::GET, paths::DEVICE, None).await?;
                    self.store.write(|tx, _| state::remove(tx, keys::BATCH))?;
                    self.adopt_consent(&device.consent)?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            let clock_ahead = self
                .store
                .write(|tx, _| local::settle(tx, &batch, &answer))?;
            let rejected = answer
                .results
                .iter()
                .filter(|r| r.outcome == imr_protocol::api::Outcome::Rejected)
                .count();
            report.pushed += answer.results.len() - rejected;
            report.rejected += rejected - clock_ahead;
            report.clock_ahead += clock_ahead;
            if clock_ahead > 0 {
                // Those records stay pending until the server's clock passes their stamps.
                return Ok(());
            }
        }
    }

    async fn pull_all(&self, api: &Api, report: &mut SyncReport) -> Result<(), SyncError> {
        loop {
            let since: u64 = self
                .store
                .read(|c| state::get(c, keys::CURSOR))?
                .and_then(|t| t.parse().ok())
                .unwrap_or(0);
            let path = format!("{}?since={since}&limit={}", paths::PULL, self.page);
            let page: PullResponse = api.call::<(), _>(Method::GET, &path, None).await?;
            report.pulled += page.records.len();
            let consent = self.store.read(state::consent)?;
            let listed: Vec<String> = page
                .records
                .iter()
                .map(|r| r.record.id.to_string())
                .collect();
            let records = page.records.into_iter().map(|p| p.record).collect();
            self.store.write_observing(|tx, _| {
                let seen = local::apply_page(tx, records, page.cursor)?;
                if page.full_resync {
                    local::drop_unlisted(tx, &consent, &listed)?;
                }
                Ok(((), seen))
            })?;
            if !page.has_more {
                return Ok(());
            }
        }
    }
}
