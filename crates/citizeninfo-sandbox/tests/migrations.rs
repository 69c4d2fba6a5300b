//! A database file made by an older sandbox is upgraded in place: a file made
//! before migrations were numbered (`PRAGMA user_version` 0, with the tables as the
//! sandbox made them then, photos with plain rowids or not) opens, serves its records
//! unchanged and takes edits, and records the schema version it has reached; a file
//! of a newer sandbox is refused, untouched.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::collections::BTreeMap;
use std::path::Path;

use citizeninfo_testkit::{Sandbox, bin, s};
use rusqlite::Connection;
use rusqlite::types::Value;
use serde_json::json;

/// The tables exactly as the sandbox made them before migrations were numbered
/// (`db.rs`, `SCHEMA`, run on every start); kept here as they were, never edited.
const SCHEMA_BEFORE_MIGRATIONS: &str = r#"
CREATE TABLE IF NOT EXISTS ministries (
    id TEXT PRIMARY KEY,
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS departments (
    id TEXT PRIMARY KEY,
    ministry_id TEXT NOT NULL REFERENCES ministries(id),
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS agencies (
    id TEXT PRIMARY KEY,
    department_id TEXT NOT NULL REFERENCES departments(id),
    ministry_id TEXT NOT NULL REFERENCES ministries(id),
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS points (
    code TEXT PRIMARY KEY,
    level TEXT NOT NULL,
    unit_type TEXT NOT NULL,
    subtype TEXT NOT NULL,
    category TEXT NOT NULL,
    ministry_id TEXT NOT NULL,
    department_id TEXT NOT NULL,
    agency_id TEXT NOT NULL REFERENCES agencies(id),
    parent_code TEXT REFERENCES points(code),
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL,
    full_name TEXT NOT NULL,
    address_th TEXT NOT NULL,
    province TEXT NOT NULL,
    lat REAL NOT NULL,
    lng REAL NOT NULL,
    hours TEXT NOT NULL,
    email TEXT,
    telephone TEXT,
    status TEXT NOT NULL,
    authorize_code TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    bindings_version INTEGER NOT NULL,
    bindings_updated_at TEXT,
    services_total INTEGER NOT NULL,
    without_copies INTEGER NOT NULL,
    ratings TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS points_ministry ON points(ministry_id, code);
CREATE INDEX IF NOT EXISTS points_department ON points(department_id, code);
CREATE INDEX IF NOT EXISTS points_agency ON points(agency_id, code);
CREATE INDEX IF NOT EXISTS points_parent ON points(parent_code);
CREATE TABLE IF NOT EXISTS photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL REFERENCES points(code),
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS photos_code ON photos(code, id);
CREATE TABLE IF NOT EXISTS processes (
    id TEXT PRIMARY KEY,
    ministry_id TEXT NOT NULL,
    department_id TEXT NOT NULL,
    category TEXT NOT NULL,
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL,
    open_to TEXT NOT NULL,
    manual TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bindings (
    code TEXT NOT NULL REFERENCES points(code),
    process_id TEXT NOT NULL REFERENCES processes(id),
    bound_at TEXT NOT NULL,
    PRIMARY KEY (code, process_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS accounts (
    username TEXT PRIMARY KEY,
    password TEXT NOT NULL,
    kind TEXT NOT NULL,
    display_name TEXT NOT NULL,
    scope_kind TEXT NOT NULL,
    scope_id TEXT,
    rights TEXT NOT NULL,
    registered INTEGER NOT NULL,
    email TEXT,
    telephone TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES accounts(username),
    kind TEXT NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS device_codes (
    device_code TEXT PRIMARY KEY,
    user_code TEXT NOT NULL UNIQUE,
    client_id TEXT,
    expires_at INTEGER NOT NULL,
    interval_secs INTEGER NOT NULL,
    last_poll_ms INTEGER,
    approved_by TEXT,
    denied INTEGER NOT NULL DEFAULT 0,
    used INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS redeemed (
    grant_key TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    until INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS openid_subjects (
    iss TEXT NOT NULL,
    sub TEXT NOT NULL,
    username TEXT NOT NULL REFERENCES accounts(username),
    PRIMARY KEY (iss, sub)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spent_id_tokens (
    key TEXT PRIMARY KEY,
    until INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idempotency (
    username TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    etag TEXT,
    PRIMARY KEY (username, key)
) WITHOUT ROWID;
"#;
/// The photos table of an even older sandbox: ids were plain rowids, which SQLite
/// gives again once the newest photo is removed.
const PHOTOS_WITH_ROWIDS: &str = "CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL REFERENCES points(code),
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);";

/// A few records, as the sandbox of then stored them: the organisation, a process,
/// an account, two points (one under the other), a binding and a photo.
const RECORDS: &str = r#"
INSERT INTO ministries VALUES ('14', 'กระทรวงมหาดไทย', 'Ministry of Interior');
INSERT INTO departments VALUES ('1401', '14', 'กรมการปกครอง', 'Department of Provincial Administration');
INSERT INTO agencies VALUES ('140101', '1401', '14', 'กรมการปกครอง ส่วนกลาง', 'Department of Provincial Administration Central Administration');
INSERT INTO processes VALUES ('P00001', '14', '1401', 'จดทะเบียน', 'การแจ้งเกิด', 'Birth registration', 'department',
    '{"description":"การแจ้งเกิด","legal_basis":"พระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534","hours":[],"duration_minutes":15,"steps":[],"documents":[],"fees":[]}');
INSERT INTO accounts (username, password, kind, display_name, scope_kind, scope_id, rights, registered)
    VALUES ('admin', 'admin', 'password', 'สมชาย ใจดี', 'all', NULL, 'edit_points,hide_points,bind_processes', 1);
INSERT INTO points (code, level, unit_type, subtype, category, ministry_id, department_id,
    agency_id, parent_code, name_th, name_en, full_name, address_th, province, lat, lng, hours,
    email, telephone, status, authorize_code, version, updated_at, bindings_version,
    bindings_updated_at, services_total, without_copies, ratings)
VALUES
    ('1401010000001', 'head_agency', 'ส่วนราชการ', 'ส่วนราชการ ที่ตั้งอยู่ในส่วนกลาง', 'จดทะเบียน', '14', '1401',
     '140101', NULL, 'กรมการปกครอง ส่วนกลาง', 'Department of Provincial Administration Central Administration',
     'กรมการปกครอง ส่วนกลาง กระทรวงมหาดไทย', '971 ถนนสีลม เขตพระนคร กรุงเทพมหานคร 10200', 'กรุงเทพมหานคร',
     13.768327, 100.429834, '[{"day":"mon","open":"08:30","close":"16:30"}]',
     'saraban.1401010000001@dpa.go.th', '0 2524 9199', 'shown', '19CC7CB4572704A', 1, '2019-03-30T08:03:00Z',
     1, '2020-01-25T20:52:00Z', 4202, 1537, '[3,14,78,153,170]'),
    ('1401010000002', 'service_point', 'ส่วนราชการ', 'ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค', 'จดทะเบียน', '14', '1401',
     '140101', '1401010000001', 'กรมการปกครอง สำนักงานจังหวัดชลบุรี', 'Department of Provincial Administration, Chon Buri Provincial Office',
     'กรมการปกครอง สำนักงานจังหวัดชลบุรี กระทรวงมหาดไทย', '12 ถนนสุขุมวิท อ.เมืองชลบุรี จ.ชลบุรี 20000', 'ชลบุรี',
     13.361143, 100.984673,
     '[{"day":"mon","open":"08:30","close":"12:00"},{"day":"mon","open":"13:00","close":"16:30"},{"day":"sat","open":"09:00","close":"12:00"}]',
     NULL, '0 3827 4455', 'hidden', '3D983601F41FF0E', 3, '2020-04-16T02:03:00Z',
     2, '2021-06-01T09:00:00Z', 0, 0, '[0,0,0,0,0]');
INSERT INTO bindings VALUES ('1401010000002', 'P00001', '2021-06-01T09:00:00Z');
INSERT INTO photos (id, code, content_type, size, data, uploaded_at)
    VALUES (7, '1401010000002', 'image/png', 4, X'89504E47', '2021-06-02T10:00:00Z');
"#;

/// The point under the head agency, as the service answers it.
fn point_two() -> serde_json::Value {
    json!({
        "code": "1401010000002",
        "level": "service_point",
        "type": "ส่วนราชการ",
        "subtype": "ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค",
        "category": "จดทะเบียน",
        "ministry_id": "14",
        "department_id": "1401",
        "agency_id": "140101",
        "parent_code": "1401010000001",
        "name_th": "กรมการปกครอง สำนักงานจังหวัดชลบุรี",
        "name_en": "Department of Provincial Administration, Chon Buri Provincial Office",
        "province": "ชลบุรี",
        "authorize_code": "3D983601F41FF0E",
        "status": "hidden",
        "process_count": 1,
        "version": 3,
        "updated_at": "2020-04-16T02:03:00Z",
        "full_name": "กรมการปกครอง สำนักงานจังหวัดชลบุรี กระทรวงมหาดไทย",
        "address_th": "12 ถนนสุขุมวิท อ.เมืองชลบุรี จ.ชลบุรี 20000",
        "lat": 13.361143,
        "lng": 100.984673,
        "hours": [
            {"day": "mon", "open": "08:30", "close": "12:00"},
            {"day": "mon", "open": "13:00", "close": "16:30"},
            {"day": "sat", "open": "09:00", "close": "12:00"}
        ],
        "email": null,
        "telephone": "0 3827 4455",
        "photos": [{
            "id": 7,
            "content_type": "image/png",
            "size": 4,
            "uploaded_at": "2021-06-02T10:00:00Z",
            "url": "/api/v1/points/1401010000002/photos/7"
        }],
        "bindings_version": 2,
        "bindings_updated_at": "2021-06-01T09:00:00Z",
        "process_ids": ["P00001"],
        "copy_cancellation": {"services_total": 0, "without_copies": 0, "percent": 0.0},
        "satisfaction": {"responses": 0, "average": 0.0, "distribution": [0, 0, 0, 0, 0]}
    })
}

/// Makes a database file as the sandbox of then did, with `photos` in place of its
/// photos table, and the records.
fn older_file(file: &Path, photos: Option<&str>) {
    let conn = Connection::open(file).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    match photos {
        None => conn.execute_batch(SCHEMA_BEFORE_MIGRATIONS).unwrap(),
        Some(photos) => {
            conn.execute_batch(photos).unwrap();
            conn.execute_batch(SCHEMA_BEFORE_MIGRATIONS).unwrap();
        }
    }
    conn.execute_batch(RECORDS).unwrap();
    assert_eq!(user_version(&conn), 0);
}

fn user_version(conn: &Connection) -> i64 {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

/// Rows by table, each row its values by column.
type Tables = BTreeMap<String, Vec<BTreeMap<String, Value>>>;

/// Every row of every table, by table.
fn rows(conn: &Connection) -> Tables {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2"))
                .unwrap();
            let columns: Vec<String> = stmt.column_names().map(str::to_owned).collect();
            let rows = stmt
                .query_map([], |r| {
                    columns
                        .iter()
                        .enumerate()
                        .map(|(i, c)| Ok((c.clone(), r.get::<_, Value>(i)?)))
                        .collect()
                })
                .unwrap()
                .collect::<Result<Vec<BTreeMap<String, Value>>, _>>()
                .unwrap();
            (t, rows)
        })
        .collect()
}

/// Asserts that a point answered now has every member it had, as it was, and that
/// any member added since (a field added by a later migration) is empty.
fn as_it_was(now: &serde_json::Value, then: &serde_json::Value, variant: &str) {
    let (Some(now), Some(then)) = (now.as_object(), then.as_object()) else {
        panic!("{variant}: not records: {now} {then}");
    };
    for (key, value) in now {
        match then.get(key) {
            Some(was) => assert_eq!(value, was, "{variant}: {key}"),
            None => assert!(value.is_null(), "{variant}: {key} is new, yet {value}"),
        }
    }
    for key in then.keys() {
        assert!(now.contains_key(key), "{variant}: {key} is gone");
    }
}

/// Asserts that every row of `then` is in `now` as it was, column by column, and
/// that a column added since (by a later migration) is null in it.
fn rows_as_they_were(now: &Tables, then: &Tables, variant: &str) {
    assert_eq!(
        now.keys().collect::<Vec<_>>(),
        then.keys().collect::<Vec<_>>(),
        "{variant}: the tables"
    );
    for (table, rows) in then {
        let kept = &now[table];
        assert_eq!(kept.len(), rows.len(), "{variant}: the rows of {table}");
        for (was, is) in rows.iter().zip(kept) {
            for (column, value) in is {
                match was.get(column) {
                    Some(v) => assert_eq!(value, v, "{variant}: {table}.{column}"),
                    None => assert_eq!(value, &Value::Null, "{variant}: {table}.{column} is new"),
                }
            }
            for column in was.keys() {
                assert!(
                    is.contains_key(column),
                    "{variant}: {table}.{column} is gone"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_database_made_before_numbered_migrations_is_upgraded_in_place() {
    for (variant, photos) in [
        (
            "the tables of the last sandbox before numbered migrations",
            None,
        ),
        (
            "and photos with plain rowids, from before",
            Some(PHOTOS_WITH_ROWIDS),
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("older.db");
        older_file(&file, photos);
        let before = rows(&Connection::open(&file).unwrap());

        // It serves what the file holds, as it was.
        let sb = Sandbox::start(&["--data", s(&file)]);
        assert!(
            sb.banner
                .iter()
                .any(|l| l.starts_with("demo data: 2 service points")),
            "{variant}: {:?}",
            sb.banner
        );
        let token = sb.token("admin", "admin").await;
        let point = sb.get_json(&token, "/points/1401010000002").await;
        as_it_was(&point, &point_two(), variant);
        let list = sb.get_json(&token, "/points?include=detail").await;
        assert_eq!(list["items"].as_array().map(Vec::len), Some(2), "{variant}");
        let (status, _) = sb.terminate();
        assert!(status.success(), "{variant}: {status}");

        // Upgraded in place: the version recorded, every record as it was, photo
        // ids never given twice.
        let conn = Connection::open(&file).unwrap();
        assert_eq!(
            user_version(&conn),
            citizeninfo_sandbox::SCHEMA_VERSION as i64,
            "{variant}"
        );
        // Signing in kept its tokens; nothing else changed.
        let mut now = rows(&conn);
        assert_eq!(now.remove("tokens").map(|t| t.len()), Some(2), "{variant}");
        let mut before = before;
        before.remove("tokens");
        rows_as_they_were(&now, &before, variant);
        let photos_sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'photos'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            photos_sql.contains("AUTOINCREMENT"),
            "{variant}: {photos_sql}"
        );
        drop(conn);

        // And it takes edits, started again on the upgraded file.
        let sb = Sandbox::start(&["--data", s(&file)]);
        let token = sb.token("admin", "admin").await;
        let r = sb
            .http
            .patch(sb.api("/points/1401010000002"))
            .bearer_auth(&token)
            .header("If-Match", "\"3\"")
            .json(&json!({"email": "saraban.chonburi@dopa.go.th", "status": "shown"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{variant}");
        let edited: serde_json::Value = r.json().await.unwrap();
        assert_eq!(edited["version"], 4, "{variant}");
        assert_eq!(edited["email"], "saraban.chonburi@dopa.go.th", "{variant}");
        assert_eq!(edited["status"], "shown", "{variant}");
        assert_eq!(edited["name_th"], point_two()["name_th"], "{variant}");
    }
}

#[test]
fn a_database_of_a_newer_sandbox_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("newer.db");
    older_file(&file, None);
    let newer = citizeninfo_sandbox::SCHEMA_VERSION as i64 + 1;
    Connection::open(&file)
        .unwrap()
        .pragma_update(None, "user_version", newer)
        .unwrap();
    let before = rows(&Connection::open(&file).unwrap());
    let out = std::process::Command::new(bin("citizeninfo-sandbox"))
        .args(["--listen", "127.0.0.1:0", "--data", s(&file)])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "made by a newer citizeninfo-sandbox (its schema version is {newer}"
        )),
        "{err}"
    );
    let conn = Connection::open(&file).unwrap();
    assert_eq!(user_version(&conn), newer);
    assert_eq!(rows(&conn), before);
}
