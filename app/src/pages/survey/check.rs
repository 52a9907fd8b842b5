//! `/survey/{round}/{band}/check`: every answer with a Change link, then "Send".

use super::question::answer_label;
use super::{live_draft, load_page, open_or_explain, BackLink, SurveyShell};
use crate::api::forms::use_form;
use crate::components::forms::{page_title, ErrorSummary};
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Check your answers.
#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
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
        let rows = survey
            .set
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let text = q.text.get(i18n.locale).to_owned();
                let answer = answer_label(&i18n, q, draft.answers.get(&q.id));
                let href = survey.path(&format!("/q/{}?change=1", i + 1));
                view! {
                    <div class="summary__row">
                        <dt class="summary__key">{text.clone()}</dt>
                        <dd class="summary__value">{answer}</dd>
                        <dd class="summary__action">
                            <a href=href>{i18n.t("survey-change")}<span class="visually-hidden">{format!(" {text}")}</span></a>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let last = survey.path(&format!("/q/{}", survey.set.len()));
        view! {
            <Title text=page_title(&form, i18n.t("survey-check-title"))/>
            <BackLink href=last/>
            <ErrorSummary form=form.clone()/>
            <h1>{i18n.t("survey-check-title")}</h1>
            <dl class="summary">{rows}</dl>
            <h2>{i18n.t("survey-check-send-title")}</h2>
            <p>{i18n.t("survey-check-send-text")}</p>
            <form method="post" action=survey.path("/check") class="form" novalidate data-survey-form="">
                <button type="submit" class="button" name="action" value="send">{i18n.t("survey-check-send")}</button>
            </form>
        }
        .into_any()
    });
    view! { <SurveyShell><Suspense>{page}</Suspense></SurveyShell> }
}
