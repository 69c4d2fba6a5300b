//! The sandbox's errors, each answered in the API's one error shape.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use citizeninfo_api::{ErrorBody, FieldError};

/// An error answer: status, machine code, message, field details and extra headers.
#[derive(Debug)]
pub(crate) struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Machine-readable code.
    pub code: &'static str,
    /// One sentence for people.
    pub message: String,
    /// Per-field problems.
    pub details: Vec<FieldError>,
    /// Headers to add, such as `Retry-After` or `WWW-Authenticate`.
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

/// What handlers return.
pub(crate) type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// An error with no details.
    pub(crate) fn new(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            details: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// Adds a header to the answer.
    pub(crate) fn with_header(mut self, name: HeaderName, value: &str) -> ApiError {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((name, v));
        }
        self
    }

    /// 400: the request itself is malformed.
    pub(crate) fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 400 for one bad query or path parameter.
    pub(crate) fn bad_parameter(field: &str, message: impl Into<String>) -> ApiError {
        let message = message.into();
        ApiError {
            details: vec![FieldError {
                field: field.to_owned(),
                message: message.clone(),
            }],
            ..ApiError::bad_request("invalid_parameter", format!("{field}: {message}"))
        }
    }

    /// 401 with the `WWW-Authenticate` challenge of RFC 6750.
    pub(crate) fn unauthorized(code: &'static str, message: impl Into<String>) -> ApiError {
        let challenge = if code == "unauthenticated" {
            "Bearer realm=\"citizeninfo\"".to_owned()
        } else {
            format!(
                "Bearer realm=\"citizeninfo\", error=\"invalid_token\", error_description=\"{code}\""
            )
        };
        ApiError::new(StatusCode::UNAUTHORIZED, code, message)
            .with_header(header::WWW_AUTHENTICATE, &challenge)
    }

    /// 403: signed in, but not allowed.
    pub(crate) fn forbidden(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, code, message)
    }

    /// 404.
    pub(crate) fn not_found(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, code, message)
    }

    /// 409.
    pub(crate) fn conflict(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, code, message)
    }

    /// 422 with the fields that broke a rule.
    pub(crate) fn invalid(details: Vec<FieldError>) -> ApiError {
        let message = match details.as_slice() {
            [one] => format!("{}: {}", one.field, one.message),
            many => format!("{} fields are invalid", many.len()),
        };
        ApiError {
            details,
            ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_field", message)
        }
    }

    /// 422 for one field.
    pub(crate) fn invalid_field(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::invalid(vec![FieldError {
            field: field.to_owned(),
            message: message.into(),
        }])
    }

    /// 500: the sandbox itself failed.
    pub(crate) fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(format!("database error: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: self.code.to_owned(),
            error_description: self.message,
            details: self.details,
        };
        let mut response = (self.status, axum::Json(body)).into_response();
        for (name, value) in self.headers {
            response.headers_mut().insert(name, value);
        }
        response
    }
}
