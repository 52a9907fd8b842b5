//! The annual complaints report (regulation 13 of the 2006 Regulations): numbers at each
//! stage, who complained, topics, outcomes, timeliness per stage, advocacy, Ombudsman cases,
//! and compliments. Every count passes through the suppression rules, on screen and in CSV.

use super::audit::record;
use super::session::{client_ip, CurrentStaff};
use crate::api::casework::state_of;
use crate::db::{advocacy, complaints};
use crate::domain::casework::{TOPICS, WHO};
use crate::domain::complaints::{Outcome, Stage};
use crate::domain::suppression::{suppress_distribution, Cell, Policy};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};

/// One table of the report: label message ids and their published cells.
#[derive(Clone, Debug)]
pub struct ReportTable {
    /// Id (for CSV and anchors).
    pub id: &'static str,
    /// (label message id, cell).
    pub rows: Vec<(String, Cell)>,
    /// The table's total.
    pub total: Cell,
}

/// Timeliness of one stage.
#[derive(Clone, Debug)]
pub struct Timeliness {
    /// stage-1 or stage-2.
    pub stage: &'static str,
    /// Replies counted (suppressed below k).
    pub replies: Cell,
    /// Share within the time limit, when the number of replies may be shown.
    pub within_limit_percent: Option<u8>,
    /// Average working days taken, when the number of replies may be shown.
    pub average_days: Option<f64>,
}

/// The whole report.
#[derive(Clone, Debug)]
pub struct AnnualReport {
    /// Calendar year.
    pub year: i32,
    /// The suppression threshold used.
    pub k: u32,
    /// Tables.
    pub tables: Vec<ReportTable>,
    /// Timeliness per stage.
    pub timeliness: Vec<Timeliness>,
}

fn table(policy: &Policy, id: &'static str, prefix: &str, labels: &[&str], counts: &[u64]) -> ReportTable {
    let published = suppress_distribution(policy, counts);
    let rows = labels.iter().zip(published.cells().iter()).map(|(l, c)| (format!("{prefix}-{l}"), *c)).collect();
    ReportTable { id, rows, total: published.total() }
}

/// Builds the report for a calendar year.
pub async fn annual_report(state: &AppState, year: i32) -> Result<AnnualReport, crate::db::DbError> {
    let policy = state.stats;
    let (from, to) = (format!("{year}-01-01"), format!("{year}-12-31"));
    let rows = complaints::received_between(&state.db, state.org(), &from, &to).await?;
    let cal = state.calendar().await;
    let count = |pred: &dyn Fn(&complaints::ComplaintRow) -> bool| rows.iter().filter(|r| pred(r)).count() as u64;

    let mut stage_counts = [0u64; 3];
    let mut outcomes = [0u64; 5];
    let mut ombudsman = 0u64;
    let mut t1 = Vec::new();
    let mut t2 = Vec::new();
    for r in &rows {
        let events = complaints::events(&state.db, "complaint", &r.id).await?;
        let Some(s) = state_of(&cal, &events) else { continue };
        let reached = events.iter().map(|e| e.kind.as_str()).fold(1, |acc, k| match k {
            "stage-2-started" => acc.max(2),
            "stage-3-requested" => acc.max(3),
            _ => acc,
        });
        stage_counts[reached - 1] += 1;
        if let Some(o) = s.outcome {
            if let Some(i) = Outcome::ALL.iter().position(|x| *x == o) {
                outcomes[i] += 1;
            }
        }
        ombudsman += u64::from(s.ombudsman);
        t1.extend(s.stage1_timeliness);
        t2.extend(s.stage2_timeliness);
        let _ = s.stage == Stage::Closed;
    }
    let who: Vec<u64> = WHO.iter().map(|w| count(&|r| r.who == *w)).collect();
    let topics: Vec<u64> = TOPICS.iter().map(|t| count(&|r| r.topic == *t)).collect();
    let kinds = [count(&|r| r.representation == 0), count(&|r| r.representation == 1)];
    let advocacy_requests = advocacy::list(&state.db, state.org())
        .await?
        .into_iter()
        .filter(|a| a.received_day >= from && a.received_day <= to)
        .count() as u64;
    let advocate_for_complaints = count(&|r| r.advocate_status != "none");
    let compliments: u64 = advocacy::compliments_between(&state.db, state.org(), &from, &to).await?.iter().map(|(_, n)| *n as u64).sum();
    let outcome_labels: Vec<&str> = Outcome::ALL.iter().map(|o| o.as_str()).collect();

    let tables = vec![
        table(&policy, "kinds", "staff-report-kind", &["complaint", "representation"], &kinds),
        table(&policy, "stages", "staff-report-stage", &["1", "2", "3"], &stage_counts),
        table(&policy, "who", "complaint-who", WHO, &who),
        table(&policy, "topics", "complaint-topic", TOPICS, &topics),
        table(&policy, "outcomes", "track-outcome", &outcome_labels, &outcomes),
        table(
            &policy,
            "other",
            "staff-report-other",
            &["advocate-for-complaint", "advocacy-requests", "ombudsman", "compliments"],
            &[advocate_for_complaints, advocacy_requests, ombudsman, compliments],
        ),
    ];
    let timeliness = [("stage-1", t1), ("stage-2", t2)]
        .into_iter()
        .map(|(stage, v)| {
            let replies = suppress_distribution(&policy, &[v.len() as u64]).total();
            let shown = !replies.is_suppressed();
            let within = v.iter().filter(|(_, ok)| *ok).count() as f64;
            let n = v.len() as f64;
            Timeliness {
                stage,
                replies,
                within_limit_percent: (shown && n > 0.0).then(|| (within * 100.0 / n).round() as u8),
                average_days: (shown && n > 0.0).then(|| (v.iter().map(|(d, _)| *d as f64).sum::<f64>() / n * 10.0).round() / 10.0),
            }
        })
        .collect();
    Ok(AnnualReport { year, k: policy.k(), tables, timeliness })
}

/// The year asked for, or this year.
#[derive(serde::Deserialize)]
pub struct YearQuery {
    /// Calendar year.
    pub year: Option<i32>,
}

/// `GET /staff/complaints/report.csv?year=`: the same numbers as the page, as CSV.
pub async fn get_report_csv(State(state): State<AppState>, Query(q): Query<YearQuery>, req: axum::extract::Request) -> Response {
    let year = q.year.filter(|y| (2000..=2100).contains(y)).unwrap_or_else(|| crate::state::today().year());
    let (parts, _) = req.into_parts();
    let Ok(report) = annual_report(&state, year).await else {
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let i18n = crate::i18n::I18n::new(crate::i18n::Locale::EnGb);
    let mut out = String::from("table,category,count,percent\n");
    let cell = |c: &Cell| match c {
        Cell::Shown { count, percent } => (count.to_string(), percent.map(|p| p.to_string()).unwrap_or_default()),
        Cell::Suppressed => (format!("fewer than {}", report.k), String::new()),
    };
    for t in &report.tables {
        for (label, c) in &t.rows {
            let (n, p) = cell(c);
            out.push_str(&format!("{},{},{n},{p}\n", t.id, csv_field(&i18n.t(label))));
        }
        let (n, _) = cell(&t.total);
        out.push_str(&format!("{},Total,{n},\n", t.id));
    }
    for t in &report.timeliness {
        let (n, _) = cell(&t.replies);
        out.push_str(&format!("timeliness-{},Replies,{n},\n", t.stage));
        out.push_str(&format!(
            "timeliness-{},Within the time limit (%),{},\n",
            t.stage,
            t.within_limit_percent.map(|p| p.to_string()).unwrap_or_else(|| "not shown".into())
        ));
        out.push_str(&format!(
            "timeliness-{},Average working days,{},\n",
            t.stage,
            t.average_days.map(|d| d.to_string()).unwrap_or_else(|| "not shown".into())
        ));
    }
    if let Some(staff) = parts.extensions.get::<CurrentStaff>() {
        let ip = client_ip(&state, &parts);
        record(&state, Some(&staff.user_id), "report-exported", None, Some(&format!("complaints {year}")), ip.as_deref()).await;
    }
    (
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"complaints-{year}.csv\"")),
        ],
        out,
    )
        .into_response()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}
