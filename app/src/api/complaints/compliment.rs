//! `/compliment`: tell us something good, named or not.

use super::{day_string, i18n, new_id};
use crate::api::forms::{FieldError, FormRequest};
use crate::api::render::render_page;
use crate::db::advocacy;
use crate::domain::casework::{MAX_SHORT, MAX_STORY, TOPICS};
use crate::state::{today, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// Context: the compliment was received.
#[derive(Clone, Copy, Debug)]
pub struct ComplimentSent;

/// `POST /compliment`.
pub async fn post_compliment(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let (about, text, name) = (form.get("about"), form.raw("text").trim().to_owned(), form.get("name"));
    let mut errors = Vec::new();
    if !TOPICS.contains(&about.as_str()) {
        errors.push(FieldError { field: "about".into(), message: t.t("compliment-error-about") });
    }
    if text.is_empty() || text.chars().count() > MAX_STORY {
        let id = if text.is_empty() { "compliment-error-text" } else { "complaint-error-too-long" };
        errors.push(FieldError { field: "text".into(), message: t.t(id) });
    }
    if name.chars().count() > MAX_SHORT {
        errors.push(FieldError { field: "name".into(), message: t.t("complaint-error-too-long") });
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &[]).await;
    }
    let id = new_id();
    let form_id = Some(form.get("form_id")).filter(|f| f.len() >= 16 && f.len() <= 64).unwrap_or_else(new_id);
    let text_sealed = state.keys.seal(&text, &format!("compliment.text:{id}"));
    let name_sealed = (!name.is_empty()).then(|| state.keys.seal(&name, &format!("compliment.name:{id}")));
    let day = day_string(today());
    match advocacy::insert_compliment(&state.db, &id, state.org(), &form_id, &day, &about, &text_sealed, name_sealed.as_deref()).await {
        Ok(()) => render_page(&state, form.get_request(), ComplimentSent).await,
        Err(e) => {
            tracing::error!(error = %e, "could not store a compliment");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
