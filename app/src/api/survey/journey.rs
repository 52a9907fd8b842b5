//! The survey's form posts: start, answer a question, get a resume code, send.
//!
//! Each posts to its page's own address. A problem shows the same page again with a
//! message and what was typed; the draft (the other answers) is never touched by a refused
//! post. A closed round, a missing question or an unknown survey are shown by the page
//! itself (it reads the same data), so those cases just render it.

use super::draft::{
    clear_cookie, find_survey, load_draft, seal_answers, set_cookie, today, token, DraftState, Survey,
};
use crate::api::forms::{field_error, see_other, with_cookie, FormRequest};
use crate::crypto::{random_token, sha256_hex};
use crate::db::survey_writer::{NewDraft, Submission, SubmitOutcome};
use crate::domain::survey::{
    next_step, read_answer, Action, Answer, AnswerError, Answers, Kind, Step, HELPERS, MAX_TEXT_CHARS,
};
use crate::domain::survey_resume::{code_from_indexes, normalise, CODE_LEN};
use crate::domain::survey_rounds::{add_days, iso, parse_iso, RoundStatus};
use crate::domain::survey_results;
use crate::domain::survey_safety::needs_safety_check;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use rand::Rng as _;

/// Shown once on the "save and come back later" page: the new code and its last day.
#[derive(Clone, Debug)]
pub struct ResumeCodeIssued {
    /// The code, e.g. `KDM-7QX-P4T`.
    pub code: String,
    /// The last day it works (ISO).
    pub last_day: String,
}

fn server_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "a survey write failed");
    http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// The survey, if it takes answers now; otherwise the page that says why.
async fn open_survey(state: &AppState, round: &str, band: &str, form: &FormRequest) -> Result<Survey, Response> {
    match find_survey(state, round, band).await {
        Some(s) if s.status == RoundStatus::Open => Ok(s),
        _ => Err(form.render(state, ()).await),
    }
}

/// The page again with a message about the draft (gone, ran out) instead of a field error.
async fn draft_problem(state: &AppState, form: &FormRequest, draft: &DraftState) -> Response {
    let id = match draft {
        DraftState::Expired => "survey-error-expired",
        _ => "survey-error-no-draft",
    };
    form.show_again(state, Vec::new(), Some(form.i18n().t(id)), &[]).await
}

/// `POST /survey/{round}/{band}`: start (with who is helping, for 4 to 7).
pub async fn post_start(State(state): State<AppState>, Path((round, band)): Path<(String, String)>, form: FormRequest) -> Response {
    let survey = match open_survey(&state, &round, &band, &form).await {
        Ok(s) => s,
        Err(page) => return page,
    };
    let helper = form.get("helper");
    let helped_by = match (survey.band.with_helper(), HELPERS.contains(&helper.as_str())) {
        (false, _) => None,
        (true, true) => Some(helper),
        (true, false) => {
            let e = field_error("helper", form.i18n().t("survey-helper-missing"));
            return form.show_again(&state, vec![e], None, &[]).await;
        }
    };
    if let Some(old) = token(&form.parts.headers) {
        // A draft nobody can come back to (no resume code) is deleted, not left to expire.
        if let Err(e) = state.surveys.writer.discard(&sha256_hex(&old)).await {
            return server_error(e);
        }
    }
    let token = random_token(32);
    let id = random_token(16);
    let draft = NewDraft {
        answers: seal_answers(&state, &id, &Answers::new()),
        id,
        token_hash: sha256_hex(&token),
        organisation_id: state.org().to_owned(),
        round_id: survey.round.id.clone(),
        band: survey.band.slug().to_owned(),
        set_id: survey.round.set_id.clone(),
        helped_by,
        expires_on: iso(add_days(today(), state.surveys.draft_days)),
    };
    if let Err(e) = state.surveys.writer.new_draft(draft).await {
        return server_error(e);
    }
    with_cookie(see_other(&survey.path("/q/1")), &set_cookie(&state, &token))
}

/// `POST /survey/{round}/{band}/q/{n}`: answer, skip, "I'd rather not say", or save for later.
pub async fn post_question(
    State(state): State<AppState>,
    Path((round, band, n)): Path<(String, String, String)>,
    form: FormRequest,
) -> Response {
    let t = form.i18n();
    let survey = match open_survey(&state, &round, &band, &form).await {
        Ok(s) => s,
        Err(page) => return page,
    };
    let Some((n, question)) = n.parse::<usize>().ok().and_then(|n| survey.set.question(n).map(|q| (n, q))) else {
        return form.render(&state, ()).await;
    };
    let mut draft = match load_draft(&state, &form.parts.headers, Some(&survey)).await {
        DraftState::Live(d) => d,
        DraftState::Gone { sent: true } => return see_other(&survey.path("/sent")),
        other => return draft_problem(&state, &form, &other).await,
    };
    if form.get("question") != question.id {
        let e = field_error("answer", t.t("survey-error-wrong-question"));
        return form.show_again(&state, vec![e], None, &[]).await;
    }
    let action = Action::parse(&form.get("action"));
    let answer = match read_answer(question, action, &form.raw("answer")) {
        Ok(a) => a,
        Err(AnswerError::NotAnOption) => {
            return form.show_again(&state, vec![field_error("answer", t.t("survey-error-not-an-option"))], None, &[]).await;
        }
        Err(AnswerError::TooLong(chars)) => {
            let msg = t.t_with("survey-error-too-long", &[("count", chars.into()), ("max", MAX_TEXT_CHARS.into())]);
            return form.show_again(&state, vec![field_error("answer", msg)], None, &[]).await;
        }
    };
    if let Some(a) = &answer {
        draft.answers.insert(question.id.clone(), a.clone());
        let sealed = seal_answers(&state, &draft.row.id, &draft.answers);
        match state.surveys.writer.save_answers(&draft.token_hash, sealed).await {
            Ok(true) => {}
            Ok(false) => return draft_problem(&state, &form, &DraftState::Expired).await,
            Err(e) => return server_error(e),
        }
    }
    let changing = form.get("change") == "1";
    if action == Action::Save {
        return see_other(&survey.path("/save"));
    }
    if answer.is_some_and(|a| needs_safety_check(question, &a)) {
        return see_other(&survey.path(&format!("/q/{n}/help{}", if changing { "?change=1" } else { "" })));
    }
    see_other(&step_path(&survey, next_step(&survey.set, n, changing)))
}

/// The address of a step.
pub fn step_path(survey: &Survey, step: Step) -> String {
    match step {
        Step::Question(k) => survey.path(&format!("/q/{k}")),
        Step::Check => survey.path("/check"),
    }
}

/// `POST /survey/{round}/{band}/save`: a new resume code for this draft, shown once.
pub async fn post_save(State(state): State<AppState>, Path((round, band)): Path<(String, String)>, form: FormRequest) -> Response {
    let survey = match open_survey(&state, &round, &band, &form).await {
        Ok(s) => s,
        Err(page) => return page,
    };
    let draft = match load_draft(&state, &form.parts.headers, Some(&survey)).await {
        DraftState::Live(d) => d,
        other => return draft_problem(&state, &form, &other).await,
    };
    let code = new_code();
    let hash = sha256_hex(&normalise(&code).unwrap_or_default());
    match state.surveys.writer.set_resume(&draft.token_hash, &hash).await {
        Ok(true) => {}
        Ok(false) => return draft_problem(&state, &form, &DraftState::Expired).await,
        Err(e) => return server_error(e),
    }
    // The last day it works is the day before it expires.
    let last_day = parse_iso(&draft.row.expires_on).map(|d| iso(add_days(d, -1))).unwrap_or_default();
    form.render(&state, ResumeCodeIssued { code, last_day }).await
}

/// A new resume code, each character drawn uniformly.
fn new_code() -> String {
    let mut indexes = [0usize; CODE_LEN];
    let mut rng = rand::rng();
    for i in indexes.iter_mut() {
        *i = rng.random_range(0..crate::domain::survey_resume::ALPHABET.len());
    }
    code_from_indexes(&indexes)
}

/// `POST /survey/{round}/{band}/check`: send. A retry or a double click stores one response.
pub async fn post_send(State(state): State<AppState>, Path((round, band)): Path<(String, String)>, form: FormRequest) -> Response {
    let survey = match open_survey(&state, &round, &band, &form).await {
        Ok(s) => s,
        Err(page) => return page,
    };
    let sent = || with_cookie(see_other(&survey.path("/sent")), &clear_cookie(&state));
    let draft = match load_draft(&state, &form.parts.headers, Some(&survey)).await {
        DraftState::Live(d) => d,
        DraftState::Gone { sent: true } => return sent(),
        other => return draft_problem(&state, &form, &other).await,
    };
    let response_id = random_token(16);
    let answers = survey
        .set
        .questions
        .iter()
        .filter_map(|q| match draft.answers.get(&q.id)? {
            Answer::Value(v) if q.kind == Kind::Text => {
                let sealed = state.keys.seal(v, &format!("survey.answer:{response_id}:{}", q.id));
                Some((q.id.clone(), Some(sealed), false))
            }
            Answer::Value(v) => Some((q.id.clone(), Some(v.clone()), false)),
            Answer::PreferNot => Some((q.id.clone(), None, true)),
            Answer::Skipped => None,
        })
        .collect::<Vec<_>>();
    let submission = Submission {
        profile: survey_results::profile(&survey.set, &answers),
        tallies: survey_results::tally_keys(&survey.set, &answers),
        token_hash: draft.token_hash.clone(),
        response_id,
        organisation_id: state.org().to_owned(),
        round_id: survey.round.id.clone(),
        band: survey.band.slug().to_owned(),
        set_id: draft.row.set_id.clone(),
        submitted_on: iso(today()),
        helped_by: draft.row.helped_by.clone(),
        answers,
        sent_marker_until: draft.row.expires_on.clone(),
    };
    match state.surveys.writer.submit(submission).await {
        Ok(SubmitOutcome::Stored | SubmitOutcome::AlreadySent) => sent(),
        Ok(SubmitOutcome::Missing) => draft_problem(&state, &form, &DraftState::Expired).await,
        Err(e) => server_error(e),
    }
}
