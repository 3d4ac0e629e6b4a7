"""Property tests: arbitrary input never raises and always yields valid offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.entities import extract_entities
from pipeline.extract.sentences import extract_sentences
from pipeline.parse import parse_bytes

TEXTISH = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_parser_never_raises_on_bytes(data: bytes):
    docs, rejects = parse_bytes(data, "x.txt")
    assert len(docs) + len(rejects) >= 1
    for doc in docs:
        for start, end in doc.paragraphs:
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end].strip() == doc.text[start:end]


@settings(max_examples=200, deadline=None)
@given(TEXTISH, st.sampled_from(["a.txt", "a.json", "a.jsonl"]))
def test_parser_never_raises_on_text(text: str, name: str):
    docs, rejects = parse_bytes(text.encode("utf-8"), name)
    assert len(docs) + len(rejects) >= 1
    for doc in docs:
        assert doc.text and all(0 <= s < e <= len(doc.text) for s, e in doc.paragraphs)


WORDS = st.lists(
    st.sampled_from(["He", "said", "“", "”", "\"", "'", "Putin", "Angela Merkel", "the",
                     "president", "of", "Belarus", "SCO", ",", ".", "\n\n", "‘", "’s",
                     "UN", "(", ")", "she", "leader", "Minsk", "Türkiye", "—", ":"]),
    max_size=60,
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(WORDS)
def test_extractors_yield_valid_offsets(nlp, words: list[str]):
    text = " ".join(words)
    doc = nlp(text)
    for sentence in extract_sentences(doc, [(0, len(text))] if text else []):
        assert 0 <= sentence.start_char < sentence.end_char <= len(text)
    result = extract_entities(doc)
    for m in result.mentions:
        assert text[m.start_char : m.end_char] == m.text and m.text


QUOTE_WORDS = st.lists(
    st.sampled_from(["“", "”", "„", "«", "»", "‘", "’", "\"", "'", "he", "said", "Smith",
                     "we", "don’t", "Belarus’", ",", ".", ":", "—", "\n\n", "according",
                     "to", "that", "the", "minister", "stressed", "importance"]),
    max_size=50,
)  # fmt: skip


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(QUOTE_WORDS)
def test_quote_extractor_never_raises_and_offsets_hold(nlp, words: list[str]):
    from pipeline.extract.quotes import extract_quotes

    text = " ".join(words)
    doc = nlp(text)
    paragraphs, position = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((position, position + len(part)))
        position += len(part) + 2
    for q in extract_quotes(doc, extract_entities(doc).mentions, paragraphs):
        assert 0 <= q.start_char < q.end_char <= len(text)
        assert text[q.start_char : q.end_char] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
