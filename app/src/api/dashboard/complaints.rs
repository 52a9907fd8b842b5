//! Complaints and advocacy, month by month: how many arrived, what about, how they ended,
//! and whether stage 1 replies were on time. Counts only; never case text.

use super::{publish, DashTable};
use crate::api::casework::{parse_day, state_of};
use crate::db::{advocacy, complaints};
use crate::domain::casework::TOPICS;
use crate::domain::complaints::Outcome;
use crate::i18n::I18n;
use crate::state::AppState;

/// Working days to a stage 1 reply, in bands: up to 5, 6 to 10, 11 to 20, more (the limit is
/// 10, or 20 when extended).
const DAY_BANDS: [i64; 4] = [5, 10, 20, i64::MAX];
/// Working days from a request for an advocate to its being picked up: up to 2, 3 to 5, more
/// (then a last column for "not yet").
const PICKUP_BANDS: [i64; 3] = [2, 5, i64::MAX];

/// The first band whose upper end is at least `days`.
fn band_of(days: i64, bands: &[i64]) -> usize {
    bands.iter().position(|&top| days <= top).unwrap_or(bands.len() - 1)
}

/// The complaints tables for a calendar year.
pub async fn tables(state: &AppState, i18n: &I18n, year: i32) -> Vec<DashTable> {
    let policy = state.stats;
    let (from, to) = (format!("{year}-01-01"), format!("{year}-12-31"));
    let rows = complaints::received_between(&state.db, state.org(), &from, &to).await.unwrap_or_default();
    let requests = advocacy::list(&state.db, state.org()).await.unwrap_or_default();
    let cal = state.calendar().await;
    let months: Vec<String> = (1..=12).map(|m| i18n.t(&format!("month-{m}"))).collect();
    let month_of = |day: &str| parse_day(day).map(|d| u8::from(d.month()) as usize - 1);

    let mut received = vec![vec![0u64; 3]; 12];
    let mut timeliness = vec![vec![0u64; 2]; 12];
    let mut topics = vec![vec![0u64; 3]; TOPICS.len()];
    let mut outcomes = vec![vec![0u64; 1]; Outcome::ALL.len()];
    let mut stage1_days = vec![vec![0u64; DAY_BANDS.len()]; 12];
    let mut days_taken: Vec<i64> = Vec::new();
    let mut pickup = vec![vec![0u64; PICKUP_BANDS.len() + 1]; 12];
    for r in &rows {
        let Some(m) = month_of(&r.received_day) else { continue };
        received[m][usize::from(r.representation == 1)] += 1;
        let events = complaints::events(&state.db, "complaint", &r.id).await.unwrap_or_default();
        let reached = events.iter().fold(0usize, |acc, e| match e.kind.as_str() {
            "stage-2-started" => acc.max(1),
            "stage-3-requested" => acc.max(2),
            _ => acc,
        });
        if let Some(t) = TOPICS.iter().position(|t| *t == r.topic) {
            topics[t][reached] += 1;
        }
        if let Some(s) = state_of(&cal, &events) {
            if let Some((taken, on_time)) = s.stage1_timeliness {
                timeliness[m][usize::from(!on_time)] += 1;
                stage1_days[m][band_of(taken, &DAY_BANDS)] += 1;
                days_taken.push(taken);
            }
            if let Some(o) = s.outcome.and_then(|o| Outcome::ALL.iter().position(|x| *x == o)) {
                outcomes[o][0] += 1;
            }
        }
    }
    for a in requests.iter().filter(|a| a.received_day >= from && a.received_day <= to) {
        if let Some(m) = month_of(&a.received_day) {
            received[m][2] += 1;
            let waited = parse_day(&a.received_day)
                .zip(a.picked_up_day.as_deref().and_then(parse_day))
                .map(|(from, to)| cal.working_days_between(from, to));
            pickup[m][waited.map_or(PICKUP_BANDS.len(), |w| band_of(w, &PICKUP_BANDS))] += 1;
        }
    }
    let t = |id: &str| i18n.t(id);
    let labelled = |labels: &[String], counts: Vec<Vec<u64>>| labels.iter().cloned().zip(counts).collect::<Vec<_>>();
    let topic_labels: Vec<String> = TOPICS.iter().map(|x| t(&format!("complaint-topic-{x}"))).collect();
    let day_labels: Vec<String> = (0..DAY_BANDS.len()).map(|i| t(&format!("dashboard-days-{i}"))).collect();
    let pickup_labels: Vec<String> = (0..=PICKUP_BANDS.len()).map(|i| t(&format!("dashboard-pickup-{i}"))).collect();
    // The year's average, only from enough replies to say nothing about one complaint.
    let average = if days_taken.len() as u64 >= u64::from(policy.k()) {
        let mean = days_taken.iter().sum::<i64>() as f64 / days_taken.len() as f64;
        i18n.t_with("dashboard-stage-1-average", &[("days", format!("{mean:.1}").into())])
    } else {
        i18n.t_with("dashboard-stage-1-average-hidden", &[("k", policy.k().into())])
    };
    let outcome_labels: Vec<String> = Outcome::ALL.iter().map(|o| t(&format!("staff-outcome-{}", o.as_str()))).collect();
    [
        publish(
            &policy,
            "complaints-by-month",
            t("dashboard-complaints-by-month-title"),
            t("dashboard-complaints-by-month-summary"),
            vec![t("staff-report-kind-complaint"), t("staff-report-kind-representation"), t("staff-report-other-advocacy-requests")],
            labelled(&months, received),
        ),
        publish(
            &policy,
            "stage-1-on-time",
            t("dashboard-stage-1-on-time-title"),
            t("dashboard-stage-1-on-time-summary"),
            vec![t("dashboard-on-time"), t("dashboard-late")],
            labelled(&months, timeliness),
        ),
        publish(
            &policy,
            "stage-1-working-days",
            t("dashboard-stage-1-working-days-title"),
            format!("{} {average}", t("dashboard-stage-1-working-days-summary")),
            day_labels,
            labelled(&months, stage1_days),
        ),
        publish(
            &policy,
            "advocacy-pickup",
            t("dashboard-advocacy-pickup-title"),
            t("dashboard-advocacy-pickup-summary"),
            pickup_labels,
            labelled(&months, pickup),
        ),
        publish(
            &policy,
            "complaints-by-topic",
            t("dashboard-complaints-by-topic-title"),
            t("dashboard-complaints-by-topic-summary"),
            vec![t("staff-report-stage-1"), t("staff-report-stage-2"), t("staff-report-stage-3")],
            labelled(&topic_labels, topics),
        ),
        publish(
            &policy,
            "complaint-outcomes",
            t("dashboard-complaint-outcomes-title"),
            t("dashboard-complaint-outcomes-summary"),
            vec![t("staff-report-number")],
            labelled(&outcome_labels, outcomes),
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}
