//! `/advocate`: ask for an advocate, with or without a complaint.

use super::{day_string, i18n, new_id, random};
use crate::api::forms::{FieldError, FormRequest};
use crate::api::notify;
use crate::api::render::render_page;
use crate::db::advocacy::{self, NewAdvocacy};
use crate::domain::casework::{self, MAX_NOTE, MAX_SHORT};
use crate::state::{now, today, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// Context: the request was received.
#[derive(Clone, Debug)]
pub struct AdvocateRequested {
    /// Its reference.
    pub reference: String,
}

/// `POST /advocate`.
pub async fn post_advocate(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = i18n(&form);
    let (name, contact, about) = (form.get("name"), form.get("contact"), form.raw("about").trim().to_owned());
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > MAX_SHORT {
        errors.push(FieldError { field: "name".into(), message: t.t("advocate-error-name") });
    }
    if !(casework::plausible_phone(&contact) || casework::plausible_email(&contact)) {
        errors.push(FieldError { field: "contact".into(), message: t.t("advocate-error-contact") });
    }
    if about.chars().count() > MAX_NOTE {
        errors.push(FieldError { field: "about".into(), message: t.t("complaint-error-too-long") });
    }
    if !errors.is_empty() {
        return form.show_again(&state, errors, None, &[]).await;
    }
    let id = new_id();
    let seal = |f: &str, v: &str| state.keys.seal(v, &format!("advocacy.{f}:{id}"));
    let form_id = Some(form.get("form_id")).filter(|f| f.len() >= 16 && f.len() <= 64).unwrap_or_else(new_id);
    let new = NewAdvocacy {
        id: id.clone(),
        organisation_id: state.org().to_owned(),
        reference: casework::reference("AD", &random::<8>()),
        form_id,
        received_day: day_string(today()),
        received_at: now(),
        name_sealed: seal("name", &name),
        contact_sealed: seal("contact", &contact),
        about_sealed: (!about.is_empty()).then(|| seal("about", &about)),
    };
    match advocacy::insert_once(&state.db, &new).await {
        Ok(reference) => {
            if reference == new.reference {
                notify::new_case(&state, notify::CaseKind::Advocacy, &reference, true).await;
            }
            render_page(&state, form.get_request(), AdvocateRequested { reference }).await
        }
        Err(e) => {
            tracing::error!(error = %e, "could not store an advocacy request");
            http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
