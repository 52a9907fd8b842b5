//! `/`: what Care Voice is for, and the way into each part.

use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// A card on the home page: address, title message, description message.
const SECTIONS: &[(&str, &str, &str)] = &[
    ("/survey", "home-card-survey-title", "home-card-survey-text"),
    ("/help", "home-card-help-title", "home-card-help-text"),
    ("/privacy", "home-card-privacy-title", "home-card-privacy-text"),
];

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let cards = SECTIONS
        .iter()
        .map(|(href, title, text)| {
            view! {
                <li class="card">
                    <h2 class="card__title"><a href=*href>{i18n.t(title)}</a></h2>
                    <p>{i18n.t(text)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n.t("home-page-title")/>
        <h1>{i18n.t("home-title")}</h1>
        {i18n.numbered("home-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        <ul class="cards">{cards}</ul>
    }
}
