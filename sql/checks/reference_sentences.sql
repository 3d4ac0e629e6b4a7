-- Sentences and paragraphs of a missing document.
SELECT s.doc_id FROM sentences s LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL
UNION ALL
SELECT p.doc_id FROM paragraphs p LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL;
