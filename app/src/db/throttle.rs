//! Counters of failed sign-ins, by IP and by the account asked for, shared by every app
//! instance through the database.

use super::{Db, DbResult};

/// Failures so far for `key`, and when the last one happened.
pub async fn get(db: &Db, key: &str) -> DbResult<Option<(i64, i64)>> {
    Ok(sqlx::query_as("SELECT failures, last_failure_at FROM sign_in_throttle WHERE throttle_key = $1")
        .bind(key)
        .fetch_optional(&db.pool)
        .await?)
}

/// Counts one more failure for `key`.
pub async fn record_failure(db: &Db, key: &str, now: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (throttle_key) DO UPDATE SET failures = sign_in_throttle.failures + 1, last_failure_at = $2",
    )
    .bind(key)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Forgets the failures for `key` (after a successful sign-in).
pub async fn clear(db: &Db, key: &str) -> DbResult<()> {
    sqlx::query("DELETE FROM sign_in_throttle WHERE throttle_key = $1").bind(key).execute(&db.pool).await?;
    Ok(())
}
