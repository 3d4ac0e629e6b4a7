"""Records the extractors yield. Frozen dataclasses; they become polars frames in exactly one
place (`pipeline.frames`). Offsets are character offsets into the document text,
end-exclusive, so ``text[start_char:end_char]`` is the span."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Quote kinds in which someone said something (the others are views, plans and titles);
# `pipeline.schemas` builds the table's allowed kinds from it.
SPEECH_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class SentenceRecord:
    sent_idx: int
    paragraph_idx: int
    start_char: int
    end_char: int
    n_tokens: int


@dataclass(frozen=True)
class EntityRecord:
    """A real-world referent. `entity_id` is deterministic (type + canonical name), so the
    same person gets the same id in every document."""

    entity_id: str
    canonical_name: str
    entity_type: str
    country_code: str | None
    role: str | None = None


@dataclass(frozen=True)
class MentionRecord:
    """One place where a document refers to an entity. `entity_id` is None only for
    pronouns whose antecedent is ambiguous. `kind`: name, acronym, nominal, pronoun, role."""

    mention_idx: int
    entity_id: str | None
    start_char: int
    end_char: int
    text: str
    mention_kind: str
    sent_idx: int
    entity_type: str
    resolution: str


def slugify(text: str) -> str:
    """'Aleksandr Lukashenko' -> 'aleksandr-lukashenko'; letters beyond ASCII are kept
    (NFC, lower case) so that distinct names never collide after transliteration."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"['’`]", "", text)
    return re.sub(r"[^\w]+", "-", text).strip("-") or "x"


def make_entity_id(entity_type: str, canonical_name: str) -> str:
    """Deterministic key from type and canonical name: ``person:aleksandr-lukashenko``."""
    return f"{entity_type.lower()}:{slugify(canonical_name)}"
