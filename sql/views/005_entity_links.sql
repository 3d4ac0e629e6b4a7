-- Surname-only people linked across documents to the one full name in the corpus that
-- ends with that surname; no link when two or more full names share it (ambiguous).
-- A view, so links always reflect the corpus as it is now (incremental loads included).
CREATE OR REPLACE VIEW entity_links AS
WITH surnames AS (
    SELECT entity_id, canonical_name AS surname
    FROM entities
    WHERE entity_type = 'PERSON' AND canonical_name NOT LIKE '% %'
),
full_names AS (
    SELECT entity_id, regexp_extract(canonical_name, '(\S+)$', 1) AS surname
    FROM entities
    WHERE entity_type = 'PERSON' AND canonical_name LIKE '% %'
      AND canonical_name NOT LIKE '% of %'  -- role entities ("President of China")
)
SELECT s.entity_id, min(f.entity_id) AS linked_entity_id
FROM surnames s
JOIN full_names f USING (surname)
GROUP BY s.entity_id
HAVING count(DISTINCT f.entity_id) = 1;
