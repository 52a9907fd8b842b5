//! `/survey/contact-me` and `/survey/contact-me/sent`: "I want someone to contact me".
//! It says who will read it at the moment of asking, and that it is kept apart from the survey.

use super::SurveyShell;
use crate::api::forms::use_form;
use crate::components::forms::{page_title, ErrorSummary, TextField};
use crate::domain::survey_safety::safe_return_path;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn back_param() -> Option<String> {
    use_query_map().get_untracked().get("back").and_then(|b| safe_return_path(&b).map(str::to_owned))
}

/// The request form.
#[component]
pub fn ContactPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let council = use_context::<AppState>().map(|s| s.settings.council_name.clone()).unwrap_or_default();
    let back = back_param().or_else(|| safe_return_path(&form.value("back")).map(str::to_owned));
    view! {
        <Title text=page_title(&form, i18n.t("survey-contact-page-title"))/>
        <SurveyShell>
            <ErrorSummary form=form.clone()/>
            <h1>{i18n.t("survey-contact-title")}</h1>
            <p class="lead">{i18n.t_with("survey-contact-who", &[("council", council.into())])}</p>
            <p>{i18n.t("survey-contact-apart")}</p>
            <p>{i18n.t("survey-contact-share")}</p>
            <form method="post" action="/survey/contact-me" class="form" novalidate data-survey-form="">
                {back.clone().map(|b| view! { <input type="hidden" name="back" value=b/> })}
                <TextField name="name" label=i18n.t("survey-contact-name") hint=i18n.t("survey-contact-name-hint")
                    autocomplete="off" form=form.clone()/>
                <TextField name="reach" label=i18n.t("survey-contact-reach") hint=i18n.t("survey-contact-reach-hint")
                    autocomplete="off" form=form.clone()/>
                <TextField name="safe_time" label=i18n.t("survey-contact-time") hint=i18n.t("survey-contact-time-hint")
                    autocomplete="off" form=form.clone()/>
                <button type="submit" class="button">{i18n.t("survey-contact-button")}</button>
            </form>
            {back.map(|b| view! { <p><a href=b>{i18n.t("survey-contact-no-thanks")}</a></p> })}
        </SurveyShell>
    }
}

/// The request is in.
#[component]
pub fn ContactSentPage() -> impl IntoView {
    let i18n = use_i18n();
    let back = back_param();
    view! {
        <Title text=i18n.t("survey-contact-sent-page-title")/>
        <SurveyShell>
            <div class="panel panel--confirmation">
                <h1 class="panel__title">{i18n.t("survey-contact-sent-title")}</h1>
            </div>
            <p>{i18n.t("survey-contact-sent-text")}</p>
            <p>{i18n.t("survey-contact-sent-danger")}</p>
            {back.map(|b| view! { <p><a class="button button--secondary" href=b>{i18n.t("survey-contact-sent-back")}</a></p> })}
            <p><a href="/">{i18n.t("survey-sent-home")}</a></p>
        </SurveyShell>
    }
}
