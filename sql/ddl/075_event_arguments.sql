-- Who, to whom, where and when: one row per argument of an event.
CREATE TABLE IF NOT EXISTS event_arguments (
    doc_id VARCHAR NOT NULL,
    event_idx BIGINT NOT NULL,
    arg_idx BIGINT NOT NULL,
    role VARCHAR NOT NULL,
    entity_id VARCHAR,
    text VARCHAR NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    country_code VARCHAR,
    sector VARCHAR,
    PRIMARY KEY (doc_id, event_idx, arg_idx)
);
