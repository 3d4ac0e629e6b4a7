-- Entities with how often and where they are mentioned.
CREATE OR REPLACE VIEW v_entities AS
SELECT e.entity_id, e.canonical_name, e.entity_type, e.country_code, e.role,
       count(DISTINCT m.doc_id) AS n_docs,
       count(m.doc_id) AS n_mentions
FROM entities e
LEFT JOIN mentions m USING (entity_id)
GROUP BY ALL;
