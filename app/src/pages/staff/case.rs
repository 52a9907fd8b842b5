//! `/staff/complaints/{reference}`: one complaint. Opening it is audited. Shows what the
//! young person wrote (decrypted here, for this role only), where the clock stands, the
//! timeline, and a form for each step that fits the stage now.

use crate::api::casework::{parse_day, state_of};
use crate::api::forms::use_form;
use crate::api::staff::audit::record;
use crate::components::forms::{current_staff, CsrfField, ErrorSummary, Hidden};
use crate::db::{complaints, staff_users};
use crate::domain::access::{can, Capability, Role};
use crate::domain::complaints::{allowed_actions, Action, Outcome, STAGE2_MAX_DAYS};
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The case page.
#[component]
pub fn CasePage() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_params_map().get_untracked().get("reference").unwrap_or_default();
    let state = use_context::<AppState>();
    let staff = current_staff();
    let form = use_form();
    let title = i18n.t_with("staff-case-title", &[("reference", reference.clone().into())]);
    let body = Suspend::new(async move {
        let (Some(s), Some(me)) = (state, staff) else { return ().into_any() };
        let Ok(Some(row)) = complaints::find_by_reference(&s.db, s.org(), &reference).await else {
            return view! { <p>{i18n.t("staff-case-not-found")}</p> }.into_any();
        };
        let ip = use_context::<http::request::Parts>().and_then(|p| crate::api::staff::session::client_ip(&s, &p));
        record(&s, Some(&me.user_id), "case-opened", Some(&row.reference), None, ip.as_deref()).await;
        let open = |field: &str, v: &Option<String>| {
            v.as_ref().map(|x| s.keys.open(x, &format!("complaint.{field}:{}", row.id)).unwrap_or_else(|_| i18n.t("staff-case-unreadable")))
        };
        let story = open("body", &Some(row.body_sealed.clone())).unwrap_or_default();
        let remedy = open("remedy", &row.remedy_sealed);
        let name = open("name", &row.name_sealed);
        let contact = open("contact", &row.contact_sealed);
        let events = complaints::events(&s.db, "complaint", &row.id).await.unwrap_or_default();
        let cal = s.calendar().await;
        let Some(st) = state_of(&cal, &events) else { return ().into_any() };
        let people: Vec<(String, String)> = staff_users::list(&s.db, s.org())
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|u| u.disabled == 0 && Role::parse(&u.role).is_some_and(|r| can(r, Capability::Casework)))
            .map(|u| (u.id, u.name))
            .collect();
        let timeline = events
            .iter()
            .map(|e| {
                let text = e.text_sealed.as_ref().map(|t| s.keys.open(t, &format!("complaint.event:{}", row.id)).unwrap_or_default());
                let who = e.actor_name.clone().unwrap_or_else(|| i18n.t("staff-case-by-complainant"));
                let day = parse_day(&e.day).map(|d| i18n.date(d)).unwrap_or_default();
                let value = match (e.kind.as_str(), &e.value) {
                    ("closed", Some(v)) => format!(": {}", i18n.t(&format!("track-outcome-{v}"))),
                    ("assigned", Some(v)) => format!(": {}", people.iter().find(|p| &p.0 == v).map(|p| p.1.clone()).unwrap_or_default()),
                    ("stage-2-extended", Some(v)) => format!(": {v}"),
                    _ => String::new(),
                };
                view! {
                    <li class="timeline__item">
                        <p class="timeline__head"><strong>{i18n.t(&format!("staff-event-{}", e.kind))}{value}</strong>" · "{day}" · "{who}</p>
                        {text.filter(|t| !t.is_empty()).map(|t| view! { <p class="preserve-lines">{t}</p> })}
                    </li>
                }
            })
            .collect_view();
        let status = [
            (i18n.t("track-stage"), i18n.t(&format!("track-stage-{}", st.stage.as_str()))),
            (i18n.t("staff-case-waiting"), i18n.t(&format!("staff-waiting-{}", st.waiting.as_str()))),
            (i18n.t("staff-case-due"), st.due.map(|d| i18n.date(d)).unwrap_or_else(|| if st.paused { i18n.t("staff-case-paused") } else { "—".into() })),
            (i18n.t("staff-case-ack-by"), st.acknowledge_by.map(|d| i18n.date(d)).unwrap_or_else(|| i18n.t("staff-case-done"))),
        ];
        let details = [
            (i18n.t("staff-case-received"), parse_day(&row.received_day).map(|d| i18n.date(d)).unwrap_or_default()),
            (i18n.t("complaint-who"), i18n.t(&format!("complaint-who-{}", row.who))),
            (i18n.t("complaint-topic"), i18n.t(&format!("complaint-topic-{}", row.topic))),
            (i18n.t("complaint-what-happened"), story),
            (i18n.t("complaint-put-right"), remedy.unwrap_or_default()),
            (i18n.t("complaint-advocate"), i18n.t(&format!("complaint-advocate-{}", row.wants_advocate))),
            (i18n.t("staff-case-advocate-status"), i18n.t(&format!("staff-advocate-status-{}", row.advocate_status))),
            (i18n.t("complaint-reply-by"), i18n.t(&format!("complaint-reply-by-{}", row.reply_by))),
            (i18n.t("complaint-name"), name.unwrap_or_default()),
            (i18n.t("complaint-contact"), contact.unwrap_or_default()),
        ];
        let dl = |rows: Vec<(String, String)>| {
            rows.into_iter()
                .map(|(k, v)| view! { <div class="summary__row"><dt>{k}</dt><dd class="preserve-lines">{v}</dd></div> })
                .collect_view()
        };
        let actions = allowed_actions(&st);
        let reference = row.reference.clone();
        view! {
            {(row.representation == 1).then(|| view! { <p class="notice">{i18n.t("staff-case-representation")}</p> })}
            <div class="columns">
                <section>
                    <h2>{i18n.t("staff-case-status")}</h2>
                    <dl class="summary">{dl(status.to_vec())}</dl>
                    <h2>{i18n.t("staff-case-details")}</h2>
                    <dl class="summary">{dl(details.to_vec())}</dl>
                </section>
                <section>
                    <h2>{i18n.t("staff-case-actions")}</h2>
                    <ActionForms reference=reference.clone() actions=actions people=people/>
                </section>
            </div>
            <h2 id="timeline">{i18n.t("staff-case-timeline")}</h2>
            <ol class="timeline">{timeline}</ol>
        }
        .into_any()
    });
    view! {
        <Title text=title.clone()/>
        <ErrorSummary form=form/>
        <p><a href="/staff/complaints">{i18n.t("staff-complaints-title")}</a></p>
        <h1 dir="auto">{title}</h1>
        <Suspense>{body}</Suspense>
    }
}

#[component]
fn ActionForms(reference: String, actions: Vec<Action>, people: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action_url = format!("/staff/complaints/{reference}");
    let step_url = action_url.clone();
    let step = move |a: Action| {
        let id = format!("text-{}", a.as_str());
        let extra = match a {
            Action::Close => view! {
                <label class="field__label" for="outcome">{i18n.t("track-outcome")}</label>
                <select class="field__input" id="outcome" name="outcome">
                    {Outcome::ALL.into_iter().map(|o| view! { <option value=o.as_str()>{i18n.t(&format!("staff-outcome-{}", o.as_str()))}</option> }).collect_view()}
                </select>
            }.into_any(),
            Action::ExtendStage2 => view! {
                <label class="field__label" for="days">{i18n.t("staff-case-days")}</label>
                <input class="field__input field__input--short" id="days" name="days" type="number" min="26" max=STAGE2_MAX_DAYS.to_string() value="65" inputmode="numeric"/>
            }.into_any(),
            _ => ().into_any(),
        };
        view! {
            <form method="post" action=step_url.clone() class="action-form">
                <CsrfField/>
                <Hidden name="action" value=a.as_str().to_owned()/>
                {extra}
                <label class="field__label" for=id.clone()>{i18n.t(if a.needs_text() { "staff-case-text-required" } else { "staff-case-text-optional" })}</label>
                <textarea class="field__input" id=id name="text" rows="2"></textarea>
                <button type="submit" class="button button--small">{i18n.t(&format!("staff-action-{}", a.as_str()))}</button>
            </form>
        }
    };
    let free = ["note", "advocate-referred", "advocate-contact", "advocate-outcome"].map(|a| {
        let id = format!("text-{a}");
        view! {
            <form method="post" action=action_url.clone() class="action-form">
                <CsrfField/>
                <Hidden name="action" value=a.to_owned()/>
                <label class="field__label" for=id.clone()>{i18n.t(&format!("staff-action-{a}-label"))}</label>
                <textarea class="field__input" id=id name="text" rows="2"></textarea>
                <button type="submit" class="button button--secondary button--small">{i18n.t(&format!("staff-action-{a}"))}</button>
            </form>
        }
    });
    view! {
        {actions.into_iter().map(step).collect_view()}
        <form method="post" action=action_url.clone() class="action-form">
            <CsrfField/>
            <Hidden name="action" value="assign".into()/>
            <label class="field__label" for="staff_id">{i18n.t("staff-case-assign-to")}</label>
            <select class="field__input" id="staff_id" name="staff_id">
                {people.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
            <button type="submit" class="button button--secondary button--small">{i18n.t("staff-action-assign")}</button>
        </form>
        {free.into_iter().collect_view()}
    }
}
