-- Bookkeeping for incremental runs: what each seed file was when last processed.
CREATE TABLE IF NOT EXISTS source_files (
    source_path VARCHAR NOT NULL PRIMARY KEY,
    content_sha256 VARCHAR,
    pipeline_version VARCHAR NOT NULL,
    n_documents BIGINT NOT NULL,
    n_rejects BIGINT NOT NULL,
    processed_at TIMESTAMP NOT NULL
);
