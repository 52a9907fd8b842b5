//! `/staff/audit`: the audit log, filtered by action, person and dates (administrators).

use crate::db::audit::{self, AuditFilter};
use crate::db::staff_users;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn parse_day(s: &str) -> Option<i64> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s.trim(), &fmt).ok().map(|d| d.midnight().assume_utc().unix_timestamp())
}

fn format_time(t: i64) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second] UTC");
    time::OffsetDateTime::from_unix_timestamp(t).ok().and_then(|d| d.format(&fmt).ok()).unwrap_or_default()
}

/// The audit log page.
#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let q = use_query_map().get_untracked();
    let (action, actor, from, to) = (
        q.get("action").unwrap_or_default(),
        q.get("actor").unwrap_or_default(),
        q.get("from").unwrap_or_default(),
        q.get("to").unwrap_or_default(),
    );
    let filter = AuditFilter {
        action: Some(action.clone()).filter(|s| !s.is_empty()),
        actor_id: Some(actor.clone()).filter(|s| !s.is_empty()),
        from: parse_day(&from),
        to: parse_day(&to).map(|d| d + 86_400),
    };
    let state = use_context::<AppState>();
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let entries = audit::list(&s.db, s.org(), &filter, 500).await.unwrap_or_default();
        let actions = audit::actions(&s.db, s.org()).await.unwrap_or_default();
        let people = staff_users::list(&s.db, s.org()).await.unwrap_or_default();
        let rows = entries
            .into_iter()
            .map(|e| view! {
                <tr>
                    <td dir="ltr">{format_time(e.at)}</td>
                    <td>{e.actor_name.unwrap_or_else(|| "—".into())}</td>
                    <td><code>{e.action}</code></td>
                    <td dir="ltr">{e.target.unwrap_or_default()}</td>
                    <td>{e.detail.unwrap_or_default()}</td>
                    <td dir="ltr">{e.ip.unwrap_or_default()}</td>
                </tr>
            })
            .collect_view();
        view! {
            <form method="get" action="/staff/audit" class="filters">
                <div class="field">
                    <label class="field__label" for="action">{i18n.t("staff-audit-action")}</label>
                    <select class="field__input" id="action" name="action">
                        <option value="">{i18n.t("staff-audit-any")}</option>
                        {actions.into_iter().map(|a| {
                            let sel = a == action;
                            view! { <option value=a.clone() selected=sel>{a.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="actor">{i18n.t("staff-audit-actor")}</label>
                    <select class="field__input" id="actor" name="actor">
                        <option value="">{i18n.t("staff-audit-any")}</option>
                        {people.into_iter().map(|p| {
                            let sel = p.id == actor;
                            view! { <option value=p.id.clone() selected=sel>{p.name.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="from">{i18n.t("staff-audit-from")}</label>
                    <input class="field__input" id="from" name="from" type="date" value=from.clone()/>
                </div>
                <div class="field">
                    <label class="field__label" for="to">{i18n.t("staff-audit-to")}</label>
                    <input class="field__input" id="to" name="to" type="date" value=to.clone()/>
                </div>
                <button type="submit" class="button button--secondary">{i18n.t("staff-audit-filter")}</button>
            </form>
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{i18n.t("staff-audit-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("staff-audit-when")}</th>
                        <th scope="col">{i18n.t("staff-audit-actor")}</th>
                        <th scope="col">{i18n.t("staff-audit-action")}</th>
                        <th scope="col">{i18n.t("staff-audit-target")}</th>
                        <th scope="col">{i18n.t("staff-audit-detail")}</th>
                        <th scope="col">{i18n.t("staff-audit-ip")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("staff-audit-title")/>
        <h1>{i18n.t("staff-audit-title")}</h1>
        <p>{i18n.t("staff-audit-intro")}</p>
        <Suspense>{body}</Suspense>
    }
}
