-- Every surface form seen for an entity, with its count.
CREATE OR REPLACE VIEW entity_aliases AS
SELECT entity_id, text AS alias, mention_kind, count(*) AS n
FROM mentions
WHERE entity_id IS NOT NULL
GROUP BY ALL;
