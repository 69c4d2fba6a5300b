//! The sandbox's own routes: request statistics and the contract document.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

use crate::AppState;
use citizeninfo_api::SandboxStats;

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

/// `GET /api/v1/openapi.yaml`.
pub(super) async fn openapi() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/yaml; charset=utf-8")],
        OPENAPI,
    )
}
