//! The default question sets (`content/surveys/*.toml`, built into the binary) and what a
//! new install does with them: store each set once, and open a demo round for every band.

use crate::db::surveys::{self, RoundBandRow, RoundRow};
use crate::db::{Db, DbResult};
use crate::domain::survey::{Band, QuestionSet};
use crate::domain::survey_rounds::{add_days, iso};
use time::Date;

/// The shipped sets, as written.
const FILES: [(&str, &str); 4] = [
    ("4-7.toml", include_str!("../../../../content/surveys/4-7.toml")),
    ("8-11.toml", include_str!("../../../../content/surveys/8-11.toml")),
    ("11-17.toml", include_str!("../../../../content/surveys/11-17.toml")),
    ("care-leavers.toml", include_str!("../../../../content/surveys/care-leavers.toml")),
];

/// The id of the demo round a new install opens.
pub const DEMO_ROUND: &str = "demo";

/// Parses and checks one set.
pub fn parse_set(name: &str, text: &str) -> Result<QuestionSet, String> {
    let set: QuestionSet = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
    let problems = set.problems();
    if !problems.is_empty() {
        return Err(format!("{name}: {}", problems.join("; ")));
    }
    Ok(set)
}

/// Every shipped set, checked. An error names the file and what is wrong.
pub fn default_sets() -> Result<Vec<QuestionSet>, String> {
    FILES.iter().map(|(name, text)| parse_set(name, text)).collect()
}

/// Stores each shipped set that the database does not have yet (by band and version).
/// Returns how many were stored.
pub async fn store_default_sets(db: &Db, org: &str, today: Date) -> Result<usize, String> {
    let mut stored = 0;
    for set in default_sets()? {
        let json = serde_json::to_string(&set).map_err(|e| e.to_string())?;
        let new = surveys::insert_set_if_missing(db, org, &set.id(), set.meta.band.slug(), set.meta.version, &json, &iso(today))
            .await
            .map_err(|e| e.to_string())?;
        stored += usize::from(new);
    }
    Ok(stored)
}

/// On an install that has never had a round, opens a demo round for every band (a year
/// long, nobody invited) so that `/survey` can be tried at once. True if it opened one.
pub async fn open_demo_round(db: &Db, org: &str, today: Date) -> DbResult<bool> {
    if surveys::count_rounds(db, org).await? > 0 {
        return Ok(false);
    }
    let mut bands = Vec::new();
    for band in Band::ALL {
        if let Some(set_id) = surveys::latest_set_id(db, org, band.slug()).await? {
            bands.push(RoundBandRow { band: band.slug().to_owned(), set_id, invited: None });
        }
    }
    if bands.is_empty() {
        return Ok(false);
    }
    let round = RoundRow {
        id: DEMO_ROUND.to_owned(),
        title: "Demo: try the surveys".to_owned(),
        opens_on: iso(today),
        closes_on: iso(add_days(today, 365)),
        closed_early: 0,
        is_demo: 1,
    };
    surveys::insert_round(db, org, &round, &iso(today), &bands).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::{Kind, Outcome};
    use crate::domain::survey_safety::needs_safety_check;
    use crate::i18n::Locale;

    fn sets() -> Vec<QuestionSet> {
        default_sets().expect("the shipped sets are valid")
    }

    #[test]
    fn every_band_has_a_set_of_about_the_right_length() {
        let sets = sets();
        let len = |b: Band| sets.iter().find(|s| s.meta.band == b).map(QuestionSet::len).unwrap_or(0);
        assert!((9..=12).contains(&len(Band::Age4To7)), "4-7: {}", len(Band::Age4To7));
        assert_eq!(len(Band::Age8To11), 20, "8-11 (the benchmark's 20-question survey)");
        assert!((28..=32).contains(&len(Band::Age11To17)), "11-17: {}", len(Band::Age11To17));
        assert!((23..=27).contains(&len(Band::CareLeavers)), "care leavers: {}", len(Band::CareLeavers));
    }

    #[test]
    fn every_set_is_complete_in_every_language_and_flags_unreviewed_translations() {
        for set in sets() {
            assert!(set.meta.reviewed.en_gb, "{}", set.id());
            for q in &set.questions {
                for l in Locale::ALL {
                    assert!(!q.text.get(l).trim().is_empty(), "{} {} {l:?}", set.id(), q.id);
                }
            }
            // No native speaker has reviewed the Welsh or Arabic yet: the pages must say so.
            assert!(!set.meta.reviewed.cy && !set.meta.reviewed.ar, "{}", set.id());
        }
    }

    #[test]
    fn every_set_can_stop_for_safety_and_ends_with_free_text() {
        for set in sets() {
            let safety: Vec<_> = set.questions.iter().filter(|q| q.safety).collect();
            assert!(!safety.is_empty(), "{} has no safety question", set.id());
            let unsafe_answer = match safety[0].kind {
                Kind::Faces => "sad",
                Kind::YesNo => "no",
                _ => "hardly-ever",
            };
            assert!(needs_safety_check(safety[0], &crate::domain::survey::Answer::Value(unsafe_answer.into())));
            assert_eq!(set.questions.last().map(|q| q.kind), Some(Kind::Text), "{}", set.id());
        }
    }

    #[test]
    fn the_older_bands_ask_the_four_national_well_being_questions() {
        for set in sets().iter().filter(|s| matches!(s.meta.band, Band::Age11To17 | Band::CareLeavers)) {
            let wellbeing = set.questions.iter().filter(|q| q.kind == Kind::Wellbeing).count();
            assert_eq!(wellbeing, 4, "{}", set.id());
        }
    }

    #[test]
    fn the_sets_use_every_kind_of_question_and_every_outcome() {
        let all: Vec<_> = sets().into_iter().flat_map(|s| s.questions).collect();
        for kind in [Kind::Frequency, Kind::Wellbeing, Kind::Faces, Kind::YesNo, Kind::Choice, Kind::Text] {
            assert!(all.iter().any(|q| q.kind == kind), "{kind:?}");
        }
        for o in Outcome::ALL {
            assert!(all.iter().any(|q| q.outcome == Some(o)), "{o:?}");
        }
    }

    #[test]
    fn a_set_survives_the_trip_through_the_database_format() {
        for set in sets() {
            let json = serde_json::to_string(&set).expect("json");
            let back: QuestionSet = serde_json::from_str(&json).expect("parses");
            assert_eq!(back, set);
        }
    }

    #[test]
    fn a_broken_set_is_refused_with_the_reason() {
        let text = FILES[0].1.replace("outcome = \"education\"", "");
        let err = parse_set("x.toml", &text).expect_err("no outcome");
        assert!(err.contains("school-feel") && err.contains("outcome"), "{err}");
    }
}
