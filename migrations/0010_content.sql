-- Content as data (issue 5): the Pledge, the Care Leavers Charter, rights, entitlements,
-- milestones and the glossary, versioned. `data` is the item's JSON (its text per language,
-- each block flagged `reviewed` when a native speaker has checked it). A staff editor adds
-- versions as drafts and publishes them; pages show the newest published version.
-- Numbered 0010 so that it cannot collide with migrations being written in parallel.
CREATE TABLE content_items (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    position BIGINT NOT NULL,
    data TEXT NOT NULL,
    source TEXT NOT NULL,
    review_date TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, kind, item_id, version)
);
CREATE INDEX content_items_status ON content_items (organisation_id, kind, status);

-- "Is this happening for you?": one row per anonymous answer. On purpose there is no id, no
-- IP address, no user agent and no time finer than the day (YYYY-MM-DD, UTC).
CREATE TABLE promise_checks (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    promise_kind TEXT NOT NULL,
    promise_id TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'sometimes', 'no', 'not-sure')),
    day TEXT NOT NULL
);
CREATE INDEX promise_checks_promise ON promise_checks (organisation_id, promise_kind, promise_id);

-- One-time ids of the answer forms, so that a retried post counts once. Only the day is
-- kept, and ids are purged after a few days. Nothing links an id to an answer.
CREATE TABLE used_form_ids (
    form_id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    day TEXT NOT NULL
);
CREATE INDEX used_form_ids_day ON used_form_ids (day);
