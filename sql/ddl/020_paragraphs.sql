CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id VARCHAR NOT NULL,
    paragraph_idx BIGINT NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    PRIMARY KEY (doc_id, paragraph_idx)
);
