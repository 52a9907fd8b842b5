//! Surveys: question sets, rounds, drafts and response counts. Writes on the young person's
//! path (drafts, answers, sending) go through [`super::survey_writer`], which batches them.

use super::{Db, DbResult};

/// Stores a question set unless a set with that id is already there. True if stored.
pub async fn insert_set_if_missing(
    db: &Db,
    org: &str,
    set_id: &str,
    band: &str,
    version: i64,
    definition: &str,
    today: &str,
) -> DbResult<bool> {
    let done = sqlx::query(
        "INSERT INTO survey_sets (id, organisation_id, band, version, definition, loaded_on)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
    )
    .bind(set_id)
    .bind(org)
    .bind(band)
    .bind(version)
    .bind(definition)
    .bind(today)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A set's stored definition (JSON).
pub async fn set_definition(db: &Db, set_id: &str) -> DbResult<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT definition FROM survey_sets WHERE id = $1").bind(set_id).fetch_optional(&db.pool).await?;
    Ok(row.map(|r| r.0))
}

/// The newest set for a band.
pub async fn latest_set_id(db: &Db, org: &str, band: &str) -> DbResult<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM survey_sets WHERE organisation_id = $1 AND band = $2 ORDER BY version DESC LIMIT 1",
    )
    .bind(org)
    .bind(band)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| r.0))
}

/// A survey round.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RoundRow {
    /// Id (in the address).
    pub id: String,
    /// What staff call it.
    pub title: String,
    /// First day (ISO).
    pub opens_on: String,
    /// Last day (ISO).
    pub closes_on: String,
    /// 1 when staff closed it before its last day.
    pub closed_early: i64,
    /// 1 for the demo round a new install opens.
    pub is_demo: i64,
}

/// One band of a round.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RoundBandRow {
    /// Band slug.
    pub band: String,
    /// The question set it uses.
    pub set_id: String,
    /// How many young people were invited, if known.
    pub invited: Option<i64>,
}

const ROUND_COLUMNS: &str = "id, title, opens_on, closes_on, closed_early, is_demo";

/// How many rounds the organisation has ever had.
pub async fn count_rounds(db: &Db, org: &str) -> DbResult<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM survey_rounds WHERE organisation_id = $1")
        .bind(org)
        .fetch_one(&db.pool)
        .await?;
    Ok(n)
}

/// Opens a round with its bands, in one transaction.
pub async fn insert_round(db: &Db, org: &str, round: &RoundRow, created_on: &str, bands: &[RoundBandRow]) -> DbResult<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO survey_rounds (id, organisation_id, title, opens_on, closes_on, closed_early, is_demo, created_on)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7)",
    )
    .bind(&round.id)
    .bind(org)
    .bind(&round.title)
    .bind(&round.opens_on)
    .bind(&round.closes_on)
    .bind(round.is_demo)
    .bind(created_on)
    .execute(&mut *tx)
    .await?;
    for b in bands {
        sqlx::query("INSERT INTO survey_round_bands (round_id, band, set_id, invited) VALUES ($1, $2, $3, $4)")
            .bind(&round.id)
            .bind(&b.band)
            .bind(&b.set_id)
            .bind(b.invited)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every round, newest first.
pub async fn list_rounds(db: &Db, org: &str) -> DbResult<Vec<RoundRow>> {
    let sql = format!("SELECT {ROUND_COLUMNS} FROM survey_rounds WHERE organisation_id = $1 ORDER BY opens_on DESC, id");
    Ok(sqlx::query_as(&sql).bind(org).fetch_all(&db.pool).await?)
}

/// Rounds taking answers on `today` (ISO), newest first.
pub async fn open_rounds(db: &Db, org: &str, today: &str) -> DbResult<Vec<RoundRow>> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM survey_rounds
         WHERE organisation_id = $1 AND closed_early = 0 AND opens_on <= $2 AND closes_on >= $2
         ORDER BY opens_on DESC, id"
    );
    Ok(sqlx::query_as(&sql).bind(org).bind(today).fetch_all(&db.pool).await?)
}

/// One round.
pub async fn find_round(db: &Db, org: &str, id: &str) -> DbResult<Option<RoundRow>> {
    let sql = format!("SELECT {ROUND_COLUMNS} FROM survey_rounds WHERE organisation_id = $1 AND id = $2");
    Ok(sqlx::query_as(&sql).bind(org).bind(id).fetch_optional(&db.pool).await?)
}

/// A round's bands, youngest first as stored.
pub async fn round_bands(db: &Db, round_id: &str) -> DbResult<Vec<RoundBandRow>> {
    Ok(sqlx::query_as("SELECT band, set_id, invited FROM survey_round_bands WHERE round_id = $1")
        .bind(round_id)
        .fetch_all(&db.pool)
        .await?)
}

/// A round and one of its bands, with the band's question set.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RoundBand {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// First day.
    pub opens_on: String,
    /// Last day.
    pub closes_on: String,
    /// Closed early.
    pub closed_early: i64,
    /// The band's question set.
    pub set_id: String,
}

/// The round `id` if it asks `band` (one query: this is on every survey page).
pub async fn find_round_band(db: &Db, org: &str, id: &str, band: &str) -> DbResult<Option<RoundBand>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.title, r.opens_on, r.closes_on, r.closed_early, b.set_id
         FROM survey_rounds r JOIN survey_round_bands b ON b.round_id = r.id
         WHERE r.organisation_id = $1 AND r.id = $2 AND b.band = $3",
    )
    .bind(org)
    .bind(id)
    .bind(band)
    .fetch_optional(&db.pool)
    .await?)
}

/// Closes a round now. False if there was no such round.
pub async fn close_round(db: &Db, org: &str, id: &str) -> DbResult<bool> {
    let done = sqlx::query("UPDATE survey_rounds SET closed_early = 1 WHERE organisation_id = $1 AND id = $2")
        .bind(org)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Responses per band in a round.
pub async fn response_counts(db: &Db, round_id: &str) -> DbResult<Vec<(String, i64)>> {
    Ok(sqlx::query_as("SELECT band, COUNT(*) FROM survey_responses WHERE round_id = $1 GROUP BY band")
        .bind(round_id)
        .fetch_all(&db.pool)
        .await?)
}

/// A draft as stored (answers still sealed).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DraftRow {
    /// Internal id (the sealed answers are bound to it).
    pub id: String,
    /// Round.
    pub round_id: String,
    /// Band slug.
    pub band: String,
    /// Question set.
    pub set_id: String,
    /// Who helped (4 to 7).
    pub helped_by: Option<String>,
    /// Sealed JSON of the answers.
    pub answers: String,
    /// The first day it no longer works (ISO).
    pub expires_on: String,
}

const DRAFT_COLUMNS: &str = "id, round_id, band, set_id, helped_by, answers, expires_on";

/// The draft a browser's token belongs to.
pub async fn find_draft(db: &Db, token_hash: &str) -> DbResult<Option<DraftRow>> {
    let sql = format!("SELECT {DRAFT_COLUMNS} FROM survey_drafts WHERE token_hash = $1");
    Ok(sqlx::query_as(&sql).bind(token_hash).fetch_optional(&db.pool).await?)
}

/// The draft a resume code belongs to.
pub async fn find_draft_by_resume(db: &Db, resume_hash: &str) -> DbResult<Option<DraftRow>> {
    let sql = format!("SELECT {DRAFT_COLUMNS} FROM survey_drafts WHERE resume_hash = $1");
    Ok(sqlx::query_as(&sql).bind(resume_hash).fetch_optional(&db.pool).await?)
}

/// Whether the draft this token belonged to was sent.
pub async fn was_sent(db: &Db, token_hash: &str) -> DbResult<bool> {
    let row: Option<(String,)> = sqlx::query_as("SELECT token_hash FROM survey_sent_drafts WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.is_some())
}

/// Deletes drafts and sent markers whose last day has passed. Returns drafts deleted.
pub async fn delete_expired(db: &Db, today: &str) -> DbResult<u64> {
    let done = sqlx::query("DELETE FROM survey_drafts WHERE expires_on <= $1").bind(today).execute(&db.pool).await?;
    sqlx::query("DELETE FROM survey_sent_drafts WHERE expires_on <= $1").bind(today).execute(&db.pool).await?;
    Ok(done.rows_affected())
}
