//! Processes (citizen manuals) and the bindings of points to them.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::{json, like_anywhere, now, parsed, stamp, wire};
use crate::error::{ApiError, ApiResult};
use citizeninfo_api::{
    BoundProcess, PointCode, PointProcesses, PointSummary, Process, ProcessId, ProcessQuery,
    ProcessSummary,
};

const COLUMNS: &str = "id, name_th, name_en, category, ministry_id, department_id, open_to";

fn read(row: &Row<'_>) -> rusqlite::Result<ProcessSummary> {
    Ok(ProcessSummary {
        id: parsed(row, 0)?,
        name_th: row.get(1)?,
        name_en: row.get(2)?,
        category: row.get(3)?,
        ministry_id: row.get(4)?,
        department_id: row.get(5)?,
        open_to: wire(row, 6)?,
    })
}

/// The SQL condition for "a point of this ministry and department may bind it".
const BINDABLE: &str =
    "(department_id = ? OR open_to = 'all' OR (open_to = 'ministry' AND ministry_id = ?))";

pub(crate) use citizeninfo_api::checks::may_bind as bindable;

/// One page of processes after `after`, and whether more follow. `bindable_to` is
/// the point the list is narrowed to, already looked up.
pub(crate) fn list(
    conn: &Connection,
    q: &ProcessQuery,
    bindable_to: Option<&PointSummary>,
    after: Option<&ProcessId>,
    limit: u32,
) -> ApiResult<(Vec<ProcessSummary>, bool)> {
    let mut clauses: Vec<&str> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let mut eq = |clause: &'static str, v: Option<String>| {
        if let Some(v) = v {
            clauses.push(clause);
            values.push(Value::Text(v));
        }
    };
    eq("ministry_id = ?", q.ministry.clone());
    eq("department_id = ?", q.department.clone());
    eq("category = ?", q.category.clone());
    eq("id > ?", after.map(|a| a.to_string()));
    if let Some(text) = q.q.as_deref().filter(|t| !t.trim().is_empty()) {
        clauses.push("(name_th LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\')");
        let pattern = Value::Text(like_anywhere(text));
        values.extend([pattern.clone(), pattern]);
    }
    if let Some(p) = bindable_to {
        clauses.push(BINDABLE);
        values.extend([
            Value::Text(p.department_id.clone()),
            Value::Text(p.ministry_id.clone()),
        ]);
    }
    let mut sql = format!("SELECT {COLUMNS} FROM processes");
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(&format!(" ORDER BY id LIMIT {}", u64::from(limit) + 1));
    let mut stmt = conn.prepare(&sql)?;
    let mut items = stmt
        .query_map(params_from_iter(values), read)?
        .collect::<Result<Vec<_>, _>>()?;
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    Ok((items, more))
}

/// One process without its manual, if it exists.
pub(crate) fn find(conn: &Connection, id: &ProcessId) -> ApiResult<Option<ProcessSummary>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM processes WHERE id = ?1"))?;
    Ok(stmt.query_row([id.as_str()], read).optional()?)
}

/// One process with its manual, or 404.
pub(crate) fn get(conn: &Connection, id: &ProcessId) -> ApiResult<Process> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, manual FROM processes WHERE id = ?1"
    ))?;
    stmt.query_row([id.as_str()], |r| {
        Ok(Process {
            summary: read(r)?,
            manual: json(r, 7)?,
        })
    })
    .optional()?
    .ok_or_else(|| not_found(id))
}

/// The 404 of a process.
pub(crate) fn not_found(id: &ProcessId) -> ApiError {
    ApiError::not_found("process_not_found", format!("no process has the id {id}"))
}

/// The processes bound to a point, by id.
pub(crate) fn bound(conn: &Connection, point: &PointCode) -> ApiResult<PointProcesses> {
    let (version, updated_at): (u64, Option<String>) = conn.query_row(
        "SELECT bindings_version, bindings_updated_at FROM points WHERE code = ?1",
        [point.as_str()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {}, b.bound_at FROM bindings b JOIN processes p ON p.id = b.process_id \
         WHERE b.code = ?1 ORDER BY p.id",
        COLUMNS
            .split(", ")
            .map(|c| format!("p.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))?;
    let items = stmt
        .query_map([point.as_str()], |r| {
            Ok(BoundProcess {
                process: read(r)?,
                bound_at: parsed(r, 7)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PointProcesses {
        code: point.clone(),
        version,
        updated_at: updated_at.and_then(|s| s.parse().ok()),
        items,
    })
}

/// Binds processes (ignoring those already bound) and unbinds others, then bumps
/// the set's version if anything changed. Returns whether anything did.
pub(crate) fn change(
    conn: &Connection,
    point: &PointCode,
    bind: &[ProcessId],
    unbind: &[ProcessId],
) -> ApiResult<bool> {
    let at = stamp(now());
    let mut changed = 0;
    {
        let mut insert = conn.prepare_cached(
            "INSERT OR IGNORE INTO bindings (code, process_id, bound_at) VALUES (?1, ?2, ?3)",
        )?;
        for id in bind {
            changed += insert.execute(params![point.as_str(), id.as_str(), at])?;
        }
        let mut delete =
            conn.prepare_cached("DELETE FROM bindings WHERE code = ?1 AND process_id = ?2")?;
        for id in unbind {
            changed += delete.execute(params![point.as_str(), id.as_str()])?;
        }
    }
    if changed > 0 {
        conn.execute(
            "UPDATE points SET bindings_version = bindings_version + 1, bindings_updated_at = ?2 WHERE code = ?1",
            params![point.as_str(), at],
        )?;
    }
    Ok(changed > 0)
}
