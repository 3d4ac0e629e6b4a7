CREATE TABLE IF NOT EXISTS rejects (
    source_path VARCHAR NOT NULL,
    content_sha256 VARCHAR,
    reason VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL
);
