//! How many requests a client keeps in flight at once: at most the concurrency it
//! was given, halved when the service answers `429 Too Many Requests`, and grown
//! back one request at a time once the service has been calm for a while (additive
//! increase, multiplicative decrease, as TCP and well-behaved API clients do).
//!
//! The decisions are in [`Window`], a plain value tested without a network; the
//! [`Gate`] around it makes requests wait their turn.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

/// How long the service must go without a `429` before the window grows again,
/// when its answer named no wait.
const CALM: Duration = Duration::from_secs(1);

/// The window's state: how many requests may be in flight, and since when the
/// service has been calm.
#[derive(Debug, Clone)]
pub(crate) struct Window {
    /// The most requests in flight, as given (`--concurrency`).
    max: f64,
    /// The current limit, between 1 and `max`; fractional as it grows.
    limit: f64,
    /// Requests in flight now.
    in_flight: usize,
    /// When the window was last halved: a `429` to a request sent before that was
    /// part of the same burst and does not halve it again.
    decreased_at: Option<Instant>,
    /// No request is sent before this instant (the service asked to wait).
    paused_until: Option<Instant>,
    /// The window does not grow before this instant.
    calm_from: Option<Instant>,
}

impl Window {
    /// A window of at most `max` requests, starting there.
    pub(crate) fn new(max: usize) -> Window {
        let max = max.max(1) as f64;
        Window {
            max,
            limit: max,
            in_flight: 0,
            decreased_at: None,
            paused_until: None,
            calm_from: None,
        }
    }

    /// How many requests may be in flight now.
    pub(crate) fn limit(&self) -> usize {
        self.limit.floor() as usize
    }

    /// The wait before a request may be sent at `now`: `None` when it may go now,
    /// taking a place in the window.
    fn admit(&mut self, now: Instant) -> Option<Option<Duration>> {
        if let Some(until) = self.paused_until.filter(|u| *u > now) {
            return Some(Some(until - now));
        }
        if self.in_flight >= self.limit() {
            return Some(None);
        }
        self.in_flight += 1;
        None
    }

    /// A request sent at `sent` was answered at `now`; `throttled` with the wait the
    /// service asked for (`Retry-After`), if any.
    pub(crate) fn answered(&mut self, sent: Instant, now: Instant, throttled: Option<Duration>) {
        self.in_flight = self.in_flight.saturating_sub(1);
        match throttled {
            Some(wait) => {
                if self.decreased_at.is_none_or(|at| sent >= at) {
                    self.limit = (self.limit / 2.0).max(1.0);
                    self.decreased_at = Some(now);
                }
                let until = now.checked_add(wait).unwrap_or(now);
                self.paused_until = Some(self.paused_until.map_or(until, |u| u.max(until)));
                self.calm_from = Some(until.checked_add(wait.max(CALM)).unwrap_or(until));
            }
            None => {
                if self.calm_from.is_none_or(|c| now >= c) {
                    // One more request for each window's worth of answers.
                    self.limit = (self.limit + 1.0 / self.limit).min(self.max);
                }
            }
        }
    }

    /// A request gave up its place without an answer (no connection, a broken one).
    fn left(&mut self) {
        self.in_flight = self.in_flight.saturating_sub(1);
    }
}

/// Makes requests wait for a place in the [`Window`].
#[derive(Debug)]
pub(crate) struct Gate {
    window: Mutex<Window>,
    changed: Notify,
}

/// A place in the window, given back when dropped unless answered.
pub(crate) struct Place<'a> {
    gate: &'a Gate,
    sent: Instant,
    done: bool,
}

impl Gate {
    /// A gate of at most `max` requests at once.
    pub(crate) fn new(max: usize) -> Gate {
        Gate {
            window: Mutex::new(Window::new(max)),
            changed: Notify::new(),
        }
    }

    /// From now on at most `max` requests at once, starting there.
    pub(crate) fn reset(&self, max: usize) {
        if let Ok(mut w) = self.window.lock() {
            let in_flight = w.in_flight;
            *w = Window::new(max);
            w.in_flight = in_flight;
        }
        self.changed.notify_waiters();
    }

    /// The current limit.
    pub(crate) fn limit(&self) -> usize {
        self.window.lock().map(|w| w.limit()).unwrap_or(1)
    }

    /// Waits for a place.
    pub(crate) async fn enter(&self) -> Place<'_> {
        loop {
            // Registered before the check, so a place freed in between is not missed.
            let changed = self.changed.notified();
            let wait = match self.window.lock() {
                Ok(mut w) => w.admit(Instant::now()),
                // A poisoned window limits nothing.
                Err(_) => None,
            };
            match wait {
                None => {
                    return Place {
                        gate: self,
                        sent: Instant::now(),
                        done: false,
                    };
                }
                Some(Some(pause)) => tokio::time::sleep(pause).await,
                Some(None) => changed.await,
            }
        }
    }
}

impl Place<'_> {
    /// The request was answered; `throttled` with the wait asked for, if it was a `429`.
    pub(crate) fn answered(mut self, throttled: Option<Duration>) {
        self.done = true;
        if let Ok(mut w) = self.gate.window.lock() {
            w.answered(self.sent, Instant::now(), throttled);
        }
        self.gate.changed.notify_waiters();
    }
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        if !self.done {
            if let Ok(mut w) = self.gate.window.lock() {
                w.left();
            }
            self.gate.changed.notify_waiters();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(w: &mut Window, now: Instant) -> usize {
        let mut n = 0;
        while w.admit(now).is_none() {
            n += 1;
        }
        n
    }

    #[test]
    fn a_window_starts_at_its_concurrency_and_never_exceeds_it() {
        let now = Instant::now();
        let mut w = Window::new(32);
        assert_eq!(full(&mut w, now), 32);
        for _ in 0..1000 {
            w.answered(now, now, None);
            assert!(w.admit(now).is_none());
        }
        assert_eq!(w.limit(), 32);
    }

    #[test]
    fn one_burst_of_429_halves_the_window_once_and_pauses_every_request() {
        let t0 = Instant::now();
        let mut w = Window::new(32);
        assert_eq!(full(&mut w, t0), 32);
        let t1 = t0 + Duration::from_millis(10);
        // All 32 sent at t0 come back throttled: one burst, one halving.
        for _ in 0..32 {
            w.answered(t0, t1, Some(Duration::from_secs(1)));
        }
        assert_eq!(w.limit(), 16);
        // Nothing goes before the asked wait.
        assert_eq!(
            w.admit(t1 + Duration::from_millis(500)),
            Some(Some(Duration::from_millis(500)))
        );
        // A 429 to a request sent after the halving is a new burst.
        let t2 = t1 + Duration::from_secs(1);
        assert!(w.admit(t2).is_none());
        w.answered(t2, t2, Some(Duration::from_secs(1)));
        assert_eq!(w.limit(), 8);
    }

    #[test]
    fn the_window_never_falls_below_one() {
        let mut t = Instant::now();
        let mut w = Window::new(4);
        for _ in 0..10 {
            t += Duration::from_secs(2);
            assert!(w.admit(t).is_none());
            w.answered(t, t, Some(Duration::ZERO));
        }
        assert_eq!(w.limit(), 1);
    }

    #[test]
    fn it_grows_back_by_about_one_a_window_only_once_the_service_is_calm() {
        let t0 = Instant::now();
        let mut w = Window::new(32);
        assert!(w.admit(t0).is_none());
        w.answered(t0, t0, Some(Duration::from_secs(1)));
        assert_eq!(w.limit(), 16);
        // Answers within the calm period do not grow it.
        let soon = t0 + Duration::from_millis(1500);
        for _ in 0..100 {
            assert!(w.admit(soon).is_none());
            w.answered(soon, soon, None);
        }
        assert_eq!(w.limit(), 16);
        // Afterwards, a window's worth of answers grows it by one.
        let later = t0 + Duration::from_secs(3);
        for _ in 0..17 {
            assert!(w.admit(later).is_none());
            w.answered(later, later, None);
        }
        assert_eq!(w.limit(), 17);
    }

    #[test]
    fn an_absurd_wait_asked_for_does_not_overflow() {
        let t = Instant::now();
        let mut w = Window::new(4);
        assert!(w.admit(t).is_none());
        w.answered(t, t, Some(Duration::MAX));
        assert_eq!(w.limit(), 2);
    }

    #[test]
    fn a_request_without_an_answer_gives_its_place_back() {
        let now = Instant::now();
        let mut w = Window::new(2);
        assert_eq!(full(&mut w, now), 2);
        w.left();
        assert!(w.admit(now).is_none());
        assert_eq!(w.admit(now), Some(None));
    }
}
