//! Service points: the structure list, one point, edits under `If-Match`, creation
//! under `Idempotency-Key`, status, statistics.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::guards::{check_search_text, require_right, writable};
use super::paging;
use crate::error::{ApiError, ApiResult};
use crate::extract::{
    ApiJson, ApiQuery, Caller, NoQuery, check_if_match, if_match, param, require_if_match,
};
use crate::store::accounts::{self, Account};
use crate::store::{org, points};
use crate::{AppState, point_etag};
use citizeninfo_api::fields;
use citizeninfo_api::provinces::is_province;
use citizeninfo_api::{
    AccountKind, Include, NewPoint, Page, PointCode, PointPatch, PointQuery, PointStats,
    PointSummary, Right, ServicePoint, StatusChange,
};

/// The rights an edit needs: `edit_points` for its fields (or when it names
/// nothing), `hide_points` for a status, `bind_processes` for a bound set.
fn rights_of(patch: &PointPatch) -> Vec<Right> {
    let mut rights = Vec::new();
    if !patch.changes_no_field() || patch.is_empty() {
        rights.push(Right::EditPoints);
    }
    if patch.status.is_some() {
        rights.push(Right::HidePoints);
    }
    if patch.processes.is_some() {
        rights.push(Right::BindProcesses);
    }
    rights
}

/// Blanks the Authorize Code of every point outside the caller's subtree: the code
/// proves membership of its unit.
fn mask<T: points::Listed>(
    conn: &Connection,
    account: &Account,
    points: &mut [T],
) -> ApiResult<()> {
    for p in points {
        let summary = p.summary_mut();
        if !accounts::covers(conn, account, summary)? {
            summary.authorize_code = None;
        }
    }
    Ok(())
}

/// A point as an answer, with its `ETag`.
fn with_etag(status: StatusCode, point: ServicePoint) -> Response {
    let etag = point_etag(point.summary.version);
    (status, [(header::ETAG, etag)], Json(point)).into_response()
}

/// A page of points as listed: rows, or every field (`include=detail`).
#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum Listing {
    Rows(Page<PointSummary>),
    Detail(Page<ServicePoint>),
}

/// `GET /points`.
pub(super) async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(q): ApiQuery<PointQuery>,
) -> ApiResult<Json<Listing>> {
    let limit = paging::limit(q.limit)?;
    let after: Option<PointCode> = paging::decode(q.cursor.as_deref())?;
    check_search_text(q.q.as_deref())?;
    if let Some(p) = q.province.as_deref()
        && !is_province(p)
    {
        return Err(ApiError::bad_parameter(
            "province",
            format!(
                "{} is not one of Thailand's 77 provinces (write it in Thai, e.g. นนทบุรี)",
                citizeninfo_api::rules::excerpt(p)
            ),
        ));
    }
    let listing = state
        .db
        .call(move |conn| {
            // A page of rows is read as summaries: nothing else of a point is read.
            fn page<T: points::Listed>(
                conn: &Connection,
                account: &Account,
                q: &PointQuery,
                after: Option<&PointCode>,
                limit: u32,
            ) -> ApiResult<Page<T>> {
                let (mut items, more) = points::list::<T>(conn, q, after, limit)?;
                mask(conn, account, &mut items)?;
                let next_cursor = more
                    .then(|| {
                        items
                            .last_mut()
                            .map(|p| paging::encode(p.summary_mut().code.as_str()))
                    })
                    .flatten();
                Ok(Page { items, next_cursor })
            }
            Ok(if q.include == Some(Include::Detail) {
                let mut page =
                    page::<ServicePoint>(conn, &caller.account, &q, after.as_ref(), limit)?;
                points::attach(conn, &mut page.items, true)?;
                Listing::Detail(page)
            } else {
                Listing::Rows(page(conn, &caller.account, &q, after.as_ref(), limit)?)
            })
        })
        .await?;
    Ok(Json(listing))
}

/// `GET /points/{code}`.
pub(super) async fn get(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let point = state
        .db
        .call(move |conn| {
            let mut point = points::get(conn, &code)?;
            mask(conn, &caller.account, std::slice::from_mut(&mut point))?;
            Ok(point)
        })
        .await?;
    Ok(with_etag(StatusCode::OK, point))
}

/// The field rules, as the tool checks them before sending: one validation.
fn check_patch(p: &PointPatch) -> ApiResult<()> {
    fields::validate_patch(p).map_err(ApiError::invalid)
}

/// Checks a new parent: it exists, is in the caller's subtree, and is not the point
/// itself nor under it.
fn check_parent(
    conn: &Connection,
    account: &Account,
    code: &PointCode,
    parent: &PointCode,
) -> ApiResult<ServicePoint> {
    let owner = points::find(conn, parent)?.ok_or_else(|| {
        ApiError::invalid_field("parent_code", format!("no unit has the code {parent}"))
    })?;
    if parent == code || points::ancestors(conn, parent)?.contains(code) {
        return Err(ApiError::invalid_field(
            "parent_code",
            format!("{parent} is {code} itself or a unit under it: a unit cannot belong to itself"),
        ));
    }
    if !accounts::covers(conn, account, &owner.summary)? {
        return Err(ApiError::forbidden(
            "out_of_scope",
            format!(
                "the new parent {parent} is outside the part of the tree {} may change",
                account.username
            ),
        ));
    }
    Ok(owner)
}

/// `PATCH /points/{code}`: changes the given fields, status and bound set in one
/// transaction, under `If-Match` (and the bound set only at the version given).
pub(super) async fn edit(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(patch): ApiJson<PointPatch>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let tags = require_if_match(&headers)?;
    check_patch(&patch)?;
    let point = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let rights = rights_of(&patch);
            let current = writable(&tx, &caller.account, &code, rights[0])?;
            for right in &rights[1..] {
                require_right(&caller.account, *right)?;
            }
            check_if_match(&tags, &point_etag(current.summary.version))?;
            if let Some(set) = &patch.processes
                && set.version != current.bindings_version
            {
                return Err(ApiError::new(
                    StatusCode::PRECONDITION_FAILED,
                    "precondition_failed",
                    format!(
                        "the processes bound to {code} changed since they were read: their version is now {}, not {}",
                        current.bindings_version, set.version
                    ),
                ));
            }
            if let Some(Some(parent)) = &patch.parent_code {
                check_parent(&tx, &caller.account, &code, parent)?;
            }
            let status_changes = patch.status.is_some_and(|s| s != current.summary.status);
            if !patch.changes_no_field() || status_changes {
                points::update(&tx, &current, &patch)?;
            }
            if let Some(set) = &patch.processes {
                // Checked against the point as the edit left it: a new parent may have
                // moved it to another department, whose processes it may bind.
                let moved = points::require(&tx, &code)?.summary;
                super::guards::replace_set(&tx, &moved, &set.process_ids, "processes.process_ids")?;
            }
            let point = points::get(&tx, &code)?;
            tx.commit()?;
            Ok(point)
        })
        .await?;
    Ok(with_etag(StatusCode::OK, point))
}

/// `PUT /points/{code}/status`: shows or hides a point; `If-Match` is optional here.
pub(super) async fn set_status(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(change): ApiJson<StatusChange>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let tags = if_match(&headers);
    let point = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let current = writable(&tx, &caller.account, &code, Right::HidePoints)?;
            if let Some(tags) = &tags {
                check_if_match(tags, &point_etag(current.summary.version))?;
            }
            points::set_status(&tx, &code, change.status)?;
            let point = points::get(&tx, &code)?;
            tx.commit()?;
            Ok(point)
        })
        .await?;
    Ok(with_etag(StatusCode::OK, point))
}

/// `GET /points/{code}/stats`.
pub(super) async fn stats(
    State(state): State<AppState>,
    _caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
) -> ApiResult<Json<PointStats>> {
    let code: PointCode = param("code", &code)?;
    state
        .db
        .call(move |conn| points::stats(conn, &code))
        .await
        .map(Json)
}

const IDEMPOTENCY_KEY: &str = "idempotency-key";

fn idempotency_key(headers: &HeaderMap) -> ApiResult<Option<String>> {
    let Some(value) = headers.get(IDEMPOTENCY_KEY) else {
        return Ok(None);
    };
    match value.to_str() {
        Ok(v) if (1..=255).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_graphic()) => {
            Ok(Some(v.to_owned()))
        }
        _ => Err(ApiError::bad_parameter(
            "Idempotency-Key",
            "must be 1 to 255 visible ASCII characters",
        )),
    }
}

/// A stored answer to a create.
struct Stored {
    status: u16,
    body: String,
    etag: Option<String>,
}

fn replay(s: Stored) -> Response {
    let status = StatusCode::from_u16(s.status).unwrap_or(StatusCode::OK);
    let mut response =
        (status, [(header::CONTENT_TYPE, "application/json")], s.body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("idempotent-replayed"),
        HeaderValue::from_static("true"),
    );
    if let Some(etag) = s.etag.and_then(|e| HeaderValue::from_str(&e).ok()) {
        headers.insert(header::ETAG, etag);
    }
    response
}

/// `POST /points`: adds a point. Needs an OpenID account with the create right. With
/// an `Idempotency-Key`, a replay gets the first answer and never a second record.
pub(super) async fn create(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewPoint>,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    let account = caller.account;
    if account.kind != AccountKind::Openid {
        return Err(ApiError::forbidden(
            "openid_required",
            "adding a service point needs an OpenID account with the right to do so; sign in with OpenID",
        ));
    }
    require_right(&account, Right::CreatePoints)?;
    if !new.process_ids.is_empty() {
        require_right(&account, Right::BindProcesses)?;
    }
    fields::validate_new(&new).map_err(ApiError::invalid)?;
    let request = serde_json::to_string(&new).map_err(|e| ApiError::internal(e.to_string()))?;
    let st = state.clone();
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            if let Some(key) = &key {
                let stored = tx
                    .query_row(
                        "SELECT request_hash, status, body, etag FROM idempotency WHERE username = ?1 AND key = ?2",
                        params![account.username, key],
                        |r| Ok((r.get::<_, String>(0)?, Stored { status: r.get(1)?, body: r.get(2)?, etag: r.get(3)? })),
                    )
                    .optional()?;
                if let Some((earlier, answer)) = stored {
                    if earlier != request {
                        return Err(ApiError::new(
                            StatusCode::UNPROCESSABLE_ENTITY,
                            "idempotency_key_reused",
                            format!("the Idempotency-Key {key:?} was used for a different request; use a new key"),
                        ));
                    }
                    return Ok(replay(answer));
                }
            }
            let agency = org::agency(&tx, &new.agency_id)?
                .ok_or_else(|| ApiError::invalid_field("agency_id", format!("no agency has the id {:?}", new.agency_id)))?;
            if !accounts::covers_agency(&account, &agency) {
                return Err(ApiError::forbidden(
                    "out_of_scope",
                    format!("agency {} is outside the part of the tree {} may change", agency.id, account.username),
                ));
            }
            if let Some(parent) = &new.parent_code {
                let owner = check_parent(&tx, &account, &new.code, parent)?;
                if owner.summary.agency_id != agency.id {
                    return Err(ApiError::invalid_field(
                        "parent_code",
                        format!("{parent} belongs to agency {}, not {}", owner.summary.agency_id, agency.id),
                    ));
                }
            }
            if points::find(&tx, &new.code)?.is_some() {
                return Err(ApiError::conflict(
                    "point_exists",
                    format!("a unit with the code {} already exists", new.code),
                ));
            }
            let authorize_code = loop {
                let candidate = st.secret(8)[..15].to_uppercase();
                if points::by_authorize_code(&tx, &candidate)?.is_none() {
                    break candidate;
                }
            };
            points::insert(&tx, &new, &agency.ministry_id, &agency.department_id, &authorize_code)?;
            if !new.process_ids.is_empty() {
                let made = points::require(&tx, &new.code)?.summary;
                super::guards::replace_set(&tx, &made, &new.process_ids, "process_ids")?;
            }
            let point = points::get(&tx, &new.code)?;
            let etag = point_etag(point.summary.version);
            if let Some(key) = &key {
                let body = serde_json::to_string(&point).map_err(|e| ApiError::internal(e.to_string()))?;
                tx.execute(
                    "INSERT INTO idempotency (username, key, request_hash, status, body, etag) VALUES (?1, ?2, ?3, 201, ?4, ?5)",
                    params![account.username, key, request, body, etag],
                )?;
            }
            tx.commit()?;
            let location = format!("/api/v1/points/{}", new.code);
            let mut response = with_etag(StatusCode::CREATED, point);
            if let Ok(v) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(header::LOCATION, v);
            }
            Ok(response)
        })
        .await
}
