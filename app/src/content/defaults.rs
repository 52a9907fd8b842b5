//! The default content (`content/default/*.toml`), embedded in the binary and checked, ready
//! to be loaded into the database on first run.

use super::model::*;
use crate::domain::eligibility::Situation;
use crate::domain::promise_check::valid_promise_id;
use crate::i18n::Locale;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The default content files, by page.
const FILES: [(&str, &str); 5] = [
    ("pledge", include_str!("../../../content/default/pledge.toml")),
    ("charter", include_str!("../../../content/default/charter.toml")),
    ("rights", include_str!("../../../content/default/rights.toml")),
    ("entitlements", include_str!("../../../content/default/entitlements.toml")),
    ("glossary", include_str!("../../../content/default/glossary.toml")),
];

/// An item ready to be stored as version 1.
#[derive(Clone, Debug)]
pub struct NewItem {
    /// Its kind.
    pub kind: Kind,
    /// Its stable id.
    pub item_id: String,
    /// Its place on the page (1 is first).
    pub position: i64,
    /// Its data as JSON.
    pub data: String,
    /// Where it comes from.
    pub source: String,
    /// When to check it again (ISO date).
    pub review_date: String,
}

#[derive(Deserialize)]
struct Meta {
    title_source: String,
}

#[derive(Deserialize)]
struct TomlItem<D> {
    id: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    review_date: String,
    #[serde(flatten)]
    data: D,
}

#[derive(Deserialize)]
struct PledgeFile {
    meta: Meta,
    owner: Vec<TomlItem<OwnerData>>,
    pledge: Vec<TomlItem<PledgeData>>,
}

#[derive(Deserialize)]
struct CharterFile {
    meta: Meta,
    promise: Vec<TomlItem<CharterData>>,
}

#[derive(Deserialize)]
struct RightsFile {
    meta: Meta,
    section: Vec<TomlItem<RightsData>>,
}

#[derive(Deserialize)]
struct EntitlementsFile {
    meta: Meta,
    entitlement: Vec<TomlItem<EntitlementData>>,
    milestone: Vec<TomlItem<MilestoneData>>,
}

#[derive(Deserialize)]
struct GlossaryFile {
    meta: Meta,
    term: Vec<TomlItem<TermData>>,
}

/// Collects items and the problems found in them.
#[derive(Default)]
struct Builder {
    items: Vec<NewItem>,
    problems: Vec<String>,
}

impl Builder {
    fn problem(&mut self, where_: &str, what: impl std::fmt::Display) {
        self.problems.push(format!("{where_}: {what}"));
    }

    /// Checks the common fields and every language block, then adds the items of one kind.
    fn add<D: Serialize>(&mut self, kind: Kind, items: Vec<TomlItem<D>>, texts: impl Fn(&D) -> Vec<(String, serde_json::Value)>) {
        let mut seen = HashSet::new();
        for (n, item) in items.into_iter().enumerate() {
            let where_ = format!("{} {:?}", kind.code(), item.id);
            if !valid_promise_id(&item.id) {
                self.problem(&where_, "the id must be lowercase-kebab");
            }
            if !seen.insert(item.id.clone()) {
                self.problem(&where_, "the id is used twice");
            }
            if item.source.trim().is_empty() {
                self.problem(&where_, "no source");
            }
            if !is_iso_date(&item.review_date) {
                self.problem(&where_, "review_date is not a YYYY-MM-DD date");
            }
            self.check_languages(&where_, texts(&item.data));
            match serde_json::to_string(&item.data) {
                Ok(data) => self.items.push(NewItem {
                    kind,
                    item_id: item.id,
                    position: i64::try_from(n).unwrap_or(i64::MAX).saturating_add(1),
                    data,
                    source: item.source,
                    review_date: item.review_date,
                }),
                Err(e) => self.problem(&where_, e),
            }
        }
    }

    /// Every language has a block, no unknown keys, no empty text, and English is reviewed.
    fn check_languages(&mut self, where_: &str, blocks: Vec<(String, serde_json::Value)>) {
        for locale in Locale::ALL {
            if !blocks.iter().any(|(tag, _)| tag == locale.tag()) {
                self.problem(where_, format!("no {} text", locale.tag()));
            }
        }
        for (tag, value) in &blocks {
            if Locale::from_tag(tag).is_none_or(|l| l.tag() != tag) {
                self.problem(where_, format!("{tag:?} is not a language tag the app knows"));
            }
            if !all_text_filled(value) {
                self.problem(where_, format!("{tag} has an empty text"));
            }
            if tag == Locale::EnGb.tag() && value.get("reviewed").is_some_and(|r| r != &serde_json::Value::Bool(true)) {
                self.problem(where_, "English must be reviewed = true");
            }
        }
    }

    /// A page's own item: where the page as a whole comes from.
    fn page(&mut self, page: &str, meta: Meta) {
        let review = self.earliest_review_date();
        let data = serde_json::json!({ "title_source": meta.title_source }).to_string();
        self.items.push(NewItem {
            kind: Kind::Page,
            item_id: page.to_owned(),
            position: 0,
            data,
            source: meta.title_source,
            review_date: review,
        });
    }

    fn earliest_review_date(&self) -> String {
        self.items.iter().map(|i| i.review_date.clone()).filter(|d| is_iso_date(d)).min().unwrap_or_default()
    }
}

fn texts_of<T: Serialize>(texts: &Texts<T>) -> Vec<(String, serde_json::Value)> {
    texts.iter().map(|(k, v)| (k.clone(), serde_json::to_value(v).unwrap_or_default())).collect()
}

/// True when every string (and list) inside `v` has something in it.
fn all_text_filled(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => !s.trim().is_empty(),
        serde_json::Value::Array(a) => !a.is_empty() && a.iter().all(all_text_filled),
        serde_json::Value::Object(o) => o.values().all(all_text_filled),
        _ => true,
    }
}

/// True for `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u16>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            let month = u8::try_from(m).ok().and_then(|m| time::Month::try_from(m).ok());
            month.is_some_and(|m| d >= 1 && u16::from(time::util::days_in_month(m, i32::from(y))) >= d)
        }
        _ => false,
    }
}

fn parse<T: DeserializeOwned>(name: &str, text: &str, problems: &mut Vec<String>) -> Option<T> {
    match toml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(format!("content/default/{name}.toml: {e}"));
            None
        }
    }
}

/// Every default item, checked; or every problem found, one a line.
pub fn default_items() -> Result<Vec<NewItem>, String> {
    let mut all = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in FILES {
        let mut b = Builder::default();
        match name {
            "pledge" => {
                let Some(f) = parse::<PledgeFile>(name, text, &mut problems) else { continue };
                let owners: HashSet<String> = f.owner.iter().map(|o| o.id.clone()).collect();
                for p in &f.pledge {
                    if !owners.contains(&p.data.owner) {
                        b.problem(&format!("pledge {:?}", p.id), format!("unknown owner {:?}", p.data.owner));
                    }
                }
                b.add(Kind::Pledge, f.pledge, |d| texts_of(&d.text));
                let review = b.earliest_review_date();
                let owners = f
                    .owner
                    .into_iter()
                    .map(|o| TomlItem { source: f.meta.title_source.clone(), review_date: review.clone(), ..o })
                    .collect();
                b.add(Kind::PledgeOwner, owners, |d| d.name.iter().map(|(k, v)| (k.clone(), serde_json::json!(v))).collect());
                b.page(name, f.meta);
            }
            "charter" => {
                let Some(f) = parse::<CharterFile>(name, text, &mut problems) else { continue };
                b.add(Kind::CharterPromise, f.promise, |d| texts_of(&d.text));
                b.page(name, f.meta);
            }
            "rights" => {
                let Some(f) = parse::<RightsFile>(name, text, &mut problems) else { continue };
                b.add(Kind::RightsSection, f.section, |d| texts_of(&d.text));
                b.page(name, f.meta);
            }
            "entitlements" => {
                let Some(f) = parse::<EntitlementsFile>(name, text, &mut problems) else { continue };
                for e in &f.entitlement {
                    check_entitlement(&mut b, &e.id, &e.data);
                }
                b.add(Kind::Entitlement, f.entitlement, |d| texts_of(&d.text));
                b.add(Kind::Milestone, f.milestone, |d| texts_of(&d.text));
                b.page(name, f.meta);
            }
            _ => {
                let Some(f) = parse::<GlossaryFile>(name, text, &mut problems) else { continue };
                b.add(Kind::GlossaryTerm, f.term, |d| texts_of(&d.text));
                b.page(name, f.meta);
            }
        }
        problems.extend(b.problems);
        all.extend(b.items);
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(problems.join("\n"))
    }
}

fn check_entitlement(b: &mut Builder, id: &str, e: &EntitlementData) {
    let where_ = format!("entitlement {id:?}");
    if e.min_age > e.max_age {
        b.problem(&where_, "min_age is above max_age");
    }
    if e.care_status.is_empty() {
        b.problem(&where_, "care_status is empty");
    }
    if e.situations.is_empty() {
        b.problem(&where_, "situations is empty (use [\"any\"])");
    }
    for s in &e.situations {
        if s != "any" && Situation::parse(s).is_none() {
            b.problem(&where_, format!("unknown situation {s:?}"));
        }
    }
    if !is_iso_date(&e.checked) {
        b.problem(&where_, "checked is not a YYYY-MM-DD date");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_content_is_complete_and_valid() {
        let items = default_items().unwrap_or_else(|e| panic!("default content has problems:\n{e}"));
        let count = |k: Kind| items.iter().filter(|i| i.kind == k).count();
        assert_eq!(count(Kind::CharterPromise), 7, "the Charter has seven promises");
        assert_eq!(count(Kind::Milestone), 4, "16, 18, 21 and 25");
        assert_eq!(count(Kind::Page), 5);
        assert!(count(Kind::Pledge) >= 10 && count(Kind::PledgeOwner) >= 3);
        assert!(count(Kind::Entitlement) >= 15 && count(Kind::GlossaryTerm) >= 5);
        assert!(count(Kind::RightsSection) >= 5);
        for i in &items {
            assert!(is_iso_date(&i.review_date), "{:?} {}", i.kind, i.item_id);
            assert!(!i.source.is_empty(), "{:?} {}", i.kind, i.item_id);
        }
    }

    #[test]
    fn the_glossary_explains_the_words_the_issue_names() {
        let items = default_items().unwrap_or_default();
        for word in ["personal-adviser", "pathway-plan", "advocate", "iro", "staying-put"] {
            assert!(items.iter().any(|i| i.kind == Kind::GlossaryTerm && i.item_id == word), "{word}");
        }
    }

    #[test]
    fn stored_data_reads_back_into_its_type() {
        let items = default_items().unwrap_or_default();
        let pledge = items.iter().find(|i| i.kind == Kind::Pledge).map(|i| i.data.clone()).unwrap_or_default();
        let p: PledgeData = serde_json::from_str(&pledge).expect("pledge data");
        assert!(p.text.contains_key("en-GB") && p.text.contains_key("cy") && p.text.contains_key("ar"));
        assert!(p.text["en-GB"].reviewed && !p.text["cy"].reviewed);
        let e = items.iter().find(|i| i.item_id == "staying-put").map(|i| i.data.clone()).unwrap_or_default();
        let e: EntitlementData = serde_json::from_str(&e).expect("entitlement data");
        assert_eq!((e.min_age, e.max_age), (18, 20));
    }

    #[test]
    fn iso_dates_must_be_real() {
        assert!(is_iso_date("2027-04-01") && is_iso_date("2028-02-29"));
        for bad in ["", "2027-4-01", "2027-02-30", "2027-13-01", "2027-00-10", "01-04-2027", "2027/04/01"] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn problems_are_reported_not_swallowed() {
        let mut b = Builder::default();
        let bad: TomlItem<CharterData> = toml::from_str(
            "id = \"Bad Id\"\nsource = \"\"\nreview_date = \"soon\"\n[en-GB]\nreviewed = false\ntitle = \"\"\nmeaning = \"m\"\nhere = \"h\"\nnot_happening = \"n\"\n",
        )
        .expect("parses");
        b.add(Kind::CharterPromise, vec![bad], |d| texts_of(&d.text));
        let all = b.problems.join("\n");
        for expected in ["lowercase-kebab", "no source", "review_date", "no cy text", "no ar text", "empty text", "English must be reviewed"] {
            assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
        }
    }
}
