//! Processes (citizen manuals) and a point's bindings to them (เชื่อมโยงคู่มือ).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rusqlite::Connection;

use super::guards::{not_bindable, replace_set, writable};
use super::paging;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery, Caller, NoQuery, check_if_match, param, require_if_match};
use crate::store::{points, processes};
use crate::{AppState, bindings_etag};
use citizeninfo_api::{
    Page, PointCode, PointProcesses, PointSummary, Process, ProcessId, ProcessQuery, ProcessSet,
    ProcessSummary, Right,
};

/// `GET /processes`.
pub(super) async fn list(
    State(state): State<AppState>,
    _caller: Caller,
    ApiQuery(q): ApiQuery<ProcessQuery>,
) -> ApiResult<Json<Page<ProcessSummary>>> {
    let limit = paging::limit(q.limit)?;
    let after: Option<ProcessId> = paging::decode(q.cursor.as_deref())?;
    super::guards::check_search_text(q.q.as_deref())?;
    state
        .db
        .call(move |conn| {
            let point = match &q.bindable_to {
                Some(code) => Some(points::require(conn, code)?.summary),
                None => None,
            };
            let (items, more) = processes::list(conn, &q, point.as_ref(), after.as_ref(), limit)?;
            let next_cursor = more
                .then(|| items.last().map(|p| paging::encode(p.id.as_str())))
                .flatten();
            Ok(Json(Page { items, next_cursor }))
        })
        .await
}

/// `GET /processes/{id}`: a process with its citizen manual.
pub(super) async fn get(
    State(state): State<AppState>,
    _caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(id): Path<String>,
) -> ApiResult<Json<Process>> {
    let id: ProcessId = param("id", &id)?;
    state
        .db
        .call(move |conn| processes::get(conn, &id))
        .await
        .map(Json)
}

fn with_etag(status: StatusCode, set: PointProcesses) -> Response {
    let etag = bindings_etag(set.version);
    (status, [(header::ETAG, etag)], Json(set)).into_response()
}

/// `GET /points/{code}/processes`: what is bound now.
pub(super) async fn bound(
    State(state): State<AppState>,
    _caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let set = state
        .db
        .call(move |conn| {
            points::require(conn, &code)?;
            processes::bound(conn, &code)
        })
        .await?;
    Ok(with_etag(StatusCode::OK, set))
}

/// The process, if the point may bind it; 404 or 422 otherwise.
fn bindable(
    conn: &Connection,
    point: &PointSummary,
    id: &ProcessId,
    field: &str,
) -> ApiResult<ProcessSummary> {
    let process = processes::find(conn, id)?.ok_or_else(|| processes::not_found(id))?;
    if !processes::bindable(&process, point) {
        return Err(ApiError::invalid_field(
            field,
            not_bindable(&process, point),
        ));
    }
    Ok(process)
}

/// `PUT /points/{code}/processes/{process_id}`: binds one process; 201 when newly
/// bound, 200 when it already was.
pub(super) async fn bind(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path((code, id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let id: ProcessId = param("process_id", &id)?;
    let (changed, set) = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let point = writable(&tx, &caller.account, &code, Right::BindProcesses)?;
            bindable(&tx, &point.summary, &id, "process_id")?;
            let changed = processes::change(&tx, &code, std::slice::from_ref(&id), &[])?;
            let set = processes::bound(&tx, &code)?;
            tx.commit()?;
            Ok((changed, set))
        })
        .await?;
    Ok(with_etag(
        if changed {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        },
        set,
    ))
}

/// `DELETE /points/{code}/processes/{process_id}`: unbinds one process.
pub(super) async fn unbind(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path((code, id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let code: PointCode = param("code", &code)?;
    let id: ProcessId = param("process_id", &id)?;
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            writable(&tx, &caller.account, &code, Right::BindProcesses)?;
            processes::find(&tx, &id)?.ok_or_else(|| processes::not_found(&id))?;
            if !processes::change(&tx, &code, &[], std::slice::from_ref(&id))? {
                return Err(ApiError::not_found(
                    "binding_not_found",
                    format!("{id} is not bound to {code}"),
                ));
            }
            tx.commit()?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

/// `PUT /points/{code}/processes`: the bound set becomes exactly the given ids,
/// under `If-Match`.
pub(super) async fn replace(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ProcessSet>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let tags = require_if_match(&headers)?;
    let set = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let point = writable(&tx, &caller.account, &code, Right::BindProcesses)?;
            check_if_match(&tags, &bindings_etag(point.bindings_version))?;
            replace_set(&tx, &point.summary, &body.process_ids, "process_ids")?;
            let set = processes::bound(&tx, &code)?;
            tx.commit()?;
            Ok(set)
        })
        .await?;
    Ok(with_etag(StatusCode::OK, set))
}
