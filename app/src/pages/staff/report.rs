//! `/staff/complaints/report?year=`: the annual complaints report, printable, with a CSV
//! of the same (suppressed) numbers.

use crate::api::staff::report::annual_report;
use crate::domain::suppression::Cell;
use crate::shell::use_i18n;
use crate::state::{today, AppState};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let year = use_query_map()
        .get_untracked()
        .get("year")
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| today().year());
    let state = use_context::<AppState>();
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let Ok(r) = annual_report(&s, year).await else { return ().into_any() };
        let k = r.k;
        let show = move |c: &Cell| match c {
            Cell::Shown { count, percent } => match percent {
                Some(p) => format!("{count} ({p}%)"),
                None => count.to_string(),
            },
            Cell::Suppressed => i18n.t_with("staff-report-suppressed", &[("k", k.into())]),
        };
        let tables = r
            .tables
            .iter()
            .map(|t| {
                let rows = t
                    .rows
                    .iter()
                    .map(|(label, c)| view! { <tr><th scope="row">{i18n.t(label)}</th><td>{show(c)}</td></tr> })
                    .collect_view();
                view! {
                    <section class="report-table" id=t.id>
                        <table class="table table--narrow">
                            <caption>{i18n.t(&format!("staff-report-table-{}", t.id))}</caption>
                            <thead><tr><th scope="col">{i18n.t("staff-report-category")}</th><th scope="col">{i18n.t("staff-report-number")}</th></tr></thead>
                            <tbody>{rows}</tbody>
                            <tfoot><tr><th scope="row">{i18n.t("staff-report-total")}</th><td>{show(&t.total)}</td></tr></tfoot>
                        </table>
                    </section>
                }
            })
            .collect_view();
        let timeliness = r
            .timeliness
            .iter()
            .map(|t| {
                let not_shown = i18n.t("staff-report-not-shown");
                view! {
                    <tr>
                        <th scope="row">{i18n.t(&format!("track-stage-{}", t.stage))}</th>
                        <td>{show(&t.replies)}</td>
                        <td>{t.within_limit_percent.map(|p| format!("{p}%")).unwrap_or_else(|| not_shown.clone())}</td>
                        <td>{t.average_days.map(|d| d.to_string()).unwrap_or(not_shown)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p class="notice">{i18n.t_with("staff-report-suppression-note", &[("k", k.into())])}</p>
            {tables}
            <table class="table">
                <caption>{i18n.t("staff-report-table-timeliness")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("track-stage")}</th>
                    <th scope="col">{i18n.t("staff-report-replies")}</th>
                    <th scope="col">{i18n.t("staff-report-within")}</th>
                    <th scope="col">{i18n.t("staff-report-average")}</th>
                </tr></thead>
                <tbody>{timeliness}</tbody>
            </table>
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t_with("staff-report-page-title", &[("year", year.to_string().into())])/>
        <h1>{i18n.t_with("staff-report-page-title", &[("year", year.to_string().into())])}</h1>
        <form method="get" action="/staff/complaints/report" class="filters no-print">
            <div class="field">
                <label class="field__label" for="year">{i18n.t("staff-report-year")}</label>
                <input class="field__input field__input--short" id="year" name="year" type="number" min="2000" max="2100" value=year.to_string()/>
            </div>
            <button type="submit" class="button button--secondary">{i18n.t("staff-audit-filter")}</button>
        </form>
        <p class="no-print"><a href=format!("/staff/complaints/report.csv?year={year}") download="">{i18n.t("staff-report-csv")}</a></p>
        <Suspense>{body}</Suspense>
    }
}
