//! `/staff/sign-in` (email and password) and `/staff/sign-in/code` (second factor).

use crate::api::forms::use_form;
use crate::components::forms::{current_staff, page_title, CsrfField, ErrorSummary, TextField};
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Email and password.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let q = use_query_map().get_untracked();
    let notice = if q.get("expired").is_some() {
        Some(i18n.t("staff-sign-in-expired"))
    } else if q.get("signed_out").is_some() {
        Some(i18n.t("staff-sign-in-signed-out"))
    } else {
        None
    };
    view! {
        <Title text=page_title(&form, i18n.t("staff-sign-in-title"))/>
        <ErrorSummary form=form.clone()/>
        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <h1>{i18n.t("staff-sign-in-title")}</h1>
        <form method="post" action="/staff/sign-in" class="form" novalidate>
            <TextField name="email" label=i18n.t("staff-sign-in-email") kind="email" autocomplete="username" form=form.clone()/>
            <TextField name="password" label=i18n.t("staff-sign-in-password") kind="password" autocomplete="current-password" form=form.clone()/>
            <button type="submit" class="button">{i18n.t("staff-sign-in-button")}</button>
        </form>
        <p class="hint">{i18n.t("staff-sign-in-help")}</p>
    }
}

/// The 6-digit code from an authenticator app, or a recovery code.
#[component]
pub fn CodePage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let pending = current_staff().is_some_and(|s| !s.fully_signed_in);
    view! {
        <Title text=page_title(&form, i18n.t("staff-code-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("staff-code-title")}</h1>
        {if pending {
            view! {
                <form method="post" action="/staff/sign-in/code" class="form" novalidate>
                    <CsrfField/>
                    <TextField name="code" label=i18n.t("staff-code-label") hint=i18n.t("staff-code-hint")
                        autocomplete="one-time-code" inputmode="numeric" form=form.clone()/>
                    <button type="submit" class="button">{i18n.t("staff-code-button")}</button>
                </form>
            }.into_any()
        } else {
            view! { <p>{i18n.t("staff-code-no-session")}" "<a href="/staff/sign-in">{i18n.t("staff-sign-in-title")}</a></p> }.into_any()
        }}
    }
}
