//! Markup shared by the content pages (`/pledge`, `/charter`, `/rights`, `/entitlements`):
//! text with phone and glossary links, the "Words we use" glossary, the note on unreviewed
//! translations, and where a page comes from.

use crate::content::model::{needs_review_note, pick, Kind, TermData};
use crate::content::{page_meta, published};
use crate::db::{Db, DbError};
use crate::domain::rich_text::{enrich, keys_for, sort_keys, terms_used, Piece, TermKey};
use crate::i18n::{I18n, Locale};
use crate::shell::use_i18n;
use leptos::prelude::*;
use std::collections::HashSet;

/// The glossary, ready to link words on one page.
#[derive(Clone, Debug, Default)]
pub struct Glossary {
    /// Words to find in this language (and English words, which other languages quote).
    keys: Vec<TermKey>,
    /// English words only (to pick the same entries whatever the language).
    english_keys: Vec<TermKey>,
    /// Words already linked on this page.
    linked: HashSet<String>,
    /// Every entry, in glossary order: (id, word, meaning, language of the text).
    entries: Vec<(String, String, String, Locale)>,
    /// Whether an entry shown is not yet reviewed in this language.
    pub needs_note: bool,
}

impl Glossary {
    /// Loads the published glossary in `locale`.
    pub async fn load(db: &Db, org: &str, locale: Locale) -> Result<Self, DbError> {
        let terms = published::<TermData>(db, org, Kind::GlossaryTerm).await?;
        let mut g = Glossary::default();
        for t in &terms {
            g.needs_note |= needs_review_note(&t.data.text, locale);
            if let Some((text, used)) = pick(&t.data.text, locale) {
                g.keys.extend(keys_for(&t.id, &text.term));
                g.entries.push((t.id.clone(), text.term.clone(), text.meaning.clone(), used));
            }
            if let Some(en) = t.data.text.get(Locale::EnGb.tag()) {
                g.english_keys.extend(keys_for(&t.id, &en.term));
                if locale != Locale::EnGb {
                    g.keys.extend(keys_for(&t.id, &en.term));
                }
            }
        }
        sort_keys(&mut g.keys);
        sort_keys(&mut g.english_keys);
        Ok(g)
    }

    /// `text` split into pieces, linking glossary words the first time they appear.
    pub fn enrich(&mut self, text: &str) -> Vec<Piece> {
        enrich(text, &self.keys, &mut self.linked)
    }

    /// The entries for a page whose English text is `english` (plus any word linked in this
    /// language), so every language shows the same list.
    pub fn entries_for<'a>(&self, english: impl IntoIterator<Item = &'a str>) -> Vec<(String, String, String, Locale)> {
        let mut used = terms_used(english, &self.english_keys);
        used.extend(self.linked.iter().cloned());
        self.entries.iter().filter(|(id, ..)| used.contains(id)).cloned().collect()
    }
}

/// Text with its phone numbers and glossary words linked.
#[component]
pub fn RichText(
    /// The text, split by `domain::rich_text::enrich`.
    pieces: Vec<Piece>,
) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.into_any(),
            Piece::Term { term, text } => {
                view! { <a class="term" href=format!("#word-{term}")>{text}</a> }.into_any()
            }
            Piece::Phone { digits, text } => {
                view! { <a class="tel" href=format!("tel:{digits}") dir="ltr">{text}</a> }.into_any()
            }
        })
        .collect_view()
}

/// "Words we use": the glossary entries for this page.
#[component]
pub fn WordsWeUse(
    /// (id, word, meaning, language of the text), in glossary order.
    entries: Vec<(String, String, String, Locale)>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!entries.is_empty()).then(|| {
        let items = entries
            .into_iter()
            .map(|(id, word, meaning, used)| {
                let lang = (used != i18n.locale).then(|| used.tag());
                view! {
                    <div class="glossary__entry" lang=lang>
                        <dt><dfn id=format!("word-{id}")>{word}</dfn></dt>
                        <dd>{meaning}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <section class="glossary" aria-labelledby="words">
                <h2 id="words" tabindex="-1">{i18n.t("content-words-title")}</h2>
                <dl>{items}</dl>
            </section>
        }
    })
}

/// A link to "Words we use" near the top of a page.
#[component]
pub fn WordsLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="words-link"><a href="#words">{i18n.t("content-words-link")}</a></p> }
}

/// "This translation has not been checked by a native speaker yet", when that is so.
#[component]
pub fn TranslationNote(
    /// Whether the page shows any unreviewed translation.
    show: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    show.then(|| view! { <p class="translation-note" role="note">{i18n.t("content-translation-note")}</p> })
}

/// Where the page as a whole comes from, and when it will be checked again.
#[component]
pub fn AboutPage(
    /// Where the page comes from (English, as stored).
    source: String,
    /// When it will be checked again (ISO date).
    review_date: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let english = (i18n.locale != Locale::EnGb).then_some("en-GB");
    view! {
        <section class="about-page" aria-labelledby="about-page-title">
            <h2 id="about-page-title">{i18n.t("content-about-title")}</h2>
            <p>{i18n.t("content-about-source")}" "<span lang=english>{source}</span></p>
            <p>{i18n.t_with("content-about-review", &[("date", format_date(&i18n, &review_date).into())])}</p>
        </section>
    }
}

/// Loads where a page comes from (an empty box if the page item is missing).
pub async fn about(db: &Db, org: &str, page: &str) -> Result<(String, String), DbError> {
    Ok(page_meta(db, org, page).await?.map(|m| (m.data.title_source, m.review_date)).unwrap_or_default())
}

/// An ISO date (`2027-04-01`) in words: "1 April 2027" (or the text as it is if it is not
/// a date).
pub fn format_date(i18n: &I18n, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return iso.to_owned() };
    match (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d)) => i18n.t_with(
            "date-short",
            &[("day", d.into()), ("month", i18n.t(&format!("month-{m}")).into()), ("year", y.to_string().into())],
        ),
        _ => iso.to_owned(),
    }
}

/// The page's title: "Error: " first when the page shows a problem.
pub fn page_title(i18n: &I18n, title_id: &str, has_errors: bool) -> String {
    let title = i18n.t(title_id);
    if has_errors {
        i18n.t_with("form-error-title", &[("title", title.into())])
    } else {
        title
    }
}

/// Shown in place of a page's content when the database cannot be read (status 500).
#[component]
pub fn ContentUnavailable() -> impl IntoView {
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let i18n = use_i18n();
    view! { <p class="translation-note" role="alert">{i18n.t("content-unavailable")}</p> }
}

/// Logs a failed content read (kind of failure only) and returns the view to show instead.
pub fn unavailable(page: &str, e: &DbError) -> AnyView {
    tracing::error!(page, error = %e, "cannot read content");
    view! { <ContentUnavailable/> }.into_any()
}
