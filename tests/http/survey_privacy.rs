//! Safety, resume codes and anonymity: the interruption and the separate contact request,
//! resume on another device (and the limit on guessing codes), and what the database holds.

use crate::support::{t, Page, TestApp};
use crate::survey_support::{set, Respondent};
use app::domain::survey::Band;
use app::i18n::Locale;
use axum::body::Body;
use http::StatusCode;
use sqlx::{Column, Row};

#[tokio::test]
async fn an_unsafe_answer_interrupts_with_help_and_the_contact_request_is_not_linked() {
    let app = TestApp::new().await;
    let set = set(Band::Age8To11);
    let r = Respondent::start(&app, "demo", Band::Age8To11).await;
    let p = r.answer(1, &set.questions[0].id, &[("answer", "hardly-ever")]).await;
    assert_eq!(p.location(), format!("{}/q/1/help", r.base));
    let help = r.get("/q/1/help").await;
    assert_eq!(help.status, StatusCode::OK);
    for tel in ["tel:999", "tel:08001111", "tel:01632960123"] {
        assert!(help.body.contains(tel), "{tel}");
    }
    let carry_on = format!(r#"href="{}/q/2""#, r.base);
    assert!(help.body.contains(&carry_on), "carry on with the survey");
    assert!(help.body.contains("/survey/contact-me?back="));

    let secret_name = "Zebedee Quokka";
    let p = app
        .post(
            "/survey/contact-me",
            &[("name", secret_name), ("reach", "07700 900123"), ("safe_time", "after school"), ("back", "/survey/demo/8-11/q/2")],
            Some(&r.cookie),
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert!(p.location().starts_with("/survey/contact-me/sent"));
    assert!(app.get(p.location()).await.body.contains(r#"href="/survey/demo/8-11/q/2""#));

    r.answer_calmly(&set, 2).await;
    assert_eq!(r.send().await.status, StatusCode::SEE_OTHER);

    // Sealed at rest, and nothing in it points at the response, the draft or the survey.
    let row = sqlx::query("SELECT * FROM contact_requests").fetch_one(&app.state.db.pool).await.expect("one request");
    let columns: Vec<String> = row.columns().iter().map(|c| c.name().to_owned()).collect();
    assert_eq!(columns, ["id", "organisation_id", "received_on", "name", "reach", "safe_time", "status"]);
    let values: Vec<String> = (0..columns.len()).map(|i| row.try_get::<String, _>(i).unwrap_or_default()).collect();
    assert!(values.iter().all(|v| !v.contains("Zebedee") && !v.contains("07700")), "{values:?}");
    let (response_id, submitted_on): (String, String) =
        sqlx::query_as("SELECT id, submitted_on FROM survey_responses").fetch_one(&app.state.db.pool).await.expect("response");
    assert!(!values.contains(&response_id));
    assert_eq!(values[2], submitted_on, "both carry only the day");
    let cookie_token = r.cookie.trim_start_matches("cv_survey=");
    assert!(values.iter().all(|v| !v.contains(cookie_token) && !v.contains(&app::crypto::sha256_hex(cookie_token))));
}

#[tokio::test]
async fn a_contact_request_needs_a_way_to_reach_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let p = app.post("/survey/contact-me", &[("name", "Sam"), ("reach", ""), ("safe_time", "x".repeat(201).as_str())], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains(&t(Locale::EnGb, "survey-contact-reach-missing")));
    assert!(p.body.contains("Make this 200 letters or fewer"));
    assert!(p.body.contains(r#"value="Sam""#));
    let p = app.post("/survey/contact-me", &[("reach", "my school"), ("back", "https://evil.example/")], None).await;
    assert_eq!(p.location(), "/survey/contact-me/sent", "no way back to another site");
}

#[tokio::test]
async fn a_resume_code_brings_the_draft_back_on_another_device() {
    let app = TestApp::new().await;
    let set = set(Band::Age11To17);
    let phone = Respondent::start(&app, "demo", Band::Age11To17).await;
    phone.answer_calmly(&set, 1).await;
    phone.answer_calmly(&set, 2).await;
    let p = phone.answer(3, &set.questions[2].id, &[("answer", "no"), ("action", "save")]).await;
    assert_eq!(p.location(), format!("{}/save", phone.base), "save keeps the answer and offers a code");
    let code = phone.save().await;
    assert_eq!(code.len(), 11, "{code}");

    let typed = code.to_lowercase().replace('-', " ");
    let p = app.post("/survey/resume", &[("code", &typed)], None).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("{}/q/4", phone.base), "carries on at the first unanswered question");
    let laptop = Respondent { app: &app, base: phone.base.clone(), cookie: p.cookie().expect("new cookie") };
    let check = laptop.get("/check").await;
    assert_eq!(check.body.matches(&t(Locale::EnGb, "survey-not-answered")).count(), set.len() - 3);
    assert!(phone.get("/q/4").await.body.contains(&t(Locale::EnGb, "survey-no-draft-title")), "the old browser lets go");
    assert_eq!(laptop.send().await.status, StatusCode::SEE_OTHER);
    let again = app.post("/survey/resume", &[("code", &code)], None).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "a sent draft's code is gone");
}

#[tokio::test]
async fn wrong_resume_codes_give_no_hint_and_are_limited() {
    let app = TestApp::new().await;
    let r = Respondent::start(&app, "demo", Band::Age8To11).await;
    let code = r.save().await;
    let not_found = t(Locale::EnGb, "survey-resume-not-found");
    for wrong in ["KDM-7QX-P4T", "nonsense", "ACD-EFG-HJ9", "", "kdm7qxp4u"] {
        let p = app.post("/survey/resume", &[("code", wrong)], None).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{wrong}");
        assert!(p.body.contains(&not_found), "the same answer for every wrong code: {wrong}");
        assert!(p.body.contains(&format!(r#"value="{wrong}""#)), "what was typed is kept");
    }
    let p = app.post("/survey/resume", &[("code", &code)], None).await;
    assert_eq!(p.status, StatusCode::TOO_MANY_REQUESTS, "after five wrong codes even the right one waits");
    assert!(p.body.contains(&t(Locale::EnGb, "survey-resume-too-many")));
}

#[tokio::test]
async fn an_expired_resume_code_says_so() {
    let app = TestApp::new().await;
    let r = Respondent::start(&app, "demo", Band::Age8To11).await;
    let code = r.save().await;
    let today = app::domain::survey_rounds::iso(app::api::survey::draft::today());
    sqlx::query("UPDATE survey_drafts SET expires_on = $1").bind(&today).execute(&app.state.db.pool).await.expect("age");
    let p = app.post("/survey/resume", &[("code", &code)], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains(&t(Locale::EnGb, "survey-resume-expired")));
}

#[tokio::test]
async fn starting_again_deletes_a_draft_nobody_can_come_back_to() {
    let app = TestApp::new().await;
    let first = Respondent::start(&app, "demo", Band::Age8To11).await;
    let p = app.post("/survey/demo/11-17", &[], Some(&first.cookie)).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_drafts").fetch_one(&app.state.db.pool).await.expect("n");
    assert_eq!(n, 1, "the first draft had no code, so it went");
}

/// Every value in every table a young person's journey touches, as text.
async fn all_values(app: &TestApp) -> Vec<(String, String, String)> {
    let tables: Vec<(String,)> = sqlx::query_as(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .expect("tables");
    let mut out = Vec::new();
    for (table,) in tables {
        let rows = sqlx::query(&format!("SELECT * FROM {table}")).fetch_all(&app.state.db.pool).await.expect("rows");
        for row in rows {
            for (i, c) in row.columns().iter().enumerate() {
                let v = row
                    .try_get::<String, _>(i)
                    .or_else(|_| row.try_get::<i64, _>(i).map(|n| n.to_string()))
                    .unwrap_or_default();
                out.push((table.clone(), c.name().to_owned(), v));
            }
        }
    }
    out
}

#[tokio::test]
async fn the_database_holds_no_address_browser_or_time_finer_than_a_day() {
    let app = TestApp::new().await;
    let set = set(Band::Age8To11);
    let ua = "Mozilla/5.0 (Linux; Android 9) TestPhone/1.0";
    let mut req = http::Request::post("/survey/demo/8-11")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("host", "localhost")
        .header("user-agent", ua)
        .header("x-forwarded-for", "203.0.113.7")
        .body(Body::empty())
        .expect("request");
    req.extensions_mut().insert(axum::extract::ConnectInfo(std::net::SocketAddr::from(([198, 51, 100, 9], 4242))));
    let start = Page::from(app.send(req).await).await;
    let r = Respondent { app: &app, base: "/survey/demo/8-11".into(), cookie: start.cookie().expect("cookie") };
    for n in 1..=set.len() {
        r.answer_calmly(&set, n).await;
    }
    let code = r.save().await;
    assert_eq!(app.post("/survey/resume", &[("code", "KDM-7QX-P4T")], None).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = Respondent { cookie: app.post("/survey/resume", &[("code", &code)], None).await.cookie().expect("c"), ..r };
    app.post("/survey/contact-me", &[("reach", "07700 900123")], None).await;
    assert_eq!(r.send().await.status, StatusCode::SEE_OTHER);

    let now = app::state::now();
    for (table, column, value) in all_values(&app).await {
        let at = format!("{table}.{column} = {value:?}");
        // The install's own bookkeeping, not about any young person.
        if matches!((table.as_str(), column.as_str()), ("organisations" | "content_items", "created_at")) {
            continue;
        }
        assert!(!value.contains("203.0.113") && !value.contains("198.51.100") && !value.contains("127.0.0.1"), "{at}");
        assert!(!value.contains("Mozilla") && !value.contains("Android") && !value.contains("TestPhone"), "{at}");
        assert!(!value.contains(r.cookie.trim_start_matches("cv_survey=")), "{at}");
        if let Ok(n) = value.parse::<i64>() {
            assert!((n - now).abs() > 400 * 86_400, "a Unix time: {at}");
        }
        assert!(!(value.len() >= 16 && value.as_bytes().get(10) == Some(&b'T') && value.contains(':')), "a date-time: {at}");
    }
}
