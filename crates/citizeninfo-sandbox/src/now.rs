//! The sandbox's time of day: the system's clock, moved forward by as much as a
//! test asked (`POST /_sandbox/clock`), so tokens, codes and grace periods expire
//! without anyone waiting for them. Everything that reads the time of day reads it
//! here: token and code expiry, ID token checks, the reuse grace period, the
//! device flow's polling interval and the records' stamps. What is measured as a
//! duration (the latency of an answer, the rate limit's window) is measured on the
//! monotonic clock and is not moved.
//!
//! The clock is the process's: a sandbox is one process, and one server in it.

use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, TimeDelta, Utc};

/// How far the clock has been moved forward, in seconds; never back.
static AHEAD_SECS: AtomicI64 = AtomicI64::new(0);

/// The furthest the clock may be moved: a hundred years, so every time it reads
/// still has four digits of year (RFC 3339) and fits every type that holds it.
pub(crate) const MAX_AHEAD_SECS: i64 = 100 * 366 * 24 * 3600;

/// Now, by the sandbox's clock.
pub(crate) fn utc() -> DateTime<Utc> {
    let now = Utc::now();
    now.checked_add_signed(TimeDelta::seconds(ahead()))
        .unwrap_or(now)
}

/// How far the clock has been moved forward, in seconds.
pub(crate) fn ahead() -> i64 {
    AHEAD_SECS.load(Ordering::SeqCst)
}

/// Moves the clock forward by `secs`; how far ahead it is then, or `None` (and
/// the clock unmoved) when that would be past [`MAX_AHEAD_SECS`].
pub(crate) fn advance(secs: u32) -> Option<i64> {
    AHEAD_SECS
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |ahead| {
            Some(ahead + i64::from(secs)).filter(|a| *a <= MAX_AHEAD_SECS)
        })
        .ok()
        .map(|before| before + i64::from(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_forward_by_what_is_asked_and_no_further_than_its_bound() {
        let before = utc();
        let ahead = advance(3600).unwrap();
        assert!(ahead >= 3600);
        assert!(utc() - before >= TimeDelta::seconds(3600));
        assert_eq!(advance(u32::MAX), None, "past the bound: refused");
        assert_eq!(super::ahead(), ahead, "and the clock unmoved");
        assert_eq!(advance(0), Some(ahead));
    }
}
