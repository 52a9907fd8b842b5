//! `POST /survey/resume`: a resume code brings a draft back, on any device.
//!
//! A wrong code gets the same answer whether or not such a code ever existed, and counts
//! against the address it came from (five wrong codes, then a wait of fifteen minutes; see
//! `domain::survey_resume`). A right code moves the draft to this browser: the old
//! browser's cookie stops working.

use super::draft::{find_survey, open_answers, set_cookie, today};
use super::journey::step_path;
use crate::api::forms::{field_error, see_other, with_cookie, FormRequest};
use crate::api::staff::session::client_ip;
use crate::crypto::{random_token, sha256_hex};
use crate::db::surveys;
use crate::domain::survey::resume_step;
use crate::domain::survey_resume::normalise;
use crate::domain::survey_rounds::parse_iso;
use crate::state::{now, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// The handler.
pub async fn post_resume(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = form.i18n();
    let t_now = now();
    let key = client_ip(&state, &form.parts).unwrap_or_else(|| "unknown".into());
    let refuse = |id: &str| vec![field_error("code", t.t(id))];
    if !state.surveys.resume_allowed(&key, t_now) {
        let mut res = form.show_again(&state, refuse("survey-resume-too-many"), None, &[]).await;
        *res.status_mut() = http::StatusCode::TOO_MANY_REQUESTS;
        return res;
    }
    let found = match normalise(&form.get("code")) {
        Some(code) => surveys::find_draft_by_resume(&state.db, &sha256_hex(&code)).await,
        None => Ok(None),
    };
    let row = match found {
        Ok(Some(row)) => row,
        Ok(None) => {
            state.surveys.resume_failed(&key, t_now);
            return form.show_again(&state, refuse("survey-resume-not-found"), None, &[]).await;
        }
        Err(e) => {
            tracing::error!(error = %e, "could not look up a resume code");
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if parse_iso(&row.expires_on).is_none_or(|d| d <= today()) {
        return form.show_again(&state, refuse("survey-resume-expired"), None, &[]).await;
    }
    let Some(survey) = find_survey(&state, &row.round_id, &row.band).await else {
        return form.show_again(&state, refuse("survey-resume-not-found"), None, &[]).await;
    };
    let token = random_token(32);
    match state.surveys.writer.rotate_token(&row.id, &sha256_hex(&token)).await {
        Ok(true) => {}
        Ok(false) => return form.show_again(&state, refuse("survey-resume-expired"), None, &[]).await,
        Err(e) => {
            tracing::error!(error = %e, "could not move a draft to a new browser");
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    }
    let answers = open_answers(&state, &row);
    let to = step_path(&survey, resume_step(&survey.set, &answers));
    with_cookie(see_other(&to), &set_cookie(&state, &token))
}
