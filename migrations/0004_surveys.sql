-- Surveys: versioned question sets, rounds, drafts behind a resume code, anonymous
-- responses, and the separate "please contact me" requests.
--
-- Anonymous by construction: no table here holds an IP address, a user agent, a cookie id
-- that outlives the draft, or a time finer than a day (dates are ISO 'YYYY-MM-DD' text).

-- A question set as loaded from content/surveys/*.toml: immutable once stored; a changed
-- set gets a new version (and so a new id, '{band}-v{version}').
CREATE TABLE survey_sets (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    band TEXT NOT NULL,
    version BIGINT NOT NULL,
    definition TEXT NOT NULL,
    loaded_on TEXT NOT NULL,
    UNIQUE (organisation_id, band, version)
);

CREATE TABLE survey_rounds (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    closed_early INTEGER NOT NULL DEFAULT 0,
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_on TEXT NOT NULL
);
CREATE INDEX survey_rounds_org ON survey_rounds (organisation_id, closes_on);

-- The age bands a round asks, each pinned to the question set it opened with.
CREATE TABLE survey_round_bands (
    round_id TEXT NOT NULL REFERENCES survey_rounds (id),
    band TEXT NOT NULL,
    set_id TEXT NOT NULL REFERENCES survey_sets (id),
    invited BIGINT,
    PRIMARY KEY (round_id, band)
);

-- A survey in progress. The browser holds a random token in a short-lived cookie; only its
-- hash is stored. `answers` is sealed (encrypted) JSON. Deleted on submit or expiry.
CREATE TABLE survey_drafts (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    round_id TEXT NOT NULL REFERENCES survey_rounds (id),
    band TEXT NOT NULL,
    set_id TEXT NOT NULL REFERENCES survey_sets (id),
    helped_by TEXT,
    answers TEXT NOT NULL,
    resume_hash TEXT UNIQUE,
    expires_on TEXT NOT NULL
);
CREATE INDEX survey_drafts_expiry ON survey_drafts (expires_on);

-- "This draft was sent": lets a retried or double-clicked send show the confirmation
-- without storing a second response. Holds nothing that points at the response.
CREATE TABLE survey_sent_drafts (
    token_hash TEXT PRIMARY KEY,
    expires_on TEXT NOT NULL
);

-- A sent survey: the round, the age band, at most the day, and whether an adult helped
-- (4 to 7). Nothing about the browser or the person.
CREATE TABLE survey_responses (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    round_id TEXT NOT NULL REFERENCES survey_rounds (id),
    band TEXT NOT NULL,
    set_id TEXT NOT NULL REFERENCES survey_sets (id),
    submitted_on TEXT NOT NULL,
    helped_by TEXT
);
CREATE INDEX survey_responses_round ON survey_responses (round_id, band);

-- One row per answered question. `value` is an option id, a number 0-10, or sealed free
-- text; NULL with prefer_not = 1 for "I'd rather not say". Skipped questions have no row.
CREATE TABLE survey_answers (
    response_id TEXT NOT NULL REFERENCES survey_responses (id),
    question_id TEXT NOT NULL,
    value TEXT,
    prefer_not INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (response_id, question_id)
);

-- "I want someone to contact me": casework, never linked to a survey response. Every
-- field a young person typed is sealed with the data key.
CREATE TABLE contact_requests (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    received_on TEXT NOT NULL,
    name TEXT NOT NULL,
    reach TEXT NOT NULL,
    safe_time TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new'
);
CREATE INDEX contact_requests_org ON contact_requests (organisation_id, status, received_on);
