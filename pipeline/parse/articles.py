"""Article files -> `ParsedDocument` records.

Layouts understood (all detected from the content, never from the file name):
- agency text: headline line, lede line (may end in "..., BelTA has learned"), one paragraph
  a line, and a closing sign-off such as "Writer by: belta" that names the source and is
  not body text;
- headline, blank line, paragraphs separated by blank lines (BBC); hard-wrapped paragraphs
  are unwrapped;
- wire copy whose first paragraph opens with a dateline (``LAGOS, May 28 (Xinhua) --``,
  ``CAIRO, Egypt --``, ``KUALA LUMPUR:``); the dateline is stored apart from the body;
- JSON (one object or a list) and JSONL, each object carrying ``text`` and optionally
  ``title``, ``url``, ``published_at``, ``publisher`` and ``id``.

Not handled: several articles in one plain-text file (each .txt file is one article),
HTML markup, PDF or office formats (these are rejected as binary or kept as text).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pipeline.parse.records import ParsedDocument, Reject
from pipeline.parse.text import UndecodableError, decode_bytes, detect_language, normalize_text

PARAGRAPH_SEPARATOR = "\n\n"

# Agencies and outlets whose house spelling we know; keys are lower case.
KNOWN_PUBLISHERS: dict[str, str] = {
    "belta": "BelTA",
    "xinhua": "Xinhua",
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "upi": "UPI",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "cna": "CNA",
    "bbc": "BBC",
    "bbc news": "BBC News",
    "kazinform": "Kazinform",
    "anadolu agency": "Anadolu Agency",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo",
    "pti": "PTI",
    "ians": "IANS",
    "bernama": "Bernama",
    "efe": "EFE",
    "dpa": "dpa",
    "ani": "ANI",
    "apa": "APA",
    "trend": "Trend",
    "sputnik": "Sputnik",
    "times of india": "Times of India",
}

_SIGN_OFF = re.compile(
    r"^(?:writ(?:t)?er(?:\s+by)?|written\s+by|author|source|sources?\s+by|reporting\s+by|"
    r"by)\s*:\s*(?P<name>[^\n]{1,80})$",
    re.IGNORECASE,
)
_LEDE_ATTRIBUTION = re.compile(
    r",\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
    r"(?:has learned|has been told|has reported|reports|reported|informs|has been informed)"
    r"\.?\s*$"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){0,3}(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?)"
    rf"(?:,\s(?P<date>{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?))?"
    r"(?:\s\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?"
    r"\s*(?:--|—|–|-|:)\s+(?=\S)"
)
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[-|–—]\s+(?P<name>[^-|–—]{2,30})$")
_WRAPPED_LINE_MAX = 80


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_publisher(name: str | None, text: str = "") -> str | None:
    """House spelling of a publisher name: the known table first, then the casing the
    article itself uses (a closing "belta" becomes "BelTA" when the text says "BelTA")."""
    if not name:
        return None
    name = name.strip().strip(".").strip()
    if not name:
        return None
    known = KNOWN_PUBLISHERS.get(name.lower())
    if known:
        return known
    match = re.search(rf"\b{re.escape(name)}\b", text, flags=re.IGNORECASE)
    if match and match.group(0) != name:
        return match.group(0)
    return name


def parse_bytes(
    data: bytes, source_path: str, *, max_bytes: int | None = None
) -> tuple[list[ParsedDocument], list[Reject]]:
    """Parse one file's bytes. `source_path` is the path relative to the seeds folder and
    becomes the document identity. Never raises for bad content: problems become Rejects."""
    sha = content_sha256(data)
    if max_bytes is not None and len(data) > max_bytes:
        return [], [Reject(source_path, sha, "too_large", f"{len(data)} bytes > limit {max_bytes}")]
    if not data.strip():
        return [], [Reject(source_path, sha, "empty", "file is empty or whitespace only")]
    try:
        raw, encoding = decode_bytes(data)
    except UndecodableError as exc:
        return [], [Reject(source_path, sha, "binary", str(exc))]
    raw = normalize_text(raw)
    if not raw.strip():
        return [], [Reject(source_path, sha, "empty", "no text after decoding")]
    lower = source_path.lower()
    if lower.endswith(".jsonl") or lower.endswith(".ndjson"):
        return _parse_json_records(_jsonl_objects(raw), source_path, sha, encoding, "jsonl")
    if lower.endswith(".json"):
        try:
            payload = json.loads(raw)
        except json.JSONDecodeError as exc:
            return [], [Reject(source_path, sha, "invalid_json", str(exc))]
        items = payload if isinstance(payload, list) else [payload]
        return _parse_json_records(
            ((i, item, None) for i, item in enumerate(items)), source_path, sha, encoding, "json"
        )
    document = _parse_plain_text(raw, source_path, sha, encoding)
    return _accept_or_reject(document)


def _accept_or_reject(document: ParsedDocument) -> tuple[list[ParsedDocument], list[Reject]]:
    if not document.text.strip():
        reason, detail = "empty", "no body text after removing title and sign-off"
        return [], [Reject(document.doc_id, document.content_sha256, reason, detail)]
    if document.language == "xx":
        detail = "article does not read as English (function-word share below 0.15)"
        return [], [Reject(document.doc_id, document.content_sha256, "not_english", detail)]
    return [document], []


def _jsonl_objects(raw: str) -> Iterable[tuple[int, Any, str | None]]:
    for line_no, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield line_no, None, f"line {line_no}: {exc}"


def _parse_json_records(
    items: Iterable[tuple[int, Any, str | None]],
    source_path: str,
    sha: str,
    encoding: str,
    layout: str,
) -> tuple[list[ParsedDocument], list[Reject]]:
    documents: list[ParsedDocument] = []
    rejects: list[Reject] = []
    for position, item, error in items:
        item_path = f"{source_path}#{position}"
        if error is not None:
            rejects.append(Reject(item_path, sha, "invalid_json", error))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            detail = "expected an object with a string field 'text'"
            rejects.append(Reject(item_path, sha, "invalid_record", detail))
            continue
        if item.get("id") is not None:
            item_path = f"{source_path}#{item['id']}"
        item_sha = content_sha256(json.dumps(item, sort_keys=True, ensure_ascii=False).encode())
        body = _body_from_paragraphs(_split_paragraphs(normalize_text(item["text"]).split("\n")))
        published_at = _parse_datetime(item.get("published_at"))
        title = item.get("title") if isinstance(item.get("title"), str) else None
        publisher = canonical_publisher(
            item.get("publisher") if isinstance(item.get("publisher"), str) else body.agency,
            body.text,
        )
        document = body.document(
            doc_id=item_path, source_path=source_path, content_sha256=item_sha,
            title=normalize_text(title).strip() if title else None, publisher=publisher,
            published_at=published_at,
            url=item.get("url") if isinstance(item.get("url"), str) else None,
            layout=layout, encoding=encoding,
        )  # fmt: skip
        accepted, rejected = _accept_or_reject(document)
        documents.extend(accepted)
        rejects.extend(rejected)
    return documents, rejects


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        from datetime import UTC

        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _parse_plain_text(raw: str, source_path: str, sha: str, encoding: str) -> ParsedDocument:
    lines = [line.strip() for line in raw.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    title = lines.pop(0) if lines else None
    sign_off_name: str | None = None
    if lines:
        match = _SIGN_OFF.match(lines[-1])
        if match:
            sign_off_name = match.group("name")
            lines.pop()
    title_publisher: str | None = None
    if title:
        suffix = _TITLE_SUFFIX.match(title)
        if suffix and suffix.group("name").strip().lower() in KNOWN_PUBLISHERS:
            title, title_publisher = suffix.group("title"), suffix.group("name")
    body = _body_from_paragraphs(_split_paragraphs(lines))
    publisher = canonical_publisher(
        sign_off_name or body.agency or title_publisher or body.lede_agency, body.text
    )
    layout = "agency" if sign_off_name or body.lede_agency else "wire" if body.dateline else "text"
    return body.document(
        doc_id=source_path, source_path=source_path, content_sha256=sha, title=title,
        publisher=publisher, published_at=None, url=None, layout=layout, encoding=encoding,
    )  # fmt: skip


def _split_paragraphs(lines: list[str]) -> list[str]:
    """One paragraph a line, unless the text is hard-wrapped (blank-line separated blocks of
    short lines), in which case each block is one paragraph with its lines joined."""
    lines = [line.strip() for line in lines]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    multi_line = [b for b in blocks if len(b) > 1]
    wrapped = bool(multi_line) and all(len(line) <= _WRAPPED_LINE_MAX for b in multi_line for line in b[:-1])
    if wrapped:
        paragraphs = [" ".join(b) for b in blocks]
    else:
        paragraphs = [line for b in blocks for line in b]
    return [re.sub(r" {2,}", " ", p) for p in paragraphs]


class _Body:
    __slots__ = (
        "text", "paragraphs", "lede", "lede_agency", "dateline", "dateline_place",
        "dateline_date", "agency",
    )  # fmt: skip

    def __init__(self) -> None:
        self.text = ""
        self.paragraphs: tuple[tuple[int, int], ...] = ()
        self.lede: str | None = None
        self.lede_agency: str | None = None
        self.dateline: str | None = None
        self.dateline_place: str | None = None
        self.dateline_date: str | None = None
        self.agency: str | None = None

    def document(
        self, *, doc_id: str, source_path: str, content_sha256: str, title: str | None,
        publisher: str | None, published_at: datetime | None, url: str | None, layout: str,
        encoding: str,
    ) -> ParsedDocument:  # fmt: skip
        """The document this body belongs to, with the file- or record-level fields."""
        return ParsedDocument(
            doc_id=doc_id, source_path=source_path, content_sha256=content_sha256,
            title=title, lede=self.lede, publisher=publisher, dateline=self.dateline,
            dateline_place=self.dateline_place, dateline_date=self.dateline_date,
            published_at=published_at, url=url, language=detect_language(self.text),
            text=self.text, paragraphs=self.paragraphs, layout=layout, encoding=encoding,
        )  # fmt: skip


def dateline_match(paragraph: str) -> re.Match[str] | None:
    """The dateline opening a first paragraph (``LAGOS, May 28 (Xinhua) --``), when enough
    text follows it to be a lede; the body starts after it."""
    match = _DATELINE.match(paragraph)
    return match if match and len(paragraph) > match.end() + 20 else None


def _body_from_paragraphs(paragraphs: list[str]) -> _Body:
    body = _Body()
    paragraphs = [p for p in paragraphs if p]
    if paragraphs:
        match = dateline_match(paragraphs[0])
        if match:
            body.dateline = match.group(0).strip()
            body.dateline_place = match.group("place")
            body.dateline_date = match.group("date")
            body.agency = match.group("agency")
            paragraphs[0] = paragraphs[0][match.end() :]
        body.lede = paragraphs[0]
        attribution = _LEDE_ATTRIBUTION.search(paragraphs[0])
        if attribution:
            body.lede_agency = attribution.group("name")
    spans: list[tuple[int, int]] = []
    position = 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    body.text = PARAGRAPH_SEPARATOR.join(paragraphs)
    body.paragraphs = tuple(spans)
    return body
