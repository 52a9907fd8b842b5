//! Error pages in the user's language that reveal nothing about the inside of the app.

use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// 404: the address does not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("not-found-page-title")/>
        <h1>{i18n.t("not-found-title")}</h1>
        {i18n.numbered("not-found-p").into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <p><a href="/">{i18n.t("error-go-home")}</a></p>
    }
}

/// 500: something went wrong on our side. The details are in the log, never on the page.
#[component]
pub fn ServerError() -> impl IntoView {
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("server-error-page-title")/>
        <h1>{i18n.t("server-error-title")}</h1>
        {i18n.numbered("server-error-p").into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <p><a href="/">{i18n.t("error-go-home")}</a></p>
    }
}

/// 429: too many posts from this address in a minute.
#[component]
pub fn TooManyRequests() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("too-many-page-title")/>
        <h1>{i18n.t("too-many-title")}</h1>
        {i18n.numbered("too-many-p").into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
    }
}
