//! `/complaint`: the form, "check your answers", and send.
//!
//! One address, three steps chosen by the `step` field: `check` (validate, then show the
//! answers to check), `change` (back to the form with the answers filled in) and `send`
//! (store once per form id, then the confirmation with the reference and tracking code).

use super::{day_string, i18n, new_id, random};
use crate::api::forms::{FieldError, FormRequest};
use crate::api::notify;
use crate::api::render::render_page;
use crate::crypto::sha256_hex;
use crate::db::complaints::{self, NewComplaint};
use crate::domain::casework::{self, ComplaintInput};
use crate::domain::complaints::{case_state, Event, EventKind};
use crate::state::{now, today, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// Context: show the answers to check before sending.
#[derive(Clone, Debug)]
pub struct CheckAnswers {
    /// What was typed.
    pub input: ComplaintInput,
    /// The one-time form id.
    pub form_id: String,
}

/// Context: the complaint was received.
#[derive(Clone, Debug)]
pub struct ComplaintSent {
    /// The reference.
    pub reference: String,
    /// The tracking code (shown once).
    pub tracking_code: String,
    /// When the reply is due.
    pub reply_by: Option<time::Date>,
    /// When it will be acknowledged by.
    pub acknowledge_by: Option<time::Date>,
    /// No reply was wanted.
    pub representation: bool,
}

/// Reads the complaint fields.
pub fn input(form: &FormRequest) -> ComplaintInput {
    ComplaintInput {
        who: form.get("who"),
        child_agrees: form.get("child_agrees"),
        topic: form.get("topic"),
        what_happened: form.raw("what_happened").trim().to_owned(),
        put_right: form.raw("put_right").trim().to_owned(),
        advocate: form.get("advocate"),
        reply_by: form.get("reply_by"),
        name: form.get("name"),
        contact: form.get("contact"),
    }
}

/// `POST /complaint`.
pub async fn post_complaint(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let c = input(&form);
    let form_id = Some(form.get("form_id")).filter(|f| f.len() >= 16 && f.len() <= 64).unwrap_or_else(new_id);
    let problems = casework::check_complaint(&c);
    let step = form.get("step");
    if step == "change" || !problems.is_empty() {
        let errors = if step == "change" {
            Vec::new()
        } else {
            problems.iter().map(|(f, id)| FieldError { field: (*f).to_owned(), message: t.t(id) }).collect()
        };
        let mut res = form.show_again(&state, errors, None, &[]).await;
        if step == "change" {
            *res.status_mut() = http::StatusCode::OK;
        }
        return res;
    }
    if step != "send" {
        return render_page(&state, form.get_request(), CheckAnswers { input: c, form_id }).await;
    }
    match store(&state, &c, &form_id).await {
        Ok(sent) => render_page(&state, form.get_request(), sent).await,
        Err(e) => {
            tracing::error!(error = %e, "could not store a complaint");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Seals and stores the complaint (once per form id), tells staff, and returns what to show.
pub async fn store(state: &AppState, c: &ComplaintInput, form_id: &str) -> Result<ComplaintSent, crate::db::DbError> {
    let id = new_id();
    let day = today();
    let tracking = casework::tracking_code(&random::<10>());
    let seal = |field: &str, text: &str| state.keys.seal(text, &format!("complaint.{field}:{id}"));
    let opt = |field: &str, text: &str| (!text.trim().is_empty()).then(|| seal(field, text));
    let calendar = state.calendar().await;
    let cal = &calendar;
    let initial = case_state(&[Event { kind: EventKind::Received, day }], cal);
    let new = NewComplaint {
        id: id.clone(),
        organisation_id: state.org().to_owned(),
        reference: casework::reference("CV", &random::<8>()),
        tracking_hash: sha256_hex(&casework::normalise_tracking_code(&tracking)),
        tracking_sealed: seal("tracking", &tracking),
        form_id: form_id.to_owned(),
        received_day: day_string(day),
        received_at: now(),
        who: c.who.clone(),
        on_behalf: c.on_behalf(),
        child_agrees: c.child_agrees == "yes",
        topic: c.topic.clone(),
        wants_advocate: c.advocate.clone(),
        reply_by: c.reply_by.clone(),
        representation: c.representation(),
        name_sealed: opt("name", &c.name),
        contact_sealed: opt("contact", &c.contact),
        body_sealed: seal("body", &c.what_happened),
        remedy_sealed: opt("remedy", &c.put_right),
        stage: "stage-1".into(),
        waiting: "stage-1-reply".into(),
        due_day: initial.as_ref().and_then(|s| s.due).map(day_string),
    };
    let stored_id = complaints::insert_once(&state.db, &new).await?;
    let row = complaints::find(&state.db, state.org(), &stored_id).await?;
    let Some(row) = row else { return Err(crate::db::DbError(sqlx::Error::RowNotFound)) };
    if stored_id == id {
        notify::new_case(state, notify::CaseKind::Complaint, &row.reference, c.advocate == "yes").await;
    }
    // A retried send shows the same reference and code as the first.
    let tracking_code = state
        .keys
        .open(&row.tracking_sealed, &format!("complaint.tracking:{}", row.id))
        .unwrap_or_default();
    let received = time::Date::parse(&row.received_day, &time::format_description::well_known::Iso8601::DATE).unwrap_or(day);
    let s = case_state(&[Event { kind: EventKind::Received, day: received }], cal);
    Ok(ComplaintSent {
        reference: row.reference,
        tracking_code,
        reply_by: s.as_ref().and_then(|s| s.due),
        acknowledge_by: s.as_ref().and_then(|s| s.acknowledge_by),
        representation: row.representation == 1,
    })
}
