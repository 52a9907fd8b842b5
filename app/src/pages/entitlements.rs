//! `/entitlements`: what care leavers can get (the Local Offer). A plain GET form
//! (`?age=19&status=left-care&situation=education`) lists what applies, using the rule in
//! `domain::eligibility`; the timeline shows what changes at each age; the full list, by
//! category, is always shown, each entitlement with who can get it, the amount, how to ask,
//! its source and when it was last checked.

use crate::components::content::{about, format_date, page_title, unavailable, AboutPage, Glossary, RichText, TranslationNote, WordsLink, WordsWeUse};
use crate::components::eligibility_form::{Check, EligibilityForm};
use crate::api::forms::FormState;
use crate::components::forms::ErrorSummary;
use crate::content::model::{needs_review_note, pick, Category, EntitlementData, Item, Kind, MilestoneData};
use crate::content::published;
use crate::db::DbError;
use crate::domain::eligibility::{eligible, CareStatus};
use crate::domain::rich_text::Piece;
use crate::i18n::{I18n, Locale};
use crate::shell::use_i18n;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// One entitlement, ready to show.
struct Entitlement {
    id: String,
    category: Category,
    lang: Option<&'static str>,
    title: String,
    summary: Vec<Piece>,
    details: Vec<Piece>,
    how_to_ask: Vec<Piece>,
    who: String,
    amount: String,
    council_choice: bool,
    source: String,
    checked: String,
}

/// One milestone, ready to show.
struct Milestone {
    id: String,
    lang: Option<&'static str>,
    title: String,
    points: Vec<String>,
}

/// Everything the page shows below the form.
struct EntitlementsView {
    /// Every entitlement, in content order, with the ids that apply to the answers.
    all: Vec<Entitlement>,
    applies: Vec<String>,
    milestones: Vec<Milestone>,
    needs_note: bool,
    glossary: Glossary,
    english: Vec<String>,
    about: (String, String),
}

/// "Ages 16 to 24. Left care. Only if you are: At university."
fn who(i18n: &I18n, e: &EntitlementData) -> String {
    let ages = if e.min_age == 0 {
        i18n.t_with("entitlements-ages-up-to", &[("max", e.max_age.into())])
    } else {
        i18n.t_with("entitlements-ages", &[("min", e.min_age.into()), ("max", e.max_age.into())])
    };
    let status = match e.care_status.as_slice() {
        [CareStatus::InCare] => i18n.t("entitlements-for-in-care"),
        [CareStatus::LeftCare] => i18n.t("entitlements-for-left-care"),
        _ => i18n.t("entitlements-for-both"),
    };
    let mut parts = vec![ages, status];
    if let Some(list) = e.situation_list() {
        let names: Vec<String> = list.iter().map(|s| i18n.t(&format!("entitlements-situation-{}", s.code()))).collect();
        parts.push(i18n.t_with("entitlements-only-if", &[("situations", names.join(&i18n.t("entitlements-list-separator")).into())]));
    }
    parts.join(" ")
}

async fn load(state: &AppState, i18n: I18n, check: &Check) -> Result<EntitlementsView, DbError> {
    let (db, org, locale) = (&state.db, state.org(), i18n.locale);
    let items: Vec<Item<EntitlementData>> = published(db, org, Kind::Entitlement).await?;
    let milestone_items = published::<MilestoneData>(db, org, Kind::Milestone).await?;
    let mut glossary = Glossary::load(db, org, locale).await?;
    let about = about(db, org, "entitlements").await?;
    let applies = if check.has_answers() {
        eligible(&items, |i| i.data.rule(), &check.answers).into_iter().map(|i| i.id.clone()).collect()
    } else {
        Vec::new()
    };
    let mut needs_note = glossary.needs_note;
    let mut english = Vec::new();
    let mut milestones = Vec::new();
    for m in &milestone_items {
        let Some((text, used)) = pick(&m.data.text, locale) else { continue };
        needs_note |= needs_review_note(&m.data.text, locale);
        milestones.push(Milestone {
            id: m.id.clone(),
            lang: (used != locale).then(|| used.tag()),
            title: text.title.clone(),
            points: text.points.clone(),
        });
    }
    let mut all = Vec::new();
    for item in &items {
        let Some((text, used)) = pick(&item.data.text, locale) else { continue };
        needs_note |= needs_review_note(&item.data.text, locale);
        if let Some(en) = item.data.text.get(Locale::EnGb.tag()) {
            english.extend([en.summary.clone(), en.details.clone(), en.how_to_ask.clone()]);
        }
        all.push(Entitlement {
            id: item.id.clone(),
            category: item.data.category,
            lang: (used != locale).then(|| used.tag()),
            title: text.title.clone(),
            summary: glossary.enrich(&text.summary),
            details: glossary.enrich(&text.details),
            how_to_ask: glossary.enrich(&text.how_to_ask),
            who: who(&i18n, &item.data),
            amount: item.data.amount.clone(),
            council_choice: item.data.council_choice,
            source: item.source.clone(),
            checked: item.data.checked.clone(),
        });
    }
    Ok(EntitlementsView { all, applies, milestones, needs_note, glossary, english, about })
}

/// The "What you can get" page.
#[component]
pub fn EntitlementsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<AppState>();
    let query = use_query_map().get_untracked();
    let check = Check::read(&i18n, query.get("age"), query.get("status"), query.get("situation"));
    let title = page_title(&i18n, "entitlements-page-title", !check.errors.is_empty());
    let errors = check.errors.clone();
    let form_check = check.clone();
    let content = Suspend::new(async move {
        let Some(state) = state else { return ().into_any() };
        let view = match load(&state, i18n, &check).await {
            Ok(v) => v,
            Err(e) => return unavailable("entitlements", &e),
        };
        let entries = view.glossary.entries_for(view.english.iter().map(String::as_str));
        let results = check.has_answers().then(|| results(&i18n, &view.all, &view.applies));
        let english = (i18n.locale != Locale::EnGb).then_some("en-GB");
        let milestones = view
            .milestones
            .into_iter()
            .map(|m| {
                let points = m.points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view();
                view! {
                    <li class="timeline__item" id=format!("milestone-{}", m.id) lang=m.lang>
                        <h3 class="timeline__title">{m.title}</h3>
                        <ul>{points}</ul>
                    </li>
                }
            })
            .collect_view();
        let mut all = view.all;
        let categories = Category::ALL
            .into_iter()
            .filter_map(|cat| {
                let items: Vec<Entitlement> = extract(&mut all, cat);
                (!items.is_empty()).then(|| {
                    let items = items.into_iter().map(|e| entitlement(&i18n, english, e)).collect_view();
                    view! {
                        <h3 class="category">{i18n.t(&format!("entitlements-category-{}", cat.code()))}</h3>
                        <ul class="entitlements">{items}</ul>
                    }
                })
            })
            .collect_view();
        view! {
            <TranslationNote show=view.needs_note/>
            <section class="checker" aria-labelledby="checker-title">
                <h2 id="checker-title">{i18n.t("entitlements-check-title")}</h2>
                <p class="hint">{i18n.t("entitlements-check-hint")}</p>
                <EligibilityForm check=form_check/>
            </section>
            {results}
            <section class="timeline-section" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{i18n.t("entitlements-timeline-title")}</h2>
                <ol class="timeline">{milestones}</ol>
            </section>
            <section aria-labelledby="all-title">
                <h2 id="all-title">{i18n.t("entitlements-all-title")}</h2>
                <WordsLink/>
                {categories}
            </section>
            <WordsWeUse entries=entries/>
            <AboutPage source=view.about.0 review_date=view.about.1/>
        }
        .into_any()
    });
    view! {
        <Title text=title/>
        <ErrorSummary form=FormState { errors, ..Default::default() }/>
        <h1>{i18n.t("entitlements-title")}</h1>
        {i18n.numbered("entitlements-intro").into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        {content}
    }
}

/// Takes the entitlements of one category out of `all`, keeping their order.
fn extract(all: &mut Vec<Entitlement>, cat: Category) -> Vec<Entitlement> {
    let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(all).into_iter().partition(|e| e.category == cat);
    *all = rest;
    mine
}

/// The list of what applies to the answers given.
fn results(i18n: &I18n, all: &[Entitlement], applies: &[String]) -> AnyView {
    let found: Vec<&Entitlement> = all.iter().filter(|e| applies.contains(&e.id)).collect();
    let count = i18n.t_with("entitlements-results-count", &[("count", found.len().into())]);
    let body = if found.is_empty() {
        view! { <p>{i18n.t("entitlements-results-none")}</p> }.into_any()
    } else {
        let items = found
            .into_iter()
            .map(|e| {
                view! {
                    <li lang=e.lang>
                        <a class="results__link" href=format!("#entitlement-{}", e.id)>{e.title.clone()}</a>
                        <p><RichText pieces=e.summary.clone()/></p>
                    </li>
                }
            })
            .collect_view();
        view! { <p>{count}</p><ul class="results__list">{items}</ul> }.into_any()
    };
    view! {
        <section class="results" id="results" aria-labelledby="results-title" tabindex="-1">
            <h2 id="results-title">{i18n.t("entitlements-results-title")}</h2>
            {body}
            <p><a href=format!("/entitlements?lang={}", i18n.locale.tag())>{i18n.t("entitlements-start-again")}</a></p>
        </section>
    }
    .into_any()
}

/// One entitlement in the full list.
fn entitlement(i18n: &I18n, english: Option<&'static str>, e: Entitlement) -> impl IntoView {
    let amount = (!e.amount.is_empty()).then(|| {
        view! { <div><dt>{i18n.t("entitlements-amount")}</dt><dd lang=english>{e.amount.clone()}</dd></div> }
    });
    let choice = e.council_choice.then(|| view! { <p class="note">{i18n.t("entitlements-council-choice")}</p> });
    view! {
        <li class="entitlement" id=format!("entitlement-{}", e.id)>
            <h4 class="entitlement__title" lang=e.lang>{e.title}</h4>
            <p lang=e.lang><RichText pieces=e.summary/></p>
            <p lang=e.lang><RichText pieces=e.details/></p>
            {choice}
            <dl class="facts">
                <div><dt>{i18n.t("entitlements-who")}</dt><dd>{e.who}</dd></div>
                {amount}
                <div><dt>{i18n.t("entitlements-how")}</dt><dd lang=e.lang><RichText pieces=e.how_to_ask/></dd></div>
                <div><dt>{i18n.t("entitlements-source")}</dt><dd lang=english>{e.source}</dd></div>
                <div><dt>{i18n.t("entitlements-checked")}</dt><dd>{format_date(i18n, &e.checked)}</dd></div>
            </dl>
        </li>
    }
}
