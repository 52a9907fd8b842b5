//! `/pledge`: the council's promises to children in care, grouped by who made them. Each
//! promise says what it means for you and how it is going, and asks "Is this happening for
//! you?" (answers post to `/pledge`, see `api::promise_checks`).

use crate::api::forms::use_form;
use crate::api::promise_checks::answer_field;
use crate::components::content::{about, page_title, unavailable, AboutPage, Glossary, RichText, TranslationNote, WordsLink, WordsWeUse};
use crate::api::forms::FormState;
use crate::components::forms::ErrorSummary;
use crate::components::promise_check::PromiseCheck;
use crate::content::model::{needs_review_note, pick, Kind, OwnerData, PledgeData, PledgeStatus};
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

/// One promise, ready to show.
struct Promise {
    id: String,
    lang: Option<&'static str>,
    promise: Vec<Piece>,
    meaning: Vec<Piece>,
    progress: Vec<Piece>,
    status: PledgeStatus,
}

/// The promises of one owner.
struct Group {
    name: String,
    lang: Option<&'static str>,
    promises: Vec<Promise>,
}

/// Everything the page shows below its introduction.
struct PledgeView {
    groups: Vec<Group>,
    needs_note: bool,
    glossary: Glossary,
    english: Vec<String>,
    about: (String, String),
}

async fn load(state: &AppState, locale: Locale) -> Result<PledgeView, DbError> {
    let (db, org) = (&state.db, state.org());
    let owners = published::<OwnerData>(db, org, Kind::PledgeOwner).await?;
    let pledges = published::<PledgeData>(db, org, Kind::Pledge).await?;
    let mut glossary = Glossary::load(db, org, locale).await?;
    let about = about(db, org, "pledge").await?;

    let other_name = crate::i18n::I18n::new(locale).t("pledge-owner-other");
    let mut groups: Vec<(String, Group)> = owners
        .iter()
        .map(|o| {
            let (name, lang) = match o.data.name.get(locale.tag()) {
                Some(n) => (n.clone(), None),
                None => (o.data.name.get(Locale::EnGb.tag()).cloned().unwrap_or_default(), Some(Locale::EnGb.tag())),
            };
            (o.id.clone(), Group { name, lang: lang.filter(|_| locale != Locale::EnGb), promises: Vec::new() })
        })
        .collect();
    let mut needs_note = false;
    let mut english = Vec::new();
    for p in pledges {
        let Some((text, used)) = pick(&p.data.text, locale) else { continue };
        needs_note |= needs_review_note(&p.data.text, locale);
        if let Some(en) = p.data.text.get(Locale::EnGb.tag()) {
            english.extend([en.promise.clone(), en.meaning.clone(), en.progress.clone()]);
        }
        let promise = Promise {
            id: p.id.clone(),
            lang: (used != locale).then(|| used.tag()),
            promise: glossary.enrich(&text.promise),
            meaning: glossary.enrich(&text.meaning),
            progress: glossary.enrich(&text.progress),
            status: p.data.status,
        };
        match groups.iter_mut().find(|(id, _)| *id == p.data.owner) {
            Some((_, g)) => g.promises.push(promise),
            None => {
                let group = Group { name: other_name.clone(), lang: None, promises: vec![promise] };
                groups.push((p.data.owner.clone(), group));
            }
        }
    }
    let groups = groups.into_iter().map(|(_, g)| g).filter(|g| !g.promises.is_empty()).collect();
    Ok(PledgeView { groups, needs_note: needs_note || glossary.needs_note, glossary, english, about })
}

/// The Pledge page.
#[component]
pub fn PledgePage() -> impl IntoView {
    let i18n = use_i18n();
    let form = use_form();
    let state = use_context::<AppState>();
    let answered = use_query_map().get_untracked().get("answered");
    let title = page_title(&i18n, "pledge-page-title", form.has_errors());
    let (errors, notice) = (form.errors.clone(), form.notice.clone());
    let content = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let view = match load(&state, i18n.locale).await {
            Ok(v) => v,
            Err(e) => return unavailable("pledge", &e),
        };
        let entries = view.glossary.entries_for(view.english.iter().map(String::as_str));
        let groups = view
            .groups
            .into_iter()
            .map(|g| {
                let promises = g
                    .promises
                    .into_iter()
                    .map(|p| {
                        let is_answered = answered.as_deref() == Some(p.id.as_str());
                        let error = (form.value("promise") == p.id)
                            .then(|| form.error(&answer_field(PromiseKind::Pledge, &p.id)))
                            .flatten();
                        let status = i18n.t(&format!("pledge-status-{}", p.status.code()));
                        view! {
                            <li class="promise" id=PromiseKind::Pledge.anchor(&p.id)>
                                <h3 class="promise__title" lang=p.lang><RichText pieces=p.promise/></h3>
                                <p lang=p.lang><RichText pieces=p.meaning/></p>
                                <div class="progress">
                                    <p class="progress__label">
                                        {i18n.t("pledge-progress-title")}" "
                                        <span class=format!("status status--{}", p.status.code())>{status}</span>
                                    </p>
                                    <p lang=p.lang><RichText pieces=p.progress/></p>
                                </div>
                                <PromiseCheck kind=PromiseKind::Pledge promise_id=p.id.clone() answered=is_answered error=error/>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="promise-group">
                        <h2 lang=g.lang>{g.name}</h2>
                        <ul class="promises">{promises}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <TranslationNote show=view.needs_note/>
            <WordsLink/>
            {groups}
            <WordsWeUse entries=entries/>
            <AboutPage source=view.about.0 review_date=view.about.1/>
        }
        .into_any()
    });
    view! {
        <Title text=title/>
        <ErrorSummary form=FormState { errors, notice, ..Default::default() }/>
        <h1>{i18n.t("pledge-title")}</h1>
        {i18n.numbered("pledge-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        {content}
    }
}
