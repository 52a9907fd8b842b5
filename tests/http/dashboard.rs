//! The dashboard: small numbers never shown, the CSV equals the screen, analysts see it,
//! casework text never appears, exports are audited.

use crate::support::{between, TestApp};
use app::db::promise_checks::{record, NewCheck};
use app::domain::access::Role;
use http::StatusCode;

async fn answers(app: &TestApp, promise: &str, answer: &str, n: usize) {
    for i in 0..n {
        let form_id = format!("{promise}-{answer}-{i:04}-xxxxxxxx");
        let check = NewCheck { promise_kind: "pledge", promise_id: promise, answer, day: "2026-11-20", form_id: &form_id };
        record(&app.state.db, app.state.org(), &check).await.expect("recorded");
    }
}

fn cells_of_row(section: &str, label: &str) -> Vec<String> {
    let row = between(section, &format!("<th scope=\"row\">{label}</th>"), "</tr>").unwrap_or_default();
    row.split("<td>").skip(1).map(|c| c.split("</td>").next().unwrap_or("").to_owned()).collect()
}

#[tokio::test]
async fn promise_checks_are_suppressed_and_the_csv_equals_the_screen() {
    let app = TestApp::new().await;
    answers(&app, "know-your-worker", "yes", 23).await;
    answers(&app, "know-your-worker", "no", 3).await;
    answers(&app, "know-your-worker", "sometimes", 12).await;
    let analyst = app.staff(Role::Analyst).await;
    let page = app.get_with("/staff/dashboard", &[("cookie", &analyst.cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    let section = between(&page.body, "id=\"pledge-checks\"", "</section>").expect("pledge table");
    let label = between(&section, "<th scope=\"row\">", "</th>").expect("a row");
    let screen = cells_of_row(&section, &label);
    assert_eq!(screen.len(), 5, "four answers and a total: {screen:?}");
    assert!(screen.iter().all(|c| c != "3" && c != "1" && c != "2"), "no number below 10 on screen: {screen:?}");
    assert!(section.contains("<svg") && section.contains("role=\"img\""), "a chart beside the table");

    let csv = app.get_with("/staff/dashboard.csv?table=pledge-checks", &[("cookie", &analyst.cookie)]).await;
    assert_eq!(csv.status, StatusCode::OK);
    let line = csv.body.lines().find(|l| l.starts_with(&format!("\"{label}\"")) || l.starts_with(&label)).expect("row in CSV");
    let csv_cells: Vec<String> = line.rsplitn(6, ',').take(5).map(str::to_owned).collect::<Vec<_>>().into_iter().rev().collect();
    assert_eq!(csv_cells, screen, "CSV equals the screen");
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 50).await.expect("log");
    assert!(log.iter().any(|e| e.action == "dashboard-exported"));
}

#[tokio::test]
async fn the_dashboard_shows_counts_never_case_text_and_only_to_roles_that_may_see_it() {
    let app = TestApp::new().await;
    crate::complaints::send_complaint(&app, "form-dash-00000000000000").await;
    let cm = app.staff(Role::ComplaintsManager).await;
    let page = app.get_with("/staff/dashboard", &[("cookie", &cm.cookie)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(crate::complaints_canary()) && !page.body.contains("Sam Canary-Name"));
    for role in [Role::ContentEditor] {
        let s = app.staff(role).await;
        assert_eq!(app.get_with("/staff/dashboard", &[("cookie", &s.cookie)]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get_with("/staff/dashboard.csv?table=pledge-checks", &[("cookie", &s.cookie)]).await.status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn advocacy_pick_up_is_counted_from_the_first_move_in_working_days() {
    use app::db::advocacy;
    let app = TestApp::new().await;
    let year = app::state::today().year();
    // 20 requests on a Tuesday in March: 10 picked up the same day, then moved on again later
    // (which must not move the day they were picked up); 10 never picked up.
    let day = format!("{year}-03-{:02}", (1..=7).find(|d| time::Date::from_calendar_date(year, time::Month::March, *d).expect("d").weekday() == time::Weekday::Tuesday).expect("a Tuesday"));
    for i in 0..20 {
        let a = advocacy::NewAdvocacy {
            id: format!("adv-{i}"),
            organisation_id: app.state.org().into(),
            reference: format!("AD-TEST-{i:04}"),
            form_id: format!("adv-form-{i:04}-xxxxxxxxxxxx"),
            received_day: day.clone(),
            received_at: 1,
            name_sealed: "sealed".into(),
            contact_sealed: "sealed".into(),
            about_sealed: None,
        };
        advocacy::insert_once(&app.state.db, &a).await.expect("insert");
        if i < 10 {
            advocacy::set_status(&app.state.db, &a.id, "referred", None, &day).await.expect("pick up");
            advocacy::set_status(&app.state.db, &a.id, "closed", Some("advocate-provided"), &format!("{year}-04-30")).await.expect("close");
        }
    }
    let rows = advocacy::list(&app.state.db, app.state.org()).await.expect("list");
    assert!(rows.iter().filter(|r| r.picked_up_day.is_some()).all(|r| r.picked_up_day.as_deref() == Some(day.as_str())), "the first move's day is kept");
    let analyst = app.staff(Role::Analyst).await;
    let page = app.get_with(&format!("/staff/dashboard?year={year}"), &[("cookie", &analyst.cookie)]).await;
    let section = between(&page.body, "id=\"advocacy-pickup\"", "</section>").expect("the pick-up table");
    let march = cells_of_row(&section, "March");
    assert_eq!(march, vec!["10 (50%)", "0 (0%)", "0 (0%)", "10 (50%)", "20"], "{march:?}");
    assert!(page.body.contains("id=\"stage-1-working-days\""), "working days to a stage 1 reply");
    assert!(page.body.contains("The average is shown once there are at least 10 replies"), "no average from too few replies");
}
