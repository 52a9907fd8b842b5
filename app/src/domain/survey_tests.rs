//! Tests of `domain::survey`: set checks, answers, and the way through a survey.

use super::*;

fn t(s: &str) -> Texts {
    Texts { en_gb: s.into(), cy: format!("{s} (cy)"), ar: format!("{s} (ar)") }
}

fn q(id: &str, kind: Kind) -> Question {
    Question {
        id: id.into(),
        kind,
        outcome: Some(Outcome::HaveASay),
        about: false,
        safety: false,
        text: t("A question?"),
        hint: None,
        options: Vec::new(),
    }
}

fn choice(id: &str, options: &[&str]) -> Question {
    let mut c = q(id, Kind::Choice);
    c.options = options.iter().map(|o| Choice { id: (*o).into(), label: t(o) }).collect();
    c
}

fn set(questions: Vec<Question>) -> QuestionSet {
    QuestionSet {
        meta: Meta {
            band: Band::Age8To11,
            version: 1,
            minutes: 10,
            source: "test".into(),
            review_date: "2030-01-01".into(),
            reviewed: Reviewed { en_gb: true, cy: false, ar: false },
        },
        questions,
    }
}

fn good() -> QuestionSet {
    set(vec![q("one", Kind::Frequency), choice("two", &["a", "b"]), q("three", Kind::Text)])
}

#[test]
fn a_good_set_has_no_problems_and_an_id_from_band_and_version() {
    let s = good();
    assert_eq!(s.problems(), Vec::<String>::new());
    assert_eq!(s.id(), "8-11-v1");
    assert_eq!(s.question(1).map(|q| q.id.as_str()), Some("one"));
    assert_eq!(s.question(0), None);
    assert_eq!(s.question(4), None);
}

#[test]
fn set_problems_are_found() {
    let mut s = good();
    s.questions[0].id = "one".into();
    s.questions[1].id = "one".into();
    s.questions[2].outcome = None;
    s.questions[2].text.cy = " ".into();
    let problems = s.problems().join("\n");
    assert!(problems.contains("used twice"), "{problems}");
    assert!(problems.contains("needs an outcome"), "{problems}");
    assert!(problems.contains("every language"), "{problems}");

    let mut s = good();
    s.questions[1].options.truncate(1);
    s.questions[0].safety = true;
    s.questions[2].safety = true;
    let problems = s.problems().join("\n");
    assert!(problems.contains("at least two options"), "{problems}");
    assert!(problems.contains("safety question"), "{problems}");

    let mut s = good();
    s.questions[1].options[0].id = PREFER_NOT.into();
    s.questions[0].about = true;
    assert_eq!(s.problems().len(), 3, "{:?}", s.problems());
}

#[test]
fn answers_must_be_one_of_the_options() {
    let freq = q("f", Kind::Frequency);
    assert_eq!(read_answer(&freq, Action::Continue, "sometimes"), Ok(Some(Answer::Value("sometimes".into()))));
    assert_eq!(read_answer(&freq, Action::Continue, "always!"), Err(AnswerError::NotAnOption));
    let c = choice("c", &["a", "b"]);
    assert_eq!(read_answer(&c, Action::Continue, "b"), Ok(Some(Answer::Value("b".into()))));
    assert_eq!(read_answer(&c, Action::Continue, "z"), Err(AnswerError::NotAnOption));
    let w = q("w", Kind::Wellbeing);
    assert_eq!(read_answer(&w, Action::Continue, "10"), Ok(Some(Answer::Value("10".into()))));
    assert_eq!(read_answer(&w, Action::Continue, "11"), Err(AnswerError::NotAnOption));
    assert_eq!(read_answer(&q("y", Kind::YesNo), Action::Continue, "maybe"), Err(AnswerError::NotAnOption));
    assert_eq!(read_answer(&q("h", Kind::Faces), Action::Continue, "sad"), Ok(Some(Answer::Value("sad".into()))));
}

#[test]
fn skipping_and_rather_not_say_are_always_allowed() {
    let c = choice("c", &["a", "b"]);
    assert_eq!(read_answer(&c, Action::Skip, "a"), Ok(Some(Answer::Skipped)));
    assert_eq!(read_answer(&c, Action::Continue, ""), Ok(Some(Answer::Skipped)));
    assert_eq!(read_answer(&c, Action::Continue, PREFER_NOT), Ok(Some(Answer::PreferNot)));
    assert_eq!(read_answer(&q("t", Kind::Text), Action::PreferNot, "words"), Ok(Some(Answer::PreferNot)));
    assert_eq!(read_answer(&c, Action::Save, ""), Ok(None), "saving with nothing chosen records nothing");
    assert_eq!(read_answer(&c, Action::Save, "a"), Ok(Some(Answer::Value("a".into()))));
}

#[test]
fn free_text_is_limited_in_characters_not_bytes() {
    let text = q("t", Kind::Text);
    let arabic = "ب".repeat(MAX_TEXT_CHARS);
    assert_eq!(read_answer(&text, Action::Continue, &arabic), Ok(Some(Answer::Value(arabic.clone()))));
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(read_answer(&text, Action::Continue, &long), Err(AnswerError::TooLong(MAX_TEXT_CHARS + 1)));
    assert_eq!(read_answer(&text, Action::Continue, "  prefer-not "), Ok(Some(Answer::Value("prefer-not".into()))));
}

#[test]
fn the_way_through_goes_question_by_question_then_to_the_check_page() {
    let s = good();
    assert_eq!(next_step(&s, 1, false), Step::Question(2));
    assert_eq!(next_step(&s, 3, false), Step::Check);
    assert_eq!(next_step(&s, 1, true), Step::Check, "changing one answer goes back to the check page");
    let mut answers = Answers::new();
    assert_eq!(resume_step(&s, &answers), Step::Question(1));
    answers.insert("one".into(), Answer::Skipped);
    answers.insert("three".into(), Answer::PreferNot);
    assert_eq!(resume_step(&s, &answers), Step::Question(2));
    answers.insert("two".into(), Answer::Value("a".into()));
    assert_eq!(resume_step(&s, &answers), Step::Check);
}

#[test]
fn actions_parse_with_continue_as_the_default() {
    assert_eq!(Action::parse("skip"), Action::Skip);
    assert_eq!(Action::parse("save"), Action::Save);
    assert_eq!(Action::parse("prefer-not"), Action::PreferNot);
    assert_eq!(Action::parse(""), Action::Continue);
    assert_eq!(Action::parse("anything"), Action::Continue);
}

#[test]
fn bands_round_trip_through_their_slugs() {
    for b in Band::ALL {
        assert_eq!(Band::parse(b.slug()), Some(b));
    }
    assert_eq!(Band::parse("12-15"), None);
    assert!(Band::Age4To7.with_helper() && !Band::CareLeavers.with_helper());
}
