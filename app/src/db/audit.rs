//! The audit log: insert and read only. There is deliberately no update or delete here, and
//! database triggers (see `server/src/db.rs`) refuse them.

use super::{Db, DbResult};

/// One audit entry to write.
#[derive(Clone, Debug, Default)]
pub struct NewAuditEntry<'a> {
    /// Organisation.
    pub organisation_id: &'a str,
    /// When (Unix seconds).
    pub at: i64,
    /// Staff member who acted, if known.
    pub actor_id: Option<&'a str>,
    /// What happened (`sign-in`, `sign-in-failed`, `role-changed`, `case-opened`, …).
    pub action: &'a str,
    /// What it happened to (a staff id, a case reference).
    pub target: Option<&'a str>,
    /// Extra detail without secrets or a young person's words.
    pub detail: Option<&'a str>,
    /// The staff member's IP address.
    pub ip: Option<&'a str>,
}

/// An audit entry read back.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditEntry {
    /// Id (sorts by time).
    pub id: String,
    /// When (Unix seconds).
    pub at: i64,
    /// Who acted.
    pub actor_id: Option<String>,
    /// The actor's name (joined).
    pub actor_name: Option<String>,
    /// What happened.
    pub action: String,
    /// To what.
    pub target: Option<String>,
    /// Detail.
    pub detail: Option<String>,
    /// IP address.
    pub ip: Option<String>,
}

/// Filters for reading the log.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Only this action.
    pub action: Option<String>,
    /// Only this actor.
    pub actor_id: Option<String>,
    /// From this time (inclusive).
    pub from: Option<i64>,
    /// Before this time.
    pub to: Option<i64>,
}

/// Appends an entry.
pub async fn insert(db: &Db, e: &NewAuditEntry<'_>) -> DbResult<()> {
    let id = format!("{:016x}{}", e.at, crate::crypto::random_token(6));
    sqlx::query(
        "INSERT INTO audit_log (id, organisation_id, at, actor_id, action, target, detail, ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(e.organisation_id)
    .bind(e.at)
    .bind(e.actor_id)
    .bind(e.action)
    .bind(e.target)
    .bind(e.detail)
    .bind(e.ip)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The newest entries matching `f`, at most `limit`.
pub async fn list(db: &Db, org: &str, f: &AuditFilter, limit: i64) -> DbResult<Vec<AuditEntry>> {
    let rows = sqlx::query_as::<_, AuditEntry>(
        "SELECT a.id, a.at, a.actor_id, u.name AS actor_name, a.action, a.target, a.detail, a.ip
         FROM audit_log a LEFT JOIN staff_users u ON u.id = a.actor_id
         WHERE a.organisation_id = $1
           AND ($2 = '' OR a.action = $2)
           AND ($3 = '' OR a.actor_id = $3)
           AND a.at >= $4 AND a.at < $5
         ORDER BY a.id DESC LIMIT $6",
    )
    .bind(org)
    .bind(f.action.clone().unwrap_or_default())
    .bind(f.actor_id.clone().unwrap_or_default())
    .bind(f.from.unwrap_or(0))
    .bind(f.to.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows)
}

/// The distinct actions in the log (for the filter's list).
pub async fn actions(db: &Db, org: &str) -> DbResult<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT action FROM audit_log WHERE organisation_id = $1 ORDER BY action")
            .bind(org)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}
