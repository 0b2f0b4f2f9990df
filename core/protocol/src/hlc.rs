//! Hybrid logical clock stamps.
//!
//! Conflicts only arise between one participant's own devices, and they resolve
//! last-writer-wins. A wall clock alone would let a phone whose clock is a year ahead win
//! every conflict for a year, and two edits in the same millisecond would tie; the hybrid
//! logical clock (wall milliseconds, a counter, the device id) gives a total order that
//! still follows real time, and the server refuses stamps too far ahead of its own clock.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// How far ahead of the server's clock a stamp may be before the server refuses it.
pub const MAX_CLOCK_AHEAD_MS: u64 = 10 * 60 * 1000;

/// One stamp of the hybrid logical clock. Ordered by wall time, then counter, then device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch, as the writing device saw them (adjusted).
    pub wall_ms: u64,
    /// Breaks ties between stamps in the same millisecond on one device.
    pub counter: u32,
    /// The device that wrote the stamp; the final tie-breaker, so no two stamps are equal.
    pub device: Uuid,
}

impl Hlc {
    /// The smallest stamp a device can hold before it has written anything.
    pub fn zero(device: Uuid) -> Self {
        Self {
            wall_ms: 0,
            counter: 0,
            device,
        }
    }

    /// The next stamp for a local write: later than `last` (the newest stamp this device has
    /// issued or seen) and not earlier than `now_ms`.
    pub fn tick(last: Hlc, now_ms: u64, device: Uuid) -> Hlc {
        if now_ms > last.wall_ms {
            Hlc {
                wall_ms: now_ms,
                counter: 0,
                device,
            }
        } else {
            Hlc {
                wall_ms: last.wall_ms,
                counter: last.counter.saturating_add(1),
                device,
            }
        }
    }

    /// The clock's new high-water mark after receiving `remote`, so the next local write
    /// sorts after everything this device has seen.
    pub fn observe(last: Hlc, remote: Hlc) -> Hlc {
        if remote > last {
            Hlc {
                device: last.device,
                ..remote
            }
        } else {
            last
        }
    }

    /// True when this stamp is further ahead of `server_now_ms` than the server accepts.
    pub fn is_too_far_ahead(&self, server_now_ms: u64) -> bool {
        self.wall_ms > server_now_ms.saturating_add(MAX_CLOCK_AHEAD_MS)
    }

    /// A fixed-width text form whose byte order equals the stamp order, for SQL columns.
    pub fn to_sortable(&self) -> String {
        format!(
            "{:015}-{:010}-{}",
            self.wall_ms,
            self.counter,
            self.device.as_hyphenated()
        )
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_sortable())
    }
}

/// The text could not be read as a stamp written by [`Hlc::to_sortable`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a clock stamp: {0:?}")]
pub struct HlcParseError(pub String);

impl FromStr for Hlc {
    type Err = HlcParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || HlcParseError(s.to_owned());
        let (wall, rest) = s.split_once('-').ok_or_else(err)?;
        let (counter, device) = rest.split_once('-').ok_or_else(err)?;
        Ok(Hlc {
            wall_ms: wall.parse().map_err(|_| err())?,
            counter: counter.parse().map_err(|_| err())?,
            device: Uuid::parse_str(device).map_err(|_| err())?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dev(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn tick_follows_the_wall_clock_when_it_moves_forward() {
        let last = Hlc {
            wall_ms: 100,
            counter: 7,
            device: dev(1),
        };
        assert_eq!(
            Hlc::tick(last, 200, dev(1)),
            Hlc {
                wall_ms: 200,
                counter: 0,
                device: dev(1)
            }
        );
    }

    #[test]
    fn tick_counts_up_when_the_wall_clock_stands_still_or_goes_back() {
        let last = Hlc {
            wall_ms: 100,
            counter: 7,
            device: dev(1),
        };
        assert_eq!(Hlc::tick(last, 100, dev(1)).counter, 8);
        assert_eq!(
            Hlc::tick(last, 50, dev(1)),
            Hlc {
                wall_ms: 100,
                counter: 8,
                device: dev(1)
            }
        );
    }

    #[test]
    fn observe_keeps_the_local_device_id() {
        let local = Hlc {
            wall_ms: 100,
            counter: 0,
            device: dev(1),
        };
        let remote = Hlc {
            wall_ms: 300,
            counter: 2,
            device: dev(2),
        };
        let seen = Hlc::observe(local, remote);
        assert_eq!(
            seen,
            Hlc {
                wall_ms: 300,
                counter: 2,
                device: dev(1)
            }
        );
        assert!(Hlc::tick(seen, 10, dev(1)) > remote);
    }

    #[test]
    fn ten_minutes_ahead_is_accepted_one_millisecond_more_is_not() {
        let now = 1_000_000;
        let at = |ms| Hlc {
            wall_ms: ms,
            counter: 0,
            device: dev(1),
        };
        assert!(!at(now + MAX_CLOCK_AHEAD_MS).is_too_far_ahead(now));
        assert!(at(now + MAX_CLOCK_AHEAD_MS + 1).is_too_far_ahead(now));
    }

    proptest! {
        #[test]
        fn sortable_text_orders_like_the_stamps(
            a in (0u64..1u64 << 48, any::<u32>(), any::<u128>()),
            b in (0u64..1u64 << 48, any::<u32>(), any::<u128>()),
        ) {
            let a = Hlc { wall_ms: a.0, counter: a.1, device: dev(a.2) };
            let b = Hlc { wall_ms: b.0, counter: b.1, device: dev(b.2) };
            prop_assert_eq!(a.cmp(&b), a.to_sortable().cmp(&b.to_sortable()));
            prop_assert_eq!(a.to_sortable().parse::<Hlc>().unwrap(), a);
        }

        #[test]
        fn tick_is_always_later(wall in 0u64..1u64 << 48, counter in 0u32..1000, now in 0u64..1u64 << 48) {
            let last = Hlc { wall_ms: wall, counter, device: dev(1) };
            prop_assert!(Hlc::tick(last, now, dev(1)) > last);
        }
    }
}
