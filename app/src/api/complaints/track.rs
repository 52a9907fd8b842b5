//! `/track`: a reference and tracking code show where a complaint is, what happens next and
//! by when; the complainant can add information or withdraw. A wrong pair gets one message
//! whether or not the reference exists, and repeated failures for a reference slow down.

use super::i18n;
use crate::api::casework::{record_event, refresh};
use crate::api::forms::{FieldError, FormRequest};
use crate::api::notify;
use crate::api::render::render_page;
use crate::crypto::{same_secret, sha256_hex};
use crate::db::{complaints, throttle};
use crate::domain::casework::{self, MAX_NOTE};
use crate::domain::complaints::CaseState;
use crate::domain::sessions::backoff_secs;
use crate::state::{now, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// Context: a complaint the person proved they may see.
#[derive(Clone, Debug)]
pub struct Tracked {
    /// Reference.
    pub reference: String,
    /// The code as typed (carried in the page's forms).
    pub code: String,
    /// Where it stands.
    pub state: CaseState,
    /// What they just did: "added", "withdrawn", or empty.
    pub done: String,
    /// Whether it is a representation (no reply).
    pub representation: bool,
}

/// Failed attempts on one reference before it slows down.
const FREE_FAILURES: u32 = 5;

/// `POST /track`.
pub async fn post_track(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let typed_ref = form.get("reference");
    let code = form.get("code");
    let mut errors = Vec::new();
    if typed_ref.is_empty() {
        errors.push(FieldError { field: "reference".into(), message: t.t("track-error-reference") });
    }
    if code.is_empty() {
        errors.push(FieldError { field: "code".into(), message: t.t("track-error-code") });
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &["code"]).await;
    }
    let reference = casework::normalise_reference(&typed_ref, "CV").unwrap_or_else(|| typed_ref.to_uppercase());
    let key = format!("track:{}", sha256_hex(&reference));
    if let Ok(Some((failures, last))) = throttle::get(&state.db, &key).await {
        let wait = backoff_secs(u32::try_from(failures).unwrap_or(u32::MAX), FREE_FAILURES) - (now() - last);
        if wait > 0 {
            let msg = t.t_with("track-error-wait", &[("minutes", ((wait + 59) / 60).into())]);
            return form.show_again(&state, vec![], Some(msg), &["code"]).await;
        }
    }
    let row = complaints::find_by_reference(&state.db, state.org(), &reference).await.ok().flatten();
    let hash = sha256_hex(&casework::normalise_tracking_code(&code));
    let Some(row) = row.filter(|r| same_secret(&r.tracking_hash, &hash)) else {
        let _ = throttle::record_failure(&state.db, &key, now()).await;
        let message = t.t("track-error-no-match");
        return form.show_again(&state, vec![FieldError { field: "reference".into(), message }], None, &["code"]).await;
    };
    let _ = throttle::clear(&state.db, &key).await;

    let step = form.get("step");
    let mut done = String::new();
    // A problem with "add" or "withdraw" shows the status page again, not the look-up form.
    let status_again = |field: &str, id: &str| {
        let error = vec![FieldError { field: field.to_owned(), message: t.t(id) }];
        let row = row.clone();
        let code = code.clone();
        let state = state.clone();
        let form = &form;
        async move {
            let Ok(Some(case)) = refresh(&state, &row.id).await else {
                return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            let tracked = Tracked { reference: row.reference, code, state: case, done: String::new(), representation: row.representation == 1 };
            form.show_again_with(&state, error, &["code", "reference", "step"], tracked).await
        }
    };
    if step == "add" {
        let more = form.raw("more").trim().to_owned();
        if more.is_empty() || more.chars().count() > MAX_NOTE {
            let id = if more.is_empty() { "track-error-more-empty" } else { "track-error-too-long" };
            return status_again("more", id).await;
        }
        if let Err(e) = record_event(&state, &row.id, "info-added", None, None, Some(&more)).await {
            tracing::error!(error = %e, "could not add information to a complaint");
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
        notify::case_updated(&state, &row.reference, row.assigned_to.as_deref()).await;
        done = "added".into();
    } else if step == "withdraw" && row.stage != "closed" {
        if form.get("confirm") != "yes" {
            return status_again("confirm", "track-error-confirm-withdraw").await;
        }
        if let Err(e) = record_event(&state, &row.id, "closed", Some("withdrawn"), None, None).await {
            tracing::error!(error = %e, "could not withdraw a complaint");
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
        notify::case_updated(&state, &row.reference, row.assigned_to.as_deref()).await;
        done = "withdrawn".into();
    }
    let Ok(Some(case)) = refresh(&state, &row.id).await else {
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tracked = Tracked { reference: row.reference, code, state: case, done, representation: row.representation == 1 };
    render_page(&state, form.get_request(), tracked).await
}
