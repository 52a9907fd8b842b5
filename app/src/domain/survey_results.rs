//! Survey results: what a sent survey adds to the running counts (tallies), and how those counts
//! become the dashboard's tables (answers grouped into categories, everyone or one group).
//!
//! **Tallies.** Each response adds 1 to a row per answered question, keyed by its round, band,
//! *profile* (its "about you" answers, e.g. `about-age=11-13;about-home=-`) and answer. The
//! dashboard adds these up instead of reading every answer, so the results page costs the same
//! for 100 answers or a million, and stays exact as responses arrive (the tallies are written in
//! the response's own transaction). Free text is never tallied.
//!
//! **Groups.** A filter is one "about you" question and one of its answers, or "did not say"
//! (skipped or "I'd rather not say"). The groups of a question cover everyone, so a breakdown
//! of a question by group adds up to everyone's counts: that is what lets
//! `suppression::suppress_breakdown` protect every filtered view and the unfiltered one together.

use super::survey::{Kind, Question, QuestionSet, PREFER_NOT};

/// The tally "question" that counts responses.
pub const RESPONSES: &str = "";
/// A profile's value for an "about you" question that was skipped or not said.
pub const NOT_SAID: &str = "-";

/// Well-being questions asked the other way round: a high score is worse (anxious yesterday).
/// The Office for National Statistics bands these differently (see [`categories`]).
pub const ANXIETY_QUESTIONS: [&str; 2] = ["worried-yesterday", "anxious-yesterday"];

/// A response's "about you" answers as one key: `question=value` in the set's order, joined by
/// `;`, with [`NOT_SAID`] for a question skipped or not said; empty for a set without any.
pub fn profile(set: &QuestionSet, answers: &[(String, Option<String>, bool)]) -> String {
    set.questions
        .iter()
        .filter(|q| q.about)
        .map(|q| {
            let value = answers
                .iter()
                .find(|(id, _, _)| *id == q.id)
                .and_then(|(_, v, prefer_not)| v.as_deref().filter(|_| !prefer_not))
                .filter(|v| q.values().contains(v))
                .unwrap_or(NOT_SAID);
            format!("{}={value}", q.id)
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// What a profile says for "about you" question `question` ([`NOT_SAID`] if nothing).
pub fn profile_value<'a>(profile: &'a str, question: &str) -> &'a str {
    profile
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(q, _)| *q == question)
        .map_or(NOT_SAID, |(_, v)| v)
}

/// The (question, value) rows one response adds 1 to: the response itself, then each answered
/// question that is not free text ("I'd rather not say" as [`PREFER_NOT`]).
pub fn tally_keys(set: &QuestionSet, answers: &[(String, Option<String>, bool)]) -> Vec<(String, String)> {
    let mut out = vec![(RESPONSES.to_owned(), String::new())];
    for (id, value, prefer_not) in answers {
        let Some(q) = set.questions.iter().find(|q| q.id == *id) else { continue };
        if q.kind == Kind::Text {
            continue;
        }
        let value = if *prefer_not { PREFER_NOT } else { value.as_deref().unwrap_or(PREFER_NOT) };
        out.push((id.clone(), value.to_owned()));
    }
    out
}

/// One row of tallies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// The "about you" answers of the responses counted.
    pub profile: String,
    /// Question id ([`RESPONSES`] for the responses themselves).
    pub question: String,
    /// The answer.
    pub value: String,
    /// How many.
    pub n: u64,
}

/// The categories a question's answers are shown in, as translation-free keys: the answer
/// values in order, except well-being scores, which are banded as the Office for National
/// Statistics bands them (life satisfaction, worthwhile, happiness: low 0–4, medium 5–6,
/// high 7–8, very high 9–10; anxiety: very low 0–1, low 2–3, medium 4–5, high 6–10), then
/// "I'd rather not say". The responses row has one category.
pub fn categories(q: Option<&Question>) -> Vec<String> {
    let Some(q) = q else { return vec![RESPONSES.to_owned()] };
    let mut out: Vec<String> = match q.kind {
        Kind::Wellbeing if is_anxiety(q) => ["anxiety-very-low", "anxiety-low", "anxiety-medium", "anxiety-high"]
            .map(str::to_owned)
            .to_vec(),
        Kind::Wellbeing => ["wellbeing-low", "wellbeing-medium", "wellbeing-high", "wellbeing-very-high"].map(str::to_owned).to_vec(),
        Kind::Text => return Vec::new(),
        _ => q.values().into_iter().map(str::to_owned).collect(),
    };
    out.push(PREFER_NOT.to_owned());
    out
}

/// Whether a well-being question is the anxiety one (a high score is worse).
pub fn is_anxiety(q: &Question) -> bool {
    ANXIETY_QUESTIONS.contains(&q.id.as_str())
}

/// The index in [`categories`] of a stored answer; `None` if it is not one the question allows.
pub fn category_of(q: Option<&Question>, value: &str) -> Option<usize> {
    let Some(q) = q else { return value.is_empty().then_some(0) };
    let cats = categories(Some(q));
    if value == PREFER_NOT {
        return Some(cats.len() - 1);
    }
    if q.kind == Kind::Wellbeing {
        let score: u8 = value.parse().ok().filter(|s| *s <= 10)?;
        let band = if is_anxiety(q) {
            match score {
                0..=1 => 0,
                2..=3 => 1,
                4..=5 => 2,
                _ => 3,
            }
        } else {
            match score {
                0..=4 => 0,
                5..=6 => 1,
                7..=8 => 2,
                _ => 3,
            }
        };
        return Some(band);
    }
    cats.iter().position(|c| c == value)
}

/// Everyone's counts for a question (`None`: the responses), one per category.
pub fn everyone(tallies: &[Tally], q: Option<&Question>) -> Vec<u64> {
    let id = q.map_or(RESPONSES, |q| q.id.as_str());
    let mut out = vec![0; categories(q).len()];
    for t in tallies.iter().filter(|t| t.question == id) {
        if let Some(i) = category_of(q, &t.value) {
            out[i] += t.n;
        }
    }
    out
}

/// The groups of an "about you" question: each of its answers, then [`NOT_SAID`].
pub fn groups(about: &Question) -> Vec<String> {
    about.values().into_iter().map(str::to_owned).chain([NOT_SAID.to_owned()]).collect()
}

/// A question's counts broken down by the groups of `about`: one row per group (in
/// [`groups`] order), one column per category. The rows add up to [`everyone`].
pub fn breakdown(tallies: &[Tally], q: Option<&Question>, about: &Question) -> Vec<Vec<u64>> {
    let id = q.map_or(RESPONSES, |q| q.id.as_str());
    let groups = groups(about);
    let mut out = vec![vec![0; categories(q).len()]; groups.len()];
    for t in tallies.iter().filter(|t| t.question == id) {
        let Some(c) = category_of(q, &t.value) else { continue };
        let said = profile_value(&t.profile, &about.id);
        let g = groups.iter().position(|g| g == said).unwrap_or(groups.len() - 1);
        out[g][c] += t.n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::survey::content::default_sets;

    fn shipped_sets() -> Vec<QuestionSet> {
        default_sets().expect("the shipped sets parse")
    }

    fn set(band: &str) -> QuestionSet {
        shipped_sets().into_iter().find(|s| s.meta.band.slug() == band).expect("shipped set")
    }

    fn a(q: &str, v: &str) -> (String, Option<String>, bool) {
        (q.to_owned(), Some(v.to_owned()), false)
    }

    #[test]
    fn a_profile_lists_every_about_question_in_order_with_not_said_for_gaps() {
        let s = set("11-17");
        assert_eq!(profile(&s, &[a("about-home", "childrens-home")]), "about-age=-;about-home=childrens-home");
        let prefer = vec![("about-age".to_owned(), None, true), a("about-home", "foster-family")];
        assert_eq!(profile(&s, &prefer), "about-age=-;about-home=foster-family");
        // A value the question does not allow is not trusted into the key.
        assert_eq!(profile(&s, &[a("about-age", "99")]), "about-age=-;about-home=-");
        assert_eq!(profile(&set("4-7"), &[a("about-home", "x")]), "");
        assert_eq!(profile_value("about-age=11-13;about-home=-", "about-age"), "11-13");
        assert_eq!(profile_value("about-age=11-13;about-home=-", "about-home"), NOT_SAID);
        assert_eq!(profile_value("", "about-home"), NOT_SAID);
    }

    #[test]
    fn tally_keys_count_the_response_and_every_answer_but_free_text() {
        let s = set("care-leavers");
        let keys = tally_keys(&s, &[a("lonely", "sometimes"), ("money".into(), None, true), a("tell-us", "sealed…")]);
        assert_eq!(
            keys,
            vec![("".into(), "".into()), ("lonely".into(), "sometimes".into()), ("money".into(), PREFER_NOT.into())]
        );
    }

    #[test]
    fn well_being_scores_are_banded_as_the_ons_bands_them() {
        let s = set("11-17");
        let life = s.questions.iter().find(|q| q.id == "life-satisfied");
        let worried = s.questions.iter().find(|q| q.id == "worried-yesterday");
        let band = |q, v| category_of(q, v);
        assert_eq!([band(life, "0"), band(life, "4"), band(life, "5"), band(life, "6")], [Some(0), Some(0), Some(1), Some(1)]);
        assert_eq!([band(life, "7"), band(life, "8"), band(life, "9"), band(life, "10")], [Some(2), Some(2), Some(3), Some(3)]);
        assert_eq!([band(worried, "1"), band(worried, "2"), band(worried, "5"), band(worried, "6")], [Some(0), Some(1), Some(2), Some(3)]);
        assert_eq!(band(life, PREFER_NOT), Some(4));
        assert_eq!(band(life, "11"), None);
        assert_eq!(band(life, "x"), None);
    }

    #[test]
    fn every_shipped_anxiety_question_is_known_as_one() {
        for s in shipped_sets() {
            for q in s.questions.iter().filter(|q| q.kind == Kind::Wellbeing) {
                let text = q.text.en_gb.to_lowercase();
                let asks_anxiety = text.contains("worried") || text.contains("anxious") || text.contains("nervous");
                assert_eq!(is_anxiety(q), asks_anxiety, "{} in {}", q.id, s.id());
            }
        }
    }

    #[test]
    fn a_breakdown_by_group_adds_up_to_everyone() {
        let s = set("11-17");
        let q = s.questions.iter().find(|q| q.id == "feel-safe-home");
        let about = s.questions.iter().find(|q| q.id == "about-home").expect("about-home");
        let t = |profile: &str, value: &str, n| Tally { profile: profile.into(), question: "feel-safe-home".into(), value: value.into(), n };
        let tallies = vec![
            t("about-age=-;about-home=foster-family", "most-of-the-time", 30),
            t("about-age=11-13;about-home=foster-family", "sometimes", 5),
            t("about-age=11-13;about-home=-", "hardly-ever", 2),
            t("about-age=-;about-home=childrens-home", PREFER_NOT, 1),
            t("about-age=-;about-home=childrens-home", "not-an-option", 7),
        ];
        let rows = breakdown(&tallies, q, about);
        let all = everyone(&tallies, q);
        assert_eq!(all, vec![30, 5, 2, 1]);
        assert_eq!(groups(about).last().map(String::as_str), Some(NOT_SAID));
        for (c, total) in all.iter().enumerate() {
            assert_eq!(rows.iter().map(|r| r[c]).sum::<u64>(), *total);
        }
        assert_eq!(rows[0], vec![30, 5, 0, 0]);
        assert_eq!(rows[rows.len() - 1], vec![0, 0, 2, 0]);
    }
}
