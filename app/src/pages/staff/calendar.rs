//! `/staff/calendar`: the council's own closure days, added to the bank holidays that every
//! complaint deadline skips.

use crate::api::forms::use_form;
use crate::components::forms::{page_title, CsrfField, ErrorSummary, TextField};
use crate::db::closures;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The calendar page.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let state = use_context::<AppState>();
    let list = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let days = closures::list(&s.db, s.org()).await.unwrap_or_default();
        view! {
            <ul>{days.into_iter().map(|(d, n)| view! { <li><span dir="ltr">{d}</span>": "{n}</li> }).collect_view()}</ul>
        }
        .into_any()
    });
    view! {
        <Title text=page_title(&form, i18n.t("staff-calendar-title"))/>
        <ErrorSummary form=form.clone()/>
        <h1>{i18n.t("staff-calendar-title")}</h1>
        <p>{i18n.t("staff-calendar-intro")}</p>
        <Suspense>{list}</Suspense>
        <form method="post" action="/staff/calendar" class="form" novalidate>
            <CsrfField/>
            <TextField name="day" label=i18n.t("staff-calendar-day") kind="date" form=form.clone()/>
            <TextField name="note" label=i18n.t("staff-calendar-note") form=form.clone()/>
            <button type="submit" class="button">{i18n.t("staff-calendar-add")}</button>
        </form>
    }
}
