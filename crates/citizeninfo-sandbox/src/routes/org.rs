//! The organisation tree.

use axum::Json;
use axum::extract::State;

use crate::AppState;
use crate::error::ApiResult;
use crate::extract::{ApiQuery, Caller, NoQuery};
use crate::store::org;
use citizeninfo_api::{Agency, Department, Ministry, OrgQuery};

/// `GET /ministries`.
pub(super) async fn ministries(
    State(state): State<AppState>,
    _caller: Caller,
    _query: ApiQuery<NoQuery>,
) -> ApiResult<Json<Vec<Ministry>>> {
    state.db.call(|conn| org::ministries(conn)).await.map(Json)
}

/// `GET /departments`.
pub(super) async fn departments(
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
pub(super) async fn agencies(
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
