-- Who is quoted most (direct, indirect and mixed quotes), by canonical speaker.
SELECT speaker, count(*) AS n_quotes, count(DISTINCT doc_id) AS n_docs
FROM v_quotes
WHERE speaker IS NOT NULL AND kind IN ('direct', 'indirect', 'mixed')
GROUP BY speaker
ORDER BY n_quotes DESC, speaker
LIMIT 20;
