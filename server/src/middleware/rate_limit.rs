//! A per-IP limit on form posts to public pages (surveys, complaints, the pledge check, the
//! sign-in form), so that nobody can flood the service or guess codes quickly. Staff actions
//! inside a session are not limited here; sign-in also has its own per-account back-off.
//!
//! The limiter is in memory (the `governor` crate, GCRA): with several instances, each
//! counts on its own, so the effective limit is the setting times the number of instances.

use app::api::staff::session::client_ip;
use app::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::Arc;

/// The shared limiter and the state it needs.
#[derive(Clone)]
pub struct PublicPostLimit {
    limiter: Arc<DefaultKeyedRateLimiter<String>>,
    state: AppState,
}

impl PublicPostLimit {
    /// `per_minute` posts per IP address, with the whole minute's allowance as a burst.
    pub fn new(state: AppState, per_minute: u32) -> Self {
        let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        Self { limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(n))), state }
    }
}

/// Whether a path's posts are public submissions (everything but staff work in a session).
fn is_public(path: &str) -> bool {
    !path.starts_with("/staff") || path.starts_with("/staff/sign-in") || path.starts_with("/staff/setup")
}

/// The middleware.
pub async fn limit_public_posts(State(limit): State<PublicPostLimit>, req: Request, next: Next) -> Response {
    if req.method() != http::Method::POST || !is_public(req.uri().path()) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let key = client_ip(&limit.state, &parts).unwrap_or_else(|| "unknown".into());
    if limit.limiter.check_key(&key).is_err() {
        tracing::warn!("public post rate limit reached");
        let mut get = http::Request::new(axum::body::Body::empty());
        *get.uri_mut() = parts.uri.clone();
        *get.headers_mut() = parts.headers.clone();
        *get.extensions_mut() = parts.extensions.clone();
        let mut res = app::api::render::render_page(&limit.state, get, app::shell::ForcedError::TooManyRequests).await;
        *res.status_mut() = http::StatusCode::TOO_MANY_REQUESTS;
        res.headers_mut().insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("60"));
        return res;
    }
    next.run(Request::from_parts(parts, body)).await
}
