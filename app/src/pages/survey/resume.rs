//! `/survey/resume`: type a resume code to carry on, on this or any other device.

use super::{BackLink, SurveyShell};
use crate::api::forms::use_form;
use crate::components::forms::{page_title, ErrorSummary, TextField};
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The resume page.
#[component]
pub fn ResumePage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    view! {
        <Title text=page_title(&form, i18n.t("survey-resume-title"))/>
        <SurveyShell>
            <BackLink href="/survey".into()/>
            <ErrorSummary form=form.clone()/>
            <h1>{i18n.t("survey-resume-title")}</h1>
            <p>{i18n.t("survey-resume-text")}</p>
            <form method="post" action="/survey/resume" class="form" novalidate data-survey-form="">
                <TextField name="code" label=i18n.t("survey-resume-label") hint=i18n.t("survey-resume-hint")
                    autocomplete="off" form=form.clone()/>
                <button type="submit" class="button">{i18n.t("survey-resume-button")}</button>
            </form>
        </SurveyShell>
    }
}
