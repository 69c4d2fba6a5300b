//! The sandbox's own routes: request statistics, the clock, and the contract document.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use citizeninfo_api::{ClockAdvance, SandboxClock, SandboxStats};

/// The API contract this sandbox serves.
pub(super) const OPENAPI: &str = include_str!("../../../../openapi.yaml");

/// `GET /_sandbox/stats`.
pub(super) async fn stats(State(state): State<AppState>) -> Json<SandboxStats> {
    Json(state.counter.snapshot())
}

/// `DELETE /_sandbox/stats`.
pub(super) async fn reset_stats(State(state): State<AppState>) -> StatusCode {
    state.counter.reset();
    StatusCode::NO_CONTENT
}

/// `POST /_sandbox/clock`: moves the sandbox's time of day forward, so what expires
/// (tokens, codes, the reuse grace period) expires without a test waiting for it.
pub(super) async fn advance_clock(
    ApiJson(body): ApiJson<ClockAdvance>,
) -> ApiResult<Json<SandboxClock>> {
    let ahead_secs = crate::now::advance(body.advance_secs).ok_or_else(|| {
        ApiError::invalid_field(
            "advance_secs",
            format!(
                "the clock may be moved at most {} seconds ahead in all",
                crate::now::MAX_AHEAD_SECS
            ),
        )
    })?;
    Ok(Json(SandboxClock {
        now: crate::now::utc(),
        ahead_secs,
    }))
}

/// `GET /api/v1/openapi.yaml`.
pub(super) async fn openapi() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/yaml; charset=utf-8")],
        OPENAPI,
    )
}
