-- Event triggers, arguments and mentions whose text differs from the document text at
-- their offsets.
SELECT e.doc_id, e.event_idx
FROM events e JOIN documents d USING (doc_id)
WHERE substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger
UNION ALL
SELECT a.doc_id, a.event_idx
FROM event_arguments a JOIN documents d USING (doc_id)
WHERE substr(d.text, a.start_char + 1, a.end_char - a.start_char) <> a.text
UNION ALL
SELECT m.doc_id, m.event_idx
FROM event_mentions m JOIN documents d USING (doc_id)
WHERE substr(d.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) <> m.trigger;
