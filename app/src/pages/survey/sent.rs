//! `/survey/{round}/{band}/sent`: the answers are in; what happens next.

use super::{load_page, long_date, set_status, Explain, SurveyShell};
use crate::domain::survey_rounds::parse_iso;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The confirmation page.
#[component]
pub fn SentPage() -> impl IntoView {
    let i18n = use_i18n();
    let page = Suspend::new(async move {
        let Some(data) = load_page().await else { return ().into_any() };
        let Some(survey) = data.survey else {
            set_status(http::StatusCode::NOT_FOUND);
            return view! { <Explain title=i18n.t("survey-not-found-title") text=i18n.t("survey-not-found-text")/> }.into_any();
        };
        let council = data.state.settings.council_name.clone();
        let closes = parse_iso(&survey.round.closes_on).map(|d| long_date(d, i18n.locale)).unwrap_or_default();
        view! {
            <Title text=i18n.t("survey-sent-title")/>
            <div class="panel panel--confirmation">
                <h1 class="panel__title">{i18n.t("survey-sent-title")}</h1>
                <p class="panel__body">{i18n.t("survey-sent-thanks")}</p>
            </div>
            <h2>{i18n.t("survey-sent-next-title")}</h2>
            <p>{i18n.t_with("survey-sent-next", &[("council", council.into()), ("date", closes.into())])}</p>
            <p>{i18n.t("survey-sent-you-said")}</p>
            <p>{i18n.t("survey-sent-anonymous")}</p>
            <h2>{i18n.t("survey-start-help-title")}</h2>
            <p>{i18n.t("survey-sent-help")}" "<a href="/help">{i18n.t("survey-start-help-link")}</a></p>
            <p><a href="/">{i18n.t("survey-sent-home")}</a></p>
        }
        .into_any()
    });
    view! { <SurveyShell><Suspense>{page}</Suspense></SurveyShell> }
}
