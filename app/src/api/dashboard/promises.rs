//! "Is this happening for you?" results: for each Pledge and Charter promise, how many said
//! yes, sometimes, no and not sure.

use super::{publish, DashTable};
use crate::content::model::{CharterData, Kind, PledgeData};
use crate::content::{model::pick, published};
use crate::db::promise_checks;
use crate::i18n::I18n;
use crate::state::AppState;

const ANSWERS: [&str; 4] = ["yes", "sometimes", "no", "not-sure"];

/// The two tables (Pledge, Charter).
pub async fn tables(state: &AppState, i18n: &I18n) -> Vec<DashTable> {
    let policy = state.stats;
    let columns: Vec<String> = ANSWERS.iter().map(|a| i18n.t(&format!("dashboard-answer-{a}"))).collect();
    let mut out = Vec::new();
    let pledges: Vec<(String, String)> = published::<PledgeData>(&state.db, state.org(), Kind::Pledge)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|i| (i.id.clone(), pick(&i.data.text, i18n.locale).map(|(t, _)| t.promise.clone()).unwrap_or(i.id)))
        .collect();
    let charter: Vec<(String, String)> = published::<CharterData>(&state.db, state.org(), Kind::CharterPromise)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|i| (i.id.clone(), pick(&i.data.text, i18n.locale).map(|(t, _)| t.title.clone()).unwrap_or(i.id)))
        .collect();
    for (kind, items, id) in [("pledge", pledges, "pledge-checks"), ("charter", charter, "charter-checks")] {
        let counts = promise_checks::counts(&state.db, state.org(), kind).await.unwrap_or_default();
        let rows = items
            .into_iter()
            .map(|(pid, label)| {
                let row = ANSWERS
                    .iter()
                    .map(|a| counts.iter().find(|c| c.promise_id == pid && c.answer == *a).map(|c| c.count.max(0) as u64).unwrap_or(0))
                    .collect();
                (label, row)
            })
            .collect();
        if let Some(t) = publish(
            &policy,
            id,
            i18n.t(&format!("dashboard-{id}-title")),
            i18n.t(&format!("dashboard-{id}-summary")),
            columns.clone(),
            rows,
        ) {
            out.push(t);
        }
    }
    out
}
