//! The action log: staff add and edit actions, add translations, publish to young people.

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::forms::{see_other, FieldError, FormRequest};
use crate::db::actions::{self, ActionFields};
use crate::domain::actions::{check_action, ActionInput};
use crate::i18n::Locale;
use crate::state::{now, AppState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

fn input(form: &FormRequest) -> ActionInput {
    ActionInput {
        outcome: form.get("outcome"),
        said: form.get("said"),
        action: form.get("action"),
        owner: form.get("owner"),
        due_day: form.get("due_day"),
        status: form.get("status"),
        evidence: form.get("evidence"),
    }
}

async fn save(state: &AppState, form: &FormRequest, id: Option<String>) -> Response {
    let t = crate::api::complaints::i18n(form);
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let a = input(form);
    let problems = check_action(&a);
    if !problems.is_empty() {
        let errors = problems.iter().map(|(f, m)| FieldError { field: (*f).to_owned(), message: t.t(m) }).collect();
        return form.show_again(state, errors, None, &[]).await;
    }
    let fields = ActionFields {
        outcome: &a.outcome,
        said: &a.said,
        action: &a.action,
        owner: &a.owner,
        due_day: Some(a.due_day.as_str()).filter(|d| !d.is_empty()),
        status: &a.status,
        evidence: Some(a.evidence.as_str()).filter(|e| !e.is_empty()),
    };
    let (id, result, what) = match id {
        Some(id) => {
            let r = actions::update(&state.db, state.org(), &id, &fields, now()).await;
            (id, r, "action-updated")
        }
        None => {
            let id = crate::crypto::random_token(9);
            let r = actions::insert(&state.db, state.org(), &id, &fields, now()).await;
            (id, r, "action-added")
        }
    };
    let mut result = result;
    if result.is_ok() {
        for l in [Locale::Cy, Locale::Ar] {
            let (said, act) = (form.get(&format!("said_{}", l.tag())), form.get(&format!("action_{}", l.tag())));
            let reviewed = form.get(&format!("reviewed_{}", l.tag())) == "yes";
            if let Err(e) = actions::set_translation(&state.db, &id, l.tag(), &said, &act, reviewed).await {
                result = Err(e);
            }
        }
        let publish = form.get("published") == "yes";
        if let Err(e) = actions::set_published(&state.db, state.org(), &id, publish).await {
            result = Err(e);
        }
    }
    if let Err(e) = result {
        tracing::error!(error = %e, "could not save an action");
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let ip = client_ip(state, &form.parts);
    record(state, Some(&staff.user_id), what, Some(&id), None, ip.as_deref()).await;
    see_other("/staff/actions")
}

/// `POST /staff/actions`: add an action.
pub async fn post_new(State(state): State<AppState>, form: FormRequest) -> Response {
    save(&state, &form, None).await
}

/// `POST /staff/actions/{id}`: change an action, its translations and whether it is published.
pub async fn post_edit(State(state): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    match actions::find(&state.db, state.org(), &id).await {
        Ok(Some(_)) => save(&state, &form, Some(id)).await,
        _ => see_other("/staff/actions"),
    }
}
