//! The staff area's handlers: sign-in, accounts, and the access middleware's session loading.

pub mod accounts;
pub mod actions;
pub mod audit;
pub mod calendar;
pub mod casework;
pub mod dashboard;
pub mod contact_requests;
pub mod passwords;
pub mod report;
pub mod session;
pub mod sign_in;
pub mod surveys;

use crate::domain::access::{Method, STAFF_ROUTES};
use crate::state::AppState;
use axum::routing::{get, post};
use axum::Router;

/// Every staff POST handler, by its route in `domain::access::STAFF_ROUTES`.
pub fn routes() -> Router<AppState> {
    let mut router = Router::new();
    for r in STAFF_ROUTES.iter().filter(|r| r.method == Method::Post) {
        let handler = match r.path {
            "/staff/sign-in" => post(sign_in::post_sign_in),
            "/staff/sign-in/code" => post(sign_in::post_code),
            "/staff/sign-out" => post(sign_in::post_sign_out),
            "/staff/setup/{token}" => post(accounts::post_setup),
            "/staff/users" => post(accounts::post_invite),
            "/staff/users/{id}/role" => post(accounts::post_role),
            "/staff/users/{id}/disable" => post(accounts::post_disable),
            "/staff/users/{id}/enable" => post(accounts::post_enable),
            "/staff/users/{id}/reset" => post(accounts::post_reset),
            "/staff/complaints/{reference}" => post(casework::post_case),
            "/staff/advocacy/{reference}" => post(casework::post_advocacy),
            "/staff/calendar" => post(calendar::post_calendar),
            "/staff/actions" => post(actions::post_new),
            "/staff/actions/{id}" => post(actions::post_edit),
            "/staff/surveys" => post(surveys::post_open),
            "/staff/surveys/{id}/close" => post(surveys::post_close),
            "/staff/contact-requests/{id}/done" => post(contact_requests::post_done),
            // A POST route listed without a handler answers 404 (and its test fails).
            _ => continue,
        };
        router = router.route(r.path, handler);
    }
    // Downloads are plain handlers, not pages.
    router
        .route("/staff/complaints/report.csv", get(report::get_report_csv))
        .route("/staff/dashboard.csv", get(dashboard::get_csv))
        .route("/staff/results.csv", get(dashboard::get_results_csv))
}
