"""The parse stage: layouts, metadata, decoding, normalization, rejects."""

from __future__ import annotations

import json

import pytest

from pipeline.parse import parse_bytes
from pipeline.parse.text import decode_bytes, detect_language, normalize_text, unify_spaces
from tests.conftest import SEED_FILE

ENGLISH_BODY = (
    "The minister said on Tuesday that the talks with the union would continue next week. "
    "He added that both sides were close to an agreement on wages and working hours."
)


def parse_one(data: bytes | str, name: str = "a.txt"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    docs, rejects = parse_bytes(data, name)
    assert not rejects, rejects
    assert len(docs) == 1
    return docs[0]


def test_seed_title_lede_publisher_and_closing_line():
    doc = parse_one(SEED_FILE.read_bytes(), SEED_FILE.name)
    assert doc.title == "Lukashenko’s working visit to Kazakhstan over"
    assert doc.publisher == "BelTA"
    assert doc.lede == (
        "Belarus President Aleksandr Lukashenko has finished his working visit to "
        "Kazakhstan, BelTA has learned"
    )
    assert doc.text.startswith(doc.lede)
    assert "Writer by" not in doc.text and "belta" not in doc.text.lower().split()[-3:]
    assert doc.text.endswith("on the main day of the summit.")
    assert doc.title not in doc.text
    assert doc.doc_id == SEED_FILE.name
    assert doc.language == "en"
    assert len(doc.paragraphs) == 11


def test_seed_text_keeps_curly_quotes_dashes_and_non_ascii_letters():
    doc = parse_one(SEED_FILE.read_bytes(), SEED_FILE.name)
    for fragment in ("“It is an excellent gift", "Kazakhstan’s capital", "Türkiye", " – China"):
        assert fragment in doc.text


def test_paragraph_spans_point_at_the_paragraphs():
    doc = parse_one(SEED_FILE.read_bytes(), SEED_FILE.name)
    lines = SEED_FILE.read_text(encoding="utf-8").strip().split("\n")[1:-1]
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [line.strip() for line in lines]


def test_headline_blank_line_paragraphs_layout():
    raw = f"Union talks to go on\n\n{ENGLISH_BODY}\n\nA second paragraph follows here.\n"
    doc = parse_one(raw)
    assert doc.title == "Union talks to go on"
    assert doc.publisher is None
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        ENGLISH_BODY,
        "A second paragraph follows here.",
    ]


def test_hard_wrapped_paragraphs_are_unwrapped():
    raw = (
        "Wrapped story\n\nThe minister said on Tuesday that the talks with the\n"
        "union would continue next week and that he was hopeful.\n\n"
        "He added that both sides were close to an agreement\non wages.\n"
    )
    doc = parse_one(raw)
    assert doc.text.split("\n\n")[0] == (
        "The minister said on Tuesday that the talks with the union would continue next "
        "week and that he was hopeful."
    )


def test_wire_dateline_is_split_from_the_body():
    raw = f"Police arrest suspects - Xinhua\nLAGOS, May 28 (Xinhua) -- {ENGLISH_BODY}\n"
    doc = parse_one(raw)
    assert doc.title == "Police arrest suspects"
    assert doc.dateline_place == "LAGOS"
    assert doc.dateline_date == "May 28"
    assert doc.publisher == "Xinhua"
    assert doc.text.startswith("The minister said")


@pytest.mark.parametrize("opening", ["CAIRO, Egypt -- ", "KUALA LUMPUR: ", "SALVADOR, Feb 26 - "])
def test_other_dateline_styles(opening: str):
    doc = parse_one(f"Headline\n{opening}{ENGLISH_BODY}\n")
    assert doc.dateline == opening.strip()
    assert doc.text.startswith("The minister")


def test_sentence_starting_with_capitals_is_not_a_dateline():
    doc = parse_one(f"Headline\nNATO said the talks would go on. {ENGLISH_BODY}\n")
    assert doc.dateline is None
    assert doc.text.startswith("NATO said")


def test_jsonl_objects_become_documents_with_metadata():
    lines = [
        {
            "text": ENGLISH_BODY,
            "title": "One",
            "url": "https://example.org/1",
            "published_at": "2024-07-04T10:00:00Z",
            "publisher": "reuters",
        },
        {"id": "x7", "text": ENGLISH_BODY + " Another sentence."},
        {"title": "no text"},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    docs, rejects = parse_bytes(data, "feed.jsonl")
    assert [d.doc_id for d in docs] == ["feed.jsonl#1", "feed.jsonl#x7"]
    assert docs[0].title == "One" and docs[0].publisher == "Reuters"
    assert docs[0].published_at is not None and docs[0].published_at.year == 2024
    assert all(d.source_path == "feed.jsonl" for d in docs)
    assert [(r.source_path, r.reason) for r in rejects] == [("feed.jsonl#3", "invalid_record")]


def test_json_file_with_a_list_and_broken_json():
    docs, _ = parse_bytes(json.dumps([{"text": ENGLISH_BODY}]).encode(), "a.json")
    assert docs[0].doc_id == "a.json#0"
    docs, rejects = parse_bytes(b'{"text": "unterminated', "b.json")
    assert not docs and rejects[0].reason == "invalid_json"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t\n ", "empty"), (bytes(range(256)) * 4, "binary"),
     (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
     ("Titel\nDie Regierung hat am Dienstag beschlossen, dass die Gespräche mit der "
      "Gewerkschaft in der nächsten Woche fortgesetzt werden sollen und dass man "
      "einer Einigung nahe sei.".encode(), "not_english")],
)  # fmt: skip
def test_unusable_input_becomes_a_reject_with_a_reason(data: bytes, reason: str):
    docs, rejects = parse_bytes(data, "bad.txt")
    assert docs == []
    assert [r.reason for r in rejects] == [reason]
    assert rejects[0].detail


def test_size_limit():
    docs, rejects = parse_bytes(ENGLISH_BODY.encode(), "big.txt", max_bytes=10)
    assert not docs and rejects[0].reason == "too_large"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp1251", "latin-1", "utf-8-sig"])
def test_legacy_encodings_are_decoded(encoding: str):
    extra = "Москва и Минск подписали соглашение." if encoding == "cp1251" else "Café in Zürich."
    raw = f"Title\n{ENGLISH_BODY} {extra}\n"
    doc = parse_one(raw.encode(encoding))
    assert extra in doc.text


def test_normalization_unifies_line_endings_and_keeps_letters():
    assert normalize_text("a\r\nb\rc\u00adx\ufeff") == "a\nb\nc\u00adx"
    assert normalize_text("Tu\u0308rkiye") == "Türkiye"  # NFC
    assert decode_bytes("“quote” – dash".encode())[0] == "“quote” – dash"


def test_no_break_and_other_spaces_become_plain_spaces_one_for_one():
    text = "Newt\u00a0Gingrich\tsaid:\u202f“fine”\u2009—\u3000ok"
    assert normalize_text(text) == "Newt Gingrich said: “fine” — ok"
    assert unify_spaces(text) == normalize_text(text) and len(unify_spaces(text)) == len(text)
    assert normalize_text("a\u200bb") == "a\u200bb"  # not a space: left as written
    # so the parser reads a name, not a name with a space token inside it
    doc = parse_one(f"Title\n{ENGLISH_BODY} Newt\u00a0Gingrich spoke.\n".encode())
    assert "Newt Gingrich spoke." in doc.text and "\u00a0" not in doc.text


def test_language_detection():
    assert detect_language(ENGLISH_BODY) == "en"
    assert detect_language("Hi") in {"en", "und"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Shr 34 cts vs 1.19 dlrs\nNet 807,000 vs 2,858,000\nAssets 510.2 mln vs 479.7 mln\n"
      "Deposits 472.3 mln vs 440.3 mln\nLoans 299.2 mln vs 327.2 mln", "en"),
     ("Москва и Минск подписали соглашение о сотрудничестве в области торговли и экономики "
      "на ближайшие пять лет.", "xx"),
     ("La ministre a déclaré mardi que les négociations avec le syndicat se poursuivraient "
      "la semaine prochaine et qu'elle était optimiste.", "xx")],
)  # fmt: skip
def test_english_tables_are_not_foreign_but_other_languages_are(text: str, expected: str):
    assert detect_language(text) == expected


def test_rejected_jsonl_record_names_its_record():
    line = json.dumps(
        {
            "id": "r1",
            "text": "Die Regierung hat am Dienstag beschlossen, dass die "
            "Gespräche mit der Gewerkschaft in der nächsten Woche fortgesetzt werden.",
        }
    )
    docs, rejects = parse_bytes(line.encode(), "feed.jsonl")
    assert not docs and [(r.source_path, r.reason) for r in rejects] == [("feed.jsonl#r1", "not_english")]
