-- Quotes of a missing document or attributed to a missing entity.
SELECT q.doc_id, q.quote_idx
FROM quotes q
LEFT JOIN documents d USING (doc_id)
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
WHERE d.doc_id IS NULL OR (q.speaker_entity_id IS NOT NULL AND e.entity_id IS NULL);
