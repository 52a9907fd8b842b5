//! `/survey`: the surveys open now, one link per age group, and the way back in with a code.

use super::SurveyShell;
use crate::api::survey::draft::today;
use crate::db::surveys;
use crate::domain::survey::Band;
use crate::domain::survey_rounds::iso;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The survey start page.
#[component]
pub fn SurveyLandingPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let rounds = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let open = surveys::open_rounds(&state.db, state.org(), &iso(today())).await.unwrap_or_default();
        if open.is_empty() {
            return view! { <p class="notice">{i18n.t("survey-none-open")}</p> }.into_any();
        }
        let mut sections = Vec::new();
        for round in open {
            let bands = surveys::round_bands(&state.db, &round.id).await.unwrap_or_default();
            let title = if round.is_demo == 1 { i18n.t("survey-demo-title") } else { round.title.clone() };
            let cards = Band::ALL
                .into_iter()
                .filter(|b| bands.iter().any(|r| r.band == b.slug()))
                .map(|b| {
                    let href = format!("/survey/{}/{}", round.id, b.slug());
                    view! {
                        <li class="card">
                            <h3 class="card__title"><a href=href>{i18n.t(&format!("survey-band-{}", b.slug()))}</a></h3>
                            <p>{i18n.t(&format!("survey-band-{}-text", b.slug()))}</p>
                        </li>
                    }
                })
                .collect_view();
            sections.push(view! {
                <section>
                    <h2>{title}</h2>
                    <ul class="cards">{cards}</ul>
                </section>
            });
        }
        sections.collect_view().into_any()
    });
    view! {
        <Title text=i18n.t("survey-landing-title")/>
        <SurveyShell>
            <h1>{i18n.t("survey-landing-title")}</h1>
            <p class="lead">{i18n.t("survey-landing-lead")}</p>
            <p>{i18n.t("survey-landing-anonymous")}</p>
            <Suspense>{rounds}</Suspense>
            <h2>{i18n.t("survey-landing-code-title")}</h2>
            <p>
                {i18n.t("survey-landing-code-text")}" "
                <a href="/survey/resume">{i18n.t("survey-use-code")}</a>
            </p>
        </SurveyShell>
    }
}
