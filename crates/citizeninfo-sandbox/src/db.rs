//! The sandbox's SQLite database: its schema, as numbered migrations recorded in
//! `PRAGMA user_version`; opening (and upgrading a file an older sandbox made, in
//! place); and running work off the async threads.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use super::error::{ApiError, ApiResult};

/// The tables of the first sandbox, before migrations were numbered. `IF NOT EXISTS`:
/// a database made then, at version 0, already has them.
const TABLES: &str = r#"
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
fn photo_ids_unique(conn: &Connection) -> rusqlite::Result<()> {
    let sql: String = conn.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'photos'",
        [],
        |r| r.get(0),
    )?;
    if sql.to_ascii_uppercase().contains("AUTOINCREMENT") {
        return Ok(());
    }
    conn.execute_batch(
        "CREATE TABLE photos_unique_ids (
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
         CREATE INDEX IF NOT EXISTS photos_code ON photos(code, id);",
    )
}

/// One change of the schema.
struct Migration {
    /// What it changes, for an error while applying it.
    what: &'static str,
    /// The change.
    step: Step,
}

/// A change of the schema: SQL, or code for one that depends on what is there.
enum Step {
    Sql(&'static str),
    Code(fn(&Connection) -> rusqlite::Result<()>),
}

/// Every change of the schema, in order: a database at version N (its
/// `PRAGMA user_version`) has had the first N. A new column is a new migration at
/// the end (`ALTER TABLE points ADD COLUMN ...`); one already released is never
/// changed, so every database, old or new, ends with the same tables.
const MIGRATIONS: &[Migration] = &[
    Migration {
        what: "the tables",
        step: Step::Sql(TABLES),
    },
    Migration {
        what: "photo ids never given twice",
        step: Step::Code(photo_ids_unique),
    },
    Migration {
        what: "token families (refresh-token rotation)",
        step: Step::Sql(
            "ALTER TABLE tokens ADD COLUMN family TEXT;
             CREATE INDEX IF NOT EXISTS tokens_family ON tokens(family);
             ALTER TABLE redeemed ADD COLUMN family TEXT;
             ALTER TABLE redeemed ADD COLUMN kept_until INTEGER NOT NULL DEFAULT 0;",
        ),
    },
];

/// The schema version this sandbox makes and reads: the database's
/// `PRAGMA user_version` once opened.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Brings the database to [`SCHEMA_VERSION`] from the version it records, each
/// migration in a transaction of its own with the version it reaches, so an
/// upgrade cut short resumes where it stopped. A database of a newer sandbox is
/// refused, untouched.
pub(crate) fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let at: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let at = usize::try_from(at).unwrap_or(usize::MAX);
    if at > SCHEMA_VERSION {
        anyhow::bail!(
            "this database was made by a newer citizeninfo-sandbox (its schema version is {at}; this sandbox knows versions up to {SCHEMA_VERSION}): open it with that sandbox, or give another --data file"
        );
    }
    for (done, m) in MIGRATIONS.iter().enumerate().skip(at) {
        let version = done + 1;
        let apply = |conn: &mut Connection| -> rusqlite::Result<()> {
            let tx = conn.transaction()?;
            match m.step {
                Step::Sql(sql) => tx.execute_batch(sql)?,
                Step::Code(run) => run(&tx)?,
            }
            tx.pragma_update(None, "user_version", version as i64)?;
            tx.commit()
        };
        apply(conn).map_err(|e| {
            anyhow::anyhow!(
                "upgrading the database to schema version {version} ({}): {e}",
                m.what
            )
        })?;
    }
    Ok(())
}

/// Checks that the table of points has the column of every field the registry keeps
/// (`citizeninfo_api::fields::Column`), as its storage says: a field added without
/// its migration is named at start-up, not at the first request.
pub(crate) fn check_columns(conn: &Connection) -> anyhow::Result<()> {
    let mut stmt = conn.prepare("SELECT name, \"notnull\" FROM pragma_table_info('points')")?;
    let table: Vec<(String, bool)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (field, column) in citizeninfo_api::fields::columns() {
        match table.iter().find(|(name, _)| name == column.name) {
            None => anyhow::bail!(
                "the table points has no column {} for the field {}: add a migration that adds it (db.rs, MIGRATIONS)",
                column.name,
                field.key
            ),
            Some((_, not_null)) if *not_null == column.storage.nullable() => anyhow::bail!(
                "the column points.{} of the field {} {}: its migration and its storage ({:?}) disagree",
                column.name,
                field.key,
                if *not_null {
                    "is NOT NULL"
                } else {
                    "may hold null"
                },
                column.storage
            ),
            Some(_) => {}
        }
    }
    Ok(())
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
        let mut conn = match path {
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
        migrate(&mut conn)?;
        check_columns(&conn)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn version(conn: &Connection) -> i64 {
        conn.pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_new_database_has_every_migration_and_every_fields_column() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn), SCHEMA_VERSION as i64);
        check_columns(&conn).unwrap();
        // Again: nothing left to do.
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn), SCHEMA_VERSION as i64);
    }

    #[test]
    fn a_database_of_a_newer_sandbox_is_refused_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION as i64 + 1)
            .unwrap();
        let e = migrate(&mut conn).unwrap_err().to_string();
        assert!(e.contains("newer citizeninfo-sandbox"), "{e}");
        let tables: i64 = conn
            .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 0);
    }

    #[test]
    fn a_field_whose_column_is_missing_is_named() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        conn.execute_batch("ALTER TABLE points DROP COLUMN telephone")
            .unwrap();
        let e = check_columns(&conn).unwrap_err().to_string();
        assert!(
            e.contains("no column telephone for the field telephone"),
            "{e}"
        );
    }

    #[test]
    fn a_migration_that_fails_leaves_the_database_at_the_version_before() {
        let mut conn = Connection::open_in_memory().unwrap();
        // Photos with plain rowids, and the name their rebuilt table takes already
        // used: the tables are made (version 1), the rebuild fails and is undone.
        conn.execute_batch(
            "CREATE TABLE photos (id INTEGER PRIMARY KEY, code TEXT NOT NULL, \
             content_type TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, \
             uploaded_at TEXT NOT NULL);
             CREATE TABLE photos_unique_ids (x);",
        )
        .unwrap();
        let e = migrate(&mut conn).unwrap_err().to_string();
        assert!(
            e.contains("schema version 2 (photo ids never given twice)"),
            "{e}"
        );
        assert_eq!(version(&conn), 1);
        let photos: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'photos'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(!photos.contains("AUTOINCREMENT"), "{photos}");
    }
}
