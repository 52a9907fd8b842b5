//! Staff accounts, their set-up links and recovery codes.

use super::{Db, DbResult};

/// A staff account as stored (secrets stay sealed).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StaffUser {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organisation_id: String,
    /// Email, lower-cased.
    pub email: String,
    /// Name.
    pub name: String,
    /// Role name (see `domain::access::Role`).
    pub role: String,
    /// Argon2id hash, once a password is set.
    pub password_hash: Option<String>,
    /// Sealed TOTP secret, once enrolled.
    pub totp_secret: Option<String>,
    /// Last TOTP time step accepted (a code is never accepted twice).
    pub totp_last_step: i64,
    /// 1 when disabled.
    pub disabled: i64,
    /// Created (Unix seconds).
    pub created_at: i64,
}

const COLUMNS: &str =
    "id, organisation_id, email, name, role, password_hash, totp_secret, totp_last_step, disabled, created_at";

/// Creates an account with no password yet.
pub async fn insert(db: &Db, u: &StaffUser) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO staff_users (id, organisation_id, email, name, role, disabled, created_at)
         VALUES ($1, $2, $3, $4, $5, 0, $6)",
    )
    .bind(&u.id)
    .bind(&u.organisation_id)
    .bind(&u.email)
    .bind(&u.name)
    .bind(&u.role)
    .bind(u.created_at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The account with this email in this organisation.
pub async fn find_by_email(db: &Db, org: &str, email: &str) -> DbResult<Option<StaffUser>> {
    let sql = format!("SELECT {COLUMNS} FROM staff_users WHERE organisation_id = $1 AND email = $2");
    Ok(sqlx::query_as(&sql).bind(org).bind(email).fetch_optional(&db.pool).await?)
}

/// The account with this id.
pub async fn find(db: &Db, id: &str) -> DbResult<Option<StaffUser>> {
    let sql = format!("SELECT {COLUMNS} FROM staff_users WHERE id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&db.pool).await?)
}

/// Every account in the organisation, by name.
pub async fn list(db: &Db, org: &str) -> DbResult<Vec<StaffUser>> {
    let sql = format!("SELECT {COLUMNS} FROM staff_users WHERE organisation_id = $1 ORDER BY name, email");
    Ok(sqlx::query_as(&sql).bind(org).fetch_all(&db.pool).await?)
}

/// How many enabled administrators the organisation has.
pub async fn count_active_admins(db: &Db, org: &str) -> DbResult<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM staff_users WHERE organisation_id = $1 AND role = 'administrator' AND disabled = 0",
    )
    .bind(org)
    .fetch_one(&db.pool)
    .await?;
    Ok(n)
}

/// Changes the role.
pub async fn set_role(db: &Db, id: &str, role: &str) -> DbResult<()> {
    sqlx::query("UPDATE staff_users SET role = $1 WHERE id = $2").bind(role).bind(id).execute(&db.pool).await?;
    Ok(())
}

/// Disables or enables the account.
pub async fn set_disabled(db: &Db, id: &str, disabled: bool) -> DbResult<()> {
    sqlx::query("UPDATE staff_users SET disabled = $1 WHERE id = $2")
        .bind(i64::from(disabled))
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Sets the password hash and the sealed TOTP secret (completing set-up or a reset).
pub async fn set_credentials(db: &Db, id: &str, password_hash: &str, totp_secret: &str) -> DbResult<()> {
    sqlx::query(
        "UPDATE staff_users SET password_hash = $1, totp_secret = $2, totp_last_step = 0 WHERE id = $3",
    )
    .bind(password_hash)
    .bind(totp_secret)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Clears the password and second factor (a reset: the user must set up again).
pub async fn clear_credentials(db: &Db, id: &str) -> DbResult<()> {
    sqlx::query("UPDATE staff_users SET password_hash = NULL, totp_secret = NULL WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await?;
    sqlx::query("DELETE FROM staff_recovery_codes WHERE user_id = $1").bind(id).execute(&db.pool).await?;
    Ok(())
}

/// Records that the TOTP step was used, only if it is newer than the last one. Returns
/// false when the step was already used (a replayed code), even under a race.
pub async fn claim_totp_step(db: &Db, id: &str, step: i64) -> DbResult<bool> {
    let done = sqlx::query("UPDATE staff_users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1")
        .bind(step)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A set-up link's row.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SetupToken {
    /// The user it sets up.
    pub user_id: String,
    /// Sealed TOTP secret offered for enrolment.
    pub totp_secret: String,
    /// Expiry (Unix seconds).
    pub expires_at: i64,
    /// Set when used.
    pub used_at: Option<i64>,
}

/// Stores a set-up link (by its hash), replacing any earlier unused link for the user.
pub async fn insert_setup_token(db: &Db, token_hash: &str, user_id: &str, totp_secret: &str, expires_at: i64) -> DbResult<()> {
    sqlx::query("DELETE FROM staff_setup_tokens WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    sqlx::query(
        "INSERT INTO staff_setup_tokens (token_hash, user_id, totp_secret, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(totp_secret)
    .bind(expires_at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The set-up link with this hash.
pub async fn find_setup_token(db: &Db, token_hash: &str) -> DbResult<Option<SetupToken>> {
    Ok(sqlx::query_as(
        "SELECT user_id, totp_secret, expires_at, used_at FROM staff_setup_tokens WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(&db.pool)
    .await?)
}

/// Marks a set-up link used; false if it was already used (two tabs, a replay).
pub async fn use_setup_token(db: &Db, token_hash: &str, now: i64) -> DbResult<bool> {
    let done = sqlx::query("UPDATE staff_setup_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(now)
        .bind(token_hash)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces the user's recovery codes with these hashes.
pub async fn replace_recovery_codes(db: &Db, user_id: &str, hashes: &[String]) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM staff_recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    for h in hashes {
        sqlx::query("INSERT INTO staff_recovery_codes (code_hash, user_id) VALUES ($1, $2)")
            .bind(h)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Uses a recovery code once; false if it is not the user's or was used before.
pub async fn use_recovery_code(db: &Db, user_id: &str, code_hash: &str, now: i64) -> DbResult<bool> {
    let done = sqlx::query(
        "UPDATE staff_recovery_codes SET used_at = $1 WHERE code_hash = $2 AND user_id = $3 AND used_at IS NULL",
    )
    .bind(now)
    .bind(code_hash)
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many unused recovery codes the user has left.
pub async fn recovery_codes_left(db: &Db, user_id: &str) -> DbResult<i64> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM staff_recovery_codes WHERE user_id = $1 AND used_at IS NULL")
            .bind(user_id)
            .fetch_one(&db.pool)
            .await?;
    Ok(n)
}
