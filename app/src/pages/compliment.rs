//! `/compliment`: tell us something good.

use crate::api::complaints::compliment::ComplimentSent;
use crate::api::forms::use_form;
use crate::components::forms::{page_title, ErrorSummary, Hidden, Radios, TextArea, TextField};
use crate::domain::casework::{MAX_STORY, TOPICS};
use crate::pages::complaint::options;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The compliment page.
#[component]
pub fn ComplimentPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_context::<ComplimentSent>().is_some() {
        return view! {
            <Title text=i18n.t("compliment-sent-title")/>
            <div class="panel"><h1>{i18n.t("compliment-sent-title")}</h1></div>
            <p>{i18n.t("compliment-sent-next")}</p>
            <p><a href="/">{i18n.t("error-go-home")}</a></p>
        }
        .into_any();
    }
    let form = use_form();
    let form_id = Some(form.value("form_id")).filter(|f| !f.is_empty()).unwrap_or_else(crate::api::complaints::new_id);
    view! {
        <Title text=page_title(&form, i18n.t("compliment-page-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("compliment-title")}</h1>
        <p>{i18n.t("compliment-intro")}</p>
        <form method="post" action="/compliment" class="form" novalidate>
            <Hidden name="form_id" value=form_id/>
            <Radios name="about" legend=i18n.t("compliment-about") options=options(&i18n, "complaint-topic", TOPICS) form=form.clone()/>
            <TextArea name="text" label=i18n.t("compliment-text") max=MAX_STORY form=form.clone()/>
            <TextField name="name" label=i18n.t("compliment-name") hint=i18n.t("compliment-name-hint") autocomplete="off" form=form.clone()/>
            <button type="submit" class="button">{i18n.t("compliment-send")}</button>
        </form>
    }
    .into_any()
}
