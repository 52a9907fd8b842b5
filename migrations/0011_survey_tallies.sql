-- Survey results, counted as responses arrive: how many young people gave each answer to each
-- question, in each round and age band, split by their "about you" answers (`profile`, e.g.
-- 'about-age=11-13;about-home=foster-family', '-' for not said; '' for sets without any).
--
-- Kept in the same transaction as the response it counts (db::survey_writer), so it is never
-- behind. The dashboard reads these few thousand rows instead of every answer; the tests check
-- that they equal a recount from survey_answers. question_id '' with value '' counts the
-- responses themselves. Free text is never counted here. Aggregates only: nothing in a row
-- points at a response.
CREATE TABLE survey_tallies (
    round_id TEXT NOT NULL REFERENCES survey_rounds (id),
    band TEXT NOT NULL,
    profile TEXT NOT NULL,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (round_id, band, profile, question_id, value)
);
