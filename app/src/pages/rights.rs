//! `/rights`: what you can expect, how to complain and what happens then (the stages and how
//! long each takes), advocates and the national Always Heard line, and what happens to what
//! you tell us. Each section is a content item; its id is the section's anchor.

use crate::components::content::{about, unavailable, AboutPage, Glossary, RichText, TranslationNote, WordsLink, WordsWeUse};
use crate::content::model::{needs_review_note, pick, Kind, RightsData};
use crate::content::published;
use crate::db::DbError;
use crate::domain::rich_text::Piece;
use crate::i18n::Locale;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;

/// One section, ready to show.
struct Section {
    id: String,
    lang: Option<&'static str>,
    title: String,
    body: Vec<Vec<Piece>>,
}

/// Everything the page shows below its introduction.
struct RightsView {
    sections: Vec<Section>,
    needs_note: bool,
    glossary: Glossary,
    english: Vec<String>,
    about: (String, String),
}

async fn load(state: &AppState, locale: Locale) -> Result<RightsView, DbError> {
    let (db, org) = (&state.db, state.org());
    let items = published::<RightsData>(db, org, Kind::RightsSection).await?;
    let mut glossary = Glossary::load(db, org, locale).await?;
    let about = about(db, org, "rights").await?;
    let mut needs_note = glossary.needs_note;
    let mut english = Vec::new();
    let mut sections = Vec::new();
    for item in items {
        let Some((text, used)) = pick(&item.data.text, locale) else { continue };
        needs_note |= needs_review_note(&item.data.text, locale);
        if let Some(en) = item.data.text.get(Locale::EnGb.tag()) {
            english.extend(en.body.iter().cloned());
        }
        sections.push(Section {
            id: item.id.clone(),
            lang: (used != locale).then(|| used.tag()),
            title: text.title.clone(),
            body: text.body.iter().map(|p| glossary.enrich(p)).collect(),
        });
    }
    Ok(RightsView { sections, needs_note, glossary, english, about })
}

/// The "Your rights" page.
#[component]
pub fn RightsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let content = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let view = match load(&state, i18n.locale).await {
            Ok(v) => v,
            Err(e) => return unavailable("rights", &e),
        };
        let entries = view.glossary.entries_for(view.english.iter().map(String::as_str));
        let contents = view
            .sections
            .iter()
            .map(|s| view! { <li><a href=format!("#{}", s.id) lang=s.lang>{s.title.clone()}</a></li> })
            .collect_view();
        let sections = view
            .sections
            .into_iter()
            .map(|s| {
                let body = s.body.into_iter().map(|p| view! { <p><RichText pieces=p/></p> }).collect_view();
                view! {
                    <section class="rights-section" id=s.id.clone() aria-labelledby=format!("{}-title", s.id) lang=s.lang>
                        <h2 id=format!("{}-title", s.id)>{s.title}</h2>
                        {body}
                    </section>
                }
            })
            .collect_view();
        view! {
            <TranslationNote show=view.needs_note/>
            <nav class="contents" aria-labelledby="contents-title">
                <h2 id="contents-title" class="contents__title">{i18n.t("rights-contents")}</h2>
                <ul>{contents}</ul>
            </nav>
            <WordsLink/>
            {sections}
            <WordsWeUse entries=entries/>
            <AboutPage source=view.about.0 review_date=view.about.1/>
        }
        .into_any()
    });
    view! {
        <Title text=i18n.t("rights-page-title")/>
        <h1>{i18n.t("rights-title")}</h1>
        {i18n.numbered("rights-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        {content}
    }
}
