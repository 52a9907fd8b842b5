//! Helpers for the survey tests: a respondent with a draft cookie, the shipped question sets,
//! and answers that never trigger the safety interruption.

#![allow(dead_code)]

use crate::support::{between, Page, TestApp};
use app::domain::survey::{Band, Kind, Question, QuestionSet};
use http::StatusCode;

/// The shipped question set for `band`.
pub fn set(band: Band) -> QuestionSet {
    app::api::survey::content::default_sets()
        .expect("valid sets")
        .into_iter()
        .find(|s| s.meta.band == band)
        .expect("a set per band")
}

/// An answer to `q` that is valid and does not stop the survey for safety.
pub fn calm_answer(q: &Question) -> String {
    match q.kind {
        Kind::Text => "Things are fine. I like my school.".into(),
        Kind::Wellbeing => "7".into(),
        _ => q.values()[0].to_owned(),
    }
}

/// Someone answering a survey in one browser.
pub struct Respondent<'a> {
    pub app: &'a TestApp,
    pub base: String,
    pub cookie: String,
}

impl<'a> Respondent<'a> {
    /// Starts `band` in `round` (with a helper for 4 to 7) and follows to question 1.
    pub async fn start(app: &'a TestApp, round: &str, band: Band) -> Respondent<'a> {
        let base = format!("/survey/{round}/{}", band.slug());
        let fields: Vec<(&str, &str)> = if band.with_helper() { vec![("helper", "teacher")] } else { vec![] };
        let p = app.post(&base, &fields, None).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "start {base}: {}", p.body);
        assert_eq!(p.location(), format!("{base}/q/1"));
        let cookie = p.cookie().expect("draft cookie");
        assert!(cookie.starts_with("cv_survey="), "{cookie}");
        Respondent { app, base, cookie }
    }

    /// Posts question `n` (the page's own address).
    pub async fn answer(&self, n: usize, question: &str, fields: &[(&str, &str)]) -> Page {
        let mut all = vec![("question", question)];
        all.extend_from_slice(fields);
        self.app.post(&format!("{}/q/{n}", self.base), &all, Some(&self.cookie)).await
    }

    /// Answers question `n` of `set` calmly and checks where it leads.
    pub async fn answer_calmly(&self, set: &QuestionSet, n: usize) {
        let q = set.question(n).expect("question");
        let a = calm_answer(q);
        let p = self.answer(n, &q.id, &[("answer", &a), ("action", "continue")]).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{} q{n}: {}", self.base, p.body);
        let next = if n == set.len() { format!("{}/check", self.base) } else { format!("{}/q/{}", self.base, n + 1) };
        assert_eq!(p.location(), next);
    }

    /// GETs a page of this survey with the draft cookie.
    pub async fn get(&self, rest: &str) -> Page {
        self.app.get_with(&format!("{}{rest}", self.base), &[("cookie", &self.cookie)]).await
    }

    /// Posts "Send my answers".
    pub async fn send(&self) -> Page {
        self.app.post(&format!("{}/check", self.base), &[("action", "send")], Some(&self.cookie)).await
    }

    /// Posts "Get my code" and returns the code shown.
    pub async fn save(&self) -> String {
        let p = self.app.post(&format!("{}/save", self.base), &[], Some(&self.cookie)).await;
        assert_eq!(p.status, StatusCode::OK, "{}", p.body);
        between(&p.body, r#"class="resume-code"><strong>"#, "</strong>").expect("a code on the page")
    }
}

/// How many responses the database holds.
pub async fn responses(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_responses").fetch_one(&app.state.db.pool).await.expect("count");
    n
}

/// How many drafts the database holds.
pub async fn drafts(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_drafts").fetch_one(&app.state.db.pool).await.expect("count");
    n
}
