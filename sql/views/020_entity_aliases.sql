-- Every surface form seen for an entity (after cross-document surname links), with its count.
CREATE OR REPLACE VIEW entity_aliases AS
SELECT coalesce(l.linked_entity_id, m.entity_id) AS entity_id, m.text AS alias,
       m.mention_kind, count(*) AS n
FROM mentions m
LEFT JOIN entity_links l USING (entity_id)
WHERE m.entity_id IS NOT NULL
GROUP BY ALL;
