-- Quotes whose content, speaker or cue text differs from the document text at its offsets.
SELECT q.doc_id, q.quote_idx
FROM quotes q JOIN documents d USING (doc_id)
WHERE substr(d.text, q.start_char + 1, q.end_char - q.start_char) <> q.text
   OR (q.speaker_start IS NOT NULL
       AND substr(d.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) <> q.speaker_text)
   OR (q.cue_start IS NOT NULL
       AND substr(d.text, q.cue_start + 1, q.cue_end - q.cue_start) <> q.cue);
