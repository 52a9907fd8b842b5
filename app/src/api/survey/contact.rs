//! `POST /survey/contact-me`: "I want someone to contact me", offered when a survey answer
//! says a young person may not be safe.
//!
//! It is casework, and separate from the survey on purpose: this handler never reads the
//! draft cookie, stores no round, band, draft or response id, and records only the day.
//! What the young person typed is sealed with the data key; it is never logged.

use crate::api::forms::{field_error, see_other, FormRequest};
use crate::crypto::random_token;
use crate::db::contact_requests::{self, ContactRequestRow};
use crate::domain::survey_rounds::iso;
use crate::domain::survey_safety::{safe_return_path, MAX_CONTACT_CHARS, MAX_NAME_CHARS};
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// The associated data a contact request's field is sealed with.
pub fn seal_context(field: &str, id: &str) -> String {
    format!("contact.{field}:{id}")
}

/// The handler.
pub async fn post_contact(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = form.i18n();
    let (name, reach, safe_time) = (form.get("name"), form.get("reach"), form.get("safe_time"));
    let mut errors = Vec::new();
    let too_long = |max: usize| t.t_with("survey-contact-too-long", &[("max", max.into())]);
    if name.chars().count() > MAX_NAME_CHARS {
        errors.push(field_error("name", too_long(MAX_NAME_CHARS)));
    }
    if reach.is_empty() {
        errors.push(field_error("reach", t.t("survey-contact-reach-missing")));
    } else if reach.chars().count() > MAX_CONTACT_CHARS {
        errors.push(field_error("reach", too_long(MAX_CONTACT_CHARS)));
    }
    if safe_time.chars().count() > MAX_CONTACT_CHARS {
        errors.push(field_error("safe_time", too_long(MAX_CONTACT_CHARS)));
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &[]).await;
    }
    let id = random_token(12);
    let row = ContactRequestRow {
        received_on: iso(super::draft::today()),
        name: state.keys.seal(&name, &seal_context("name", &id)),
        reach: state.keys.seal(&reach, &seal_context("reach", &id)),
        safe_time: state.keys.seal(&safe_time, &seal_context("safe_time", &id)),
        status: "new".into(),
        id,
    };
    if let Err(e) = contact_requests::insert(&state.db, state.org(), &row).await {
        tracing::error!(error = %e, "could not store a contact request");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    tracing::info!("a contact request came in");
    let back = safe_return_path(&form.get("back")).map(|b| format!("?back={}", encode(b))).unwrap_or_default();
    see_other(&format!("/survey/contact-me/sent{back}"))
}

/// Percent-encodes the few characters a return path may hold that a query value may not.
fn encode(path: &str) -> String {
    path.replace('?', "%3F").replace('=', "%3D")
}
