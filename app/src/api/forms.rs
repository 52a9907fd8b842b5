//! Plain HTML forms that work without JavaScript.
//!
//! A form posts to its page's own address. The handler reads the fields with [`FormRequest`];
//! if something is wrong it shows the same page again ([`FormRequest::show_again`]) with a
//! [`FormState`] in context, which the page uses to fill the fields back in and to show
//! "There is a problem" with a link to each field. If all is well it redirects ([`see_other`]).

use crate::state::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use http::StatusCode;
use leptos::prelude::use_context;

/// A problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's `name` (and the `id` the error summary links to).
    pub field: String,
    /// The message, already translated.
    pub message: String,
}

/// What the user sent and what was wrong, for the page shown again.
#[derive(Clone, Debug, Default)]
pub struct FormState {
    /// The fields as sent (secret fields are removed before the page sees them).
    pub values: Vec<(String, String)>,
    /// Problems, in page order.
    pub errors: Vec<FieldError>,
    /// A message about the whole form (not one field).
    pub notice: Option<String>,
}

impl FormState {
    /// The value sent for `name`, or empty.
    pub fn value(&self, name: &str) -> String {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// The problem with `name`, if any.
    pub fn error(&self, name: &str) -> Option<String> {
        self.errors.iter().find(|e| e.field == name).map(|e| e.message.clone())
    }

    /// Whether there is any problem.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || self.notice.is_some()
    }
}

/// The form state for this render (empty on a first visit).
pub fn use_form() -> FormState {
    use_context::<FormState>().unwrap_or_default()
}

/// A posted form: the request's head (to show the page again) and its fields.
pub struct FormRequest {
    /// The request head, with the extensions the middleware added.
    pub parts: Parts,
    /// The fields in the order sent.
    pub fields: Vec<(String, String)>,
}

impl FormRequest {
    /// The first value of `name`, trimmed; empty if absent.
    pub fn get(&self, name: &str) -> String {
        self.raw(name).trim().to_owned()
    }

    /// The first value of `name` exactly as sent (passwords are not trimmed).
    pub fn raw(&self, name: &str) -> String {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// The translations for this request's language.
    pub fn i18n(&self) -> crate::i18n::I18n {
        let locale = self.ext::<crate::shell::RequestMeta>().map(|m| m.locale);
        crate::i18n::I18n::new(locale.unwrap_or(crate::i18n::Locale::EnGb))
    }

    /// Renders the page at this address again (status 200) with `extra` in context.
    pub async fn render<T: Clone + Send + Sync + 'static>(&self, state: &AppState, extra: T) -> Response {
        super::render::render_page(state, self.get_request(), extra).await
    }

    /// An extension the middleware put on the request.
    pub fn ext<T: Clone + Send + Sync + 'static>(&self) -> Option<T> {
        self.parts.extensions.get::<T>().cloned()
    }

    /// Shows the page again (status 422) with the fields, minus `secret` ones, and the problems.
    pub async fn show_again(
        &self,
        state: &AppState,
        errors: Vec<FieldError>,
        notice: Option<String>,
        secret: &[&str],
    ) -> Response {
        let values = self.fields.iter().filter(|(k, _)| !secret.contains(&k.as_str())).cloned().collect();
        let form = FormState { values, errors, notice };
        let mut res = super::render::render_page(state, self.get_request(), form).await;
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        res
    }

    /// Like [`FormRequest::show_again`], with one more value in context (e.g. the record the
    /// page is about, so the page around the form is the same as before).
    pub async fn show_again_with<T: Clone + Send + Sync + 'static>(
        &self,
        state: &AppState,
        errors: Vec<FieldError>,
        secret: &[&str],
        extra: T,
    ) -> Response {
        let values = self.fields.iter().filter(|(k, _)| !secret.contains(&k.as_str())).cloned().collect();
        let form = FormState { values, errors, notice: None };
        let mut res = super::render::render_page_with(state, self.get_request(), form, extra).await;
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        res
    }

    /// A GET request for the same address, carrying the same headers and extensions.
    pub fn get_request(&self) -> http::Request<Body> {
        let mut req = http::Request::new(Body::empty());
        *req.uri_mut() = self.parts.uri.clone();
        *req.headers_mut() = self.parts.headers.clone();
        *req.extensions_mut() = self.parts.extensions.clone();
        req
    }
}

impl<S: Send + Sync> FromRequest<S> for FormRequest {
    type Rejection = Response;

    async fn from_request(req: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let bytes = axum::body::to_bytes(body, 256 * 1024)
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| StatusCode::BAD_REQUEST.into_response())?;
        Ok(FormRequest { parts, fields })
    }
}

/// A problem with the field `name`.
pub fn field_error(name: &str, message: String) -> FieldError {
    FieldError { field: name.to_owned(), message }
}

/// `res` with a `Set-Cookie` header added.
pub fn with_cookie(mut res: Response, cookie: &str) -> Response {
    if let Ok(v) = http::HeaderValue::from_str(cookie) {
        res.headers_mut().append(http::header::SET_COOKIE, v);
    }
    res
}

/// A 303 redirect after a successful post.
pub fn see_other(location: &str) -> Response {
    (StatusCode::SEE_OTHER, [(http::header::LOCATION, location.to_owned())]).into_response()
}
