//! Issue 5: the Pledge, the Care Leavers Charter, rights and entitlements as data; the
//! anonymous "Is this happening for you?" check; the eligibility filter.

use crate::database::databases;
use crate::support::{between, t, Page, TestApp};
use app::content::model::{CharterData, EntitlementData, Kind, PledgeData, RightsData};
use app::db::{content as content_repo, organisations, promise_checks, Db};
use app::i18n::Locale;
use axum::body::Body;
use http::{Request, StatusCode};
use sqlx::{Column, Row};

const ORG: &str = organisations::DEFAULT_ORG;

/// The page's text without tags, as a reader sees it (entities for & < > decoded).
fn text_of(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

fn title_of(p: &Page) -> String {
    text_of(&between(&p.body, "<title>", "</title>").unwrap_or_default())
}

async fn post(app: &TestApp, uri: &str, fields: &[(&str, &str)], headers: &[(&str, &str)]) -> Page {
    let body = serde_urlencoded::to_string(fields).expect("encode");
    let mut b = Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    Page::from(app.send(b.body(Body::from(body)).expect("request")).await).await
}

/// The one-time form id of the promise form for `promise` on a page.
fn form_id_for(body: &str, promise: &str) -> String {
    let marker = format!(r#"name="promise" value="{promise}""#);
    let end = body.find(&marker).unwrap_or_else(|| panic!("no form for {promise}"));
    let before = &body[..end];
    let start = before.rfind(r#"name="form_id" value=""#).expect("form_id field") + r#"name="form_id" value=""#.len();
    before[start..].split('"').next().unwrap_or_default().to_owned()
}

/// The markup of the element with `id` up to the next promise (enough to look inside).
fn section<'a>(body: &'a str, id: &str) -> &'a str {
    let start = body.find(&format!(r#"id="{id}""#)).unwrap_or_else(|| panic!("no element #{id}"));
    let rest = &body[start..];
    let open_end = rest.find('>').unwrap_or(0);
    let end = rest[open_end..].find(r#"class="promise""#).map_or(rest.len(), |i| i + open_end);
    &rest[..end]
}

async fn rows(db: &Db, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(&db.pool).await.expect("count").get::<i64, _>(0)
}

async fn published<D: serde::de::DeserializeOwned>(app: &TestApp, kind: Kind) -> Vec<app::content::model::Item<D>> {
    app::content::published::<D>(&app.state.db, ORG, kind).await.expect("read content")
}

#[tokio::test]
async fn the_content_pages_render_every_item_in_every_language() {
    let app = TestApp::new().await;
    let pledges = published::<PledgeData>(&app, Kind::Pledge).await;
    let charter = published::<CharterData>(&app, Kind::CharterPromise).await;
    let rights = published::<RightsData>(&app, Kind::RightsSection).await;
    let entitlements = published::<EntitlementData>(&app, Kind::Entitlement).await;
    assert_eq!(charter.len(), 7);
    for l in Locale::ALL {
        let tag = l.tag();
        let expected: [(&str, Vec<String>); 4] = [
            ("pledge", pledges.iter().map(|p| p.data.text[tag].promise.clone()).collect()),
            ("charter", charter.iter().flat_map(|p| [p.data.text[tag].title.clone(), p.data.text[tag].not_happening.clone()]).collect()),
            ("rights", rights.iter().flat_map(|s| [s.data.text[tag].title.clone(), s.data.text[tag].body[0].clone()]).collect()),
            ("entitlements", entitlements.iter().map(|e| e.data.text[tag].title.clone()).collect()),
        ];
        for (page, texts) in expected {
            let uri = format!("/{page}?lang={tag}");
            let p = app.get(&uri).await;
            assert_eq!(p.status, StatusCode::OK, "{uri}");
            assert!(p.body.contains(&format!(r#"<html lang="{tag}" dir="{}">"#, l.dir())), "{uri}");
            assert_eq!(text_of(&p.h1()), t(l, &format!("{page}-title")), "{uri}");
            assert_eq!(title_of(&p), t(l, &format!("{page}-page-title")), "{uri}");
            let text = text_of(&p.body);
            for expected in &texts {
                assert!(text.contains(expected.as_str()), "{uri} lacks {expected:?}");
            }
            // The shell is there, with read-aloud in the page's language.
            assert!(p.body.contains(r#"id="get-help""#) && p.body.contains(r#"id="quick-exit""#), "{uri}");
            assert!(p.body.contains(r#"id="read-aloud""#), "{uri}");
            assert!(p.body.contains(&format!("&quot;lang&quot;:&quot;{tag}&quot;")), "{uri}: read-aloud speaks {tag}");
            // Unreviewed translations say so, in their own language; English is reviewed.
            let note = t(l, "content-translation-note");
            assert_eq!(text.contains(&note), l != Locale::EnGb, "{uri}: translation note");
            // Words a young person may not know are explained on the page.
            assert!(p.body.contains(r#"id="words""#) && p.body.contains("<dfn"), "{uri}: glossary");
            assert!(text.contains(&t(l, "content-about-title")), "{uri}: source and review date");
        }
    }
}

#[tokio::test]
async fn glossary_words_link_to_their_meaning_and_phone_numbers_can_be_called() {
    let app = TestApp::new().await;
    let p = app.get("/rights?lang=en-GB").await;
    assert!(p.body.contains(r##"href="#word-advocate""##) && p.body.contains(r#"id="word-advocate""#));
    assert!(p.body.contains(r##"href="#word-iro""##) && p.body.contains(r#"id="word-iro""#));
    assert!(p.body.contains(r#"href="tel:08088005792""#), "Always Heard can be called");
    assert!(text_of(&p.body).contains("Always Heard"));
    let p = app.get("/entitlements").await;
    for word in ["personal-adviser", "pathway-plan", "staying-put", "local-offer"] {
        assert!(p.body.contains(&format!(r#"id="word-{word}""#)), "{word}");
    }
}

#[tokio::test]
async fn the_home_page_links_to_the_new_pages() {
    let app = TestApp::new().await;
    for l in Locale::ALL {
        let p = app.get(&format!("/?lang={}", l.tag())).await;
        for page in ["pledge", "charter", "rights", "entitlements"] {
            assert!(p.body.contains(&format!(r#"href="/{page}""#)), "{l:?} {page}");
            assert!(text_of(&p.body).contains(&t(l, &format!("home-card-{page}-title"))), "{l:?} {page}");
        }
    }
}

/// The anchors in the "What you can get" results.
fn result_ids(body: &str) -> Vec<String> {
    let Some(start) = body.find(r#"id="results""#) else { return Vec::new() };
    let section = &body[start..start + body[start..].find("</section>").unwrap_or(0)];
    section.split(r##"href="#entitlement-"##).skip(1).filter_map(|s| s.split('"').next()).map(str::to_owned).collect()
}

#[tokio::test]
async fn the_eligibility_form_lists_what_applies() {
    let app = TestApp::new().await;
    let all: Vec<String> = published::<EntitlementData>(&app, Kind::Entitlement).await.into_iter().map(|e| e.id).collect();

    // The address printed on posters, without ?lang.
    let p = app.get("/entitlements?age=19&status=left-care&situation=education").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(!title_of(&p).starts_with("Error"), "{}", title_of(&p));
    let got = result_ids(&p.body);
    let want = [
        "personal-adviser", "pathway-plan", "staying-put", "staying-close", "setting-up-home-allowance",
        "housing-costs-one-bedroom-rate", "council-tax", "homelessness-priority-18-20", "prescriptions",
        "local-offer", "advocacy", "travel",
    ];
    assert_eq!(got, want, "age 19, left care, in education");
    assert!(text_of(&p.body).contains("We found 12 things you can get."));
    // The form keeps the answers, and the full list is still there.
    assert!(p.body.contains(r#"id="age" name="age" type="text" inputmode="numeric""#));
    assert!(p.body.contains(r#"value="19""#));
    assert!(p.body.contains(r#"value="left-care" checked"#), "status kept");
    assert!(p.body.contains(r#"value="education" selected"#), "situation kept");
    for id in &all {
        assert!(p.body.contains(&format!(r#"id="entitlement-{id}""#)), "full list lacks {id}");
    }

    let p = app.get("/entitlements?age=17&status=in-care&situation=education&lang=cy").await;
    let got = result_ids(&p.body);
    assert!(got.contains(&"bursary-16-19".to_owned()) && got.contains(&"health-checks-in-care".to_owned()), "{got:?}");
    assert!(!got.contains(&"staying-put".to_owned()));

    let p = app.get("/entitlements?age=22&status=left-care&situation=higher-education").await;
    let got = result_ids(&p.body);
    assert!(got.contains(&"higher-education-bursary".to_owned()) && !got.contains(&"staying-put".to_owned()), "{got:?}");

    let p = app.get("/entitlements?age=26&status=left-care").await;
    assert!(result_ids(&p.body).is_empty());
    assert!(text_of(&p.body).contains(&t(Locale::EnGb, "entitlements-results-none")));

    // No answers: no results box, only the full list.
    let p = app.get("/entitlements").await;
    assert!(!p.body.contains(r#"id="results""#));
    assert!(!p.body.contains(" checked class"), "radios are never pre-selected");
}

#[tokio::test]
async fn an_invalid_age_shows_a_kind_error_keeps_what_was_typed_and_the_full_list() {
    let app = TestApp::new().await;
    let all: Vec<String> = published::<EntitlementData>(&app, Kind::Entitlement).await.into_iter().map(|e| e.id).collect();
    for (typed, encoded, message) in [
        ("300", "300", "entitlements-error-age-range"),
        ("abc", "abc", "entitlements-error-age-number"),
        ("19 & <b>", "19%20%26%20%3Cb%3E", "entitlements-error-age-number"),
    ] {
        for l in [Locale::EnGb, Locale::Cy] {
            let uri = format!("/entitlements?age={encoded}&status=left-care&lang={}", l.tag());
            let p = app.get(&uri).await;
            assert_eq!(p.status, StatusCode::OK, "{uri}");
            let title = title_of(&p);
            let prefix = if l == Locale::EnGb { "Error: " } else { "Gwall: " };
            assert!(title.starts_with(prefix), "{uri}: title {title:?}");
            let text = text_of(&p.body);
            assert!(text.contains(&t(l, "form-error-summary-title")), "{uri}");
            let expected = app::i18n::I18n::new(l).t_with("entitlements-error-age-range", &[("max", "99".into())]);
            let expected = if message.ends_with("range") { expected } else { t(l, message) };
            assert!(text.contains(&expected), "{uri}: message {expected:?}");
            assert!(p.body.contains(r##"href="#age""##), "{uri}: the summary links to the field");
            let kept = typed.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            assert!(p.body.contains(&format!(r#"value="{kept}""#)), "{uri}: keeps {typed:?}");
            assert!(p.body.contains(r#"aria-invalid="true""#), "{uri}");
            assert!(!p.body.contains("<b>"), "{uri}: what was typed is escaped");
            assert!(!p.body.contains(r#"id="results""#), "{uri}: no results from a bad age");
            for id in &all {
                assert!(p.body.contains(&format!(r#"id="entitlement-{id}""#)), "{uri}: full list lacks {id}");
            }
        }
    }
    let p = app.get("/entitlements?status=retired&situation=astronaut").await;
    assert!(title_of(&p).starts_with("Error: "));
    assert!(p.body.contains(r##"href="#status""##) && p.body.contains(r##"href="#situation""##));
}

#[tokio::test]
async fn a_pledge_answer_is_stored_once_with_no_identity() {
    let app = TestApp::new().await;
    let p = app.get("/pledge?lang=en-GB").await;
    assert!(!p.body.contains(" checked class"), "radios are never pre-selected");
    let form_id = form_id_for(&p.body, "know-your-worker");
    assert_eq!(form_id.len(), 22);
    let fields = [("form_id", form_id.as_str()), ("promise", "know-your-worker"), ("answer", "sometimes")];
    let headers = [("user-agent", "CareVoiceTestAgent/9.9"), ("x-forwarded-for", "203.0.113.77")];
    for attempt in 0..2 {
        let r = post(&app, "/pledge?lang=en-GB", &fields, &headers).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "attempt {attempt}");
        assert_eq!(r.header("location"), "/pledge?lang=en-GB&answered=know-your-worker#pledge-know-your-worker");
        assert_eq!(rows(&app.state.db, "SELECT COUNT(*) FROM promise_checks").await, 1, "a retried post counts once");
    }
    // Each form on a page has its own id: another promise counts separately.
    let other = form_id_for(&p.body, "health-check");
    assert_ne!(other, form_id);
    let r = post(&app, "/pledge", &[("form_id", &other), ("promise", "health-check"), ("answer", "yes")], &headers).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(rows(&app.state.db, "SELECT COUNT(*) FROM promise_checks").await, 2);

    // The row: exactly these columns, and nothing finer than the day.
    let all = sqlx::query("SELECT * FROM promise_checks ORDER BY promise_id").fetch_all(&app.state.db.pool).await.expect("rows");
    let columns: Vec<String> = all[0].columns().iter().map(|c| c.name().to_owned()).collect();
    assert_eq!(columns, ["organisation_id", "promise_kind", "promise_id", "answer", "day"]);
    let today = app::domain::promise_check::day_of(app::state::now());
    let values: Vec<Vec<String>> = all.iter().map(|r| (0..5).map(|i| r.get::<String, _>(i)).collect()).collect();
    assert_eq!(values[1], ["default", "pledge", "know-your-worker", "sometimes", today.as_str()]);
    for v in values.iter().flatten() {
        for secret in ["203.0.113", "127.0.0.1", "CareVoiceTestAgent", &form_id] {
            assert!(!v.contains(secret), "{v:?} holds {secret}");
        }
    }
    let used = sqlx::query("SELECT * FROM used_form_ids").fetch_all(&app.state.db.pool).await.expect("rows");
    let columns: Vec<String> = used[0].columns().iter().map(|c| c.name().to_owned()).collect();
    assert_eq!(columns, ["form_id", "organisation_id", "day"], "form ids keep only the day");

    // Back on the page: a thank-you on that promise instead of its form, other forms as before.
    let p = app.get("/pledge?lang=en-GB&answered=know-your-worker").await;
    let answered = section(&p.body, "pledge-know-your-worker");
    assert!(text_of(answered).contains(&t(Locale::EnGb, "check-thanks")), "{answered}");
    assert!(!answered.contains("<form"));
    assert!(section(&p.body, "pledge-health-check").contains("<form"));
}

#[tokio::test]
async fn a_charter_answer_goes_back_to_its_promise_in_the_same_language() {
    let app = TestApp::new().await;
    let p = app.get("/charter?lang=ar").await;
    let form_id = form_id_for(&p.body, "home");
    assert!(p.body.contains(r#"action="/charter?lang=ar""#));
    let r = post(&app, "/charter?lang=ar", &[("form_id", &form_id), ("promise", "home"), ("answer", "not-sure")], &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header("location"), "/charter?lang=ar&answered=home#charter-home");
    let n = rows(&app.state.db, "SELECT COUNT(*) FROM promise_checks WHERE promise_kind = 'charter' AND promise_id = 'home' AND answer = 'not-sure'").await;
    assert_eq!(n, 1);
    let p = app.get("/charter?lang=ar&answered=home").await;
    assert!(text_of(section(&p.body, "charter-home")).contains(&t(Locale::Ar, "check-thanks")));
}

#[tokio::test]
async fn a_wrong_answer_or_unknown_promise_gets_a_kind_error_and_stores_nothing() {
    let app = TestApp::new().await;
    let p = app.get("/pledge").await;
    let form_id = form_id_for(&p.body, "know-your-worker");
    // (address, fields besides form_id, the field the summary links to, the message)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], Option<&'a str>, &'a str);
    let cases: &[Case] = &[
        ("/pledge", &[("promise", "know-your-worker"), ("answer", "maybe")], Some("pledge-know-your-worker-answer"), "check-error-not-an-option"),
        ("/pledge", &[("promise", "know-your-worker")], Some("pledge-know-your-worker-answer"), "check-error-choose"),
        ("/pledge", &[("promise", "no-such-promise"), ("answer", "yes")], None, "check-error-unknown-promise"),
        ("/pledge", &[("promise", "<script>"), ("answer", "yes")], None, "check-error-unknown-promise"),
        ("/pledge", &[("answer", "yes")], None, "check-error-unknown-promise"),
        ("/pledge", &[("promise", "identity"), ("answer", "yes")], None, "check-error-unknown-promise"),
        ("/charter", &[("promise", "know-your-worker"), ("answer", "yes")], None, "check-error-unknown-promise"),
        ("/charter", &[("promise", "identity"), ("answer", "YES")], Some("charter-identity-answer"), "check-error-not-an-option"),
    ];
    for (uri, fields, field, message) in cases {
        let mut all = vec![("form_id", form_id.as_str())];
        all.extend_from_slice(fields);
        let r = post(&app, uri, &all, &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{uri} {fields:?}");
        assert!(title_of(&r).starts_with("Error: "), "{uri} {fields:?}: {}", title_of(&r));
        let text = text_of(&r.body);
        assert!(text.contains(&t(Locale::EnGb, "form-error-summary-title")), "{uri} {fields:?}");
        assert!(text.contains(&t(Locale::EnGb, message)), "{uri} {fields:?}: {message}");
        if let Some(field) = field {
            assert!(r.body.contains(&format!(r##"href="#{field}""##)), "{uri} {fields:?}: link to the field");
            assert!(r.body.contains(&format!(r#"id="{field}""#)), "{uri} {fields:?}: the field is there");
        }
        assert!(!r.body.contains("<script>"), "{uri}: nothing posted is echoed unescaped");
    }
    // A form id that is not one of ours.
    let r = post(&app, "/pledge", &[("form_id", "x"), ("promise", "know-your-worker"), ("answer", "yes")], &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rows(&app.state.db, "SELECT COUNT(*) FROM promise_checks").await, 0);
    assert_eq!(rows(&app.state.db, "SELECT COUNT(*) FROM used_form_ids").await, 0, "a refused post uses up no form id");
}

#[tokio::test]
async fn default_content_loads_once_however_often_the_server_starts() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = crate::support::settings(dir.path());
    let first = server::startup::build_state(&s).await.expect("first start");
    let count = rows(&first.db, "SELECT COUNT(*) FROM content_items").await;
    let expected = app::content::defaults::default_items().expect("defaults").len();
    assert_eq!(usize::try_from(count).unwrap_or_default(), expected);
    first.db.pool.close().await;
    let second = server::startup::build_state(&s).await.expect("second start");
    assert_eq!(rows(&second.db, "SELECT COUNT(*) FROM content_items").await, count, "no duplicates");
    let dupes = rows(
        &second.db,
        "SELECT COUNT(*) FROM (SELECT kind, item_id FROM content_items GROUP BY organisation_id, kind, item_id HAVING COUNT(*) > 1) d",
    )
    .await;
    assert_eq!(dupes, 0);
}

#[tokio::test]
async fn content_repository_keeps_versions_and_shows_the_newest_published_on_both_engines() {
    for (db, _dir) in databases().await {
        organisations::upsert_default(&db, "Council", 1).await.expect("org");
        let added = app::content::load_defaults(&db, ORG, 1).await.expect("load");
        assert!(added > 50, "{:?}", db.backend);
        assert_eq!(app::content::load_defaults(&db, ORG, 2).await.expect("load again"), 0, "{:?}", db.backend);

        let first = app::content::published::<PledgeData>(&db, ORG, Kind::Pledge).await.expect("read");
        let n = first.len();
        let original = first.iter().find(|p| p.id == "know-your-worker").expect("pledge").clone();
        assert_eq!(original.version, 1);
        let mut changed = original.data.clone();
        if let Some(en) = changed.text.get_mut("en-GB") {
            en.promise = "A new promise.".into();
        }
        let json = serde_json::to_string(&changed).expect("json");
        let draft = content_repo::NewVersion {
            kind: "pledge",
            item_id: "know-your-worker",
            version: 2,
            status: "draft",
            position: 1,
            data: &json,
            source: "test",
            review_date: "2030-01-01",
        };
        content_repo::insert_version(&db, ORG, &draft, 3).await.expect("draft");
        let now = app::content::published::<PledgeData>(&db, ORG, Kind::Pledge).await.expect("read");
        let shown = now.iter().find(|p| p.id == "know-your-worker").expect("pledge");
        assert_eq!((shown.version, now.len()), (1, n), "{:?}: a draft is not shown", db.backend);
        content_repo::insert_version(&db, ORG, &content_repo::NewVersion { version: 3, status: "published", ..draft }, 4).await.expect("publish");
        let now = app::content::published::<PledgeData>(&db, ORG, Kind::Pledge).await.expect("read");
        let shown = now.iter().find(|p| p.id == "know-your-worker").expect("pledge");
        assert_eq!((shown.version, now.len()), (3, n), "{:?}", db.backend);
        assert_eq!(shown.data.text["en-GB"].promise, "A new promise.");
        assert_eq!(shown.review_date, "2030-01-01");
        assert_eq!(now.first().map(|p| p.id.as_str()), Some("know-your-worker"), "page order is kept");

        assert!(content_repo::is_published(&db, ORG, "charter-promise", "identity").await.expect("q"));
        assert!(!content_repo::is_published(&db, ORG, "pledge", "identity").await.expect("q"));
        assert!(!content_repo::is_published(&db, "other-org", "charter-promise", "identity").await.expect("q"));
    }
}

#[tokio::test]
async fn promise_check_repository_counts_a_form_once_and_purges_old_ids_on_both_engines() {
    for (db, _dir) in databases().await {
        organisations::upsert_default(&db, "Council", 1).await.expect("org");
        let check = |form_id: &'static str, answer: &'static str, day: &'static str| promise_checks::NewCheck {
            promise_kind: "pledge",
            promise_id: "library",
            answer,
            day,
            form_id,
        };
        assert!(promise_checks::record(&db, ORG, &check("aaaaaaaaaaaaaaaaaaaaaa", "yes", "2026-11-20")).await.expect("1"));
        assert!(!promise_checks::record(&db, ORG, &check("aaaaaaaaaaaaaaaaaaaaaa", "no", "2026-11-20")).await.expect("2"));
        assert!(promise_checks::record(&db, ORG, &check("bbbbbbbbbbbbbbbbbbbbbb", "yes", "2026-11-23")).await.expect("3"));
        assert!(promise_checks::record(&db, ORG, &check("cccccccccccccccccccccc", "not-sure", "2026-11-23")).await.expect("4"));
        let counts = promise_checks::counts(&db, ORG, "pledge").await.expect("counts");
        let got: Vec<(String, i64)> = counts.into_iter().map(|c| (c.answer, c.count)).collect();
        assert_eq!(got, [("not-sure".to_owned(), 1), ("yes".to_owned(), 2)], "{:?}", db.backend);
        assert_eq!(promise_checks::purge_form_ids(&db, "2026-11-21").await.expect("purge"), 1, "{:?}", db.backend);
        assert_eq!(rows(&db, "SELECT COUNT(*) FROM used_form_ids").await, 2);
        assert_eq!(rows(&db, "SELECT COUNT(*) FROM promise_checks").await, 3, "answers are kept");
        // The table refuses an answer that is not one of the four.
        let bad = promise_checks::record(&db, ORG, &check("dddddddddddddddddddddd", "maybe", "2026-11-23")).await;
        assert!(bad.is_err(), "{:?}", db.backend);
        assert_eq!(rows(&db, "SELECT COUNT(*) FROM used_form_ids").await, 2, "the failed insert rolled back");
    }
}
