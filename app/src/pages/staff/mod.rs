//! The staff area: sign-in, account set-up, the staff home, accounts, the audit log, survey
//! rounds and the contact-request inbox.

pub mod actions;
pub mod advocacy;
pub mod audit;
pub mod calendar;
pub mod case;
pub mod complaints;
pub mod dashboard;
pub mod results;
pub mod contact_requests;
pub mod home;
pub mod notifications;
pub mod report;
pub mod setup;
pub mod sign_in;
pub mod surveys;
pub mod users;

use crate::components::forms::current_staff;
use crate::domain::access::Role;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Outlet;

/// Context flag: the access gate refused this page for the user's role.
#[derive(Clone, Copy, Debug)]
pub struct Forbidden;

/// The Fluent id of a role's name.
pub fn role_label_id(role: Role) -> String {
    format!("staff-role-{}", role.as_str())
}

/// The frame of every staff page: denser than the young-person pages, no help panel.
#[component]
pub fn StaffFrame() -> impl IntoView {
    let i18n = use_i18n();
    let council = use_context::<AppState>().map(|s| s.settings.council_name.clone()).unwrap_or_default();
    let staff = current_staff().filter(|s| s.fully_signed_in);
    let forbidden = use_context::<Forbidden>().is_some();
    let who = staff.clone().map(|s| {
        let role = i18n.t(&role_label_id(s.role));
        view! {
            <div class="staff-header__who">
                <span>{s.name.clone()}" · "{role}</span>
                <form method="post" action="/staff/sign-out" class="inline-form">
                    <crate::components::forms::CsrfField/>
                    <button type="submit" class="link-button">{i18n.t("staff-sign-out")}</button>
                </form>
            </div>
        }
    });
    view! {
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="staff-header">
            <div class="staff-header__inner">
                <a class="site-name" href="/staff">
                    <span class="site-name__app">{i18n.t("staff-area-name")}</span>
                    <span class="site-name__council">{council}</span>
                </a>
                {who}
            </div>
        </header>
        <main id="main" class="page page--staff" tabindex="-1">
            {if forbidden { view! { <ForbiddenPage/> }.into_any() } else { view! { <Outlet/> }.into_any() }}
        </main>
    }
}

/// 403: the role may not use this page.
#[component]
fn ForbiddenPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("staff-forbidden-title")/>
        <h1>{i18n.t("staff-forbidden-title")}</h1>
        <p>{i18n.t("staff-forbidden-text")}</p>
        <p><a href="/staff">{i18n.t("staff-back-home")}</a></p>
    }
}
