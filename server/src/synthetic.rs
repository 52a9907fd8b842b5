//! `care-voice synthetic`: made-up survey responses for demos and benchmarks.
//!
//! Adds two rounds marked as demo rounds ("Synthetic: last year" and "Synthetic: this year"),
//! each asking every age band, and fills them with responses that look like real ones: most
//! questions answered, a few skipped or "I'd rather not say", answers leaning the way real
//! surveys lean, well-being scores around 7 out of 10, and "about you" answers spread over
//! their options. This year's answers are a little better on some questions, so the dashboard
//! has changes to flag. Responses are stored through the same code as real ones (answers and
//! tallies in one transaction), so the dashboard reads them exactly as it would real ones.
//!
//! It refuses a database that holds real responses, complaints or contact requests unless
//! `--yes-this-is-a-live-database` is given.

use crate::config::SyntheticArgs;
use anyhow::{bail, Context};
use app::db::survey_writer::{insert_response, Submission};
use app::db::surveys::{self, RoundBandRow, RoundRow};
use app::domain::survey::{Band, Kind, QuestionSet};
use app::domain::survey_results;
use app::state::AppState;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Responses written per transaction.
const BATCH: usize = 500;

/// Share of responses per band (youngest first).
const BAND_SHARE: [(Band, f64); 4] =
    [(Band::Age4To7, 0.10), (Band::Age8To11, 0.25), (Band::Age11To17, 0.40), (Band::CareLeavers, 0.25)];

/// Whether the database holds anything real: responses outside demo rounds, complaints, or
/// contact requests.
async fn holds_real_data(state: &AppState) -> anyhow::Result<bool> {
    let count = |sql: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&state.db.pool).await?;
        anyhow::Ok(n)
    };
    let responses = count(
        "SELECT COUNT(*) FROM survey_responses r JOIN survey_rounds o ON o.id = r.round_id WHERE o.is_demo = 0",
    )
    .await?;
    let complaints = count("SELECT COUNT(*) FROM complaints").await?;
    let contacts = count("SELECT COUNT(*) FROM contact_requests").await?;
    Ok(responses + complaints + contacts > 0)
}

/// Runs the command.
pub async fn run(state: &AppState, args: &SyntheticArgs) -> anyhow::Result<()> {
    let target = if args.million { 1_000_000 } else { args.answers };
    if holds_real_data(state).await? && !args.yes_this_is_a_live_database {
        bail!(
            "this database holds real responses, complaints or contact requests; made-up responses \
             would sit beside them. Use a new database (DATABASE_URL), or add \
             --yes-this-is-a-live-database if you are sure."
        );
    }
    let org = state.org();
    let mut rng = StdRng::seed_from_u64(args.seed);
    let tag: u32 = rng.random_range(100_000..1_000_000);
    let mut sets = Vec::new();
    for (band, share) in BAND_SHARE {
        let id = surveys::latest_set_id(&state.db, org, band.slug()).await?.context("no question set: run `care-voice migrate` first")?;
        let set = state.surveys.set(&state.db, &id).await.context("question set does not load")?;
        sets.push((band, share, id, set));
    }
    let today = app::state::today();
    let rounds = [
        (format!("synthetic-{tag}-1"), "Synthetic: last year", today - time::Duration::days(400), false),
        (format!("synthetic-{tag}-2"), "Synthetic: this year", today - time::Duration::days(35), true),
    ];
    // Average answers per response, to turn an answer target into a response count.
    let per_response: f64 = sets.iter().map(|(_, share, _, set)| share * set.questions.len() as f64 * 0.9).sum();
    let responses_total = ((target as f64) / per_response).ceil() as u64;
    let mut written_answers = 0u64;
    let mut written = 0u64;
    for (ri, (id, title, opens, better)) in rounds.iter().enumerate() {
        let round_share = if ri == 0 { 0.45 } else { 0.55 };
        let bands: Vec<RoundBandRow> = sets
            .iter()
            .map(|(band, share, set_id, _)| RoundBandRow {
                band: band.slug().to_owned(),
                set_id: set_id.clone(),
                invited: Some(((responses_total as f64 * round_share * share) / 0.45).round() as i64),
            })
            .collect();
        let round = RoundRow {
            id: id.clone(),
            title: (*title).to_owned(),
            opens_on: iso(*opens),
            closes_on: iso(*opens + time::Duration::days(28)),
            closed_early: 0,
            is_demo: 1,
        };
        surveys::insert_round(&state.db, org, &round, &iso(today), &bands).await?;
        for (band, share, set_id, set) in &sets {
            let n = (responses_total as f64 * round_share * share).round() as u64;
            let mut done = 0;
            while done < n {
                let batch = (n - done).min(BATCH as u64);
                let mut tx = state.db.pool.begin().await?;
                for _ in 0..batch {
                    let answers = make_answers(&mut rng, set, *better);
                    written_answers += answers.len() as u64;
                    let day = *opens + time::Duration::days(rng.random_range(0..28));
                    let s = Submission {
                        token_hash: String::new(),
                        response_id: format!("syn-{:032x}", rng.random::<u128>()),
                        organisation_id: org.to_owned(),
                        round_id: id.clone(),
                        band: band.slug().to_owned(),
                        set_id: set_id.clone(),
                        submitted_on: iso(day),
                        helped_by: band.with_helper().then(|| "other".to_owned()),
                        profile: survey_results::profile(set, &answers),
                        tallies: survey_results::tally_keys(set, &answers),
                        answers,
                        sent_marker_until: String::new(),
                    };
                    insert_response(&mut tx, &s).await?;
                }
                tx.commit().await?;
                done += batch;
                written += batch;
            }
        }
    }
    report(written, written_answers, tag);
    Ok(())
}

/// What the command did, for the person who ran it (a command's output, not a log line).
#[allow(clippy::print_stdout)]
fn report(responses: u64, answers: u64, tag: u32) {
    println!("Added {responses} made-up responses ({answers} answers) in two demo rounds: synthetic-{tag}-1 and synthetic-{tag}-2.");
    println!("See them at /staff/results (choose a round titled \"Synthetic: …\").");
}

fn iso(d: time::Date) -> String {
    app::domain::survey_rounds::iso(d)
}

/// One made-up response's answers.
fn make_answers(rng: &mut StdRng, set: &QuestionSet, better: bool) -> Vec<(String, Option<String>, bool)> {
    let mut out = Vec::new();
    for (i, q) in set.questions.iter().enumerate() {
        if q.kind == Kind::Text {
            continue; // free text is never made up: it would look like something a young person wrote
        }
        let roll: f64 = rng.random();
        if roll < 0.06 {
            continue; // skipped
        }
        if roll < 0.09 {
            out.push((q.id.clone(), None, true));
            continue;
        }
        // Every third question is better this year (earlier options, higher well-being).
        let lift = if better && i % 3 == 0 { 0.2 } else { 0.0 };
        let value = match q.kind {
            Kind::Wellbeing => {
                let anxiety = survey_results::is_anxiety(q);
                let centre = if anxiety { 3.5 - lift * 5.0 } else { 6.8 + lift * 5.0 };
                let spread: f64 = (0..4).map(|_| rng.random::<f64>()).sum::<f64>() - 2.0; // about -2..2
                (centre + spread * 2.2).round().clamp(0.0, 10.0).to_string()
            }
            _ => {
                let values = q.values();
                if values.is_empty() {
                    continue;
                }
                // Earlier options are more likely (they are the better ones on the scales);
                // "about you" answers are spread more evenly.
                let weights: Vec<f64> = (0..values.len())
                    .map(|j| if q.about { 1.0 / (1.0 + j as f64 * 0.3) } else { (0.55 - lift).powi(j as i32) })
                    .collect();
                let total: f64 = weights.iter().sum();
                let mut pick: f64 = rng.random::<f64>() * total;
                let mut chosen = values[values.len() - 1];
                for (v, w) in values.iter().zip(&weights) {
                    if pick < *w {
                        chosen = v;
                        break;
                    }
                    pick -= w;
                }
                chosen.to_owned()
            }
        };
        out.push((q.id.clone(), Some(value), false));
    }
    out
}
