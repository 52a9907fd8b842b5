//! Long pages written as numbered Fluent messages: `{page}-s{n}-title` and
//! `{page}-s{n}-p-{m}`, so translators can add paragraphs without code changes.

use crate::shell::use_i18n;
use leptos::prelude::*;

/// Renders every section of a long page, each with its heading and paragraphs.
#[component]
pub fn Sections(prefix: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    (1..)
        .map(|n| format!("{prefix}-s{n}"))
        .take_while(|s| i18n.has(&format!("{s}-title")))
        .map(|s| {
            let title = i18n.t(&format!("{s}-title"));
            let paras = i18n.numbered(&format!("{s}-p"));
            view! {
                <section>
                    <h2>{title}</h2>
                    {paras.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </section>
            }
        })
        .collect_view()
}
