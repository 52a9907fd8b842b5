-- Casework: complaints and representations, advocacy requests, compliments, their events,
-- and the mail outbox. Every free-text and contact field is sealed (encrypted) by the app
-- before it reaches the database; columns ending in _sealed never hold plain text.

CREATE TABLE complaints (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    reference TEXT NOT NULL UNIQUE,
    tracking_hash TEXT NOT NULL,
    tracking_sealed TEXT NOT NULL,
    form_id TEXT NOT NULL UNIQUE,
    received_day TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    who TEXT NOT NULL,              -- child, care-leaver, parent, carer, other
    on_behalf INTEGER NOT NULL,     -- 1 when an adult complains for a child
    child_agrees INTEGER NOT NULL,  -- the adult confirmed the child agrees
    topic TEXT NOT NULL,
    wants_advocate TEXT NOT NULL,   -- yes, no, not-sure
    reply_by TEXT NOT NULL,         -- phone, email, worker, none
    representation INTEGER NOT NULL, -- 1 when no reply is wanted: recorded, cannot be answered
    name_sealed TEXT,
    contact_sealed TEXT,
    body_sealed TEXT NOT NULL,
    remedy_sealed TEXT,
    stage TEXT NOT NULL,
    waiting TEXT NOT NULL,
    due_day TEXT,
    paused INTEGER NOT NULL DEFAULT 0,
    outcome TEXT,
    assigned_to TEXT REFERENCES staff_users (id),
    advocate_status TEXT NOT NULL DEFAULT 'none'
);
CREATE INDEX complaints_org_stage ON complaints (organisation_id, stage, due_day);

CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    case_kind TEXT NOT NULL,        -- complaint, advocacy
    case_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    day TEXT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT,                     -- a small coded value (outcome, days): never free text
    actor_id TEXT,                  -- staff id; NULL when the young person acted
    text_sealed TEXT,
    UNIQUE (case_kind, case_id, seq)
);

CREATE TABLE advocacy_requests (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    reference TEXT NOT NULL UNIQUE,
    form_id TEXT NOT NULL UNIQUE,
    complaint_id TEXT REFERENCES complaints (id),
    received_day TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    name_sealed TEXT NOT NULL,
    contact_sealed TEXT NOT NULL,
    about_sealed TEXT,
    status TEXT NOT NULL,           -- new, referred, contact-made, closed
    outcome TEXT
);

CREATE TABLE compliments (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    form_id TEXT NOT NULL UNIQUE,
    received_day TEXT NOT NULL,
    about TEXT NOT NULL,
    text_sealed TEXT NOT NULL,
    name_sealed TEXT
);

-- Mail to staff. A job is claimed (claimed_by, claimed_until) so that two app instances never
-- send the same message; a failure is retried with a growing wait.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    dedupe_key TEXT NOT NULL UNIQUE,
    recipient_id TEXT NOT NULL REFERENCES staff_users (id),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_by TEXT,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Local closure days an administrator adds to the bank-holiday calendar.
CREATE TABLE closure_days (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    day TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (organisation_id, day)
);
