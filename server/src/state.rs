//! What every request handler shares: the store, the clock, the configuration and the rate
//! limiters.

use std::sync::Arc;

use crate::clock::Clock;
use crate::security::RateLimiter;
use crate::store::Store;

/// How the server was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A real clinic: every login needs the second factor.
    Serve,
    /// The demo clinic: demo accounts may log in without the second factor, and every page
    /// says "demo".
    Demo,
}

/// Settings that change the server's behaviour.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Serve or demo.
    pub mode: Mode,
    /// Mark session cookies `Secure`. Only off for plain http on localhost (development).
    pub secure_cookies: bool,
    /// Failed enrollment attempts allowed per address per 15 minutes.
    pub enroll_failures_per_window: usize,
    /// Failed logins allowed per account, and per address, per 15 minutes.
    pub login_failures_per_window: usize,
    /// The demo clinician's login name and password, shown on the demo login page.
    pub demo_login: Option<(String, String)>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            mode: Mode::Serve,
            secure_cookies: true,
            enroll_failures_per_window: 10,
            login_failures_per_window: 5,
            demo_login: None,
        }
    }
}

const WINDOW_MS: i64 = 15 * 60 * 1000;

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The server's clock.
    pub clock: Arc<Clock>,
    /// Settings.
    pub settings: Arc<Settings>,
    /// Failed enrollment attempts per address.
    pub enroll_limiter: Arc<RateLimiter>,
    /// Failed logins per account and per address.
    pub login_limiter: Arc<RateLimiter>,
}

impl AppState {
    /// State over `store` with `settings`.
    pub fn new(store: Store, clock: Arc<Clock>, settings: Settings) -> AppState {
        AppState {
            enroll_limiter: Arc::new(RateLimiter::new(
                settings.enroll_failures_per_window,
                WINDOW_MS,
            )),
            login_limiter: Arc::new(RateLimiter::new(
                settings.login_failures_per_window,
                WINDOW_MS,
            )),
            store,
            clock,
            settings: Arc::new(settings),
        }
    }
}
