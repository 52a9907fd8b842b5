//! `/healthz`: 200 when the database answers, 503 when it does not.

use app::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;

/// The health check.
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match app::db::ping(&state.db).await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
