//! The organisation tree: ministries, departments, agencies.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter};

use crate::error::ApiResult;
use citizeninfo_api::{Agency, Department, Ministry, OrgQuery};

/// Every ministry, by id.
pub(crate) fn ministries(conn: &Connection) -> ApiResult<Vec<Ministry>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name_th, name_en FROM ministries ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(Ministry {
            id: r.get(0)?,
            name_th: r.get(1)?,
            name_en: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn filtered(base: &str, q: &OrgQuery, with_department: bool) -> (String, Vec<Value>) {
    let mut clauses = Vec::new();
    let mut values = Vec::new();
    if let Some(m) = &q.ministry {
        clauses.push("ministry_id = ?");
        values.push(Value::Text(m.clone()));
    }
    if with_department && let Some(d) = &q.department {
        clauses.push("department_id = ?");
        values.push(Value::Text(d.clone()));
    }
    let mut sql = base.to_owned();
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(" ORDER BY id");
    (sql, values)
}

/// Departments, of one ministry when asked.
pub(crate) fn departments(conn: &Connection, q: &OrgQuery) -> ApiResult<Vec<Department>> {
    let (sql, values) = filtered(
        "SELECT id, ministry_id, name_th, name_en FROM departments",
        q,
        false,
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), |r| {
        Ok(Department {
            id: r.get(0)?,
            ministry_id: r.get(1)?,
            name_th: r.get(2)?,
            name_en: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const AGENCY_COLUMNS: &str =
    "SELECT id, department_id, ministry_id, name_th, name_en FROM agencies";

fn read_agency(r: &Row<'_>) -> rusqlite::Result<Agency> {
    Ok(Agency {
        id: r.get(0)?,
        department_id: r.get(1)?,
        ministry_id: r.get(2)?,
        name_th: r.get(3)?,
        name_en: r.get(4)?,
    })
}

/// Agencies, of one ministry or department when asked.
pub(crate) fn agencies(conn: &Connection, q: &OrgQuery) -> ApiResult<Vec<Agency>> {
    let (sql, values) = filtered(AGENCY_COLUMNS, q, true);
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), read_agency)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One agency, if it exists.
pub(crate) fn agency(conn: &Connection, id: &str) -> ApiResult<Option<Agency>> {
    Ok(conn
        .query_row(
            &format!("{AGENCY_COLUMNS} WHERE id = ?1"),
            [id],
            read_agency,
        )
        .optional()?)
}
