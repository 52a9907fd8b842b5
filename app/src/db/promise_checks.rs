//! Anonymous "Is this happening for you?" answers (`promise_checks`) and the one-time form
//! ids that stop a retried post from counting twice (`used_form_ids`).

use super::{Db, DbResult};

/// One answer to record.
#[derive(Clone, Debug)]
pub struct NewCheck<'a> {
    /// `pledge` or `charter`.
    pub promise_kind: &'a str,
    /// The promise's id.
    pub promise_id: &'a str,
    /// `yes`, `sometimes`, `no` or `not-sure`.
    pub answer: &'a str,
    /// The day (`YYYY-MM-DD`).
    pub day: &'a str,
    /// The form's one-time id.
    pub form_id: &'a str,
}

/// How many answers of each kind a promise has.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CheckCount {
    /// The promise's id.
    pub promise_id: String,
    /// The answer.
    pub answer: String,
    /// How many.
    pub count: i64,
}

/// Records an answer unless its form id was used already, in one transaction. Returns
/// whether it was counted (false for a retried post).
pub async fn record(db: &Db, org: &str, check: &NewCheck<'_>) -> DbResult<bool> {
    let mut tx = db.pool.begin().await?;
    let fresh = sqlx::query(
        "INSERT INTO used_form_ids (form_id, organisation_id, day) VALUES ($1, $2, $3)
         ON CONFLICT (form_id) DO NOTHING",
    )
    .bind(check.form_id)
    .bind(org)
    .bind(check.day)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if fresh {
        sqlx::query(
            "INSERT INTO promise_checks (organisation_id, promise_kind, promise_id, answer, day)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(org)
        .bind(check.promise_kind)
        .bind(check.promise_id)
        .bind(check.answer)
        .bind(check.day)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(fresh)
}

/// Forgets the form ids used before `oldest_kept_day` (`YYYY-MM-DD`); returns how many.
pub async fn purge_form_ids(db: &Db, oldest_kept_day: &str) -> DbResult<u64> {
    Ok(sqlx::query("DELETE FROM used_form_ids WHERE day < $1")
        .bind(oldest_kept_day)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// Answer counts for every promise of a kind (what the dashboard reads).
pub async fn counts(db: &Db, org: &str, promise_kind: &str) -> DbResult<Vec<CheckCount>> {
    Ok(sqlx::query_as(
        "SELECT promise_id, answer, CAST(COUNT(*) AS BIGINT) AS count FROM promise_checks
         WHERE organisation_id = $1 AND promise_kind = $2
         GROUP BY promise_id, answer ORDER BY promise_id, answer",
    )
    .bind(org)
    .bind(promise_kind)
    .fetch_all(&db.pool)
    .await?)
}
