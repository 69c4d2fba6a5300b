//! The sandbox's built-in OpenID Connect issuer, under `/_oidc/`: discovery, its
//! key, the authorization endpoint with a login page (code flow with PKCE), the
//! device flow (RFC 8628) and the token endpoint. It signs in the demo OpenID
//! accounts, so `login --openid` finds it through `GET /api/v1/auth/openid` like
//! any provider. Without `--oidc-issuer` only; with it, these routes answer 404.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use rusqlite::Connection;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::Digest;

use super::auth::{invalid_grant, required};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiForm, ApiOptionalForm, ApiQuery};
use crate::oidc::{Issuer, PendingCode};
use crate::seed::OPENID_ACCOUNT;
use crate::store::accounts::{self, Account, DeviceCode};
use crate::{AppState, unix_now};
use citizeninfo_api::{
    AccountKind, DEVICE_GRANT_TYPE, DeviceAuthorization, DeviceRequest, DeviceVerification,
};

/// How long an ID token of the built-in issuer is good for.
const ID_TOKEN_TTL_SECS: i64 = 300;

/// How long an authorization code waits to be traded.
const CODE_TTL_SECS: i64 = 60;

fn issuer(state: &AppState) -> ApiResult<Arc<Issuer>> {
    state.issuer.clone().ok_or_else(|| {
        ApiError::not_found(
            "no_such_route",
            "this sandbox trusts another issuer (--oidc-issuer), so it is none itself",
        )
    })
}

/// `GET /_oidc/.well-known/openid-configuration` (OpenID Connect Discovery 1.0).
pub(super) async fn discovery(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let i = issuer(&state)?;
    // The flows' endpoints where `--oidc-endpoints-at` says; the keys always its
    // own, so a service trusting it still starts.
    let at = |p: &str| format!("{}{p}", i.endpoints);
    Ok(Json(json!({
        "issuer": i.issuer,
        "authorization_endpoint": at("/authorize"),
        "token_endpoint": at("/token"),
        "jwks_uri": format!("{}/jwks", i.issuer.trim_end_matches('/')),
        "device_authorization_endpoint": at("/device_authorization"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES256"],
        "code_challenge_methods_supported": ["S256"],
        "grant_types_supported": ["authorization_code", DEVICE_GRANT_TYPE],
        "scopes_supported": ["openid", "profile"],
        "token_endpoint_auth_methods_supported": ["none"],
        "authorization_response_iss_parameter_supported": true,
        "claims_supported": ["iss", "sub", "aud", "azp", "exp", "iat", "nonce", "jti", "name", "preferred_username"],
    })))
}

/// `GET /_oidc/jwks`: the issuer's public key.
pub(super) async fn jwks(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let i = issuer(&state)?;
    Ok(Json(json!({ "keys": [i.key.jwk] })))
}

/// The parameters of an authorization request (RFC 6749 §4.1.1, RFC 7636, OpenID
/// Connect Core §3.1.2.1); on the login page's form, with the person's answer.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct Authorize {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    nonce: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
    /// The login form's.
    username: Option<String>,
    password: Option<String>,
    action: Option<String>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    (
        status,
        Html(format!(
            "<!doctype html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
             <body><h1>{title}</h1>{body}</body></html>\n"
        )),
    )
        .into_response()
}

fn refuse(status: StatusCode, message: &str) -> Response {
    page(
        status,
        "ไม่สำเร็จ (not done)",
        &format!("<p>{}</p>", escape(message)),
    )
}

/// A redirect back to the client, with these parameters added to its query and
/// the issuer's `iss` (RFC 9207).
fn back_to(i: &Issuer, redirect_uri: &str, params: &[(&str, &str)]) -> Response {
    let mut url = redirect_uri.to_owned();
    let mut params = params.to_vec();
    params.push(("iss", &i.response_iss));
    let query = serde_urlencoded::to_string(&params).unwrap_or_default();
    url.push(if url.contains('?') { '&' } else { '?' });
    url.push_str(&query);
    (StatusCode::SEE_OTHER, [(header::LOCATION, url)]).into_response()
}

/// True for a loopback redirect of a native app (RFC 8252 §7.3): plain http to
/// 127.0.0.1, [::1] or localhost, on any port.
fn is_loopback_redirect(uri: &str) -> bool {
    reqwest::Url::parse(uri).is_ok_and(|u| {
        u.scheme() == "http"
            && matches!(u.host_str(), Some("127.0.0.1" | "[::1]" | "localhost"))
            && u.fragment().is_none()
    })
}

/// What a checked authorization request asks for.
struct Asked {
    client_id: String,
    redirect_uri: String,
    state: Option<String>,
    nonce: Option<String>,
    code_challenge: String,
}

/// Checks an authorization request. A bad redirect is answered here, never
/// followed; other errors go back to the client as RFC 6749 §4.1.2.1 says.
fn check_request(i: &Issuer, a: &Authorize) -> Result<Asked, Box<Response>> {
    let (Some(client_id), Some(redirect_uri)) = (&a.client_id, &a.redirect_uri) else {
        return Err(Box::new(refuse(
            StatusCode::BAD_REQUEST,
            "The request names no client_id or no redirect_uri.",
        )));
    };
    if !is_loopback_redirect(redirect_uri) {
        return Err(Box::new(refuse(
            StatusCode::BAD_REQUEST,
            "The redirect_uri is not a loopback address (http://127.0.0.1:PORT/...), the only kind this issuer sends codes to.",
        )));
    }
    let fail = |error: &str, description: &str| {
        let mut p = vec![("error", error), ("error_description", description)];
        if let Some(s) = &a.state {
            p.push(("state", s));
        }
        Box::new(back_to(i, redirect_uri, &p))
    };
    if a.response_type.as_deref() != Some("code") {
        return Err(fail(
            "unsupported_response_type",
            "only response_type=code is supported",
        ));
    }
    if !a
        .scope
        .as_deref()
        .is_some_and(|s| s.split(' ').any(|w| w == "openid"))
    {
        return Err(fail("invalid_scope", "the scope must include openid"));
    }
    let Some(challenge) = a.code_challenge.clone().filter(|c| !c.is_empty()) else {
        return Err(fail(
            "invalid_request",
            "PKCE is required: send code_challenge",
        ));
    };
    if a.code_challenge_method.as_deref() != Some("S256") {
        return Err(fail(
            "invalid_request",
            "code_challenge_method must be S256",
        ));
    }
    Ok(Asked {
        client_id: client_id.clone(),
        redirect_uri: redirect_uri.clone(),
        state: a.state.clone(),
        nonce: a.nonce.clone(),
        code_challenge: challenge,
    })
}

/// Gives a code for `username` and sends the browser back to the client.
fn approve(state: &AppState, i: &Issuer, asked: Asked, username: &str) -> Response {
    let code = state.secret(20);
    i.codes.lock().unwrap_or_else(|p| p.into_inner()).insert(
        code.clone(),
        PendingCode {
            client_id: asked.client_id,
            redirect_uri: asked.redirect_uri.clone(),
            code_challenge: asked.code_challenge,
            nonce: asked.nonce,
            username: username.to_owned(),
            expires_at: unix_now() + CODE_TTL_SECS,
        },
    );
    let mut p = vec![("code", code.as_str())];
    if let Some(s) = &asked.state {
        p.push(("state", s));
    }
    back_to(i, &asked.redirect_uri, &p)
}

/// `GET /_oidc/authorize`: the login page (or, with `--openid-auto-approve`,
/// straight back to the client as the demo OpenID account).
pub(super) async fn authorize_page(
    State(state): State<AppState>,
    ApiQuery(a): ApiQuery<Authorize>,
) -> ApiResult<Response> {
    let i = issuer(&state)?;
    let asked = match check_request(&i, &a) {
        Ok(asked) => asked,
        Err(answer) => return Ok(*answer),
    };
    if state.config.openid_auto_approve {
        return Ok(approve(&state, &i, asked, OPENID_ACCOUNT));
    }
    let hidden: String = [
        ("response_type", &a.response_type),
        ("client_id", &a.client_id),
        ("redirect_uri", &a.redirect_uri),
        ("scope", &a.scope),
        ("state", &a.state),
        ("nonce", &a.nonce),
        ("code_challenge", &a.code_challenge),
        ("code_challenge_method", &a.code_challenge_method),
    ]
    .iter()
    .filter_map(|(name, value)| {
        value.as_ref().map(|v| {
            format!(
                "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
                escape(v)
            )
        })
    })
    .collect();
    Ok(page(
        StatusCode::OK,
        "CITIZENinfo: เข้าสู่ระบบด้วย OpenID",
        &format!(
            "<p>{} asks to sign you in.</p><form method=\"post\" action=\"/_oidc/authorize\">{hidden}\
             <p><label>OpenID <input name=\"username\"></label></p>\
             <p><label>รหัสผ่าน (password) <input name=\"password\" type=\"password\"></label></p>\
             <p><button name=\"action\" value=\"approve\">อนุญาต (approve)</button> \
             <button name=\"action\" value=\"deny\">ปฏิเสธ (deny)</button></p></form>",
            escape(asked.client_id.as_str())
        ),
    ))
}

/// The OpenID account with this username and password.
fn openid_person(conn: &Connection, username: &str, password: &str) -> ApiResult<Option<Account>> {
    Ok(accounts::find(conn, username)?
        .filter(|a| a.password == password && a.kind == AccountKind::Openid))
}

/// `POST /_oidc/authorize`: the login page's form.
pub(super) async fn authorize(
    State(state): State<AppState>,
    ApiForm(a): ApiForm<Authorize>,
) -> ApiResult<Response> {
    let i = issuer(&state)?;
    let asked = match check_request(&i, &a) {
        Ok(asked) => asked,
        Err(answer) => return Ok(*answer),
    };
    if a.action.as_deref() == Some("deny") {
        let mut p = vec![
            ("error", "access_denied"),
            ("error_description", "the person refused"),
        ];
        if let Some(s) = &asked.state {
            p.push(("state", s));
        }
        return Ok(back_to(&i, &asked.redirect_uri, &p));
    }
    let (username, password) = (
        a.username.clone().unwrap_or_default(),
        a.password.clone().unwrap_or_default(),
    );
    let found = state
        .db
        .call(move |conn| openid_person(conn, &username, &password))
        .await?;
    match found {
        Some(account) => Ok(approve(&state, &i, asked, &account.username)),
        None => Ok(refuse(
            StatusCode::UNAUTHORIZED,
            "The OpenID or the password is wrong. Go back and try again.",
        )),
    }
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

/// `POST /_oidc/device_authorization`: starts a device sign-in (RFC 8628 §3.1).
/// The form is optional: no body at all reads as an empty form.
pub(super) async fn device_authorization(
    State(state): State<AppState>,
    ApiOptionalForm(form): ApiOptionalForm<DeviceRequest>,
) -> ApiResult<Json<DeviceAuthorization>> {
    let i = issuer(&state)?;
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
        client_id: form.client_id,
    };
    let answer = DeviceAuthorization {
        device_code: d.device_code.clone(),
        user_code: d.user_code.clone(),
        verification_uri: format!("{}/device", i.endpoints),
        verification_uri_complete: format!("{}/device?user_code={}", i.endpoints, d.user_code),
        expires_in: config.device_expires_in,
        interval: config.device_interval,
    };
    state
        .db
        .call(move |conn| accounts::put_device(conn, &d))
        .await?;
    Ok(Json(answer))
}

/// The query of the verification page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PageQuery {
    user_code: Option<String>,
}

/// `GET /_oidc/device`: the page where a person approves a device sign-in.
pub(super) async fn verification_page(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> ApiResult<Response> {
    issuer(&state)?;
    let code = escape(q.user_code.as_deref().unwrap_or_default());
    Ok(page(
        StatusCode::OK,
        "CITIZENinfo: เข้าสู่ระบบด้วย OpenID",
        &format!(
            "<form method=\"post\" action=\"/_oidc/device\">\
             <p><label>รหัสจากเครื่อง (user code) <input name=\"user_code\" value=\"{code}\"></label></p>\
             <p><label>OpenID <input name=\"username\"></label></p>\
             <p><label>รหัสผ่าน (password) <input name=\"password\" type=\"password\"></label></p>\
             <p><button name=\"action\" value=\"approve\">อนุญาต (approve)</button> \
             <button name=\"action\" value=\"deny\">ปฏิเสธ (deny)</button></p></form>"
        ),
    ))
}

/// `POST /_oidc/device`: a person approves or refuses a device sign-in.
pub(super) async fn verify(
    State(state): State<AppState>,
    ApiForm(form): ApiForm<DeviceVerification>,
) -> ApiResult<Response> {
    issuer(&state)?;
    state
        .db
        .call(move |conn| {
            let user_code = form.user_code.trim().to_uppercase();
            let Some(mut d) = accounts::device_by_user_code(conn, &user_code)? else {
                return Ok(refuse(
                    StatusCode::NOT_FOUND,
                    "No sign-in is waiting for this code.",
                ));
            };
            if d.used || d.approved_by.is_some() || d.denied || unix_now() >= d.expires_at {
                return Ok(refuse(
                    StatusCode::CONFLICT,
                    "This code was already used or has expired.",
                ));
            }
            let Some(account) = openid_person(conn, &form.username, &form.password)? else {
                return Ok(refuse(
                    StatusCode::UNAUTHORIZED,
                    "The OpenID or the password is wrong.",
                ));
            };
            match form.action.as_str() {
                "approve" => d.approved_by = Some(account.username.clone()),
                "deny" => d.denied = true,
                _ => return Ok(refuse(StatusCode::BAD_REQUEST, "Choose approve or deny.")),
            }
            accounts::save_device(conn, &d)?;
            let done = if d.denied {
                "Refused. The device will not be signed in."
            } else {
                "Approved. You can go back to the terminal."
            };
            Ok(page(
                StatusCode::OK,
                "สำเร็จ (done)",
                &format!("<p>{done}</p>"),
            ))
        })
        .await
}

/// The form of `POST /_oidc/token`.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct IssuerToken {
    /// Optional to the form's reader, so its absence is answered in OAuth's words.
    grant_type: Option<String>,
    code: Option<String>,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
    device_code: Option<String>,
    client_id: Option<String>,
}

/// `POST /_oidc/token`: an authorization code (with its PKCE verifier) or an
/// approved device code for an ID token.
pub(super) async fn token(
    State(state): State<AppState>,
    ApiForm(form): ApiForm<IssuerToken>,
) -> ApiResult<Json<Value>> {
    let i = issuer(&state)?;
    let grant_type = required(&form.grant_type, "grant_type", "token request's")?;
    let (username, client_id, nonce) = match grant_type {
        "authorization_code" => code_grant(&i, &form)?,
        DEVICE_GRANT_TYPE => {
            let f = form.clone();
            let (username, client_id) = state
                .db
                .call(move |conn| {
                    let tx = conn.transaction()?;
                    let answer = device_grant(&tx, &f);
                    // Polling state is kept even when the answer is an error.
                    tx.commit()?;
                    answer
                })
                .await?;
            (
                username,
                client_id.unwrap_or_else(|| state.trust.audience.clone()),
                None,
            )
        }
        other => {
            return Err(ApiError::bad_request(
                "unsupported_grant_type",
                format!(
                    "grant_type {} is not supported: use authorization_code or {DEVICE_GRANT_TYPE}",
                    citizeninfo_api::rules::excerpt(other)
                ),
            ));
        }
    };
    let found = {
        let u = username.clone();
        state.db.call(move |conn| accounts::find(conn, &u)).await?
    };
    let name = found.map(|a| a.display_name).unwrap_or_default();
    let now = unix_now();
    let mut claims = json!({
        "iss": i.issuer,
        "sub": username,
        "aud": client_id,
        "azp": client_id,
        "exp": now + ID_TOKEN_TTL_SECS,
        "iat": now,
        "auth_time": now,
        "jti": state.secret(16),
        "name": name,
        "preferred_username": username,
    });
    if let Some(n) = nonce {
        claims["nonce"] = Value::String(n);
    }
    let id_token = i.key.sign(&claims)?;
    Ok(Json(json!({
        "access_token": state.secret(24),
        "token_type": "Bearer",
        "expires_in": ID_TOKEN_TTL_SECS,
        "id_token": id_token,
        "scope": "openid profile",
    })))
}

/// The authorization code grant with PKCE (RFC 7636 §4.6): the approver, the
/// client and the nonce.
fn code_grant(i: &Issuer, form: &IssuerToken) -> ApiResult<(String, String, Option<String>)> {
    let code = required(&form.code, "code", "authorization_code")?;
    let verifier = required(&form.code_verifier, "code_verifier", "authorization_code")?;
    let pending = i
        .codes
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(code)
        .ok_or_else(|| invalid_grant("the authorization code is not known or was already used"))?;
    if pending.expires_at <= unix_now() {
        return Err(invalid_grant(
            "the authorization code has expired: sign in again",
        ));
    }
    if form.redirect_uri.as_deref() != Some(pending.redirect_uri.as_str()) {
        return Err(invalid_grant(
            "redirect_uri is not the one the code was sent to",
        ));
    }
    if form
        .client_id
        .as_deref()
        .is_some_and(|c| c != pending.client_id)
    {
        return Err(invalid_grant("the code was issued to another client"));
    }
    let digest = sha2::Sha256::digest(verifier.as_bytes());
    if base64url(&digest) != pending.code_challenge {
        return Err(invalid_grant(
            "code_verifier does not match the code_challenge",
        ));
    }
    Ok((pending.username, pending.client_id, pending.nonce))
}

/// Base64url without padding (RFC 4648 §5), as PKCE writes its challenge.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, b)| n | u32::from(*b) << (16 - 8 * k));
        for k in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

/// The device grant (RFC 8628 §3.4): the approver and the client, once approved.
fn device_grant(conn: &Connection, form: &IssuerToken) -> ApiResult<(String, Option<String>)> {
    let code = required(&form.device_code, "device_code", "device_code")?;
    let mut d = accounts::device(conn, code)?
        .ok_or_else(|| invalid_grant("the device code is not known"))?;
    let now_ms = crate::now::utc().timestamp_millis();
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
    Ok((username, d.client_id.clone()))
}

#[cfg(test)]
mod tests {
    use super::base64url;

    #[test]
    fn base64url_is_rfc_4648_without_padding() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }
}
