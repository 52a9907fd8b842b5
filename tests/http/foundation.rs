//! The young-person shell, languages, headers, error pages and health.

use crate::support::{between, t, TestApp};
use app::i18n::Locale;
use axum::body::Body;
use axum::routing::get;
use http::{Request, StatusCode};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[tokio::test]
async fn every_page_renders_in_every_language() {
    let app = TestApp::new().await;
    for page in ["/", "/help", "/privacy", "/accessibility"] {
        let title_key = match page {
            "/" => "home-title".to_owned(),
            p => format!("{}-title", &p[1..]),
        };
        for l in Locale::ALL {
            let p = app.get(&format!("{page}?lang={}", l.tag())).await;
            assert_eq!(p.status, StatusCode::OK, "{page} {l:?}");
            assert!(p.body.contains(&format!(r#"<html lang="{}" dir="{}">"#, l.tag(), l.dir())), "{page} {l:?}");
            assert_eq!(p.h1(), esc(&t(l, &title_key)), "{page} {l:?}");
            // The shell: council name, quick exit, help panel with three phone links, footer.
            assert!(p.body.contains("Testshire Council"), "{page} {l:?}");
            assert!(p.body.contains(r#"id="quick-exit""#), "{page} {l:?}");
            assert!(p.body.contains(r#"id="get-help""#), "{page} {l:?}");
            for tel in ["tel:999", "tel:08001111", "tel:01632960123"] {
                assert!(p.body.contains(tel), "{page} {l:?} lacks {tel}");
            }
            assert!(p.body.contains(r#"href="/privacy""#) && p.body.contains(r#"href="/accessibility""#));
        }
    }
}

#[tokio::test]
async fn arabic_is_right_to_left_and_others_left_to_right() {
    let app = TestApp::new().await;
    assert!(app.get("/?lang=ar").await.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(app.get("/?lang=cy").await.body.contains(r#"<html lang="cy" dir="ltr">"#));
}

#[tokio::test]
async fn language_comes_from_query_then_cookie_then_header_then_english() {
    let app = TestApp::new().await;
    let lang_of = |body: &str| between(body, "<html lang=\"", "\"").unwrap_or_default();

    let p = app.get("/").await;
    assert_eq!(lang_of(&p.body), "en-GB");
    assert!(p.headers.get("set-cookie").is_none(), "no cookie unless a language is chosen");

    let p = app.get_with("/", &[("accept-language", "cy-GB,cy;q=0.9,en;q=0.8")]).await;
    assert_eq!(lang_of(&p.body), "cy");

    let p = app.get_with("/", &[("accept-language", "cy"), ("cookie", "lang=ar")]).await;
    assert_eq!(lang_of(&p.body), "ar");

    let p = app.get_with("/?lang=cy", &[("cookie", "lang=ar")]).await;
    assert_eq!(lang_of(&p.body), "cy");
    let cookie = p.header("set-cookie");
    assert!(cookie.starts_with("lang=cy;") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");

    let p = app.get_with("/?lang=klingon", &[("accept-language", "ar")]).await;
    assert_eq!(lang_of(&p.body), "ar", "an unknown ?lang falls through");
    assert!(p.headers.get("set-cookie").is_none());
}

#[tokio::test]
async fn the_language_switcher_links_to_the_same_page() {
    let app = TestApp::new().await;
    let p = app.get("/help?lang=cy").await;
    for l in Locale::ALL {
        assert!(p.body.contains(&format!(r#"href="/help?lang={}""#, l.tag())), "{l:?}");
    }
    assert!(p.body.contains(r#"hreflang="cy" lang="cy" aria-current="true""#));
}

#[tokio::test]
async fn security_headers_are_on_every_response() {
    let app = TestApp::new().await;
    for uri in ["/", "/help?lang=ar", "/no-such-page", "/healthz"] {
        let p = app.get(uri).await;
        let csp = p.header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"), "{uri}");
        assert!(!csp.contains("unsafe-inline"), "{uri}: {csp}");
        assert_eq!(p.header("x-content-type-options"), "nosniff", "{uri}");
        assert_eq!(p.header("referrer-policy"), "same-origin", "{uri}");
        assert!(p.header("permissions-policy").contains("camera=()"), "{uri}");
        assert_eq!(p.header("cache-control"), "no-store", "{uri}");
    }
}

#[tokio::test]
async fn inline_scripts_carry_the_nonce_from_the_header_and_it_changes_every_time() {
    let app = TestApp::new().await;
    let a = app.get("/").await;
    let b = app.get("/").await;
    let nonce_of = |csp: &str| between(csp, "'nonce-", "'").unwrap_or_default();
    let (na, nb) = (nonce_of(a.header("content-security-policy")), nonce_of(b.header("content-security-policy")));
    assert!(na.len() >= 22, "128-bit nonce: {na}");
    assert_ne!(na, nb);
    let tags: Vec<&str> = a.body.split("<script").skip(1).map(|rest| rest.split('>').next().unwrap_or("")).collect();
    assert!(!tags.is_empty());
    for tag in tags {
        assert!(tag.contains(&format!(r#"nonce="{na}""#)), "script without this response's nonce: <script{tag}>");
    }
}

#[tokio::test]
async fn unknown_address_gives_a_404_page_in_the_users_language() {
    let app = TestApp::new().await;
    let p = app.get("/nowhere/../secret?lang=cy").await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert_eq!(p.h1(), esc(&t(Locale::Cy, "not-found-title")));
    assert!(p.body.contains(r#"id="get-help""#), "help stays one tap away on the 404 page");
}

#[tokio::test]
async fn a_failing_handler_gives_the_500_page_in_the_users_language_and_no_details() {
    let extra = axum::Router::new()
        .route("/test-panic", get(|| async {
            if std::hint::black_box(true) {
                panic!("secret internal detail");
            }
            "never"
        }))
        .route("/test-error", get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "sqlx: table secrets missing") }));
    let app = TestApp::with_routes(extra).await;
    for uri in ["/test-panic?lang=ar", "/test-error?lang=ar"] {
        let p = app.get(uri).await;
        assert_eq!(p.status, StatusCode::INTERNAL_SERVER_ERROR, "{uri}");
        assert_eq!(p.h1(), esc(&t(Locale::Ar, "server-error-title")), "{uri}");
        assert!(!p.body.contains("secret") && !p.body.contains("sqlx"), "{uri} leaks internals");
        assert!(p.body.contains(r#"dir="rtl""#));
    }
}

#[tokio::test]
async fn health_check_answers_200_with_the_database_and_503_without() {
    let app = TestApp::new().await;
    let p = app.get("/healthz").await;
    assert_eq!(p.status, StatusCode::OK);
    app.state.db.pool.close().await;
    let p = app.get("/healthz").await;
    assert_eq!(p.status, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = TestApp::new().await;
    let big = "x".repeat(server::router::MAX_BODY_BYTES + 1);
    let req = Request::post("/")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("content-length", big.len().to_string())
        .body(Body::from(big))
        .expect("request");
    let res = app.send(req).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn public_posts_are_rate_limited_per_address_with_a_kind_page() {
    let app = TestApp::with_settings(|s| s.public_posts_per_minute = 3).await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let p = app.post("/staff/sign-in?lang=cy", &[("email", "a@b.org"), ("password", "x")], None).await;
        statuses.push(p.status);
        if p.status == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(p.h1(), esc(&t(Locale::Cy, "too-many-title")));
            assert_eq!(p.header("retry-after"), "60");
        }
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count(), 2, "{statuses:?}");
}
