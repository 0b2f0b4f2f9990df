//! Which calendar day an instant belongs to, for this participant.
//!
//! A check-in belongs to the participant's local day, not to the UTC date: the instant is
//! shown in the settings' IANA zone, and the day starts at the day-start hour (default
//! 04:00), so a check-in at 01:00 after a sleepless night counts for the day before. The
//! hour is subtracted on the local wall clock, so a DST change moves nothing.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

/// The local day `at` belongs to, in zone `tz`, when days start at `day_start_hour`.
pub fn local_day(at: Timestamp, tz: &TimeZone, day_start_hour: u8) -> Date {
    let wall = at.to_zoned_datetime(tz.clone()).datetime();
    wall.checked_sub(Span::new().hours(i64::from(day_start_hour)))
        .map_or_else(|_| wall.date(), |shifted| shifted.date())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn oslo() -> TimeZone {
        TimeZone::get("Europe/Oslo").unwrap()
    }

    #[test]
    fn one_in_the_night_belongs_to_the_day_before() {
        let at: Timestamp = "2026-05-12T23:00:00Z".parse().unwrap(); // 01:00 in Oslo
        assert_eq!(local_day(at, &oslo(), 4), date(2026, 5, 12));
        assert_eq!(local_day(at, &oslo(), 0), date(2026, 5, 13));
    }
}
