//! Sign-in, the second factor, sessions and their time limits, back-off.

use crate::support::{now, TestApp, GOOD_PASSWORD};
use app::domain::access::Role;
use app::domain::totp::code_at;
use http::StatusCode;

async fn age_session(app: &TestApp, cookie: &str, created_ago: i64, seen_ago: i64) {
    let token = cookie.split_once('=').map(|(_, v)| v).unwrap_or_default();
    let t = app::state::now();
    sqlx::query("UPDATE staff_sessions SET created_at = $1, last_seen_at = $2 WHERE token_hash = $3")
        .bind(t - created_ago)
        .bind(t - seen_ago)
        .bind(app::crypto::sha256_hex(token))
        .execute(&app.state.db.pool)
        .await
        .expect("age");
}

#[tokio::test]
async fn session_cookie_flags_on_https() {
    let app = TestApp::with_settings(|s| s.secure_cookies = true).await;
    let (_, email, secret) = app.set_up_account(Role::Analyst).await;
    app.forget_totp_step_by_email(&email).await;
    let p = app.post("/staff/sign-in", &[("email", &email), ("password", GOOD_PASSWORD)], None).await;
    let set = p.header("set-cookie");
    assert!(set.starts_with("__Host-cv_session="), "{set}");
    for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(flag), "{flag} missing: {set}");
    }
    assert!(!set.contains("Domain="), "__Host- cookies have no Domain");
    let token = set.split(';').next().and_then(|c| c.split_once('=')).map(|(_, v)| v.to_owned()).unwrap_or_default();
    assert_eq!(token.len(), 43, "256 random bits, base64url");
    let stored: Vec<(String,)> = sqlx::query_as("SELECT token_hash FROM staff_sessions").fetch_all(&app.state.db.pool).await.expect("q");
    assert!(stored.iter().all(|(h,)| h != &token), "only the hash is stored");
    let _ = secret;
}

#[tokio::test]
async fn idle_and_absolute_time_outs_end_the_session() {
    let app = TestApp::new().await;
    let s = app.staff(Role::Analyst).await;
    age_session(&app, &s.cookie, 60, 29 * 60).await;
    assert_eq!(app.get_with("/staff", &[("cookie", &s.cookie)]).await.status, StatusCode::OK);
    age_session(&app, &s.cookie, 60 * 60, 31 * 60).await;
    let p = app.get_with("/staff", &[("cookie", &s.cookie)]).await;
    assert_eq!((p.status, p.location()), (StatusCode::SEE_OTHER, "/staff/sign-in?expired=1"), "idle");

    let s = app.staff(Role::Analyst).await;
    age_session(&app, &s.cookie, 12 * 3600 + 1, 10).await;
    let p = app.get_with("/staff", &[("cookie", &s.cookie)]).await;
    assert_eq!((p.status, p.location()), (StatusCode::SEE_OTHER, "/staff/sign-in?expired=1"), "absolute");
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let app = TestApp::new().await;
    let s = app.staff(Role::ContentEditor).await;
    let p = app.post("/staff/sign-out", &[("csrf", &s.csrf)], Some(&s.cookie)).await;
    assert_eq!(p.location(), "/staff/sign-in?signed_out=1");
    assert!(p.header("set-cookie").contains("Max-Age=0"));
    let p = app.get_with("/staff", &[("cookie", &s.cookie)]).await;
    assert!(p.location().starts_with("/staff/sign-in"), "old cookie no longer works");
}

#[tokio::test]
async fn disabling_or_resetting_an_account_ends_its_sessions() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    for action in ["disable", "reset"] {
        let s = app.staff(Role::ComplaintsManager).await;
        let p = app.post(&format!("/staff/users/{}/{action}", s.id), &[("csrf", &admin.csrf)], Some(&admin.cookie)).await;
        assert!(p.status.is_success() || p.status.is_redirection(), "{action}: {}", p.status);
        let p = app.get_with("/staff", &[("cookie", &s.cookie)]).await;
        assert!(p.location().starts_with("/staff/sign-in"), "{action} ends the session");
        let p = app.post("/staff/sign-in", &[("email", &s.email), ("password", GOOD_PASSWORD)], None).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}: cannot sign in again");
    }
}

#[tokio::test]
async fn the_half_open_session_reaches_only_the_code_page_and_is_replaced() {
    let app = TestApp::new().await;
    let (id, email, secret) = app.set_up_account(Role::Administrator).await;
    app.forget_totp_step(&id).await;
    let p = app.post("/staff/sign-in", &[("email", &email), ("password", GOOD_PASSWORD)], None).await;
    let half = p.cookie().expect("cookie");
    let p = app.get_with("/staff/users", &[("cookie", &half)]).await;
    assert_eq!((p.status, p.location()), (StatusCode::SEE_OTHER, "/staff/sign-in/code"));
    let csrf = app.get_with("/staff/sign-in/code", &[("cookie", &half)]).await.csrf();
    let code = code_at(&secret, now()).expect("code");
    let p = app.post("/staff/sign-in/code", &[("code", &code), ("csrf", &csrf)], Some(&half)).await;
    let full = p.cookie().expect("new cookie");
    assert_ne!(half, full);
    let p = app.get_with("/staff", &[("cookie", &half)]).await;
    assert!(p.location().starts_with("/staff/sign-in"), "the half-open token died at sign-in");
}

async fn start_sign_in(app: &TestApp, email: &str) -> (String, String) {
    let p = app.post("/staff/sign-in", &[("email", email), ("password", GOOD_PASSWORD)], None).await;
    let half = p.cookie().expect("cookie");
    let csrf = app.get_with("/staff/sign-in/code", &[("cookie", &half)]).await.csrf();
    (half, csrf)
}

#[tokio::test]
async fn totp_codes_wrong_replayed_and_out_of_window_are_refused() {
    let app = TestApp::new().await;
    let (id, email, secret) = app.set_up_account(Role::Analyst).await;
    app.forget_totp_step(&id).await;

    let (half, csrf) = start_sign_in(&app, &email).await;
    let good = code_at(&secret, now()).expect("code");
    let wrong = format!("{:06}", (good.parse::<u32>().unwrap_or(0) + 500_000) % 1_000_000);
    let old = code_at(&secret, now() - 120).expect("code");
    for bad in [wrong.as_str(), old.as_str(), "abcdef", "12345"] {
        let p = app.post("/staff/sign-in/code", &[("code", bad), ("csrf", &csrf)], Some(&half)).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    app.forget_totp_step(&id).await;
    // One step of drift is fine.
    let drifted = code_at(&secret, now() - 30).expect("code");
    let p = app.post("/staff/sign-in/code", &[("code", &drifted), ("csrf", &csrf)], Some(&half)).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "previous step accepted");

    // The same code again, in a new sign-in: a replay.
    let (half, csrf) = start_sign_in(&app, &email).await;
    let p = app.post("/staff/sign-in/code", &[("code", &drifted), ("csrf", &csrf)], Some(&half)).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "replayed code refused");
}

#[tokio::test]
async fn a_recovery_code_works_once() {
    let app = TestApp::new().await;
    let (id, email, _secret) = app.set_up_account(Role::Analyst).await;
    let codes = ["abcd-efgh-jk", "mnpq-rstu-vw"];
    let hashes: Vec<String> = codes.iter().map(|c| app::crypto::sha256_hex(&app::domain::totp::normalise_recovery_code(c))).collect();
    app::db::staff_users::replace_recovery_codes(&app.state.db, &id, &hashes).await.expect("codes");
    for (attempt, expect) in [(codes[0], StatusCode::SEE_OTHER), (codes[0], StatusCode::UNPROCESSABLE_ENTITY)] {
        let p = app.post("/staff/sign-in", &[("email", &email), ("password", GOOD_PASSWORD)], None).await;
        let half = p.cookie().expect("cookie");
        let csrf = app.get_with("/staff/sign-in/code", &[("cookie", &half)]).await.csrf();
        let typed = attempt.to_uppercase().replace('-', " ");
        let p = app.post("/staff/sign-in/code", &[("code", &typed), ("csrf", &csrf)], Some(&half)).await;
        assert_eq!(p.status, expect);
    }
}

#[tokio::test]
async fn wrong_passwords_back_off_and_never_reveal_whether_an_email_exists() {
    let app = TestApp::new().await;
    let (_, email, _) = app.set_up_account(Role::Analyst).await;
    let wrong = app.post("/staff/sign-in", &[("email", &email), ("password", "not the password at all")], None).await;
    let unknown = app.post("/staff/sign-in", &[("email", "nobody@testshire.gov.uk"), ("password", "whatever it is")], None).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    let msg = |b: &str| crate::support::between(b, "<div class=\"error-summary\"", "</div>").unwrap_or_default();
    assert_eq!(msg(&wrong.body), msg(&unknown.body), "same message either way");
    assert!(!unknown.body.contains("nobody@") || unknown.body.contains("value=\"nobody@"), "email only echoed in its own field");

    for _ in 0..4 {
        app.post("/staff/sign-in", &[("email", &email), ("password", "still not it, sorry")], None).await;
    }
    let p = app.post("/staff/sign-in", &[("email", &email), ("password", GOOD_PASSWORD)], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "even the right password waits after 5 failures");
    assert!(p.body.contains(&app::i18n::I18n::new(app::i18n::Locale::EnGb).t_with("staff-sign-in-wait", &[("minutes", 1.into())])));
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 100).await.expect("log");
    assert!(log.iter().filter(|e| e.action == "sign-in-failed").count() >= 5);
    assert!(log.iter().any(|e| e.action == "sign-in-throttled"));
    assert!(log.iter().all(|e| !e.detail.clone().unwrap_or_default().contains("still not it")), "no secrets logged");
}

#[tokio::test]
async fn a_disabled_account_gets_a_clear_message() {
    let app = TestApp::new().await;
    let (id, email, _) = app.set_up_account(Role::Analyst).await;
    app::db::staff_users::set_disabled(&app.state.db, &id, true).await.expect("disable");
    let p = app.post("/staff/sign-in", &[("email", &email), ("password", GOOD_PASSWORD)], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("turned off"));
}

#[tokio::test]
async fn two_app_instances_on_one_database_share_sessions() {
    let mut urls = vec![None];
    if let Ok(base) = std::env::var("CARE_VOICE_TEST_PG_URL") {
        urls.push(Some(crate::database::fresh_postgres_url(&base).await));
    }
    for url in urls {
        let first = match &url {
            Some(u) => { let u = u.clone(); TestApp::with_settings(move |s| s.database_url = u).await }
            None => TestApp::new().await,
        };
        let dir = first.dir.path().to_owned();
        let db_url = url.clone();
        let second = TestApp::with_settings(move |s| {
            s.database_url = db_url.unwrap_or_else(|| format!("sqlite://{}/cv.db", dir.display()));
            s.data_key_file = dir.join("cv.key");
        })
        .await;
        let s = first.staff(Role::Administrator).await;
        let p = second.get_with("/staff/users", &[("cookie", &s.cookie)]).await;
        assert_eq!(p.status, StatusCode::OK, "{:?}: a session made on one instance works on another", first.state.db.backend);
        let p = second.post("/staff/sign-out", &[("csrf", &s.csrf)], Some(&s.cookie)).await;
        assert!(p.status.is_redirection());
        let p = first.get_with("/staff", &[("cookie", &s.cookie)]).await;
        assert!(p.location().starts_with("/staff/sign-in"), "signed out everywhere");
    }
}
