//! Answers to survey questions: what counts as a valid answer (an option shown, a number
//! 0 to 10, or free text within the limit; always skip and "I'd rather not say"), and the way
//! through a survey (next question, the check page, where to carry on after a resume code).

use super::survey::{Kind, Question, QuestionSet, MAX_TEXT_CHARS, PREFER_NOT};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a young person gave for one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// An option's value, a number 0 to 10, or their own words.
    Value(String),
    /// "I'd rather not say".
    PreferNot,
    /// Skipped.
    Skipped,
}

/// Every answer so far, by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Which button sent a question page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Continue".
    Continue,
    /// "Skip this question".
    Skip,
    /// "I'd rather not say" (a button on free-text questions).
    PreferNot,
    /// "Save and come back later".
    Save,
}

impl Action {
    /// Parses the `action` field (an absent or unknown one is "Continue", as Enter sends it).
    pub fn parse(s: &str) -> Action {
        match s {
            "skip" => Action::Skip,
            "prefer-not" => Action::PreferNot,
            "save" => Action::Save,
            _ => Action::Continue,
        }
    }
}

/// Why an answer was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// Not one of the options shown.
    NotAnOption,
    /// Free text longer than [`MAX_TEXT_CHARS`]; holds its length.
    TooLong(usize),
}

/// Reads what was sent for `q`. `None` means "nothing to record" (saving for later with
/// nothing chosen); an empty "Continue" is a skip.
pub fn read_answer(q: &Question, action: Action, raw: &str) -> Result<Option<Answer>, AnswerError> {
    let raw = raw.trim();
    match action {
        Action::Skip => return Ok(Some(Answer::Skipped)),
        Action::PreferNot => return Ok(Some(Answer::PreferNot)),
        Action::Save if raw.is_empty() => return Ok(None),
        Action::Continue if raw.is_empty() => return Ok(Some(Answer::Skipped)),
        _ => {}
    }
    if q.kind == Kind::Text {
        let chars = raw.chars().count();
        return if chars > MAX_TEXT_CHARS { Err(AnswerError::TooLong(chars)) } else { Ok(Some(Answer::Value(raw.to_owned()))) };
    }
    if raw == PREFER_NOT {
        return Ok(Some(Answer::PreferNot));
    }
    if q.values().contains(&raw) {
        Ok(Some(Answer::Value(raw.to_owned())))
    } else {
        Err(AnswerError::NotAnOption)
    }
}

/// Where a young person goes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Question `n` (1-based).
    Question(usize),
    /// "Check your answers".
    Check,
}

/// The step after question `n`: the next question, or the check page at the end or when
/// they came from the check page to change one answer.
pub fn next_step(set: &QuestionSet, n: usize, changing: bool) -> Step {
    if changing || n >= set.len() {
        Step::Check
    } else {
        Step::Question(n + 1)
    }
}

/// Where to carry on: the first question not yet answered or skipped, else the check page.
pub fn resume_step(set: &QuestionSet, answers: &Answers) -> Step {
    set.questions
        .iter()
        .position(|q| !answers.contains_key(&q.id))
        .map_or(Step::Check, |i| Step::Question(i + 1))
}
