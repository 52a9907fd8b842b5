//! Complaints over HTTP: the journey, idempotent sending, encryption at rest, tracking and its
//! rate limit, staff taking a case through all three stages, audit, the annual report, mail.

use crate::support::{between, TestApp};
use app::domain::access::Role;
use http::StatusCode;

const CANARY: &str = "CANARY-7Q2Z-my-carer-reads-my-diary";

fn fields<'a>(form_id: &'a str, step: &'a str, name: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form_id", form_id),
        ("step", step),
        ("who", "child"),
        ("topic", "home"),
        ("what_happened", CANARY),
        ("put_right", "Stop reading it"),
        ("advocate", "yes"),
        ("reply_by", "phone"),
        ("name", name),
        ("contact", "07700 900123"),
    ]
}

/// Sends a complaint and returns (reference, tracking code).
pub async fn send_complaint(app: &TestApp, form_id: &str) -> (String, String) {
    let p = app.post("/complaint", &fields(form_id, "send", "Sam Canary-Name"), None).await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.body);
    let reference = between(&p.body, r#"id="reference">"#, "<").or_else(|| between(&p.body, r#"id="reference" class="panel__code">"#, "<"));
    let code = between(&p.body, r#"id="tracking-code">"#, "<").or_else(|| between(&p.body, r#"id="tracking-code" class="panel__code">"#, "<"));
    (reference.expect("reference shown"), code.expect("tracking code shown"))
}

#[tokio::test]
async fn a_complaint_is_checked_then_sent_once_and_sealed_at_rest() {
    let app = TestApp::new().await;
    let check = app.post("/complaint", &fields("form-aaaaaaaaaaaaaaaa", "check", "Sam Canary-Name"), None).await;
    assert_eq!(check.status, StatusCode::OK);
    assert!(check.body.contains("Check your answers") && check.body.contains(CANARY));

    let (r1, c1) = send_complaint(&app, "form-aaaaaaaaaaaaaaaa").await;
    let (r2, c2) = send_complaint(&app, "form-aaaaaaaaaaaaaaaa").await;
    assert_eq!((r1.clone(), c1), (r2, c2), "a retried send shows the same reference and code");
    assert!(r1.starts_with("CV-") && r1.len() == 12, "{r1}");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM complaints").fetch_one(&app.state.db.pool).await.expect("count");
    assert_eq!(n, 1, "stored once");

    app.state.db.pool.close().await;
    for file in ["cv.db", "cv.db-wal", "cv.db-shm"] {
        let bytes = std::fs::read(app.dir.path().join(file)).unwrap_or_default();
        for secret in [CANARY, "Sam Canary-Name", "07700 900123", "Stop reading it"] {
            assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} found in {file}");
        }
    }
}

#[tokio::test]
async fn bad_input_gets_kind_errors_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let long = "x".repeat(5001);
    let mut f = fields("form-bbbbbbbbbbbbbbbb", "check", "Sam");
    f.retain(|(k, _)| !["who", "what_happened", "contact"].contains(k));
    f.extend([("who", "headteacher"), ("what_happened", long.as_str()), ("contact", "ring me")]);
    let p = app.post("/complaint", &f, None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("<title>Error: "));
    for field in ["#who", "#what_happened", "#contact"] {
        assert!(p.body.contains(&format!(r##"href="{field}""##)), "summary links to {field}");
    }
    assert!(p.body.contains("Stop reading it"), "other answers are kept");
    assert!(p.body.contains(r#"value="Sam""#));
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM complaints").fetch_one(&app.state.db.pool).await.expect("count");
    assert_eq!(n, 0, "nothing stored");
}

#[tokio::test]
async fn tracking_shows_the_stage_and_never_says_whether_a_reference_exists() {
    let app = TestApp::new().await;
    let (reference, code) = send_complaint(&app, "form-cccccccccccccccc").await;
    let wrong = app.post("/track", &[("reference", &reference), ("code", "AAAA-AAAA-AA")], None).await;
    let unknown = app.post("/track", &[("reference", "CV-2222-2222"), ("code", "AAAA-AAAA-AA")], None).await;
    assert_eq!((wrong.status, unknown.status), (StatusCode::UNPROCESSABLE_ENTITY, StatusCode::UNPROCESSABLE_ENTITY));
    let summary = |b: &str| between(b, "<ul class=\"error-summary__list\">", "</ul>").unwrap_or_default();
    assert_eq!(summary(&wrong.body), summary(&unknown.body));

    let p = app.post("/track", &[("reference", &reference.to_lowercase().replace('-', " ")), ("code", &code.to_lowercase())], None).await;
    assert_eq!(p.status, StatusCode::OK, "case and dashes do not matter");
    assert!(p.body.contains("Stage 1") && p.body.contains("id=\"due\""));

    let p = app.post("/track", &[("reference", &reference), ("code", &code), ("step", "add"), ("more", "It happened again")], None).await;
    assert!(p.body.contains("We have added this"));
    let p = app.post("/track", &[("reference", &reference), ("code", &code), ("step", "withdraw")], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "withdrawing needs the box ticked");
    let p = app.post("/track", &[("reference", &reference), ("code", &code), ("step", "withdraw"), ("confirm", "yes")], None).await;
    assert!(p.body.contains("Your complaint is stopped") && p.body.contains("You stopped the complaint"));
}

#[tokio::test]
async fn guessing_tracking_codes_slows_down_for_that_reference() {
    let app = TestApp::new().await;
    let (reference, code) = send_complaint(&app, "form-dddddddddddddddd").await;
    for _ in 0..6 {
        app.post("/track", &[("reference", &reference), ("code", "WRONG-CODE-1")], None).await;
    }
    let p = app.post("/track", &[("reference", &reference), ("code", &code)], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "even the right code waits now");
    assert!(p.body.contains("Too many tries"));
}

async fn step(app: &TestApp, s: &crate::support::Staff, reference: &str, action: &str, extra: &[(&str, &str)]) -> crate::support::Page {
    let mut f = vec![("csrf", s.csrf.as_str()), ("action", action)];
    f.extend_from_slice(extra);
    app.post(&format!("/staff/complaints/{reference}"), &f, Some(&s.cookie)).await
}

#[tokio::test]
async fn staff_take_a_complaint_through_all_three_stages() {
    let app = TestApp::new().await;
    let (reference, code) = send_complaint(&app, "form-eeeeeeeeeeeeeeee").await;
    let cm = app.staff(Role::ComplaintsManager).await;

    let page = app.get_with(&format!("/staff/complaints/{reference}"), &[("cookie", &cm.cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(CANARY) && page.body.contains("Sam Canary-Name"), "the complaints manager reads it");

    let p = step(&app, &cm, &reference, "stage-2-reply", &[("text", "too early")]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "a step that does not fit the stage is refused");
    let p = step(&app, &cm, &reference, "extend", &[]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "an extension needs a reason");

    let steps: &[(&str, &[(&str, &str)])] = &[
        ("acknowledge", &[]),
        ("extend", &[("text", "An advocate is needed")]),
        ("stage-1-reply", &[("text", "We replied by phone")]),
        ("start-stage-2", &[]),
        ("extend-stage-2", &[("days", "65"), ("text", "Complex")]),
        ("stage-2-reply", &[("text", "Adjudication sent")]),
        ("request-stage-3", &[]),
        ("panel-met", &[]),
        ("panel-reported", &[]),
        ("council-responded", &[]),
        ("close", &[("outcome", "partly-upheld")]),
        ("ombudsman", &[]),
    ];
    for (action, extra) in steps {
        let p = step(&app, &cm, &reference, action, extra).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{action}: {}", p.body.chars().take(300).collect::<String>());
    }
    let row = app::db::complaints::find_by_reference(&app.state.db, app.state.org(), &reference).await.expect("db").expect("row");
    assert_eq!((row.stage.as_str(), row.outcome.as_deref()), ("closed", Some("partly-upheld")));
    let events = app::db::complaints::events(&app.state.db, "complaint", &row.id).await.expect("events");
    assert_eq!(events.len(), 13, "received plus twelve steps");

    let p = app.post("/track", &[("reference", &reference), ("code", &code)], None).await;
    assert!(p.body.contains("Closed") && p.body.contains("We agreed with part of your complaint."));

    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 200).await.expect("log");
    assert!(log.iter().any(|e| e.action == "case-opened" && e.target.as_deref() == Some(reference.as_str())));
    assert_eq!(log.iter().filter(|e| e.action == "case-updated").count(), 12);
    assert!(log.iter().all(|e| !e.detail.clone().unwrap_or_default().contains("Adjudication sent")), "no case text in the audit log");
}

#[tokio::test]
async fn analysts_and_content_editors_cannot_open_cases() {
    let app = TestApp::new().await;
    let (reference, _) = send_complaint(&app, "form-ffffffffffffffff").await;
    for role in [Role::Analyst, Role::ContentEditor] {
        let s = app.staff(role).await;
        let p = app.get_with(&format!("/staff/complaints/{reference}"), &[("cookie", &s.cookie)]).await;
        assert_eq!(p.status, StatusCode::FORBIDDEN, "{role:?}");
        assert!(!p.body.contains(CANARY));
    }
}

#[tokio::test]
async fn the_annual_report_suppresses_small_numbers_on_screen_and_in_csv_alike() {
    let app = TestApp::new().await;
    for i in 0..3 {
        send_complaint(&app, &format!("form-report-{i:012}")).await;
    }
    let analyst = app.staff(Role::Analyst).await;
    let year = app::state::today().year();
    let page = app.get_with(&format!("/staff/complaints/report?year={year}"), &[("cookie", &analyst.cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("fewer than 10"));
    assert!(!page.body.contains("<td>3</td>"), "three complaints is never shown as 3");
    let csv = app.get_with(&format!("/staff/complaints/report.csv?year={year}"), &[("cookie", &analyst.cookie)]).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("table,category,count,percent\n"));
    assert!(csv.body.contains("kinds,Complaints,fewer than 10,"));
    assert!(!csv.body.lines().any(|l| l.split(',').nth(2) == Some("3")), "{}", csv.body);
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 50).await.expect("log");
    assert!(log.iter().any(|e| e.action == "report-exported"));
}

#[tokio::test]
async fn a_closure_day_added_by_an_administrator_moves_deadlines() {
    let app = TestApp::new().await;
    let (reference, _) = send_complaint(&app, "form-closure-0000000000").await;
    let before = app::db::complaints::find_by_reference(&app.state.db, app.state.org(), &reference).await.expect("db").expect("row");
    let due = app::api::casework::parse_day(before.due_day.as_deref().expect("due")).expect("day");
    let admin = app.staff(Role::Administrator).await;
    let tomorrow = app::state::today().next_day().expect("day");
    let closure = if app.state.bank_holidays.is_working_day(tomorrow) { tomorrow } else { tomorrow.next_day().expect("d").next_day().expect("d") };
    let p = app
        .post("/staff/calendar", &[("csrf", &admin.csrf), ("day", &closure.to_string()), ("note", "Council closed for a training day")], Some(&admin.cookie))
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let bad = app.post("/staff/calendar", &[("csrf", &admin.csrf), ("day", "31/12"), ("note", "")], Some(&admin.cookie)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    let cm = app.staff(Role::ComplaintsManager).await;
    let p = step(&app, &cm, &reference, "acknowledge", &[]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let after = app::db::complaints::find_by_reference(&app.state.db, app.state.org(), &reference).await.expect("db").expect("row");
    let new_due = app::api::casework::parse_day(after.due_day.as_deref().expect("due")).expect("day");
    if app.state.bank_holidays.is_working_day(closure) && closure <= due {
        assert_eq!(app.state.calendar().await.working_days_between(due, new_due), 1, "one more working day: {due} -> {new_due}");
    }
}

#[tokio::test]
async fn an_overdue_complaint_is_warned_about_once() {
    let app = TestApp::new().await;
    let cm = app.staff(Role::ComplaintsManager).await;
    let (reference, _) = send_complaint(&app, "form-overdue-0000000000").await;
    let row = app::db::complaints::find_by_reference(&app.state.db, app.state.org(), &reference).await.expect("db").expect("row");
    sqlx::query("UPDATE case_events SET day = '2026-01-05' WHERE case_id = $1")
        .bind(&row.id)
        .execute(&app.state.db.pool)
        .await
        .expect("backdate");
    assert!(app::api::notify::deadline_warnings(&app.state).await >= 1);
    app::api::notify::deadline_warnings(&app.state).await;
    let mine = app::db::outbox::for_recipient(&app.state.db, &cm.id, 50).await.expect("outbox");
    let warnings: Vec<_> = mine.iter().filter(|m| m.subject.contains("overdue")).collect();
    assert_eq!(warnings.len(), 1, "one warning per deadline, however often the check runs");
    assert!(warnings[0].subject.contains(&reference) && !warnings[0].body.contains(CANARY));
}
