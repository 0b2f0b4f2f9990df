//! Where the core gets the time from.
//!
//! Every stamp, every "today" and every "not in the future" check reads one [`Clock`], so
//! a test (or a demo) can fix the time and walk it across a DST change.

use jiff::{SignedDuration, Timestamp};
use parking_lot::Mutex;

/// The current instant, in UTC.
pub trait Clock: Send + Sync {
    /// Now, as a UTC instant.
    fn now_utc(&self) -> Timestamp;
}

/// The device's real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_utc(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that only moves when told to: for tests and reproducible demos.
#[derive(Debug)]
pub struct FixedClock {
    now: Mutex<Timestamp>,
}

impl FixedClock {
    /// A clock standing at `now`.
    pub fn new(now: Timestamp) -> Self {
        Self {
            now: Mutex::new(now),
        }
    }

    /// Moves the clock to `now` (backwards too, as a phone's clock can).
    pub fn set(&self, now: Timestamp) {
        *self.now.lock() = now;
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: SignedDuration) {
        let mut now = self.now.lock();
        *now = now.saturating_add(by).unwrap_or(*now);
    }
}

impl Clock for FixedClock {
    fn now_utc(&self) -> Timestamp {
        *self.now.lock()
    }
}
