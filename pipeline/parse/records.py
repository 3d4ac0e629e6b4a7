"""Records produced by the parse stage: one `ParsedDocument` per article, one `Reject` per
input that could not become a document. Plain frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ParsedDocument:
    """One article. `text` is the normalized body; every offset in the dataset refers to it.

    `paragraphs` holds (start_char, end_char) pairs into `text`, in order.
    """

    doc_id: str
    source_path: str
    content_sha256: str
    title: str | None
    lede: str | None
    publisher: str | None
    dateline: str | None
    dateline_place: str | None
    dateline_date: str | None
    published_at: datetime | None
    url: str | None
    language: str
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    layout: str
    encoding: str

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Reject:
    """An input that did not become a document, with a machine-readable `reason`
    (e.g. ``empty``, ``binary``, ``not_english``, ``invalid_json``) and a human `detail`."""

    source_path: str
    content_sha256: str | None
    reason: str
    detail: str
