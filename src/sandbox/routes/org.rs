//! The organisation tree.

use axum::Json;
use axum::extract::State;

use crate::api::{Agency, Department, Ministry, OrgQuery};
use crate::sandbox::AppState;
use crate::sandbox::error::ApiResult;
use crate::sandbox::extract::{ApiQuery, Caller, NoQuery};
use crate::sandbox::store::org;

/// `GET /ministries`.
pub async fn ministries(
    State(state): State<AppState>,
    _caller: Caller,
    _query: ApiQuery<NoQuery>,
) -> ApiResult<Json<Vec<Ministry>>> {
    state.db.call(|conn| org::ministries(conn)).await.map(Json)
}

/// `GET /departments`.
pub async fn departments(
    State(state): State<AppState>,
    _caller: Caller,
    ApiQuery(q): ApiQuery<OrgQuery>,
) -> ApiResult<Json<Vec<Department>>> {
    state
        .db
        .call(move |conn| org::departments(conn, &q))
        .await
        .map(Json)
}

/// `GET /agencies`.
pub async fn agencies(
    State(state): State<AppState>,
    _caller: Caller,
    ApiQuery(q): ApiQuery<OrgQuery>,
) -> ApiResult<Json<Vec<Agency>>> {
    state
        .db
        .call(move |conn| org::agencies(conn, &q))
        .await
        .map(Json)
}
