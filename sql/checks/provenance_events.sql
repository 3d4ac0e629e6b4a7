-- Event triggers and arguments whose text differs from the document text at their offsets.
SELECT e.doc_id, e.event_idx
FROM events e JOIN documents d USING (doc_id)
WHERE substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger
UNION ALL
SELECT a.doc_id, a.event_idx
FROM event_arguments a JOIN documents d USING (doc_id)
WHERE substr(d.text, a.start_char + 1, a.end_char - a.start_char) <> a.text;
