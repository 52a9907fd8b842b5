//! "Is this happening for you?": the small form on each Pledge and Charter promise posts
//! here (to its own page's address). The answer is stored with no identity; a retried post
//! counts once; then the young person goes back to the same promise, with a thank-you.

use super::forms::{see_other, FieldError, FormRequest};
use crate::content::model::Kind;
use crate::db::{content as content_repo, promise_checks};
use crate::domain::promise_check::{
    answered_location, day_of, oldest_kept_day, valid_form_id, valid_promise_id, Answer, PromiseKind,
};
use crate::i18n::{I18n, Locale};
use crate::shell::RequestMeta;
use crate::state::{now, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use http::StatusCode;

/// The form posts: `POST /pledge` and `POST /charter`.
pub fn routes() -> Router<AppState> {
    Router::new().route("/pledge", post(pledge)).route("/charter", post(charter))
}

async fn pledge(State(state): State<AppState>, form: FormRequest) -> Response {
    answer(&state, form, PromiseKind::Pledge).await
}

async fn charter(State(state): State<AppState>, form: FormRequest) -> Response {
    answer(&state, form, PromiseKind::Charter).await
}

/// The content kind a promise kind's items are stored as.
pub fn content_kind(kind: PromiseKind) -> Kind {
    match kind {
        PromiseKind::Pledge => Kind::Pledge,
        PromiseKind::Charter => Kind::CharterPromise,
    }
}

/// The name of a promise form's answer field (and the `id` of its first radio).
pub fn answer_field(kind: PromiseKind, promise_id: &str) -> String {
    format!("{}-answer", kind.anchor(promise_id))
}

async fn answer(state: &AppState, form: FormRequest, kind: PromiseKind) -> Response {
    let locale = form.ext::<RequestMeta>().map_or(Locale::EnGb, |m| m.locale);
    let i18n = I18n::new(locale);
    let org = state.org();
    let promise = form.get("promise");

    let known = if valid_promise_id(&promise) {
        match content_repo::is_published(&state.db, org, content_kind(kind).code(), &promise).await {
            Ok(known) => known,
            Err(e) => return server_error(&e),
        }
    } else {
        false
    };
    if !known {
        return form.show_again(state, Vec::new(), Some(i18n.t("check-error-unknown-promise")), &[]).await;
    }
    let typed = form.get("answer");
    let Some(answer) = Answer::parse(&typed) else {
        let message = if typed.is_empty() { "check-error-choose" } else { "check-error-not-an-option" };
        let error = FieldError { field: answer_field(kind, &promise), message: i18n.t(message) };
        return form.show_again(state, vec![error], None, &[]).await;
    };
    let form_id = form.get("form_id");
    if !valid_form_id(&form_id) {
        let error = FieldError { field: answer_field(kind, &promise), message: i18n.t("check-error-try-again") };
        return form.show_again(state, vec![error], None, &[]).await;
    }

    let t = now();
    if let Err(e) = promise_checks::purge_form_ids(&state.db, &oldest_kept_day(t)).await {
        return server_error(&e);
    }
    let day = day_of(t);
    let check = promise_checks::NewCheck {
        promise_kind: kind.code(),
        promise_id: &promise,
        answer: answer.code(),
        day: &day,
        form_id: &form_id,
    };
    if let Err(e) = promise_checks::record(&state.db, org, &check).await {
        return server_error(&e);
    }
    see_other(&answered_location(kind, &promise, locale.tag()))
}

/// A 500 (the error-page layer shows it in the user's language); the log gets the error,
/// never the answer.
fn server_error(e: &crate::db::DbError) -> Response {
    tracing::error!(error = %e, "could not record a promise check");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
