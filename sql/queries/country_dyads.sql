-- Country-to-country interactions per PLOVER type (asserted, not negated), as with GDELT.
SELECT actor_country, target_country, event_type, n_events
FROM v_event_dyads
ORDER BY n_events DESC, actor_country, target_country, event_type;
