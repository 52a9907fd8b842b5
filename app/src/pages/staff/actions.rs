//! `/staff/actions` and `/staff/actions/{id}`: the "You said, we did" action log.

use crate::api::forms::{use_form, FormState};
use crate::components::forms::{page_title, Checkbox, CsrfField, ErrorSummary, Radios, TextArea, TextField};
use crate::db::actions::{self, ActionRow};
use crate::domain::actions::{MAX_TEXT, OUTCOMES, STATUSES};
use crate::i18n::Locale;
use crate::pages::complaint::options;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The list, and a form to add one.
#[component]
pub fn ActionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = prefilled(use_form());
    let state = use_context::<AppState>();
    let list = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let rows = actions::list(&s.db, s.org()).await.unwrap_or_default();
        let items = rows
            .into_iter()
            .map(|a| view! {
                <tr>
                    <td><a href=format!("/staff/actions/{}", a.id)>{a.said.clone()}</a></td>
                    <td>{i18n.t(&format!("outcome-{}", a.outcome))}</td>
                    <td>{a.owner.clone()}</td>
                    <td dir="ltr">{a.due_day.clone().unwrap_or_default()}</td>
                    <td>{i18n.t(&format!("actions-status-{}", a.status))}</td>
                    <td>{if a.published == 1 { i18n.t("actions-published-yes") } else { i18n.t("actions-published-no") }}</td>
                </tr>
            })
            .collect_view();
        view! {
            <div class="table-wrap"><table class="table">
                <caption class="visually-hidden">{i18n.t("actions-title")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("actions-said")}</th>
                    <th scope="col">{i18n.t("actions-outcome")}</th>
                    <th scope="col">{i18n.t("actions-owner")}</th>
                    <th scope="col">{i18n.t("actions-due")}</th>
                    <th scope="col">{i18n.t("actions-status")}</th>
                    <th scope="col">{i18n.t("actions-published")}</th>
                </tr></thead>
                <tbody>{items}</tbody>
            </table></div>
        }
        .into_any()
    });
    view! {
        <Title text=page_title(&form, i18n.t("actions-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("actions-title")}</h1>
        <p>{i18n.t("actions-intro")}" "<a href="/you-said-we-did">{i18n.t("actions-public-link")}</a></p>
        <Suspense>{list}</Suspense>
        <h2>{i18n.t("actions-add")}</h2>
        <ActionForm action_url="/staff/actions".into() form=form/>
    }
}

/// A new action started from the survey results ("Log an action about this"): the outcome and
/// the link to the results that prompted it come in the address. A posted form wins.
fn prefilled(form: FormState) -> FormState {
    if !form.values.is_empty() {
        return form;
    }
    let q = use_query_map().get_untracked();
    let mut values = Vec::new();
    if let Some(o) = q.get("outcome").filter(|o| OUTCOMES.contains(&o.as_str())) {
        values.push(("outcome".to_owned(), o));
    }
    if let Some(e) = q.get("evidence").filter(|e| e.starts_with("/staff/results") && e.chars().count() <= 300) {
        values.push(("evidence".to_owned(), e));
    }
    FormState { values, ..form }
}

/// One action, to edit.
#[component]
pub fn ActionPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().get_untracked().get("id").unwrap_or_default();
    let posted = use_form();
    let state = use_context::<AppState>();
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let Ok(Some(a)) = actions::find(&s.db, s.org(), &id).await else {
            return view! { <p>{i18n.t("actions-not-found")}</p> }.into_any();
        };
        let form = if posted.values.is_empty() { form_from(&a, &actions::translations(&s.db, &a.id).await.unwrap_or_default()) } else { posted.clone() };
        view! {
            <ErrorSummary form=form.clone()/>
            <ActionForm action_url=format!("/staff/actions/{}", a.id) form=form/>
        }
        .into_any()
    });
    let title = page_title(&use_form(), i18n.t("actions-edit"));
    view! {
        <Title text=title/>
        <p><a href="/staff/actions">{i18n.t("actions-title")}</a></p>
        <h1>{i18n.t("actions-edit")}</h1>
        <Suspense>{body}</Suspense>
    }
}

fn form_from(a: &ActionRow, translations: &[actions::Translation]) -> FormState {
    let mut values = vec![
        ("outcome".to_owned(), a.outcome.clone()),
        ("said".to_owned(), a.said.clone()),
        ("action".to_owned(), a.action.clone()),
        ("owner".to_owned(), a.owner.clone()),
        ("due_day".to_owned(), a.due_day.clone().unwrap_or_default()),
        ("status".to_owned(), a.status.clone()),
        ("evidence".to_owned(), a.evidence.clone().unwrap_or_default()),
        ("published".to_owned(), if a.published == 1 { "yes".into() } else { String::new() }),
    ];
    for t in translations {
        values.push((format!("said_{}", t.locale), t.said.clone()));
        values.push((format!("action_{}", t.locale), t.action.clone()));
        values.push((format!("reviewed_{}", t.locale), if t.reviewed == 1 { "yes".into() } else { String::new() }));
    }
    FormState { values, ..Default::default() }
}

#[component]
fn ActionForm(action_url: String, form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let translations = [Locale::Cy, Locale::Ar]
        .into_iter()
        .map(|l| {
            let tag = l.tag();
            let said: &'static str = if tag == "cy" { "said_cy" } else { "said_ar" };
            let action: &'static str = if tag == "cy" { "action_cy" } else { "action_ar" };
            let reviewed: &'static str = if tag == "cy" { "reviewed_cy" } else { "reviewed_ar" };
            view! {
                <fieldset class="fieldset translation">
                    <legend class="fieldset__legend" lang=tag>{l.native_name()}</legend>
                    <TextArea name=said label=i18n.t("actions-said") max=MAX_TEXT form=form.clone() rows=2/>
                    <TextArea name=action label=i18n.t("actions-action") max=MAX_TEXT form=form.clone() rows=2/>
                    <Checkbox name=reviewed label=i18n.t("actions-reviewed") form=form.clone()/>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=action_url class="form" novalidate>
            <CsrfField/>
            <TextArea name="said" label=i18n.t("actions-said") hint=i18n.t("actions-said-hint") max=MAX_TEXT form=form.clone() rows=3/>
            <Radios name="outcome" legend=i18n.t("actions-outcome") options=options(&i18n, "outcome", &OUTCOMES) form=form.clone()/>
            <TextArea name="action" label=i18n.t("actions-action") hint=i18n.t("actions-action-hint") max=MAX_TEXT form=form.clone() rows=3/>
            <TextField name="owner" label=i18n.t("actions-owner") form=form.clone()/>
            <TextField name="due_day" label=i18n.t("actions-due") kind="date" form=form.clone()/>
            <Radios name="status" legend=i18n.t("actions-status") options=options(&i18n, "actions-status", &STATUSES) form=form.clone()/>
            <TextField name="evidence" label=i18n.t("actions-evidence") hint=i18n.t("actions-evidence-hint") form=form.clone()/>
            <h2>{i18n.t("actions-translations")}</h2>
            <p class="hint">{i18n.t("actions-translations-hint")}</p>
            {translations}
            <Checkbox name="published" label=i18n.t("actions-publish") form=form.clone()/>
            <button type="submit" class="button">{i18n.t("actions-save")}</button>
        </form>
    }
}
