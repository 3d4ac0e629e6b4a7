-- Mentions of places (GPE), with the canonical name they resolve to.
SELECT count(*) AS n_mentions, count(DISTINCT entity_id) AS n_places
FROM v_mentions
WHERE entity_type = 'GPE';
