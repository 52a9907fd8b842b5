//! Staff work on a complaint: clock steps (acknowledge, extend, pause, replies, stages,
//! close), assignment, notes and advocacy steps; and advocacy requests. Every change is an
//! event on the case and a line in the audit log.

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::casework::{kind_name, record_event, state_of};
use crate::api::forms::{see_other, FieldError, FormRequest};
use crate::db::{advocacy, complaints, staff_users};
use crate::domain::access::{can, Capability, Role};
use crate::domain::casework::MAX_NOTE;
use crate::domain::complaints::{allowed_actions, Action, EventKind, Outcome, STAGE2_DAYS, STAGE2_MAX_DAYS};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

fn problem(field: &str, message: String) -> Vec<FieldError> {
    vec![FieldError { field: field.to_owned(), message }]
}

/// `POST /staff/complaints/{reference}`.
pub async fn post_case(State(state): State<AppState>, Path(reference): Path<String>, form: FormRequest) -> Response {
    let t = crate::api::complaints::i18n(&form);
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let Ok(Some(row)) = complaints::find_by_reference(&state.db, state.org(), &reference).await else {
        return see_other("/staff/complaints");
    };
    let back = format!("/staff/complaints/{reference}#timeline");
    let action = form.get("action");
    let text = form.raw("text").trim().to_owned();
    if text.chars().count() > MAX_NOTE {
        return form.show_again(&state, problem("text", t.t("complaint-error-too-long")), None, &[]).await;
    }
    let ip = client_ip(&state, &form.parts);
    let result = match action.as_str() {
        "note" | "advocate-referred" | "advocate-contact" | "advocate-outcome" => {
            if text.is_empty() {
                return form.show_again(&state, problem("text", t.t("staff-case-error-text")), None, &[]).await;
            }
            let status = match action.as_str() {
                "advocate-referred" => Some("referred"),
                "advocate-contact" => Some("contact-made"),
                "advocate-outcome" => Some("done"),
                _ => None,
            };
            if let Some(st) = status {
                let _ = complaints::set_advocate_status(&state.db, &row.id, st).await;
            }
            record_event(&state, &row.id, &action, None, Some(&staff.user_id), Some(&text)).await
        }
        "assign" => {
            let to = form.get("staff_id");
            let ok = staff_users::find(&state.db, &to).await.ok().flatten().is_some_and(|u| {
                u.disabled == 0 && Role::parse(&u.role).is_some_and(|r| can(r, Capability::Casework))
            });
            if !ok {
                return form.show_again(&state, problem("staff_id", t.t("staff-case-error-assign")), None, &[]).await;
            }
            let _ = complaints::assign(&state.db, &row.id, &to).await;
            record_event(&state, &row.id, "assigned", Some(&to), Some(&staff.user_id), None).await
        }
        other => {
            let Some(a) = Action::parse(other) else {
                return form.show_again(&state, problem("action", t.t("staff-case-error-action")), None, &[]).await;
            };
            let events = complaints::events(&state.db, "complaint", &row.id).await.unwrap_or_default();
            let allowed = state_of(&state.calendar().await, &events).map(|s| allowed_actions(&s)).unwrap_or_default();
            if !allowed.contains(&a) {
                return form.show_again(&state, problem("action", t.t("staff-case-error-action")), None, &[]).await;
            }
            if a.needs_text() && text.is_empty() {
                return form.show_again(&state, problem("text", t.t("staff-case-error-text")), None, &[]).await;
            }
            let kind = match a {
                Action::Acknowledge => EventKind::Acknowledged,
                Action::Extend => EventKind::Stage1Extended,
                Action::Pause => EventKind::Paused,
                Action::Resume => EventKind::Resumed,
                Action::Stage1Reply => EventKind::Stage1Replied,
                Action::StartStage2 => EventKind::Stage2Started,
                Action::ExtendStage2 => match form.get("days").parse::<u32>() {
                    Ok(d) if (STAGE2_DAYS + 1..=STAGE2_MAX_DAYS).contains(&d) => EventKind::Stage2Extended(d),
                    _ => return form.show_again(&state, problem("days", t.t("staff-case-error-days")), None, &[]).await,
                },
                Action::Stage2Reply => EventKind::Stage2Replied,
                Action::RequestStage3 => EventKind::Stage3Requested,
                Action::PanelMet => EventKind::PanelMet,
                Action::PanelReported => EventKind::PanelReported,
                Action::CouncilResponded => EventKind::CouncilResponded,
                Action::Close => match Outcome::parse(&form.get("outcome")) {
                    Some(o) => EventKind::Closed(o),
                    None => return form.show_again(&state, problem("outcome", t.t("staff-case-error-outcome")), None, &[]).await,
                },
                Action::Ombudsman => EventKind::OmbudsmanReferred,
            };
            let (name, value) = kind_name(&kind);
            record_event(&state, &row.id, name, value.as_deref(), Some(&staff.user_id), Some(&text)).await
        }
    };
    if let Err(e) = result {
        tracing::error!(error = %e, "could not record a case event");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    record(&state, Some(&staff.user_id), "case-updated", Some(&reference), Some(&action), ip.as_deref()).await;
    see_other(&back)
}

/// `POST /staff/advocacy/{reference}`: referred, contact made, or closed.
pub async fn post_advocacy(State(state): State<AppState>, Path(reference): Path<String>, form: FormRequest) -> Response {
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let status = form.get("status");
    if !["referred", "contact-made", "closed"].contains(&status.as_str()) {
        return see_other("/staff/advocacy");
    }
    let Ok(Some(row)) = advocacy::find_by_reference(&state.db, state.org(), &reference).await else {
        return see_other("/staff/advocacy");
    };
    let outcome = Some(form.get("outcome")).filter(|o| ["advocate-provided", "not-needed", "no-contact"].contains(&o.as_str()));
    if let Err(e) = advocacy::set_status(&state.db, &row.id, &status, outcome.as_deref(), &crate::domain::survey_rounds::iso(crate::state::today())).await {
        tracing::error!(error = %e, "could not update an advocacy request");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let ip = client_ip(&state, &form.parts);
    record(&state, Some(&staff.user_id), "advocacy-updated", Some(&reference), Some(&status), ip.as_deref()).await;
    see_other("/staff/advocacy")
}
