//! Signing in: the token endpoint (password, refresh and device grants), first-login
//! registration, the device flow's verification page, and `GET /me`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Html;
use rusqlite::Connection;
use serde::Deserialize;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiForm, ApiJson, ApiOptionalForm, ApiQuery, Caller, NoQuery};
use crate::seed::OPENID_ACCOUNT;
use crate::store::accounts::{self, Account, DeviceCode, TokenKind};
use crate::store::points;
use crate::{AppState, unix_now};
use citizeninfo_api::rules::{Checker, MAX_NAME_CHARS};
use citizeninfo_api::{
    AccountKind, DEVICE_GRANT_TYPE, DeviceAuthorization, DeviceRequest, DeviceVerification, Me,
    Registration, Revocation, TokenRequest, TokenResponse,
};

/// How long a refresh token lasts: 30 days.
const REFRESH_TTL_SECS: i64 = 30 * 24 * 3600;

/// How long a spent refresh token or device code may be sent again and get the same
/// answer: the reuse grace period of refresh-token rotation (as the mainstream
/// identity providers give), so a client whose answer was lost on the way can ask
/// again instead of losing its session.
pub(crate) const REUSE_GRACE_SECS: i64 = 60;

/// Trades a spent grant once: the first time, `issue` makes the answer, which is
/// kept; a repeat within the grace period gets that same answer.
fn redeem_once(
    conn: &Connection,
    grant: &str,
    issue: impl FnOnce() -> ApiResult<TokenResponse>,
) -> ApiResult<TokenResponse> {
    let answer = issue()?;
    accounts::put_redeemed(conn, grant, &answer, unix_now() + REUSE_GRACE_SECS)?;
    Ok(answer)
}

fn invalid_grant(message: impl Into<String>) -> ApiError {
    ApiError::bad_request("invalid_grant", message)
}

/// Issues a new access and refresh token for an account.
fn issue(conn: &Connection, state: &AppState, username: &str) -> ApiResult<TokenResponse> {
    let access = state.secret(24);
    let refresh = state.secret(24);
    let ttl = state.config.token_ttl;
    let now = unix_now();
    accounts::put_token(conn, &access, username, TokenKind::Access, now + ttl as i64)?;
    accounts::put_token(
        conn,
        &refresh,
        username,
        TokenKind::Refresh,
        now + REFRESH_TTL_SECS,
    )?;
    Ok(TokenResponse {
        access_token: access,
        token_type: "Bearer".to_owned(),
        expires_in: ttl,
        refresh_token: refresh,
    })
}

fn required<'a>(value: &'a Option<String>, name: &str, grant: &str) -> ApiResult<&'a str> {
    value.as_deref().filter(|v| !v.is_empty()).ok_or_else(|| {
        ApiError::bad_request("invalid_request", format!("the {grant} grant needs {name}"))
    })
}

/// `POST /auth/token`.
pub(super) async fn token(
    State(state): State<AppState>,
    ApiForm(form): ApiForm<TokenRequest>,
) -> ApiResult<Json<TokenResponse>> {
    let st = state.clone();
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let answer = match form.grant_type.as_str() {
                "password" => password_grant(&tx, &st, &form),
                "refresh_token" => refresh_grant(&tx, &st, &form),
                DEVICE_GRANT_TYPE => device_grant(&tx, &st, &form),
                other => Err(ApiError::bad_request(
                    "unsupported_grant_type",
                    format!("grant_type {other:?} is not supported: use password, refresh_token or {DEVICE_GRANT_TYPE}"),
                )),
            };
            // Polling state of the device grant is kept even when the answer is an error.
            tx.commit()?;
            answer
        })
        .await
        .map(Json)
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
            "{username} is an OpenID account: sign in with the device flow"
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
    issue(conn, state, username)
}

fn refresh_grant(
    conn: &Connection,
    state: &AppState,
    form: &TokenRequest,
) -> ApiResult<TokenResponse> {
    let refresh = required(&form.refresh_token, "refresh_token", "refresh_token")?;
    let grant = format!("refresh:{refresh}");
    if let Some(answer) = accounts::redeemed(conn, &grant, unix_now())? {
        return Ok(answer);
    }
    let (account, expires_at) = accounts::by_token(conn, refresh, TokenKind::Refresh)?
        .ok_or_else(|| invalid_grant("the refresh token is not known: sign in again"))?;
    accounts::drop_token(conn, refresh)?;
    if expires_at <= unix_now() {
        return Err(invalid_grant(
            "the refresh token has expired: sign in again",
        ));
    }
    redeem_once(conn, &grant, || issue(conn, state, &account.username))
}

fn device_grant(
    conn: &Connection,
    state: &AppState,
    form: &TokenRequest,
) -> ApiResult<TokenResponse> {
    let code = required(&form.device_code, "device_code", "device_code")?;
    let grant = format!("device:{code}");
    if let Some(answer) = accounts::redeemed(conn, &grant, unix_now())? {
        return Ok(answer);
    }
    let mut d = accounts::device(conn, code)?
        .ok_or_else(|| invalid_grant("the device code is not known"))?;
    let now_ms = chrono::Utc::now().timestamp_millis();
    if d.used {
        return Err(invalid_grant("the device code was already used"));
    }
    if unix_now() >= d.expires_at {
        return Err(ApiError::bad_request(
            "expired_token",
            "the device code has expired: start the sign-in again",
        ));
    }
    if d.denied {
        return Err(ApiError::bad_request(
            "access_denied",
            "the person refused the sign-in",
        ));
    }
    let too_soon = d
        .last_poll_ms
        .is_some_and(|last| now_ms - last < d.interval * 1000);
    d.last_poll_ms = Some(now_ms);
    if too_soon {
        d.interval += 5;
        accounts::save_device(conn, &d)?;
        return Err(ApiError::bad_request(
            "slow_down",
            format!(
                "polled too often: wait {} seconds between polls",
                d.interval
            ),
        ));
    }
    let Some(username) = d.approved_by.clone() else {
        accounts::save_device(conn, &d)?;
        return Err(ApiError::bad_request(
            "authorization_pending",
            "the person has not approved the sign-in yet",
        ));
    };
    d.used = true;
    accounts::save_device(conn, &d)?;
    redeem_once(conn, &grant, || issue(conn, state, &username))
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
    let st = state.clone();
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let account = accounts::find(&tx, &r.username)?
                .filter(|a| a.password == r.password)
                .ok_or_else(|| invalid_grant("the username or the password is wrong"))?;
            if account.registered {
                return Err(ApiError::conflict(
                    "already_registered",
                    format!(
                        "{} is already registered: sign in with POST /api/v1/auth/token",
                        r.username
                    ),
                ));
            }
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
            accounts::register(&tx, &r.username, unit.code.as_str(), &r.email, &r.telephone)?;
            let tokens = issue(&tx, &st, &r.username)?;
            tx.commit()?;
            Ok((StatusCode::CREATED, Json(tokens)))
        })
        .await
}

/// Letters for user codes: no vowels (no words), no look-alikes (RFC 8628 §6.1).
const USER_CODE_ALPHABET: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";

fn user_code(state: &AppState) -> String {
    let raw = state.secret(8);
    let letters: String = raw
        .as_bytes()
        .chunks(2)
        .map(|pair| {
            let n = u8::from_str_radix(std::str::from_utf8(pair).unwrap_or("0"), 16).unwrap_or(0);
            USER_CODE_ALPHABET[n as usize % USER_CODE_ALPHABET.len()] as char
        })
        .collect();
    format!("{}-{}", &letters[..4], &letters[4..])
}

/// `POST /auth/device`: starts a device sign-in (RFC 8628 §3.1). The form is
/// optional: no body at all reads as an empty form.
pub(super) async fn device_authorization(
    State(state): State<AppState>,
    ApiOptionalForm(form): ApiOptionalForm<DeviceRequest>,
) -> ApiResult<Json<DeviceAuthorization>> {
    let config = state.config.clone();
    let d = DeviceCode {
        device_code: state.secret(20),
        user_code: user_code(&state),
        expires_at: unix_now() + config.device_expires_in as i64,
        interval: config.device_interval as i64,
        last_poll_ms: None,
        approved_by: config
            .openid_auto_approve
            .then(|| OPENID_ACCOUNT.to_owned()),
        denied: false,
        used: false,
    };
    let answer = DeviceAuthorization {
        device_code: d.device_code.clone(),
        user_code: d.user_code.clone(),
        verification_uri: format!("{}/device", state.base_url),
        verification_uri_complete: format!("{}/device?user_code={}", state.base_url, d.user_code),
        expires_in: config.device_expires_in,
        interval: config.device_interval,
    };
    state
        .db
        .call(move |conn| accounts::put_device(conn, &d, form.client_id.as_deref()))
        .await?;
    Ok(Json(answer))
}

/// The query of the verification page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PageQuery {
    user_code: Option<String>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><h1>{title}</h1>{body}</body></html>\n"
    ))
}

/// `GET /device`: the page where a person approves a device sign-in.
pub(super) async fn verification_page(ApiQuery(q): ApiQuery<PageQuery>) -> Html<String> {
    let code = escape(q.user_code.as_deref().unwrap_or_default());
    page(
        "CITIZENinfo: เข้าสู่ระบบด้วย OpenID",
        &format!(
            "<form method=\"post\" action=\"/device\">\
             <p><label>รหัสจากเครื่อง (user code) <input name=\"user_code\" value=\"{code}\"></label></p>\
             <p><label>OpenID <input name=\"username\"></label></p>\
             <p><label>รหัสผ่าน (password) <input name=\"password\" type=\"password\"></label></p>\
             <p><button name=\"action\" value=\"approve\">อนุญาต (approve)</button> \
             <button name=\"action\" value=\"deny\">ปฏิเสธ (deny)</button></p></form>"
        ),
    )
}

/// `POST /device`: a person approves or refuses a device sign-in.
pub(super) async fn verify(
    State(state): State<AppState>,
    ApiForm(form): ApiForm<DeviceVerification>,
) -> ApiResult<(StatusCode, Html<String>)> {
    state
        .db
        .call(move |conn| {
            let user_code = form.user_code.trim().to_uppercase();
            let refuse = |status: StatusCode, message: &str| {
                Ok((
                    status,
                    page("ไม่สำเร็จ (not done)", &format!("<p>{}</p>", escape(message))),
                ))
            };
            let Some(mut d) = accounts::device_by_user_code(conn, &user_code)? else {
                return refuse(
                    StatusCode::NOT_FOUND,
                    "No sign-in is waiting for this code.",
                );
            };
            if d.used || d.approved_by.is_some() || d.denied || unix_now() >= d.expires_at {
                return refuse(
                    StatusCode::CONFLICT,
                    "This code was already used or has expired.",
                );
            }
            let account: Option<Account> = accounts::find(conn, &form.username)?
                .filter(|a| a.password == form.password && a.kind == AccountKind::Openid);
            let Some(account) = account else {
                return refuse(
                    StatusCode::UNAUTHORIZED,
                    "The OpenID or the password is wrong.",
                );
            };
            match form.action.as_str() {
                "approve" => d.approved_by = Some(account.username.clone()),
                "deny" => d.denied = true,
                _ => return refuse(StatusCode::BAD_REQUEST, "Choose approve or deny."),
            }
            accounts::save_device(conn, &d)?;
            let done = if d.denied {
                "Refused. The device will not be signed in."
            } else {
                "Approved. You can go back to the terminal."
            };
            Ok((
                StatusCode::OK,
                page("สำเร็จ (done)", &format!("<p>{done}</p>")),
            ))
        })
        .await
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
