//! `/survey/{round}/{band}/save`: "save and come back later". The code is made by a post
//! and shown once (only its hash is kept); a new post makes a new code.

use super::{live_draft, load_page, long_date, open_or_explain, BackLink, SurveyShell};
use crate::api::forms::use_form;
use crate::api::survey::journey::{step_path, ResumeCodeIssued};
use crate::components::forms::{page_title, ErrorSummary};
use crate::domain::survey::resume_step;
use crate::domain::survey_rounds::parse_iso;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The save page.
#[component]
pub fn SavePage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let issued = use_context::<ResumeCodeIssued>();
    let page = Suspend::new(async move {
        let Some(data) = load_page().await else { return ().into_any() };
        let survey = match open_or_explain(data.survey.as_ref()) {
            Ok(s) => s.clone(),
            Err(view) => return view,
        };
        let draft = match live_draft(&survey, &data.draft) {
            Ok(d) => d,
            Err(view) => return view,
        };
        let carry_on = step_path(&survey, resume_step(&survey.set, &draft.answers));
        let title = i18n.t("survey-save-title");
        let Some(issued) = issued else {
            return view! {
                <Title text=page_title(&form, title.clone())/>
                <BackLink href=carry_on.clone()/>
                <ErrorSummary form=form.clone()/>
                <h1>{title}</h1>
                <p>{i18n.t_with("survey-save-text", &[("days", data.state.surveys.draft_days.into())])}</p>
                <form method="post" action=survey.path("/save") class="form" novalidate data-survey-form="">
                    <button type="submit" class="button">{i18n.t("survey-save-button")}</button>
                </form>
                <p><a href=carry_on>{i18n.t("survey-save-carry-on")}</a></p>
            }
            .into_any();
        };
        let last_day = parse_iso(&issued.last_day).map(|d| long_date(d, i18n.locale)).unwrap_or_default();
        view! {
            <Title text=i18n.t("survey-code-title")/>
            <h1>{i18n.t("survey-code-title")}</h1>
            <div class="panel">
                <p class="panel__body">{i18n.t("survey-code-is")}</p>
                <p class="resume-code" id="resume-code" dir="ltr"><strong>{issued.code}</strong></p>
            </div>
            <p>{i18n.t("survey-code-write-down")}</p>
            <p>{i18n.t_with("survey-code-until", &[("date", last_day.into())])}</p>
            <p>{i18n.t("survey-code-how")}" "<a href="/survey/resume">{i18n.t("survey-use-code")}</a></p>
            <p>{i18n.t("survey-code-private")}</p>
            <p><a class="button button--secondary" href=carry_on>{i18n.t("survey-save-carry-on")}</a></p>
        }
        .into_any()
    });
    view! { <SurveyShell><Suspense>{page}</Suspense></SurveyShell> }
}
