//! What the survey journey keeps for the life of the process: its settings, the writer
//! task, a cache of question sets (immutable once stored, so safe to share between app
//! instances), a two-second cache of round lookups (every survey page needs one; a round
//! closed on another instance stops taking answers here within [`ROUND_CACHE`]), and the
//! count of wrong resume codes per address.
//!
//! The wrong-code counts live in memory only (an IP address is never written to the
//! database); with several instances each counts on its own, like the public post limit.

use crate::db::survey_writer::SurveyWriter;
use crate::db::surveys::RoundBand;
use crate::db::{surveys, Db, DbResult};
use crate::domain::survey::QuestionSet;
use crate::domain::survey_resume::Failures;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// How long a round lookup is reused.
pub const ROUND_CACHE: Duration = Duration::from_secs(2);

type RoundKey = (String, String, String);

/// Survey settings and shared parts.
#[derive(Debug)]
pub struct SurveyRuntime {
    /// How many days a draft (and its resume code) lasts.
    pub draft_days: i64,
    /// Batches the journey's writes.
    pub writer: SurveyWriter,
    sets: RwLock<HashMap<String, Arc<QuestionSet>>>,
    rounds: Mutex<HashMap<RoundKey, (Instant, Option<RoundBand>)>>,
    resume_failures: Mutex<HashMap<String, Failures>>,
}

impl SurveyRuntime {
    /// Starts the writer for `db`.
    pub fn new(db: &Db, draft_days: i64) -> Self {
        Self {
            draft_days,
            writer: SurveyWriter::spawn(db.clone()),
            sets: RwLock::new(HashMap::new()),
            rounds: Mutex::new(HashMap::new()),
            resume_failures: Mutex::new(HashMap::new()),
        }
    }

    /// The question set `id`, from the cache or the database.
    pub async fn set(&self, db: &Db, id: &str) -> Option<Arc<QuestionSet>> {
        if let Some(set) = self.sets.read().unwrap_or_else(|e| e.into_inner()).get(id) {
            return Some(set.clone());
        }
        let json = match surveys::set_definition(db, id).await {
            Ok(Some(j)) => j,
            Ok(None) => return None,
            Err(e) => {
                tracing::error!(error = %e, "could not read a question set");
                return None;
            }
        };
        let set = match serde_json::from_str::<QuestionSet>(&json) {
            Ok(s) => Arc::new(s),
            Err(e) => {
                tracing::error!(error = %e, set = id, "a stored question set does not parse");
                return None;
            }
        };
        self.sets.write().unwrap_or_else(|e| e.into_inner()).insert(id.to_owned(), set.clone());
        Some(set)
    }

    /// Round `id` with its `band` (`None` if the round does not ask that band), from the
    /// cache when it was read less than [`ROUND_CACHE`] ago.
    pub async fn round_band(&self, db: &Db, org: &str, id: &str, band: &str) -> DbResult<Option<RoundBand>> {
        let key = (org.to_owned(), id.to_owned(), band.to_owned());
        if let Some((at, found)) = self.rounds.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            if at.elapsed() < ROUND_CACHE {
                return Ok(found.clone());
            }
        }
        let found = surveys::find_round_band(db, org, id, band).await?;
        let mut map = self.rounds.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 1_000 {
            map.retain(|_, (at, _)| at.elapsed() < ROUND_CACHE);
        }
        map.insert(key, (Instant::now(), found.clone()));
        Ok(found)
    }

    /// Forgets cached rounds (after staff open or close one on this instance).
    pub fn forget_rounds(&self) {
        self.rounds.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Whether `key` (a client address) may try a resume code at `now`.
    pub fn resume_allowed(&self, key: &str, now: i64) -> bool {
        let map = self.resume_failures.lock().unwrap_or_else(|e| e.into_inner());
        map.get(key).is_none_or(|f| f.allowed(now))
    }

    /// Counts a wrong code from `key`, and forgets windows that are over.
    pub fn resume_failed(&self, key: &str, now: i64) {
        let mut map = self.resume_failures.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 10_000 {
            map.retain(|_, f| !f.expired(now));
        }
        let f = map.get(key).copied().unwrap_or_default().after_failure(now);
        map.insert(key.to_owned(), f);
    }
}
