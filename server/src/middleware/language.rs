//! Picks the request's language (`?lang=` → cookie → `Accept-Language` → English), makes a
//! CSP nonce, and stores both for the page. A `?lang=` choice is remembered in a cookie.

use app::i18n::{negotiate, Locale, LANG_COOKIE};
use app::shell::RequestMeta;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use http::HeaderValue;
use rand::RngCore as _;

/// Whether the language cookie gets the `Secure` flag.
#[derive(Clone, Copy, Debug)]
pub struct SecureCookies(pub bool);

/// The middleware.
pub async fn language(secure: axum::extract::State<SecureCookies>, mut req: Request, next: Next) -> Response {
    let query_lang = req.uri().query().and_then(|q| query_value(q, "lang"));
    let cookie_lang = cookie_value(req.headers(), LANG_COOKIE);
    let accept = req.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = negotiate(query_lang.as_deref(), cookie_lang.as_deref(), accept);
    let chosen = query_lang.as_deref().and_then(Locale::from_tag);

    req.extensions_mut().insert(RequestMeta { locale, nonce: new_nonce() });
    let mut res = next.run(req).await;
    if let Some(l) = chosen {
        if cookie_lang.as_deref() != Some(l.tag()) {
            let secure = if secure.0 .0 { "; Secure" } else { "" };
            let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}", l.tag());
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                res.headers_mut().append(SET_COOKIE, v);
            }
        }
    }
    res
}

/// 128 random bits, base64url: a fresh nonce for every response.
fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The value of `key` in a query string (first occurrence, not percent-decoded: tags are ASCII).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| v.to_owned())
    })
}

/// The value of cookie `name`.
pub fn cookie_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
}
