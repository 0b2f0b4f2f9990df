//! The demo clinic: a clinic, a demo clinician (who may log in without the second factor in
//! demo mode only) and simulated participants with 120 days of data. Each participant is
//! enrolled with a real enrollment code, sets a consent and pushes batches through the same
//! functions the device API calls, so the demo exercises the real sync path.

mod profiles;

use std::collections::BTreeSet;

use imr_protocol::Scope;
use imr_protocol::api::{ConsentChange, EnrollRequest, PushRequest};
use imr_protocol::limits::PUSH_BATCH_MAX_RECORDS;
use jiff::Timestamp;
use uuid::Uuid;

pub use profiles::{PROFILES, Profile};

use crate::error::ApiFailure;
use crate::security::{hash_password, new_totp_secret};
use crate::store::{Role, Store};
use crate::{pairing, sync};

/// The printed demo login.
#[derive(Clone, Debug)]
pub struct DemoLogin {
    /// Login name.
    pub email: String,
    /// Password.
    pub password: String,
}

/// Why the demo could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] crate::store::Error),
    /// The device path refused a simulated request (a bug in the simulation).
    #[error("simulated device refused: {0:?}")]
    Refused(ApiFailure),
}

impl From<ApiFailure> for DemoError {
    fn from(f: ApiFailure) -> Self {
        DemoError::Refused(f)
    }
}

/// Creates the demo clinic in `store` and fills it; returns the demo clinician's login.
pub fn seed(store: &Store, now: Timestamp) -> Result<DemoLogin, DemoError> {
    let login = DemoLogin {
        email: "demo@clinic.example".into(),
        password: "demo-imr-2026".into(),
    };
    let hash =
        hash_password(&login.password).ok_or(crate::store::Error::Corrupt("password hash"))?;
    let colleague_hash = hash_password(&crate::security::random_token(16))
        .ok_or(crate::store::Error::Corrupt("password hash"))?;
    let at = now.to_string();
    let (clinic, clinician, colleague) = store.write(|tx| {
        let clinic = tx.create_clinic("Demo Clinic", &at)?;
        let me = tx.create_clinician(
            clinic,
            &login.email,
            "Demo Clinician",
            Role::ClinicAdmin,
            &hash,
            &new_totp_secret(),
            true,
            &at,
        )?;
        let other = tx.create_clinician(
            clinic,
            "colleague@clinic.example",
            "Demo Colleague",
            Role::Clinician,
            &colleague_hash,
            &new_totp_secret(),
            true,
            &at,
        )?;
        Ok::<_, crate::store::Error>((clinic, me, other))
    })?;
    for (n, profile) in PROFILES.iter().enumerate() {
        simulate(
            store,
            clinic,
            clinician,
            (n % 3 == 0).then_some(colleague),
            profile,
            n as u64,
            now,
        )?;
    }
    Ok(login)
}

/// Enrolls one simulated participant and pushes their history like a phone would.
fn simulate(
    store: &Store,
    clinic: Uuid,
    clinician: Uuid,
    colleague: Option<Uuid>,
    profile: &Profile,
    seed: u64,
    now: Timestamp,
) -> Result<(), DemoError> {
    let (pid, code) = store.write(|tx| {
        let pid = tx.create_participant(clinic, profile.pseudonym, clinician, &now.to_string())?;
        if let Some(c) = colleague {
            tx.add_to_care_team(pid, c)?;
        }
        let (code, _) = pairing::new_code(tx, pid, now)?;
        Ok::<_, crate::store::Error>((pid, code))
    })?;
    let device = Uuid::new_v4();
    let enroll = EnrollRequest {
        code,
        device_id: device,
        device_label: "Demo phone".into(),
    };
    store.write(|tx| pairing::enroll(tx, &enroll, now))?;
    let scopes: BTreeSet<Scope> = Scope::ALL
        .into_iter()
        .filter(|s| !profile.withheld.contains(s))
        .collect();
    let consent = store.write(|tx| {
        let p = tx
            .participant(pid)?
            .ok_or(crate::store::Error::Corrupt("demo participant"))?;
        pairing::change_consent(
            tx,
            &p,
            &ConsentChange {
                base_version: 0,
                scopes,
            },
        )
    })?;
    let records: Vec<_> = profiles::history(profile, pid, device, seed, now)
        .iter()
        .filter_map(|r| r.project(&consent))
        .collect();
    for chunk in records.chunks(PUSH_BATCH_MAX_RECORDS) {
        let req = PushRequest::new(Uuid::new_v4(), consent.version, chunk);
        let answer = store.write(|tx| {
            let p = tx
                .participant(pid)?
                .ok_or(crate::store::Error::Corrupt("demo participant"))?;
            sync::push(tx, &p, &req, now)
        })?;
        if let Some(bad) = answer
            .results
            .iter()
            .find(|r| r.outcome == imr_protocol::api::Outcome::Rejected)
        {
            tracing::error!(?bad, "demo record refused");
            return Err(DemoError::Refused(ApiFailure::new(
                imr_protocol::api::ApiErrorCode::InvalidField,
                format!("{bad:?}"),
            )));
        }
    }
    Ok(())
}
