//! `/survey/{round}/{band}`: before the first question. How long it takes, that it is
//! anonymous, who sees the results, that anything can be skipped, where to get help, and
//! (4 to 7) who the adult helping is.

use super::{load_page, open_or_explain, BackLink, SurveyShell, TranslationNotice};
use crate::api::forms::use_form;
use crate::api::survey::draft::DraftState;
use crate::api::survey::journey::step_path;
use crate::components::forms::{page_title, ErrorSummary};
use crate::domain::survey::{resume_step, HELPERS};
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The start page of one survey.
#[component]
pub fn SurveyStartPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let page = Suspend::new(async move {
        let Some(data) = load_page().await else { return ().into_any() };
        let survey = match open_or_explain(data.survey.as_ref()) {
            Ok(s) => s.clone(),
            Err(view) => return view,
        };
        let council = data.state.settings.council_name.clone();
        let band = survey.band.slug();
        let title = i18n.t(&format!("survey-start-title-{band}"));
        let carry_on = match &data.draft {
            DraftState::Live(d) => Some(step_path(&survey, resume_step(&survey.set, &d.answers))),
            _ => None,
        };
        let length = i18n.t_with(
            "survey-start-length",
            &[("minutes", survey.set.meta.minutes.into()), ("count", survey.set.len().into())],
        );
        let points = ["survey-start-anonymous", "survey-start-skip", "survey-start-save"]
            .into_iter()
            .map(|id| view! { <li>{i18n.t(id)}</li> })
            .collect_view();
        let helper = survey.band.with_helper().then(|| view! { <HelperQuestion form=form.clone()/> });
        view! {
            <Title text=page_title(&form, title.clone())/>
            <BackLink href="/survey".into()/>
            <ErrorSummary form=form.clone()/>
            <h1>{title}</h1>
            <TranslationNotice survey=survey.clone()/>
            <p class="lead">{length}</p>
            <ul class="list">{points}</ul>
            <h2>{i18n.t("survey-start-who-title")}</h2>
            <p>{i18n.t_with("survey-start-who", &[("council", council.into())])}</p>
            <p>{i18n.t("survey-start-no-reply")}</p>
            <h2>{i18n.t("survey-start-help-title")}</h2>
            <p>{i18n.t("survey-start-help")}" "<a href="/help">{i18n.t("survey-start-help-link")}</a></p>
            {carry_on.map(|href| view! {
                <p class="notice">{i18n.t("survey-start-started")}" "<a href=href>{i18n.t("survey-start-carry-on")}</a></p>
            })}
            <form method="post" action=survey.path("") class="form" novalidate data-survey-form="">
                {helper}
                <button type="submit" class="button button--start">{i18n.t("survey-start-button")}</button>
            </form>
        }
        .into_any()
    });
    view! { <SurveyShell><Suspense>{page}</Suspense></SurveyShell> }
}

/// 4 to 7: the adult says who they are, in broad terms (recorded as "someone helped").
#[component]
fn HelperQuestion(form: crate::api::forms::FormState) -> impl IntoView {
    let i18n = use_i18n();
    let error = form.error("helper");
    let chosen = form.value("helper");
    let items = HELPERS
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            let id = if i == 0 { "helper".to_owned() } else { format!("helper-{h}") };
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=id.clone() name="helper" value=h checked={chosen == h}/>
                    <label class="radios__label" for=id>{i18n.t(&format!("survey-helper-{h}"))}</label>
                </div>
            }
        })
        .collect_view();
    let class = if error.is_some() { "field field--error" } else { "field" };
    let described = error.as_ref().map(|_| "helper-error");
    view! {
        <p>{i18n.t("survey-helper-intro")}</p>
        <div class=class>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{i18n.t("survey-helper-legend")}</legend>
                {error.map(|e| view! { <p class="field__error" id="helper-error">{e}</p> })}
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}
