//! Staff and surveys: opening and closing rounds (rights officers and administrators), the
//! contact-request inbox (the roles that handle them), and the audit of every reading.

use crate::support::{t, TestApp};
use crate::survey_support::{set, Respondent};
use app::domain::access::Role;
use app::domain::survey::Band;
use app::domain::survey_rounds::{add_days, iso};
use app::i18n::Locale;
use http::StatusCode;

fn day(offset: i64) -> String {
    iso(add_days(app::api::survey::draft::today(), offset))
}

#[tokio::test]
async fn rights_officers_open_and_close_rounds_that_young_people_can_answer() {
    let app = TestApp::with_settings(|s| s.demo_surveys = false).await;
    let officer = app.staff(Role::RightsOfficer).await;
    let (opens, closes) = (day(0), day(30));
    let p = app
        .post(
            "/staff/surveys",
            &[
                ("csrf", &officer.csrf),
                ("title", "Spring check-in"),
                ("opens_on", &opens),
                ("closes_on", &closes),
                ("band", "8-11"),
                ("invited-8-11", "40"),
                ("band", "care-leavers"),
                ("invited-care-leavers", ""),
            ],
            Some(&officer.cookie),
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let rounds = app::db::surveys::list_rounds(&app.state.db, app.state.org()).await.expect("rounds");
    assert_eq!(rounds.len(), 1);
    let id = rounds[0].id.clone();
    let bands = app::db::surveys::round_bands(&app.state.db, &id).await.expect("bands");
    assert_eq!(bands.len(), 2);
    assert_eq!(bands.iter().find(|b| b.band == "8-11").and_then(|b| b.invited), Some(40));

    let landing = app.get("/survey").await;
    assert!(landing.body.contains("Spring check-in"));
    assert!(landing.body.contains(&format!("/survey/{id}/8-11")) && !landing.body.contains(&format!("/survey/{id}/4-7")));
    assert_eq!(app.get(&format!("/survey/{id}/4-7")).await.status, StatusCode::NOT_FOUND, "a band the round does not ask");

    // Responses show only once there are enough of them.
    let s = set(Band::Age8To11);
    for _ in 0..12 {
        let r = Respondent::start(&app, &id, Band::Age8To11).await;
        r.answer_calmly(&s, 1).await;
        assert_eq!(r.send().await.status, StatusCode::SEE_OTHER);
    }
    let page = app.get_with("/staff/surveys", &[("cookie", &officer.cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("10 (30% of those invited)"), "12 of 40, shown rounded to 5 with the exact rate");
    assert!(page.body.contains("fewer than 10"), "care leavers: none yet");

    let p = app.post(&format!("/staff/surveys/{id}/close"), &[("csrf", &officer.csrf)], Some(&officer.cookie)).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let r = app.get(&format!("/survey/{id}/8-11")).await;
    assert_eq!(r.status, StatusCode::GONE);
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 50).await.expect("log");
    for action in ["survey-round-opened", "survey-round-closed"] {
        assert!(log.iter().any(|e| e.action == action && e.target.as_deref() == Some(id.as_str())), "{action}");
    }
}

#[tokio::test]
async fn a_round_form_with_problems_comes_back_with_every_problem_named() {
    let app = TestApp::new().await;
    let admin = app.staff(Role::Administrator).await;
    let fields = [
        ("csrf", admin.csrf.as_str()),
        ("title", ""),
        ("opens_on", "next week"),
        ("closes_on", "2001-01-01"),
        ("band", "11-17"),
        ("invited-11-17", "lots"),
    ];
    let p = app.post("/staff/surveys", &fields, Some(&admin.cookie)).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["staff-surveys-error-title", "staff-surveys-error-opens", "staff-surveys-error-closes", "staff-surveys-error-invited"] {
        assert!(p.body.contains(&t(Locale::EnGb, id)), "{id}");
    }
    assert!(p.body.contains(r#"value="lots""#), "what was typed is kept");
    let p = app
        .post("/staff/surveys", &[("csrf", &admin.csrf), ("title", "x"), ("opens_on", &day(0)), ("closes_on", &day(1))], Some(&admin.cookie))
        .await;
    assert!(p.body.contains(&t(Locale::EnGb, "staff-surveys-error-bands")));
}

#[tokio::test]
async fn only_the_right_roles_reach_rounds_and_contact_requests() {
    let app = TestApp::new().await;
    for role in Role::ALL {
        let me = app.staff(role).await;
        let rounds = app.get_with("/staff/surveys", &[("cookie", &me.cookie)]).await.status;
        let inbox = app.get_with("/staff/contact-requests", &[("cookie", &me.cookie)]).await.status;
        let may_rounds = matches!(role, Role::Administrator | Role::RightsOfficer);
        let may_inbox = matches!(role, Role::Administrator | Role::RightsOfficer | Role::ComplaintsManager);
        assert_eq!(rounds == StatusCode::OK, may_rounds, "{role:?} rounds {rounds}");
        assert_eq!(inbox == StatusCode::OK, may_inbox, "{role:?} inbox {inbox}");
        if !may_rounds {
            assert_eq!(rounds, StatusCode::FORBIDDEN);
        }
        let home = app.get_with("/staff", &[("cookie", &me.cookie)]).await;
        assert_eq!(home.body.contains(r#"href="/staff/contact-requests""#), may_inbox, "{role:?} home card");
    }
}

#[tokio::test]
async fn opening_a_contact_request_shows_it_and_writes_the_audit_log() {
    let app = TestApp::new().await;
    let p = app.post("/survey/contact-me", &[("name", "Robin"), ("reach", "07700 900456"), ("safe_time", "")], None).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let manager = app.staff(Role::ComplaintsManager).await;
    let inbox = app.get_with("/staff/contact-requests", &[("cookie", &manager.cookie)]).await;
    assert!(!inbox.body.contains("Robin") && !inbox.body.contains("07700"), "the list shows no content");
    assert!(inbox.body.contains(&t(Locale::EnGb, "staff-contact-status-new")));
    let (id,): (String,) = sqlx::query_as("SELECT id FROM contact_requests").fetch_one(&app.state.db.pool).await.expect("id");
    let one = app.get_with(&format!("/staff/contact-requests/{id}"), &[("cookie", &manager.cookie)]).await;
    assert_eq!(one.status, StatusCode::OK);
    assert!(one.body.contains("Robin") && one.body.contains("07700 900456"));
    assert!(one.body.contains(&t(Locale::EnGb, "staff-contact-not-given")));
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 50).await.expect("log");
    let read = log.iter().find(|e| e.action == "contact-request-opened").expect("audited");
    assert_eq!((read.target.as_deref(), read.actor_id.as_deref()), (Some(id.as_str()), Some(manager.id.as_str())));

    let p = app.post(&format!("/staff/contact-requests/{id}/done"), &[("csrf", &manager.csrf)], Some(&manager.cookie)).await;
    assert_eq!(p.location(), "/staff/contact-requests");
    let row = app::db::contact_requests::find(&app.state.db, app.state.org(), &id).await.expect("db").expect("row");
    assert_eq!(row.status, "done");
    let missing = app.get_with("/staff/contact-requests/nothing-here", &[("cookie", &manager.cookie)]).await;
    assert!(missing.status.is_redirection(), "an unknown request goes back to the list: {} {:?}", missing.status, missing.headers);
}
