//! `/you-said-we-did`: what changed because of what young people said, in plain words and
//! in the reader's language where staff have added a translation.

use crate::db::actions;
use crate::domain::actions::OUTCOMES;
use crate::i18n::Locale;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// The public page.
#[component]
pub fn YouSaidPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let body = Suspend::new(async move {
        let Some(s) = state else { return ().into_any() };
        let items = actions::published(&s.db, s.org()).await.unwrap_or_default();
        if items.is_empty() {
            return view! { <p>{i18n.t("you-said-none")}</p> }.into_any();
        }
        let translated = if i18n.locale == Locale::EnGb {
            Vec::new()
        } else {
            actions::published_translations(&s.db, s.org(), i18n.locale.tag()).await.unwrap_or_default()
        };
        OUTCOMES
            .iter()
            .filter(|o| items.iter().any(|a| a.outcome == **o))
            .map(|o| {
                let cards = items
                    .iter()
                    .filter(|a| a.outcome == *o)
                    .map(|a| {
                        let t = translated.iter().find(|t| t.0 == a.id);
                        let (said, did, lang, unreviewed) = match t {
                            Some(t) => (t.1.clone(), t.2.clone(), None, t.3 == 0),
                            None => (a.said.clone(), a.action.clone(), (i18n.locale != Locale::EnGb).then_some("en-GB"), false),
                        };
                        view! {
                            <li class="card you-said">
                                <h3 class="card__title">{i18n.t("you-said-you-said")}</h3>
                                <p lang=lang dir=lang.map(|_| "ltr")>{said}</p>
                                <h3 class="card__title">{i18n.t(if a.status == "done" { "you-said-we-did" } else { "you-said-we-will" })}</h3>
                                <p lang=lang dir=lang.map(|_| "ltr")>{did}</p>
                                <p class="tag">{i18n.t(&format!("actions-status-{}", a.status))}</p>
                                {unreviewed.then(|| view! { <p class="hint">{i18n.t("you-said-unreviewed")}</p> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section>
                        <h2>{i18n.t(&format!("outcome-{o}"))}</h2>
                        <ul class="cards">{cards}</ul>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    });
    view! {
        <Title text=i18n.t("you-said-page-title")/>
        <h1>{i18n.t("you-said-title")}</h1>
        <p class="lead">{i18n.t("you-said-intro")}</p>
        <Suspense>{body}</Suspense>
    }
}
