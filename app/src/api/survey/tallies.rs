//! Start-up repair of the survey tallies: if they ever disagree with the stored responses
//! (for example after restoring an older backup), they are counted again from the answers.

use crate::db::{survey_results as repo, surveys, Db, DbResult};
use crate::domain::survey::QuestionSet;
use crate::domain::survey_results as rules;
use std::collections::HashMap;
use std::sync::Arc;

/// Recounts every tally from the stored answers (start-up repair when the tallies do not
/// match the responses, e.g. after restoring an older backup). Returns the responses counted.
pub async fn recount_tallies(db: &Db) -> DbResult<usize> {
    let answers = repo::all_answers(db).await?;
    let mut sets: HashMap<String, Option<Arc<QuestionSet>>> = HashMap::new();
    let mut counts: HashMap<(String, String, String, String, String), u64> = HashMap::new();
    let mut responses = 0;
    let mut i = 0;
    while i < answers.len() {
        let (id, round, band, set_id) = (&answers[i].0, &answers[i].1, &answers[i].2, &answers[i].3);
        let mut given = Vec::new();
        while i < answers.len() && answers[i].0 == *id {
            if let Some(q) = &answers[i].4 {
                given.push((q.clone(), answers[i].5.clone(), answers[i].6 != 0));
            }
            i += 1;
        }
        if !sets.contains_key(set_id) {
            let def = surveys::set_definition(db, set_id).await?;
            let parsed = def.and_then(|d| serde_json::from_str::<QuestionSet>(&d).ok()).map(Arc::new);
            sets.insert(set_id.clone(), parsed);
        }
        let Some(Some(set)) = sets.get(set_id) else { continue };
        responses += 1;
        let profile = rules::profile(set, &given);
        for (q, v) in rules::tally_keys(set, &given) {
            *counts.entry((round.clone(), band.clone(), profile.clone(), q, v)).or_default() += 1;
        }
    }
    let rows: Vec<_> = counts.into_iter().map(|((r, b, p, q, v), n)| (r, b, p, q, v, n)).collect();
    repo::replace_all(db, &rows).await?;
    Ok(responses)
}
