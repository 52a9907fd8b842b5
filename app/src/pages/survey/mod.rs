//! `/survey`: the survey journey for young people, one question per page, that works as
//! plain HTML forms. With JavaScript, the `SurveyNav` island moves between pages without a
//! full reload (same addresses, same forms).

pub mod check;
pub mod contact;
pub mod landing;
pub mod question;
pub mod resume;
pub mod safety;
pub mod save;
pub mod start;
pub mod sent;

use crate::api::survey::draft::{find_survey, load_draft, Draft, DraftState, Survey};
use crate::domain::survey_rounds::{parse_iso, RoundStatus};
use crate::islands::SurveyNav;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// What every survey page under `/survey/{round}/{band}` loads.
pub struct PageData {
    /// The survey, if the round asks the band.
    pub survey: Option<Survey>,
    /// This browser's draft.
    pub draft: DraftState,
    /// The app state.
    pub state: AppState,
}

/// Loads the page's survey and draft (from the path and the request's cookie).
pub async fn load_page() -> Option<PageData> {
    let state = use_context::<AppState>()?;
    let params = use_params_map().get_untracked();
    let (round, band) = (params.get("round").unwrap_or_default(), params.get("band").unwrap_or_default());
    let headers = use_context::<http::request::Parts>().map(|p| p.headers).unwrap_or_default();
    let survey = find_survey(&state, &round, &band).await;
    let draft = load_draft(&state, &headers, survey.as_ref()).await;
    Some(PageData { survey, draft, state })
}

/// Sets the response status (for pages that explain a problem).
pub fn set_status(status: http::StatusCode) {
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(status);
    }
}

/// The container the island swaps, and the island itself (outside it, so it stays awake).
#[component]
pub fn SurveyShell(children: Children) -> impl IntoView {
    view! {
        <SurveyNav/>
        <div class="survey" id="survey-page">{children()}</div>
    }
}

/// The survey if it takes answers; otherwise the page that says why (404, 410).
pub fn open_or_explain(survey: Option<&Survey>) -> Result<&Survey, AnyView> {
    let i18n = use_i18n();
    let Some(s) = survey else {
        set_status(http::StatusCode::NOT_FOUND);
        return Err(view! { <Explain title=i18n.t("survey-not-found-title") text=i18n.t("survey-not-found-text")/> }.into_any());
    };
    match s.status {
        RoundStatus::Open => Ok(s),
        RoundStatus::Closed => {
            set_status(http::StatusCode::GONE);
            Err(view! { <Explain title=i18n.t("survey-closed-title") text=i18n.t("survey-closed-text")/> }.into_any())
        }
        RoundStatus::NotYetOpen => {
            set_status(http::StatusCode::NOT_FOUND);
            let day = parse_iso(&s.round.opens_on).map(|d| long_date(d, i18n.locale)).unwrap_or_default();
            let text = i18n.t_with("survey-not-open-text", &[("date", day.into())]);
            Err(view! { <Explain title=i18n.t("survey-not-open-title") text=text/> }.into_any())
        }
    }
}

/// This browser's draft for `survey`; otherwise the page that says why there is none.
pub fn live_draft(survey: &Survey, draft: &DraftState) -> Result<Box<Draft>, AnyView> {
    match draft {
        DraftState::Live(d) => Ok(d.clone()),
        other => {
            let expired = matches!(other, DraftState::Expired);
            Err(view! { <NoDraft survey=survey.clone() expired=expired/> }.into_any())
        }
    }
}

/// Why there is no draft to carry on with: ran out, or none in this browser.
#[component]
pub fn NoDraft(survey: Survey, expired: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (title, text) = if expired {
        ("survey-expired-title", "survey-expired-text")
    } else {
        ("survey-no-draft-title", "survey-no-draft-text")
    };
    view! {
        <Title text=i18n.t(title)/>
        <h1>{i18n.t(title)}</h1>
        <p>{i18n.t(text)}</p>
        <ul class="link-list">
            <li><a href=survey.path("")>{i18n.t("survey-start-again")}</a></li>
            <li><a href="/survey/resume">{i18n.t("survey-use-code")}</a></li>
        </ul>
    }
}

/// A short page that explains something and leads back to the start.
#[component]
pub fn Explain(title: String, text: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{text}</p>
        <p><a href="/survey">{i18n.t("survey-back-to-surveys")}</a></p>
    }
}

/// "This translation has not been checked by a native speaker yet", when that is so.
#[component]
pub fn TranslationNotice(survey: Survey) -> impl IntoView {
    let i18n = use_i18n();
    (!survey.set.meta.reviewed.get(i18n.locale))
        .then(|| view! { <p class="notice notice--translation">{i18n.t("survey-machine-translation")}</p> })
}

/// A real Back link.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="back-link" href=href>{i18n.t("survey-back")}</a> }
}

/// A date as people write it ("14 March 2026"; month names from the locale files).
pub fn long_date(date: time::Date, locale: crate::i18n::Locale) -> String {
    let i18n = crate::i18n::I18n::new(locale);
    let month = i18n.t(&format!("survey-month-{}", u8::from(date.month())));
    i18n.t_with(
        "survey-date",
        &[("day", date.day().into()), ("month", month.into()), ("year", date.year().into())],
    )
}
