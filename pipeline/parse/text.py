"""Bytes -> str decoding, text normalization and a cheap English check.

Normalization never rewrites letters or punctuation: curly quotes, dashes and non-ASCII
letters (Türkiye) stay exactly as written. It only unifies line endings, applies NFC,
drops the BOM and control characters, and turns tabs and other spaces (no-break, thin,
ideographic) into plain spaces.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
# Space characters other than " ": spaCy makes each one a token of its own, which the
# tagger and parser then hang somewhere in the sentence ("is a\u00a0serial liar" parses
# worse than "is a serial liar"); web articles are full of no-break spaces.
_SPACES = str.maketrans(dict.fromkeys("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                      "\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "))

# Function words that make up a large share of any English running text.
_ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after all also an and are as at be been but by can could for from had has have
    he her his i if in into is it its more no not of on one or our out said she so that the
    their them there they this to up was we were what when which who will with would you""".split()
)


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept (binary data)."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding name).

    Order: BOMs (UTF-8/UTF-16), UTF-16 without BOM (NUL every other byte), UTF-8, then a
    single-byte code page chosen by the bytes: cp1251 when most high bytes fall in the
    Cyrillic letter range, else cp1252 (a superset of printable latin-1). Raises
    UndecodableError for binary data (NUL bytes or many control characters).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"bad UTF-16: {exc}") from exc
    if len(data) >= 4 and b"\x00" in data:
        even, odd = data[0::2], data[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            return _decode_utf16_guess(data, "utf-16-le")
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            return _decode_utf16_guess(data, "utf-16-be")
        raise UndecodableError(f"binary data: {data.count(0)} NUL bytes")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        high = [b for b in data if b >= 0x80]
        cyrillic = sum(1 for b in high if b >= 0xC0)
        encoding = "cp1251" if high and cyrillic / len(high) > 0.8 and len(high) > 20 else "cp1252"
        text = data.decode(encoding, errors="replace")
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\r\t\f")
    if text and controls / len(text) > 0.05:
        raise UndecodableError(f"binary data: {controls} control characters in {len(text)}")
    return text, encoding


def _decode_utf16_guess(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"bad {encoding}: {exc}") from exc


def normalize_text(text: str) -> str:
    """Unify line endings, NFC-normalize, drop BOM/control characters, tabs and other
    spaces -> " "."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", unify_spaces(text))


def unify_spaces(text: str) -> str:
    """Tabs, no-break and other space characters -> " ", one for one (offsets unchanged)."""
    return text.translate(_SPACES)


# Function words of other languages in the Latin script, to tell "not English" from
# "English but not prose" (an earnings table scores low on English function words too).
_OTHER_FUNCTION_WORDS = {
    lang: frozenset(words.split())
    for lang, words in {
        "de": "der die das und ist nicht ein eine mit den dem des auf für sich auch dass von zu",
        "fr": "le la les et est une des du dans pour que qui pas sur au avec il elle sont",
        "es": "el la los las y es una del en por que con para se su al lo como pero",
        "it": "il la che di e è per una del della con non sono gli le nel alla",
        "pt": "o a os as e é um uma do da em para que com não se por no na",
        "nl": "de het een en is van dat op te zijn met voor niet ook aan er",
    }.items()
}


def other_language_scores(text: str) -> dict[str, float]:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return {}
    return {lang: sum(1 for w in words if w in vocab) / len(words)
            for lang, vocab in _OTHER_FUNCTION_WORDS.items()}  # fmt: skip


def non_latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ord(ch) > 0x024F) / len(letters)


def english_score(text: str) -> float:
    """Share of word tokens that are common English function words (about 0.4 for English
    news, under 0.1 for other languages)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)


def detect_language(text: str, *, min_words: int = 12) -> str:
    """'en' when the text reads as English, 'und' when too short to tell, else 'xx'
    (another language; we do not name it). Text in another script (Cyrillic, Arabic, CJK,
    …) or whose function words are another Latin-script language's is 'xx'; English text
    that is not prose (tables of figures) stays 'en'."""
    n_words = len(re.findall(r"[^\W\d_]+", text))
    if non_latin_share(text) > 0.3:
        return "xx"
    english = english_score(text)
    if english >= 0.15:
        return "en"
    other = max(other_language_scores(text).values(), default=0.0)
    if n_words < min_words:
        return "und" if other > english else "en"
    return "xx" if other > max(english, 0.1) else "en"
