//! Turns any 500 that is not already a page (a panic, a failed extractor) into the 500 page in
//! the request's language. Internal details go to the log, never to the browser.

use app::api::render::render_page;
use app::shell::ForcedError;
use app::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::CONTENT_TYPE;

/// The middleware.
pub async fn localise_server_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let copy = {
        let mut b = http::Request::builder().method(http::Method::GET).uri(parts.uri.clone());
        for (k, v) in &parts.headers {
            b = b.header(k, v);
        }
        let mut r = b.body(axum::body::Body::empty()).unwrap_or_default();
        if let Some(meta) = parts.extensions.get::<app::shell::RequestMeta>() {
            r.extensions_mut().insert(meta.clone());
        }
        r
    };
    let res = next.run(Request::from_parts(parts, body)).await;
    let is_html = res
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if res.status() == http::StatusCode::INTERNAL_SERVER_ERROR && !is_html {
        tracing::error!(status = %res.status(), "server error; showing the error page");
        return render_page(&state, copy, ForcedError::Server).await;
    }
    res
}
