//! Survey rounds: a children's rights officer (or an administrator) opens a round for chosen
//! age bands, with dates and how many young people were invited, and can close it early.

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::forms::{field_error, see_other, FormRequest};
use crate::api::survey::draft::today;
use crate::db::surveys::{self, RoundBandRow, RoundRow};
use crate::domain::survey_rounds::{check_round, iso, RoundForm, RoundProblem};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use rand::Rng as _;

/// A new round id: eight lowercase letters and digits (it appears in survey addresses).
fn new_round_id() -> String {
    const CHARS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..8).map(|_| char::from(CHARS[rng.random_range(0..CHARS.len())])).collect()
}

/// The message id for a problem with the form.
fn message_id(p: RoundProblem) -> &'static str {
    match p {
        RoundProblem::Title => "staff-surveys-error-title",
        RoundProblem::OpensOn => "staff-surveys-error-opens",
        RoundProblem::ClosesOn => "staff-surveys-error-closes",
        RoundProblem::Bands => "staff-surveys-error-bands",
        RoundProblem::Invited(_) => "staff-surveys-error-invited",
    }
}

/// `POST /staff/surveys`: open a round.
pub async fn post_open(State(state): State<AppState>, form: FormRequest) -> Response {
    let t = form.i18n();
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    let (title, opens_on, closes_on) = (form.get("title"), form.get("opens_on"), form.get("closes_on"));
    let invited: Vec<(String, String)> = form
        .fields
        .iter()
        .filter(|(k, _)| k == "band")
        .map(|(_, band)| (band.clone(), form.get(&format!("invited-{band}"))))
        .collect();
    let input = RoundForm {
        title: &title,
        opens_on: &opens_on,
        closes_on: &closes_on,
        bands: invited.iter().map(|(b, n)| (b.as_str(), n.as_str())).collect(),
    };
    let round = match check_round(&input, today()) {
        Ok(r) => r,
        Err(problems) => {
            let errors = problems.into_iter().map(|p| field_error(&p.field(), t.t(message_id(p)))).collect();
            return form.show_again(&state, errors, None, &["csrf"]).await;
        }
    };
    let mut bands = Vec::new();
    for (band, invited) in &round.bands {
        match surveys::latest_set_id(&state.db, state.org(), band.slug()).await {
            Ok(Some(set_id)) => {
                bands.push(RoundBandRow { band: band.slug().to_owned(), set_id, invited: invited.map(i64::from) })
            }
            Ok(None) => {
                let e = field_error("bands", t.t("staff-surveys-error-no-questions"));
                return form.show_again(&state, vec![e], None, &["csrf"]).await;
            }
            Err(e) => return server_error(e),
        }
    }
    let row = RoundRow {
        id: new_round_id(),
        title: round.title,
        opens_on: iso(round.opens_on),
        closes_on: iso(round.closes_on),
        closed_early: 0,
        is_demo: 0,
    };
    if let Err(e) = surveys::insert_round(&state.db, state.org(), &row, &iso(today()), &bands).await {
        return server_error(e);
    }
    state.surveys.forget_rounds();
    let ip = client_ip(&state, &form.parts);
    let detail = bands.iter().map(|b| b.band.as_str()).collect::<Vec<_>>().join(", ");
    record(&state, Some(&staff.user_id), "survey-round-opened", Some(&row.id), Some(&detail), ip.as_deref()).await;
    see_other("/staff/surveys")
}

/// `POST /staff/surveys/{id}/close`: stop taking answers now.
pub async fn post_close(State(state): State<AppState>, Path(id): Path<String>, form: FormRequest) -> Response {
    let Some(staff) = form.ext::<CurrentStaff>() else { return see_other("/staff/sign-in") };
    match surveys::close_round(&state.db, state.org(), &id).await {
        Ok(true) => {
            state.surveys.forget_rounds();
            let ip = client_ip(&state, &form.parts);
            record(&state, Some(&staff.user_id), "survey-round-closed", Some(&id), None, ip.as_deref()).await;
            see_other("/staff/surveys")
        }
        Ok(false) => see_other("/staff/surveys"),
        Err(e) => server_error(e),
    }
}

fn server_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "a survey round could not be saved");
    http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
