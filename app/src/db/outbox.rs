//! The mail outbox: messages to staff, claimed by one app instance at a time, retried on
//! failure, and shown in the staff area whether or not a mail server is set.

use super::{Db, DbResult};

/// A message waiting or sent.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OutboxRow {
    /// Id.
    pub id: String,
    /// Staff recipient.
    pub recipient_id: String,
    /// Recipient email (joined).
    pub email: String,
    /// Subject (no young person's words or names).
    pub subject: String,
    /// Body (a reference and a link only).
    pub body: String,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Attempts so far.
    pub attempts: i64,
    /// Sent (Unix seconds).
    pub sent_at: Option<i64>,
    /// The last error (never message content).
    pub last_error: Option<String>,
}

/// Queues a message unless one with the same key exists (so a warning goes once).
pub async fn enqueue(db: &Db, org: &str, dedupe_key: &str, recipient: &str, subject: &str, body: &str, now: i64) -> DbResult<bool> {
    let done = sqlx::query(
        "INSERT INTO outbox (id, organisation_id, dedupe_key, recipient_id, subject, body, created_at, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(crate::crypto::random_token(12))
    .bind(org)
    .bind(dedupe_key)
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

const SELECT: &str = "SELECT o.id, o.recipient_id, u.email, o.subject, o.body, o.created_at, o.attempts, o.sent_at, o.last_error
     FROM outbox o JOIN staff_users u ON u.id = o.recipient_id";

/// Claims up to `limit` due messages for `instance` until `lease_until`, and returns them.
/// A message claimed by another instance whose lease has not run out is left alone.
pub async fn claim_due(db: &Db, instance: &str, now: i64, lease_until: i64, limit: i64) -> DbResult<Vec<OutboxRow>> {
    sqlx::query(
        "UPDATE outbox SET claimed_by = $1, claimed_until = $2
         WHERE sent_at IS NULL AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until < $3)
           AND id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $3
                      AND (claimed_until IS NULL OR claimed_until < $3) ORDER BY created_at LIMIT $4)",
    )
    .bind(instance)
    .bind(lease_until)
    .bind(now)
    .bind(limit)
    .execute(&db.pool)
    .await?;
    let sql = format!("{SELECT} WHERE o.claimed_by = $1 AND o.claimed_until = $2 AND o.sent_at IS NULL ORDER BY o.created_at");
    Ok(sqlx::query_as(&sql).bind(instance).bind(lease_until).fetch_all(&db.pool).await?)
}

/// Marks a message sent.
pub async fn mark_sent(db: &Db, id: &str, now: i64) -> DbResult<()> {
    sqlx::query("UPDATE outbox SET sent_at = $1, claimed_by = NULL, claimed_until = NULL, attempts = attempts + 1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Records a failed attempt and when to try again.
pub async fn mark_failed(db: &Db, id: &str, error: &str, next_attempt_at: i64) -> DbResult<()> {
    sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, claimed_by = NULL, claimed_until = NULL
         WHERE id = $3",
    )
    .bind(error)
    .bind(next_attempt_at)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The newest messages to one member of staff.
pub async fn for_recipient(db: &Db, recipient: &str, limit: i64) -> DbResult<Vec<OutboxRow>> {
    let sql = format!("{SELECT} WHERE o.recipient_id = $1 ORDER BY o.created_at DESC LIMIT $2");
    Ok(sqlx::query_as(&sql).bind(recipient).bind(limit).fetch_all(&db.pool).await?)
}
