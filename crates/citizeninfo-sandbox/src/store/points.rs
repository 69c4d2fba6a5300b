//! Service points: the structure list, one record, edits, status, photos.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::{json, like_anywhere, now, parsed, parsed_opt, stamp, wire, wire_name};
use crate::error::{ApiError, ApiResult};
use citizeninfo_api::{
    CopyCancellation, NewPoint, Photo, PointCode, PointPatch, PointQuery, PointSummary,
    Satisfaction, ServicePoint, Status,
};

/// Every column a [`ServicePoint`] is read from, in [`read_point`]'s order.
const COLUMNS: &str = "code, level, unit_type, subtype, category, ministry_id, department_id, \
    agency_id, parent_code, name_th, name_en, province, authorize_code, status, \
    (SELECT COUNT(*) FROM bindings b WHERE b.code = points.code), version, updated_at, \
    full_name, address_th, lat, lng, hours, email, telephone, bindings_version, bindings_updated_at, \
    services_total, without_copies, ratings";

fn read_point(row: &Row<'_>) -> rusqlite::Result<ServicePoint> {
    Ok(ServicePoint {
        summary: PointSummary {
            code: parsed(row, 0)?,
            level: wire(row, 1)?,
            unit_type: row.get(2)?,
            subtype: row.get(3)?,
            category: row.get(4)?,
            ministry_id: row.get(5)?,
            department_id: row.get(6)?,
            agency_id: row.get(7)?,
            parent_code: parsed_opt(row, 8)?,
            name_th: row.get(9)?,
            name_en: row.get(10)?,
            province: row.get(11)?,
            authorize_code: Some(parsed(row, 12)?),
            status: wire(row, 13)?,
            process_count: row.get(14)?,
            version: row.get(15)?,
            updated_at: parsed(row, 16)?,
        },
        full_name: row.get(17)?,
        address_th: row.get(18)?,
        lat: row.get(19)?,
        lng: row.get(20)?,
        hours: json(row, 21)?,
        email: row.get(22)?,
        telephone: row.get(23)?,
        photos: Vec::new(),
        bindings_version: row.get(24)?,
        bindings_updated_at: parsed_opt(row, 25)?,
        process_ids: None,
        copy_cancellation: copy_cancellation(row.get(26)?, row.get(27)?),
        satisfaction: satisfaction(json(row, 28)?),
    })
}

fn round(x: f64, places: i32) -> f64 {
    (x * 10f64.powi(places)).round() / 10f64.powi(places)
}

/// Copy cancellation from the service counts.
pub(crate) fn copy_cancellation(services_total: u64, without_copies: u64) -> CopyCancellation {
    CopyCancellation {
        services_total,
        without_copies,
        percent: if services_total == 0 {
            0.0
        } else {
            round(without_copies as f64 * 100.0 / services_total as f64, 1)
        },
    }
}

/// Satisfaction from the counts of ratings 1 to 5.
pub(crate) fn satisfaction(distribution: [u64; 5]) -> Satisfaction {
    let responses: u64 = distribution.iter().sum();
    let weighted: u64 = distribution
        .iter()
        .zip(1..)
        .map(|(n, score)| n * score)
        .sum();
    Satisfaction {
        responses,
        average: if responses == 0 {
            0.0
        } else {
            round(weighted as f64 / responses as f64, 2)
        },
        distribution,
    }
}

/// One page of the structure list in code order, after `after`; the flag says
/// whether more rows follow.
pub(crate) fn list(
    conn: &Connection,
    query: &PointQuery,
    after: Option<&PointCode>,
    limit: u32,
) -> ApiResult<(Vec<ServicePoint>, bool)> {
    let mut clauses: Vec<&str> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let mut eq = |clause: &'static str, v: &Option<String>| {
        if let Some(v) = v {
            clauses.push(clause);
            values.push(Value::Text(v.clone()));
        }
    };
    eq("ministry_id = ?", &query.ministry);
    eq("department_id = ?", &query.department);
    eq("agency_id = ?", &query.agency);
    eq("unit_type = ?", &query.unit_type);
    eq("subtype = ?", &query.subtype);
    eq("category = ?", &query.category);
    eq("province = ?", &query.province);
    eq("level = ?", &query.level.map(|l| l.as_str().to_owned()));
    eq("status = ?", &query.status.map(|s| s.as_str().to_owned()));
    eq(
        "parent_code = ?",
        &query.parent.as_ref().map(|p| p.to_string()),
    );
    eq("code > ?", &after.map(|c| c.to_string()));
    if let Some(codes) = &query.codes {
        let list: Vec<String> = citizeninfo_api::rules::parse_codes(codes)
            .map_err(|e| ApiError::bad_parameter("codes", e))?
            .into_iter()
            .map(|c| c.to_string())
            .collect();
        clauses.push("code IN (SELECT value FROM json_each(?))");
        values.push(Value::Text(
            serde_json::to_string(&list).map_err(|e| ApiError::internal(e.to_string()))?,
        ));
    }
    if let Some(q) = query.q.as_deref().filter(|q| !q.trim().is_empty()) {
        clauses.push(
            "(name_th LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\' OR full_name LIKE ? ESCAPE '\\')",
        );
        let pattern = Value::Text(like_anywhere(q));
        values.extend([pattern.clone(), pattern.clone(), pattern]);
    }
    let mut sql = format!("SELECT {COLUMNS} FROM points");
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(&format!(" ORDER BY code LIMIT {}", u64::from(limit) + 1));
    let mut stmt = conn.prepare(&sql)?;
    let mut items = stmt
        .query_map(params_from_iter(values), read_point)?
        .collect::<Result<Vec<_>, _>>()?;
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    Ok((items, more))
}

/// Adds photos, and the bound process ids when asked, to points read by [`list`] or [`get`].
pub(crate) fn attach(
    conn: &Connection,
    points: &mut [ServicePoint],
    process_ids: bool,
) -> ApiResult<()> {
    if points.is_empty() {
        return Ok(());
    }
    let codes = serde_json::to_string(
        &points
            .iter()
            .map(|p| p.summary.code.as_str())
            .collect::<Vec<_>>(),
    )
    .map_err(|e| ApiError::internal(e.to_string()))?;
    let index: HashMap<String, usize> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (p.summary.code.to_string(), i))
        .collect();
    let mut stmt = conn.prepare_cached(
        "SELECT code, id, content_type, size, uploaded_at FROM photos \
         WHERE code IN (SELECT value FROM json_each(?1)) ORDER BY code, id",
    )?;
    let mut rows = stmt.query([&codes])?;
    while let Some(row) = rows.next()? {
        let code: String = row.get(0)?;
        let photo = read_photo(&code, row)?;
        if let Some(&i) = index.get(&code) {
            points[i].photos.push(photo);
        }
    }
    if process_ids {
        for p in points.iter_mut() {
            p.process_ids = Some(Vec::new());
        }
        let mut stmt = conn.prepare_cached(
            "SELECT code, process_id FROM bindings \
             WHERE code IN (SELECT value FROM json_each(?1)) ORDER BY code, process_id",
        )?;
        let mut rows = stmt.query([&codes])?;
        while let Some(row) = rows.next()? {
            let code: String = row.get(0)?;
            if let Some(ids) = index
                .get(&code)
                .and_then(|&i| points[i].process_ids.as_mut())
            {
                ids.push(parsed(row, 1)?);
            }
        }
    }
    Ok(())
}

fn read_photo(code: &str, row: &Row<'_>) -> rusqlite::Result<Photo> {
    let id: u64 = row.get(1)?;
    Ok(Photo {
        id,
        content_type: row.get(2)?,
        size: row.get(3)?,
        uploaded_at: parsed(row, 4)?,
        url: format!("/api/v1/points/{code}/photos/{id}"),
    })
}

/// One point without photos or bindings, if it exists.
pub(crate) fn find(conn: &Connection, code: &PointCode) -> ApiResult<Option<ServicePoint>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM points WHERE code = ?1"))?;
    Ok(stmt.query_row([code.as_str()], read_point).optional()?)
}

/// One point, or 404.
pub(crate) fn require(conn: &Connection, code: &PointCode) -> ApiResult<ServicePoint> {
    find(conn, code)?.ok_or_else(|| not_found(code))
}

/// One point with its photos and bound process ids, or 404.
pub(crate) fn get(conn: &Connection, code: &PointCode) -> ApiResult<ServicePoint> {
    let mut point = require(conn, code)?;
    attach(conn, std::slice::from_mut(&mut point), true)?;
    Ok(point)
}

/// The 404 of a point.
pub(crate) fn not_found(code: &PointCode) -> ApiError {
    ApiError::not_found(
        "point_not_found",
        format!("no service point has the code {code}"),
    )
}

/// The codes of a point's ancestors, nearest first.
pub(crate) fn ancestors(conn: &Connection, code: &PointCode) -> ApiResult<Vec<PointCode>> {
    let mut stmt = conn.prepare_cached("SELECT parent_code FROM points WHERE code = ?1")?;
    let mut out: Vec<PointCode> = Vec::new();
    let mut current = code.clone();
    while let Some(Some(parent)) = stmt
        .query_row([current.as_str()], |r| parsed_opt::<PointCode>(r, 0))
        .optional()?
    {
        if parent == *code || out.contains(&parent) {
            break;
        }
        out.push(parent.clone());
        current = parent;
    }
    Ok(out)
}

/// Applies an edit's fields and status to a point, bumping its version once; the
/// patch was validated before (its bound set is the caller's).
/// When the parent changes, the point and the units under it follow the new parent's agency.
pub(crate) fn update(conn: &Connection, point: &ServicePoint, patch: &PointPatch) -> ApiResult<()> {
    let code = point.summary.code.as_str();
    let mut sets: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let mut set = |column: &str, v: Value| {
        values.push(v);
        sets.push(format!("{column} = ?{}", values.len()));
    };
    let text = |s: &Option<String>| s.clone().map_or(Value::Null, Value::Text);
    if let Some(v) = &patch.name_th {
        set("name_th", Value::Text(v.clone()));
    }
    if let Some(v) = &patch.name_en {
        set("name_en", Value::Text(v.clone()));
    }
    if let Some(v) = &patch.full_name {
        set("full_name", Value::Text(v.clone()));
    }
    if let Some(v) = &patch.address_th {
        set("address_th", Value::Text(v.clone()));
    }
    if let Some(v) = &patch.province {
        set("province", Value::Text(v.clone()));
    }
    if let Some(v) = patch.lat {
        set("lat", Value::Real(v));
    }
    if let Some(v) = patch.lng {
        set("lng", Value::Real(v));
    }
    if let Some(v) = &patch.hours {
        let mut hours = v.clone();
        hours.sort();
        let json = serde_json::to_string(&hours).map_err(|e| ApiError::internal(e.to_string()))?;
        set("hours", Value::Text(json));
    }
    if let Some(v) = &patch.email {
        set("email", text(v));
    }
    if let Some(v) = &patch.telephone {
        set("telephone", text(v));
    }
    if let Some(v) = &patch.parent_code {
        set("parent_code", text(&v.as_ref().map(|c| c.to_string())));
    }
    if let Some(v) = patch.status {
        set("status", Value::Text(v.as_str().to_owned()));
    }
    set("updated_at", Value::Text(stamp(now())));
    values.push(Value::Text(code.to_owned()));
    let sql = format!(
        "UPDATE points SET {}, version = version + 1 WHERE code = ?{}",
        sets.join(", "),
        values.len()
    );
    // The same few shapes of edit come again and again: each is prepared once.
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values))?;
    if let Some(Some(parent)) = &patch.parent_code {
        let owner = require(conn, parent)?.summary;
        if owner.agency_id != point.summary.agency_id {
            conn.execute(
                "WITH RECURSIVE sub(code) AS (SELECT ?1 UNION SELECT p.code FROM points p JOIN sub ON p.parent_code = sub.code) \
                 UPDATE points SET agency_id = ?2, department_id = ?3, ministry_id = ?4, \
                 version = version + (code <> ?1), updated_at = ?5 WHERE code IN sub",
                params![code, owner.agency_id, owner.department_id, owner.ministry_id, stamp(now())],
            )?;
        }
    }
    Ok(())
}

/// Sets a point's status; true when it changed.
pub(crate) fn set_status(conn: &Connection, code: &PointCode, status: Status) -> ApiResult<bool> {
    let changed = conn
        .prepare_cached(
            "UPDATE points SET status = ?2, version = version + 1, updated_at = ?3 \
             WHERE code = ?1 AND status <> ?2",
        )?
        .execute(params![code.as_str(), status.as_str(), stamp(now())])?;
    Ok(changed > 0)
}

/// Inserts a new point with a fresh Authorize Code.
pub(crate) fn insert(
    conn: &Connection,
    p: &NewPoint,
    ministry_id: &str,
    department_id: &str,
    authorize_code: &str,
) -> ApiResult<()> {
    let mut hours = p.hours.clone();
    hours.sort();
    let hours = serde_json::to_string(&hours).map_err(|e| ApiError::internal(e.to_string()))?;
    conn.execute(
        "INSERT INTO points (code, level, unit_type, subtype, category, ministry_id, department_id, \
         agency_id, parent_code, name_th, name_en, full_name, address_th, province, lat, lng, hours, \
         email, telephone, status, authorize_code, version, updated_at, bindings_version, \
         bindings_updated_at, services_total, without_copies, ratings) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, \
         ?19, ?20, ?21, 1, ?22, 0, NULL, 0, 0, '[0,0,0,0,0]')",
        params![
            p.code.as_str(),
            p.level.as_str(),
            p.unit_type,
            p.subtype,
            p.category,
            ministry_id,
            department_id,
            p.agency_id,
            p.parent_code.as_ref().map(|c| c.to_string()),
            p.name_th,
            p.name_en,
            p.full_name,
            p.address_th,
            p.province,
            p.lat,
            p.lng,
            hours,
            p.email,
            p.telephone,
            wire_name(&p.status),
            authorize_code,
            stamp(now()),
        ],
    )?;
    Ok(())
}

/// The point a unit's Authorize Code belongs to.
pub(crate) fn by_authorize_code(conn: &Connection, code: &str) -> ApiResult<Option<ServicePoint>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM points WHERE authorize_code = ?1"
    ))?;
    Ok(stmt.query_row([code], read_point).optional()?)
}

/// Copy cancellation and satisfaction of a point.
pub(crate) fn stats(conn: &Connection, code: &PointCode) -> ApiResult<citizeninfo_api::PointStats> {
    let point = require(conn, code)?;
    Ok(citizeninfo_api::PointStats {
        code: code.clone(),
        copy_cancellation: point.copy_cancellation,
        satisfaction: point.satisfaction,
    })
}

/// Stores a photo and bumps the point's version.
pub(crate) fn add_photo(
    conn: &Connection,
    code: &PointCode,
    content_type: &str,
    data: &[u8],
) -> ApiResult<Photo> {
    let at = now();
    conn.execute(
        "INSERT INTO photos (code, content_type, size, data, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![code.as_str(), content_type, data.len() as i64, data, stamp(at)],
    )?;
    let id = conn.last_insert_rowid() as u64;
    touch(conn, code)?;
    Ok(Photo {
        id,
        content_type: content_type.to_owned(),
        size: data.len() as u64,
        uploaded_at: at,
        url: format!("/api/v1/points/{code}/photos/{id}"),
    })
}

/// How many photos a point has.
pub(crate) fn photo_count(conn: &Connection, code: &PointCode) -> ApiResult<usize> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM photos WHERE code = ?1",
        [code.as_str()],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}

/// A photo's media type and bytes.
pub(crate) fn photo(
    conn: &Connection,
    code: &PointCode,
    id: u64,
) -> ApiResult<Option<(String, Vec<u8>)>> {
    Ok(conn
        .query_row(
            "SELECT content_type, data FROM photos WHERE code = ?1 AND id = ?2",
            params![code.as_str(), id as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Removes a photo; false when the point had no such photo.
pub(crate) fn remove_photo(conn: &Connection, code: &PointCode, id: u64) -> ApiResult<bool> {
    let n = conn.execute(
        "DELETE FROM photos WHERE code = ?1 AND id = ?2",
        params![code.as_str(), id as i64],
    )?;
    if n > 0 {
        touch(conn, code)?;
    }
    Ok(n > 0)
}

fn touch(conn: &Connection, code: &PointCode) -> ApiResult<()> {
    conn.execute(
        "UPDATE points SET version = version + 1, updated_at = ?2 WHERE code = ?1",
        params![code.as_str(), stamp(now())],
    )?;
    Ok(())
}
