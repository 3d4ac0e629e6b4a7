"""A faster drop-in for spaCy's `attribute_ruler`, with the same patterns and output.

The small English model's attribute ruler maps tags to POS and morphology and fixes
exceptions ("'s" is AUX, "gonna" is go + to ...) with 179 token patterns run through
spaCy's `Matcher`. The `Matcher` tries every pattern at every token, which made this
cheap rule table about 12 % of the whole model's time (2.0 s of 17.9 s on 600 Reuters
stories, more than the parser). The patterns are all fixed-length token patterns
without operators, so we index them by an attribute value of their first token (its
`LOWER`, `TAG`, `DEP` or `IS_SPACE`) and test only the few candidates a token can
match. Matches are applied exactly as spaCy applies them (`AttributeRuler.set_annotations`,
sorted by pattern number so later rules win), so the annotations are identical:
tests/unit/test_attributes.py compares both rulers token by token, and
`make bench` repeats the comparison on a sample of each corpus.

Patterns this index cannot evaluate (operators, other attributes) make the component
fall back to spaCy's own matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# token attributes our evaluator reads, in the order of the per-token tuple
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_INDEX_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")
_ARRAY_ATTRS = ["LOWER", "TAG", "DEP", "IS_SPACE"]
_CACHE_LIMIT = 200_000  # token kinds (lower, tag, dep, space) remembered, about 60 MB at most

Test = Callable[[tuple], bool]


def _value_test(position: int, value: object) -> Test | None:
    """A predicate over the token tuple for one attribute constraint, or None when
    the constraint uses something we do not evaluate."""
    if isinstance(value, (str, bool)):
        return lambda t: t[position] == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()  # fmt: skip
        if op == "IN":
            members = frozenset(arg)
            return lambda t: t[position] in members
        if op == "NOT_IN":
            members = frozenset(arg)
            return lambda t: t[position] not in members
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return lambda t: search(t[position]) is not None
    return None


def _token_test(spec: dict) -> Test | None:
    tests = []
    for key, value in spec.items():
        if key not in _ATTRS:
            return None
        test = _value_test(_ATTRS.index(key), value)
        if test is None:
            return None
        tests.append(test)
    return lambda t: all(test(t) for test in tests)


def _index_keys(spec: dict) -> list[tuple[str, object]] | None:
    """Values of the first token under which the pattern is filed (None: test it at
    every token)."""
    for key in _INDEX_ORDER:
        value = spec.get(key)
        if isinstance(value, (str, bool)):
            return [(key, value)]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(key, member) for member in value["IN"]]
    return None


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with indexed matching (see the module docstring)."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self._reset_index()

    def _reset_index(self) -> None:
        # first-token value -> patterns (None: patterns to try at every token); one-token
        # patterns and longer ones apart, as the one-token results are cached per token kind
        self._index: dict[tuple[str, object] | None, list[tuple[int, int, list[Test]]]] = {}
        self._longer: dict[tuple[str, object] | None, list[tuple[int, int, list[Test]]]] = {}
        self._cache: dict[tuple, tuple] = {}
        self._exact = True

    def clear(self) -> None:
        super().clear()
        self._reset_index()

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        attr_id = len(self.attrs) - 1
        match_id = self.vocab.strings[str(attr_id)]
        for pattern in patterns:
            tests = [_token_test(spec) for spec in pattern]
            if not pattern or any(t is None for t in tests):
                self._exact = False
                continue
            entry = (attr_id, match_id, tests)
            index = self._index if len(tests) == 1 else self._longer
            for key in _index_keys(pattern[0]) or [None]:
                index.setdefault(key, []).append(entry)
        self._cache.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if not self._exact:
            return super().match(doc)
        strings, cache = self.vocab.strings, self._cache
        tokens, found, longer = [], [], []
        for start, key in enumerate(map(tuple, doc.to_array(_ARRAY_ATTRS).tolist())):
            kind = cache.get(key)
            if kind is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                values = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
                kind = cache[key] = (values, *self._first_token_matches(values))
            values, single, starts = kind
            tokens.append(values)
            for attr_id, match_id in single:
                found.append((attr_id, match_id, start, start + 1))
            if starts:
                longer.append((start, starts))
        n = len(tokens)
        for start, starts in longer:
            for attr_id, match_id, tests in starts:
                end = start + len(tests)
                if end <= n and all(tests[k](tokens[start + k]) for k in range(1, len(tests))):
                    found.append((attr_id, match_id, start, end))
        return sorted(set(found))

    def _first_token_matches(self, values: tuple) -> tuple[tuple, tuple]:
        """For a token with these attribute values: the one-token patterns it matches and
        the longer patterns whose first token it matches (both depend on nothing else)."""
        single = {(attr_id, match_id) for attr_id, match_id, tests in self._candidates(values, self._index)
                  if tests[0](values)}  # fmt: skip
        starts = [entry for entry in self._candidates(values, self._longer) if entry[2][0](values)]
        return tuple(sorted(single)), tuple(starts)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """As spaCy's, without building a Span per match (the token is found by index)."""
        n = len(doc)
        for attr_id, _match_id, start, end in matches:
            index = self.indices[attr_id]
            position = (start if index >= 0 else end) + index
            if not start <= position < end or position >= n:
                return super().set_annotations(doc, matches)  # spaCy raises its own error
            set_token_attrs(doc[position], self.attrs[attr_id])

    @staticmethod
    def _candidates(values: tuple, index: dict) -> list:
        out = [*index.get(None, ())]
        for key, value in zip(_INDEX_ORDER, values, strict=True):
            out.extend(index.get((key, value), ()))
        return out


@Language.factory("indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def use_indexed_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler by the indexed one, with the same patterns."""
    stock = nlp.get_pipe(name)
    patterns = stock.patterns  # type: ignore[attr-defined]
    ruler = nlp.replace_pipe(name, "indexed_attribute_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
