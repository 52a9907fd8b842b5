//! Staff sessions, stored by the hash of their token so several app instances share them
//! and a stolen database copy holds no usable token.

use super::{Db, DbResult};

/// A session row joined with its user.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    /// Hash of the cookie's token.
    pub token_hash: String,
    /// The user.
    pub user_id: String,
    /// Per-session CSRF token, put in every form.
    pub csrf_token: String,
    /// 1 once the second factor was given.
    pub second_factor_done: i64,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last request (Unix seconds).
    pub last_seen_at: i64,
    /// The user's role.
    pub role: String,
    /// The user's name.
    pub name: String,
    /// The user's email.
    pub email: String,
    /// The user's organisation.
    pub organisation_id: String,
    /// 1 if the user is disabled.
    pub disabled: i64,
}

/// Creates a session.
pub async fn insert(db: &Db, token_hash: &str, user_id: &str, csrf: &str, second_factor_done: bool, now: i64) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO staff_sessions (token_hash, user_id, csrf_token, second_factor_done, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(csrf)
    .bind(i64::from(second_factor_done))
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The session with this token hash, with its user.
pub async fn find(db: &Db, token_hash: &str) -> DbResult<Option<SessionRow>> {
    Ok(sqlx::query_as(
        "SELECT s.token_hash, s.user_id, s.csrf_token, s.second_factor_done, s.created_at, s.last_seen_at,
                u.role, u.name, u.email, u.organisation_id, u.disabled
         FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
         WHERE s.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(&db.pool)
    .await?)
}

/// Records activity.
pub async fn touch(db: &Db, token_hash: &str, now: i64) -> DbResult<()> {
    sqlx::query("UPDATE staff_sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now)
        .bind(token_hash)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Ends one session.
pub async fn delete(db: &Db, token_hash: &str) -> DbResult<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(token_hash).execute(&db.pool).await?;
    Ok(())
}

/// Ends every session of a user (disabled, password reset).
pub async fn delete_for_user(db: &Db, user_id: &str) -> DbResult<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1").bind(user_id).execute(&db.pool).await?;
    Ok(())
}

/// Removes sessions idle since before `idle_cutoff` or created before `absolute_cutoff`.
pub async fn delete_expired(db: &Db, idle_cutoff: i64, absolute_cutoff: i64) -> DbResult<u64> {
    let done = sqlx::query("DELETE FROM staff_sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(idle_cutoff)
        .bind(absolute_cutoff)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
