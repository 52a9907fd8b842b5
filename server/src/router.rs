//! Every route and layer of the app, built by one function that `main` and the tests share.

use crate::middleware::{error_pages, language, rate_limit, security, staff_access};
use crate::{assets, health};
use app::shell::{shell, App};
use app::state::AppState;
use axum::routing::get;
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::path::Path;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;

/// The largest request body accepted (a long complaint is a few KB).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Builds the whole app.
pub fn build(state: AppState, site_root: &Path, secure_cookies: bool, posts_per_minute: u32) -> Router {
    build_with(state, site_root, secure_cookies, posts_per_minute, Router::new())
}

/// Builds the whole app with `extra` routes inside every layer (tests use this to check
/// how the layers treat a failing handler).
pub fn build_with(
    state: AppState,
    site_root: &Path,
    secure_cookies: bool,
    posts_per_minute: u32,
    extra: Router<AppState>,
) -> Router {
    let routes = generate_route_list(App);
    let ctx_state = state.clone();
    let options = state.leptos.clone();
    let fallback_state = state.clone();

    Router::new()
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(ctx_state.clone()),
            move || shell(options.clone()),
        )
        .merge(app::api::staff::routes())
        .merge(app::api::complaints::routes())
        .merge(app::api::survey::routes())
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), staff_access::staff_access))
        .route("/healthz", get(health::healthz))
        .merge(assets::routes(site_root))
        .merge(app::api::promise_checks::routes())
        .merge(extra)
        .fallback(move |req: axum::extract::Request| {
            let state = fallback_state.clone();
            async move { app::api::render::render_page(&state, req, ()).await }
        })
        .layer(CatchPanicLayer::new())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            rate_limit::PublicPostLimit::new(state.clone(), posts_per_minute),
            rate_limit::limit_public_posts,
        ))
        .layer(axum::middleware::from_fn(staff_access::same_origin_posts))
        .layer(axum::middleware::from_fn_with_state(state.clone(), error_pages::localise_server_errors))
        .layer(axum::middleware::from_fn(security::security_headers))
        .layer(axum::middleware::from_fn_with_state(
            language::SecureCookies(secure_cookies),
            language::language,
        ))
        .layer(tower_http::compression::CompressionLayer::new().br(true).gzip(true))
        .layer(crate::logging::trace_layer())
        .with_state(state)
}
