//! Survey results for the dashboard: one round and age band, everyone or one group, each of the
//! six outcomes with its questions, beside the previous round, with the significance flag and
//! national reference figures; and the response rate of every band of the round.
//!
//! Every number comes from the tallies (`db::survey_results`) through
//! `suppression::suppress_breakdown` (filtered views) or `suppress_distribution` (everyone),
//! which publish everyone's numbers identically, so no pair of views can be subtracted to
//! reveal a hidden number. The page and the CSV are both built from [`Results`].

use crate::db::surveys::{self, RoundRow};
use crate::db::{survey_results as repo, DbResult};
use crate::domain::significance::{compare, Comparison};
use crate::domain::suppression::{suppress_breakdown, suppress_distribution, Cell, CountTable, Policy};
use crate::domain::survey::{Band, Kind, Outcome, Question, QuestionSet, PREFER_NOT};
use crate::domain::survey_results::{self as rules, Tally, NOT_SAID};
use crate::domain::survey_rounds::{response_figure, ResponseFigure};
use crate::i18n::I18n;
use crate::state::AppState;
use serde::Deserialize;
pub use super::references::{references, Reference};
use std::collections::HashMap;

/// The usual minimum response rate for results to be published (Bright Spots practice).
pub const MIN_RESPONSE_RATE: u64 = 30;

/// What the page was asked for (all optional: the newest round, its first band, everyone).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ResultsQuery {
    /// Round id.
    pub round: Option<String>,
    /// Band slug.
    pub band: Option<String>,
    /// One group: `{about question}:{answer}` (or `:-` for "did not say").
    pub group: Option<String>,
}

/// One round's published numbers for a question (or the responses).
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    /// One per category.
    pub cells: Vec<Cell>,
    /// Young people who answered.
    pub total: Cell,
}

/// Whether, and how, the change since the previous round was tested.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// No previous round with this question.
    NoPrevious,
    /// Some numbers are hidden in one of the rounds, so no test.
    Hidden,
    /// Tested.
    Tested(Comparison),
}

/// One question's results.
#[derive(Clone, Debug)]
pub struct QuestionResult {
    /// Question id (anchor).
    pub id: String,
    /// The question as young people saw it, in the reader's language.
    pub text: String,
    /// Category labels.
    pub categories: Vec<String>,
    /// This round.
    pub now: Published,
    /// The previous round, if it asked this question.
    pub before: Option<Published>,
    /// The significance test.
    pub change: Change,
    /// A national figure: the category index, the share, who, the source.
    pub reference: Option<(usize, Reference)>,
}

/// One outcome and its questions.
#[derive(Clone, Debug)]
pub struct OutcomeResults {
    /// Slug.
    pub slug: &'static str,
    /// Its name.
    pub title: String,
    /// Its questions, in the survey's order.
    pub questions: Vec<QuestionResult>,
}

/// One band's response rate in the round.
#[derive(Clone, Debug)]
pub struct RateRow {
    /// Band slug.
    pub band: String,
    /// Invited, if staff said.
    pub invited: Option<u32>,
    /// Responses (hidden or rounded) and the rate.
    pub figure: ResponseFigure,
}

/// A group that can be chosen: value for `?group=`, label.
#[derive(Clone, Debug)]
pub struct GroupChoice {
    /// `{question}:{value}`.
    pub value: String,
    /// "Where do you live: In a children's home".
    pub label: String,
}

/// Everything the results page and its CSV show.
#[derive(Clone, Debug)]
pub struct Results {
    /// Every round, newest first (the filter).
    pub rounds: Vec<RoundRow>,
    /// The round shown.
    pub round: RoundRow,
    /// Its bands.
    pub bands: Vec<String>,
    /// The band shown.
    pub band: String,
    /// Groups that can be chosen.
    pub groups: Vec<GroupChoice>,
    /// The group shown (`None`: everyone).
    pub group: Option<GroupChoice>,
    /// The round compared with.
    pub previous: Option<RoundRow>,
    /// Young people who answered, in the view (now, before).
    pub responses: (Published, Option<Published>),
    /// Response rates of every band of the round (everyone, never a group).
    pub rates: Vec<RateRow>,
    /// The six outcomes.
    pub outcomes: Vec<OutcomeResults>,
    /// Policy in force.
    pub k: u32,
}

/// Builds the results for a query; `None` when there is no round (or no such round or band).
pub async fn results(state: &AppState, i18n: &I18n, query: &ResultsQuery) -> DbResult<Option<Results>> {
    let org = state.org();
    let rounds = surveys::list_rounds(&state.db, org).await?;
    let Some(round) = (match &query.round {
        Some(id) => rounds.iter().find(|r| r.id == *id).cloned(),
        None => rounds.first().cloned(),
    }) else {
        return Ok(None);
    };
    let mut round_bands = surveys::round_bands(&state.db, &round.id).await?;
    round_bands.sort_by_key(|b| Band::parse(&b.band));
    let Some(rb) = (match &query.band {
        Some(b) => round_bands.iter().find(|x| x.band == *b),
        None => round_bands.first(),
    })
    .cloned() else {
        return Ok(None);
    };
    let Some(set) = state.surveys.set(&state.db, &rb.set_id).await else { return Ok(None) };
    let locale = i18n.locale;
    let about: Vec<&Question> = set.questions.iter().filter(|q| q.about).collect();
    let groups: Vec<GroupChoice> = about
        .iter()
        .flat_map(|q| {
            rules::groups(q).into_iter().map(move |v| GroupChoice {
                value: format!("{}:{v}", q.id),
                label: format!("{}: {}", q.text.get(locale), group_label(i18n, q, &v)),
            })
        })
        .collect();
    let group = query.group.as_ref().and_then(|g| groups.iter().find(|c| c.value == *g)).cloned();
    let chosen: Option<(&Question, usize)> = group.as_ref().and_then(|g| {
        let (qid, v) = g.value.split_once(':')?;
        let q = about.iter().find(|q| q.id == qid)?;
        Some((*q, rules::groups(q).iter().position(|x| x == v)?))
    });

    // The previous round: the newest that opened earlier and asked this band.
    let mut previous = None;
    for r in rounds.iter().filter(|r| r.opens_on < round.opens_on || (r.opens_on == round.opens_on && r.id < round.id)) {
        let bands = surveys::round_bands(&state.db, &r.id).await?;
        if let Some(b) = bands.iter().find(|b| b.band == rb.band) {
            if let Some(s) = state.surveys.set(&state.db, &b.set_id).await {
                previous = Some((r.clone(), s));
                break;
            }
        }
    }
    let now_tallies = repo::tallies(&state.db, &round.id, &rb.band).await?;
    let before_tallies = match &previous {
        Some((r, _)) => Some(repo::tallies(&state.db, &r.id, &rb.band).await?),
        None => None,
    };
    let policy = state.stats;
    // One view's published numbers and, for the significance test only, its exact counts.
    let view = |tallies: &[Tally], set: &QuestionSet, q: Option<&Question>| -> Option<(Published, Vec<u64>)> {
        let q = match q {
            Some(q) => Some(set.questions.iter().find(|x| x.id == q.id && x.kind == q.kind)?),
            None => None,
        };
        // The same group must exist in that round's set (same about question, same answers).
        let chosen = match chosen {
            Some((aq, g)) => {
                let same = set.questions.iter().find(|x| x.id == aq.id && x.about)?;
                if rules::groups(same) != rules::groups(aq) {
                    return None;
                }
                Some((same, g))
            }
            None => None,
        };
        Some(publish_view(&policy, tallies, q, chosen))
    };
    let before_set = previous.as_ref().map(|(_, s)| s.clone());
    let before_view = |q: Option<&Question>| before_tallies.as_ref().zip(before_set.as_deref()).and_then(|(t, s)| view(t, s, q));
    let responses = (
        view(&now_tallies, &set, None).map_or_else(|| empty(1), |(p, _)| p),
        before_view(None).map(|(p, _)| p),
    );
    let refs = references();
    let mut outcomes = Vec::new();
    for outcome in Outcome::ALL {
        let mut questions = Vec::new();
        for q in set.questions.iter().filter(|q| q.outcome == Some(outcome) && q.kind != Kind::Text) {
            let now = view(&now_tallies, &set, Some(q));
            let before = before_view(Some(q));
            let change = match (&now, &before) {
                (_, None) => Change::NoPrevious,
                (Some((p_now, exact_now)), Some((p_before, exact_before))) if exact_now.len() == exact_before.len() => {
                    let answers = exact_now.len() - 1; // "I'd rather not say" is not part of the test
                    let shown = |p: &Published| p.cells[..answers].iter().all(|c| !c.is_suppressed()) && !p.total.is_suppressed();
                    if shown(p_now) && shown(p_before) {
                        Change::Tested(compare(&exact_before[..answers], &exact_now[..answers]))
                    } else {
                        Change::Hidden
                    }
                }
                _ => Change::Hidden,
            };
            let now = now.map_or_else(|| empty(rules::categories(Some(q)).len()), |(p, _)| p);
            let before = before.map(|(p, _)| p);
            let cats = rules::categories(Some(q));
            let reference = refs
                .iter()
                .find(|r| r.band == rb.band && r.question == q.id)
                .and_then(|r| Some((cats.iter().position(|c| *c == r.category)?, r.clone())));
            questions.push(QuestionResult {
                id: q.id.clone(),
                text: q.text.get(locale).to_owned(),
                categories: cats.iter().map(|c| category_label(i18n, q, c)).collect(),
                now,
                before,
                change,
                reference,
            });
        }
        if !questions.is_empty() {
            outcomes.push(OutcomeResults { slug: outcome.slug(), title: i18n.t(&format!("outcome-{}", outcome.slug())), questions });
        }
    }
    let counts: HashMap<String, i64> = surveys::response_counts(&state.db, &round.id).await?.into_iter().collect();
    let rates = round_bands
        .iter()
        .map(|b| {
            let invited = b.invited.and_then(|n| u32::try_from(n).ok());
            let answered = counts.get(&b.band).copied().unwrap_or(0).max(0) as u64;
            RateRow { band: b.band.clone(), invited, figure: response_figure(answered, invited, &policy) }
        })
        .collect();
    Ok(Some(Results {
        bands: round_bands.iter().map(|b| b.band.clone()).collect(),
        band: rb.band.clone(),
        rounds: rounds.clone(),
        round,
        groups,
        group,
        previous: previous.map(|(r, _)| r),
        responses,
        rates,
        outcomes,
        k: policy.k(),
    }))
}

fn empty(n: usize) -> Published {
    Published { cells: vec![Cell::Suppressed; n], total: Cell::Suppressed }
}

/// The published numbers of one view (everyone, or one group of an "about you" question),
/// with the exact counts they come from (for the significance test, never for display).
pub fn publish_view(policy: &Policy, tallies: &[Tally], q: Option<&Question>, group: Option<(&Question, usize)>) -> (Published, Vec<u64>) {
    match group {
        None => {
            let exact = rules::everyone(tallies, q);
            let d = suppress_distribution(policy, &exact);
            (Published { cells: d.cells().to_vec(), total: d.total() }, exact)
        }
        Some((about, g)) => {
            let rows = rules::breakdown(tallies, q, about);
            let exact = rows.get(g).cloned().unwrap_or_default();
            let columns = rules::categories(q);
            match CountTable::new(rules::groups(about), columns.clone(), rows) {
                Ok(t) => {
                    let (_, p) = suppress_breakdown(policy, &t);
                    (Published { cells: p.cells()[g].clone(), total: p.row_totals()[g] }, exact)
                }
                Err(_) => (empty(columns.len()), exact),
            }
        }
    }
}

/// The label of a result category.
pub fn category_label(i18n: &I18n, q: &Question, category: &str) -> String {
    if category == PREFER_NOT {
        return i18n.t("survey-prefer-not");
    }
    match q.kind {
        Kind::Frequency => i18n.t(&format!("survey-frequency-{category}")),
        Kind::YesNo => i18n.t(&format!("survey-answer-{category}")),
        Kind::Faces => i18n.t(&format!("survey-face-{category}")),
        Kind::Wellbeing => i18n.t(&format!("results-{category}")),
        Kind::Choice => q.options.iter().find(|o| o.id == category).map(|o| o.label.get(i18n.locale).to_owned()).unwrap_or_default(),
        Kind::Text => String::new(),
    }
}

fn group_label(i18n: &I18n, about: &Question, value: &str) -> String {
    if value == NOT_SAID {
        i18n.t("results-group-not-said")
    } else {
        category_label(i18n, about, value)
    }
}

/// The results as CSV, long form: one line per round, question and answer, with the same
/// numbers as the page (hidden ones as the page's marker).
pub fn to_csv(r: &Results, i18n: &I18n) -> String {
    let hidden = i18n.t_with("dashboard-hidden", &[("k", r.k.into())]);
    let field = |s: &str| if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() };
    let group = r.group.as_ref().map_or_else(|| i18n.t("results-everyone"), |g| g.label.clone());
    let mut out = String::from("Round,Band,Group,Outcome,Question,Answer,Young people,Share\n");
    let mut line = |round: &str, outcome: &str, question: &str, answer: &str, c: &Cell| {
        let (count, share) = match c {
            Cell::Shown { count, percent } => (count.to_string(), percent.map(|p| format!("{p}%")).unwrap_or_default()),
            Cell::Suppressed => (hidden.clone(), String::new()),
        };
        let cols = [round, &r.band, &group, outcome, question, answer, &count, &share];
        out.push_str(&cols.iter().map(|s| field(s)).collect::<Vec<_>>().join(","));
        out.push('\n');
    };
    let answered = i18n.t("results-answered");
    let rounds: Vec<(&RoundRow, bool)> = std::iter::once((&r.round, true)).chain(r.previous.as_ref().map(|p| (p, false))).collect();
    for (round, is_now) in &rounds {
        let resp = if *is_now { Some(&r.responses.0) } else { r.responses.1.as_ref() };
        if let Some(p) = resp {
            line(&round.title, "", &i18n.t("results-responses"), &answered, &p.total);
        }
    }
    for o in &r.outcomes {
        for q in &o.questions {
            for (round, is_now) in &rounds {
                let Some(p) = (if *is_now { Some(&q.now) } else { q.before.as_ref() }) else { continue };
                for (label, c) in q.categories.iter().zip(&p.cells) {
                    line(&round.title, &o.title, &q.text, label, c);
                }
                line(&round.title, &o.title, &q.text, &answered, &p.total);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::survey::content::default_sets;

    #[test]
    fn every_reference_figure_sits_beside_a_real_question_and_answer() {
        let sets = default_sets().expect("sets");
        assert!(!references().is_empty(), "content/references.toml parses");
        for r in references() {
            let set = sets.iter().find(|s| s.meta.band.slug() == r.band).unwrap_or_else(|| panic!("band {}", r.band));
            let q = set.questions.iter().find(|q| q.id == r.question).unwrap_or_else(|| panic!("question {}", r.question));
            assert!(rules::categories(Some(q)).contains(&r.category), "{} has no category {}", r.question, r.category);
            assert!(r.percent <= 100 && !r.source.trim().is_empty() && !r.who.trim().is_empty());
        }
    }
}
