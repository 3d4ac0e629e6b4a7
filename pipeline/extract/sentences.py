"""Sentences of a parsed Doc, with the paragraph each falls in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from pipeline.extract.records import SentenceRecord


def trimmed_bounds(span: Span) -> tuple[int, int] | None:
    """Character bounds of a span without leading/trailing whitespace tokens."""
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def extract_sentences(doc: Doc, paragraphs: Sequence[tuple[int, int]]) -> Iterator[SentenceRecord]:
    """One record per non-blank sentence; `paragraph_idx` is the paragraph holding the
    sentence's first character (0 when the document has no paragraph spans)."""
    starts = [start for start, _ in paragraphs]
    sent_idx = 0
    for sent in doc.sents:
        bounds = trimmed_bounds(sent)
        if bounds is None:
            continue
        start, end = bounds
        paragraph_idx = max(bisect_right(starts, start) - 1, 0)
        n_tokens = sum(1 for t in sent if not t.is_space)
        yield SentenceRecord(sent_idx, paragraph_idx, start, end, n_tokens)
        sent_idx += 1


_SENTENCE_INDEX = "news_pipeline.sentence_index"
_TEXT = "news_pipeline.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy re-joins every token on each access, which
    cost more than some extractors when every extractor read it."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


def sentence_index(doc: Doc) -> tuple[int, ...]:
    """Sentence number (as in `extract_sentences`) of every token; whitespace-only
    sentences are not counted, their tokens get the previous sentence's number. Computed
    once per Doc (kept in `doc.user_data`, like `doc_text`); every extractor reads the same
    tuple."""
    cached = doc.user_data.get(_SENTENCE_INDEX)
    if cached is None or len(cached) != len(doc):  # recomputed after a retokenization
        cached = doc.user_data[_SENTENCE_INDEX] = _sentence_numbers(doc)
    return cached


def _sentence_numbers(doc: Doc) -> tuple[int, ...]:
    index = [0] * len(doc)
    current = -1
    for sent in doc.sents:
        if any(not t.is_space for t in sent):
            current += 1
        for token in sent:
            index[token.i] = max(current, 0)
    return tuple(index)
