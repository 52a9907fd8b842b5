//! The contact-request inbox: staff who handle them (`Capability::ContactRequests`) open a
//! request (its sealed fields are opened and the reading is written to the audit log) and
//! mark it done.

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::forms::{see_other, FormRequest};
use crate::api::survey::contact::seal_context;
use crate::db::contact_requests;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

/// A request as staff read it.
#[derive(Clone, Debug)]
pub struct OpenedRequest {
    /// Id.
    pub id: String,
    /// The day it came in.
    pub received_on: String,
    /// `new` (before this reading), `opened` or `done`.
    pub status: String,
    /// What to call them (may be empty).
    pub name: String,
    /// How to reach them.
    pub reach: String,
    /// When it is safe (may be empty).
    pub safe_time: String,
}

/// Opens request `id` for `staff`: unseals it, marks it opened, and audits the reading.
/// `None` if there is no such request (or it cannot be unsealed, which is logged).
pub async fn open_request(state: &AppState, staff: &CurrentStaff, id: &str, parts: &http::request::Parts) -> Option<OpenedRequest> {
    let row = match contact_requests::find(&state.db, state.org(), id).await {
        Ok(r) => r?,
        Err(e) => {
            tracing::error!(error = %e, "could not read a contact request");
            return None;
        }
    };
    let open = |field: &str, sealed: &str| state.keys.open(sealed, &seal_context(field, &row.id));
    let (name, reach, safe_time) = match (open("name", &row.name), open("reach", &row.reach), open("safe_time", &row.safe_time)) {
        (Ok(n), Ok(r), Ok(s)) => (n, r, s),
        _ => {
            tracing::error!("a contact request could not be unsealed (wrong or missing data key)");
            return None;
        }
    };
    if row.status == "new" {
        if let Err(e) = contact_requests::set_status(&state.db, state.org(), &row.id, "opened").await {
            tracing::error!(error = %e, "could not mark a contact request opened");
        }
    }
    let ip = client_ip(state, parts);
    record(state, Some(&staff.user_id), "contact-request-opened", Some(&row.id), None, ip.as_deref()).await;
    Some(OpenedRequest { id: row.id, received_on: row.received_on, status: row.status, name, reach, safe_time })
}

/// `POST /staff/contact-requests/{id}/done`.
pub async fn post_done(State(state): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    match contact_requests::set_status(&state.db, state.org(), &id, "done").await {
        Ok(true) => {
            let ip = client_ip(&state, &form.parts);
            record(&state, Some(&staff.user_id), "contact-request-done", Some(&id), None, ip.as_deref()).await;
            see_other("/staff/contact-requests")
        }
        Ok(false) => see_other("/staff/contact-requests"),
        Err(e) => {
            tracing::error!(error = %e, "could not mark a contact request done");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
