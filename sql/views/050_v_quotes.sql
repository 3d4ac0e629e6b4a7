-- Quotes with the speaker's canonical name (after cross-document surname links) and the
-- document's title.
CREATE OR REPLACE VIEW v_quotes AS
SELECT q.doc_id, d.source_path, d.title, q.quote_idx, q.kind, q.text,
       e.canonical_name AS speaker,
       coalesce(l.linked_entity_id, q.speaker_entity_id) AS speaker_entity_id,
       q.speaker_text, q.cue, q.cue_lemma, q.method, q.confidence
FROM quotes q
JOIN documents d USING (doc_id)
LEFT JOIN entity_links l ON l.entity_id = q.speaker_entity_id
LEFT JOIN entities e ON e.entity_id = coalesce(l.linked_entity_id, q.speaker_entity_id);
