-- Sentences and paragraphs that fall outside their document text.
SELECT s.doc_id, s.sent_idx
FROM sentences s JOIN documents d USING (doc_id)
WHERE s.end_char > length(d.text) OR s.start_char < 0 OR s.start_char >= s.end_char
UNION ALL
SELECT p.doc_id, p.paragraph_idx
FROM paragraphs p JOIN documents d USING (doc_id)
WHERE p.end_char > length(d.text) OR p.start_char < 0 OR p.start_char >= p.end_char;
