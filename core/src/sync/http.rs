//! The device API over HTTPS: one request helper that retries what may succeed later
//! (network failures, 5xx, rate limits) with exponential backoff and jitter, and turns the
//! server's error bodies into [`SyncError`]s the app can act on.

use std::time::Duration;

use imr_protocol::api::{ApiError, ApiErrorCode};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::SyncError;

/// How often and how patiently requests are retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retry {
    /// Tries per request, the first included.
    pub attempts: u32,
    /// The wait before the first retry; it doubles with every further one.
    pub base: Duration,
    /// The longest wait between tries.
    pub max: Duration,
}

impl Default for Retry {
    /// Five tries over about fifteen seconds: within the half minute iOS gives a
    /// background task, and gentle on a clinic server that is restarting.
    fn default() -> Self {
        Self {
            attempts: 5,
            base: Duration::from_millis(500),
            max: Duration::from_secs(8),
        }
    }
}

impl Retry {
    /// The wait before try `n` (1 = first retry): exponential, capped, with full jitter in
    /// its upper half so many phones retrying at once spread out.
    pub fn delay(&self, n: u32) -> Duration {
        let exp = self
            .base
            .saturating_mul(1u32 << n.saturating_sub(1).min(16));
        let cap = exp.min(self.max);
        let half = cap / 2;
        let spread = u64::try_from(half.as_micros()).unwrap_or(u64::MAX).max(1);
        // A random UUID is the randomness source already at hand; uniformity is not critical.
        let jitter = (Uuid::new_v4().as_u128() % u128::from(spread)) as u64;
        half + Duration::from_micros(jitter)
    }
}

/// An HTTP client bound to one server and device token.
#[derive(Clone, Debug)]
pub(crate) struct Api {
    pub http: reqwest::Client,
    pub base: String,
    pub token: Option<String>,
    pub retry: Retry,
}

fn retryable(status: StatusCode, code: Option<ApiErrorCode>) -> bool {
    status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || matches!(
            code,
            Some(ApiErrorCode::RateLimited | ApiErrorCode::Internal)
        )
}

impl Api {
    /// Sends one request, retrying as [`Retry`] says; the same body (and so the same batch
    /// id) is sent on every try.
    pub async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<T, SyncError> {
        let mut tries = 0;
        loop {
            tries += 1;
            match self.once(method.clone(), path, body).await {
                Ok(answer) => return Ok(answer),
                Err(e) if e.is_retryable() && tries < self.retry.attempts => {
                    tracing::debug!(path, tries, error = %e, "sync request failed; retrying");
                    tokio::time::sleep(self.retry.delay(tries)).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn once<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<T, SyncError> {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            req = req.bearer_auth(token);
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        let status = resp.status();
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        if status.is_success() {
            let text: &[u8] = if bytes.is_empty() { b"null" } else { &bytes };
            return serde_json::from_slice(text)
                .map_err(|e| SyncError::Protocol(format!("{path}: {e}")));
        }
        let error: Option<ApiError> = serde_json::from_slice(&bytes).ok();
        let code = error.as_ref().map(|e| e.code);
        if retryable(status, code) {
            return Err(SyncError::Unavailable(status.as_u16()));
        }
        Err(SyncError::Refused {
            code: code.unwrap_or(ApiErrorCode::BadRequest),
            message: error.map_or_else(|| status.to_string(), |e| e.message),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_stays_under_the_cap_and_is_jittered() {
        let retry = Retry {
            attempts: 9,
            base: Duration::from_millis(100),
            max: Duration::from_secs(1),
        };
        for n in 1..9 {
            let want = (Duration::from_millis(100) * (1 << (n - 1))).min(Duration::from_secs(1));
            let got = retry.delay(n);
            assert!(
                got >= want / 2 && got <= want,
                "try {n}: {got:?} outside {want:?}"
            );
        }
        let waits: std::collections::BTreeSet<_> = (0..20).map(|_| retry.delay(4)).collect();
        assert!(waits.len() > 1, "no jitter");
    }
}
