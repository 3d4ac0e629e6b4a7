-- Country dyads per event type, counting events that happened (not negated, asserted).
CREATE OR REPLACE VIEW v_event_dyads AS
SELECT actor_country, target_country, event_type, count(DISTINCT (doc_id, event_idx)) AS n_events
FROM v_events
WHERE actor_country IS NOT NULL AND target_country IS NOT NULL
  AND actor_country <> target_country AND NOT negated AND modality = 'asserted'
GROUP BY ALL;
