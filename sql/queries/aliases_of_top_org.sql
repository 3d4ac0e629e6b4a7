-- Every surface form of the most mentioned organisation ("the organization", "SCO", ...).
SELECT alias, n
FROM entity_aliases
WHERE entity_id = (SELECT entity_id FROM v_entities WHERE entity_type = 'ORG'
                   ORDER BY n_mentions DESC, entity_id LIMIT 1)
ORDER BY n DESC, alias;
