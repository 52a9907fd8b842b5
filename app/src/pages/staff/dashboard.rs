//! `/staff/dashboard`: what young people are saying, safely anonymised: the promise checks,
//! complaints and advocacy month by month. Every number has passed the suppression rules.

use crate::api::dashboard::{complaints, promises};
use crate::components::chart::ChartTable;
use crate::shell::use_i18n;
use crate::state::{today, AppState};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The dashboard.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let year = use_query_map()
        .get_untracked()
        .get("year")
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| today().year());
    let state = use_context::<AppState>();
    let k = state.as_ref().map_or(10, |s| s.stats.k());
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let promise_tables = promises::tables(&s, &i18n).await;
        let complaint_tables = complaints::tables(&s, &i18n, year).await;
        view! {
            <h2 id="promises">{i18n.t("dashboard-promises-heading")}</h2>
            {promise_tables.into_iter().map(|t| view! { <ChartTable table=t/> }).collect_view()}
            <h2 id="complaints">{i18n.t_with("dashboard-complaints-heading", &[("year", year.to_string().into())])}</h2>
            {complaint_tables.into_iter().map(|t| view! { <ChartTable table=t/> }).collect_view()}
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("dashboard-title")/>
        <h1>{i18n.t("dashboard-title")}</h1>
        <p class="notice">{i18n.t_with("staff-report-suppression-note", &[("k", k.into())])}</p>
        <form method="get" action="/staff/dashboard" class="filters no-print">
            <div class="field">
                <label class="field__label" for="year">{i18n.t("staff-report-year")}</label>
                <input class="field__input field__input--short" id="year" name="year" type="number" min="2000" max="2100" value=year.to_string()/>
            </div>
            <button type="submit" class="button button--secondary">{i18n.t("staff-audit-filter")}</button>
        </form>
        <Suspense>{body}</Suspense>
    }
}
