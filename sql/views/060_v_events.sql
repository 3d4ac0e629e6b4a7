-- One row per actor-target pair of each event (reciprocal events with several actors and
-- no target pair the actors with each other); place, date and the sentence beside it.
CREATE OR REPLACE VIEW v_events AS
WITH actors AS (
    SELECT doc_id, event_idx, arg_idx, entity_id, text, country_code
    FROM event_arguments WHERE role = 'actor'
),
targets AS (
    SELECT doc_id, event_idx, entity_id, text, country_code FROM event_arguments WHERE role = 'target'
),
untargeted AS (  -- events with no target: their actors act on each other (reciprocal)
    SELECT doc_id, event_idx, count(*) AS n_actors FROM actors a
    WHERE NOT EXISTS (SELECT 1 FROM targets t WHERE t.doc_id = a.doc_id AND t.event_idx = a.event_idx)
    GROUP BY ALL
),
pairs AS (
    SELECT a.doc_id, a.event_idx, a.entity_id AS actor_id, a.text AS actor_text,
           a.country_code AS actor_country, t.entity_id AS target_id, t.text AS target_text,
           t.country_code AS target_country
    FROM actors a JOIN targets t USING (doc_id, event_idx)
    UNION ALL
    SELECT a.doc_id, a.event_idx, a.entity_id, a.text, a.country_code, b.entity_id, b.text,
           b.country_code
    FROM actors a
    JOIN actors b ON b.doc_id = a.doc_id AND b.event_idx = a.event_idx AND b.arg_idx <> a.arg_idx
    JOIN untargeted u ON u.doc_id = a.doc_id AND u.event_idx = a.event_idx
    UNION ALL
    SELECT a.doc_id, a.event_idx, a.entity_id, a.text, a.country_code, NULL, NULL, NULL
    FROM actors a
    JOIN untargeted u ON u.doc_id = a.doc_id AND u.event_idx = a.event_idx AND u.n_actors = 1
),
places AS (
    SELECT doc_id, event_idx, min(text) AS location FROM event_arguments
    WHERE role = 'location' GROUP BY ALL
)
SELECT e.doc_id, e.event_idx, e.event_type, e.mode, e.cameo_root,
       coalesce(ea.canonical_name, p.actor_text) AS actor, p.actor_country,
       coalesce(et.canonical_name, p.target_text) AS target, p.target_country,
       pl.location, e.event_date, e.date_text, e.trigger, e.negated, e.modality,
       substr(d.text, s.start_char + 1, s.end_char - s.start_char) AS sentence
FROM events e
JOIN documents d USING (doc_id)
LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.sent_idx = e.sent_idx
LEFT JOIN pairs p ON p.doc_id = e.doc_id AND p.event_idx = e.event_idx
LEFT JOIN places pl ON pl.doc_id = e.doc_id AND pl.event_idx = e.event_idx
LEFT JOIN entities ea ON ea.entity_id = p.actor_id
LEFT JOIN entities et ON et.entity_id = p.target_id;
