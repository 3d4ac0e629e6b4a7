-- Everything one person said, in article order, with the reporting verb and the rule that
-- attributed it (replace the name).
SELECT title, quote_idx, kind, cue, method, confidence, text
FROM v_quotes
WHERE speaker = 'Aleksandr Lukashenko'
ORDER BY doc_id, quote_idx;
