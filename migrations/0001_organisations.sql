-- Councils. A single-council install has one row, id 'default'; a national host has many.
-- Every table that belongs to a council carries organisation_id referencing this table.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
