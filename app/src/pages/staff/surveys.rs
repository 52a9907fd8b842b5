//! `/staff/surveys`: survey rounds, their response rates (small numbers hidden), closing a
//! round early, and opening a new one.

use crate::api::forms::{use_form, FormState};
use crate::api::survey::draft::today;
use crate::components::forms::{page_title, CsrfField, ErrorSummary, TextField};
use crate::db::surveys::{self, RoundRow};
use crate::domain::survey::Band;
use crate::domain::survey_rounds::{parse_iso, response_figure, round_status, ResponseFigure, RoundStatus};
use crate::i18n::I18n;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The survey rounds page.
#[component]
pub fn SurveyRoundsPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let state = use_context::<AppState>();
    let list = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let rounds = surveys::list_rounds(&state.db, state.org()).await.unwrap_or_default();
        if rounds.is_empty() {
            return view! { <p>{i18n.t("staff-surveys-none")}</p> }.into_any();
        }
        let mut rows = Vec::new();
        for round in rounds {
            let bands = surveys::round_bands(&state.db, &round.id).await.unwrap_or_default();
            let counts = surveys::response_counts(&state.db, &round.id).await.unwrap_or_default();
            let figures: Vec<String> = Band::ALL
                .into_iter()
                .filter_map(|b| {
                    let row = bands.iter().find(|r| r.band == b.slug())?;
                    let n = counts.iter().find(|(band, _)| band == b.slug()).map_or(0, |(_, n)| *n);
                    let invited = row.invited.and_then(|i| u32::try_from(i).ok());
                    let figure = figure_text(&i18n, state.stats.k(), response_figure(n.max(0) as u64, invited, &state.stats));
                    Some(format!("{}: {figure}", i18n.t(&format!("staff-surveys-band-{}", b.slug()))))
                })
                .collect();
            rows.push(view! { <RoundRowView round=round figures=figures/> });
        }
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{i18n.t("staff-surveys-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("staff-surveys-round")}</th>
                        <th scope="col">{i18n.t("staff-surveys-dates")}</th>
                        <th scope="col">{i18n.t("staff-surveys-status")}</th>
                        <th scope="col">{i18n.t("staff-surveys-responses")}</th>
                        <th scope="col">{i18n.t("staff-users-actions")}</th>
                    </tr></thead>
                    <tbody>{rows.collect_view()}</tbody>
                </table>
            </div>
            <p class="hint">{i18n.t("staff-surveys-suppression")}</p>
        }
        .into_any()
    });
    view! {
        <Title text=page_title(&form, i18n.t("staff-surveys-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("staff-surveys-title")}</h1>
        <Suspense>{list}</Suspense>
        <h2 id="open">{i18n.t("staff-surveys-open-heading")}</h2>
        <OpenRoundForm form=form/>
    }
}

fn figure_text(i18n: &I18n, k: u32, figure: ResponseFigure) -> String {
    match figure {
        ResponseFigure::Hidden => i18n.t_with("staff-surveys-fewer", &[("k", k.into())]),
        ResponseFigure::Shown { count, rate: Some(rate) } => {
            i18n.t_with("staff-surveys-count-rate", &[("count", count.into()), ("rate", rate.into())])
        }
        ResponseFigure::Shown { count, rate: None } => i18n.t_with("staff-surveys-count", &[("count", count.into())]),
    }
}

#[component]
fn RoundRowView(round: RoundRow, figures: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let status = match (parse_iso(&round.opens_on), parse_iso(&round.closes_on)) {
        (Some(o), Some(c)) => round_status(o, c, round.closed_early == 1, today()),
        _ => RoundStatus::Closed,
    };
    let status_id = match status {
        RoundStatus::Open => "staff-surveys-status-open",
        RoundStatus::NotYetOpen => "staff-surveys-status-not-yet",
        RoundStatus::Closed => "staff-surveys-status-closed",
    };
    let title = if round.is_demo == 1 { format!("{} ({})", round.title, i18n.t("staff-surveys-demo")) } else { round.title.clone() };
    let link = format!("/survey/{}", round.id);
    view! {
        <tr>
            <td>{title}<br/><code dir="ltr">{link}"/…"</code></td>
            <td dir="ltr">{format!("{} – {}", round.opens_on, round.closes_on)}</td>
            <td>{i18n.t(status_id)}</td>
            <td><ul class="plain-list">{figures.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul></td>
            <td class="actions">
                {(status != RoundStatus::Closed).then(|| view! {
                    <form method="post" action=format!("/staff/surveys/{}/close", round.id) class="inline-form">
                        <CsrfField/>
                        <button type="submit" class="button button--secondary button--small">{i18n.t("staff-surveys-close")}</button>
                    </form>
                })}
            </td>
        </tr>
    }
}

#[component]
fn OpenRoundForm(form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let ticked: Vec<String> = form.values.iter().filter(|(k, _)| k == "band").map(|(_, v)| v.clone()).collect();
    let band_error = form.error("bands");
    let band_class = if band_error.is_some() { "field field--error" } else { "field" };
    let bands = Band::ALL
        .into_iter()
        .map(|b| {
            let slug = b.slug();
            let invited = format!("invited-{slug}");
            let error = form.error(&invited);
            let class = if error.is_some() { "field field--error field--nested" } else { "field field--nested" };
            view! {
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id=format!("band-{slug}") name="band" value=slug
                        checked=ticked.iter().any(|t| t == slug)/>
                    <label class="checkboxes__label" for=format!("band-{slug}")>{i18n.t(&format!("staff-surveys-band-{slug}"))}</label>
                </div>
                <div class=class>
                    <label class="field__label" for=invited.clone()>{i18n.t("staff-surveys-invited")}</label>
                    {error.map(|e| view! { <p class="field__error">{e}</p> })}
                    <input class="field__input field__input--short" type="text" inputmode="numeric" id=invited.clone()
                        name=invited.clone() value=form.value(&invited)/>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="post" action="/staff/surveys" class="form" novalidate>
            <CsrfField/>
            <TextField name="title" label=i18n.t("staff-surveys-field-title") hint=i18n.t("staff-surveys-field-title-hint") form=form.clone()/>
            <TextField name="opens_on" label=i18n.t("staff-surveys-field-opens") kind="date" form=form.clone()/>
            <TextField name="closes_on" label=i18n.t("staff-surveys-field-closes") kind="date" form=form.clone()/>
            <div class=band_class>
                <fieldset class="fieldset" id="bands">
                    <legend class="fieldset__legend">{i18n.t("staff-surveys-field-bands")}</legend>
                    <p class="field__hint">{i18n.t("staff-surveys-field-bands-hint")}</p>
                    {band_error.map(|e| view! { <p class="field__error">{e}</p> })}
                    <div class="checkboxes">{bands}</div>
                </fieldset>
            </div>
            <button type="submit" class="button">{i18n.t("staff-surveys-open-button")}</button>
        </form>
    }
}
