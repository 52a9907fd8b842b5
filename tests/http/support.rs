//! Test harness: `TestApp::new().await` gives a router on a fresh SQLite file.

#![allow(dead_code)]

use axum::body::Body;
use axum::Router;
use http::{Request, Response};
use http_body_util::BodyExt;
use server::config::Settings;
use std::path::PathBuf;
use tower::ServiceExt;

/// A running app on its own temporary database.
pub struct TestApp {
    pub router: Router,
    pub state: app::state::AppState,
    pub dir: tempfile::TempDir,
}

/// Settings for a test: a temp SQLite file, insecure cookies (plain HTTP), no mail.
pub fn settings(dir: &std::path::Path) -> Settings {
    Settings {
        addr: "127.0.0.1:0".parse().expect("valid addr"),
        database_url: format!("sqlite://{}/cv.db", dir.display()),
        council_name: "Testshire Council".into(),
        out_of_hours_phone: "01632 960123".into(),
        secure_cookies: false,
        data_key_file: dir.join("cv.key"),
        smtp_url: None,
        site_root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site"),
        log_format: "text".into(),
        public_url: None,
        session_idle_minutes: 30,
        session_absolute_hours: 12,
        sign_in_free_failures_per_account: 4,
        sign_in_free_failures_per_ip: 20,
        public_posts_per_minute: 60,
        trust_proxy: false,
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_routes(Router::new()).await
    }

    pub async fn with_routes(extra: Router<app::state::AppState>) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let s = settings(dir.path());
        let state = server::startup::build_state(&s).await.expect("state builds");
        let router = server::router::build_with(state.clone(), &s.site_root, false, extra);
        TestApp { router, state, dir }
    }

    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(req).await.expect("router answers")
    }

    pub async fn get(&self, uri: &str) -> Page {
        self.get_with(uri, &[]).await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Page {
        let mut b = Request::get(uri);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        Page::from(self.send(b.body(Body::empty()).expect("request")).await).await
    }
}

/// A response read into memory.
pub struct Page {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl Page {
    pub async fn from(res: Response<Body>) -> Self {
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        Page { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The text inside the first `<h1>`.
    pub fn h1(&self) -> String {
        between(&self.body, "<h1>", "</h1>").unwrap_or_default()
    }
}

/// The text between the first `start` and the next `end`.
pub fn between(s: &str, start: &str, end: &str) -> Option<String> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(s[i..j].to_owned())
}

/// A message in a locale, as the app would render it.
pub fn t(locale: app::i18n::Locale, id: &str) -> String {
    app::i18n::I18n::new(locale).t(id)
}
