//! When a failed request is sent again, and after how long: one [`RetryPolicy`]
//! value that every request of a [`Client`](crate::Client) goes through.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, IF_MATCH, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// The header that makes a repeated `POST` return the first answer instead of
/// acting twice.
pub(crate) const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");

/// What a call knows about sending its request twice, beyond what the request's
/// method and headers show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// Nothing more: the policy decides from the method and the headers alone.
    AsSent,
    /// Sending it twice has the same effect as sending it once, whatever its method
    /// (a `PUT` of a status, binding or unbinding one process, a sign-in grant that
    /// only issues a spare token).
    Harmless,
}

/// How one try of a request ended, as the policy sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tried<'a> {
    /// No answer: the connection could not be made, or broke before a status came.
    NoAnswer,
    /// The service answered with this status and these headers.
    Answered(StatusCode, &'a HeaderMap),
}

/// When a failed request is sent again, and after how long.
///
/// Every request of a [`Client`](crate::Client) goes through its policy (the
/// [`Default`] one); the decisions
/// are two pure functions, so they can be read and tested without a network:
///
/// - [`may_repeat`](RetryPolicy::may_repeat): whether a request is *safe to repeat*,
///   i.e. sending it twice cannot do what sending it once would not. That is a `GET`
///   (or `HEAD`, `OPTIONS`); a request carrying `Idempotency-Key` when
///   [`repeat_idempotency_key`](RetryPolicy::repeat_idempotency_key) is set (the
///   service answers a repeat with the first answer); a request carrying `If-Match`
///   when [`repeat_if_match`](RetryPolicy::repeat_if_match) is set; and a request its
///   call declares [`Repeat::Harmless`].
/// - [`next_try`](RetryPolicy::next_try): whether a try that failed is tried again,
///   and after how long. A `429 Too Many Requests` is tried again whatever the
///   request, since the service refused it before doing anything; a `5xx` answer, or
///   no answer at all, only when the request is safe to repeat. The wait is the
///   answer's `Retry-After` (in seconds) when it gives one, otherwise the
///   [`backoff`](RetryPolicy::backoff), and never more than
///   [`max_wait`](RetryPolicy::max_wait). Nothing is tried more than
///   [`attempts`](RetryPolicy::attempts) times in all.
///
/// A `401` is not the policy's: the client refreshes the token once and sends the
/// request again. A body that breaks off after the status is returned as an error,
/// not tried again.
///
/// The default: ten tries for faults within 60 s in all (three times the default
/// try timeout, [`Transport::deadline`](crate::Transport::deadline)), backoffs of up to 200 ms, 400 ms, 800 ms...
/// (each drawn with full jitter), twenty tries when throttled, at most 30 s for any
/// wait, a `Retry-After` (seconds or an HTTP date) waited as asked. Requests under
/// `Idempotency-Key` and under `If-Match` are repeated: a repeat of a conditional
/// write that had in fact landed answers `412`, which the caller recognises as its
/// own write by reading the record again (the engine's executor does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RetryPolicy {
    /// How many times a request is sent in all, the first time included; 0 or 1
    /// sends it once.
    pub attempts: u32,
    /// The wait after the first failed try when the answer names none; it doubles
    /// after each further failed try.
    pub backoff: Duration,
    /// The longest wait between two tries, a `Retry-After` included.
    pub max_wait: Duration,
    /// Whether a request carrying `Idempotency-Key` is safe to repeat.
    pub repeat_idempotency_key: bool,
    /// Whether a request carrying `If-Match` is safe to repeat.
    pub repeat_if_match: bool,
    /// How many times a connection that could not be made is tried in all: an
    /// address that refuses is more often wrong than busy, so it is told soon.
    pub connect_attempts: u32,
    /// The most time one request may take, all its tries and waits included: no try
    /// starts, and no try lasts, past it.
    pub deadline: Duration,
    /// How many times a request refused with `429 Too Many Requests` is sent in all:
    /// being throttled does not use up the tries meant for faults.
    pub throttled_attempts: u32,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            attempts: 10,
            backoff: Duration::from_millis(200),
            max_wait: Duration::from_secs(30),
            repeat_idempotency_key: true,
            repeat_if_match: true,
            deadline: crate::transport::deadline_for(crate::DEFAULT_TIMEOUT),
            connect_attempts: 3,
            throttled_attempts: 20,
        }
    }
}

impl RetryPolicy {
    /// A policy that sends every request once and never again.
    #[cfg(test)]
    pub(crate) fn never() -> RetryPolicy {
        RetryPolicy {
            attempts: 1,
            throttled_attempts: 1,
            connect_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Whether a request with this method and these headers, from a call that says
    /// `call` about it, may be sent again after a failure that left its outcome
    /// unknown (no answer, or a `5xx`).
    pub(crate) fn may_repeat(&self, method: &Method, headers: &HeaderMap, call: Repeat) -> bool {
        call == Repeat::Harmless
            || matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
            || (self.repeat_idempotency_key && headers.contains_key(IDEMPOTENCY_KEY))
            || (self.repeat_if_match && headers.contains_key(IF_MATCH))
    }

    /// The wait before try number `attempt + 1` of a request whose try number
    /// `attempt` (counted from 1) ended as `tried`; `None` when it is not tried again
    /// and its outcome is returned. `repeatable` is what
    /// [`may_repeat`](RetryPolicy::may_repeat) said of the request.
    ///
    /// `attempt` counts the tries that failed the same way: those throttled (`429`,
    /// up to [`throttled_attempts`](RetryPolicy::throttled_attempts)), or the others
    /// (up to [`attempts`](RetryPolicy::attempts)). The wait returned is the longest
    /// one; [`next_wait`](RetryPolicy::next_wait) draws the actual wait.
    #[cfg(test)]
    pub(crate) fn next_try(
        &self,
        attempt: u32,
        repeatable: bool,
        tried: Tried<'_>,
    ) -> Option<Duration> {
        self.next_wait(attempt, repeatable, tried, 1.0)
    }

    /// As [`next_try`](RetryPolicy::next_try), with "full jitter": a backoff is a
    /// wait drawn between none and the backoff, `random` (0 to 1) saying where, so
    /// clients failing together do not come back together. A `Retry-After` is
    /// waited as asked.
    pub(crate) fn next_wait(
        &self,
        attempt: u32,
        repeatable: bool,
        tried: Tried<'_>,
        random: f64,
    ) -> Option<Duration> {
        let throttled =
            matches!(tried, Tried::Answered(s, _) if s == StatusCode::TOO_MANY_REQUESTS);
        let limit = if throttled {
            self.throttled_attempts
        } else {
            self.attempts
        };
        if attempt >= limit {
            return None;
        }
        let jittered = |d: Duration| d.mul_f64(random.clamp(0.0, 1.0));
        let wait = match tried {
            Tried::NoAnswer if repeatable => jittered(self.backoff(attempt)),
            Tried::NoAnswer => return None,
            Tried::Answered(status, headers)
                if throttled || (repeatable && status.is_server_error()) =>
            {
                retry_after(headers).unwrap_or_else(|| jittered(self.backoff(attempt)))
            }
            Tried::Answered(..) => return None,
        };
        Some(wait.min(self.max_wait))
    }

    /// The wait after failed try number `attempt` (counted from 1) when the answer
    /// names none: `backoff`, doubled for each try after the first, at most
    /// `max_wait`.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        2u32.checked_pow(attempt.saturating_sub(1))
            .and_then(|factor| self.backoff.checked_mul(factor))
            .map_or(self.max_wait, |wait| wait.min(self.max_wait))
    }
}

/// The wait an answer asks for in its `Retry-After`: seconds, or an HTTP date
/// (RFC 9110 §10.2.3; a date past is no wait).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let left = at.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(left.to_std().unwrap_or(Duration::ZERO))
}

/// A number from 0 to 1, different each call: where in its range a jittered wait
/// falls. Drawn from the standard library's per-process random hash keys.
pub(crate) fn random_fraction() -> f64 {
    use std::hash::BuildHasher;
    use std::sync::atomic::{AtomicU64, Ordering};
    static CALLS: AtomicU64 = AtomicU64::new(0);
    let h = std::collections::hash_map::RandomState::new()
        .hash_one(CALLS.fetch_add(1, Ordering::Relaxed));
    (h >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(HeaderName, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in pairs {
            h.insert(name.clone(), HeaderValue::from_static(value));
        }
        h
    }

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn the_default_is_ten_tries_waiting_at_most_200_400_800_ms_and_on() {
        let p = RetryPolicy::default();
        let none = HeaderMap::new();
        let longest = [200, 400, 800, 1600, 3200, 6400, 12800, 25600, 30000].map(|n| Some(ms(n)));
        let waits: Vec<_> = (1..=10)
            .map(|n| p.next_try(n, true, Tried::NoAnswer))
            .collect();
        assert_eq!(waits[..9], longest);
        assert_eq!(waits[9], None);
        let waits: Vec<_> = (1..=10)
            .map(|n| p.next_try(n, true, Tried::Answered(StatusCode::BAD_GATEWAY, &none)))
            .collect();
        assert_eq!(waits[..9], longest);
        assert_eq!(waits[9], None);
    }

    #[test]
    fn reads_are_repeated_and_writes_are_not_unless_they_say_so() {
        let p = RetryPolicy::default();
        let none = HeaderMap::new();
        assert!(p.may_repeat(&Method::GET, &none, Repeat::AsSent));
        assert!(p.may_repeat(&Method::HEAD, &none, Repeat::AsSent));
        for m in [Method::POST, Method::PATCH, Method::PUT, Method::DELETE] {
            assert!(!p.may_repeat(&m, &none, Repeat::AsSent), "{m}");
            assert!(p.may_repeat(&m, &none, Repeat::Harmless), "{m}");
        }
    }

    #[test]
    fn an_idempotency_key_makes_a_post_repeatable_by_default() {
        let keyed = headers(&[(IDEMPOTENCY_KEY, "k-1")]);
        assert!(RetryPolicy::default().may_repeat(&Method::POST, &keyed, Repeat::AsSent));
        let off = RetryPolicy {
            repeat_idempotency_key: false,
            ..RetryPolicy::default()
        };
        assert!(!off.may_repeat(&Method::POST, &keyed, Repeat::AsSent));
    }

    #[test]
    fn if_match_writes_are_repeated_unless_the_policy_says_not() {
        let matched = headers(&[(IF_MATCH, "\"v1\"")]);
        let off = RetryPolicy {
            repeat_if_match: false,
            ..RetryPolicy::default()
        };
        assert!(!off.may_repeat(&Method::PATCH, &matched, Repeat::AsSent));
        assert!(!off.may_repeat(&Method::PUT, &matched, Repeat::AsSent));
        let on = RetryPolicy::default();
        assert!(on.may_repeat(&Method::PATCH, &matched, Repeat::AsSent));
        assert!(on.may_repeat(&Method::PUT, &matched, Repeat::AsSent));
        assert!(!on.may_repeat(&Method::PUT, &HeaderMap::new(), Repeat::AsSent));
    }

    #[test]
    fn a_request_not_safe_to_repeat_is_tried_again_only_after_a_429() {
        let p = RetryPolicy::default();
        let none = HeaderMap::new();
        assert_eq!(p.next_try(1, false, Tried::NoAnswer), None);
        for s in [500, 502, 503, 504] {
            let s = StatusCode::from_u16(s).unwrap();
            assert_eq!(p.next_try(1, false, Tried::Answered(s, &none)), None, "{s}");
        }
        assert_eq!(
            p.next_try(
                1,
                false,
                Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &none)
            ),
            Some(ms(200))
        );
    }

    #[test]
    fn success_and_client_errors_are_never_tried_again() {
        let p = RetryPolicy::default();
        let none = HeaderMap::new();
        for s in [200, 201, 204, 400, 401, 403, 404, 409, 412, 422] {
            let s = StatusCode::from_u16(s).unwrap();
            assert_eq!(p.next_try(1, true, Tried::Answered(s, &none)), None, "{s}");
        }
    }

    #[test]
    fn retry_after_in_seconds_is_waited_up_to_the_longest_wait() {
        let p = RetryPolicy::default();
        let two = headers(&[(RETRY_AFTER, "2")]);
        let busy = Tried::Answered(StatusCode::SERVICE_UNAVAILABLE, &two);
        assert_eq!(p.next_try(1, true, busy), Some(Duration::from_secs(2)));
        let long = headers(&[(RETRY_AFTER, "3600")]);
        let limited = Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &long);
        assert_eq!(p.next_try(1, false, limited), Some(Duration::from_secs(30)));
        let date = headers(&[(RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT")]);
        let dated = Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &date);
        assert_eq!(
            p.next_try(2, false, dated),
            Some(Duration::ZERO),
            "a date past"
        );
        let soon = (chrono::Utc::now() + chrono::Duration::seconds(20)).to_rfc2822();
        let mut later = HeaderMap::new();
        later.insert(RETRY_AFTER, soon.parse().unwrap());
        let wait = p
            .next_try(
                1,
                false,
                Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &later),
            )
            .unwrap();
        assert!(
            wait > Duration::from_secs(18) && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        let junk = headers(&[(RETRY_AFTER, "soon")]);
        let junk = Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &junk);
        assert_eq!(
            p.next_try(2, false, junk),
            Some(ms(400)),
            "unreadable: the backoff"
        );
    }

    #[test]
    fn throttling_has_its_own_tries_and_backoffs_are_jittered() {
        let p = RetryPolicy::default();
        let none = HeaderMap::new();
        let throttled = Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &none);
        assert!(p.next_try(p.attempts, false, throttled).is_some());
        assert_eq!(p.next_try(p.throttled_attempts, false, throttled), None);
        assert_eq!(p.next_try(p.attempts, true, Tried::NoAnswer), None);
        assert_eq!(
            p.next_wait(2, true, Tried::NoAnswer, 0.0),
            Some(Duration::ZERO)
        );
        assert_eq!(p.next_wait(2, true, Tried::NoAnswer, 0.5), Some(ms(200)));
        let two = headers(&[(RETRY_AFTER, "2")]);
        let asked = Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &two);
        assert_eq!(
            p.next_wait(1, false, asked, 0.0),
            Some(Duration::from_secs(2))
        );
        let draws: Vec<f64> = (0..100).map(|_| random_fraction()).collect();
        assert!(draws.iter().all(|d| (0.0..1.0).contains(d)));
        assert!(draws.windows(2).any(|w| w[0] != w[1]));
    }

    #[test]
    fn the_backoff_doubles_and_stays_within_the_longest_wait() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1), ms(200));
        assert_eq!(p.backoff(2), ms(400));
        assert_eq!(p.backoff(3), ms(800));
        assert_eq!(p.backoff(8), ms(25_600));
        assert_eq!(p.backoff(9), Duration::from_secs(30));
        for n in [0, 1, 10, 31, 32, 33, 64, u32::MAX] {
            assert!(p.backoff(n) <= p.max_wait, "{n}");
            assert!(p.backoff(n) <= p.backoff(n.saturating_add(1)), "{n}");
        }
        let huge = RetryPolicy {
            backoff: Duration::MAX,
            max_wait: Duration::MAX,
            ..RetryPolicy::default()
        };
        assert_eq!(huge.backoff(5), Duration::MAX, "no overflow");
    }

    #[test]
    fn no_policy_tries_more_than_its_attempts() {
        let none = HeaderMap::new();
        for attempts in [0, 1, 2, 7] {
            let p = RetryPolicy {
                attempts,
                throttled_attempts: attempts,
                ..RetryPolicy::default()
            };
            for tried in [
                Tried::NoAnswer,
                Tried::Answered(StatusCode::TOO_MANY_REQUESTS, &none),
            ] {
                let tries = 1
                    + (1..)
                        .take_while(|&n| p.next_try(n, true, tried).is_some())
                        .count() as u32;
                assert_eq!(tries, attempts.max(1), "{attempts}");
            }
        }
        assert_eq!(
            RetryPolicy::never().next_try(1, true, Tried::NoAnswer),
            None
        );
    }
}
