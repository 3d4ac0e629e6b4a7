"""Dependency-parse helpers shared by the quote and event extractors."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.extract.records import MentionRecord


def grammatical_subject(verb: Token) -> Token | None:
    """The subject of a verb: nsubj/nsubjpass, the passive agent ("was said by X"), or the
    subject of the verb it is conjoined to ("He smiled and said …") or continued by a
    participle ("Clinton mocked it, saying …")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1 and subjects[0].tag_ in {"WP", "WDT"}:
        return subjects[1]  # "Jeb Bush, who Trump had derided as …": "who" is the object
    if subjects:
        return subjects[0]
    aged = misparsed_age(verb) or misparsed_name(verb)
    if aged is not None:
        return aged
    agent = passive_agent(verb)
    if agent is not None:
        return agent
    if (
        verb.dep_ in {"conj", "advcl", "xcomp"}
        and verb.head.pos_ in {"VERB", "AUX"}
        and (verb.dep_ == "conj" or verb.tag_ == "VBG")
    ):
        return grammatical_subject(verb.head)
    return None


def aged(token: Token) -> bool:
    """The word "old" of "N-year-old", which stands for the person it describes ("the
    28-year-old said", "The confident 23-year-old is undaunted")."""
    return token.lower_ == "old" and any(t.lower_ == "year" for t in token.lefts)


def misparsed_age(verb: Token) -> Token | None:
    """ "“…,” the 28-year-old said": the parse can hang "the" and "28-year-old" on the verb
    (det, amod) and give it no subject; the word "old" then stands for the subject."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if aged(before) and before.dep_ == "amod" and before.head.i == verb.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):  # fmt: skip
        return before
    return None


def misparsed_name(verb: Token) -> Token | None:
    """ "Black Lives Matter issued a statement": a name right before a verb that has no
    subject, which the parse hung on the verb as a modifier, is its subject."""
    if verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if (before.pos_ == "PROPN" and before.is_title and before.head.i == verb.i
            and before.dep_ in {"advmod", "npadvmod", "dep"} and verb.pos_ == "VERB"
            and before.ent_type_ not in {"DATE", "TIME", "EVENT"}):  # fmt: skip
        # (not a date: "voters going to the polls on Super Tuesday said")
        return before
    return None


DASHES = frozenset({"-", "–", "—", "--"})


def spaced_dash(token: Token) -> bool:
    """A dash set off by a space before it ("Florian Hamm - Borussia Dortmund's …"), not a
    hyphen inside a word ("right-hand", "Jean-Pierre")."""
    return token.text in DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def noun_across_dash(token: Token) -> Token | None:
    """The subject noun a name modifies across a dash the parse ignored ("Fund manager Florian
    Hamm - Borussia Dortmund's largest investor - said": Hamm → Dortmund → investor); None
    when no dash stands between them or the noun is no subject."""
    head = token
    while head.dep_ in {"compound", "poss"} and head.head.i > head.i:
        head = head.head
    if head is token or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return head if any(spaced_dash(t) for t in token.doc[token.i + 1 : head.i]) else None


def passive_agent(verb: Token) -> Token | None:
    """X in "… was passed by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def conjuncts(token: Token) -> list[Token]:
    """The token and every token conjoined to it ("A, B, C and D" -> [A, B, C, D]).
    The small model often parses such lists as chains of appositions: those count too."""
    out = [token]
    for child in token.children:
        if child.dep_ in {"conj", "appos"}:
            out.extend(conjuncts(child))
    return out


class MentionIndex:
    """Find the entity mention that covers a character offset (mentions sorted once)."""

    def __init__(self, mentions: Sequence[MentionRecord]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start_char, -m.end_char))
        self.starts = [m.start_char for m in self.mentions]
        self.longest = max((m.end_char - m.start_char for m in self.mentions), default=0)

    def covering(self, char: int) -> MentionRecord | None:
        """Smallest mention containing `char`, preferring one resolved to an entity."""
        hits = []
        i = bisect_right(self.starts, char) - 1
        while i >= 0 and self.starts[i] > char - self.longest - 1:
            m = self.mentions[i]
            if m.start_char <= char < m.end_char:
                hits.append(m)
            i -= 1
        if not hits:
            return None
        hits.sort(key=lambda m: (m.entity_id is None, m.end_char - m.start_char))
        return hits[0]

    def inside(self, start: int, end: int) -> list[MentionRecord]:
        """Mentions that lie within [start, end)."""
        lo = bisect_right(self.starts, start - 1)
        out = []
        for m in self.mentions[lo:]:
            if m.start_char >= end:
                break
            if m.end_char <= end:
                out.append(m)
        return out
