//! The sandbox's SQLite database: schema, opening, and running work off the async
//! threads.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use super::error::{ApiError, ApiResult};

const SCHEMA: &str = r#"
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

/// A database made before photo ids were kept unique for good had `photos.id` as a
/// plain rowid, which SQLite gives again once the newest photo is removed (so an
/// old photo's address would show another picture). Rebuilds that table with
/// `AUTOINCREMENT`, which never gives an id twice, keeping every photo and its id.
fn migrate_photo_ids(conn: &Connection) -> rusqlite::Result<()> {
    let sql: String = conn.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'photos'",
        [],
        |r| r.get(0),
    )?;
    if sql.to_ascii_uppercase().contains("AUTOINCREMENT") {
        return Ok(());
    }
    conn.execute_batch(
        "BEGIN;
         CREATE TABLE photos_unique_ids (
             id INTEGER PRIMARY KEY AUTOINCREMENT,
             code TEXT NOT NULL REFERENCES points(code),
             content_type TEXT NOT NULL,
             size INTEGER NOT NULL,
             data BLOB NOT NULL,
             uploaded_at TEXT NOT NULL
         );
         INSERT INTO photos_unique_ids (id, code, content_type, size, data, uploaded_at)
             SELECT id, code, content_type, size, data, uploaded_at FROM photos;
         DROP TABLE photos;
         ALTER TABLE photos_unique_ids RENAME TO photos;
         CREATE INDEX IF NOT EXISTS photos_code ON photos(code, id);
         COMMIT;",
    )
}

/// The database, shared by every request; SQLite serialises writers anyway, so one
/// connection behind a lock keeps transactions simple and strict. Requests' work
/// runs in turn on one thread of its own: the order they came in, and no
/// threads woken to wait for the lock.
#[derive(Clone)]
pub(crate) struct Db {
    conn: Arc<Mutex<Connection>>,
    jobs: std::sync::mpsc::Sender<Job>,
}

/// Work for the database's thread.
type Job = Box<dyn FnOnce(&mut Connection) + Send>;

impl Db {
    /// Opens (and creates if needed) the database in `path`, or in memory.
    pub(crate) fn open(path: Option<&Path>) -> anyhow::Result<Db> {
        let conn = match path {
            Some(p) => Connection::open(p)?,
            None => Connection::open_in_memory()?,
        };
        // In memory SQLite keeps its own journal mode and answers "memory".
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Pages read through a map of the file, not a system call each (paging
        // through 100,000 points spent an eighth of its time in those calls).
        conn.pragma_update(None, "mmap_size", 1i64 << 30)?;
        // Room for every statement a request runs, each prepared once.
        conn.set_prepared_statement_cache_capacity(64);
        conn.execute_batch(SCHEMA)?;
        migrate_photo_ids(&conn)?;
        let conn = Arc::new(Mutex::new(conn));
        let (jobs, queue) = std::sync::mpsc::channel::<Job>();
        let shared = conn.clone();
        std::thread::Builder::new()
            .name("database".to_owned())
            .spawn(move || {
                for job in queue {
                    let Ok(mut guard) = shared.lock() else { return };
                    // A request's work that panics fails that request only (its
                    // transaction is rolled back as it unwinds).
                    let _ =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut guard)));
                }
            })?;
        Ok(Db { conn, jobs })
    }

    /// Runs `f` with the connection on the database's thread.
    pub(crate) async fn call<T, F>(&self, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> ApiResult<T> + Send + 'static,
    {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move |conn: &mut Connection| {
                let _ = answer.send(f(conn));
            }))
            .map_err(|_| {
                ApiError::internal("the sandbox's database thread has stopped: restart the sandbox")
            })?;
        answered
            .await
            .map_err(|_| ApiError::internal(
                "this request's database work stopped unexpectedly (a sandbox bug); what it changed was rolled back",
            ))?
    }

    /// Runs `f` with the connection on the current thread (start-up and shutdown).
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let mut guard = self
            .conn
            .lock()
            .map_err(|_| anyhow::anyhow!("the database lock was poisoned"))?;
        f(&mut guard)
    }
}
