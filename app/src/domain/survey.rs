//! Survey question sets and the answers a young person gives: the model, the checks a set must
//! pass before it is stored, what counts as a valid answer, and the way through a survey.
//!
//! A set is data (`content/surveys/*.toml`), versioned and immutable once a round uses it. Each
//! question is tagged with one of the six outcomes (Southwark's framework, `strategies.md`),
//! except "about you" questions (banded, optional demographics).

use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub use super::survey_answers::{next_step, read_answer, resume_step, Action, Answer, AnswerError, Answers, Step};

/// The longest free-text answer, in characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// The form value of "I'd rather not say" (never an option id).
pub const PREFER_NOT: &str = "prefer-not";

/// Answers of the frequency scale, best first.
pub const FREQUENCY: [&str; 3] = ["most-of-the-time", "sometimes", "hardly-ever"];
/// Answers of the faces scale (4 to 7), happiest first.
pub const FACES: [&str; 3] = ["happy", "ok", "sad"];
/// Answers of a yes/no question.
pub const YES_NO: [&str; 2] = ["yes", "no"];
/// Answers of a 0 to 10 well-being question.
pub const WELLBEING: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// An age band: who a question set is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Band {
    /// 4 to 7, done with a trusted adult.
    #[serde(rename = "4-7")]
    Age4To7,
    /// 8 to 11.
    #[serde(rename = "8-11")]
    Age8To11,
    /// 11 to 17.
    #[serde(rename = "11-17")]
    Age11To17,
    /// Care leavers, 16 to 25.
    #[serde(rename = "care-leavers")]
    CareLeavers,
}

impl Band {
    /// Every band, youngest first.
    pub const ALL: [Band; 4] = [Band::Age4To7, Band::Age8To11, Band::Age11To17, Band::CareLeavers];

    /// The name in addresses and in the database.
    pub fn slug(self) -> &'static str {
        match self {
            Band::Age4To7 => "4-7",
            Band::Age8To11 => "8-11",
            Band::Age11To17 => "11-17",
            Band::CareLeavers => "care-leavers",
        }
    }

    /// Parses a slug.
    pub fn parse(s: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.slug() == s)
    }

    /// Whether an adult helps (and says who they are, in broad terms).
    pub fn with_helper(self) -> bool {
        self == Band::Age4To7
    }
}

/// Who helps a 4 to 7 year old, in broad terms.
pub const HELPERS: [&str; 3] = ["teacher", "advocate", "other"];

/// One of the six outcomes every question is tagged with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Getting involved and having a say.
    HaveASay,
    /// Feeling safe, secure and settled.
    SafeAndSettled,
    /// Being happy and in best health.
    HappyAndHealthy,
    /// Getting the most from education.
    Education,
    /// Avoiding harmful risks.
    AvoidingRisks,
    /// Being prepared for independence.
    Independence,
}

impl Outcome {
    /// The six, in the framework's order.
    pub const ALL: [Outcome; 6] = [
        Outcome::HaveASay,
        Outcome::SafeAndSettled,
        Outcome::HappyAndHealthy,
        Outcome::Education,
        Outcome::AvoidingRisks,
        Outcome::Independence,
    ];

    /// The name in data and translation keys (`outcome-{slug}`).
    pub fn slug(self) -> &'static str {
        match self {
            Outcome::HaveASay => "have-a-say",
            Outcome::SafeAndSettled => "safe-and-settled",
            Outcome::HappyAndHealthy => "happy-and-healthy",
            Outcome::Education => "education",
            Outcome::AvoidingRisks => "avoiding-risks",
            Outcome::Independence => "independence",
        }
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// All or most of the time / sometimes / hardly ever or never.
    Frequency,
    /// 0 (not at all) to 10 (completely), like the national personal well-being questions.
    Wellbeing,
    /// Happy / OK / sad faces, with words.
    Faces,
    /// Yes / no.
    YesNo,
    /// One of the question's own options.
    Choice,
    /// Optional free text.
    Text,
}

/// A text in every language the app speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    /// English.
    #[serde(rename = "en-GB")]
    pub en_gb: String,
    /// Welsh.
    pub cy: String,
    /// Arabic.
    pub ar: String,
}

impl Texts {
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::EnGb => &self.en_gb,
            Locale::Cy => &self.cy,
            Locale::Ar => &self.ar,
        }
    }

    fn complete(&self) -> bool {
        [&self.en_gb, &self.cy, &self.ar].iter().all(|t| !t.trim().is_empty())
    }
}

/// One option of a single-choice question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Stored value.
    pub id: String,
    /// What it says.
    #[serde(flatten)]
    pub label: Texts,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, unique in its set.
    pub id: String,
    /// How it is answered.
    pub kind: Kind,
    /// The outcome it measures (none for "about you" questions).
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// A banded "about you" question (demographics).
    #[serde(default)]
    pub about: bool,
    /// Some answers to it mean the young person may not be safe (see `survey_safety`).
    #[serde(default)]
    pub safety: bool,
    /// The question.
    pub text: Texts,
    /// A short hint under it.
    #[serde(default)]
    pub hint: Option<Texts>,
    /// The options (single choice only).
    #[serde(default, rename = "option")]
    pub options: Vec<Choice>,
}

impl Question {
    /// Every value an answer to this question may take (empty for free text).
    pub fn values(&self) -> Vec<&str> {
        match self.kind {
            Kind::Frequency => FREQUENCY.to_vec(),
            Kind::Wellbeing => WELLBEING.to_vec(),
            Kind::Faces => FACES.to_vec(),
            Kind::YesNo => YES_NO.to_vec(),
            Kind::Choice => self.options.iter().map(|o| o.id.as_str()).collect(),
            Kind::Text => Vec::new(),
        }
    }
}

/// Which languages a native speaker has checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reviewed {
    /// English.
    #[serde(rename = "en-GB")]
    pub en_gb: bool,
    /// Welsh.
    pub cy: bool,
    /// Arabic.
    pub ar: bool,
}

impl Reviewed {
    /// Whether `locale` was checked by a native speaker.
    pub fn get(&self, locale: Locale) -> bool {
        match locale {
            Locale::EnGb => self.en_gb,
            Locale::Cy => self.cy,
            Locale::Ar => self.ar,
        }
    }
}

/// About the set as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Who it is for.
    pub band: Band,
    /// Version (a changed set is a new version).
    pub version: i64,
    /// About how long it takes, in minutes.
    pub minutes: u32,
    /// Where the questions come from.
    pub source: String,
    /// When someone must check it again (ISO date).
    pub review_date: String,
    /// Which translations a native speaker checked.
    pub reviewed: Reviewed,
}

/// A versioned question set for one age band.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionSet {
    /// About the set.
    pub meta: Meta,
    /// The questions, in the order they are asked.
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
}

impl QuestionSet {
    /// The id a set is stored under: `{band}-v{version}`.
    pub fn id(&self) -> String {
        format!("{}-v{}", self.meta.band.slug(), self.meta.version)
    }

    /// Question `n` (1-based).
    pub fn question(&self, n: usize) -> Option<&Question> {
        n.checked_sub(1).and_then(|i| self.questions.get(i))
    }

    /// How many questions.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    /// Whether the set has no questions (never true of a valid set).
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// Everything wrong with the set; empty when it may be stored.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.meta.version < 1 {
            out.push("meta.version must be 1 or more".into());
        }
        if !(3..=40).contains(&self.questions.len()) {
            out.push(format!("a set has 3 to 40 questions, not {}", self.questions.len()));
        }
        let mut ids = HashSet::new();
        for q in &self.questions {
            let at = &q.id;
            if !is_slug(&q.id) {
                out.push(format!("{at}: an id is lowercase letters, digits and dashes"));
            }
            if !ids.insert(q.id.as_str()) {
                out.push(format!("{at}: the id is used twice"));
            }
            if !q.text.complete() || q.hint.as_ref().is_some_and(|h| !h.complete()) {
                out.push(format!("{at}: every language needs the text"));
            }
            match (q.about, q.outcome) {
                (false, None) => out.push(format!("{at}: a question needs an outcome")),
                (true, Some(_)) => out.push(format!("{at}: an about-you question has no outcome")),
                _ => {}
            }
            if q.about && q.kind != Kind::Choice {
                out.push(format!("{at}: an about-you question is a single choice of bands"));
            }
            if q.safety && !matches!(q.kind, Kind::Frequency | Kind::Faces | Kind::YesNo) {
                out.push(format!("{at}: a safety question is frequency, faces or yes/no"));
            }
            out.extend(option_problems(q));
        }
        out
    }
}

fn option_problems(q: &Question) -> Vec<String> {
    let at = &q.id;
    let mut out = Vec::new();
    if q.kind != Kind::Choice {
        if !q.options.is_empty() {
            out.push(format!("{at}: only a single-choice question has options"));
        }
        return out;
    }
    if q.options.len() < 2 {
        out.push(format!("{at}: a single-choice question needs at least two options"));
    }
    let mut seen = HashSet::new();
    for o in &q.options {
        if !is_slug(&o.id) || o.id == PREFER_NOT || !seen.insert(o.id.as_str()) {
            out.push(format!("{at}: option {:?} needs a unique slug id other than {PREFER_NOT}", o.id));
        }
        if !o.label.complete() {
            out.push(format!("{at}: option {} needs a label in every language", o.id));
        }
    }
    out
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 60 && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
#[path = "survey_tests.rs"]
mod tests;
