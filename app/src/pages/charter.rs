//! `/charter`: the seven promises of the Care Leavers Charter. Each says what it means in
//! everyday words, what it means here, and what to do if it is not happening; each asks "Is
//! this happening for you?" (answers post to `/charter`, see `api::promise_checks`).

use crate::api::forms::use_form;
use crate::api::promise_checks::answer_field;
use crate::components::content::{about, page_title, unavailable, AboutPage, Glossary, RichText, TranslationNote, WordsLink, WordsWeUse};
use crate::api::forms::FormState;
use crate::components::forms::ErrorSummary;
use crate::components::promise_check::PromiseCheck;
use crate::content::model::{needs_review_note, pick, CharterData, Kind};
use crate::content::published;
use crate::db::DbError;
use crate::domain::promise_check::PromiseKind;
use crate::domain::rich_text::Piece;
use crate::i18n::Locale;
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// One Charter promise, ready to show.
struct Promise {
    id: String,
    lang: Option<&'static str>,
    title: Vec<Piece>,
    meaning: Vec<Piece>,
    here: Vec<Piece>,
    not_happening: Vec<Piece>,
}

/// Everything the page shows below its introduction.
struct CharterView {
    promises: Vec<Promise>,
    needs_note: bool,
    glossary: Glossary,
    english: Vec<String>,
    about: (String, String),
}

async fn load(state: &AppState, locale: Locale) -> Result<CharterView, DbError> {
    let (db, org) = (&state.db, state.org());
    let items = published::<CharterData>(db, org, Kind::CharterPromise).await?;
    let mut glossary = Glossary::load(db, org, locale).await?;
    let about = about(db, org, "charter").await?;
    let mut needs_note = glossary.needs_note;
    let mut english = Vec::new();
    let mut promises = Vec::new();
    for item in items {
        let Some((text, used)) = pick(&item.data.text, locale) else { continue };
        needs_note |= needs_review_note(&item.data.text, locale);
        if let Some(en) = item.data.text.get(Locale::EnGb.tag()) {
            english.extend([en.title.clone(), en.meaning.clone(), en.here.clone(), en.not_happening.clone()]);
        }
        promises.push(Promise {
            id: item.id.clone(),
            lang: (used != locale).then(|| used.tag()),
            title: glossary.enrich(&text.title),
            meaning: glossary.enrich(&text.meaning),
            here: glossary.enrich(&text.here),
            not_happening: glossary.enrich(&text.not_happening),
        });
    }
    Ok(CharterView { promises, needs_note, glossary, english, about })
}

/// The Care Leavers Charter page.
#[component]
pub fn CharterPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let state = use_context::<AppState>();
    let answered = use_query_map().get_untracked().get("answered");
    let title = page_title(&i18n, "charter-page-title", form.has_errors());
    let (errors, notice) = (form.errors.clone(), form.notice.clone());
    let lang_q = format!("?lang={}", i18n.locale.tag());
    let content = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let view = match load(&state, i18n.locale).await {
            Ok(v) => v,
            Err(e) => return unavailable("charter", &e),
        };
        let entries = view.glossary.entries_for(view.english.iter().map(String::as_str));
        let promises = view
            .promises
            .into_iter()
            .map(|p| {
                let is_answered = answered.as_deref() == Some(p.id.as_str());
                let error = (form.value("promise") == p.id)
                    .then(|| form.error(&answer_field(PromiseKind::Charter, &p.id)))
                    .flatten();
                view! {
                    <li class="promise" id=PromiseKind::Charter.anchor(&p.id)>
                        <h2 class="promise__title" lang=p.lang><RichText pieces=p.title/></h2>
                        <p class="promise__meaning" lang=p.lang><RichText pieces=p.meaning/></p>
                        <h3>{i18n.t("charter-here-title")}</h3>
                        <p lang=p.lang><RichText pieces=p.here/></p>
                        <div class="not-happening">
                            <h3>{i18n.t("charter-not-happening-title")}</h3>
                            <p lang=p.lang><RichText pieces=p.not_happening/></p>
                            <ul class="not-happening__links">
                                <li><a href=format!("/rights{lang_q}#advocates")>{i18n.t("charter-advocate-link")}</a></li>
                                <li><a href=format!("/rights{lang_q}#how-to-complain")>{i18n.t("charter-complain-link")}</a></li>
                            </ul>
                        </div>
                        <PromiseCheck kind=PromiseKind::Charter promise_id=p.id.clone() answered=is_answered error=error/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <TranslationNote show=view.needs_note/>
            <WordsLink/>
            <ol class="promises promises--numbered">{promises}</ol>
            <WordsWeUse entries=entries/>
            <AboutPage source=view.about.0 review_date=view.about.1/>
        }
        .into_any()
    });
    view! {
        <Title text=title/>
        <ErrorSummary form=FormState { errors, notice, ..Default::default() }/>
        <h1>{i18n.t("charter-title")}</h1>
        {i18n.numbered("charter-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        {content}
    }
}
