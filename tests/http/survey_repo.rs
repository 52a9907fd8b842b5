//! The survey repositories and the group-commit writer, on SQLite and PostgreSQL.

use crate::database::databases;
use app::db::contact_requests::{self, ContactRequestRow};
use app::db::survey_writer::{NewDraft, Submission, SubmitOutcome, SurveyWriter};
use app::db::surveys::{self, RoundBandRow, RoundRow};
use app::db::{organisations, Db};

const ORG: &str = organisations::DEFAULT_ORG;

async fn seed(db: &Db) {
    organisations::upsert_default(db, "Testshire", 1).await.expect("org");
    let stored = app::api::survey::content::store_default_sets(db, ORG, app::domain::survey_rounds::parse_iso("2026-01-01").expect("d"))
        .await
        .expect("sets");
    assert_eq!(stored, 4, "{:?}", db.backend);
    let round = RoundRow {
        id: "r1".into(),
        title: "Round one".into(),
        opens_on: "2026-01-01".into(),
        closes_on: "2026-02-01".into(),
        closed_early: 0,
        is_demo: 0,
    };
    let bands = vec![RoundBandRow { band: "8-11".into(), set_id: "8-11-v1".into(), invited: Some(30) }];
    surveys::insert_round(db, ORG, &round, "2026-01-01", &bands).await.expect("round");
}

fn draft(token: &str) -> NewDraft {
    NewDraft {
        id: format!("d-{token}"),
        token_hash: format!("h-{token}"),
        organisation_id: ORG.into(),
        round_id: "r1".into(),
        band: "8-11".into(),
        set_id: "8-11-v1".into(),
        helped_by: None,
        answers: "sealed".into(),
        expires_on: "2026-01-15".into(),
    }
}

fn submission(token: &str, response: &str) -> Submission {
    Submission {
        token_hash: format!("h-{token}"),
        response_id: response.into(),
        organisation_id: ORG.into(),
        round_id: "r1".into(),
        band: "8-11".into(),
        set_id: "8-11-v1".into(),
        submitted_on: "2026-01-10".into(),
        helped_by: None,
        answers: vec![("like-bedroom".into(), Some("yes".into()), false), ("tell-us".into(), None, true)],
        profile: "about-home=-;about-time-in-care=-".into(),
        tallies: vec![("".into(), "".into()), ("like-bedroom".into(), "yes".into())],
        sent_marker_until: "2026-01-15".into(),
    }
}

#[tokio::test]
async fn sets_load_once_and_rounds_are_found_by_band_and_day() {
    for (db, _dir) in databases().await {
        seed(&db).await;
        let again = app::api::survey::content::store_default_sets(&db, ORG, time::Date::MIN).await.expect("again");
        assert_eq!(again, 0, "a set is stored once");
        assert_eq!(surveys::latest_set_id(&db, ORG, "care-leavers").await.expect("q").as_deref(), Some("care-leavers-v1"));
        assert!(surveys::set_definition(&db, "11-17-v1").await.expect("q").is_some_and(|d| d.contains("worried-yesterday")));
        assert_eq!(surveys::open_rounds(&db, ORG, "2026-01-10").await.expect("q").len(), 1, "{:?}", db.backend);
        assert!(surveys::open_rounds(&db, ORG, "2026-02-02").await.expect("q").is_empty());
        let rb = surveys::find_round_band(&db, ORG, "r1", "8-11").await.expect("q").expect("found");
        assert_eq!(rb.set_id, "8-11-v1");
        assert!(surveys::find_round_band(&db, ORG, "r1", "4-7").await.expect("q").is_none());
        assert!(surveys::close_round(&db, ORG, "r1").await.expect("close"));
        assert!(surveys::open_rounds(&db, ORG, "2026-01-10").await.expect("q").is_empty());
        assert!(!surveys::close_round(&db, ORG, "nope").await.expect("close"));
        assert!(!app::api::survey::content::open_demo_round(&db, ORG, time::Date::MIN).await.expect("demo"), "not on an install with rounds");
    }
}

#[tokio::test]
async fn drafts_are_saved_resumed_sent_once_and_swept() {
    for (db, _dir) in databases().await {
        seed(&db).await;
        let w = SurveyWriter::spawn(db.clone());
        w.new_draft(draft("a")).await.expect("new");
        assert!(w.save_answers("h-a", "sealed-2".into()).await.expect("save"));
        assert!(w.set_resume("h-a", "code-hash").await.expect("resume"));
        let found = surveys::find_draft_by_resume(&db, "code-hash").await.expect("q").expect("by code");
        assert_eq!(found.answers, "sealed-2");
        assert!(w.rotate_token(&found.id, "h-b").await.expect("rotate"));
        assert!(surveys::find_draft(&db, "h-a").await.expect("q").is_none(), "the old token no longer works");
        assert!(!w.save_answers("h-a", "x".into()).await.expect("gone"));

        let (one, two) = tokio::join!(w.submit(submission("b", "resp-1")), w.submit(submission("b", "resp-2")));
        let mut outcomes = [one.expect("1"), two.expect("2")];
        outcomes.sort_by_key(|o| *o as u8);
        assert_eq!(outcomes, [SubmitOutcome::Stored, SubmitOutcome::AlreadySent], "{:?}", db.backend);
        assert_eq!(w.submit(submission("b", "resp-3")).await.expect("3"), SubmitOutcome::AlreadySent);
        assert_eq!(w.submit(submission("zzz", "resp-4")).await.expect("4"), SubmitOutcome::Missing);
        assert!(surveys::was_sent(&db, "h-b").await.expect("q"));
        assert_eq!(surveys::response_counts(&db, "r1").await.expect("q"), vec![("8-11".to_owned(), 1)]);
        let (answers,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_answers").fetch_one(&db.pool).await.expect("n");
        assert_eq!(answers, 2);
        let tallies = app::db::survey_results::tallies(&db, "r1", "8-11").await.expect("tallies");
        assert_eq!(tallies.len(), 2, "the response and its one answer that is not free text: {tallies:?}");
        assert!(tallies.iter().all(|t| t.n == 1 && t.profile == "about-home=-;about-time-in-care=-"), "counted once, though sent three times");

        // Starting again deletes a draft without a code; one with a code stays for its owner.
        w.new_draft(draft("c")).await.expect("new");
        assert!(w.discard("h-c").await.expect("discard"));
        w.new_draft(draft("d")).await.expect("new");
        w.set_resume("h-d", "code-d").await.expect("code");
        assert!(!w.discard("h-d").await.expect("kept"));

        assert_eq!(surveys::delete_expired(&db, "2026-01-14").await.expect("sweep"), 0);
        assert_eq!(surveys::delete_expired(&db, "2026-01-15").await.expect("sweep"), 1);
        assert!(!surveys::was_sent(&db, "h-b").await.expect("q"), "sent markers go at the same time");
    }
}

#[tokio::test]
async fn many_sends_at_once_are_written_in_batches_and_all_kept() {
    for (db, _dir) in databases().await {
        seed(&db).await;
        let w = SurveyWriter::spawn(db.clone());
        let n = 200;
        let mut tasks = Vec::new();
        for i in 0..n {
            let w = w.clone();
            tasks.push(tokio::spawn(async move {
                w.new_draft(draft(&format!("t{i}"))).await.expect("draft");
                w.submit(submission(&format!("t{i}"), &format!("r{i}"))).await.expect("send")
            }));
        }
        for t in tasks {
            assert_eq!(t.await.expect("task"), SubmitOutcome::Stored);
        }
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_responses").fetch_one(&db.pool).await.expect("n");
        assert_eq!(count, n, "{:?}", db.backend);
        let tallies = app::db::survey_results::tallies(&db, "r1", "8-11").await.expect("tallies");
        for question in ["", "like-bedroom"] {
            let t = tallies.iter().find(|t| t.question == question).expect("tallied");
            assert_eq!(t.n as i64, n, "batched sends each count once in {question:?} on {:?}", db.backend);
        }
    }
}

#[tokio::test]
async fn contact_requests_are_listed_new_first_and_move_on_once() {
    for (db, _dir) in databases().await {
        organisations::upsert_default(&db, "Testshire", 1).await.expect("org");
        for (id, day) in [("a", "2026-01-01"), ("b", "2026-01-03"), ("c", "2026-01-02")] {
            let row = ContactRequestRow {
                id: id.into(),
                received_on: day.into(),
                name: "n".into(),
                reach: "r".into(),
                safe_time: "s".into(),
                status: "new".into(),
            };
            contact_requests::insert(&db, ORG, &row).await.expect("insert");
        }
        assert!(contact_requests::set_status(&db, ORG, "b", "opened").await.expect("open"));
        assert!(!contact_requests::set_status(&db, ORG, "b", "opened").await.expect("again"));
        assert!(contact_requests::set_status(&db, ORG, "a", "done").await.expect("done"));
        assert!(!contact_requests::set_status(&db, ORG, "a", "opened").await.expect("done stays done"));
        let order: Vec<String> = contact_requests::list(&db, ORG).await.expect("list").into_iter().map(|r| r.id).collect();
        assert_eq!(order, ["c", "b", "a"], "{:?}", db.backend);
        assert!(contact_requests::find(&db, "other-org", "c").await.expect("q").is_none());
    }
}
