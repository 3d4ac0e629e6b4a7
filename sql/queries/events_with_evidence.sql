-- Each event with every place in its article that reports it (first mention, repeats,
-- casualty tolls), with the sentence of each.
SELECT e.doc_id, e.event_idx, e.event_type, e.mode, e.modality, m.relation, m.trigger, s.sentence
FROM events e
JOIN event_mentions m USING (doc_id, event_idx)
JOIN v_sentences s ON s.doc_id = m.doc_id AND s.sent_idx = m.sent_idx
ORDER BY e.doc_id, e.event_idx, m.mention_idx;
