-- Events coded in PLOVER (with the CAMEO root); trigger offsets index documents.text.
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR NOT NULL,
    event_idx BIGINT NOT NULL,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo_root VARCHAR NOT NULL,
    trigger VARCHAR NOT NULL,
    trigger_start BIGINT NOT NULL,
    trigger_end BIGINT NOT NULL,
    sent_idx BIGINT NOT NULL,
    negated BOOLEAN NOT NULL,
    modality VARCHAR NOT NULL,
    event_date DATE,
    date_text VARCHAR,
    date_granularity VARCHAR,
    confidence DOUBLE NOT NULL,
    n_mentions BIGINT NOT NULL,
    PRIMARY KEY (doc_id, event_idx)
);
