//! `/survey/{round}/{band}/q/{n}/help`: the survey stops when an answer says a young person
//! may not be safe (the rule is `domain::survey_safety`). Help now, and an optional, separate
//! request for someone to get in touch. Nothing here is stored.

use super::{load_page, open_or_explain, set_status, Explain, SurveyShell};
use crate::api::survey::journey::step_path;
use crate::domain::survey::next_step;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The interruption page.
#[component]
pub fn SafetyPage() -> impl IntoView {
    let i18n = use_i18n();
    let changing = use_query_map().get_untracked().get("change").is_some();
    let n = use_params_map().get_untracked().get("n").and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    let page = Suspend::new(async move {
        let Some(data) = load_page().await else { return ().into_any() };
        let survey = match open_or_explain(data.survey.as_ref()) {
            Ok(s) => s.clone(),
            Err(view) => return view,
        };
        if survey.set.question(n).is_none() {
            set_status(http::StatusCode::NOT_FOUND);
            return view! { <Explain title=i18n.t("survey-not-found-title") text=i18n.t("survey-not-found-text")/> }.into_any();
        }
        let next = step_path(&survey, next_step(&survey.set, n, changing));
        let contact = format!("/survey/contact-me?back={}", next.replace('?', "%3F").replace('=', "%3D"));
        let phone = data.state.settings.out_of_hours_phone.clone();
        let tel = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
        let council = data.state.settings.council_name.clone();
        view! {
            <Title text=i18n.t("survey-safety-page-title")/>
            <h1>{i18n.t("survey-safety-title")}</h1>
            <p class="lead">{i18n.t("survey-safety-lead")}</p>
            <p>{i18n.t("survey-safety-anonymous")}</p>
            <h2>{i18n.t("survey-safety-now-title")}</h2>
            <ul class="list help-now">
                <li>{i18n.t("help-emergency")}" "<a class="phone" href="tel:999" dir="ltr">"999"</a></li>
                <li>{i18n.t("help-childline")}" "<a class="phone" href="tel:08001111" dir="ltr">"0800 1111"</a></li>
                <li>{i18n.t("help-out-of-hours")}" "<a class="phone" href=tel dir="ltr">{phone}</a></li>
            </ul>
            <h2>{i18n.t("survey-safety-contact-title")}</h2>
            <p>{i18n.t_with("survey-safety-contact-text", &[("council", council.into())])}</p>
            <div class="button-group">
                <a class="button" href=contact>{i18n.t("survey-safety-contact-button")}</a>
                <a class="button button--secondary" href=next>{i18n.t("survey-safety-carry-on")}</a>
            </div>
        }
        .into_any()
    });
    view! { <SurveyShell><Suspense>{page}</Suspense></SurveyShell> }
}
