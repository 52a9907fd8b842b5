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
        public_posts_per_minute: 10_000,
        trust_proxy: false,
        mail_from: "Care Voice <care-voice@testshire.gov.uk>".into(),
        advocacy_name: "Testshire Advocacy".into(),
        advocacy_phone: "01632 960555".into(),
        draft_days: 14,
        demo_surveys: true,
        small_number_threshold: 10,
        round_counts_to: 5,
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_routes(Router::new()).await
    }

    pub async fn with_routes(extra: Router<app::state::AppState>) -> Self {
        Self::build(extra, |_| {}).await
    }

    /// An app with adjusted settings.
    pub async fn with_settings(change: impl FnOnce(&mut Settings)) -> Self {
        Self::build(Router::new(), change).await
    }

    async fn build(extra: Router<app::state::AppState>, change: impl FnOnce(&mut Settings)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut s = settings(dir.path());
        change(&mut s);
        let state = server::startup::build_state(&s).await.expect("state builds");
        let router = server::router::build_with(state.clone(), &s.site_root, s.secure_cookies, s.public_posts_per_minute, extra);
        TestApp { router, state, dir }
    }

    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(req).await.expect("router answers")
    }

    /// Posts a form (same-origin, as a browser would) with an optional cookie.
    pub async fn post(&self, uri: &str, fields: &[(&str, &str)], cookie: Option<&str>) -> Page {
        let body = serde_urlencoded::to_string(fields).expect("encodable");
        let mut b = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("host", "localhost")
            .header("origin", "http://localhost")
            .header("sec-fetch-site", "same-origin");
        if let Some(c) = cookie {
            b = b.header("cookie", c);
        }
        Page::from(self.send(b.body(Body::from(body)).expect("request")).await).await
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

    /// The `name=value` part of the first Set-Cookie header.
    pub fn cookie(&self) -> Option<String> {
        self.headers.get("set-cookie")?.to_str().ok()?.split(';').next().map(str::to_owned)
    }

    /// Where a redirect goes.
    pub fn location(&self) -> &str {
        self.header("location")
    }

    /// The CSRF token in the page's first form.
    pub fn csrf(&self) -> String {
        between(&self.body, r#"name="csrf" value=""#, "\"").unwrap_or_default()
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

/// A signed-in member of staff, for tests.
pub struct Staff {
    pub id: String,
    pub email: String,
    pub password: String,
    pub secret: Vec<u8>,
    /// `name=value` of the session cookie.
    pub cookie: String,
    pub csrf: String,
}

pub const GOOD_PASSWORD: &str = "correct horse battery staple";

pub fn now() -> u64 {
    app::state::now().max(0) as u64
}

impl TestApp {
    /// Creates an account with `role`, completes set-up through the web pages, and signs in.
    pub async fn staff(&self, role: app::domain::access::Role) -> Staff {
        let (id, email, secret) = self.set_up_account(role).await;
        self.forget_totp_step(&id).await;
        let (cookie, csrf) = self.sign_in(&email, GOOD_PASSWORD, &secret).await;
        Staff { id, email, password: GOOD_PASSWORD.into(), secret, cookie, csrf }
    }

    /// Creates an account and completes set-up; returns (id, email, TOTP secret).
    pub async fn set_up_account(&self, role: app::domain::access::Role) -> (String, String, Vec<u8>) {
        let email = format!("{}@testshire.gov.uk", app::crypto::random_token(6).to_lowercase().replace(['-', '_'], "x"));
        let (id, link) = app::api::staff::accounts::create_with_link(&self.state, &email, "Test Person", role)
            .await
            .expect("created");
        let token = link.rsplit('/').next().expect("token").to_owned();
        let (_, secret) = app::api::staff::accounts::valid_setup(&self.state, &token).await.expect("valid link");
        let code = app::domain::totp::code_at(&secret, now()).expect("code");
        let p = self
            .post(
                &format!("/staff/setup/{token}"),
                &[("password", GOOD_PASSWORD), ("confirm", GOOD_PASSWORD), ("code", &code)],
                None,
            )
            .await;
        assert_eq!(p.status, http::StatusCode::OK, "set-up finished: {}", p.body);
        (id, email, secret)
    }

    /// Lets the current TOTP step be used again (tests sign in several times within 30 s).
    pub async fn forget_totp_step(&self, user_id: &str) {
        sqlx::query("UPDATE staff_users SET totp_last_step = 0 WHERE id = $1")
            .bind(user_id)
            .execute(&self.state.db.pool)
            .await
            .expect("reset step");
    }

    /// Signs in with password and TOTP; returns (cookie, csrf).
    pub async fn sign_in(&self, email: &str, password: &str, secret: &[u8]) -> (String, String) {
        let p = self.post("/staff/sign-in", &[("email", email), ("password", password)], None).await;
        assert_eq!(p.status, http::StatusCode::SEE_OTHER, "password accepted: {}", p.body);
        assert_eq!(p.location(), "/staff/sign-in/code");
        let half = p.cookie().expect("half-open session cookie");
        let page = self.get_with("/staff/sign-in/code", &[("cookie", &half)]).await;
        let code = app::domain::totp::code_at(secret, now()).expect("code");
        let p = self.post("/staff/sign-in/code", &[("code", &code), ("csrf", &page.csrf())], Some(&half)).await;
        assert_eq!(p.status, http::StatusCode::SEE_OTHER, "code accepted: {}", p.body);
        assert_eq!(p.location(), "/staff");
        let full = p.cookie().expect("session cookie");
        assert_ne!(full, half, "a new token at sign-in");
        let home = self.get_with("/staff", &[("cookie", &full)]).await;
        assert_eq!(home.status, http::StatusCode::OK);
        (full, home.csrf())
    }
}

impl TestApp {
    /// `forget_totp_step` by email.
    pub async fn forget_totp_step_by_email(&self, email: &str) {
        sqlx::query("UPDATE staff_users SET totp_last_step = 0 WHERE email = $1")
            .bind(email)
            .execute(&self.state.db.pool)
            .await
            .expect("reset step");
    }
}
