//! `POST /staff/calendar`: an administrator adds a local closure day (it then stops every
//! complaint clock like a bank holiday).

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::casework::parse_day;
use crate::api::forms::{see_other, FieldError, FormRequest};
use crate::db::closures;
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// Adds a closure day.
pub async fn post_calendar(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = crate::api::complaints::i18n(&form);
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let day = form.get("day");
    let note = form.get("note");
    let mut errors = Vec::new();
    if parse_day(&day).is_none() {
        errors.push(FieldError { field: "day".into(), message: t.t("staff-calendar-error-day") });
    }
    if note.is_empty() || note.chars().count() > 100 {
        errors.push(FieldError { field: "note".into(), message: t.t("staff-calendar-error-note") });
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &[]).await;
    }
    if let Err(e) = closures::upsert(&state.db, state.org(), &day, &note).await {
        tracing::error!(error = %e, "could not add a closure day");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let ip = client_ip(&state, &form.parts);
    record(&state, Some(&staff.user_id), "closure-day-added", None, Some(&day), ip.as_deref()).await;
    see_other("/staff/calendar")
}
