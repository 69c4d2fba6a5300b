//! Accounts, their tokens, the people OpenID binds to them, the built-in issuer's
//! device codes, and scope.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{points, wire, wire_name};
use crate::error::{ApiError, ApiResult};
use citizeninfo_api::access;
use citizeninfo_api::{AccountKind, Agency, PointSummary, Right, Scope, ScopeKind, TokenResponse};

/// An account as the sandbox keeps it.
#[derive(Debug, Clone)]
pub(crate) struct Account {
    /// Username.
    pub username: String,
    /// Password (demo data only: the sandbox holds no real secret).
    pub password: String,
    /// How it signs in.
    pub kind: AccountKind,
    /// Name to greet.
    pub display_name: String,
    /// The scope's kind.
    pub scope_kind: ScopeKind,
    /// The scope's root.
    pub scope_id: Option<String>,
    /// What it may change.
    pub rights: Vec<Right>,
    /// False until the first sign-in registered it with a unit.
    pub registered: bool,
}

impl Account {
    /// True when the account holds `right`.
    pub(crate) fn may(&self, right: Right) -> bool {
        self.rights.contains(&right)
    }
}

const COLUMNS: &str =
    "username, password, kind, display_name, scope_kind, scope_id, rights, registered";

fn read(row: &Row<'_>) -> rusqlite::Result<Account> {
    let rights: String = row.get(6)?;
    Ok(Account {
        username: row.get(0)?,
        password: row.get(1)?,
        kind: wire(row, 2)?,
        display_name: row.get(3)?,
        scope_kind: wire(row, 4)?,
        scope_id: row.get(5)?,
        rights: rights
            .split(',')
            .filter(|s| !s.is_empty())
            .filter_map(|s| serde_json::from_value(serde_json::Value::String(s.to_owned())).ok())
            .collect(),
        registered: row.get(7)?,
    })
}

/// Inserts or replaces an account.
pub(crate) fn put(conn: &Connection, a: &Account) -> ApiResult<()> {
    let rights: Vec<&str> = a.rights.iter().map(|r| r.as_str()).collect();
    conn.execute(
        &format!(
            "INSERT OR REPLACE INTO accounts ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        ),
        params![
            a.username,
            a.password,
            wire_name(&a.kind),
            a.display_name,
            wire_name(&a.scope_kind),
            a.scope_id,
            rights.join(","),
            a.registered
        ],
    )?;
    Ok(())
}

/// The account named `username`.
pub(crate) fn find(conn: &Connection, username: &str) -> ApiResult<Option<Account>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM accounts WHERE username = ?1"
    ))?;
    Ok(stmt.query_row([username], read).optional()?)
}

/// Binds an account to a unit and marks it registered.
pub(crate) fn register(
    conn: &Connection,
    username: &str,
    unit: &str,
    email: &str,
    telephone: &str,
) -> ApiResult<()> {
    conn.execute(
        "UPDATE accounts SET scope_kind = 'unit', scope_id = ?2, registered = 1, email = ?3, telephone = ?4 \
         WHERE username = ?1",
        params![username, unit, email, telephone],
    )?;
    Ok(())
}

/// Whether a token is an access or a refresh token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Sent as `Authorization: Bearer`.
    Access,
    /// Traded for a new access token.
    Refresh,
}

impl TokenKind {
    fn as_str(self) -> &'static str {
        match self {
            TokenKind::Access => "access",
            TokenKind::Refresh => "refresh",
        }
    }
}

/// Stores a token for an account, valid until `expires_at` (Unix seconds).
pub(crate) fn put_token(
    conn: &Connection,
    token: &str,
    username: &str,
    kind: TokenKind,
    expires_at: i64,
    family: &str,
) -> ApiResult<()> {
    conn.execute(
        "INSERT INTO tokens (token, username, kind, expires_at, family) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![token, username, kind.as_str(), expires_at, family],
    )?;
    Ok(())
}

/// The family of a token: every pair refreshed from one sign-in shares it.
pub(crate) fn family_of(conn: &Connection, token: &str) -> ApiResult<Option<String>> {
    Ok(conn
        .query_row("SELECT family FROM tokens WHERE token = ?1", [token], |r| {
            r.get::<_, Option<String>>(0)
        })
        .optional()?
        .flatten())
}

/// Ends a session: every token of the family.
pub(crate) fn drop_family(conn: &Connection, family: &str) -> ApiResult<()> {
    conn.execute("DELETE FROM tokens WHERE family = ?1", [family])?;
    Ok(())
}

/// The account a token belongs to and when it expires.
pub(crate) fn by_token(
    conn: &Connection,
    token: &str,
    kind: TokenKind,
) -> ApiResult<Option<(Account, i64)>> {
    // Every request asks: the statement is prepared once.
    let found: Option<(String, i64)> = conn
        .prepare_cached("SELECT username, expires_at FROM tokens WHERE token = ?1 AND kind = ?2")?
        .query_row(params![token, kind.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    match found {
        None => Ok(None),
        Some((username, expires_at)) => Ok(find(conn, &username)?.map(|a| (a, expires_at))),
    }
}

/// Forgets a token (a used refresh token, a revoked one); true when it was known.
pub(crate) fn drop_token(conn: &Connection, token: &str) -> ApiResult<bool> {
    Ok(conn.execute("DELETE FROM tokens WHERE token = ?1", [token])? > 0)
}

/// Remembers the answer a spent grant (a refresh token, an ID token) was traded
/// for: a repeat until `until` (Unix seconds) gets the same answer while that
/// pair is untouched; the grant is known as spent, with its family, until
/// `kept_until`, when it could no longer be traded anyway.
pub(crate) fn put_redeemed(
    conn: &Connection,
    grant: &str,
    answer: &TokenResponse,
    until: i64,
    family: &str,
    kept_until: i64,
) -> ApiResult<()> {
    let json = serde_json::to_string(answer).map_err(|e| ApiError::internal(e.to_string()))?;
    // Grants that could no longer be traded anyway: forget them.
    conn.execute(
        "DELETE FROM redeemed WHERE max(until, kept_until) <= ?1",
        [crate::unix_now()],
    )?;
    conn.execute(
        "INSERT OR REPLACE INTO redeemed (grant_key, answer, until, family, kept_until) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![grant, json, until, family, kept_until.max(until)],
    )?;
    Ok(())
}

/// A grant already traded.
pub(crate) struct Redeemed {
    /// The answer it was traded for, to give again: within the grace period, while
    /// neither token of that pair has been used or revoked.
    pub answer: Option<TokenResponse>,
    /// The family of the tokens it gave.
    pub family: Option<String>,
}

/// A grant already traded, as known at `now`.
pub(crate) fn redeemed(conn: &Connection, grant: &str, now: i64) -> ApiResult<Option<Redeemed>> {
    let found: Option<(String, i64, Option<String>)> = conn
        .query_row(
            "SELECT answer, until, family FROM redeemed WHERE grant_key = ?1 AND max(until, kept_until) > ?2",
            params![grant, now],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((json, until, family)) = found else {
        return Ok(None);
    };
    let answer = match serde_json::from_str::<TokenResponse>(&json) {
        Ok(answer) if until > now => {
            let intact: bool = conn.query_row(
                "SELECT count(*) = 2 FROM tokens WHERE token IN (?1, ?2)",
                params![answer.access_token, answer.refresh_token],
                |r| r.get(0),
            )?;
            intact.then_some(answer)
        }
        _ => None,
    };
    Ok(Some(Redeemed { answer, family }))
}

/// The account's scope, with its root's name.
pub(crate) fn scope(conn: &Connection, a: &Account) -> ApiResult<Scope> {
    let table = match a.scope_kind {
        ScopeKind::All => None,
        ScopeKind::Ministry => Some("SELECT name_th FROM ministries WHERE id = ?1"),
        ScopeKind::Department => Some("SELECT name_th FROM departments WHERE id = ?1"),
        ScopeKind::Agency => Some("SELECT name_th FROM agencies WHERE id = ?1"),
        ScopeKind::Unit => Some("SELECT name_th FROM points WHERE code = ?1"),
    };
    let name_th = match (table, &a.scope_id) {
        (Some(sql), Some(id)) => conn.query_row(sql, [id], |r| r.get(0)).optional()?,
        _ => None,
    };
    Ok(Scope {
        kind: a.scope_kind,
        id: a.scope_id.clone(),
        name_th,
    })
}

/// The account's scope, as the one scope rule (`citizeninfo_api::access`) reads it.
fn scope_of(a: &Account) -> Scope {
    Scope {
        kind: a.scope_kind,
        id: a.scope_id.clone(),
        name_th: None,
    }
}

/// True when a point lies inside the account's subtree.
pub(crate) fn covers(conn: &Connection, a: &Account, p: &PointSummary) -> ApiResult<bool> {
    let ancestors = if a.scope_kind == ScopeKind::Unit {
        points::ancestors(conn, &p.code)?
    } else {
        Vec::new()
    };
    Ok(access::covers(&scope_of(a), p, &ancestors))
}

/// True when the account may act in an agency (for a point to be created there).
pub(crate) fn covers_agency(a: &Account, agency: &Agency) -> bool {
    access::covers_agency(&scope_of(a), agency)
}

/// A pending device authorization (RFC 8628).
#[derive(Debug, Clone)]
pub(crate) struct DeviceCode {
    /// The code the client polls with.
    pub device_code: String,
    /// The code the person types.
    pub user_code: String,
    /// Unix seconds.
    pub expires_at: i64,
    /// Seconds between polls.
    pub interval: i64,
    /// Milliseconds since the epoch of the last poll.
    pub last_poll_ms: Option<i64>,
    /// The account that approved it.
    pub approved_by: Option<String>,
    /// The person refused.
    pub denied: bool,
    /// Already traded for tokens.
    pub used: bool,
    /// The client that started it: the ID token's audience.
    pub client_id: Option<String>,
}

const DEVICE_COLUMNS: &str = "device_code, user_code, expires_at, interval_secs, last_poll_ms, approved_by, denied, used, client_id";

fn read_device(row: &Row<'_>) -> rusqlite::Result<DeviceCode> {
    Ok(DeviceCode {
        device_code: row.get(0)?,
        user_code: row.get(1)?,
        expires_at: row.get(2)?,
        interval: row.get(3)?,
        last_poll_ms: row.get(4)?,
        approved_by: row.get(5)?,
        denied: row.get(6)?,
        used: row.get(7)?,
        client_id: row.get(8)?,
    })
}

/// Stores a new device authorization.
pub(crate) fn put_device(conn: &Connection, d: &DeviceCode) -> ApiResult<()> {
    conn.execute(
        &format!("INSERT INTO device_codes ({DEVICE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        params![
            d.device_code,
            d.user_code,
            d.expires_at,
            d.interval,
            d.last_poll_ms,
            d.approved_by,
            d.denied,
            d.used,
            d.client_id
        ],
    )?;
    Ok(())
}

/// A device authorization by its device code.
pub(crate) fn device(conn: &Connection, device_code: &str) -> ApiResult<Option<DeviceCode>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DEVICE_COLUMNS} FROM device_codes WHERE device_code = ?1"
    ))?;
    Ok(stmt.query_row([device_code], read_device).optional()?)
}

/// A device authorization by its user code.
pub(crate) fn device_by_user_code(
    conn: &Connection,
    user_code: &str,
) -> ApiResult<Option<DeviceCode>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DEVICE_COLUMNS} FROM device_codes WHERE user_code = ?1"
    ))?;
    Ok(stmt.query_row([user_code], read_device).optional()?)
}

/// Saves a device authorization's changing fields.
pub(crate) fn save_device(conn: &Connection, d: &DeviceCode) -> ApiResult<()> {
    conn.execute(
        "UPDATE device_codes SET interval_secs = ?2, last_poll_ms = ?3, approved_by = ?4, denied = ?5, used = ?6 \
         WHERE device_code = ?1",
        params![d.device_code, d.interval, d.last_poll_ms, d.approved_by, d.denied, d.used],
    )?;
    Ok(())
}

/// The account bound to an OpenID person (issuer and subject).
pub(crate) fn by_subject(conn: &Connection, iss: &str, sub: &str) -> ApiResult<Option<Account>> {
    let username: Option<String> = conn
        .query_row(
            "SELECT username FROM openid_subjects WHERE iss = ?1 AND sub = ?2",
            params![iss, sub],
            |r| r.get(0),
        )
        .optional()?;
    match username {
        None => Ok(None),
        Some(u) => find(conn, &u),
    }
}

/// Binds an OpenID person (issuer and subject) to an account, for good.
pub(crate) fn bind_subject(
    conn: &Connection,
    iss: &str,
    sub: &str,
    username: &str,
) -> ApiResult<()> {
    conn.execute(
        "INSERT OR REPLACE INTO openid_subjects (iss, sub, username) VALUES (?1, ?2, ?3)",
        params![iss, sub, username],
    )?;
    Ok(())
}

/// Marks an ID token spent until `until` (Unix seconds, when it expires anyway);
/// false when it was spent already.
pub(crate) fn spend_id_token(conn: &Connection, key: &str, until: i64) -> ApiResult<bool> {
    conn.execute(
        "DELETE FROM spent_id_tokens WHERE until <= ?1",
        [crate::unix_now()],
    )?;
    Ok(conn.execute(
        "INSERT OR IGNORE INTO spent_id_tokens (key, until) VALUES (?1, ?2)",
        params![key, until],
    )? > 0)
}
