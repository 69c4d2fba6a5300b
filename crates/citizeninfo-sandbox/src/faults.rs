//! What every served request passes through: the request counter, the rate limit,
//! and the fault flags (latency, failures, dropped connections, lost answers).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Notify;

use super::AppState;
use super::error::ApiError;
use super::rng::Rng;
use citizeninfo_api::{RouteCount, SandboxStats};

/// Requests counted by method, route and status.
#[derive(Default)]
pub(crate) struct Counter {
    counts: Mutex<BTreeMap<(String, String, u16), u64>>,
}

impl Counter {
    fn record(&self, method: &str, route: &str, status: u16) {
        if let Ok(mut counts) = self.counts.lock() {
            *counts
                .entry((method.to_owned(), route.to_owned(), status))
                .or_default() += 1;
        }
    }

    /// What was counted.
    pub(crate) fn snapshot(&self) -> SandboxStats {
        let counts = self.counts.lock().map(|c| c.clone()).unwrap_or_default();
        let routes: Vec<RouteCount> = counts
            .into_iter()
            .map(|((method, route, status), count)| RouteCount {
                method,
                route,
                status,
                count,
            })
            .collect();
        SandboxStats {
            total: routes.iter().map(|r| r.count).sum(),
            routes,
        }
    }

    /// Starts counting again from zero.
    pub(crate) fn reset(&self) {
        if let Ok(mut counts) = self.counts.lock() {
            counts.clear();
        }
    }
}

/// The fault flags' state: the random stream and the rate limit's window.
pub(crate) struct Faults {
    rng: Mutex<Rng>,
    window: Mutex<(Instant, u32)>,
}

impl Faults {
    /// Faults drawn from a fixed seed, so a run can be repeated.
    pub(crate) fn new(seed: u64) -> Faults {
        Faults {
            rng: Mutex::new(Rng::new(seed)),
            window: Mutex::new((Instant::now(), 0)),
        }
    }

    fn roll(&self) -> f64 {
        self.rng.lock().map(|mut r| r.unit()).unwrap_or(1.0)
    }

    /// Counts a request against `limit` a second; the seconds to wait when over it.
    fn admit(&self, limit: u32) -> Result<(), u64> {
        let Ok(mut window) = self.window.lock() else {
            return Ok(());
        };
        let now = Instant::now();
        if now.duration_since(window.0) >= Duration::from_secs(1) {
            *window = (now, 0);
        }
        if window.1 >= limit {
            let left = Duration::from_secs(1).saturating_sub(now.duration_since(window.0));
            return Err(left.as_secs_f64().ceil().max(1.0) as u64);
        }
        window.1 += 1;
        Ok(())
    }
}

/// Put in each request by the server: notified, it closes the connection unanswered.
#[derive(Clone)]
pub(crate) struct ConnectionDrop(pub std::sync::Arc<Notify>);

/// A request's method and route, as the counter names them.
fn named(req: &Request) -> (String, String) {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| req.uri().path().to_owned(), |m| m.as_str().to_owned());
    (req.method().to_string(), route)
}

/// The middleware of the built-in issuer: counts each request (so a test can see a
/// device sign-in being polled) and applies no fault flag, as the issuer stands for
/// the OpenID provider, not the service.
pub(crate) async fn count(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (method, route) = named(&req);
    let response = next.run(req).await;
    state
        .counter
        .record(&method, &route, response.status().as_u16());
    response
}

/// The middleware: counts each request and applies the fault flags.
pub(crate) async fn guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (method, route) = named(&req);
    let config = &state.config;
    if let Some(limit) = config.rate_limit
        && let Err(wait) = state.faults.admit(limit)
    {
        state.counter.record(&method, &route, 429);
        return ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("more than {limit} requests a second; wait {wait} s"),
        )
        .with_header(header::RETRY_AFTER, &wait.to_string())
        .into_response();
    }
    if !config.faults_on.is_empty() && !config.faults_on.contains(&route) {
        let response = next.run(req).await;
        state
            .counter
            .record(&method, &route, response.status().as_u16());
        return response;
    }
    if config.endless_body {
        state.counter.record(&method, &route, 200);
        return endless();
    }
    // The answer (or the failure) comes `--latency-ms` after the request came in,
    // as from a service that takes that long: the work done meanwhile included.
    let answer_at = Instant::now() + Duration::from_millis(config.latency_ms);
    let roll = state.faults.roll();
    if roll < config.drop_rate {
        crate::clock::until(answer_at).await;
        if let Some(drop) = req.extensions().get::<ConnectionDrop>() {
            state.counter.record(&method, &route, 0);
            drop.0.notify_one();
            std::future::pending::<()>().await;
        }
    } else if roll < config.drop_rate + config.fail_rate {
        let status = config
            .fail_status
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(
                [
                    StatusCode::INTERNAL_SERVER_ERROR,
                    StatusCode::BAD_GATEWAY,
                    StatusCode::SERVICE_UNAVAILABLE,
                ][(roll * 1e6) as usize % 3],
            );
        crate::clock::until(answer_at).await;
        state.counter.record(&method, &route, status.as_u16());
        return ApiError::new(status, "injected_fault", config.fail_text.clone()).into_response();
    }
    let drop = req.extensions().get::<ConnectionDrop>().cloned();
    let lose = roll >= config.drop_rate + config.fail_rate
        && roll < config.drop_rate + config.fail_rate + config.lose_rate;
    let response = next.run(req).await;
    crate::clock::until(answer_at).await;
    // Carried out, and the answer lost on the way back (counted as no answer).
    if lose && let Some(drop) = drop {
        state.counter.record(&method, &route, 0);
        drop.0.notify_one();
        std::future::pending::<()>().await;
    }
    state
        .counter
        .record(&method, &route, response.status().as_u16());
    response
}

/// A body that never ends (`--endless-body`): the start of a JSON object, then
/// spaces, as fast as the client reads them.
struct Endless {
    started: bool,
}

/// What [`Endless`] sends after its start, again and again.
static SPACES: [u8; 64 * 1024] = [b' '; 64 * 1024];

impl hyper::body::Body for Endless {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        let chunk = if self.started {
            axum::body::Bytes::from_static(&SPACES)
        } else {
            self.started = true;
            axum::body::Bytes::from_static(b"{\"items\": [")
        };
        std::task::Poll::Ready(Some(Ok(hyper::body::Frame::data(chunk))))
    }
}

/// The answer of `--endless-body`.
fn endless() -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        axum::body::Body::new(Endless { started: false }),
    )
        .into_response()
}
