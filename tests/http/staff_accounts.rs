//! Account set-up, administration, and the append-only audit log.

use crate::support::{between, now, TestApp, GOOD_PASSWORD};
use app::domain::access::Role;
use app::domain::totp::code_at;
use http::StatusCode;

async fn new_link(app: &TestApp, role: Role) -> (String, Vec<u8>) {
    let email = format!("{}@testshire.gov.uk", app::crypto::random_token(5).to_lowercase().replace(['-', '_'], "y"));
    let (_, link) = app::api::staff::accounts::create_with_link(&app.state, &email, "New Person", role).await.expect("created");
    let token = link.rsplit('/').next().expect("token").to_owned();
    let (_, secret) = app::api::staff::accounts::valid_setup(&app.state, &token).await.expect("valid");
    (token, secret)
}

#[tokio::test]
async fn setup_refuses_weak_passwords_and_wrong_codes_with_clear_messages() {
    let app = TestApp::new().await;
    let (token, secret) = new_link(&app, Role::Analyst).await;
    let uri = format!("/staff/setup/{token}");
    let good_code = code_at(&secret, now()).expect("code");
    let cases = [
        ("short", "short", good_code.as_str(), "staff-password-too-short"),
        ("password1234", "password1234", good_code.as_str(), "staff-password-too-common"),
        (GOOD_PASSWORD, "something else entirely", good_code.as_str(), "staff-password-mismatch"),
        (GOOD_PASSWORD, GOOD_PASSWORD, "000000", "staff-setup-code-wrong"),
    ];
    for (password, confirm, code, message) in cases {
        let p = app.post(&uri, &[("password", password), ("confirm", confirm), ("code", code)], None).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(p.body.contains("There is a problem"), "{message}");
        let expected = app::i18n::I18n::new(app::i18n::Locale::EnGb).t(message);
        assert!(p.body.contains(&expected.replace('\'', "&#39;")) || p.body.contains(&expected), "{message}");
        assert!(!p.body.contains(&format!("value=\"{password}\"")), "passwords are never sent back");
        assert!(p.body.contains("<title>Error: "), "title starts with Error:");
    }
    // A long password with any characters, pasted: fine.
    let p = app.post(&uri, &[("password", "ein langes Passwort, 日本語 & émojis 🙂"), ("confirm", "ein langes Passwort, 日本語 & émojis 🙂"), ("code", &good_code)], None).await;
    assert_eq!(p.status, StatusCode::OK);
    assert_eq!(p.body.matches("<li><code>").count(), 10, "ten recovery codes shown once");
}

#[tokio::test]
async fn a_setup_link_works_once_and_not_after_it_expires() {
    let app = TestApp::new().await;
    let (token, secret) = new_link(&app, Role::Analyst).await;
    let uri = format!("/staff/setup/{token}");
    let code = code_at(&secret, now()).expect("code");
    let fields = [("password", GOOD_PASSWORD), ("confirm", GOOD_PASSWORD), ("code", code.as_str())];
    assert_eq!(app.post(&uri, &fields, None).await.status, StatusCode::OK);
    let again = app.post(&uri, &fields, None).await;
    assert!(again.body.contains("This link cannot be used"), "used");
    assert!(app.get(&uri).await.body.contains("This link cannot be used"));

    let (token, _) = new_link(&app, Role::Analyst).await;
    sqlx::query("UPDATE staff_setup_tokens SET expires_at = 1 WHERE token_hash = $1")
        .bind(app::crypto::sha256_hex(&token))
        .execute(&app.state.db.pool)
        .await
        .expect("expire");
    assert!(app.get(&format!("/staff/setup/{token}")).await.body.contains("This link cannot be used"));
    assert!(app.get("/staff/setup/made-up").await.body.contains("This link cannot be used"));
}

#[tokio::test]
async fn an_administrator_invites_someone_who_then_signs_in_with_that_role() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    let p = app
        .post("/staff/users", &[("csrf", &admin.csrf), ("name", "Cara Complaints"), ("email", "Cara@Testshire.gov.uk"), ("role", "complaints-manager")], Some(&admin.cookie))
        .await;
    assert_eq!(p.status, StatusCode::OK);
    let link = between(&p.body, "<code id=\"setup-link\">", "</code>").expect("link shown");
    assert!(link.starts_with("http://127.0.0.1:0/staff/setup/") || link.contains("/staff/setup/"), "{link}");
    let user = app::db::staff_users::find_by_email(&app.state.db, app.state.org(), "cara@testshire.gov.uk").await.expect("db").expect("user");
    assert_eq!(user.role, "complaints-manager");

    let dup = app.post("/staff/users", &[("csrf", &admin.csrf), ("name", "Again"), ("email", "cara@testshire.gov.uk"), ("role", "analyst")], Some(&admin.cookie)).await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(dup.body.contains("value=\"Again\""), "what was typed is kept");

    let bad = app.post("/staff/users", &[("csrf", &admin.csrf), ("name", ""), ("email", "not-an-email"), ("role", "root")], Some(&admin.cookie)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["#name", "#email", "#role"] {
        assert!(bad.body.contains(&format!("href=\"{f}\"")), "error summary links to {f}");
    }
}

#[tokio::test]
async fn the_last_administrator_cannot_be_removed_and_changes_are_audited() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    let p = app.post(&format!("/staff/users/{}/role", admin.id), &[("csrf", &admin.csrf), ("role", "analyst")], Some(&admin.cookie)).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("last active administrator"));
    let p = app.post(&format!("/staff/users/{}/disable", admin.id), &[("csrf", &admin.csrf)], Some(&admin.cookie)).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);

    let other = app.staff(Role::Analyst).await;
    let p = app.post(&format!("/staff/users/{}/role", other.id), &[("csrf", &admin.csrf), ("role", "rights-officer")], Some(&admin.cookie)).await;
    assert_eq!(p.location(), "/staff/users");
    let p = app.get_with("/staff/users", &[("cookie", &other.cookie)]).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN, "the new role applies at once");

    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 100).await.expect("log");
    let change = log.iter().find(|e| e.action == "role-changed").expect("audited");
    assert_eq!(change.actor_id.as_deref(), Some(admin.id.as_str()));
    assert_eq!(change.target.as_deref(), Some(other.id.as_str()));
    assert_eq!(change.detail.as_deref(), Some("analyst -> rights-officer"));
    for action in ["account-set-up", "sign-in", "access-denied"] {
        assert!(log.iter().any(|e| e.action == action), "{action} audited");
    }
}

#[tokio::test]
async fn the_audit_log_page_filters_and_shows_entries() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    let p = app.get_with("/staff/audit?action=sign-in", &[("cookie", &admin.cookie)]).await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("<code>sign-in</code>"));
    assert!(!p.body.contains("<code>account-set-up</code>"), "filtered");
    let p = app.get_with("/staff/audit?from=2001-01-01&to=2001-01-02", &[("cookie", &admin.cookie)]).await;
    assert!(!p.body.contains("<code>sign-in</code>"), "date filter");
}

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes_in_the_database() {
    for (db, _dir) in crate::database::databases().await {
        app::db::organisations::upsert_default(&db, "X", 1).await.expect("org");
        let entry = app::db::audit::NewAuditEntry { organisation_id: "default", at: 5, action: "sign-in", ..Default::default() };
        app::db::audit::insert(&db, &entry).await.expect("insert works");
        for sql in ["UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"] {
            let r = sqlx::query(sql).execute(&db.pool).await;
            assert!(r.is_err(), "{sql} must fail on {:?}", db.backend);
        }
        let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log").fetch_one(&db.pool).await.expect("count");
        assert_eq!(n.0, 1);
    }
}
