-- Evidence of each event: every place in the article that reports it. relation: 'first'
-- (the coded trigger), 'repeat' (a re-mention merged into it), 'casualties' (a toll
-- reported beside the clash that caused it). Offsets index documents.text.
CREATE TABLE IF NOT EXISTS event_mentions (
    doc_id VARCHAR NOT NULL,
    event_idx BIGINT NOT NULL,
    mention_idx BIGINT NOT NULL,
    relation VARCHAR NOT NULL,
    trigger VARCHAR NOT NULL,
    trigger_start BIGINT NOT NULL,
    trigger_end BIGINT NOT NULL,
    sent_idx BIGINT NOT NULL,
    PRIMARY KEY (doc_id, event_idx, mention_idx)
);
