//! `/staff/users`: administrators invite staff, change roles, disable and reset accounts.

use crate::api::forms::use_form;
use crate::api::staff::accounts::LinkIssued;
use crate::components::forms::{current_staff, page_title, CsrfField, ErrorSummary, TextField};
use crate::db::staff_users::{self, StaffUser};
use crate::domain::access::Role;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The accounts page.
#[component]
pub fn UsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let issued = use_context::<LinkIssued>();
    let state = use_context::<AppState>();
    let me = current_staff().map(|s| s.user_id).unwrap_or_default();
    let list = Suspend::new(async move {
        let users = match &state {
            Some(s) => staff_users::list(&s.db, s.org()).await.unwrap_or_default(),
            None => Vec::new(),
        };
        view! { <UsersTable users=users me=me.clone()/> }
    });
    view! {
        <Title text=page_title(&form, i18n.t("staff-users-title"))/>
        <ErrorSummary form=form.clone()/>
        {issued.map(|i| view! {
            <div class="notice notice--success" role="status">
                <p>{i18n.t_with("staff-users-link-issued", &[("name", i.name.into())])}</p>
                <p class="link-to-send" dir="ltr"><code id="setup-link">{i.link}</code></p>
                <p>{i18n.t("staff-users-link-once")}</p>
            </div>
        })}
        <h1>{i18n.t("staff-users-title")}</h1>
        <Suspense>{list}</Suspense>
        <h2 id="invite">{i18n.t("staff-users-invite-heading")}</h2>
        <form method="post" action="/staff/users" class="form" novalidate>
            <CsrfField/>
            <TextField name="name" label=i18n.t("staff-users-name") autocomplete="off" form=form.clone()/>
            <TextField name="email" label=i18n.t("staff-users-email") kind="email" autocomplete="off" form=form.clone()/>
            <RoleSelect name="role" selected=Role::parse(&form.value("role")) label=i18n.t("staff-users-role")/>
            <button type="submit" class="button">{i18n.t("staff-users-invite-button")}</button>
        </form>
    }
}

#[component]
fn RoleSelect(name: &'static str, selected: Option<Role>, label: String, #[prop(optional)] id: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let id = id.unwrap_or_else(|| name.to_owned());
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{label}</label>
            <select class="field__input" id=id name=name>
                {Role::ALL.into_iter().map(|r| view! {
                    <option value=r.as_str() selected={Some(r) == selected}>{i18n.t(&super::role_label_id(r))}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn UsersTable(users: Vec<StaffUser>, me: String) -> impl IntoView {
    let i18n = use_i18n();
    let rows = users
        .into_iter()
        .map(|u| {
            let status = if u.disabled == 1 {
                i18n.t("staff-users-status-disabled")
            } else if u.password_hash.is_none() {
                i18n.t("staff-users-status-pending")
            } else {
                i18n.t("staff-users-status-active")
            };
            let role = Role::parse(&u.role);
            let base = format!("/staff/users/{}", u.id);
            let toggle = if u.disabled == 1 { "enable" } else { "disable" };
            let toggle_label = i18n.t(&format!("staff-users-{toggle}"));
            let is_me = u.id == me;
            view! {
                <tr>
                    <td>{u.name.clone()}</td>
                    <td dir="ltr">{u.email.clone()}</td>
                    <td>
                        <form method="post" action=format!("{base}/role") class="inline-form">
                            <CsrfField/>
                            <RoleSelect name="role" selected=role label=i18n.t_with("staff-users-role-of", &[("name", u.name.clone().into())])
                                id=format!("role-{}", u.id)/>
                            <button type="submit" class="button button--secondary button--small">{i18n.t("staff-users-change-role")}</button>
                        </form>
                    </td>
                    <td>{status}</td>
                    <td class="actions">
                        {(!is_me).then(|| view! {
                            <form method="post" action=format!("{base}/{toggle}") class="inline-form">
                                <CsrfField/>
                                <button type="submit" class="button button--secondary button--small">{toggle_label.clone()}</button>
                            </form>
                        })}
                        <form method="post" action=format!("{base}/reset") class="inline-form">
                            <CsrfField/>
                            <button type="submit" class="button button--secondary button--small">{i18n.t("staff-users-reset")}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{i18n.t("staff-users-title")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("staff-users-name")}</th>
                    <th scope="col">{i18n.t("staff-users-email")}</th>
                    <th scope="col">{i18n.t("staff-users-role")}</th>
                    <th scope="col">{i18n.t("staff-users-status")}</th>
                    <th scope="col">{i18n.t("staff-users-actions")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
