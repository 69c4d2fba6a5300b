//! Signing in: the token endpoint (password, refresh and token-exchange grants),
//! first-login registration, the OpenID issuer the service trusts, and `GET /me`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::Connection;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiForm, ApiJson, ApiQuery, Caller, NoQuery};
use crate::oidc::Person;
use crate::store::accounts::{self, Account, TokenKind};
use crate::store::points;
use crate::{AppState, unix_now};
use citizeninfo_api::checks::Checker;
use citizeninfo_api::rules::MAX_NAME_CHARS;
use citizeninfo_api::{
    AccountKind, ID_TOKEN_TYPE, Me, OpenidProvider, Registration, Revocation,
    TOKEN_EXCHANGE_GRANT_TYPE, TokenRequest, TokenResponse,
};

/// How long a refresh token lasts: 30 days.
const REFRESH_TTL_SECS: i64 = 30 * 24 * 3600;

/// How long a spent refresh token or ID token may be sent again and get the same
/// answer: the reuse grace period of refresh-token rotation (as the mainstream
/// identity providers give), so a client whose answer was lost on the way can ask
/// again instead of losing its session.
pub(crate) const REUSE_GRACE_SECS: i64 = 60;

/// Trades a grant once: `issue` makes the answer, which is kept, so a repeat
/// within the grace period gets it again (see [`replayed`]); the grant is known
/// as spent until `kept_until`.
pub(super) fn redeem_once(
    conn: &Connection,
    grant: &str,
    kept_until: i64,
    issue: impl FnOnce() -> ApiResult<(TokenResponse, String)>,
) -> ApiResult<TokenResponse> {
    let (answer, family) = issue()?;
    let until = unix_now() + REUSE_GRACE_SECS;
    accounts::put_redeemed(conn, grant, &answer, until, &family, kept_until)?;
    Ok(answer)
}

/// A grant sent again (RFC 6819 §5.2.2.3, OAuth 2.0 Security BCP §4.14.2): within
/// the grace period, while the pair it gave is untouched, that same answer; after
/// the grace, or once that pair was used or revoked, it is a replay, and the whole
/// session it started is ended. `None`: never traded.
pub(super) fn replayed(conn: &Connection, grant: &str) -> ApiResult<Option<TokenResponse>> {
    let Some(spent) = accounts::redeemed(conn, grant, unix_now())? else {
        return Ok(None);
    };
    if let Some(answer) = spent.answer {
        return Ok(Some(answer));
    }
    if let Some(family) = &spent.family {
        accounts::drop_family(conn, family)?;
    }
    Err(invalid_grant(
        "this token was already used: the session it started has been ended, as a token sent twice may have been stolen; sign in again",
    ))
}

pub(super) fn invalid_grant(message: impl Into<String>) -> ApiError {
    ApiError::bad_request("invalid_grant", message)
}

/// Issues a new access and refresh token for an account, in `family` (the
/// session it refreshes), or a new one; the answer and its family.
fn issue(
    conn: &Connection,
    state: &AppState,
    username: &str,
    family: Option<String>,
) -> ApiResult<(TokenResponse, String)> {
    let access = state.secret(24);
    let refresh = state.secret(24);
    let family = family.unwrap_or_else(|| state.secret(16));
    let ttl = state.config.token_ttl;
    let now = unix_now();
    accounts::put_token(
        conn,
        &access,
        username,
        TokenKind::Access,
        now + ttl as i64,
        &family,
    )?;
    accounts::put_token(
        conn,
        &refresh,
        username,
        TokenKind::Refresh,
        now + REFRESH_TTL_SECS,
        &family,
    )?;
    Ok((
        TokenResponse {
            access_token: access,
            token_type: "Bearer".to_owned(),
            expires_in: ttl,
            refresh_token: refresh,
        },
        family,
    ))
}

pub(super) fn required<'a>(
    value: &'a Option<String>,
    name: &str,
    grant: &str,
) -> ApiResult<&'a str> {
    value.as_deref().filter(|v| !v.is_empty()).ok_or_else(|| {
        ApiError::bad_request("invalid_request", format!("the {grant} grant needs {name}"))
    })
}

/// The ID token of a token exchange (or an OpenID registration), checked against
/// the trusted issuer.
async fn subject(
    state: &AppState,
    token: Option<&str>,
    token_type: Option<&str>,
) -> ApiResult<Person> {
    let token = token.filter(|t| !t.is_empty()).ok_or_else(|| {
        ApiError::bad_request(
            "invalid_request",
            "the token exchange needs subject_token, the ID token",
        )
    })?;
    if let Some(t) = token_type
        && t != ID_TOKEN_TYPE
    {
        return Err(ApiError::bad_request(
            "invalid_request",
            format!(
                "subject_token_type must be {ID_TOKEN_TYPE}: the service trades only ID tokens"
            ),
        ));
    }
    state.trust.check(token).await
}

/// `POST /auth/token`.
pub(super) async fn token(
    State(state): State<AppState>,
    ApiForm(form): ApiForm<TokenRequest>,
) -> ApiResult<Json<TokenResponse>> {
    let person = if form.grant_type == TOKEN_EXCHANGE_GRANT_TYPE {
        if form.subject_token_type.is_none() {
            return Err(ApiError::bad_request(
                "invalid_request",
                format!("the token exchange needs subject_token_type {ID_TOKEN_TYPE}"),
            ));
        }
        Some(
            subject(
                &state,
                form.subject_token.as_deref(),
                form.subject_token_type.as_deref(),
            )
            .await?,
        )
    } else {
        None
    };
    let st = state.clone();
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let answer = match (form.grant_type.as_str(), &person) {
                ("password", _) => password_grant(&tx, &st, &form),
                ("refresh_token", _) => refresh_grant(&tx, &st, &form),
                (_, Some(person)) => exchange_grant(&tx, &st, person),
                (other, None) => Err(ApiError::bad_request(
                    "unsupported_grant_type",
                    format!("grant_type {} is not supported: use password, refresh_token or {TOKEN_EXCHANGE_GRANT_TYPE}", citizeninfo_api::rules::excerpt(other)),
                )),
            };
            tx.commit()?;
            answer
        })
        .await
        .map(Json)
}

/// The account an OpenID person signs in as: the one bound to them, else the
/// OpenID account their username claim names, once registered.
fn openid_account(conn: &Connection, person: &Person) -> ApiResult<Option<Account>> {
    if let Some(a) = accounts::by_subject(conn, &person.iss, &person.sub)? {
        return Ok(Some(a));
    }
    Ok(accounts::find(conn, &person.username)?
        .filter(|a| a.kind == AccountKind::Openid && a.registered))
}

/// Marks the person's ID token spent: each is traded once.
fn spend(conn: &Connection, person: &Person) -> ApiResult<()> {
    if accounts::spend_id_token(conn, &person.spent_key, person.exp)? {
        Ok(())
    } else {
        Err(invalid_grant(
            "this ID token was already traded: each is accepted once, so sign in again",
        ))
    }
}

/// The token exchange (RFC 8693): a checked ID token for the service's tokens.
fn exchange_grant(
    conn: &Connection,
    state: &AppState,
    person: &Person,
) -> ApiResult<TokenResponse> {
    let Some(account) = openid_account(conn, person)? else {
        return Err(ApiError::forbidden(
            "registration_required",
            format!(
                "{} ({}) has never signed in here: register with your unit's Authorize Code (POST /api/v1/auth/register with subject_token)",
                person.username, person.iss
            ),
        ));
    };
    // A repeat within the grace period (an answer lost on the way) gets the first
    // answer, while its tokens are untouched; any other second trade is refused.
    let grant = format!("exchange:{}", person.spent_key);
    if let Some(answer) = replayed(conn, &grant)? {
        return Ok(answer);
    }
    spend(conn, person)?;
    accounts::bind_subject(conn, &person.iss, &person.sub, &account.username)?;
    redeem_once(conn, &grant, person.exp, || {
        issue(conn, state, &account.username, None)
    })
}

/// `GET /auth/openid`: the issuer the service trusts and the client id to use there.
pub(super) async fn openid(
    State(state): State<AppState>,
    _query: ApiQuery<NoQuery>,
) -> Json<OpenidProvider> {
    Json(OpenidProvider {
        issuer: state.trust.issuer.clone(),
        client_id: state.trust.audience.clone(),
    })
}

fn password_grant(
    conn: &Connection,
    state: &AppState,
    form: &TokenRequest,
) -> ApiResult<TokenResponse> {
    let username = required(&form.username, "username", "password")?;
    let password = required(&form.password, "password", "password")?;
    let account = accounts::find(conn, username)?
        .filter(|a| a.password == password)
        .ok_or_else(|| invalid_grant("the username or the password is wrong"))?;
    if account.kind == AccountKind::Openid {
        return Err(invalid_grant(format!(
            "{username} is an OpenID account: sign in with `citizeninfo login --openid`"
        )));
    }
    if !account.registered {
        return Err(ApiError::forbidden(
            "registration_required",
            format!(
                "{username} has never signed in: register it first with its unit's Authorize Code (POST /api/v1/auth/register)"
            ),
        ));
    }
    issue(conn, state, username, None).map(|(answer, _)| answer)
}

fn refresh_grant(
    conn: &Connection,
    state: &AppState,
    form: &TokenRequest,
) -> ApiResult<TokenResponse> {
    let refresh = required(&form.refresh_token, "refresh_token", "refresh_token")?;
    let grant = format!("refresh:{refresh}");
    if let Some(answer) = replayed(conn, &grant)? {
        return Ok(answer);
    }
    let (account, expires_at) = accounts::by_token(conn, refresh, TokenKind::Refresh)?
        .ok_or_else(|| invalid_grant("the refresh token is not known: sign in again"))?;
    let family = accounts::family_of(conn, refresh)?;
    accounts::drop_token(conn, refresh)?;
    if expires_at <= unix_now() {
        return Err(invalid_grant(
            "the refresh token has expired: sign in again",
        ));
    }
    redeem_once(conn, &grant, expires_at, || {
        issue(conn, state, &account.username, family)
    })
}

/// `POST /auth/revoke` (RFC 7009): the token is refused from then on. An unknown
/// token is no error (§2.2), so the answer tells nothing about which tokens exist.
pub(super) async fn revoke(
    State(state): State<AppState>,
    ApiForm(form): ApiForm<Revocation>,
) -> ApiResult<StatusCode> {
    if form.token.is_empty() {
        return Err(ApiError::bad_request(
            "invalid_request",
            "the revocation needs token",
        ));
    }
    state
        .db
        .call(move |conn| {
            accounts::drop_token(conn, &form.token)?;
            Ok(StatusCode::OK)
        })
        .await
}

/// `POST /auth/register`: the first sign-in, binding the account to the unit whose
/// Authorize Code it gives.
pub(super) async fn register(
    State(state): State<AppState>,
    ApiJson(r): ApiJson<Registration>,
) -> ApiResult<(StatusCode, Json<TokenResponse>)> {
    let mut check = Checker::new();
    check.text("contact_name", &r.contact_name, MAX_NAME_CHARS);
    check.email("email", &r.email);
    check.telephone("telephone", &r.telephone);
    check.finish().map_err(ApiError::invalid)?;
    let person = match &r.subject_token {
        Some(token) => Some(subject(&state, Some(token), None).await?),
        None => None,
    };
    let st = state.clone();
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let username = match &person {
                Some(person) => openid_newcomer(&tx, person, &r)?,
                None => {
                    let (Some(username), Some(password)) = (&r.username, &r.password) else {
                        return Err(ApiError::bad_request(
                            "invalid_request",
                            "a registration needs username and password, or subject_token (an OpenID ID token)",
                        ));
                    };
                    let account = accounts::find(&tx, username)?
                        .filter(|a| &a.password == password && a.kind == AccountKind::Password)
                        .ok_or_else(|| invalid_grant("the username or the password is wrong"))?;
                    if account.registered {
                        return Err(ApiError::conflict(
                            "already_registered",
                            format!("{username} is already registered: sign in with POST /api/v1/auth/token"),
                        ));
                    }
                    username.clone()
                }
            };
            let unit = points::by_authorize_code(&tx, r.authorize_code.as_str())?
                .ok_or_else(|| {
                    ApiError::invalid_field("authorize_code", "no unit has this Authorize Code")
                })?
                .summary;
            let mut check = Checker::new();
            for (field, given, actual) in [
                ("ministry_id", &r.ministry_id, &unit.ministry_id),
                ("department_id", &r.department_id, &unit.department_id),
                ("agency_id", &r.agency_id, &unit.agency_id),
            ] {
                // Which part differs is not said: the code must not reveal its unit.
                if given != actual {
                    check.fail(
                        field,
                        "the Authorize Code is not that of a unit of the ministry, department and agency given",
                    );
                }
            }
            check.finish().map_err(ApiError::invalid)?;
            accounts::register(&tx, &username, unit.code.as_str(), &r.email, &r.telephone)?;
            if let Some(person) = &person {
                spend(&tx, person)?;
                accounts::bind_subject(&tx, &person.iss, &person.sub, &username)?;
            }
            let (tokens, _) = issue(&tx, &st, &username, None)?;
            tx.commit()?;
            Ok((StatusCode::CREATED, Json(tokens)))
        })
        .await
}

/// The account an OpenID person registers: the never-registered OpenID account
/// their username claim names, or a new one of that name.
fn openid_newcomer(conn: &Connection, person: &Person, r: &Registration) -> ApiResult<String> {
    if openid_account(conn, person)?.is_some() {
        return Err(ApiError::conflict(
            "already_registered",
            format!(
                "{} is already registered: trade the ID token with POST /api/v1/auth/token",
                person.username
            ),
        ));
    }
    match accounts::find(conn, &person.username)? {
        Some(a) if a.kind == AccountKind::Openid => {}
        Some(_) => {
            return Err(ApiError::conflict(
                "username_taken",
                format!(
                    "{} is the name of a password account here, so an OpenID person cannot take it",
                    person.username
                ),
            ));
        }
        None => accounts::put(
            conn,
            &Account {
                username: person.username.clone(),
                password: String::new(),
                kind: AccountKind::Openid,
                display_name: person
                    .name
                    .clone()
                    .unwrap_or_else(|| r.contact_name.clone()),
                scope_kind: citizeninfo_api::ScopeKind::Unit,
                scope_id: None,
                rights: vec![
                    citizeninfo_api::Right::EditPoints,
                    citizeninfo_api::Right::HidePoints,
                    citizeninfo_api::Right::BindProcesses,
                    citizeninfo_api::Right::CreatePoints,
                ],
                registered: false,
            },
        )?,
    }
    Ok(person.username.clone())
}

/// `GET /me`.
pub(super) async fn me(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
) -> ApiResult<Json<Me>> {
    let expires_at = chrono::DateTime::from_timestamp(caller.expires_at, 0).unwrap_or_default();
    state
        .db
        .call(move |conn| {
            let a = caller.account;
            let scope = accounts::scope(conn, &a)?;
            Ok(Json(Me {
                username: a.username,
                display_name: a.display_name,
                kind: a.kind,
                scope,
                rights: a.rights,
                token_expires_at: expires_at,
            }))
        })
        .await
}
