//! `/accessibility`: a long page written in Fluent sections (see `components::sections`).

use crate::components::sections::Sections;
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The accessibility page.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("accessibility-page-title")/>
        <h1>{i18n.t("accessibility-title")}</h1>
        {i18n.numbered("accessibility-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        <Sections prefix="accessibility"/>
    }
}
