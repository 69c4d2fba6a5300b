//! What routes check before they read or write on a caller's behalf: the
//! caller's scope and rights over a point, free text, and a bound set of processes;
//! shared by the points, processes and photos routes.

use std::collections::BTreeSet;

use rusqlite::Connection;

use crate::error::{ApiError, ApiResult};
use crate::store::accounts::{self, Account};
use crate::store::{points, processes};
use citizeninfo_api::rules::is_search_text;
use citizeninfo_api::{
    FieldError, PointCode, PointSummary, ProcessId, ProcessSummary, Right, ServicePoint,
};

/// A point the caller may change with `right`: 404 when absent, 403 when outside
/// the caller's subtree or beyond its rights.
pub(super) fn writable(
    conn: &Connection,
    account: &Account,
    code: &PointCode,
    right: Right,
) -> ApiResult<ServicePoint> {
    let point = points::require(conn, code)?;
    if !accounts::covers(conn, account, &point.summary)? {
        let scope = accounts::scope(conn, account)?;
        return Err(ApiError::forbidden(
            "out_of_scope",
            format!(
                "{code} is outside the part of the tree {} may change ({} {})",
                account.username,
                crate::store::wire_name(&scope.kind),
                scope.name_th.or(scope.id).unwrap_or_default()
            ),
        ));
    }
    require_right(account, right)?;
    Ok(point)
}

/// 403 `missing_right` unless the account has `right`.
pub(super) fn require_right(account: &Account, right: Right) -> ApiResult<()> {
    if account.may(right) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "missing_right",
            format!(
                "{} does not have the right {}",
                account.username,
                right.as_str()
            ),
        ))
    }
}

/// Refuses free text with a control character (400): the service never searches
/// for one, rather than matching nothing or everything.
pub(super) fn check_search_text(q: Option<&str>) -> ApiResult<()> {
    match q {
        Some(q) if !is_search_text(q) => Err(ApiError::bad_parameter(
            "q",
            "must not contain control characters (such as NUL or a line break)",
        )),
        _ => Ok(()),
    }
}

/// Makes a point's bound set exactly `ids`, each of which must exist and be
/// bindable to it (422 naming `field[i]` otherwise); true when anything changed.
pub(super) fn replace_set(
    tx: &Connection,
    point: &PointSummary,
    ids: &[ProcessId],
    field: &str,
) -> ApiResult<bool> {
    let mut errors = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let field = format!("{field}[{i}]");
        match processes::find(tx, id)? {
            None => errors.push(FieldError {
                field,
                message: format!("no process has the id {id}"),
            }),
            Some(p) if !processes::bindable(&p, point) => errors.push(FieldError {
                field,
                message: not_bindable(&p, point),
            }),
            Some(_) => {}
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let wanted: BTreeSet<ProcessId> = ids.iter().cloned().collect();
    let current: BTreeSet<ProcessId> = processes::bound(tx, &point.code)?
        .items
        .into_iter()
        .map(|b| b.process.id)
        .collect();
    let bind: Vec<ProcessId> = wanted.difference(&current).cloned().collect();
    let unbind: Vec<ProcessId> = current.difference(&wanted).cloned().collect();
    processes::change(tx, &point.code, &bind, &unbind)
}

pub(super) fn not_bindable(p: &ProcessSummary, point: &PointSummary) -> String {
    format!(
        "{} belongs to department {} and is open to its {} only; {} is in department {}",
        p.id,
        p.department_id,
        p.open_to.as_str(),
        point.code,
        point.department_id
    )
}
