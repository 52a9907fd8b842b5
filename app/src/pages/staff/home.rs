//! `/staff`: what this role can use.

use crate::components::forms::current_staff;
use crate::domain::access::{can, Capability};
use crate::shell::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Each capability, its page (if built yet) and its message ids.
const AREAS: &[(Capability, Option<&str>, &str)] = &[
    (Capability::ManageStaff, Some("/staff/users"), "staff-area-users"),
    (Capability::ViewAudit, Some("/staff/audit"), "staff-area-audit"),
    (Capability::Casework, Some("/staff/complaints"), "staff-area-casework"),
    (Capability::StaffHome, Some("/staff/notifications"), "staff-area-notifications"),
    (Capability::ManageStaff, Some("/staff/calendar"), "staff-area-calendar"),
    (Capability::ContactRequests, Some("/staff/contact-requests"), "staff-area-contact"),
    (Capability::SurveyRounds, Some("/staff/surveys"), "staff-area-surveys"),
    (Capability::Dashboard, Some("/staff/results"), "staff-area-results"),
    (Capability::Dashboard, Some("/staff/dashboard"), "staff-area-dashboard"),
    (Capability::ActionLog, Some("/staff/actions"), "staff-area-actions"),
    (Capability::EditContent, None, "staff-area-content"),
];

/// The staff home.
#[component]
pub fn StaffHomePage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(staff) = current_staff() else { return view! { <p>{i18n.t("staff-code-no-session")}</p> }.into_any() };
    let role = i18n.t(&super::role_label_id(staff.role));
    let items = AREAS
        .iter()
        .filter(|(cap, _, _)| can(staff.role, *cap))
        .map(|(_, href, id)| {
            let title = i18n.t(&format!("{id}-title"));
            let text = i18n.t(&format!("{id}-text"));
            let heading = match href {
                Some(h) => view! { <a href=*h>{title}</a> }.into_any(),
                None => view! { <span>{title}" "<span class="tag">{i18n.t("staff-coming-soon")}</span></span> }.into_any(),
            };
            view! { <li class="card"><h2 class="card__title">{heading}</h2><p>{text}</p></li> }
        })
        .collect_view();
    view! {
        <Title text=i18n.t("staff-home-title")/>
        <h1>{i18n.t("staff-home-title")}</h1>
        <p class="lead">{i18n.t_with("staff-home-hello", &[("name", staff.name.clone().into()), ("role", role.into())])}</p>
        <ul class="cards">{items}</ul>
    }
    .into_any()
}
