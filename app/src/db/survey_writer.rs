//! The survey writer: one task that batches the survey journey's writes (new drafts, saved
//! answers, resume codes, sent surveys) into one transaction per batch (group commit).
//!
//! **Why.** With SQLite in WAL mode and `synchronous=FULL`, every commit waits for the disk;
//! one commit per request caps how many young people can send at once. The writer takes
//! whatever has queued up while the last commit was on disk, writes it all in one
//! transaction, and only then answers each request: acknowledged still means durable.
//!
//! If a batch fails, each of its writes is tried again in its own transaction, so one bad
//! write cannot lose another. Correctness never depends on the batching: sending a draft
//! claims it with `DELETE … RETURNING`, so a double click, a retry or another app instance
//! (PostgreSQL) stores one response.

use super::{Db, DbError, DbResult};
use sqlx::AnyConnection;
use tokio::sync::{mpsc, oneshot};

/// The most writes in one transaction.
const MAX_BATCH: usize = 256;

/// A new draft.
#[derive(Clone, Debug)]
pub struct NewDraft {
    /// Internal id.
    pub id: String,
    /// Hash of the browser's token.
    pub token_hash: String,
    /// Organisation.
    pub organisation_id: String,
    /// Round.
    pub round_id: String,
    /// Band slug.
    pub band: String,
    /// Question set.
    pub set_id: String,
    /// Who helped (4 to 7).
    pub helped_by: Option<String>,
    /// Sealed JSON of the answers (none yet).
    pub answers: String,
    /// First day it no longer works.
    pub expires_on: String,
}

/// A survey to send: the response row and its answers, built from the draft.
#[derive(Clone, Debug)]
pub struct Submission {
    /// Hash of the browser's token (claims the draft).
    pub token_hash: String,
    /// New response id.
    pub response_id: String,
    /// Organisation.
    pub organisation_id: String,
    /// Round.
    pub round_id: String,
    /// Band slug.
    pub band: String,
    /// Question set.
    pub set_id: String,
    /// The day (ISO): never a finer time.
    pub submitted_on: String,
    /// Who helped (4 to 7).
    pub helped_by: Option<String>,
    /// (question id, value, "I'd rather not say").
    pub answers: Vec<(String, Option<String>, bool)>,
    /// The response's "about you" answers as one key (`domain::survey_results::profile`).
    pub profile: String,
    /// The (question, value) tallies it adds 1 to (`domain::survey_results::tally_keys`).
    pub tallies: Vec<(String, String)>,
    /// Until when a repeated send shows the confirmation (the draft's expiry).
    pub sent_marker_until: String,
}

/// What happened to a send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// Stored now.
    Stored,
    /// This draft was sent before (a double click or a retry): nothing stored.
    AlreadySent,
    /// No such draft (expired, or never was).
    Missing,
}

#[derive(Debug)]
enum Op {
    NewDraft(NewDraft),
    SaveAnswers { token_hash: String, answers: String },
    SetResume { token_hash: String, resume_hash: String },
    Rotate { draft_id: String, token_hash: String },
    Discard { token_hash: String },
    Submit(Box<Submission>),
}

#[derive(Debug)]
enum Reply {
    Changed(bool),
    Submitted(SubmitOutcome),
}

type Job = (Op, oneshot::Sender<DbResult<Reply>>);

/// A handle to the writer task (cheap to clone).
#[derive(Clone, Debug)]
pub struct SurveyWriter {
    jobs: mpsc::Sender<Job>,
}

impl SurveyWriter {
    /// Starts the writer task on the current Tokio runtime. It ends when every handle is dropped.
    pub fn spawn(db: Db) -> Self {
        let (jobs, rx) = mpsc::channel(4096);
        tokio::spawn(run(db, rx));
        Self { jobs }
    }

    async fn call(&self, op: Op) -> DbResult<Reply> {
        let (tx, rx) = oneshot::channel();
        let closed = || DbError(sqlx::Error::PoolClosed);
        self.jobs.send((op, tx)).await.map_err(|_| closed())?;
        rx.await.map_err(|_| closed())?
    }

    async fn changed(&self, op: Op) -> DbResult<bool> {
        match self.call(op).await? {
            Reply::Changed(c) => Ok(c),
            Reply::Submitted(_) => Ok(false),
        }
    }

    /// Stores a new draft.
    pub async fn new_draft(&self, d: NewDraft) -> DbResult<()> {
        self.changed(Op::NewDraft(d)).await.map(|_| ())
    }

    /// Replaces a draft's sealed answers. False if the draft is gone.
    pub async fn save_answers(&self, token_hash: &str, answers: String) -> DbResult<bool> {
        self.changed(Op::SaveAnswers { token_hash: token_hash.to_owned(), answers }).await
    }

    /// Gives a draft a (new) resume code hash. False if the draft is gone.
    pub async fn set_resume(&self, token_hash: &str, resume_hash: &str) -> DbResult<bool> {
        self.changed(Op::SetResume { token_hash: token_hash.to_owned(), resume_hash: resume_hash.to_owned() }).await
    }

    /// Moves a draft to a new browser token (after a resume code). False if it is gone.
    pub async fn rotate_token(&self, draft_id: &str, token_hash: &str) -> DbResult<bool> {
        self.changed(Op::Rotate { draft_id: draft_id.to_owned(), token_hash: token_hash.to_owned() }).await
    }

    /// Deletes a draft when starting again, unless it has a resume code (someone may still
    /// come back to it with that code).
    pub async fn discard(&self, token_hash: &str) -> DbResult<bool> {
        self.changed(Op::Discard { token_hash: token_hash.to_owned() }).await
    }

    /// Sends a survey: claims the draft and stores the response, or does nothing if it was
    /// already sent. Returns once the transaction is on disk.
    pub async fn submit(&self, s: Submission) -> DbResult<SubmitOutcome> {
        match self.call(Op::Submit(Box::new(s))).await? {
            Reply::Submitted(o) => Ok(o),
            Reply::Changed(_) => Ok(SubmitOutcome::Missing),
        }
    }
}

async fn run(db: Db, mut rx: mpsc::Receiver<Job>) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let ops: Vec<&Op> = batch.iter().map(|(op, _)| op).collect();
        let result = write_batch(&db, &ops).await;
        match result {
            Ok(replies) => {
                for ((_, reply_to), reply) in batch.drain(..).zip(replies) {
                    let _ = reply_to.send(Ok(reply));
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, size = batch.len(), "a survey write batch failed; writing one by one");
                for (op, reply_to) in batch.drain(..) {
                    let one = write_batch(&db, &[&op]).await;
                    let _ = reply_to.send(one.and_then(|r| r.into_iter().next().ok_or(DbError(sqlx::Error::RowNotFound))));
                }
            }
        }
    }
}

async fn write_batch(db: &Db, ops: &[&Op]) -> DbResult<Vec<Reply>> {
    // A lone one-statement write needs no explicit transaction: it commits (and waits for
    // the disk) by itself, with two round trips to the database fewer.
    if let [op] = ops {
        if !matches!(op, Op::Submit(_)) {
            let mut conn = db.pool.acquire().await?;
            return Ok(vec![apply(&mut conn, op).await?]);
        }
    }
    let mut tx = db.pool.begin().await?;
    let mut replies = Vec::with_capacity(ops.len());
    for op in ops {
        replies.push(apply(&mut tx, op).await?);
    }
    tx.commit().await?;
    Ok(replies)
}

async fn apply(conn: &mut AnyConnection, op: &Op) -> DbResult<Reply> {
    let affected = match op {
        Op::NewDraft(d) => sqlx::query(
            "INSERT INTO survey_drafts (id, token_hash, organisation_id, round_id, band, set_id, helped_by, answers, expires_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&d.id)
        .bind(&d.token_hash)
        .bind(&d.organisation_id)
        .bind(&d.round_id)
        .bind(&d.band)
        .bind(&d.set_id)
        .bind(&d.helped_by)
        .bind(&d.answers)
        .bind(&d.expires_on)
        .execute(&mut *conn)
        .await?
        .rows_affected(),
        Op::SaveAnswers { token_hash, answers } => sqlx::query("UPDATE survey_drafts SET answers = $1 WHERE token_hash = $2")
            .bind(answers)
            .bind(token_hash)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
        Op::SetResume { token_hash, resume_hash } => {
            sqlx::query("UPDATE survey_drafts SET resume_hash = $1 WHERE token_hash = $2")
                .bind(resume_hash)
                .bind(token_hash)
                .execute(&mut *conn)
                .await?
                .rows_affected()
        }
        Op::Rotate { draft_id, token_hash } => sqlx::query("UPDATE survey_drafts SET token_hash = $1 WHERE id = $2")
            .bind(token_hash)
            .bind(draft_id)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
        Op::Discard { token_hash } => sqlx::query("DELETE FROM survey_drafts WHERE token_hash = $1 AND resume_hash IS NULL")
            .bind(token_hash)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
        Op::Submit(s) => return Ok(Reply::Submitted(submit(conn, s).await?)),
    };
    Ok(Reply::Changed(affected > 0))
}

async fn submit(conn: &mut AnyConnection, s: &Submission) -> DbResult<SubmitOutcome> {
    let claimed: Option<(String,)> =
        sqlx::query_as("DELETE FROM survey_drafts WHERE token_hash = $1 AND round_id = $2 AND band = $3 RETURNING id")
            .bind(&s.token_hash)
            .bind(&s.round_id)
            .bind(&s.band)
            .fetch_optional(&mut *conn)
            .await?;
    if claimed.is_none() {
        let sent: Option<(String,)> = sqlx::query_as("SELECT token_hash FROM survey_sent_drafts WHERE token_hash = $1")
            .bind(&s.token_hash)
            .fetch_optional(&mut *conn)
            .await?;
        return Ok(if sent.is_some() { SubmitOutcome::AlreadySent } else { SubmitOutcome::Missing });
    }
    insert_response(conn, s).await?;
    sqlx::query("INSERT INTO survey_sent_drafts (token_hash, expires_on) VALUES ($1, $2) ON CONFLICT (token_hash) DO NOTHING")
        .bind(&s.token_hash)
        .bind(&s.sent_marker_until)
        .execute(&mut *conn)
        .await?;
    Ok(SubmitOutcome::Stored)
}

/// Stores a response, its answers and its tallies in the caller's transaction (the draft and
/// the sent marker are the caller's business; `token_hash` and `sent_marker_until` are not used).
pub async fn insert_response(conn: &mut AnyConnection, s: &Submission) -> DbResult<()> {
    sqlx::query(
        "INSERT INTO survey_responses (id, organisation_id, round_id, band, set_id, submitted_on, helped_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&s.response_id)
    .bind(&s.organisation_id)
    .bind(&s.round_id)
    .bind(&s.band)
    .bind(&s.set_id)
    .bind(&s.submitted_on)
    .bind(&s.helped_by)
    .execute(&mut *conn)
    .await?;
    if !s.answers.is_empty() {
        // One statement for all of a response's answers; only placeholders are formatted in.
        let rows: Vec<String> = (0..s.answers.len())
            .map(|i| format!("(${}, ${}, ${}, ${})", 4 * i + 1, 4 * i + 2, 4 * i + 3, 4 * i + 4))
            .collect();
        let sql = format!("INSERT INTO survey_answers (response_id, question_id, value, prefer_not) VALUES {}", rows.join(", "));
        let mut q = sqlx::query(&sql);
        for (question, value, prefer_not) in &s.answers {
            q = q.bind(&s.response_id).bind(question).bind(value).bind(i64::from(*prefer_not));
        }
        q.execute(&mut *conn).await?;
    }
    add_tallies(conn, &s.round_id, &s.band, &s.profile, &s.tallies).await
}

/// Adds 1 to each of a response's tallies, in the caller's transaction (one statement; only
/// placeholders are formatted in). Keys must be distinct, as `tally_keys` makes them.
pub async fn add_tallies(conn: &mut AnyConnection, round_id: &str, band: &str, profile: &str, keys: &[(String, String)]) -> DbResult<()> {
    if keys.is_empty() {
        return Ok(());
    }
    let rows: Vec<String> = (0..keys.len()).map(|i| format!("($1, $2, $3, ${}, ${}, 1)", 2 * i + 4, 2 * i + 5)).collect();
    let sql = format!(
        "INSERT INTO survey_tallies (round_id, band, profile, question_id, value, n) VALUES {} \
         ON CONFLICT (round_id, band, profile, question_id, value) DO UPDATE SET n = survey_tallies.n + 1",
        rows.join(", ")
    );
    let mut q = sqlx::query(&sql).bind(round_id).bind(band).bind(profile);
    for (question, value) in keys {
        q = q.bind(question).bind(value);
    }
    q.execute(&mut *conn).await?;
    Ok(())
}
