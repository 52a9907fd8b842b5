//! Writing to the audit log from handlers (failures to write are logged, never shown).

use crate::db::audit::{self, NewAuditEntry};
use crate::state::{now, AppState};

/// Who did what to what: one audit entry.
pub async fn record(
    state: &AppState,
    actor: Option<&str>,
    action: &str,
    target: Option<&str>,
    detail: Option<&str>,
    ip: Option<&str>,
) {
    let entry = NewAuditEntry {
        organisation_id: state.org(),
        at: now(),
        actor_id: actor,
        action,
        target,
        detail,
        ip,
    };
    if let Err(e) = audit::insert(&state.db, &entry).await {
        tracing::error!(error = %e, action, "could not write the audit log");
    }
}
