CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR NOT NULL,
    mention_idx BIGINT NOT NULL,
    entity_id VARCHAR,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    text VARCHAR NOT NULL,
    mention_kind VARCHAR NOT NULL,
    sent_idx BIGINT NOT NULL,
    entity_type VARCHAR NOT NULL,
    resolution VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, mention_idx)
);
