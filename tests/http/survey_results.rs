//! Survey results on the dashboard (`/staff/results`): the tallies stay exact as responses
//! arrive, the page and its CSV agree, the synthetic-data command's safety catch, and the
//! differencing attack: one planted young person, every allowed view exported as CSV, and the
//! planted answer still cannot be worked out (while a naive publisher gives it away).

use crate::support::{between, TestApp};
use app::db::survey_writer::{insert_response, Submission};
use app::db::surveys::{self, RoundBandRow, RoundRow};
use app::domain::access::Role;
use app::domain::suppression::{suppress_distribution, Policy};
use app::domain::survey::QuestionSet;
use app::domain::survey_results as rules;
use http::StatusCode;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

fn synthetic_args(answers: u64, live: bool) -> server::config::SyntheticArgs {
    server::config::SyntheticArgs { answers, million: false, seed: 7, yes_this_is_a_live_database: live }
}

/// The synthetic rounds' ids (last year, this year).
async fn synthetic_rounds(app: &TestApp) -> (String, String) {
    let rounds = surveys::list_rounds(&app.state.db, app.state.org()).await.expect("rounds");
    let this = rounds.iter().find(|r| r.title == "Synthetic: this year").expect("this year").id.clone();
    let last = rounds.iter().find(|r| r.title == "Synthetic: last year").expect("last year").id.clone();
    (last, this)
}

fn unescape(s: &str) -> String {
    s.replace("&#x27;", "'").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// Parses CSV (quoted fields, doubled quotes) into rows.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[tokio::test]
async fn tallies_equal_a_recount_from_the_answers_and_are_rebuilt_when_they_do_not() {
    let app = TestApp::new().await;
    server::synthetic::run(&app.state, &synthetic_args(15_000, false)).await.expect("synthetic");
    let read_all = || async {
        let rows: Vec<(String, String, String, String, String, i64)> =
            sqlx::query_as("SELECT round_id, band, profile, question_id, value, n FROM survey_tallies")
                .fetch_all(&app.state.db.pool)
                .await
                .expect("tallies");
        rows.into_iter().collect::<HashSet<_>>()
    };
    let kept = read_all().await;
    assert!(kept.len() > 100, "synthetic data is tallied: {} rows", kept.len());
    let counted = app::api::survey::tallies::recount_tallies(&app.state.db).await.expect("recount");
    assert_eq!(read_all().await, kept, "the running tallies equal a recount from the stored answers");
    let (tallied, stored) = app::db::survey_results::tallied_and_stored(&app.state.db).await.expect("check");
    assert_eq!((tallied, stored), (counted as i64, counted as i64));

    // Tallies that drift (a restored backup, say) are noticed at start-up and recounted.
    sqlx::query("DELETE FROM survey_tallies WHERE question_id <> ''").execute(&app.state.db.pool).await.expect("damage");
    sqlx::query("UPDATE survey_tallies SET n = n + 1 WHERE question_id = ''").execute(&app.state.db.pool).await.expect("damage");
    let settings = crate::support::settings(app.dir.path());
    server::startup::build_state(&settings).await.expect("restart");
    assert_eq!(read_all().await, kept, "start-up recounted the tallies");
}

#[tokio::test]
async fn a_survey_sent_through_the_journey_is_counted_at_once() {
    let app = TestApp::new().await;
    let before = app::db::survey_results::tallies(&app.state.db, "demo", "8-11").await.expect("t");
    assert!(before.is_empty());
    let set = crate::survey_support::set(app::domain::survey::Band::Age8To11);
    let r = crate::survey_support::Respondent::start(&app, "demo", app::domain::survey::Band::Age8To11).await;
    for n in 1..=set.len() {
        r.answer_calmly(&set, n).await;
    }
    assert_eq!(r.send().await.status, StatusCode::SEE_OTHER);
    let after = app::db::survey_results::tallies(&app.state.db, "demo", "8-11").await.expect("t");
    assert!(after.iter().any(|t| t.question.is_empty() && t.n == 1), "the response is counted: {after:?}");
    assert!(after.iter().all(|t| t.question != "tell-us"), "free text is never tallied");
    assert!(after.len() > 10, "its answers are counted too");
}

#[tokio::test]
async fn the_synthetic_command_refuses_a_live_database_without_the_flag() {
    let app = TestApp::new().await;
    crate::complaints::send_complaint(&app, "form-synthetic-000000000").await;
    let refused = server::synthetic::run(&app.state, &synthetic_args(1_000, false)).await;
    let message = refused.expect_err("refused").to_string();
    assert!(message.contains("--yes-this-is-a-live-database"), "{message}");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_responses").fetch_one(&app.state.db.pool).await.expect("n");
    assert_eq!(n, 0, "nothing was written");
    server::synthetic::run(&app.state, &synthetic_args(1_000, true)).await.expect("with the flag");
    let rounds = surveys::list_rounds(&app.state.db, app.state.org()).await.expect("rounds");
    assert!(rounds.iter().filter(|r| r.title.starts_with("Synthetic")).all(|r| r.is_demo == 1), "made-up rounds are marked demo");
}

#[tokio::test]
async fn the_results_page_shows_outcomes_changes_references_and_rates_and_the_csv_equals_it() {
    let app = TestApp::new().await;
    server::synthetic::run(&app.state, &synthetic_args(60_000, false)).await.expect("synthetic");
    let (last, this) = synthetic_rounds(&app).await;
    let analyst = app.staff(Role::Analyst).await;
    let get = |uri: String| {
        let cookie = analyst.cookie.clone();
        let app = &app;
        async move { app.get_with(&uri, &[("cookie", &cookie)]).await }
    };
    let page = get(format!("/staff/results?round={this}&band=care-leavers")).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = unescape(&page.body);
    for outcome in ["Getting involved and having a say", "Feeling safe, secure and settled", "Getting ready to live on your own"] {
        assert!(body.contains(&format!(">{outcome}</h2>")), "outcome {outcome}");
    }
    assert!(body.contains("Compared with Synthetic: last year"), "the previous round is named");
    assert!(body.contains("Significant change"), "synthetic data has changes big enough to flag");
    assert!(body.contains("No significant change"), "and questions that did not change");
    assert!(body.contains("National figure for \"Low (0 to 4)\": 4%. All young people of the same age."), "the well-being reference line is explained");
    assert!(body.contains("stroke-dasharray"), "and drawn");
    assert!(body.contains(">Response rate</h2>") && body.contains("Invited"), "response rates");
    let sections = body.matches("class=\"chart-table result\"").count();
    assert!(sections >= 15, "a section per question: {sections}");
    assert_eq!(body.matches("<svg").count(), sections, "every question has a chart");
    assert_eq!(body.matches("<table class=\"table\">").count(), sections + 1, "and a table (plus the response rates)");
    assert!(!body.contains("tell-us"), "free text is never shown");

    // The CSV has the same numbers as the screen, cell for cell.
    let csv = get(format!("/staff/results.csv?round={this}&band=care-leavers")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let rows = parse_csv(&csv.body);
    assert_eq!(rows[0], ["Round", "Band", "Group", "Outcome", "Question", "Answer", "Young people", "Share"]);
    let mut compared = 0;
    for section in body.split("class=\"chart-table result\"").skip(1) {
        let question = between(section, "<h3>", "</h3>").expect("question");
        let tbody = between(section, "<tbody>", "</tbody>").expect("table");
        for tr in tbody.split("<tr").skip(1) {
            let label = between(tr, "<th scope=\"row\">", "</th>").expect("label");
            let tds: Vec<String> = tr.split("<td>").skip(1).map(|c| c.split("</td>").next().unwrap_or("").to_owned()).collect();
            for (round, screen) in ["Synthetic: this year", "Synthetic: last year"].iter().zip(&tds) {
                let line = rows
                    .iter()
                    .find(|r| r[0] == *round && r[4] == question && r[5] == label)
                    .unwrap_or_else(|| panic!("CSV line for {round} / {question} / {label}"));
                let from_csv = if line[7].is_empty() { line[6].clone() } else { format!("{} ({})", line[6], line[7]) };
                assert_eq!(&from_csv, screen, "{round} / {question} / {label}");
                compared += 1;
            }
        }
    }
    assert!(compared > 100, "compared {compared} cells");

    // A group view, and the previous round on its own, work too; nonsense is refused kindly.
    let group = get(format!("/staff/results?round={this}&band=11-17&group=about-home:childrens-home")).await;
    assert_eq!(group.status, StatusCode::OK);
    assert!(unescape(&group.body).contains("Where do you live?: In a children's home"));
    let old = get(format!("/staff/results?round={last}&band=11-17")).await;
    assert!(old.body.contains("There is no earlier round for this age group"));
    let none = get("/staff/results?round=nope".to_owned()).await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(none.body.contains("no survey rounds yet") || none.body.contains("There are no survey rounds"));
    let log = app::db::audit::list(&app.state.db, app.state.org(), &Default::default(), 50).await.expect("log");
    assert!(log.iter().any(|e| e.action == "results-exported"), "exports are audited");
}

#[tokio::test]
async fn only_roles_that_see_the_dashboard_see_results() {
    let app = TestApp::new().await;
    for (role, ok) in [
        (Role::Analyst, true),
        (Role::RightsOfficer, true),
        (Role::ComplaintsManager, true),
        (Role::Administrator, true),
        (Role::ContentEditor, false),
    ] {
        let s = app.staff(role).await;
        for uri in ["/staff/results", "/staff/results.csv"] {
            let status = app.get_with(uri, &[("cookie", &s.cookie)]).await.status;
            let expected = if ok { [StatusCode::OK, StatusCode::NOT_FOUND] } else { [StatusCode::FORBIDDEN; 2] };
            assert!(expected.contains(&status), "{role:?} {uri}: {status}");
        }
    }
    assert_eq!(app.get("/staff/results").await.status, StatusCode::SEE_OTHER, "signed out: sign in first");
}

// --- The differencing attack ----------------------------------------------------------------

const PLANTED_HOME: &str = "somewhere-else";

/// Stores one response in `round`, band 11-17.
async fn store(app: &TestApp, set: &QuestionSet, round: &str, id: &str, answers: Vec<(String, Option<String>, bool)>) {
    let s = Submission {
        token_hash: String::new(),
        response_id: id.to_owned(),
        organisation_id: app.state.org().to_owned(),
        round_id: round.to_owned(),
        band: "11-17".into(),
        set_id: set.id(),
        submitted_on: "2026-10-01".into(),
        helped_by: None,
        profile: rules::profile(set, &answers),
        tallies: rules::tally_keys(set, &answers),
        answers,
        sent_marker_until: String::new(),
    };
    let mut tx = app.state.db.pool.begin().await.expect("tx");
    insert_response(&mut tx, &s).await.expect("insert");
    tx.commit().await.expect("commit");
}

/// Two answers to `q` that fall in different result categories: (common, the planted one's).
fn two_answers(q: &app::domain::survey::Question) -> (String, String) {
    let values = q.values();
    let first = values[0];
    let other = values
        .iter()
        .find(|v| rules::category_of(Some(q), v) != rules::category_of(Some(q), first))
        .expect("a second category");
    (first.to_owned(), (*other).to_owned())
}

/// The questions the planted young person answered (all but "about you" and free text).
fn graded(set: &QuestionSet) -> Vec<&app::domain::survey::Question> {
    set.questions.iter().filter(|q| !q.about && !q.values().is_empty()).collect()
}

/// 70 ordinary young people and one planted one, the only young person living "somewhere
/// else". For every question, 40 in foster families give answers A and B 20 times each; 30 in
/// children's homes give A 20 times and B 10 times; the planted one gives B. So everyone's
/// counts (A 40, B 31) and every ordinary group's are 0 or at least 10: a publisher that
/// suppressed each view on its own would show them all, and 31 - 20 - 10 = 1 gives the planted
/// answer away.
async fn plant(app: &TestApp) -> (String, Arc<QuestionSet>) {
    let set = app.state.surveys.set(&app.state.db, "11-17-v1").await.expect("set");
    let round = RoundRow {
        id: "planted".into(),
        title: "Planted".into(),
        opens_on: "2026-09-01".into(),
        closes_on: "2026-10-31".into(),
        closed_early: 0,
        is_demo: 0,
    };
    let bands = vec![RoundBandRow { band: "11-17".into(), set_id: set.id(), invited: Some(100) }];
    surveys::insert_round(&app.state.db, app.state.org(), &round, "2026-09-01", &bands).await.expect("round");
    for i in 0..70 {
        let home = if i < 40 { "foster-family" } else { "childrens-home" };
        let mut answers = vec![("about-home".to_owned(), Some(home.to_owned()), false), ("about-age".to_owned(), Some("14-15".to_owned()), false)];
        for q in graded(&set) {
            let (a, b) = two_answers(q);
            let says_b = if i < 40 { i % 2 == 1 } else { i % 3 == 0 };
            answers.push((q.id.clone(), Some(if says_b { b } else { a }), false));
        }
        store(app, &set, "planted", &format!("ordinary-{i:03}"), answers).await;
    }
    let mut answers = vec![("about-home".to_owned(), Some(PLANTED_HOME.to_owned()), false), ("about-age".to_owned(), Some("14-15".to_owned()), false)];
    for q in graded(&set) {
        answers.push((q.id.clone(), Some(two_answers(q).1), false));
    }
    store(app, &set, "planted", "planted-000", answers).await;
    (round.id, set)
}

/// What an attacker knows of one question's breakdown by a characteristic: for each group
/// row and the everyone row (last), each answer and the total (last), the exact value if the
/// CSVs show it. The worst case: shown numbers are known exactly, not rounded.
type Knowledge = Vec<Vec<Option<u64>>>;

/// Whether entry (xi, xj) can take another value in a table that agrees with everything known
/// (rows add up to their totals, columns to theirs, no negative counts): an alternating cycle
/// of +1/-1 changes through unknown entries, as in the suppression module's own tests.
fn can_differ(known: &Knowledge, exact: &[Vec<u64>], xi: usize, xj: usize) -> bool {
    let (m, n) = (known.len() - 1, known[0].len() - 1);
    let hidden = |i: usize, j: usize| known[i][j].is_none() && (i, j) != (xi, xj);
    let can_lose = |i: usize, j: usize| i == m || j == n || exact[i][j] > 0;
    for up in [true, false] {
        if !up && !can_lose(xi, xj) {
            continue;
        }
        // Nodes: rows 0..=m, then columns. +1 steps go row -> column, -1 steps column -> row.
        let (start, goal) = if up { (m + 1 + xj, xi) } else { (xi, m + 1 + xj) };
        let mut seen = vec![false; m + n + 2];
        let mut queue = VecDeque::from([start]);
        seen[start] = true;
        while let Some(node) = queue.pop_front() {
            if node == goal {
                return true;
            }
            let steps: Vec<usize> = if node <= m {
                (0..=n).filter(|&j| hidden(node, j)).map(|j| m + 1 + j).collect()
            } else {
                let j = node - m - 1;
                (0..=m).filter(|&i| hidden(i, j) && can_lose(i, j)).collect()
            };
            for s in steps {
                if !seen[s] {
                    seen[s] = true;
                    queue.push_back(s);
                }
            }
        }
    }
    false
}

/// The exact breakdown (groups then everyone; answers then total) of one question.
fn exact_table(tallies: &[rules::Tally], q: &app::domain::survey::Question, about: &app::domain::survey::Question) -> Vec<Vec<u64>> {
    let mut rows: Vec<Vec<u64>> = rules::breakdown(tallies, Some(q), about)
        .into_iter()
        .map(|r| {
            let t = r.iter().sum();
            r.into_iter().chain([t]).collect()
        })
        .collect();
    let n = rows[0].len();
    rows.push((0..n).map(|j| rows.iter().map(|r| r[j]).sum()).collect());
    rows
}

#[tokio::test]
async fn one_planted_young_person_cannot_be_recovered_from_any_views_exported_as_csv() {
    let app = TestApp::new().await;
    let (round, set) = plant(&app).await;
    let admin = app.staff(Role::Administrator).await;
    let rounds = surveys::list_rounds(&app.state.db, app.state.org()).await.expect("rounds");

    // Every allowed view: each round, each of its bands, everyone and every group.
    let mut csvs: HashMap<(String, String, String), Vec<Vec<String>>> = HashMap::new();
    for r in &rounds {
        for b in surveys::round_bands(&app.state.db, &r.id).await.expect("bands") {
            let s = app.state.surveys.set(&app.state.db, &b.set_id).await.expect("set");
            let mut groups = vec![String::new()];
            for about in s.questions.iter().filter(|q| q.about) {
                groups.extend(rules::groups(about).into_iter().map(|g| format!("{}:{g}", about.id)));
            }
            for g in groups {
                let uri = format!("/staff/results.csv?round={}&band={}&group={}", r.id, b.band, g.replace(':', "%3A"));
                let page = app.get_with(&uri, &[("cookie", &admin.cookie)]).await;
                assert_eq!(page.status, StatusCode::OK, "{uri}");
                let rows = parse_csv(&page.body);
                assert!(rows.len() > 1, "{uri}");
                csvs.insert((r.id.clone(), b.band.clone(), g), rows);
            }
        }
    }
    assert!(csvs.len() >= 2 * (1 + 4 + 5) + 4, "views fetched: {}", csvs.len());

    // No view shows the planted group's numbers at all.
    let hidden = "fewer than 10";
    let planted_view = &csvs[&(round.clone(), "11-17".to_owned(), format!("about-home:{PLANTED_HOME}"))];
    for line in &planted_view[1..] {
        // Only a zero that everyone's view already shows (nobody gave that answer) may appear.
        assert!(line[6] == hidden || line[6] == "0", "the planted group's view shows nothing: {line:?}");
        if line[6] == "0" {
            let everyone = &csvs[&(round.clone(), "11-17".to_owned(), String::new())];
            let same = everyone.iter().find(|l| l[0] == line[0] && l[4] == line[4] && l[5] == line[5]).expect("same line");
            assert_eq!(same[6], "0", "{line:?}");
        }
    }

    // Knowledge from all the views together, for every question the planted person answered.
    let about = set.questions.iter().find(|q| q.id == "about-home").expect("about-home");
    let groups = rules::groups(about);
    let planted_row = groups.iter().position(|g| g == PLANTED_HOME).expect("group");
    let tallies = app::db::survey_results::tallies(&app.state.db, &round, "11-17").await.expect("tallies");
    let i18n = app::i18n::I18n::new(app::i18n::Locale::EnGb);
    let shown = |group: &str, question: &str, answer: &str| -> bool {
        let view = &csvs[&(round.clone(), "11-17".to_owned(), group.to_owned())];
        let line = view.iter().find(|l| l[0] == "Planted" && l[4] == question && l[5] == answer);
        let line = line.unwrap_or_else(|| panic!("CSV line for {group} / {question} / {answer}"));
        line[6] != hidden
    };
    let mut checked = 0;
    let naive = Policy::default();
    let mut naive_leaks = 0;
    for q in graded(&set) {
        let exact = exact_table(&tallies, q, about);
        let cats = rules::categories(Some(q));
        let labels: Vec<String> = cats.iter().map(|c| app::api::dashboard::surveys::category_label(&i18n, q, c)).collect();
        let answered = i18n.t("results-answered");
        let text = q.text.en_gb.clone();
        let mut known: Knowledge = vec![vec![None; cats.len() + 1]; groups.len() + 1];
        for (i, row) in known.iter_mut().enumerate() {
            let group = if i == groups.len() { String::new() } else { format!("about-home:{}", groups[i]) };
            for (j, cell) in row.iter_mut().enumerate() {
                let answer = if j == cats.len() { answered.as_str() } else { labels[j].as_str() };
                if shown(&group, &text, answer) {
                    *cell = Some(exact[i][j]);
                }
            }
        }
        // The attacker even knows the planted group has exactly one young person in it.
        known[planted_row][cats.len()] = Some(1);
        let worst = rules::category_of(Some(q), &two_answers(q).1).expect("category");
        assert_eq!(exact[planted_row][worst], 1, "{}: planted", q.id);
        assert_eq!(exact[groups.len()][worst], 31, "{}: everyone's count of the planted answer", q.id);
        assert!(
            can_differ(&known, &exact, planted_row, worst),
            "{}: the planted answer can be worked out from the published views: {known:?}",
            q.id
        );
        checked += 1;

        // The same attack on a naive publisher (each view suppressed on its own) succeeds:
        // so the check above can fail.
        let mut naive_known: Knowledge = vec![vec![None; cats.len() + 1]; groups.len() + 1];
        for (i, row) in exact.iter().enumerate() {
            let d = suppress_distribution(&naive, &row[..cats.len()]);
            for (j, c) in d.cells().iter().chain([&d.total()]).enumerate() {
                if !c.is_suppressed() {
                    naive_known[i][j] = Some(row[j]);
                }
            }
        }
        naive_known[planted_row][cats.len()] = Some(1);
        if !can_differ(&naive_known, &exact, planted_row, worst) {
            naive_leaks += 1;
        }
    }
    assert!(checked >= 20, "questions checked: {checked}");
    assert_eq!(naive_leaks, checked, "a naive publisher gives the planted answer away on every question");
}

#[tokio::test]
async fn an_action_can_be_started_from_a_result_and_links_back_to_it() {
    let app = TestApp::new().await;
    server::synthetic::run(&app.state, &synthetic_args(5_000, false)).await.expect("synthetic");
    let (_, this) = synthetic_rounds(&app).await;
    let uri = format!("/staff/results?round={this}&band=8-11");
    let officer = app.staff(Role::RightsOfficer).await;
    let page = app.get_with(&uri, &[("cookie", &officer.cookie)]).await;
    let section = between(&page.body, "id=\"q-feel-safe-home\"", "</section>").expect("the question");
    let href = unescape(&between(&section, "<a href=\"/staff/actions?", "\"").expect("a link to start an action"));
    assert!(href.starts_with("outcome=safe-and-settled&evidence="), "{href}");
    let form = app.get_with(&format!("/staff/actions?{href}"), &[("cookie", &officer.cookie)]).await;
    assert_eq!(form.status, StatusCode::OK);
    let evidence = format!("/staff/results?round={this}&amp;band=8-11#q-feel-safe-home");
    assert!(form.body.contains(&format!("value=\"{evidence}\"")), "the evidence field links back to the result");
    assert!(form.body.contains("value=\"safe-and-settled\" checked"), "the outcome is chosen");

    // Analysts see aggregates only: no link into the action log they cannot use.
    let analyst = app.staff(Role::Analyst).await;
    let page = app.get_with(&uri, &[("cookie", &analyst.cookie)]).await;
    assert!(!page.body.contains("/staff/actions?"), "no action link for analysts");
}
