-- Mentions pointing at a missing document or entity.
SELECT m.doc_id, m.mention_idx
FROM mentions m
LEFT JOIN documents d USING (doc_id)
LEFT JOIN entities e USING (entity_id)
WHERE d.doc_id IS NULL OR (m.entity_id IS NOT NULL AND e.entity_id IS NULL);
