//! `/advocate`: what an advocate is, the local service and Always Heard, and a request form.

use crate::api::complaints::advocate::AdvocateRequested;
use crate::api::forms::use_form;
use crate::components::forms::{page_title, ErrorSummary, Hidden, TextArea, TextField};
use crate::domain::casework::MAX_NOTE;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The advocate page.
#[component]
pub fn AdvocatePage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let (name, phone) = use_context::<AppState>()
        .map(|s| (s.advocacy.name.clone(), s.advocacy.phone.clone()))
        .unwrap_or_default();
    let contacts = view! {
        <h2>{i18n.t("advocate-now-heading")}</h2>
        <p>{i18n.t_with("advocate-local", &[("name", name.clone().into())])}" "<a class="phone" href=format!("tel:{}", phone.replace(' ', "")) dir="ltr">{phone.clone()}</a></p>
        <p>{i18n.t("advocate-always-heard")}" "<a class="phone" href="tel:08088005792" dir="ltr">"0808 800 5792"</a></p>
    };
    if let Some(done) = use_context::<AdvocateRequested>() {
        return view! {
            <Title text=i18n.t("advocate-sent-title")/>
            <div class="panel">
                <h1>{i18n.t("advocate-sent-title")}</h1>
                <p>{i18n.t("complaint-sent-reference")}</p>
                <p class="panel__code" dir="ltr" id="reference">{done.reference}</p>
            </div>
            <p>{i18n.t("advocate-sent-next")}</p>
            {contacts}
        }
        .into_any();
    }
    let form_id = Some(form.value("form_id")).filter(|f| !f.is_empty()).unwrap_or_else(crate::api::complaints::new_id);
    view! {
        <Title text=page_title(&form, i18n.t("advocate-page-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("advocate-title")}</h1>
        {i18n.numbered("advocate-intro").into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        {contacts}
        <h2>{i18n.t("advocate-form-heading")}</h2>
        <p class="notice">{i18n.t("advocate-who-reads")}</p>
        <form method="post" action="/advocate" class="form" novalidate>
            <Hidden name="form_id" value=form_id/>
            <TextField name="name" label=i18n.t("complaint-name") autocomplete="off" form=form.clone()/>
            <TextField name="contact" label=i18n.t("advocate-contact") hint=i18n.t("advocate-contact-hint") autocomplete="off" form=form.clone()/>
            <TextArea name="about" label=i18n.t("advocate-about") hint=i18n.t("complaint-optional") max=MAX_NOTE form=form.clone() rows=4/>
            <button type="submit" class="button">{i18n.t("advocate-send")}</button>
        </form>
    }
    .into_any()
}
