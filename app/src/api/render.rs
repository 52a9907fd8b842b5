//! Rendering the Leptos app from a handler: error pages, and a form shown again with the
//! user's answers and the problems found.

use crate::shell::shell;
use crate::state::AppState;
use axum::body::Body;
use axum::response::Response;
use leptos::prelude::provide_context;

/// Renders the page for `req`'s path with `extra` provided as context.
pub async fn render_page<T>(state: &AppState, req: http::Request<Body>, extra: T) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    render_page_with(state, req, extra, ()).await
}

/// Renders the page for `req`'s path with two values provided as context.
pub async fn render_page_with<T, U>(state: &AppState, req: http::Request<Body>, extra: T, more: U) -> Response
where
    T: Clone + Send + Sync + 'static,
    U: Clone + Send + Sync + 'static,
{
    let ctx_state = state.clone();
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(ctx_state.clone());
            provide_context(extra.clone());
            provide_context(more.clone());
        },
        move || shell(options.clone()),
    );
    handler(req).await
}
