-- Mentions with the canonical entity they resolve to (after cross-document surname links).
CREATE OR REPLACE VIEW v_mentions AS
SELECT m.doc_id, m.mention_idx, m.text, m.mention_kind, m.resolution, m.sent_idx,
       m.start_char, m.end_char, m.entity_id AS document_entity_id,
       coalesce(l.linked_entity_id, m.entity_id) AS entity_id,
       e.canonical_name, e.entity_type, e.country_code
FROM mentions m
LEFT JOIN entity_links l USING (entity_id)
LEFT JOIN entities e ON e.entity_id = coalesce(l.linked_entity_id, m.entity_id);
