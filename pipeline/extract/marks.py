"""Quotation marks in text: the outermost quotations of each paragraph, paragraph-aware.

Pure string scanning, no spaCy: used by the quote layer and by the entity layer (which
must know what lies inside quotation marks). Rules are described in `pipeline.extract.quotes`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_OPEN_CLOSE = {"“": "”", "„": "“”", "«": "»", "‘": "’", '"': '"', "'": "'", "‹": "›"}
_DOUBLE_OPENERS = '“„«"‹'
_MIXED_DOUBLE = {"“": '"', '"': "”"}
_LETTER = re.compile(r"\w")
# Words written with a dropped first letter after an apostrophe ("‘bout", "‘em", "’n’").
_ELISION = re.compile(r"(?:bout|em|til|till|cause|cos|cuz|round|twas|tis|n)(?![\w’'])|n[’'](?=\s)")


@dataclass(frozen=True)
class QuoteSpan:
    """Quote marks found in the text: content [start, end) and the marks' positions."""

    open_char: int  # index of the opening mark
    start: int  # first character of the content
    end: int  # end of the content (index of the closing mark when closed)
    close_char: int | None  # index of the closing mark, None when unclosed
    close_width: int = 1  # 2 for a typewriter '' closing mark

    @property
    def outer_end(self) -> int:
        return self.end + self.close_width if self.close_char is not None else self.end


# -- finding quote marks ------------------------------------------------------------------
def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (don’t), or after a word-final s before a space (Belarus’ )."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _LETTER.match(before) and _LETTER.match(after):
        return True
    if text[i] in "’'" and before in "sS" and not after.isalnum():
        # "Belarus’ accession" vs a closing mark: a closer is usually followed by punctuation
        return after == " " and i + 2 < len(text) and text[i + 2].islower()
    if text[i] in "’'" and not _LETTER.match(before) and after.isdigit():  # ’90s
        return True
    if text[i] in "‘’'" and not _LETTER.match(before) and _ELISION.match(text, i + 1):
        return True  # "how ‘bout", "rock ’n’ roll", "‘til": a letter dropped, no quote
    return False


def _invisible(char: str) -> bool:
    """An invisible format character: a soft hyphen, a direction mark, a joiner."""
    return unicodedata.category(char) == "Cf"


def drop_invisible(text: str) -> str:
    """`text` without invisible format characters."""
    return "".join(c for c in text if not _invisible(c))


def _visible(text: str) -> str:
    """`text` without spaces and invisible format characters."""
    return "".join(c for c in drop_invisible(text) if not c.isspace())


def _can_open(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and _invisible(text[j]):
        j -= 1  # an invisible direction or joiner mark before the quote ("\u202a”This …”")
    before = text[j] if j >= 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/" or j < 0) and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after == _PAIR_MARK:  # the second character of a '' mark
        after = text[i + 2] if i + 2 < len(text) else " "
    if before == " " and i > 1 and after.isspace() and (
            text[i - 2] in ",.?!" or i > 2 and text[i - 2] in "'’" and text[i - 3] in ",.?!"):  # fmt: skip
        # "… coalitions, '' said Mr. Gunnels", "… 'a flight to quality,' " he said": a stray
        # space before the closer (after a nested quote's closer too)
        return True
    if text[i] == "”" and before in ".!?" and after.isupper():
        return True  # "… so do voters!”After his rally": a space lost after the closer
    return not before.isspace() and (not after.isalnum())


_PAIR_MARK = "\x02"  # stands for the second character of a '' or `` mark while scanning
# A transcript's speaker label opening a quote's content ("PENCE: Well, look, …"): such a
# paragraph starts a new voice, it does not continue the quote left open before it.
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):[ \t]+(?=\S)")
# Heading words in capitals that are no speaker label ("NOTE: …").
_NOT_LABELS = frozenset({"NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "CORRECTION",
                         "WATCH", "READ", "READ MORE", "RELATED", "BREAKING", "VIDEO", "PHOTO",
                         "ALSO", "SOURCE", "WARNING", "ABSTRACT", "FULL TEXT"})  # fmt: skip


def transcript_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """A speaker label in capitals at `start` ("PENCE: ", "CHRIS WALLACE: "): group 1 is
    the label, the match ends where the speech starts."""
    match = _TRANSCRIPT_LABEL.match(text, start, end)
    if match is None or match.group(1) in _NOT_LABELS or len(match.group(1)) < 2:
        return None
    return match


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Outermost quotations, in order. Paragraph-aware: see the module docstring.
    Typewriter double marks ('' and ``, common in wire and NYT copy) count as one mark."""
    masked = text.replace("''", '"' + _PAIR_MARK).replace("``", '"' + _PAIR_MARK)
    spans = _find_spans(masked, paragraphs)
    if masked == text:
        return spans
    adjusted = []
    for s in spans:
        start = s.start + 1 if masked[s.start : s.start + 1] == _PAIR_MARK else s.start
        width = 2 if s.close_char is not None and masked[s.end + 1 : s.end + 2] == _PAIR_MARK else 1
        if text[start : s.end].strip():
            adjusted.append(QuoteSpan(s.open_char, start, s.end, s.close_char, width))
    return adjusted


def _find_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    pending: QuoteSpan | None = None  # a quote left open at the end of a paragraph
    for p_start, p_end in paragraphs or [(0, len(text))]:
        opened = _scan_paragraph(text, p_start, p_end)
        if pending is not None:
            if opened and opened[0].open_char == p_start and not transcript_label(
                    text, opened[0].start, opened[0].end):  # fmt: skip
                first = opened.pop(0)
                pending = QuoteSpan(pending.open_char, pending.start, first.end, first.close_char)
                if first.close_char is None:
                    continue  # still open: may go on in the next paragraph
                spans.append(pending)
                pending = None
            else:
                spans.append(pending)
                pending = None
        if opened and opened[-1].close_char is None:
            pending = opened.pop()
        spans.extend(opened)
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if text[s.start : s.end].strip()]


def _scan_paragraph(text: str, start: int, end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i, end = start, min(end, len(text))  # paragraph spans past the text end are clipped
    while i < end:
        ch = text[i]
        closers = _OPEN_CLOSE.get(ch)
        if closers is None and ch == "”" and not _visible(text[start:i]):
            closers = "”"  # web copy that opens a paragraph with a closing mark: ”Fear. …”
        if closers is None or not _can_open(text, i) or _is_apostrophe(text, i):
            i += 1
            continue
        close = _find_closer(text, i, end, closers)
        if close is not None and ch == "“":
            close = _straight_closer_before(text, i, close)
        if close is None and ch in _MIXED_DOUBLE:
            # “…" or "…”: sloppy copy mixes curly and straight marks; accepted only when the
            # paragraph has no proper closer at all
            close = _find_closer(text, i, end, _MIXED_DOUBLE[ch])
            partner = "“" if ch == '"' else '"'  # the mixed closer's own opener
            if close is not None and partner in text[i + 1 : close]:
                close = None  # that closer belongs to a pair of its own ("… “Shark Tank.” …)
        reopened = _straight_reopener(text, i, close if close is not None else end) if ch == '"' else None
        if reopened is not None:
            # "… mobbed. "Every week …": the writer opened the next sentence's quote without
            # closing this one (a paragraph break lost in the copy); this one ends there
            spans.append(QuoteSpan(i, i + 1, _rstrip(text, i + 1, reopened), None))
            i = reopened
            continue
        if close is None:
            # unclosed: a double mark runs to the paragraph end; a lone single mark is noise
            if ch in _DOUBLE_OPENERS:
                spans.append(QuoteSpan(i, i + 1, _rstrip(text, i + 1, end), None))
                return spans
            i += 1
            continue
        spans.append(QuoteSpan(i, i + 1, close, close))
        i = close + 1
    return spans


_STRAIGHT_REOPENER = re.compile(r'(?<=[.?!])\s+"(?=[A-Z])')


def _straight_reopener(text: str, open_i: int, close: int) -> int | None:
    """A straight double mark opening a new sentence inside a straight-quoted passage, with
    no straight mark between: a second voice-level quote, not one nested in the first
    (a nested quote takes the other kind of mark, or follows no sentence end)."""
    found = _STRAIGHT_REOPENER.search(text, open_i + 1, close)
    if found is None or '"' in text[open_i + 1 : found.start()]:
        return None
    return found.end() - 1


_STRAIGHT_CLOSER = re.compile(r'(?<=[,?!])"(?=\s+\S)|(?<=\.)"(?=\s+[a-z])')


def _straight_closer_before(text: str, open_i: int, close: int) -> int:
    """“We will build a wall," he said. "It will be built.”: sloppy copy closes a curly
    opener with a straight mark before an attribution; a straight mark after , ? ! (or after
    . and before a lower-case word) with no straight mark before it inside the quote closes it."""
    found = _STRAIGHT_CLOSER.search(text, open_i + 1, close)
    if found is None or '"' in text[open_i + 1 : found.start()]:
        return close
    return found.start()


def _find_closer(text: str, open_i: int, end: int, closers: str) -> int | None:
    opener = text[open_i]
    depth = 0
    j = open_i + 1
    possessive_like: int | None = None  # "yes’ today" could be "Belarus’ accession"
    while j < end:
        ch = text[j]
        if ch in closers and opener != ch or (opener == ch and ch in "\"'”"):
            if _is_apostrophe(text, j):
                if possessive_like is None and ch in "’'" and _can_close(text, j) and depth == 0:
                    possessive_like = j
                j += 1
                continue
            if opener == ch and _can_open(text, j) and not _can_close(text, j):
                depth += 1  # a same-character mark that opens (nested straight quotes)
            elif _can_close(text, j):
                if depth == 0:
                    return j
                depth -= 1
        elif ch == "“" == opener and _can_close(text, j) and not _can_open(text, j):
            # “Do you want to be associated with a fascist?“ he asked, called it
            # “abhorrent“ in a tweet: an opening mark after the words closes the quote
            if depth == 0:
                return j
            depth -= 1
        elif ch == opener and opener not in "\"'”" and _can_open(text, j):
            depth += 1
        j += 1
    return possessive_like


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
