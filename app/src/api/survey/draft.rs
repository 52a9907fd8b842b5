//! Finding the survey a page is about, and the draft that belongs to this browser.
//!
//! Between pages a draft is tied to the browser by a random token in a short-lived cookie
//! (`cv_survey`, HttpOnly, SameSite=Strict, path `/survey`, one day). The database holds only
//! the token's hash. Addresses carry the round and band, never the draft, so browser history
//! holds nothing that opens someone's answers. The cookie is cleared when the survey is sent,
//! and the response keeps nothing of it.

use crate::api::staff::session::cookie;
use crate::crypto::sha256_hex;
use crate::db::surveys::{self, DraftRow, RoundBand};
use crate::domain::survey::{Answers, Band, QuestionSet};
use crate::domain::survey_rounds::{day_of, parse_iso, round_status, RoundStatus};
use crate::state::{now, AppState};
use http::HeaderMap;
use std::sync::Arc;
use time::Date;

/// The draft cookie's name.
pub const COOKIE: &str = "cv_survey";
/// How long the cookie lasts (the resume code outlives it).
pub const COOKIE_SECS: i64 = 24 * 3600;

/// Today (UTC): the only time a survey ever records.
pub fn today() -> Date {
    day_of(now())
}

/// A round's band, open or not, with its question set.
#[derive(Clone, Debug)]
pub struct Survey {
    /// The round and the band's set id.
    pub round: RoundBand,
    /// The band.
    pub band: Band,
    /// The questions.
    pub set: Arc<QuestionSet>,
    /// Open, not yet, or closed.
    pub status: RoundStatus,
}

impl Survey {
    /// `/survey/{round}/{band}` followed by `rest`.
    pub fn path(&self, rest: &str) -> String {
        format!("/survey/{}/{}{rest}", self.round.id, self.band.slug())
    }
}

/// The survey at `/survey/{round_id}/{band}`, if that round asks that band.
pub async fn find_survey(state: &AppState, round_id: &str, band: &str) -> Option<Survey> {
    let band = Band::parse(band)?;
    let round = match state.surveys.round_band(&state.db, state.org(), round_id, band.slug()).await {
        Ok(r) => r?,
        Err(e) => {
            tracing::error!(error = %e, "could not read a survey round");
            return None;
        }
    };
    let set = state.surveys.set(&state.db, &round.set_id).await?;
    let (opens, closes) = (parse_iso(&round.opens_on)?, parse_iso(&round.closes_on)?);
    let status = round_status(opens, closes, round.closed_early == 1, today());
    Some(Survey { round, band, set, status })
}

/// A live draft, answers opened.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The stored row.
    pub row: DraftRow,
    /// Hash of this browser's token.
    pub token_hash: String,
    /// The answers so far.
    pub answers: Answers,
}

/// What this browser has for a survey.
#[derive(Clone, Debug)]
pub enum DraftState {
    /// No draft cookie.
    None,
    /// A cookie whose draft is gone; `sent` if it was sent.
    Gone {
        /// The draft was sent (the confirmation can be shown again).
        sent: bool,
    },
    /// The draft ran out.
    Expired,
    /// A draft for another round or band.
    Elsewhere(Box<Draft>),
    /// A draft for this survey.
    Live(Box<Draft>),
}

/// The browser's draft token, if any.
pub fn token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, COOKIE).filter(|t| t.len() == 43)
}

/// Loads this browser's draft and says how it relates to `survey`.
pub async fn load_draft(state: &AppState, headers: &HeaderMap, survey: Option<&Survey>) -> DraftState {
    let Some(token) = token(headers) else { return DraftState::None };
    let hash = sha256_hex(&token);
    let row = match surveys::find_draft(&state.db, &hash).await {
        Ok(Some(row)) => row,
        Ok(None) => {
            let sent = surveys::was_sent(&state.db, &hash).await.unwrap_or(false);
            return DraftState::Gone { sent };
        }
        Err(e) => {
            tracing::error!(error = %e, "could not read a survey draft");
            return DraftState::Gone { sent: false };
        }
    };
    if parse_iso(&row.expires_on).is_none_or(|d| d <= today()) {
        return DraftState::Expired;
    }
    let answers = open_answers(state, &row);
    let draft = Box::new(Draft { row, token_hash: hash, answers });
    match survey {
        Some(s) if s.round.id == draft.row.round_id && s.band.slug() == draft.row.band => DraftState::Live(draft),
        _ => DraftState::Elsewhere(draft),
    }
}

fn context(draft_id: &str) -> String {
    format!("survey.draft:{draft_id}")
}

/// A draft's answers, opened (empty if they cannot be: a lost key loses only the draft).
pub fn open_answers(state: &AppState, row: &DraftRow) -> Answers {
    state
        .keys
        .open(&row.answers, &context(&row.id))
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// A draft's answers, sealed for storage.
pub fn seal_answers(state: &AppState, draft_id: &str, answers: &Answers) -> String {
    let json = serde_json::to_string(answers).unwrap_or_else(|_| "{}".into());
    state.keys.seal(&json, &context(draft_id))
}

/// The `Set-Cookie` value that ties a draft to this browser.
pub fn set_cookie(state: &AppState, token: &str) -> String {
    let secure = if state.auth.secure_cookies { "; Secure" } else { "" };
    format!("{COOKIE}={token}; Path=/survey; Max-Age={COOKIE_SECS}; HttpOnly; SameSite=Strict{secure}")
}

/// The `Set-Cookie` value that removes it.
pub fn clear_cookie(state: &AppState) -> String {
    let secure = if state.auth.secure_cookies { "; Secure" } else { "" };
    format!("{COOKIE}=; Path=/survey; Max-Age=0; HttpOnly; SameSite=Strict{secure}")
}
