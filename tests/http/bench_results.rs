//! Benchmark, not a test (ignored; `scripts/bench/results.sh` runs it in a release build): the
//! survey results page for a round of about a million answers on SQLite (WAL,
//! `synchronous=FULL`), through the whole router (staff session, access gate, security headers,
//! rendering), in-process with no socket. Prints the figures and writes
//! `target/bench/results.json`. Nothing here asserts on time.

use crate::support::TestApp;
use app::domain::access::Role;
use std::time::Instant;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Times `n` sequential GETs of `uri`; returns (p50, p95, p99, max) in milliseconds.
async fn time_gets(app: &TestApp, cookie: &str, uri: &str, n: usize) -> (f64, f64, f64, f64) {
    for _ in 0..3 {
        app.get_with(uri, &[("cookie", cookie)]).await;
    }
    let mut ms = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let page = app.get_with(uri, &[("cookie", cookie)]).await;
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(page.status, http::StatusCode::OK, "{uri}");
    }
    ms.sort_by(f64::total_cmp);
    (percentile(&ms, 0.5), percentile(&ms, 0.95), percentile(&ms, 0.99), ms[ms.len() - 1])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark: run scripts/bench/results.sh"]
#[allow(clippy::print_stdout)] // a benchmark reports its figures to the person running it
async fn bench_results_page() {
    // The measured round ("this year") gets 55% of the answers made.
    let round_answers = env_u64("CARE_VOICE_BENCH_ROUND_ANSWERS", 1_000_000);
    let requests = env_u64("CARE_VOICE_BENCH_REQUESTS", 200) as usize;
    let app = TestApp::new().await;
    let t = Instant::now();
    let args = server::config::SyntheticArgs {
        answers: (round_answers as f64 / 0.55).ceil() as u64,
        million: false,
        seed: 1,
        yes_this_is_a_live_database: false,
    };
    server::synthetic::run(&app.state, &args).await.expect("synthetic data");
    let fill_secs = t.elapsed().as_secs_f64();
    let rounds = app::db::surveys::list_rounds(&app.state.db, app.state.org()).await.expect("rounds");
    let this = rounds.iter().find(|r| r.title == "Synthetic: this year").expect("round").id.clone();
    let count = |sql: &'static str, band: Option<&'static str>| {
        let (db, this) = (app.state.db.clone(), this.clone());
        async move {
            let q = sqlx::query_as::<_, (i64,)>(sql).bind(this);
            let q = match band {
                Some(b) => q.bind(b),
                None => q,
            };
            q.fetch_one(&db.pool).await.expect("count").0
        }
    };
    let all_answers: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_answers").fetch_one(&app.state.db.pool).await.expect("n");
    let round_n = count("SELECT COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.round_id = $1", None).await;
    let band_n = count(
        "SELECT COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.round_id = $1 AND r.band = $2",
        Some("11-17"),
    )
    .await;
    let tally_rows = count("SELECT COUNT(*) FROM survey_tallies WHERE round_id = $1 AND band = $2", Some("11-17")).await;
    let analyst = app.staff(Role::Analyst).await;

    let base = format!("/staff/results?round={this}&band=11-17");
    let views = [
        ("everyone", base.clone()),
        ("one group", format!("{base}&group=about-home%3Achildrens-home")),
        ("CSV", format!("/staff/results.csv?round={this}&band=11-17")),
    ];
    let mut lines = Vec::new();
    for (name, uri) in &views {
        let (p50, p95, p99, max) = time_gets(&app, &analyst.cookie, uri, requests).await;
        println!("{name:>10}: p50 {p50:.1} ms, p95 {p95:.1} ms, p99 {p99:.1} ms, max {max:.1} ms ({requests} requests)");
        lines.push(format!(
            "{{\"view\":\"{name}\",\"p50_ms\":{p50:.2},\"p95_ms\":{p95:.2},\"p99_ms\":{p99:.2},\"max_ms\":{max:.2},\"requests\":{requests}}}"
        ));
    }

    // For comparison: the same counts straight from the answers, without the tallies.
    let mut raw_ms = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT a.question_id, a.value, COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
             WHERE r.round_id = $1 AND r.band = $2 GROUP BY a.question_id, a.value",
        )
        .bind(&this)
        .bind("11-17")
        .fetch_all(&app.state.db.pool)
        .await
        .expect("raw");
        assert!(!rows.is_empty());
        raw_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    raw_ms.sort_by(f64::total_cmp);
    let raw = raw_ms[raw_ms.len() / 2];
    println!("answers: {} in the database, {round_n} in the round, {band_n} in its 11-17 band; {tally_rows} tally rows for that band", all_answers.0);
    println!("filled in {fill_secs:.1} s; counting the band straight from the answers instead: {raw:.0} ms (median of 5)");
    let json = format!(
        "{{\"answers_total\":{},\"answers_round\":{round_n},\"answers_band\":{band_n},\"tally_rows\":{tally_rows},\"fill_secs\":{fill_secs:.1},\"raw_group_by_ms\":{raw:.1},\"views\":[{}]}}\n",
        all_answers.0,
        lines.join(",")
    );
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&out).expect("dir");
    std::fs::write(out.join("results.json"), json).expect("write");
}
