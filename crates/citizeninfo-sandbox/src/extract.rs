//! Reading requests strictly: JSON and form bodies, queries, path keys, the bearer
//! token and `If-Match`, each failure answered in the API's error shape.

use std::str::FromStr;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use http_body_util::BodyExt;
use serde::de::DeserializeOwned;

use super::AppState;
use super::error::{ApiError, ApiResult};
use super::store::accounts::{self, Account, TokenKind};

/// The largest JSON or form body.
pub(crate) const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Splits serde's "unknown field `x`, expected ..." or "missing field `x`" into the
/// field's name; other messages name no field.
fn field_in_message(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("missing field `"))?;
    rest.split('`').next()
}

/// serde_json's message without its " at line L column C" tail.
fn without_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

/// The field a deserialization error is about: its path, completed by the field
/// named in the message.
fn error_field(path: &str, message: &str) -> String {
    let path = if path == "." { "" } else { path };
    match field_in_message(message) {
        Some(name) if path.is_empty() => name.to_owned(),
        Some(name) if path == name || path.ends_with(&format!(".{name}")) => path.to_owned(),
        Some(name) => format!("{path}.{name}"),
        None if path.is_empty() => "body".to_owned(),
        None => path.to_owned(),
    }
}

/// A JSON body of type `T`: 415 when not JSON, 413 when over the size cap, 400 when
/// malformed, 422 naming the field when well-formed but wrong.
pub(crate) struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> ApiJson<T> {
    /// Parses a JSON body.
    pub(crate) fn parse(bytes: &[u8]) -> ApiResult<T> {
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
        if first.is_some_and(|b| *b != b'{')
            && serde_json::from_slice::<serde_json::Value>(bytes).is_ok()
        {
            return Err(ApiError::invalid_field("body", "must be a JSON object"));
        }
        let de = &mut serde_json::Deserializer::from_slice(bytes);
        let value: T = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let message = inner.to_string();
            match inner.classify() {
                serde_json::error::Category::Data => ApiError::invalid_field(
                    &error_field(&path, &message),
                    without_position(&message),
                ),
                _ => malformed(&inner),
            }
        })?;
        de.end().map_err(|e| malformed(&e))?;
        Ok(value)
    }
}

fn malformed(e: &serde_json::Error) -> ApiError {
    ApiError::bad_request(
        "malformed_json",
        format!("the request body is not valid JSON: {e}"),
    )
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, _state: &S) -> ApiResult<Self> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| {
                let v = v.trim();
                v.eq_ignore_ascii_case("application/json")
                    || v.eq_ignore_ascii_case("application/merge-patch+json")
            })
            .unwrap_or(false);
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the body as JSON with Content-Type: application/json",
            ));
        }
        let bytes = read_capped(req.into_body(), MAX_BODY_BYTES).await?;
        Ok(ApiJson(Self::parse(&bytes)?))
    }
}

/// How much of an over-large body is still read (and thrown away) before the
/// answer, so the client finishes sending and reads the 413 instead of a broken pipe.
const DRAIN_BYTES: usize = 64 * 1024 * 1024;

/// The 413 answer; the connection is closed after it.
pub(crate) fn too_large(message: String) -> ApiError {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", message)
        .with_header(header::CONNECTION, "close")
}

/// Reads a body of at most `cap` bytes; past the cap, drains what is left (up to
/// a bound) and answers 413.
pub(crate) async fn read_capped(body: Body, cap: usize) -> ApiResult<Bytes> {
    let mut body = body;
    let mut data: Vec<u8> = Vec::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            ApiError::bad_request(
                "unreadable_body",
                format!("the request body could not be read: {e}"),
            )
        })?;
        if let Ok(chunk) = frame.into_data() {
            seen += chunk.len();
            if seen <= cap {
                data.extend_from_slice(&chunk);
            } else if seen > cap + DRAIN_BYTES {
                break;
            }
        }
    }
    if seen > cap {
        return Err(too_large(format!(
            "the request body is {seen} bytes or more; at most {cap} are accepted"
        )));
    }
    Ok(Bytes::from(data))
}

/// A form body (`application/x-www-form-urlencoded`) of type `T`, as OAuth sends.
pub(crate) struct ApiForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiForm<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> ApiResult<Self> {
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(ApiForm(v)),
            Err(e) if e.status() == StatusCode::UNSUPPORTED_MEDIA_TYPE => Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the form as application/x-www-form-urlencoded",
            )),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(too_large(e.body_text())),
            Err(e) => Err(ApiError::bad_request("invalid_request", e.body_text())),
        }
    }
}

/// An optional form body: no body at all (no `Content-Type` and no bytes) reads as
/// an empty form; otherwise as [`ApiForm`].
pub(crate) struct ApiOptionalForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiOptionalForm<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> ApiResult<Self> {
        if req.headers().contains_key(header::CONTENT_TYPE) {
            let ApiForm(v) = ApiForm::<T>::from_request(req, state).await?;
            return Ok(ApiOptionalForm(v));
        }
        let bytes = read_capped(req.into_body(), MAX_BODY_BYTES).await?;
        if !bytes.is_empty() {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the form as application/x-www-form-urlencoded",
            ));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(ApiOptionalForm)
            .map_err(|e| ApiError::bad_request("invalid_request", e.to_string()))
    }
}

/// A query string of type `T`; unknown and malformed parameters are 400.
pub(crate) struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> ApiResult<Self> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de)
            .map(ApiQuery)
            .map_err(|e| {
                let path = e.path().to_string();
                let message = e.into_inner().to_string();
                let field = error_field(&path, &message);
                let field = if field == "body" {
                    "query".to_owned()
                } else {
                    field
                };
                ApiError::bad_parameter(&field, message)
            })
    }
}

/// Parses a path segment or parameter, answering 400 naming it when it breaks its rule.
pub(crate) fn param<T>(field: &str, value: &str) -> ApiResult<T>
where
    T: FromStr<Err = String>,
{
    value
        .parse()
        .map_err(|e: String| ApiError::bad_parameter(field, e))
}

/// A route that takes no query parameters: any is refused, 400 naming it.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoQuery {}

/// The signed-in account making the request, from its bearer token.
pub(crate) struct Caller {
    /// The account.
    pub account: Account,
    /// When the token expires (Unix seconds).
    pub expires_at: i64,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> ApiResult<Self> {
        let token = bearer(&parts.headers)?;
        let found = state
            .db
            .call(move |conn| accounts::by_token(conn, &token, TokenKind::Access))
            .await?;
        let (account, expires_at) = found.ok_or_else(|| {
            ApiError::unauthorized(
                "invalid_token",
                "the access token is not known to this service; sign in again",
            )
        })?;
        if expires_at <= super::unix_now() {
            return Err(ApiError::unauthorized(
                "token_expired",
                "the access token has expired; use the refresh token or sign in again",
            ));
        }
        Ok(Caller {
            account,
            expires_at,
        })
    }
}

fn bearer(headers: &HeaderMap) -> ApiResult<String> {
    let value = headers.get(header::AUTHORIZATION).ok_or_else(|| {
        ApiError::unauthorized(
            "unauthenticated",
            "sign in first: this request carried no access token",
        )
    })?;
    let value = value.to_str().unwrap_or_default();
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(token.trim().to_owned())
        }
        _ => Err(ApiError::unauthorized(
            "invalid_token",
            "the Authorization header must be `Bearer <access token>`",
        )),
    }
}

/// The entity tags of `If-Match`, if the header was sent.
pub(crate) fn if_match(headers: &HeaderMap) -> Option<Vec<String>> {
    let raw: Vec<&str> = headers
        .get_all(header::IF_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if raw.is_empty() {
        return None;
    }
    Some(
        raw.iter()
            .flat_map(|v| v.split(','))
            .map(|t| t.trim().trim_start_matches("W/").to_owned())
            .filter(|t| !t.is_empty())
            .collect(),
    )
}

/// 428 unless `If-Match` was sent.
pub(crate) fn require_if_match(headers: &HeaderMap) -> ApiResult<Vec<String>> {
    if_match(headers).ok_or_else(|| {
        ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition_required",
            "send If-Match with the ETag you read, so a change made by someone else meanwhile is not overwritten",
        )
    })
}

/// 412 unless one of the tags matches the current one (or is `*`).
pub(crate) fn check_if_match(tags: &[String], current: &str) -> ApiResult<()> {
    if tags.iter().any(|t| t == "*" || t == current) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            "precondition_failed",
            format!(
                "the record changed since it was read: its ETag is now {current}, not {}",
                tags.join(", ")
            ),
        ))
    }
}
