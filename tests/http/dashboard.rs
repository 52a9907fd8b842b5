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
