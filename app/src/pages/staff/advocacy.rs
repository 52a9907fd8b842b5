//! `/staff/advocacy`: requests for an advocate and where each has got to.

use crate::api::casework::parse_day;
use crate::components::forms::{CsrfField, Hidden};
use crate::db::advocacy;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The advocacy requests page. Opening it reads contact details, so it is audited.
#[component]
pub fn AdvocacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let staff = crate::components::forms::current_staff();
    let body = Suspend::new(async move {
        let (Some(s), Some(me)) = (state, staff) else { return ().into_any() };
        let ip = use_context::<http::request::Parts>().and_then(|p| crate::api::staff::session::client_ip(&s, &p));
        crate::api::staff::audit::record(&s, Some(&me.user_id), "advocacy-list-opened", None, None, ip.as_deref()).await;
        let rows = advocacy::list(&s.db, s.org()).await.unwrap_or_default();
        let open = |f: &str, id: &str, v: &str| s.keys.open(v, &format!("advocacy.{f}:{id}")).unwrap_or_default();
        let items = rows
            .into_iter()
            .map(|r| {
                let about = r.about_sealed.as_deref().map(|a| open("about", &r.id, a)).unwrap_or_default();
                let url = format!("/staff/advocacy/{}", r.reference);
                let next = match r.status.as_str() {
                    "new" => Some("referred"),
                    "referred" => Some("contact-made"),
                    "contact-made" => Some("closed"),
                    _ => None,
                };
                view! {
                    <tr>
                        <td dir="ltr">{r.reference.clone()}</td>
                        <td>{parse_day(&r.received_day).map(|d| i18n.date(d)).unwrap_or_default()}</td>
                        <td>{open("name", &r.id, &r.name_sealed)}<br/><span dir="ltr">{open("contact", &r.id, &r.contact_sealed)}</span></td>
                        <td class="preserve-lines">{about}</td>
                        <td>{i18n.t(&format!("staff-advocacy-status-{}", r.status))}</td>
                        <td>{next.map(|n| view! {
                            <form method="post" action=url.clone() class="inline-form">
                                <CsrfField/>
                                <Hidden name="status" value=n.to_owned()/>
                                {(n == "closed").then(|| view! {
                                    <label class="visually-hidden" for=format!("outcome-{}", r.reference)>{i18n.t("track-outcome")}</label>
                                    <select class="field__input" id=format!("outcome-{}", r.reference) name="outcome">
                                        {["advocate-provided", "not-needed", "no-contact"].map(|o| view! { <option value=o>{i18n.t(&format!("staff-advocacy-outcome-{o}"))}</option> }).collect_view()}
                                    </select>
                                })}
                                <button type="submit" class="button button--small">{i18n.t(&format!("staff-advocacy-to-{n}"))}</button>
                            </form>
                        })}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap"><table class="table">
                <thead><tr>
                    <th scope="col">{i18n.t("track-reference")}</th>
                    <th scope="col">{i18n.t("staff-case-received")}</th>
                    <th scope="col">{i18n.t("staff-advocacy-who")}</th>
                    <th scope="col">{i18n.t("advocate-about")}</th>
                    <th scope="col">{i18n.t("staff-users-status")}</th>
                    <th scope="col">{i18n.t("staff-users-actions")}</th>
                </tr></thead>
                <tbody>{items}</tbody>
            </table></div>
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("staff-advocacy-title")/>
        <h1>{i18n.t("staff-advocacy-title")}</h1>
        <Suspense>{body}</Suspense>
    }
}
