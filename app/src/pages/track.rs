//! `/track`: where my complaint is, what happens next, by when; add information; withdraw.

use crate::api::complaints::track::Tracked;
use crate::api::forms::use_form;
use crate::components::forms::{page_title, Checkbox, ErrorSummary, Hidden, TextArea, TextField};
use crate::domain::casework::MAX_NOTE;
use crate::domain::complaints::{Stage, Waiting};
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The tracking page.
#[component]
pub fn TrackPage() -> impl IntoView {
    if let Some(t) = use_context::<Tracked>() {
        return view! { <Status tracked=t/> }.into_any();
    }
    let i18n = use_i18n();
    let form = use_form();
    view! {
        <Title text=page_title(&form, i18n.t("track-page-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("track-title")}</h1>
        <p>{i18n.t("track-intro")}</p>
        <form method="post" action="/track" class="form" novalidate>
            <TextField name="reference" label=i18n.t("track-reference") hint=i18n.t("track-reference-hint") autocomplete="off" form=form.clone()/>
            <TextField name="code" label=i18n.t("track-code") hint=i18n.t("track-code-hint") autocomplete="off" form=form.clone()/>
            <button type="submit" class="button">{i18n.t("track-button")}</button>
        </form>
        <p><a href="/complaint">{i18n.t("track-no-complaint")}</a></p>
    }
    .into_any()
}

#[component]
fn Status(tracked: Tracked) -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let s = tracked.state.clone();
    let stage = i18n.t(&format!("track-stage-{}", s.stage.as_str()));
    let waiting_key = if s.paused { "track-waiting-paused".to_owned() } else { format!("track-waiting-{}", s.waiting.as_str()) };
    let due = s.due.map(|d| i18n.t_with("track-due", &[("date", i18n.date(d).into())]));
    let outcome = s.outcome.map(|o| i18n.t(&format!("track-outcome-{}", o.as_str())));
    let open = s.stage != Stage::Closed;
    let done = match tracked.done.as_str() {
        "added" => Some(i18n.t("track-added")),
        "withdrawn" => Some(i18n.t("track-withdrawn")),
        _ => None,
    };
    let asks_next = matches!(s.waiting, Waiting::ComplainantAfterStage1 | Waiting::ComplainantAfterStage2);
    let carry = |step: &str| {
        view! {
            <Hidden name="reference" value=tracked.reference.clone()/>
            <Hidden name="code" value=tracked.code.clone()/>
            <Hidden name="step" value=step.to_owned()/>
        }
    };
    view! {
        <Title text=page_title(&form, i18n.t("track-status-title"))/>
        <ErrorSummary form=form.clone()/>
        {done.map(|d| view! { <p class="notice notice--success" role="status">{d}</p> })}
        <h1>{i18n.t("track-status-title")}</h1>
        <dl class="summary">
            <div class="summary__row"><dt>{i18n.t("track-reference")}</dt><dd dir="ltr">{tracked.reference.clone()}</dd></div>
            <div class="summary__row"><dt>{i18n.t("track-stage")}</dt><dd id="stage">{stage}</dd></div>
            {outcome.map(|o| view! { <div class="summary__row"><dt>{i18n.t("track-outcome")}</dt><dd>{o}</dd></div> })}
        </dl>
        <h2>{i18n.t("track-next")}</h2>
        <p id="next">{i18n.t(&waiting_key)}</p>
        {due.map(|d| view! { <p id="due"><strong>{d}</strong></p> })}
        {asks_next.then(|| view! { <p>{i18n.t("track-ask-next-stage")}</p> })}
        {open.then(|| view! {
            <h2>{i18n.t("track-add-heading")}</h2>
            <form method="post" action="/track" class="form" novalidate>
                {carry("add")}
                <TextArea name="more" label=i18n.t("track-add-label") max=MAX_NOTE form=form.clone() rows=4/>
                <button type="submit" class="button">{i18n.t("track-add-button")}</button>
            </form>
            <h2>{i18n.t("track-withdraw-heading")}</h2>
            <p>{i18n.t("track-withdraw-text")}</p>
            <form method="post" action="/track" class="form" novalidate>
                {carry("withdraw")}
                <Checkbox name="confirm" label=i18n.t("track-withdraw-confirm") form=form.clone()/>
                <button type="submit" class="button button--warning">{i18n.t("track-withdraw-button")}</button>
            </form>
        })}
    }
}
