//! `/staff/notifications`: the messages sent (or queued) to me. Without a mail server this
//! is where staff see them.

use crate::components::forms::current_staff;
use crate::db::outbox;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The notifications page.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let me = current_staff();
    let body = Suspend::new(async move {
        let (Some(s), Some(me)) = (state, me) else { return ().into_any() };
        let items = outbox::for_recipient(&s.db, &me.user_id, 100).await.unwrap_or_default();
        if items.is_empty() {
            return view! { <p>{i18n.t("staff-notifications-none")}</p> }.into_any();
        }
        items
            .into_iter()
            .map(|m| {
                let status = if m.sent_at.is_some() { i18n.t("staff-notifications-sent") } else { i18n.t("staff-notifications-queued") };
                let link = m.body.lines().find_map(|l| l.strip_prefix("Open it: ")).map(|l| l.replace(&s.auth.public_url, ""));
                view! {
                    <article class="card notification">
                        <h2 class="card__title">{m.subject.clone()}</h2>
                        <p>{status}</p>
                        {link.map(|l| view! { <p><a href=l>{i18n.t("staff-notifications-open")}</a></p> })}
                    </article>
                }
            })
            .collect_view()
            .into_any()
    });
    view! {
        <Title text=i18n.t("staff-notifications-title")/>
        <h1>{i18n.t("staff-notifications-title")}</h1>
        <Suspense>{body}</Suspense>
    }
}
