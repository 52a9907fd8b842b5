//! Deleting expired survey drafts (safe to run on every instance at once).

use app::state::AppState;
use std::time::Duration;

/// How often expired survey drafts are looked for.
const DRAFT_SWEEP: Duration = Duration::from_secs(3600);

/// Starts the jobs on the current runtime.
pub fn spawn(state: &AppState) {
    let state = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(DRAFT_SWEEP);
        loop {
            tick.tick().await;
            sweep_drafts(&state).await;
        }
    });
}

/// Deletes survey drafts (and "already sent" markers) whose last day has passed.
pub async fn sweep_drafts(state: &AppState) {
    let today = app::domain::survey_rounds::iso(app::api::survey::draft::today());
    match app::db::surveys::delete_expired(&state.db, &today).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(drafts = n, "deleted expired survey drafts"),
        Err(e) => tracing::error!(error = %e, "could not delete expired survey drafts"),
    }
}
