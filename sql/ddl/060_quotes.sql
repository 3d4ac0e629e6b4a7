-- Quotations: text is the content without quote marks; speaker_* and cue_* are optional
-- spans; all offsets index documents.text.
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR NOT NULL,
    quote_idx BIGINT NOT NULL,
    kind VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    speaker_entity_id VARCHAR,
    speaker_text VARCHAR,
    speaker_start BIGINT,
    speaker_end BIGINT,
    cue VARCHAR,
    cue_lemma VARCHAR,
    cue_start BIGINT,
    cue_end BIGINT,
    method VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    closed BOOLEAN NOT NULL,
    sent_idx BIGINT NOT NULL,
    PRIMARY KEY (doc_id, quote_idx)
);
