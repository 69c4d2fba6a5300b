//! Photos of a point (รูปภาพจุดบริการ): upload, fetch, removal.

use axum::Json;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::guards::writable;
use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiQuery, Caller, NoQuery, param};
use crate::store::points;
use citizeninfo_api::rules::{MAX_PHOTO_BYTES, MAX_PHOTOS, sniff_image};
use citizeninfo_api::{PointCode, Right};

fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!(
            "a photo may be at most {} MiB",
            MAX_PHOTO_BYTES / (1024 * 1024)
        ),
    )
}

fn multipart_error(status: StatusCode, text: String) -> ApiError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        ApiError::bad_request(
            "invalid_multipart",
            format!("the upload could not be read: {text}"),
        )
    }
}

/// Reads the one part named `photo`, refusing more than the cap.
async fn read_photo(mut form: Multipart) -> ApiResult<Vec<u8>> {
    let mut photo: Option<Vec<u8>> = None;
    while let Some(mut field) = form
        .next_field()
        .await
        .map_err(|e| multipart_error(e.status(), e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name != "photo" {
            return Err(ApiError::invalid_field(
                &name,
                "unknown part: send the image in a part named photo",
            ));
        }
        if photo.is_some() {
            return Err(ApiError::invalid_field(
                "photo",
                "send one photo per request",
            ));
        }
        let mut data = Vec::new();
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|e| multipart_error(e.status(), e.body_text()))?
        {
            if data.len() + chunk.len() > MAX_PHOTO_BYTES {
                // Read the rest, so the client gets the 413 rather than a broken pipe.
                while let Ok(Some(_)) = field.chunk().await {}
                while let Ok(Some(mut rest)) = form.next_field().await {
                    while let Ok(Some(_)) = rest.chunk().await {}
                }
                return Err(too_large());
            }
            data.extend_from_slice(&chunk);
        }
        photo = Some(data);
    }
    photo.ok_or_else(|| ApiError::invalid_field("photo", "no part named photo was sent"))
}

/// 415 unless the body is declared `multipart/form-data`.
fn require_multipart(headers: &HeaderMap) -> ApiResult<()> {
    let is_multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("multipart/form-data"));
    if is_multipart {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the photo as multipart/form-data, in one part named photo",
        ))
    }
}

/// `POST /points/{code}/photos`: multipart, one part named `photo`.
pub(super) async fn upload(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path(code): Path<String>,
    headers: HeaderMap,
    form: Result<Multipart, MultipartRejection>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    require_multipart(&headers)?;
    let form = form.map_err(|e| multipart_error(e.status(), e.body_text()))?;
    let data = read_photo(form).await?;
    let content_type = sniff_image(&data).ok_or_else(|| {
        ApiError::invalid_field("photo", "the file is not a JPEG, PNG, GIF or WebP image")
    })?;
    let photo = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            writable(&tx, &caller.account, &code, Right::EditPoints)?;
            if points::photo_count(&tx, &code)? >= MAX_PHOTOS {
                return Err(ApiError::invalid_field(
                    "photo",
                    format!("{code} already has {MAX_PHOTOS} photos, the most a point keeps; remove one first"),
                ));
            }
            let photo = points::add_photo(&tx, &code, content_type, &data)?;
            tx.commit()?;
            Ok(photo)
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, photo.url.clone())],
        Json(photo),
    )
        .into_response())
}

fn photo_id(id: &str) -> ApiResult<u64> {
    id.parse().map_err(|_| {
        ApiError::bad_parameter(
            "id",
            format!(
                "{} is not a photo id (a whole number)",
                citizeninfo_api::rules::excerpt(id)
            ),
        )
    })
}

fn photo_not_found(code: &PointCode, id: u64) -> ApiError {
    ApiError::not_found("photo_not_found", format!("{code} has no photo {id}"))
}

/// `GET /points/{code}/photos/{id}`: the image itself.
pub(super) async fn fetch(
    State(state): State<AppState>,
    _caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path((code, id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let code: PointCode = param("code", &code)?;
    let id = photo_id(&id)?;
    let found = {
        let code = code.clone();
        state
            .db
            .call(move |conn| {
                points::require(conn, &code)?;
                points::photo(conn, &code, id)
            })
            .await?
    };
    let (content_type, data) = found.ok_or_else(|| photo_not_found(&code, id))?;
    Ok(([(header::CONTENT_TYPE, content_type)], data).into_response())
}

/// `DELETE /points/{code}/photos/{id}`.
pub(super) async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    _query: ApiQuery<NoQuery>,
    Path((code, id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let code: PointCode = param("code", &code)?;
    let id = photo_id(&id)?;
    state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            writable(&tx, &caller.account, &code, Right::EditPoints)?;
            if !points::remove_photo(&tx, &code, id)? {
                return Err(photo_not_found(&code, id));
            }
            tx.commit()?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}
