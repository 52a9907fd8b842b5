//! The survey journey's handlers: starting, answering, saving for later with a resume code,
//! sending, the safety "contact me" request, and what a new install loads.
//!
//! Pages (app/src/pages/survey) read the same data through [`draft`]; rules are in
//! `domain::survey*`; queries in `db::surveys` and the batching `db::survey_writer`.

pub mod contact;
pub mod content;
pub mod tallies;
pub mod draft;
pub mod journey;
pub mod resume;
pub mod runtime;

use crate::state::AppState;
use axum::routing::post;
use axum::Router;

/// Every survey form post. Each posts to its page's own address.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/survey/resume", post(resume::post_resume))
        .route("/survey/contact-me", post(contact::post_contact))
        .route("/survey/{round}/{band}", post(journey::post_start))
        .route("/survey/{round}/{band}/q/{n}", post(journey::post_question))
        .route("/survey/{round}/{band}/save", post(journey::post_save))
        .route("/survey/{round}/{band}/check", post(journey::post_send))
}
