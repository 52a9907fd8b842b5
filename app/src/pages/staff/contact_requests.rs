//! `/staff/contact-requests`: young people who asked someone to contact them, newest
//! unopened first. The list shows no content; opening one shows it and is audited.

use crate::api::staff::contact_requests::open_request;
use crate::components::forms::{current_staff, CsrfField};
use crate::db::contact_requests;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The inbox.
#[component]
pub fn ContactRequestsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let list = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let requests = contact_requests::list(&state.db, state.org()).await.unwrap_or_default();
        if requests.is_empty() {
            return view! { <p>{i18n.t("staff-contact-none")}</p> }.into_any();
        }
        let rows = requests
            .into_iter()
            .map(|r| {
                let href = format!("/staff/contact-requests/{}", r.id);
                let status = i18n.t(&format!("staff-contact-status-{}", r.status));
                view! {
                    <tr>
                        <td dir="ltr">{r.received_on}</td>
                        <td>{status}</td>
                        <td><a href=href>{i18n.t("staff-contact-open")}</a></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{i18n.t("staff-contact-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("staff-contact-received")}</th>
                        <th scope="col">{i18n.t("staff-contact-status")}</th>
                        <th scope="col">{i18n.t("staff-users-actions")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("staff-contact-title")/>
        <h1>{i18n.t("staff-contact-title")}</h1>
        <p>{i18n.t("staff-contact-intro")}</p>
        <Suspense>{list}</Suspense>
    }
}

/// One request, opened (and the reading audited).
#[component]
pub fn ContactRequestPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().get_untracked().get("id").unwrap_or_default();
    let state = use_context::<AppState>();
    let parts = use_context::<http::request::Parts>();
    let staff = current_staff();
    let page = Suspend::new(async move {
        let (Some(state), Some(parts), Some(staff)) = (state, parts, staff) else { return ().into_any() };
        let Some(r) = open_request(&state, &staff, &id, &parts).await else {
            leptos_axum::redirect("/staff/contact-requests");
            crate::pages::survey::set_status(http::StatusCode::SEE_OTHER);
            return ().into_any();
        };
        let none = || i18n.t("staff-contact-not-given");
        let name = if r.name.is_empty() { none() } else { r.name.clone() };
        let time = if r.safe_time.is_empty() { none() } else { r.safe_time.clone() };
        view! {
            <dl class="summary">
                <div class="summary__row"><dt class="summary__key">{i18n.t("staff-contact-received")}</dt><dd class="summary__value" dir="ltr">{r.received_on.clone()}</dd></div>
                <div class="summary__row"><dt class="summary__key">{i18n.t("staff-contact-name")}</dt><dd class="summary__value">{name}</dd></div>
                <div class="summary__row"><dt class="summary__key">{i18n.t("staff-contact-reach")}</dt><dd class="summary__value">{r.reach.clone()}</dd></div>
                <div class="summary__row"><dt class="summary__key">{i18n.t("staff-contact-time")}</dt><dd class="summary__value">{time}</dd></div>
            </dl>
            {(r.status != "done").then(|| view! {
                <form method="post" action=format!("/staff/contact-requests/{}/done", r.id) class="form">
                    <CsrfField/>
                    <button type="submit" class="button">{i18n.t("staff-contact-mark-done")}</button>
                </form>
            })}
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("staff-contact-one-title")/>
        <p><a href="/staff/contact-requests">{i18n.t("staff-contact-back")}</a></p>
        <h1>{i18n.t("staff-contact-one-title")}</h1>
        <p class="notice">{i18n.t("staff-contact-one-intro")}</p>
        <Suspense>{page}</Suspense>
    }
}
