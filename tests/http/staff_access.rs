//! Who can reach what: a role × endpoint matrix built from `domain::access::STAFF_ROUTES`,
//! CSRF on every post, cross-site posts, forged cookies.

use crate::support::{Page, TestApp};
use app::domain::access::{allowed, Access, Method, Role, STAFF_ROUTES};
use http::StatusCode;

async fn call(app: &TestApp, method: Method, path: &str, cookie: Option<&str>, csrf: &str) -> Page {
    match method {
        Method::Get => {
            let headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
            app.get_with(path, &headers).await
        }
        Method::Post => app.post(path, &[("csrf", csrf), ("role", "analyst")], cookie).await,
    }
}

#[tokio::test]
async fn every_role_gets_exactly_what_the_access_table_allows() {
    let app = TestApp::new().await;
    for role in Role::ALL {
        let me = app.staff(role).await;
        for route in STAFF_ROUTES {
            if matches!(route.path, "/staff/sign-out") {
                continue; // ends the session the rest of the matrix uses; tested on its own
            }
            // A fresh target for each call: some posts disable or reset the account.
            let (victim, _, _) = app.set_up_account(Role::Analyst).await;
            let path = route.path.replace("{id}", &victim).replace("{token}", "not-a-real-token");
            let p = call(&app, route.method, &path, Some(&me.cookie), &me.csrf).await;
            let what = format!("{role:?} {:?} {path} -> {}", route.method, p.status);
            match route.access {
                Access::Public => assert!(p.status != StatusCode::FORBIDDEN && p.status != StatusCode::NOT_FOUND, "{what}"),
                a if allowed(role, a) => {
                    // Allowed: the page or the handler answers (a post with incomplete fields
                    // may be refused as 422, which is the handler speaking, not the gate).
                    let ok = p.status.is_success() || p.status.is_redirection() || p.status == StatusCode::UNPROCESSABLE_ENTITY;
                    assert!(ok, "{what}");
                    assert!(!p.location().starts_with("/staff/sign-in"), "{what}: sent to sign-in");
                }
                _ => {
                    assert_eq!(p.status, StatusCode::FORBIDDEN, "{what}");
                    assert!(!p.body.contains("not-a-real"), "{what}");
                }
            }
        }
    }
}

#[tokio::test]
async fn without_a_session_every_protected_route_goes_to_sign_in() {
    let app = TestApp::new().await;
    for route in STAFF_ROUTES {
        let path = route.path.replace("{id}", "someone").replace("{token}", "nothing");
        let p = call(&app, route.method, &path, None, "").await;
        let what = format!("{:?} {path} -> {}", route.method, p.status);
        match route.access {
            Access::Public => assert!(!p.status.is_server_error(), "{what}"),
            Access::SignedIn(_) => {
                assert_eq!(p.status, StatusCode::SEE_OTHER, "{what}");
                assert!(p.location().starts_with("/staff/sign-in"), "{what}");
            }
        }
    }
}

#[tokio::test]
async fn every_staff_page_in_the_router_has_a_rule() {
    // Pages come from the Leptos router; posts from app::api::staff::routes(). Both must be
    // in the one table, or the gate refuses them.
    let routes = leptos_axum::generate_route_list(app::shell::App);
    for r in routes {
        let path = r.path().to_owned();
        if path == "/staff" || path.starts_with("/staff/") {
            assert!(
                app::domain::access::route_access(Method::Get, &path).is_some(),
                "the page {path} has no rule in STAFF_ROUTES"
            );
        }
    }
}

#[tokio::test]
async fn an_unlisted_staff_address_is_not_found_for_everyone() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    for path in ["/staff/secret", "/staff/users/x/delete", "/staff/audit/export"] {
        let p = app.get_with(path, &[("cookie", &admin.cookie)]).await;
        assert_eq!(p.status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn posts_without_the_sessions_csrf_token_change_nothing() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    let (victim, _, _) = app.set_up_account(Role::Analyst).await;
    for csrf in ["", "wrong", &"x".repeat(43)] {
        let p = app.post(&format!("/staff/users/{victim}/disable"), &[("csrf", csrf)], Some(&admin.cookie)).await;
        assert_eq!(p.status, StatusCode::FORBIDDEN, "csrf {csrf:?}");
    }
    let user = app::db::staff_users::find(&app.state.db, &victim).await.expect("db").expect("user");
    assert_eq!(user.disabled, 0, "nothing changed");
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 100).await.expect("log");
    assert!(log.iter().any(|e| e.action == "csrf-refused"));
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    use axum::body::Body;
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    let (victim, _, _) = app.set_up_account(Role::Analyst).await;
    for (header, value) in [("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")] {
        let req = http::Request::post(format!("/staff/users/{victim}/disable"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("host", "localhost")
            .header("cookie", &admin.cookie)
            .header(header, value)
            .body(Body::from(format!("csrf={}", admin.csrf)))
            .expect("request");
        let p = Page::from(app.send(req).await).await;
        assert_eq!(p.status, StatusCode::FORBIDDEN, "{header}: {value}");
    }
    let user = app::db::staff_users::find(&app.state.db, &victim).await.expect("db").expect("user");
    assert_eq!(user.disabled, 0);
}

#[tokio::test]
async fn a_forged_or_garbage_cookie_goes_to_sign_in_never_a_500() {
    let app = TestApp::new().await;
    for cookie in ["cv_session=forged", &format!("cv_session={}", "A".repeat(43)), "cv_session=", "cv_session=%00%ff"] {
        let p = app.get_with("/staff", &[("cookie", cookie)]).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{cookie}");
        assert!(p.location().starts_with("/staff/sign-in"));
    }
}

#[tokio::test]
async fn staff_pages_are_never_stored() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    for path in ["/staff", "/staff/users", "/staff/audit", "/staff/sign-in"] {
        let p = app.get_with(path, &[("cookie", &admin.cookie)]).await;
        assert_eq!(p.header("cache-control"), "no-store", "{path}");
    }
}
