//! The staff session: the cookie, loading it on each request, and starting and ending it.
//!
//! The cookie holds a random 256-bit token; the database holds only its SHA-256 hash. A
//! session is half-open after the password (it can only reach the second-factor page, for
//! five minutes) and fully open after the second factor, when a new token is issued.

use crate::crypto::{random_token, sha256_hex};
use crate::db::staff_sessions;
use crate::domain::access::Role;
use crate::domain::sessions::session_alive;
use crate::state::{now, AppState};
use http::HeaderMap;

/// How long a half-open session (password given, second factor not yet) lasts.
pub const HALF_OPEN_SECS: i64 = 5 * 60;

/// The signed-in member of staff, put on the request by the access middleware.
#[derive(Clone, Debug)]
pub struct CurrentStaff {
    /// User id.
    pub user_id: String,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Organisation.
    pub organisation_id: String,
    /// The session's CSRF token (every form carries it).
    pub csrf: String,
    /// Whether the second factor was given.
    pub fully_signed_in: bool,
    /// Hash of the session token (to end this session).
    pub token_hash: String,
}

/// The session cookie's name: `__Host-` needs `Secure`, so plain-HTTP localhost drops it.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-cv_session"
    } else {
        "cv_session"
    }
}

/// Why a request has no usable session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoSession {
    /// No cookie at all.
    Missing,
    /// A cookie that matches nothing (forged, or ended).
    Unknown,
    /// Timed out, or the account was disabled.
    Expired,
}

/// Loads the session named by the request's cookie, checking its time limits and the
/// account; refreshes its last-seen time.
pub async fn load(state: &AppState, headers: &HeaderMap) -> Result<CurrentStaff, NoSession> {
    let name = cookie_name(state.auth.secure_cookies);
    let token = cookie(headers, name).ok_or(NoSession::Missing)?;
    if token.len() != 43 {
        return Err(NoSession::Unknown);
    }
    let hash = sha256_hex(&token);
    let row = staff_sessions::find(&state.db, &hash).await.map_err(|_| NoSession::Unknown)?.ok_or(NoSession::Unknown)?;
    let t = now();
    let alive = if row.second_factor_done == 1 {
        session_alive(state.auth.limits, row.created_at, row.last_seen_at, t)
    } else {
        t - row.created_at < HALF_OPEN_SECS
    };
    let role = Role::parse(&row.role);
    if !alive || row.disabled == 1 || role.is_none() {
        let _ = staff_sessions::delete(&state.db, &hash).await;
        return Err(NoSession::Expired);
    }
    // One write a minute at most: the idle limit is 30 minutes, so this is precise enough.
    if t - row.last_seen_at >= 60 {
        let _ = staff_sessions::touch(&state.db, &hash, t).await;
    }
    Ok(CurrentStaff {
        user_id: row.user_id,
        name: row.name,
        email: row.email,
        role: role.unwrap_or(Role::Analyst),
        organisation_id: row.organisation_id,
        csrf: row.csrf_token,
        fully_signed_in: row.second_factor_done == 1,
        token_hash: hash,
    })
}

/// Starts a session and returns the `Set-Cookie` value.
pub async fn start(state: &AppState, user_id: &str, fully: bool) -> Result<String, crate::db::DbError> {
    let token = random_token(32);
    staff_sessions::insert(&state.db, &sha256_hex(&token), user_id, &random_token(32), fully, now()).await?;
    Ok(set_cookie(state, &token))
}

/// The `Set-Cookie` value for a session token.
pub fn set_cookie(state: &AppState, token: &str) -> String {
    let secure = if state.auth.secure_cookies { "; Secure" } else { "" };
    format!("{}={token}; Path=/; HttpOnly; SameSite=Strict{secure}", cookie_name(state.auth.secure_cookies))
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(state: &AppState) -> String {
    let secure = if state.auth.secure_cookies { "; Secure" } else { "" };
    format!("{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}", cookie_name(state.auth.secure_cookies))
}

/// The value of cookie `name`.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
}

/// The client's address: the connection's, or the first `X-Forwarded-For` hop when the
/// app is configured to trust its proxy.
pub fn client_ip(state: &AppState, parts: &http::request::Parts) -> Option<String> {
    if state.auth.trust_proxy {
        if let Some(ip) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
        {
            return Some(ip);
        }
    }
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
}
