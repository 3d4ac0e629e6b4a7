-- Sentences with their text (offsets are 0-based, end-exclusive; substr is 1-based).
CREATE OR REPLACE VIEW v_sentences AS
SELECT s.doc_id, s.sent_idx, s.paragraph_idx, s.start_char, s.end_char,
       substr(d.text, s.start_char + 1, s.end_char - s.start_char) AS sentence
FROM sentences s
JOIN documents d USING (doc_id);
