-- Mentions with the canonical entity they resolve to.
CREATE OR REPLACE VIEW v_mentions AS
SELECT m.doc_id, m.mention_idx, m.text, m.mention_kind, m.resolution, m.sent_idx,
       m.start_char, m.end_char, m.entity_id, e.canonical_name, e.entity_type,
       e.country_code
FROM mentions m
LEFT JOIN entities e USING (entity_id);
