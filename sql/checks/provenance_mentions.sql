-- Mentions whose stored text differs from the document text at their offsets.
SELECT m.doc_id, m.mention_idx
FROM mentions m JOIN documents d USING (doc_id)
WHERE substr(d.text, m.start_char + 1, m.end_char - m.start_char) <> m.text
   OR m.end_char > length(d.text) OR m.start_char < 0;
