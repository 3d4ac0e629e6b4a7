-- Global: one row per real-world referent across all documents.
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR NOT NULL PRIMARY KEY,
    canonical_name VARCHAR NOT NULL,
    entity_type VARCHAR NOT NULL,
    country_code VARCHAR,
    role VARCHAR
);
