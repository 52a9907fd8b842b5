//! What each kind of content item holds. An item's `data` is stored as JSON in this shape
//! (the same shape as its block in `content/default/*.toml`, less `id`, `source` and
//! `review_date`, which have columns of their own).
//!
//! Text is kept per language, keyed by tag (`en-GB`, `cy`, `ar`); each block says whether a
//! native speaker has reviewed it.

use crate::domain::eligibility::{CareStatus, Rule, Situation, SituationRule};
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text blocks by language tag.
pub type Texts<T> = BTreeMap<String, T>;

/// The kinds of content item, as stored in `content_items.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Where a whole page comes from (`item_id` is the page: `pledge`, `charter`, …).
    Page,
    /// A service that makes Pledge promises.
    PledgeOwner,
    /// A Pledge promise.
    Pledge,
    /// A Care Leavers Charter promise.
    CharterPromise,
    /// A section of "Your rights".
    RightsSection,
    /// An entitlement in the Local Offer.
    Entitlement,
    /// A "what changes at this age" milestone.
    Milestone,
    /// A word in the glossary.
    GlossaryTerm,
}

impl Kind {
    /// The stored name.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::PledgeOwner => "pledge-owner",
            Kind::Pledge => "pledge",
            Kind::CharterPromise => "charter-promise",
            Kind::RightsSection => "rights-section",
            Kind::Entitlement => "entitlement",
            Kind::Milestone => "milestone",
            Kind::GlossaryTerm => "glossary-term",
        }
    }
}

/// A language block that says whether a native speaker has checked it.
pub trait Reviewed {
    /// True once a native speaker has reviewed this language's text.
    fn reviewed(&self) -> bool;
}

/// The text in `locale`, or in English when that language is missing; with the language
/// actually used, so the page can mark English text inside another language.
pub fn pick<T>(texts: &Texts<T>, locale: Locale) -> Option<(&T, Locale)> {
    texts
        .get(locale.tag())
        .map(|t| (t, locale))
        .or_else(|| texts.get(Locale::EnGb.tag()).map(|t| (t, Locale::EnGb)))
}

/// Whether what a page shows in `locale` includes text no native speaker has reviewed
/// (English text shown in place of a missing translation counts as unreviewed too).
pub fn needs_review_note<T: Reviewed>(texts: &Texts<T>, locale: Locale) -> bool {
    match pick(texts, locale) {
        Some((t, used)) => !t.reviewed() || used != locale,
        None => false,
    }
}

/// Where a page comes from (`[meta]` of a content file).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PageMeta {
    /// The source of the page as a whole.
    pub title_source: String,
}

/// A service that makes Pledge promises (`[[owner]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OwnerData {
    /// Its name, by language tag.
    pub name: BTreeMap<String, String>,
}

/// How a Pledge promise is going.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PledgeStatus {
    /// Going as planned.
    OnTrack,
    /// Some progress, more to do.
    SomeProgress,
    /// Not started yet.
    NotStarted,
    /// Kept.
    Done,
}

impl PledgeStatus {
    /// The stored name (also used in CSS classes and message ids).
    pub fn code(self) -> &'static str {
        match self {
            PledgeStatus::OnTrack => "on-track",
            PledgeStatus::SomeProgress => "some-progress",
            PledgeStatus::NotStarted => "not-started",
            PledgeStatus::Done => "done",
        }
    }
}

/// A Pledge promise (`[[pledge]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PledgeData {
    /// The owner's id.
    pub owner: String,
    /// The period it is made for, e.g. `2026-27`.
    pub period: String,
    /// How it is going.
    pub status: PledgeStatus,
    /// Its text, by language.
    #[serde(flatten)]
    pub text: Texts<PledgeText>,
}

/// A Pledge promise in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PledgeText {
    /// Checked by a native speaker.
    pub reviewed: bool,
    /// The promise, one short sentence.
    pub promise: String,
    /// What it means for you.
    pub meaning: String,
    /// How it is going, one line.
    pub progress: String,
}

/// A Care Leavers Charter promise (`[[promise]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CharterData {
    /// Its text, by language.
    #[serde(flatten)]
    pub text: Texts<CharterText>,
}

/// A Charter promise in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CharterText {
    /// Checked by a native speaker.
    pub reviewed: bool,
    /// The promise.
    pub title: String,
    /// What it means, in everyday words.
    pub meaning: String,
    /// What it means here.
    pub here: String,
    /// What to do if it is not happening.
    pub not_happening: String,
}

/// A section of "Your rights" (`[[section]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RightsData {
    /// Its text, by language.
    #[serde(flatten)]
    pub text: Texts<RightsText>,
}

/// A rights section in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RightsText {
    /// Checked by a native speaker.
    pub reviewed: bool,
    /// Heading.
    pub title: String,
    /// Short paragraphs.
    pub body: Vec<String>,
}

/// What an entitlement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// People who help you.
    Support,
    /// Money.
    Money,
    /// School, college and university.
    Education,
    /// Jobs and apprenticeships.
    Work,
    /// A place to live.
    Home,
    /// Health.
    Health,
    /// Getting around.
    Travel,
    /// Your rights.
    Rights,
}

impl Category {
    /// Every category, in the order the page shows them.
    pub const ALL: [Category; 8] = [
        Category::Support,
        Category::Money,
        Category::Home,
        Category::Education,
        Category::Work,
        Category::Health,
        Category::Travel,
        Category::Rights,
    ];

    /// The stored name (also used in message ids).
    pub fn code(self) -> &'static str {
        match self {
            Category::Support => "support",
            Category::Money => "money",
            Category::Education => "education",
            Category::Work => "work",
            Category::Home => "home",
            Category::Health => "health",
            Category::Travel => "travel",
            Category::Rights => "rights",
        }
    }
}

/// An entitlement in the Local Offer (`[[entitlement]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EntitlementData {
    /// What it is about.
    pub category: Category,
    /// The youngest age that gets it.
    pub min_age: u8,
    /// The oldest age that still gets it.
    pub max_age: u8,
    /// In care, left care, or both.
    pub care_status: Vec<CareStatus>,
    /// `any`, or the situations it is for.
    pub situations: Vec<String>,
    /// The amount (one English text), or empty.
    pub amount: String,
    /// True where the offer varies by council.
    pub council_choice: bool,
    /// When the facts were last checked (ISO date).
    pub checked: String,
    /// Its text, by language.
    #[serde(flatten)]
    pub text: Texts<EntitlementText>,
}

impl EntitlementData {
    /// The situations it is limited to, or `None` for everyone (unknown codes are ignored).
    pub fn situation_list(&self) -> Option<Vec<Situation>> {
        if self.situations.is_empty() || self.situations.iter().any(|s| s == "any") {
            return None;
        }
        Some(self.situations.iter().filter_map(|s| Situation::parse(s)).collect())
    }

    /// Who it is for, as the eligibility rule reads it.
    pub fn rule(&self) -> Rule {
        Rule {
            min_age: self.min_age,
            max_age: self.max_age,
            statuses: self.care_status.clone(),
            situations: self.situation_list().map_or(SituationRule::Any, SituationRule::OnlyFor),
        }
    }
}

/// An entitlement in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EntitlementText {
    /// Checked by a native speaker.
    pub reviewed: bool,
    /// Name.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Two or three sentences.
    pub details: String,
    /// How to ask for it.
    pub how_to_ask: String,
}

/// A "what changes at this age" milestone (`[[milestone]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MilestoneData {
    /// The age.
    pub age: u8,
    /// Its text, by language.
    #[serde(flatten)]
    pub text: Texts<MilestoneText>,
}

/// A milestone in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MilestoneText {
    /// Checked by a native speaker.
    pub reviewed: bool,
    /// Heading.
    pub title: String,
    /// What changes.
    pub points: Vec<String>,
}

/// A glossary word (`[[term]]`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TermData {
    /// Its text, by language.
    #[serde(flatten)]
    pub text: Texts<TermText>,
}

/// A glossary word in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TermText {
    /// Checked by a native speaker.
    pub reviewed: bool,
    /// The word, e.g. "Personal adviser (PA)".
    pub term: String,
    /// What it means, for a reader of about 9.
    pub meaning: String,
}

macro_rules! reviewed {
    ($($t:ty),*) => {
        $(impl Reviewed for $t {
            fn reviewed(&self) -> bool {
                self.reviewed
            }
        })*
    };
}
reviewed!(PledgeText, CharterText, RightsText, EntitlementText, MilestoneText, TermText);

/// One stored item, its data read back into its type.
#[derive(Clone, Debug)]
pub struct Item<D> {
    /// The stable id (`know-your-worker`).
    pub id: String,
    /// Version number (1 is the default content).
    pub version: i64,
    /// Where it comes from.
    pub source: String,
    /// When someone must check it again (ISO date).
    pub review_date: String,
    /// Its data.
    pub data: D,
}
