//! The one rule for when a survey stops to make sure a young person is safe.
//!
//! An anonymous survey cannot raise an alert about a named child. So when an answer says a
//! young person does not feel safe, the journey shows "help now" (999, Childline, the
//! out-of-hours team) and offers a separate "I want someone to contact me" request.
//!
//! Which questions: those marked `safety = true` in the question set (each set has at least
//! one: "Do you feel safe where you live?"). Which answers: the unsafe end of the scale: "hardly
//! ever or never", the sad face, or "no". "Sometimes" does not stop the survey (it would stop
//! very many young people who are fine), "I'd rather not say" and skipping never do, and free
//! text is never read by a machine (no profiling, no automated risk scores).

use super::survey::{Answer, Kind, Question};

/// Whether `answer` to `question` brings the "are you safe?" interruption page.
pub fn needs_safety_check(question: &Question, answer: &Answer) -> bool {
    let Answer::Value(value) = answer else { return false };
    question.safety
        && match question.kind {
            Kind::Frequency => value == "hardly-ever",
            Kind::Faces => value == "sad",
            Kind::YesNo => value == "no",
            Kind::Wellbeing | Kind::Choice | Kind::Text => false,
        }
}

/// The longest name a contact request takes, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// The longest "how to reach you" or "safe time", in characters.
pub const MAX_CONTACT_CHARS: usize = 200;

/// Where "go back to your survey" may lead after a contact request: a survey address on
/// this site only (never another site, never a draft).
pub fn safe_return_path(path: &str) -> Option<&str> {
    let ok = path.starts_with("/survey/")
        && !path.contains("//")
        && path.len() <= 120
        && path.chars().all(|c| c.is_ascii_alphanumeric() || "/-_?=".contains(c));
    ok.then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_stays_on_the_survey() {
        assert_eq!(safe_return_path("/survey/demo/8-11/q/2"), Some("/survey/demo/8-11/q/2"));
        assert_eq!(safe_return_path("/survey/demo/8-11/check?change=1"), Some("/survey/demo/8-11/check?change=1"));
        for bad in ["https://evil.example/", "//evil.example/survey/", "/survey//evil", "/staff", "/survey/x\"y", ""] {
            assert_eq!(safe_return_path(bad), None, "{bad}");
        }
    }
    use crate::domain::survey::{Outcome, Texts};

    fn question(kind: Kind, safety: bool) -> Question {
        let t = Texts { en_gb: "Do you feel safe?".into(), cy: "x".into(), ar: "x".into() };
        Question {
            id: "feel-safe".into(),
            kind,
            outcome: Some(Outcome::SafeAndSettled),
            about: false,
            safety,
            text: t,
            hint: None,
            options: Vec::new(),
        }
    }

    fn v(s: &str) -> Answer {
        Answer::Value(s.into())
    }

    #[test]
    fn the_unsafe_end_of_each_scale_stops_the_survey() {
        assert!(needs_safety_check(&question(Kind::Frequency, true), &v("hardly-ever")));
        assert!(needs_safety_check(&question(Kind::Faces, true), &v("sad")));
        assert!(needs_safety_check(&question(Kind::YesNo, true), &v("no")));
    }

    #[test]
    fn other_answers_do_not() {
        for a in [v("most-of-the-time"), v("sometimes"), Answer::PreferNot, Answer::Skipped] {
            assert!(!needs_safety_check(&question(Kind::Frequency, true), &a), "{a:?}");
        }
        for a in [v("happy"), v("ok")] {
            assert!(!needs_safety_check(&question(Kind::Faces, true), &a), "{a:?}");
        }
        assert!(!needs_safety_check(&question(Kind::YesNo, true), &v("yes")));
    }

    #[test]
    fn only_questions_marked_for_safety_count() {
        assert!(!needs_safety_check(&question(Kind::Frequency, false), &v("hardly-ever")));
        assert!(!needs_safety_check(&question(Kind::YesNo, false), &v("no")));
        assert!(!needs_safety_check(&question(Kind::Text, true), &v("I am not safe")));
        assert!(!needs_safety_check(&question(Kind::Wellbeing, true), &v("0")));
    }
}
