-- Quotes with the speaker's canonical name and the document's title.
CREATE OR REPLACE VIEW v_quotes AS
SELECT q.doc_id, d.source_path, d.title, q.quote_idx, q.kind, q.text,
       e.canonical_name AS speaker, q.speaker_entity_id, q.speaker_text,
       q.cue, q.cue_lemma, q.method, q.confidence
FROM quotes q
JOIN documents d USING (doc_id)
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id;
