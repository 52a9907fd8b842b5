//! Repositories: the only place SQL lives. One function per query, values always bound.
//!
//! The same SQL runs on SQLite (embedded default) and PostgreSQL through `sqlx::Any`, so it
//! keeps to types both understand: TEXT, BIGINT (times as Unix seconds or ISO dates), INTEGER
//! flags, and `$1` placeholders.

pub mod actions;
pub mod advocacy;
pub mod audit;
pub mod closures;
pub mod complaints;
pub mod content;
pub mod contact_requests;
pub mod organisations;
pub mod outbox;
pub mod promise_checks;
pub mod staff_sessions;
pub mod staff_users;
pub mod survey_writer;
pub mod survey_results;
pub mod surveys;
pub mod throttle;

use sqlx::AnyPool;

/// Which engine a pool talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// SQLite, one file.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// A database handle: the pool and which engine it is.
#[derive(Clone, Debug)]
pub struct Db {
    /// The connection pool.
    pub pool: AnyPool,
    /// The engine behind it.
    pub backend: Backend,
}

/// The one place a database error becomes an application error.
#[derive(Debug, thiserror::Error)]
#[error("database error: {0}")]
pub struct DbError(#[from] pub sqlx::Error);

/// Result of a repository call.
pub type DbResult<T> = Result<T, DbError>;

/// Answers a trivial query: the health check.
pub async fn ping(db: &Db) -> DbResult<()> {
    sqlx::query("SELECT 1").execute(&db.pool).await?;
    Ok(())
}
