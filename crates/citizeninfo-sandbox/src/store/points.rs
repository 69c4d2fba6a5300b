//! Service points: the structure list, one record, edits, status, photos.

use std::collections::HashMap;
use std::sync::LazyLock;

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Statement, params, params_from_iter};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::row::{self, Cell};
use super::{json, like_anywhere, now, parsed, parsed_opt, stamp};
use crate::error::{ApiError, ApiResult};
use citizeninfo_api::fields::{self, Storage};
use citizeninfo_api::{
    CopyCancellation, NewPoint, Photo, PointCode, PointPatch, PointQuery, PointSummary,
    Satisfaction, ServicePoint, Status,
};

/// The columns the store keeps for itself beside the fields' (the bound set's
/// version and time, and the counts copy cancellation and satisfaction are computed
/// from); [`Service`] gives their values.
const OWN_COLUMNS: [&str; 5] = [
    "bindings_version",
    "bindings_updated_at",
    "services_total",
    "without_copies",
    "ratings",
];

/// The processes bound to a point, counted as it is read.
const PROCESS_COUNT: &str =
    "(SELECT COUNT(*) FROM bindings b WHERE b.code = points.code) AS process_count";

/// The SQL of points, made once from the field registry's columns
/// (`citizeninfo_api::fields::Column`) and the store's own.
struct Sql {
    /// What a point is read from: every column, and its count of processes.
    select: String,
    /// One point by code.
    by_code: String,
    /// One point by Authorize Code.
    by_authorize_code: String,
    /// The one INSERT of a point: the fields' columns, then the store's own.
    insert: String,
    /// The members a point is read into from columns, by wire key: the fields' and
    /// the store's, each found by its column's name.
    members: Vec<(&'static str, &'static str, Storage)>,
    /// The fields' members a point is stored from, by wire key, in the order of
    /// their columns in [`Sql::insert`].
    stored: Vec<(&'static str, Storage)>,
    /// The members an edit changes, by wire key, and their columns.
    edited: Vec<(&'static str, Storage)>,
    /// The columns of [`Sql::edited`], in its order.
    edited_columns: Vec<&'static str>,
}

static SQL: LazyLock<Sql> = LazyLock::new(|| {
    let kept: Vec<&str> = fields::columns()
        .map(|(_, c)| c.name)
        .chain(OWN_COLUMNS)
        .collect();
    let select = format!("{}, {PROCESS_COUNT}", kept.join(", "));
    let places: Vec<String> = (1..=kept.len()).map(|i| format!("?{i}")).collect();
    let members = fields::columns()
        .map(|(f, c)| (f.key, c.name, c.storage))
        .chain([
            ("process_count", "process_count", Storage::Integer),
            ("bindings_version", "bindings_version", Storage::Integer),
            (
                "bindings_updated_at",
                "bindings_updated_at",
                Storage::OptionalText,
            ),
        ])
        .collect();
    let edited: Vec<(&fields::Field, fields::Column)> =
        fields::columns().filter(|(f, _)| f.is_editable()).collect();
    Sql {
        stored: fields::columns().map(|(f, c)| (f.key, c.storage)).collect(),
        edited_columns: edited.iter().map(|(_, c)| c.name).collect(),
        edited: edited.iter().map(|(f, c)| (f.key, c.storage)).collect(),
        by_code: format!("SELECT {select} FROM points WHERE code = ?1"),
        by_authorize_code: format!("SELECT {select} FROM points WHERE authorize_code = ?1"),
        insert: format!(
            "INSERT INTO points ({}) VALUES ({})",
            kept.join(", "),
            places.join(", ")
        ),
        select,
        members,
    }
});

/// Where a statement of [`Sql::select`] has each column a point is read from,
/// found by name once for all its rows.
struct Columns {
    members: Vec<usize>,
    services_total: usize,
    without_copies: usize,
    ratings: usize,
}

impl Columns {
    fn of(stmt: &Statement<'_>) -> rusqlite::Result<Columns> {
        let names: Vec<&str> = SQL.members.iter().map(|(_, column, _)| *column).collect();
        Ok(Columns {
            members: row::indices(stmt, &names)?,
            services_total: stmt.column_index("services_total")?,
            without_copies: stmt.column_index("without_copies")?,
            ratings: stmt.column_index("ratings")?,
        })
    }
}

/// A record read from a row of points: a whole point, or its summary.
pub(crate) trait Listed: DeserializeOwned {
    /// True for a whole point, which has what the store computes from its own
    /// columns too; a summary is read without it.
    const WHOLE: bool;
    /// Its summary.
    fn summary_mut(&mut self) -> &mut PointSummary;
}

impl Listed for ServicePoint {
    const WHOLE: bool = true;
    fn summary_mut(&mut self) -> &mut PointSummary {
        &mut self.summary
    }
}

impl Listed for PointSummary {
    const WHOLE: bool = false;
    fn summary_mut(&mut self) -> &mut PointSummary {
        self
    }
}

/// A point (or its summary) from its row: each field from its column, as the
/// registry keeps it, and what the store computes from its own columns.
fn read_point<T: Listed>(row: &Row<'_>, at: &Columns) -> rusqlite::Result<T> {
    let computed = if T::WHOLE {
        let copies = copy_cancellation(row.get(at.services_total)?, row.get(at.without_copies)?);
        vec![
            ("copy_cancellation", Cell::computed(&copies)?),
            (
                "satisfaction",
                Cell::computed(&satisfaction(json(row, at.ratings)?))?,
            ),
            (
                "photos",
                Cell::Computed(serde_json::Value::Array(Vec::new())),
            ),
        ]
    } else {
        Vec::new()
    };
    let kept = SQL
        .members
        .iter()
        .zip(&at.members)
        .map(|(&(key, _, storage), &i)| (key, Cell::of(row.get_ref(i), storage)));
    row::read(kept.chain(computed))
}

/// Reads the records a statement of [`Sql::select`] finds.
fn read_points<T: Listed>(
    stmt: &mut Statement<'_>,
    params: impl rusqlite::Params,
) -> rusqlite::Result<Vec<T>> {
    let at = Columns::of(stmt)?;
    stmt.query_map(params, |r| read_point(r, &at))?.collect()
}

/// Reads the one point a statement of [`Sql::select`] finds, if any.
fn read_one(
    stmt: &mut Statement<'_>,
    params: impl rusqlite::Params,
) -> rusqlite::Result<Option<ServicePoint>> {
    let at = Columns::of(stmt)?;
    stmt.query_row(params, |r| read_point(r, &at)).optional()
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

/// One page of the structure list in code order, after `after`, as whole points or
/// their summaries; the flag says whether more rows follow.
pub(crate) fn list<T: Listed>(
    conn: &Connection,
    query: &PointQuery,
    after: Option<&PointCode>,
    limit: u32,
) -> ApiResult<(Vec<T>, bool)> {
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
    let mut sql = format!("SELECT {} FROM points", SQL.select);
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(&format!(" ORDER BY code LIMIT {}", u64::from(limit) + 1));
    let mut stmt = conn.prepare(&sql)?;
    let mut items = read_points(&mut stmt, params_from_iter(values))?;
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    Ok((items, more))
}

/// Adds photos, and the bound process ids when asked, to points read by [`list`] or [`find`].
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
    let mut stmt = conn.prepare_cached(&SQL.by_code)?;
    Ok(read_one(&mut stmt, [code.as_str()])?)
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
    // Each field the patch states (its wire members), into its column.
    let stated = row::write(patch, &SQL.edited, &["processes"])
        .map_err(|e| ApiError::internal(format!("an edit states {e}")))?;
    for (column, value) in SQL.edited_columns.iter().zip(stated) {
        if let Some(value) = value {
            set(column, value);
        }
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

/// What the service keeps of a point beside what a creation states: the fields it
/// sets itself, and its own columns ([`OWN_COLUMNS`]).
pub(crate) struct Service<'a> {
    /// The ministry of the point's agency.
    pub ministry_id: &'a str,
    /// The department of the point's agency.
    pub department_id: &'a str,
    /// The unit's Authorize Code.
    pub authorize_code: &'a str,
    /// The record's version.
    pub version: u64,
    /// When the record last changed, as stored ([`stamp`]).
    pub updated_at: String,
    /// The bound set's version.
    pub bindings_version: u64,
    /// When the bound set last changed, as stored, if it has.
    pub bindings_updated_at: Option<String>,
    /// Services given.
    pub services_total: u64,
    /// Services given without photocopies.
    pub without_copies: u64,
    /// Ratings 1 to 5, how many of each.
    pub ratings: [u64; 5],
}

impl Service<'_> {
    /// The value of a field the service sets, by wire key.
    fn field(&self, key: &str) -> Option<Value> {
        Some(match key {
            "ministry_id" => Value::Text(self.ministry_id.to_owned()),
            "department_id" => Value::Text(self.department_id.to_owned()),
            "authorize_code" => Value::Text(self.authorize_code.to_owned()),
            "version" => Value::Integer(i64::try_from(self.version).unwrap_or(i64::MAX)),
            "updated_at" => Value::Text(self.updated_at.clone()),
            _ => return None,
        })
    }

    /// The values of [`OWN_COLUMNS`], in order.
    fn own(&self) -> ApiResult<[Value; 5]> {
        let integer = |n: u64| Value::Integer(i64::try_from(n).unwrap_or(i64::MAX));
        Ok([
            integer(self.bindings_version),
            self.bindings_updated_at
                .clone()
                .map_or(Value::Null, Value::Text),
            integer(self.services_total),
            integer(self.without_copies),
            Value::Text(
                serde_json::to_string(&self.ratings)
                    .map_err(|e| ApiError::internal(e.to_string()))?,
            ),
        ])
    }
}

/// The members of a creation the table of points does not keep: the processes bound
/// to it, which the caller binds.
const NOT_KEPT: [&str; 1] = ["process_ids"];

/// Stores a point: each field's column from what the creation states, by wire key
/// (a [`NewPoint`], or the demo seed's record), or from what the service sets; a
/// field neither gives is null where its column may be. The one INSERT of a point,
/// for the API, the demo seed and `--load`.
pub(crate) fn insert_point(
    conn: &Connection,
    stated: &impl Serialize,
    service: &Service<'_>,
) -> ApiResult<()> {
    let stated = row::write(stated, &SQL.stored, &NOT_KEPT)
        .map_err(|e| ApiError::internal(format!("a new point states {e}")))?;
    let mut values: Vec<Value> = Vec::with_capacity(stated.len() + OWN_COLUMNS.len());
    for ((f, column), value) in fields::columns().zip(stated) {
        let value = match (service.field(f.key), value) {
            (Some(value), _) | (None, Some(value)) => value,
            (None, None) if column.storage.nullable() => Value::Null,
            (None, None) => {
                return Err(ApiError::internal(format!(
                    "a new point has no value for the field {}, and its column {} needs one",
                    f.key, column.name
                )));
            }
        };
        values.push(value);
    }
    values.extend(service.own()?);
    conn.prepare_cached(&SQL.insert)?
        .execute(params_from_iter(values))?;
    Ok(())
}

/// Inserts a new point with a fresh Authorize Code, at version 1, now.
pub(crate) fn insert(
    conn: &Connection,
    p: &NewPoint,
    ministry_id: &str,
    department_id: &str,
    authorize_code: &str,
) -> ApiResult<()> {
    insert_point(
        conn,
        p,
        &Service {
            ministry_id,
            department_id,
            authorize_code,
            version: 1,
            updated_at: stamp(now()),
            bindings_version: 0,
            bindings_updated_at: None,
            services_total: 0,
            without_copies: 0,
            ratings: [0; 5],
        },
    )
}

/// The point a unit's Authorize Code belongs to.
pub(crate) fn by_authorize_code(conn: &Connection, code: &str) -> ApiResult<Option<ServicePoint>> {
    let mut stmt = conn.prepare_cached(&SQL.by_authorize_code)?;
    Ok(read_one(&mut stmt, [code])?)
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

#[cfg(test)]
mod tests {
    use super::*;
    use citizeninfo_api::fields::{Edit, Labels};
    use serde_json::json;

    fn store() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrate(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO ministries VALUES ('14', 'กระทรวงมหาดไทย', 'Ministry of Interior');
             INSERT INTO departments VALUES ('1401', '14', 'กรมการปกครอง', 'Department of Provincial Administration');
             INSERT INTO agencies VALUES ('140101', '1401', '14', 'กรมการปกครอง ส่วนกลาง', 'Central Administration');",
        )
        .unwrap();
        conn
    }

    /// A new point of agency 140101, with `more` over a complete one.
    fn new_point(code: &str, more: serde_json::Value) -> NewPoint {
        let mut p = json!({
            "code": code,
            "agency_id": "140101",
            "level": "service_point",
            "type": "ส่วนราชการ",
            "subtype": "ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค",
            "category": "จดทะเบียน",
            "name_th": format!("จุดทดสอบ {code}"),
            "name_en": format!("Test point {code}"),
            "full_name": format!("จุดทดสอบ {code} กระทรวงมหาดไทย"),
            "address_th": "1 ถนนราชดำเนิน เขตพระนคร กรุงเทพมหานคร 10200",
            "province": "กรุงเทพมหานคร",
            "lat": 13.756331,
            "lng": 100.501765,
            "hours": [{"day": "sat", "open": "09:00", "close": "12:00"},
                      {"day": "mon", "open": "08:30", "close": "16:30"}],
            "email": "saraban@example.go.th",
            "telephone": "0 2123 4567",
        });
        for (k, v) in more.as_object().unwrap() {
            p[k] = v.clone();
        }
        serde_json::from_value(p).unwrap()
    }

    fn code(c: &str) -> PointCode {
        c.parse().unwrap()
    }

    #[test]
    fn a_new_point_reads_back_as_it_was_stated() {
        let conn = store();
        let p = new_point("1401010000001", json!({"status": "hidden"}));
        insert(&conn, &p, "14", "1401", "0123456789ABCDE").unwrap();
        let read = require(&conn, &p.code).unwrap();
        let stated = serde_json::to_value(&p).unwrap();
        let kept = serde_json::to_value(&read).unwrap();
        for (key, value) in stated.as_object().unwrap() {
            let mut value = value.clone();
            if key == "hours" {
                // Kept sorted by day and time.
                value = json!([value[1], value[0]]);
            }
            assert_eq!(kept.get(key), Some(&value), "{key}");
        }
        assert_eq!(read.summary.ministry_id, "14");
        assert_eq!(read.summary.department_id, "1401");
        assert_eq!(
            read.summary.authorize_code.map(|c| c.to_string()),
            Some("0123456789ABCDE".to_owned())
        );
        assert_eq!((read.summary.version, read.bindings_version), (1, 0));
        assert_eq!(read.summary.process_count, 0);
        assert_eq!(read.bindings_updated_at, None);
        assert_eq!(read.copy_cancellation, copy_cancellation(0, 0));
        assert_eq!(read.satisfaction, satisfaction([0; 5]));
        // A creation states only what the store keeps.
        #[derive(Serialize)]
        struct Typo {
            code: &'static str,
            nmae_th: &'static str,
        }
        let service = Service {
            ministry_id: "14",
            department_id: "1401",
            authorize_code: "0123456789ABCDF",
            version: 1,
            updated_at: stamp(now()),
            bindings_version: 0,
            bindings_updated_at: None,
            services_total: 0,
            without_copies: 0,
            ratings: [0; 5],
        };
        let typo = Typo {
            code: "1401010000002",
            nmae_th: "x",
        };
        let e = insert_point(&conn, &typo, &service).unwrap_err();
        assert!(
            e.message
                .contains("a new point states nmae_th, which is no field the store keeps"),
            "{}",
            e.message
        );
        // Nor anything but a record.
        let e = insert_point(&conn, &json!({"code": "1401010000002"}), &service).unwrap_err();
        assert!(e.message.contains("not a record"), "{}", e.message);
        let e = insert_point(&conn, &["1401010000002"], &service).unwrap_err();
        assert!(e.message.contains("not a record"), "{}", e.message);
    }

    #[test]
    fn a_record_that_does_not_read_is_an_error_that_says_why() {
        let conn = store();
        let p = new_point("1401010000001", json!({}));
        insert(&conn, &p, "14", "1401", "0123456789ABCDE").unwrap();
        conn.execute("UPDATE points SET level = 'tower'", [])
            .unwrap();
        let e = find(&conn, &p.code).unwrap_err();
        assert!(
            e.message.contains("does not read as the wire model") && e.message.contains("tower"),
            "{}",
            e.message
        );
        // A summary does not read what it does not have.
        conn.execute(
            "UPDATE points SET level = 'head_agency', hours = 'not json'",
            [],
        )
        .unwrap();
        let (rows, _) = list::<PointSummary>(&conn, &PointQuery::default(), None, 10).unwrap();
        assert_eq!(rows.len(), 1);
        assert!(list::<ServicePoint>(&conn, &PointQuery::default(), None, 10).is_err());
    }

    #[test]
    fn every_editable_field_is_kept_by_an_edit() {
        let conn = store();
        let (root, a, b) = (
            code("1401010000001"),
            code("1401010000002"),
            code("1401010000003"),
        );
        insert(
            &conn,
            &new_point(root.as_str(), json!({})),
            "14",
            "1401",
            "0123456789ABCDE",
        )
        .unwrap();
        insert(
            &conn,
            &new_point(a.as_str(), json!({"parent_code": root.as_str()})),
            "14",
            "1401",
            "0123456789ABCDF",
        )
        .unwrap();
        // Another value of every field.
        let other = new_point(
            b.as_str(),
            json!({
                "status": "hidden",
                "province": "เชียงใหม่",
                "lat": 18.7883,
                "lng": 98.9853,
                "hours": [{"day": "tue", "open": "09:00", "close": "15:00"}],
                "email": null,
                "telephone": "053 123 456",
                "address_th": "2 ถนนช้างเผือก อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50300",
            }),
        );
        insert(&conn, &other, "14", "1401", "0123456789ABCE0").unwrap();
        let other = require(&conn, &b).unwrap();
        let before = require(&conn, &a).unwrap();
        for f in fields::editable() {
            let current = require(&conn, &a).unwrap();
            let mut text = f.read(&other, Labels::En);
            if f.read(&current, Labels::En) == text {
                // A field the points above leave alike (one added since): any text
                // is kept as it is (the rules are the routes').
                assert!(
                    matches!(
                        f.column.map(|c| c.storage),
                        Some(Storage::Text | Storage::OptionalText)
                    ),
                    "{}: give the points above two values of it",
                    f.key
                );
                text = format!("{} ทดสอบ", f.key);
            }
            let mut edit = Edit::default();
            f.set(&mut edit, Some(&text)).unwrap();
            let patch = PointPatch {
                status: edit.status,
                ..edit.patch
            };
            update(&conn, &current, &patch).unwrap();
            let now = require(&conn, &a).unwrap();
            assert_eq!(f.read(&now, Labels::En), text, "{}", f.key);
            assert_eq!(
                now.summary.version,
                current.summary.version + 1,
                "{}",
                f.key
            );
        }
        // What no edit states stays.
        let after = require(&conn, &a).unwrap();
        for f in fields::FIELDS.iter().filter(|f| !f.is_editable()) {
            if !matches!(f.key, "version" | "updated_at") {
                assert_eq!(
                    f.read(&after, Labels::En),
                    f.read(&before, Labels::En),
                    "{}",
                    f.key
                );
            }
        }
    }
}
