//! `/`: what Care Voice is for, and the way into each part.

use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// A card on the home page: address, title message, description message.
const SECTIONS: &[(&str, &str, &str)] = &[
    ("/pledge", "home-card-pledge-title", "home-card-pledge-text"),
    ("/rights", "home-card-rights-title", "home-card-rights-text"),
    ("/charter", "home-card-charter-title", "home-card-charter-text"),
    ("/entitlements", "home-card-entitlements-title", "home-card-entitlements-text"),
    ("/complaint", "home-card-complaint-title", "home-card-complaint-text"),
    ("/advocate", "home-card-advocate-title", "home-card-advocate-text"),
    ("/track", "home-card-track-title", "home-card-track-text"),
    ("/compliment", "home-card-compliment-title", "home-card-compliment-text"),
    ("/you-said-we-did", "home-card-you-said-title", "home-card-you-said-text"),
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
