CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR NOT NULL,
    sent_idx BIGINT NOT NULL,
    paragraph_idx BIGINT NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    n_tokens BIGINT NOT NULL,
    PRIMARY KEY (doc_id, sent_idx)
);
