-- The most mentioned people, organisations and places across the corpus.
SELECT canonical_name, entity_type, country_code, n_docs, n_mentions
FROM v_entities
ORDER BY n_docs DESC, n_mentions DESC, canonical_name
LIMIT 20;
