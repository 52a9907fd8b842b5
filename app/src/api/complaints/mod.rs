//! Young people's casework journeys: something's not right, track my complaint, I'd like an
//! advocate, tell us something good. All plain HTML forms; nothing is stored until "Send".

pub mod advocate;
pub mod complain;
pub mod compliment;
pub mod track;

use crate::api::forms::FormRequest;
use crate::i18n::{I18n, Locale};
use crate::shell::RequestMeta;
use crate::state::AppState;
use axum::routing::post;
use axum::Router;

/// The POST routes of the public casework journeys.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/complaint", post(complain::post_complaint))
        .route("/track", post(track::post_track))
        .route("/advocate", post(advocate::post_advocate))
        .route("/compliment", post(compliment::post_compliment))
}

/// The request's language.
pub fn i18n(form: &FormRequest) -> I18n {
    I18n::new(form.ext::<RequestMeta>().map(|m| m.locale).unwrap_or(Locale::EnGb))
}

/// A day as `YYYY-MM-DD`.
pub fn day_string(d: time::Date) -> String {
    d.to_string()
}

/// A new random id / form id.
pub fn new_id() -> String {
    crate::crypto::random_token(16)
}

/// Random bytes.
pub fn random<const N: usize>() -> [u8; N] {
    use rand::RngCore as _;
    let mut b = [0u8; N];
    rand::rng().fill_bytes(&mut b);
    b
}
