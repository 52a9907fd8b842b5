//! The survey journey over HTTP, as a phone without JavaScript does it: every band, bad
//! input, closed rounds, expiry, idempotent sending and anonymity.

use crate::support::{t, TestApp};
use crate::survey_support::{calm_answer, drafts, responses, set, Respondent};
use app::domain::survey::Band;
use app::i18n::Locale;
use http::StatusCode;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[tokio::test]
async fn every_band_can_be_answered_checked_and_sent_as_plain_forms() {
    let app = TestApp::new().await;
    for band in Band::ALL {
        let set = set(band);
        let r = Respondent::start(&app, "demo", band).await;
        for n in 1..=set.len() {
            let page = r.get(&format!("/q/{n}")).await;
            assert_eq!(page.status, StatusCode::OK, "{band:?} q{n}");
            assert!(page.body.contains(&format!("Question {n} of {}", set.len())), "{band:?} q{n}");
            assert!(page.body.contains(&t(Locale::EnGb, "survey-prefer-not")), "{band:?} q{n}: rather not say");
            r.answer_calmly(&set, n).await;
        }
        let check = r.get("/check").await;
        assert_eq!(check.status, StatusCode::OK);
        assert_eq!(check.body.matches("?change=1").count(), set.len(), "a Change link per question");
        let sent = r.send().await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        assert_eq!(sent.location(), format!("{}/sent", r.base));
        assert!(sent.header("set-cookie").contains("Max-Age=0"), "the draft cookie is cleared");
        let done = app.get(&format!("{}/sent", r.base)).await;
        assert_eq!(done.status, StatusCode::OK);
        assert!(done.body.contains(&esc(&t(Locale::EnGb, "survey-sent-next-title"))));
        let (answers,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.band = $1",
        )
        .bind(band.slug())
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count");
        assert_eq!(answers as usize, set.len(), "{band:?}: every answer stored");
    }
    assert_eq!(responses(&app).await, 4);
    assert_eq!(drafts(&app).await, 0, "drafts are deleted when sent");
    let (helped,): (Option<String>,) = sqlx::query_as("SELECT helped_by FROM survey_responses WHERE band = '4-7'")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("row");
    assert_eq!(helped.as_deref(), Some("teacher"), "4 to 7: the answers record that an adult helped");
}

#[tokio::test]
async fn the_youngest_need_the_adult_to_say_who_they_are() {
    let app = TestApp::new().await;
    let p = app.post("/survey/demo/4-7", &[], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains(&t(Locale::EnGb, "survey-helper-missing")));
    let p = app.post("/survey/demo/4-7", &[("helper", "carer")], None).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "only the broad kinds are recorded");
}

#[tokio::test]
async fn skip_and_rather_not_say_are_recorded_as_such() {
    let app = TestApp::new().await;
    let set = set(Band::Age8To11);
    let r = Respondent::start(&app, "demo", Band::Age8To11).await;
    let q1 = &set.questions[0].id;
    let p = r.answer(1, q1, &[("action", "skip")]).await;
    assert_eq!(p.location(), format!("{}/q/2", r.base));
    let q2 = &set.questions[1].id;
    let p = r.answer(2, q2, &[("answer", "prefer-not")]).await;
    assert_eq!(p.location(), format!("{}/q/3", r.base));
    let text = r.answer(20, &set.questions[19].id, &[("action", "prefer-not")]).await;
    assert_eq!(text.status, StatusCode::SEE_OTHER);
    let check = r.get("/check").await;
    assert!(check.body.contains(&t(Locale::EnGb, "survey-not-answered")));
    assert!(check.body.contains(&esc(&t(Locale::EnGb, "survey-prefer-not"))));
    assert_eq!(r.send().await.status, StatusCode::SEE_OTHER);
    let rows: Vec<(String, Option<String>, i64)> =
        sqlx::query_as("SELECT question_id, value, prefer_not FROM survey_answers ORDER BY question_id")
            .fetch_all(&app.state.db.pool)
            .await
            .expect("rows");
    assert_eq!(rows.len(), 2, "a skipped question stores nothing: {rows:?}");
    assert!(rows.iter().all(|(_, v, p)| v.is_none() && *p == 1));
}

#[tokio::test]
async fn bad_answers_are_refused_on_the_same_page_and_other_answers_are_kept() {
    let app = TestApp::new().await;
    let set = set(Band::Age8To11);
    let r = Respondent::start(&app, "demo", Band::Age8To11).await;
    r.answer_calmly(&set, 1).await;
    let q2 = &set.questions[1].id;

    // Not one of the options.
    let p = r.answer(2, q2, &[("answer", "banana")]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("<title>Error: "), "the title starts with Error:");
    assert!(p.body.contains(&t(Locale::EnGb, "form-error-summary-title")));
    assert!(p.body.contains(&t(Locale::EnGb, "survey-error-not-an-option")));
    assert!(p.body.contains("Question 2 of 20"), "the same question again");

    // A question from another survey.
    let p = r.answer(2, "worry-home", &[("answer", "sometimes")]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains(&t(Locale::EnGb, "survey-error-wrong-question")));

    // Text over the limit: refused, and what was typed is kept.
    let long = format!("{}END", "a".repeat(500));
    let p = r.answer(20, &set.questions[19].id, &[("answer", &long)]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("Your answer has 503 letters"));
    assert!(p.body.contains(&long), "the text is kept in the box");

    // The first answer is still there.
    let check = r.get("/check").await;
    let first = calm_answer(&set.questions[0]);
    assert_eq!(first, "most-of-the-time");
    assert!(check.body.contains(&t(Locale::EnGb, "survey-frequency-most-of-the-time")));
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_drafts").fetch_one(&app.state.db.pool).await.expect("n");
    assert_eq!(n, 1);
}

#[tokio::test]
async fn a_closed_round_refuses_answers_with_a_kind_message() {
    let app = TestApp::new().await;
    let set = set(Band::Age11To17);
    let r = Respondent::start(&app, "demo", Band::Age11To17).await;
    r.answer_calmly(&set, 1).await;
    assert!(app::db::surveys::close_round(&app.state.db, app.state.org(), "demo").await.expect("close"));
    app.state.surveys.forget_rounds(); // as the staff page does; other instances see it within 2 s
    let p = r.answer(2, &set.questions[1].id, &[("answer", "yes")]).await;
    assert_eq!(p.status, StatusCode::GONE);
    assert!(p.body.contains(&t(Locale::EnGb, "survey-closed-title")));
    for path in ["", "/q/1", "/check"] {
        let p = r.get(path).await;
        assert_eq!(p.status, StatusCode::GONE, "{path}");
        assert!(p.body.contains(&t(Locale::EnGb, "survey-closed-title")), "{path}");
    }
    assert_eq!(r.send().await.status, StatusCode::GONE);
    assert_eq!(responses(&app).await, 0);
    assert!(app.get("/survey").await.body.contains(&t(Locale::EnGb, "survey-none-open")));
}

#[tokio::test]
async fn an_expired_draft_gets_a_clear_message_on_the_same_page() {
    let app = TestApp::new().await;
    let set = set(Band::Age8To11);
    let r = Respondent::start(&app, "demo", Band::Age8To11).await;
    r.answer_calmly(&set, 1).await;
    let today = app::domain::survey_rounds::iso(app::api::survey::draft::today());
    sqlx::query("UPDATE survey_drafts SET expires_on = $1").bind(&today).execute(&app.state.db.pool).await.expect("age");
    let p = r.answer(2, &set.questions[1].id, &[("answer", "yes")]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains(&t(Locale::EnGb, "survey-expired-title")), "{}", p.body);
    assert!(r.get("/check").await.body.contains(&t(Locale::EnGb, "survey-expired-title")));
    assert_eq!(r.send().await.status, StatusCode::UNPROCESSABLE_ENTITY);
    server::jobs::drafts::sweep_drafts(&app.state).await;
    assert_eq!(drafts(&app).await, 0, "the sweep deletes it");
    assert_eq!(responses(&app).await, 0);
}

#[tokio::test]
async fn a_retried_or_double_clicked_send_stores_one_response() {
    let app = TestApp::new().await;
    let set = set(Band::CareLeavers);
    let r = Respondent::start(&app, "demo", Band::CareLeavers).await;
    r.answer_calmly(&set, 1).await;
    let (a, b) = tokio::join!(r.send(), r.send());
    for p in [&a, &b] {
        assert_eq!(p.status, StatusCode::SEE_OTHER);
        assert_eq!(p.location(), format!("{}/sent", r.base));
    }
    let again = r.send().await;
    assert_eq!(again.location(), format!("{}/sent", r.base), "a later retry shows the confirmation too");
    assert_eq!(responses(&app).await, 1);
}

#[tokio::test]
async fn the_pages_speak_welsh_and_arabic_and_flag_unreviewed_translations() {
    let app = TestApp::new().await;
    let r = Respondent::start(&app, "demo", Band::Age11To17).await;
    for l in [Locale::Cy, Locale::Ar] {
        let p = r.get(&format!("/q/1?lang={}", l.tag())).await;
        assert!(p.body.contains(&format!(r#"<html lang="{}" dir="{}">"#, l.tag(), l.dir())));
        let q = &set(Band::Age11To17).questions[0];
        assert!(p.body.contains(q.text.get(l)), "{l:?}");
        assert!(p.body.contains(&t(l, "survey-machine-translation")), "{l:?}");
    }
    let en = r.get("/q/1?lang=en-GB").await;
    assert!(!en.body.contains(&t(Locale::EnGb, "survey-machine-translation")));
}

#[tokio::test]
async fn unknown_surveys_and_questions_are_not_found() {
    let app = TestApp::new().await;
    for path in ["/survey/nope/8-11", "/survey/demo/9-99", "/survey/demo/8-11/q/21", "/survey/demo/8-11/q/x"] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let p = app.get("/survey/demo/8-11/q/1").await;
    assert!(p.body.contains(&t(Locale::EnGb, "survey-no-draft-title")), "no draft in this browser");
}

#[tokio::test]
async fn a_new_install_opens_a_demo_round_unless_turned_off() {
    let app = TestApp::new().await;
    let p = app.get("/survey").await;
    for band in Band::ALL {
        assert!(p.body.contains(&format!(r#"href="/survey/demo/{}""#, band.slug())), "{band:?}");
    }
    let off = TestApp::with_settings(|s| s.demo_surveys = false).await;
    assert!(off.get("/survey").await.body.contains(&t(Locale::EnGb, "survey-none-open")));
    assert!(app.get("/").await.body.contains(r#"href="/survey""#), "a card on the home page");
}
