//! Survey results as the dashboard reads them: the tallies of a round and band, and a recount
//! of the tallies from the answers themselves (start-up repair, and the tests' oracle).

use super::{Db, DbResult};
use crate::domain::survey_results::Tally;

/// The tallies of one round and band.
pub async fn tallies(db: &Db, round_id: &str, band: &str) -> DbResult<Vec<Tally>> {
    let rows: Vec<(String, String, String, i64)> =
        sqlx::query_as("SELECT profile, question_id, value, n FROM survey_tallies WHERE round_id = $1 AND band = $2")
            .bind(round_id)
            .bind(band)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(profile, question, value, n)| Tally { profile, question, value, n: n.max(0) as u64 })
        .collect())
}

/// Responses stored, and responses the tallies count: equal unless the tallies need a recount.
pub async fn tallied_and_stored(db: &Db) -> DbResult<(i64, i64)> {
    let (tallied,): (Option<i64>,) = sqlx::query_as("SELECT CAST(SUM(n) AS BIGINT) FROM survey_tallies WHERE question_id = ''")
        .fetch_one(&db.pool)
        .await?;
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_responses").fetch_one(&db.pool).await?;
    Ok((tallied.unwrap_or(0), stored))
}

/// One answer of one response, as stored: (response, round, band, set, question, value, rather not say).
pub type StoredAnswer = (String, String, String, String, Option<String>, Option<String>, i64);

/// Every response with its answers (a response without answers appears once with no question),
/// ordered by response.
pub async fn all_answers(db: &Db) -> DbResult<Vec<StoredAnswer>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.round_id, r.band, r.set_id, a.question_id, a.value, COALESCE(a.prefer_not, 0)
         FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id
         ORDER BY r.id, a.question_id",
    )
    .fetch_all(&db.pool)
    .await?)
}

/// Replaces every tally with `rows` (round, band, profile, question, value, n) in one transaction.
pub async fn replace_all(db: &Db, rows: &[(String, String, String, String, String, u64)]) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM survey_tallies").execute(&mut *tx).await?;
    for (round, band, profile, question, value, n) in rows {
        sqlx::query("INSERT INTO survey_tallies (round_id, band, profile, question_id, value, n) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(round)
            .bind(band)
            .bind(profile)
            .bind(question)
            .bind(value)
            .bind(i64::try_from(*n).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
