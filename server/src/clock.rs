//! The server's clock. Everything that depends on the time (code expiry, clock-skew refusal,
//! session expiry, the "as of" staleness of a warning level) reads it here, so tests can move
//! time forward instead of waiting.

use std::sync::atomic::{AtomicI64, Ordering};

use jiff::Timestamp;

/// The wall clock, shifted by an offset tests can change.
#[derive(Debug, Default)]
pub struct Clock {
    offset_ms: AtomicI64,
}

impl Clock {
    /// The real wall clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// Now.
    pub fn now(&self) -> Timestamp {
        let ms = Timestamp::now()
            .as_millisecond()
            .saturating_add(self.offset_ms.load(Ordering::Relaxed));
        Timestamp::from_millisecond(ms).unwrap_or(Timestamp::MAX)
    }

    /// Now, in milliseconds since the epoch.
    pub fn now_ms(&self) -> i64 {
        self.now().as_millisecond()
    }

    /// Moves this clock forward (or back, with a negative amount) by `ms`.
    pub fn advance_ms(&self, ms: i64) {
        self.offset_ms.fetch_add(ms, Ordering::Relaxed);
    }
}
