-- Entities with how often and where they are mentioned; surname-only entities linked
-- through entity_links count towards the full name and are not listed themselves.
CREATE OR REPLACE VIEW v_entities AS
WITH resolved AS (
    SELECT m.doc_id, coalesce(l.linked_entity_id, m.entity_id) AS entity_id
    FROM mentions m
    LEFT JOIN entity_links l USING (entity_id)
    WHERE m.entity_id IS NOT NULL
)
SELECT e.entity_id, e.canonical_name, e.entity_type, e.country_code, e.role,
       count(DISTINCT r.doc_id) AS n_docs,
       count(r.doc_id) AS n_mentions
FROM entities e
LEFT JOIN resolved r USING (entity_id)
WHERE e.entity_id NOT IN (SELECT entity_id FROM entity_links)
GROUP BY ALL;
