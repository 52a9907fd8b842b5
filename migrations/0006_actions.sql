-- "You said, we did": the action log staff keep, linked to the results that prompted it, and
-- what is published back to young people (with translations staff add).
CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    outcome TEXT NOT NULL,
    said TEXT NOT NULL,
    action TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_day TEXT,
    status TEXT NOT NULL,
    evidence TEXT,
    published INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX actions_org ON actions (organisation_id, published);

CREATE TABLE action_translations (
    action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    said TEXT NOT NULL,
    action TEXT NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (action_id, locale)
);
