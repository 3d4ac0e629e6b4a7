-- Event arguments or mentions without their event, events without their document,
-- arguments pointing at a missing entity.
SELECT a.doc_id, a.event_idx
FROM event_arguments a
LEFT JOIN events e USING (doc_id, event_idx)
LEFT JOIN entities n ON n.entity_id = a.entity_id
WHERE e.doc_id IS NULL OR (a.entity_id IS NOT NULL AND n.entity_id IS NULL)
UNION ALL
SELECT m.doc_id, m.event_idx
FROM event_mentions m LEFT JOIN events e USING (doc_id, event_idx) WHERE e.doc_id IS NULL
UNION ALL
SELECT e.doc_id, e.event_idx FROM events e LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL;
