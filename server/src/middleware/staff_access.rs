//! The staff area's gate. For every `/staff` route it looks up what the route needs in
//! `domain::access::STAFF_ROUTES` (a route not listed is refused: deny by default), loads the
//! session, checks the role, and checks the CSRF token on every post. Refusals are audited.

use app::api::forms::see_other;
use app::api::staff::audit::record;
use app::api::staff::session::{self, client_ip, NoSession};
use app::domain::access::{allowed, route_access, Access, Method};
use app::state::AppState;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::StatusCode;


/// The middleware (a route layer, so the matched route pattern is known).
pub async fn staff_access(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let Some(path) = path.filter(|p| p == "/staff" || p.starts_with("/staff/")) else {
        return next.run(req).await;
    };
    let method = match *req.method() {
        http::Method::GET | http::Method::HEAD => Method::Get,
        http::Method::POST => Method::Post,
        _ => return StatusCode::METHOD_NOT_ALLOWED.into_response(),
    };
    let Some(access) = route_access(method, &path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (mut parts, body) = req.into_parts();
    let current = session::load(&state, &parts.headers).await;
    let ip = client_ip(&state, &parts);

    let mut body = body;
    if method == Method::Post {
        // Every post made inside a session must carry that session's CSRF token.
        let bytes = match axum::body::to_bytes(body, 256 * 1024).await {
            Ok(b) => b,
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        };
        if let Ok(staff) = &current {
            let sent: Option<String> = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
                .ok()
                .and_then(|f| f.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
            if !sent.is_some_and(|s| app::crypto::same_secret(&s, &staff.csrf)) {
                record(&state, Some(&staff.user_id), "csrf-refused", Some(&path), None, ip.as_deref()).await;
                return (StatusCode::FORBIDDEN, "This form has expired. Go back, reload the page and try again.")
                    .into_response();
            }
        }
        body = Body::from(bytes);
    }

    match (access, current) {
        (Access::Public, Ok(staff)) => {
            parts.extensions.insert(staff);
        }
        (Access::Public, Err(_)) => {}
        (Access::SignedIn(_), Err(why)) => {
            let to = if why == NoSession::Expired { "/staff/sign-in?expired=1" } else { "/staff/sign-in" };
            let mut res = see_other(to);
            if why != NoSession::Missing {
                if let Ok(v) = http::HeaderValue::from_str(&session::clear_cookie(&state)) {
                    res.headers_mut().append(http::header::SET_COOKIE, v);
                }
            }
            return res;
        }
        (Access::SignedIn(_), Ok(staff)) if !staff.fully_signed_in => {
            return see_other("/staff/sign-in/code");
        }
        (Access::SignedIn(_), Ok(staff)) if !allowed(staff.role, access) => {
            record(&state, Some(&staff.user_id), "access-denied", Some(&path), None, ip.as_deref()).await;
            parts.extensions.insert(staff);
            let mut get = http::Request::new(Body::empty());
            *get.uri_mut() = parts.uri.clone();
            *get.headers_mut() = parts.headers.clone();
            *get.extensions_mut() = parts.extensions.clone();
            let mut res = app::api::render::render_page(&state, get, app::pages::staff::Forbidden).await;
            *res.status_mut() = StatusCode::FORBIDDEN;
            return res;
        }
        (Access::SignedIn(_), Ok(staff)) => {
            parts.extensions.insert(staff);
        }
    }
    next.run(Request::from_parts(parts, body)).await
}

/// Refuses posts that come from another site (`Sec-Fetch-Site` or `Origin`), everywhere.
pub async fn same_origin_posts(req: Request, next: Next) -> Response {
    if req.method() == http::Method::POST {
        let site = req.headers().get("sec-fetch-site").and_then(|v| v.to_str().ok());
        if matches!(site, Some("cross-site" | "same-site")) {
            return (StatusCode::FORBIDDEN, "Cross-site form posts are not accepted.").into_response();
        }
        let host = req.headers().get(http::header::HOST).and_then(|v| v.to_str().ok());
        let origin = req.headers().get(http::header::ORIGIN).and_then(|v| v.to_str().ok());
        if let (Some(origin), Some(host)) = (origin, host) {
            let origin_host = origin.split("://").nth(1).unwrap_or("");
            if origin == "null" || origin_host != host {
                return (StatusCode::FORBIDDEN, "Cross-site form posts are not accepted.").into_response();
            }
        }
    }
    next.run(req).await
}
