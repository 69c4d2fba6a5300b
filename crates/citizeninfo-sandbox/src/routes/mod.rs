//! The routes the sandbox serves. Each is declared once, in the `routes!` tables below, which
//! builds both the router and the list a test compares with `openapi.yaml`.

mod auth;
mod guards;
mod oidc;
mod org;
mod paging;
mod photos;
mod points;
mod processes;
mod sandbox;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::MethodRouter;

use super::AppState;
use super::error::ApiError;
use super::extract::MAX_BODY_BYTES;
use citizeninfo_api::rules::MAX_PHOTO_BYTES;

/// Declares routes: `"/path" => { method handler, ... }` per path. Makes a const list
/// of `(METHOD, path)` and a function returning the router.
macro_rules! routes {
    ($list:ident, $router:ident; $($path:literal => { $($method:ident $handler:path),+ $(,)? })*) => {
        /// Every (method, path) of this table.
        pub(crate) const $list: &[(&str, &str)] = &[$($((stringify!($method), $path),)+)*];

        fn $router() -> Router<AppState> {
            Router::new()$(.route($path, MethodRouter::new()$(.$method($handler))+))*
        }
    };
}

routes! { API_ROUTES, api_router;
    "/api/v1/auth/token" => { post auth::token }
    "/api/v1/auth/register" => { post auth::register }
    "/api/v1/auth/revoke" => { post auth::revoke }
    "/api/v1/auth/openid" => { get auth::openid }
    "/api/v1/me" => { get auth::me }
    "/api/v1/ministries" => { get org::ministries }
    "/api/v1/departments" => { get org::departments }
    "/api/v1/agencies" => { get org::agencies }
    "/api/v1/points" => { get points::list, post points::create }
    "/api/v1/points/{code}" => { get points::get, patch points::edit }
    "/api/v1/points/{code}/status" => { put points::set_status }
    "/api/v1/points/{code}/stats" => { get points::stats }
    "/api/v1/points/{code}/photos/{id}" => { get photos::fetch, delete photos::remove }
    "/api/v1/points/{code}/processes" => { get processes::bound, put processes::replace }
    "/api/v1/points/{code}/processes/{process_id}" => { put processes::bind, delete processes::unbind }
    "/api/v1/processes" => { get processes::list }
    "/api/v1/processes/{id}" => { get processes::get }
    "/api/v1/openapi.yaml" => { get sandbox::openapi }
}

routes! { PHOTO_ROUTES, photo_router;
    "/api/v1/points/{code}/photos" => { post photos::upload }
}

routes! { OIDC_ROUTES, oidc_router;
    "/_oidc/.well-known/openid-configuration" => { get oidc::discovery }
    "/_oidc/jwks" => { get oidc::jwks }
    "/_oidc/authorize" => { get oidc::authorize_page, post oidc::authorize }
    "/_oidc/device_authorization" => { post oidc::device_authorization }
    "/_oidc/device" => { get oidc::verification_page, post oidc::verify }
    "/_oidc/token" => { post oidc::token }
}

routes! { SANDBOX_ROUTES, sandbox_router;
    "/_sandbox/stats" => { get sandbox::stats, delete sandbox::reset_stats }
    "/_sandbox/clock" => { post sandbox::advance_clock }
}

/// Every (METHOD, path) the sandbox serves, methods in upper case.
pub(crate) fn served() -> Vec<(String, String)> {
    [API_ROUTES, PHOTO_ROUTES, OIDC_ROUTES, SANDBOX_ROUTES]
        .concat()
        .into_iter()
        .map(|(m, p)| (m.to_uppercase(), p.to_owned()))
        .collect()
}

/// The whole application.
pub(crate) fn app(state: AppState) -> Router {
    let counted = api_router()
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .merge(photo_router().layer(DefaultBodyLimit::max(MAX_PHOTO_BYTES + 64 * 1024)))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            super::faults::guard,
        ));
    // The built-in issuer stands for the OpenID provider, not the service: it is
    // counted but never faulted. `/_sandbox` is neither.
    let issuer = oidc_router()
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            super::faults::count,
        ));
    counted
        .merge(issuer)
        .merge(sandbox_router())
        .fallback(|| async {
            ApiError::not_found(
                "no_such_route",
                "this service has no such route; see /api/v1/openapi.yaml",
            )
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this route does not take that method; see /api/v1/openapi.yaml",
            )
            .into_response()
        })
        .with_state(state)
}
