//! `/privacy`: a long page written in Fluent sections (see `components::sections`).

use crate::components::sections::Sections;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The privacy page.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("privacy-page-title")/>
        <h1>{i18n.t("privacy-title")}</h1>
        {i18n.numbered("privacy-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        <Sections prefix="privacy"/>
    }
}
