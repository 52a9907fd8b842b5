//! `/staff/complaints`: the casework inbox (new, overdue, due soon, waiting for an advocate,
//! everything open), with counts by stage.

use crate::api::casework::{parse_day, state_of};
use crate::db::complaints::{self, ComplaintRow};
use crate::db::staff_users;
use crate::domain::complaints::{is_due_soon, is_overdue, CaseState};
use crate::shell::use_i18n;
use crate::state::{today, AppState};
use leptos::prelude::*;
use leptos_meta::Title;

/// A complaint with its computed state.
#[derive(Clone)]
struct Item {
    row: ComplaintRow,
    state: CaseState,
    assigned: Option<String>,
}

/// The inbox.
#[component]
pub fn ComplaintsInbox() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let cal = s.calendar().await;
        let people = staff_users::list(&s.db, s.org()).await.unwrap_or_default();
        let mut items = Vec::new();
        for row in complaints::list(&s.db, s.org()).await.unwrap_or_default() {
            let events = complaints::events(&s.db, "complaint", &row.id).await.unwrap_or_default();
            if let Some(st) = state_of(&cal, &events) {
                let assigned = row.assigned_to.as_ref().and_then(|id| people.iter().find(|p| &p.id == id)).map(|p| p.name.clone());
                items.push(Item { row, state: st, assigned });
            }
        }
        let day = today();
        let open: Vec<Item> = items.iter().filter(|i| i.row.stage != "closed").cloned().collect();
        let sections: Vec<(&str, Vec<Item>)> = vec![
            ("new", open.iter().filter(|i| i.state.acknowledge_by.is_some()).cloned().collect()),
            ("overdue", open.iter().filter(|i| is_overdue(&i.state, day)).cloned().collect()),
            ("due-soon", open.iter().filter(|i| is_due_soon(&i.state, day, 3, &cal)).cloned().collect()),
            ("advocate", open.iter().filter(|i| matches!(i.row.advocate_status.as_str(), "wanted" | "referred")).cloned().collect()),
            ("open", open.clone()),
        ];
        let counts = ["stage-1", "stage-2", "stage-3", "closed"]
            .into_iter()
            .map(|st| (st, items.iter().filter(|i| i.row.stage == st).count()))
            .map(|(st, n)| view! { <div class="stat"><dt>{i18n.t(&format!("track-stage-{st}"))}</dt><dd>{n}</dd></div> })
            .collect_view();
        view! {
            <dl class="stats">{counts}</dl>
            {sections.into_iter().map(|(id, list)| view! { <Section id=id items=list/> }).collect_view()}
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("staff-complaints-title")/>
        <h1>{i18n.t("staff-complaints-title")}</h1>
        <p>
            <a href="/staff/complaints/report">{i18n.t("staff-report-title")}</a>" · "
            <a href="/staff/advocacy">{i18n.t("staff-advocacy-title")}</a>
        </p>
        <Suspense>{body}</Suspense>
    }
}

#[component]
fn Section(id: &'static str, items: Vec<Item>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("{} ({})", i18n.t(&format!("staff-complaints-{id}")), items.len());
    let rows = items
        .into_iter()
        .map(|i| {
            let due = i.state.due.map(|d| i18n.date(d)).unwrap_or_else(|| {
                if i.state.paused { i18n.t("staff-case-paused") } else { "—".into() }
            });
            let received = parse_day(&i.row.received_day).map(|d| i18n.date(d)).unwrap_or_default();
            view! {
                <tr>
                    <td><a href=format!("/staff/complaints/{}", i.row.reference) dir="ltr">{i.row.reference.clone()}</a></td>
                    <td>{received}</td>
                    <td>{i18n.t(&format!("complaint-topic-{}", i.row.topic))}</td>
                    <td>{i18n.t(&format!("track-stage-{}", i.row.stage))}</td>
                    <td>{due}</td>
                    <td>{i.assigned.unwrap_or_else(|| i18n.t("staff-case-unassigned"))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section id=id>
            <h2>{heading}</h2>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{i18n.t("track-reference")}</th>
                        <th scope="col">{i18n.t("staff-case-received")}</th>
                        <th scope="col">{i18n.t("complaint-topic")}</th>
                        <th scope="col">{i18n.t("track-stage")}</th>
                        <th scope="col">{i18n.t("staff-case-due")}</th>
                        <th scope="col">{i18n.t("staff-case-assigned")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
