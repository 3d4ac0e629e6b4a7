"""`make eval`: accuracy of quotes and entities on the annotated corpora in ../shared/corpus.

Quotes (PolNeAR dev and test, Gender Gap Tracker): detection precision/recall/F1 for
direct quotes and for all quotes, and speaker accuracy over matched quotes, for our
extractor and for textacy's `direct_quotations` on the same spaCy Docs in the same run.
Entities: NER precision/recall/F1 on CoNLL-2003 test and re3d, raw spaCy model beside our
pipeline (gazetteer fixes); Gender Gap Tracker people that end up as exactly one entity.

Matching (spans compared with quote marks, spaces and edge punctuation trimmed):
- coverage (the headline figures): a gold quote is found when predicted quotes cover at
  least half of its characters; a predicted quote is correct when at least half of its
  characters lie inside gold quotes. This tolerates the two corpora's span conventions
  (PolNeAR joins "“A,” said X. “B.”" into one Content span; we store two quotes);
- strict: one-to-one pairs whose spans overlap by at least half of their union
  (Jaccard >= 0.5), best overlap first.
Speaker accuracy is over found gold quotes, taking the predicted quote that overlaps it
most: right when the predicted speaker span overlaps the gold source mention (PolNeAR,
whose gold speaker is the mention as written), or when the predicted speaker's canonical
name and the annotated person's name share all the words of the shorter one, case and
accents aside (Gender Gap Tracker). "Direct" gold quotes are those whose content contains
quotation marks (as the corpus notes advise for PolNeAR); our direct set is kinds direct
and mixed (but not a transcript turn printed without marks, method ``transcript``), our
"all" set kinds direct, mixed and indirect (speech). PolNeAR's "all" set
is every Content span: it also annotates beliefs, thoughts and intentions, which the Gender
Gap Tracker does not, so a second row counts our kinds ``belief`` and ``intention`` as well
(for both corpora alike).

Article texts go through the pipeline's one-for-one part of text normalization (tabs,
no-break and other spaces become " ", as `make run` does): gold offsets stay valid. The
first line of a PolNeAR text is its headline and some first paragraphs open with a wire
dateline; the pipeline stores both apart from the body (`documents.title`, `.dateline`)
and reads neither for quotes, so both systems see them blanked, and PolNeAR's attributions
in headlines (about 2 % of them, almost all indirect) stay in the gold set as misses. The
Gender Gap Tracker texts have no headline line.

Only PolNeAR train/dev and CoNLL train/valid may be used to tune rules; test figures and
the Gender Gap Tracker figures are for reporting.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.parse.articles import dateline_match
from pipeline.parse.text import unify_spaces

ROOT = Path(__file__).resolve().parent.parent
QUOTE_CHARS = "\"“”‘’'«»„‹›"
TRIM = QUOTE_CHARS + " \n\t.,;:—–-"


def corpus_dir() -> Path:
    return Path(os.environ.get("NEWS_CORPUS_DIR") or ROOT.parent / "shared" / "corpus")


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(
            f"make eval and make train-speaker need the annotated corpora: {path} is missing.\n"
            "Put the shared corpus next to the repository (../shared/corpus) or set "
            "NEWS_CORPUS_DIR."
        )
    return path


# -- records --------------------------------------------------------------------------------
@dataclass
class QuoteItem:
    start: int
    end: int
    direct: bool
    speaker_span: tuple[int, int] | None = None
    speaker_name: str | None = None
    method: str = ""
    parts: tuple[tuple[int, int], ...] = ()  # discontinuous gold spans
    resolved: bool = True  # ours: the speaker mention has an entity (not a bare "he")

    def fragments(self) -> tuple[tuple[int, int], ...]:
        return self.parts or ((self.start, self.end),)


@dataclass
class Score:
    n_gold: int = 0
    n_pred: int = 0
    n_found: int = 0  # gold quotes covered (coverage criterion)
    n_correct: int = 0  # predicted quotes inside gold (coverage criterion)
    n_match: int = 0  # one-to-one strict pairs
    n_speaker_right: int = 0
    errors: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.n_correct / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.n_found / self.n_gold if self.n_gold else 0.0

    @property
    def strict_f1(self) -> float:
        p = self.n_match / self.n_pred if self.n_pred else 0.0
        r = self.n_match / self.n_gold if self.n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.n_speaker_right / self.n_found if self.n_found else 0.0

    def row(self) -> dict[str, float | int]:
        return {
            "gold": self.n_gold, "pred": self.n_pred, "found": self.n_found,
            "correct": self.n_correct, "precision": round(self.precision, 3),
            "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "speaker_accuracy": round(self.speaker_accuracy, 3), "speaker_right": self.n_speaker_right,
            "strict_matched": self.n_match, "strict_f1": round(self.strict_f1, 3),
        }  # fmt: skip


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


ARTICLES = frozenset({"a", "an", "the"})


def _name_words(name: str) -> set[str]:
    """Lowercase words with accents folded and articles left out: "François Legault" and
    "Francois Legault" are one person whichever way the annotator or the article spelled
    it, and "a police spokesperson" is the annotator's "police spokesperson" (since the
    eleventh round, 2026-12-04)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return set(re.findall(r"\w+", folded)) - ARTICLES


def names_agree(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return False
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p and g) and (p <= g or g <= p)


def _chars(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    covered: set[int] = set()
    for start, end in spans:
        s, e = trimmed(text, start, end)
        covered.update(i for i in range(s, e) if not text[i].isspace())
    return covered


def lies_in(chars: set[int], other: set[int]) -> bool:
    """The coverage criterion: at least half of a non-empty span's characters in ``other``
    (a prediction inside gold quotes is correct; a gold quote covered by predictions is
    found)."""
    return bool(chars) and len(chars & other) >= 0.5 * len(chars)


def kind(item: QuoteItem) -> str:
    """Our quote kind of a scored item (its method reads "kind/method")."""
    return item.method.partition("/")[0]


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def _speaker_right(text: str, g: QuoteItem, p: QuoteItem, by_name: bool) -> bool:
    if by_name:
        return names_agree(p.speaker_name, g.speaker_name)
    if g.speaker_span is None or p.speaker_span is None:
        return False
    if jaccard(g.speaker_span, p.speaker_span) > 0:
        return True
    # PolNeAR marks "who" as written in "Ted Cruz, who said …"; it resolves to the noun it
    # follows, which is the speaker we name
    start, end = g.speaker_span
    return (text[start:end].strip().lower() in RELATIVE_PRONOUNS
            and p.speaker_span[1] <= start
            and not text[p.speaker_span[1] : start].strip(" ,\n\u00a0"))  # fmt: skip


def score_document(
    text: str, gold: list[QuoteItem], pred: list[QuoteItem], score: Score, *, by_name: bool
) -> None:
    score.n_gold += len(gold)
    score.n_pred += len(pred)
    gold_chars = [_chars(text, g.fragments()) for g in gold]
    pred_chars = [_chars(text, [(p.start, p.end)]) for p in pred]
    all_gold = set().union(*gold_chars) if gold_chars else set()
    all_pred = set().union(*pred_chars) if pred_chars else set()
    for j, chars in enumerate(pred_chars):
        if lies_in(chars, all_gold):
            score.n_correct += 1
        else:
            score.errors[f"spurious ({pred[j].method})"] += 1
    for i, chars in enumerate(gold_chars):
        if not lies_in(chars, all_pred):
            score.errors["missed " + ("direct" if gold[i].direct else "indirect")] += 1
            continue
        score.n_found += 1
        best = max(range(len(pred)), key=lambda j: len(pred_chars[j] & chars))
        p = pred[best]
        if _speaker_right(text, gold[i], p, by_name):
            score.n_speaker_right += 1
        elif p.speaker_span is None and p.speaker_name is None:
            score.errors[f"speaker missing ({p.method})"] += 1
        elif by_name and not p.resolved:  # a mention we could not resolve ("he")
            score.errors[f"speaker unresolved ({p.method})"] += 1
        else:
            score.errors[f"speaker wrong ({p.method})"] += 1
    _strict_pairs(text, gold, pred, score)


def _strict_pairs(text: str, gold: list[QuoteItem], pred: list[QuoteItem], score: Score) -> None:
    gold_spans = [trimmed(text, g.start, g.end) for g in gold]
    pred_spans = [trimmed(text, p.start, p.end) for p in pred]
    pairs = sorted(
        ((jaccard(gs, ps), i, j) for i, gs in enumerate(gold_spans)
         for j, ps in enumerate(pred_spans)),
        reverse=True,
    )  # fmt: skip
    used_g: set[int] = set()
    used_p: set[int] = set()
    for overlap, i, j in pairs:
        if overlap < 0.5:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        score.n_match += 1


# -- corpora --------------------------------------------------------------------------------
@dataclass
class GoldDocument:
    name: str
    text: str
    quotes: list[QuoteItem]
    people: list[str] = field(default_factory=list)
    hidden: tuple[tuple[int, int], ...] = ()  # headline and dateline: not in the body

    @property
    def body(self) -> str:
        """The text as the pipeline reads it: a plain-text article's first line is its title
        (``documents.title``) and a wire dateline (``WASHINGTON (AP) —``) is stored apart,
        neither part of ``documents.text``, so no quote or speaker is taken from them.
        Blanked with spaces, not cut, so that gold offsets stay valid."""
        text = self.text
        for start, end in self.hidden:
            text = text[:start] + " " * (end - start) + text[end:]
        return text


def headline_and_dateline(text: str) -> tuple[tuple[int, int], ...]:
    """Where the headline (the first line) and a dateline opening the first paragraph after
    it lie in a plain-text article, found as `make run` finds them."""
    paragraphs = line_paragraphs(text)
    if len(paragraphs) < 2:
        return ()
    hidden = [(0, paragraphs[0][1])]
    start, end = paragraphs[1]
    match = dateline_match(text[start:end])
    if match:
        hidden.append((start, start + match.end()))
    return tuple(hidden)


def line_paragraphs(text: str) -> list[tuple[int, int]]:
    """Every non-blank line is a paragraph (the layout of both quote corpora)."""
    spans, position = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped)
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


def has_quote_marks(surface: str) -> bool:
    """Double quote marks (curly or straight, or two apostrophes: the New York Times
    texts in PolNeAR write ''…'' for “…”) or guillemets: the corpus notes' "direct"."""
    return any(ch in surface for ch in '"“”«»„') or "''" in surface


def _polnear_quotes(text: str, ann: Path) -> list[QuoteItem]:
    """The attributions of one BRAT annotation file as quotes."""
    spans: dict[str, tuple[str, int, int]] = {}
    fragments: dict[str, tuple[tuple[int, int], ...]] = {}
    quotes: list[QuoteItem] = []
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = tuple((int(a), int(b)) for a, b in re.findall(r"(\d+) (\d+)", offsets))
            if pieces:
                fragments[parts[0]] = pieces
                spans[parts[0]] = (label, min(a for a, _ in pieces), max(b for _, b in pieces))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if content is None:
            continue
        source = spans.get(relation.get("Source", ""))
        parts = fragments[relation["Content"]]
        # with two characters either side: some Content spans leave the marks out
        surface = " ".join(text[max(a - 2, 0) : b + 2] for a, b in parts)
        quotes.append(QuoteItem(
            content[1], content[2], has_quote_marks(surface),
            speaker_span=(source[1], source[2]) if source else None,
            speaker_name=text[source[1] : source[2]] if source else None,
            parts=parts,
        ))  # fmt: skip
    return quotes


def _polnear_annotations(split: str) -> Iterator[tuple[str, str, list[Path]]]:
    """(article, text, its annotation files, one per annotator) for a PolNeAR split."""
    base = require(corpus_dir() / "polnear" / split)
    annotations: dict[str, list[Path]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        annotations.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), []).append(ann)
    for stem, files in sorted(annotations.items()):
        text_path = base / "text" / f"{stem}.txt"
        if text_path.exists():
            yield stem, unify_spaces(text_path.read_text(encoding="utf-8")), files


def polnear_documents(split: str) -> Iterator[GoldDocument]:
    for stem, text, files in _polnear_annotations(split):
        # one annotator each; the first line of a PolNeAR text is the headline
        yield GoldDocument(stem, text, _polnear_quotes(text, files[0]), hidden=headline_and_dateline(text))


def polnear_agreement(splits: Iterable[str]) -> dict:
    """How far PolNeAR's annotators agree with each other, scored exactly as we are: every
    ordered pair of annotators of the same article, one taken as gold and one as system
    (the ceiling for the quote targets; nothing is tuned on it)."""
    scores = {"direct": Score(), "all": Score()}
    articles = pairs = 0
    for split in splits:
        for _, text, files in _polnear_annotations(split):
            if len(files) < 2:
                continue
            articles += 1
            annotated = [_polnear_quotes(text, f) for f in files]
            for i, gold in enumerate(annotated):
                for j, other in enumerate(annotated):
                    if i == j:
                        continue
                    pairs += 1
                    score_document(text, [q for q in gold if q.direct],
                                   [q for q in other if q.direct], scores["direct"], by_name=False)
                    score_document(text, gold, other, scores["all"], by_name=False)
    return {"splits": list(splits), "articles": articles, "annotator_pairs": pairs,
            "direct": scores["direct"].row(), "all": scores["all"].row()}  # fmt: skip


def ggt_quotations(record: dict) -> list[dict]:
    """The record's quotations. One article's JSON is malformed in the source (the list
    written twice, the first never closed; kept as ``quotations_raw``): read every object in
    it once, in order, so that its gold quotes are not lost (they would make every quote we
    find there count as spurious)."""
    if record.get("quotations") or not record.get("quotations_raw"):
        return list(record.get("quotations") or [])
    raw, decoder = record["quotations_raw"], json.JSONDecoder()
    found: list[dict] = []
    at = raw.find("{")
    while at >= 0:
        try:
            item, end = decoder.raw_decode(raw, at)
        except json.JSONDecodeError:
            at = raw.find("{", at + 1)
            continue
        if isinstance(item, dict) and item not in found:
            found.append(item)
        at = raw.find("{", end)
    return found


def ggt_documents() -> Iterator[GoldDocument]:
    base = require(corpus_dir() / "ggt-quotes")
    for line in (base / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        path = base / record["rawtext_file"]
        if not path.exists():
            continue
        text = unify_spaces(path.read_bytes().decode("utf-8", errors="replace"))
        quotes: list[QuoteItem] = []
        taken: set[int] = set()
        for q in ggt_quotations(record):
            surface = (q.get("quote") or "").strip()
            if not surface:
                continue
            start = text.find(surface)
            while start in taken:
                start = text.find(surface, start + 1)
            if start < 0:
                continue
            taken.add(start)
            quotes.append(QuoteItem(start, start + len(surface), has_quote_marks(surface),
                                    speaker_name=q.get("reference") or q.get("speaker")))  # fmt: skip
        yield GoldDocument(record["id"], text, quotes, list(record.get("people") or []))


# -- systems --------------------------------------------------------------------------------
def our_quotes(doc, text: str, *, titles: bool = False) -> tuple[list[QuoteItem], dict[str, str]]:
    """Our quotes as scored items; ``titles`` keeps our ``title`` spans too, as direct
    quotes (only `make headroom` asks for them)."""
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.quotes import extract_quotes

    entities = extract_entities(doc, line_paragraphs(text))
    names = {e.entity_id: e.canonical_name for e in entities.entities}
    items = []
    for q in extract_quotes(doc, entities.mentions, line_paragraphs(text)):
        if q.kind == "title" and not titles:
            continue
        span = (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None
        name = names.get(q.speaker_entity_id or "", None) or q.speaker_text
        # a transcript turn printed without quote marks is direct speech, but the corpora's
        # direct quotes are those with marks
        direct = q.kind in {"direct", "mixed", "title"} and q.method != "transcript"
        items.append(QuoteItem(q.start_char, q.end_char, direct, span, name, f"{q.kind}/{q.method}",
                               resolved=q.speaker_entity_id is not None))  # fmt: skip
    return items, names


def textacy_quotes(doc) -> tuple[list[QuoteItem], bool]:
    """textacy's direct quotations; (items, crashed)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except Exception:  # noqa: BLE001 - textacy raises on odd quote marks
        return [], True
    items = []
    for t in triples:
        speaker = (min(tok.idx for tok in t.speaker),
                   max(tok.idx + len(tok.text) for tok in t.speaker)) if t.speaker else None  # fmt: skip
        name = " ".join(tok.text for tok in t.speaker) if t.speaker else None
        items.append(QuoteItem(t.content.start_char, t.content.end_char, True, speaker, name,
                               "textacy"))  # fmt: skip
    return items, False


def evaluate_quotes(name: str, documents: Iterable[GoldDocument], *, by_name: bool) -> dict:
    from pipeline.nlp.model import shared_nlp
    from pipeline.schemas import SPEECH_KINDS

    nlp = shared_nlp()
    ours = {"direct": Score(), "all": Score(), "all_beliefs": Score()}
    theirs = Score()
    crashes = 0
    n_docs = 0
    docs = list(documents)
    started = time.perf_counter()
    for gold, doc in zip(docs, nlp.pipe(d.body for d in docs), strict=True):
        n_docs += 1
        predicted, _ = our_quotes(doc, gold.body)
        score_document(gold.text, [g for g in gold.quotes if g.direct],
                       [p for p in predicted if p.direct], ours["direct"], by_name=by_name)  # fmt: skip
        speech = [p for p in predicted if kind(p) in SPEECH_KINDS]
        score_document(gold.text, gold.quotes, speech, ours["all"], by_name=by_name)
        score_document(gold.text, gold.quotes, predicted, ours["all_beliefs"], by_name=by_name)
        baseline, crashed = textacy_quotes(doc)
        crashes += crashed
        score_document(gold.text, [g for g in gold.quotes if g.direct], baseline, theirs,
                       by_name=by_name)  # fmt: skip
    return {
        "corpus": name, "documents": n_docs, "seconds": round(time.perf_counter() - started, 1),
        "ours_direct": ours["direct"].row(), "ours_all": ours["all"].row(),
        "ours_all_with_beliefs": ours["all_beliefs"].row(),
        "textacy_direct": theirs.row(), "textacy_crashed_documents": crashes,
        "ours_direct_errors": ours["direct"].errors.most_common(8),
        "ours_all_errors": ours["all"].errors.most_common(10),
    }  # fmt: skip


# -- entities -------------------------------------------------------------------------------
CONLL_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
                "WORK_OF_ART": "MISC", "LANGUAGE": "MISC"}  # fmt: skip
RE3D_LABELS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Location", "LOC": "Location",
               "FAC": "Location", "NORP": "Nationality"}  # fmt: skip


def conll_documents(split: str) -> Iterator[tuple[str, set[tuple[int, int, str]]]]:
    path = require(corpus_dir() / "conll2003" / f"{split}.txt")
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_doc() -> Iterator[tuple[str, set[tuple[int, int, str]]]]:
        if not sentences:
            return
        text_parts, gold, position = [], set(), 0
        for sentence in sentences:
            entity: list | None = None
            for k, (word, tag) in enumerate(sentence):
                start = position
                position += len(word) + (1 if k < len(sentence) - 1 else 0)
                if tag.startswith("B-") or (tag.startswith("I-") and entity is None):
                    if entity:
                        gold.add(tuple(entity))
                    entity = [start, start + len(word), tag[2:]]
                elif tag.startswith("I-") and entity is not None:
                    entity[1] = start + len(word)
                else:
                    if entity:
                        gold.add(tuple(entity))
                    entity = None
            if entity:
                gold.add(tuple(entity))
            text_parts.append(" ".join(w for w, _ in sentence))
            position += 1  # the newline between sentences
        yield "\n".join(text_parts), gold

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if current:
                sentences.append(current)
                current = []
            yield from flush_doc()
            sentences = []
            continue
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        parts = line.split()
        current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    yield from flush_doc()


def re3d_documents() -> Iterator[tuple[str, dict[tuple[int, int], set[str]]]]:
    base = require(corpus_dir() / "re3d")
    wanted = set(RE3D_LABELS.values())
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        docs = [json.loads(line) for line in (folder / "documents.json").read_text().splitlines()
                if line.strip()]  # fmt: skip
        entities: dict[str, dict[tuple[int, int], set[str]]] = {}
        for line in (folder / "entities.json").read_text().splitlines():
            if not line.strip():
                continue
            e = json.loads(line)
            if e["type"] in wanted:
                entities.setdefault(e["documentId"], {}).setdefault(
                    (e["begin"], e["end"]), set()).add(e["type"])  # fmt: skip
        for d in docs:
            yield d["text"], entities.get(d["_id"], {})


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"gold": n_gold, "pred": n_pred, "correct": tp, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}  # fmt: skip


def evaluate_ner() -> dict:
    import spacy

    from pipeline.nlp.model import MODEL_NAME, shared_nlp

    systems = {"spacy_raw": spacy.load(MODEL_NAME), "ours": shared_nlp()}
    results: dict[str, dict] = {}
    conll = list(conll_documents("test"))
    re3d = list(re3d_documents())
    for name, nlp in systems.items():
        tp = n_pred = n_gold = 0
        for doc, (_, gold) in zip(nlp.pipe(t for t, _ in conll), conll, strict=True):
            pred = {(e.start_char, e.end_char, CONLL_LABELS[e.label_]) for e in doc.ents
                    if e.label_ in CONLL_LABELS}  # fmt: skip
            tp += len(pred & gold)
            n_pred += len(pred)
            n_gold += len(gold)
        results.setdefault("conll2003_test", {})[name] = prf(tp, n_pred, n_gold)
        tp = n_pred = n_gold = 0
        for doc, (_, gold) in zip(nlp.pipe(t for t, _ in re3d), re3d, strict=True):
            pred = {(e.start_char, e.end_char, RE3D_LABELS[e.label_]) for e in doc.ents
                    if e.label_ in RE3D_LABELS}  # fmt: skip
            tp += sum(1 for s, e, label in pred if label in gold.get((s, e), ()))
            n_pred += len(pred)
            n_gold += len(gold)
        results.setdefault("re3d", {})[name] = prf(tp, n_pred, n_gold)
    return results


def evaluate_people() -> dict:
    """Gender Gap Tracker: annotated people that end up as exactly one PERSON entity."""
    from pipeline.extract.entities import extract_entities
    from pipeline.nlp.model import shared_nlp

    counts = Counter()
    docs = list(ggt_documents())
    for gold, doc in zip(docs, shared_nlp().pipe(d.text for d in docs), strict=True):
        persons = [e.canonical_name for e in extract_entities(doc).entities
                   if e.entity_type == "PERSON"]  # fmt: skip
        for person in gold.people:
            n = sum(1 for p in persons if names_agree(p, person))
            counts["exactly_one" if n == 1 else "none" if n == 0 else "several"] += 1
    total = sum(counts.values())
    return {**counts, "people": total,
            "share_exactly_one": round(counts["exactly_one"] / total, 3) if total else 0.0}  # fmt: skip


# -- events ---------------------------------------------------------------------------------
def plover_records(half: str) -> list[dict]:
    """PLOVER gold-standard records split by a fixed rule: the number at the end of the id
    is even -> "tune", odd -> "report"."""
    path = require(corpus_dir() / "plover-gsr" / "PLOVER_GSR_CAMEO.txt")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") and r.get("text")]
    wanted = 0 if half == "tune" else 1
    return [r for r in records if int(re.findall(r"\d+", r["id"])[-1]) % 2 == wanted]


def evaluate_events(half: str) -> dict:
    """Per record: is the gold PLOVER type among our events of the sentence (recall), are
    our events of the gold type (precision), and does one of our actors name a gold source
    actor. Macro-F1 over types is computed from per-type counts."""
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.events import extract_events
    from pipeline.extract.quotes import extract_quotes
    from pipeline.nlp.model import shared_nlp

    records = plover_records(half)
    per_type: dict[str, Counter] = {}
    found = predicted = correct = actor_right = with_events = 0
    for record, doc in zip(records, shared_nlp().pipe(r["text"] for r in records), strict=True):
        entities = extract_entities(doc)
        quotes = extract_quotes(doc, entities.mentions, [(0, len(doc.text))])
        countries = {e.entity_id: e.country_code for e in entities.entities}
        result = extract_events(doc, entities.mentions, quotes, None, countries)
        gold = record["event"]
        types = [e.event_type for e in result.events]
        predicted += len(types)
        correct += sum(1 for t in types if t == gold)
        hit = gold in types
        found += hit
        with_events += bool(types)
        counts = per_type.setdefault(gold, Counter())
        counts["gold"] += 1
        counts["tp"] += hit
        for t in set(types):
            per_type.setdefault(t, Counter())["pred"] += 1
        if hit:
            gold_actors = [a.get("actorText", "").lower() for a in record.get("source") or []]
            ours = [a.text.lower() for a in result.arguments if a.role == "actor"
                    and result.events[a.event_idx].event_type == gold]  # fmt: skip
            actor_right += any(g and (g in o or o in g) for g in gold_actors for o in ours)
    f1s = []
    for counts in per_type.values():
        p = counts["tp"] / counts["pred"] if counts["pred"] else 0.0
        r = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
        if counts["gold"]:
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    n = len(records)
    return {
        "half": half, "records": n, "records_with_events": with_events,
        "type_recall": round(found / n, 3) if n else 0.0,
        "type_precision": round(correct / predicted, 3) if predicted else 0.0,
        "macro_f1": round(sum(f1s) / len(f1s), 3) if f1s else 0.0,
        "actor_match_when_type_found": round(actor_right / found, 3) if found else 0.0,
    }  # fmt: skip


def _sentence_events(doc, published=None):  # noqa: ANN001, ANN202
    """Our events and their arguments for one parsed sentence or short text."""
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.events import extract_events
    from pipeline.extract.quotes import extract_quotes

    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities.mentions, [(0, len(doc.text))])
    countries = {e.entity_id: e.country_code for e in entities.entities}
    return extract_events(doc, entities.mentions, quotes, published, countries)


def main_event(doc, events):  # noqa: ANN001, ANN201
    """The event a sentence-level coder would code: the realised event whose trigger sits
    highest in the dependency tree (fewest steps to the root), the earliest on a tie."""

    def depth(event) -> int:  # noqa: ANN001
        token = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")[0]
        steps = 0
        while token.head.i != token.i and steps < 50:
            token, steps = token.head, steps + 1
        return steps

    candidates = [e for e in events if not e.negated] or list(events)
    return min(candidates, key=lambda e: (depth(e), e.trigger_start), default=None)


def penta_class(cameo_root: str | None) -> int:
    """CAMEO "PentaClass": 0 statement/appeal (01-02), 1 verbal cooperation (03-05),
    2 material cooperation (06-08), 3 verbal conflict (09-13 and 16, "reduce relations":
    sanctions, suspended aid and expulsions carry label 3 in the training split),
    4 material conflict (14-15, 17-20). No event codes as 0: a sentence that reports
    nothing else reports a statement."""
    if not cameo_root:
        return 0
    root = int(cameo_root)
    if root == 16:
        return 3
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def evaluate_cameo_classes(split: str) -> dict:
    """ConfliBERT's CAMEO PentaClass sentences: the class of our main event vs the label."""
    from pipeline.nlp.model import shared_nlp

    path = require(corpus_dir() / "conflibert-cameo" / "cameo_class" / f"{split}.tsv")
    rows = [line.rsplit("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]
    rows = [(text.strip(), int(label)) for text, label in rows if label.strip().isdigit()]
    confusion = [[0] * 5 for _ in range(5)]
    with_event = 0
    for (_, label), doc in zip(rows, shared_nlp().pipe(t for t, _ in rows), strict=True):
        event = main_event(doc, _sentence_events(doc).events)
        with_event += event is not None
        confusion[label][penta_class(event.cameo_root if event else None)] += 1
    n = len(rows)
    correct = sum(confusion[i][i] for i in range(5))
    majority = max(sum(r) for r in confusion)
    per_class = {}
    for c in range(5):
        tp, gold, pred = confusion[c][c], sum(confusion[c]), sum(r[c] for r in confusion)
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        per_class[c] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return {
        "split": split, "sentences": n, "with_event": with_event,
        "accuracy": round(correct / n, 3) if n else 0.0,
        "majority_class_accuracy": round(majority / n, 3) if n else 0.0,
        "macro_f1": round(sum(per_class.values()) / 5, 3), "f1_per_class": per_class,
        "confusion_gold_by_predicted": confusion,
    }  # fmt: skip


@dataclass
class CodedSentence:
    sentence_id: str
    text: str
    codings: list[tuple[str, str, str]]  # (source, target, CAMEO event code)
    no_events: bool


def petrarch_sentences(name: str) -> list[CodedSentence]:
    """PETRARCH2 validation records: the unit-test suite (fictional states) or the GSR set
    (real AFP sentences, silver codes). Records flagged as parser errors are left out."""
    raw = require(corpus_dir() / "petrarch2-validation" / name).read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    blocks = re.split(r"(?=<Sentence\s)", raw)[1:]
    out = []
    for block in blocks:
        head = re.match(r"<Sentence\s([^>]*)>", block)
        text = re.search(r"<Text>(.*?)</Text>", block, flags=re.S)
        if head is None or text is None or 'sentence="false"' in head.group(1):
            continue
        if re.search(r"<EventCoding\s+error", block):
            continue
        codings = []
        for attrs in re.findall(r"<EventCoding\s([^>]*)>", block):
            fields = dict(re.findall(r"(\w+)\s*=\s*[\"']([^\"']*)[\"']", attrs))
            if "eventcode" in fields:
                codings.append((fields.get("sourcecode", ""), fields.get("targetcode", ""),
                                fields["eventcode"]))  # fmt: skip
        sid = re.search(r'id="([^"]+)"', head.group(1))
        out.append(CodedSentence(sid.group(1) if sid else str(len(out)), " ".join(text.group(1).split()),
                                 codings, bool(re.search(r"<EventCoding\s+noevents", block))))  # fmt: skip
    return out


def petrarch_actor_codes() -> list[tuple[str, str]]:
    """(phrase, code) from the validation suite's actor dictionary: NAME [CODE] lines,
    '+' synonym lines that share the code above, '_' standing for a space."""
    path = require(corpus_dir() / "petrarch2-validation" / "dictionaries" / "PETR.Validate.actors.txt")
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    text = re.sub(r"\n\s+\[", " [", text)  # a code on the next line belongs to the name above
    entries: list[tuple[str, str]] = []
    code = None
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        found = re.match(r"^\+?([^\[]+?)\s*\[([^\]]*)\]", line)
        if found:
            code = found.group(2).strip().upper()
            name = found.group(1)
        elif line.startswith("+") and code:
            name = line[1:]
        else:
            continue
        phrase = " ".join(name.replace("_", " ").split()).lower()
        if phrase and code and code != "---":
            entries.append((phrase, code))
    return sorted(entries, key=lambda e: -len(e[0]))


def _actor_code(text: str, country: str | None, dictionary: list[tuple[str, str]]) -> str | None:
    """The first three letters of an actor's code: the longest dictionary phrase in the
    argument's text, else its ISO 3166 alpha-3 country code."""
    words = re.findall(r"[\w'-]+", text.lower())
    lowered = " " + " ".join(words) + " "
    for phrase, code in dictionary:
        if f" {phrase} " in lowered or lowered.strip().startswith(phrase):
            return code[:3]
    if country:
        import pycountry

        found = pycountry.countries.get(alpha_2=country)
        return found.alpha_3 if found else None
    return None


def evaluate_petrarch(name: str) -> dict:
    """Per expected coding: does one of our events in the sentence have its CAMEO root
    (first two digits), and does that event's actor/target carry the expected source and
    target codes (first three letters)? Plus the no-event records we leave empty."""
    from pipeline.nlp.model import shared_nlp

    sentences = petrarch_sentences(name)
    dictionary = petrarch_actor_codes() if "UnitTest" in name else []
    nlp = shared_nlp()
    if dictionary:  # the suite's states are fictional: their names come from its dictionary
        from pipeline.nlp.model import build_nlp

        nlp = build_nlp()
        ruler = nlp.add_pipe("entity_ruler", name="petrarch_actors", after="gazetteer_ruler",
                             config={"overwrite_ents": True})  # fmt: skip
        ruler.add_patterns([{"label": "GPE" if len(code) == 3 else "ORG",
                             "pattern": [{"LOWER": w} for w in phrase.split()]}
                            for phrase, code in dictionary])  # fmt: skip
    expected = root_found = dyad_found = predicted = predicted_right = 0
    no_event = no_event_quiet = 0
    for record, doc in zip(sentences, nlp.pipe(r.text for r in sentences), strict=True):
        result = _sentence_events(doc)
        events = [e for e in result.events if not e.negated]
        if record.no_events and not record.codings:
            no_event += 1
            no_event_quiet += not events
            continue
        roots = {c[2][:2] for c in record.codings}
        predicted += len(events)
        predicted_right += sum(e.cameo_root in roots for e in events)
        codes: dict[int, dict[str, set[str]]] = {}
        for a in result.arguments:
            code = _actor_code(a.text, a.country_code, dictionary)
            if code:
                codes.setdefault(a.event_idx, {}).setdefault(a.role, set()).add(code)
        for source, target, code in record.codings:
            expected += 1
            same_root = [e for e in events if e.cameo_root == code[:2]]
            root_found += bool(same_root)
            dyad_found += any(
                source[:3] in codes.get(e.event_idx, {}).get("actor", set())
                and (not target or target[:3] in codes.get(e.event_idx, {}).get("target", set()))
                for e in same_root
            )
    return {
        "set": name, "records": len(sentences), "expected_codings": expected,
        "root_recall": round(root_found / expected, 3) if expected else 0.0,
        "root_precision": round(predicted_right / predicted, 3) if predicted else 0.0,
        "dyad_and_root_recall": round(dyad_found / expected, 3) if expected else 0.0,
        "no_event_records": no_event,
        "no_event_records_left_empty": no_event_quiet,
    }  # fmt: skip


# -- report ---------------------------------------------------------------------------------
def quote_table(results: list[dict]) -> str:
    lines = ["| corpus | system | direct P | direct R | direct F1 | direct speaker acc | "
             "all P | all R | all F1 | all speaker acc | strict F1 direct / all |",
             "|" + "---|" * 11]  # fmt: skip
    for r in results:
        d, a, t = r["ours_direct"], r["ours_all"], r["textacy_direct"]
        lines.append(f"| {r['corpus']} | news-pipeline | {d['precision']} | {d['recall']} | "
                     f"{d['f1']} | {d['speaker_accuracy']} | {a['precision']} | {a['recall']} | "
                     f"{a['f1']} | {a['speaker_accuracy']} | {d['strict_f1']} / "
                     f"{a['strict_f1']} |")  # fmt: skip
        b = r["ours_all_with_beliefs"]
        lines.append(f"| {r['corpus']} | news-pipeline, beliefs and intentions counted | – | – | – | – | "
                     f"{b['precision']} | {b['recall']} | {b['f1']} | {b['speaker_accuracy']} | "
                     f"– / {b['strict_f1']} |")  # fmt: skip
        lines.append(f"| {r['corpus']} | textacy 0.13 direct_quotations | {t['precision']} | "
                     f"{t['recall']} | {t['f1']} | {t['speaker_accuracy']} | – | – | – | – | "
                     f"{t['strict_f1']} / – |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=["quotes", "entities", "events"], default=None)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "eval.json"))
    args = parser.parse_args(argv)
    require(corpus_dir())
    report: dict = {"date": time.strftime("%Y-%m-%d"), "corpus_dir": str(corpus_dir())}
    if args.only in (None, "quotes"):
        report["quotes"] = [
            evaluate_quotes("PolNeAR dev", polnear_documents("dev"), by_name=False),
            evaluate_quotes("PolNeAR test", polnear_documents("test"), by_name=False),
            evaluate_quotes("Gender Gap Tracker", ggt_documents(), by_name=True),
        ]
        print(quote_table(report["quotes"]))
        for r in report["quotes"]:
            print(f"\n{r['corpus']}: textacy crashed on {r['textacy_crashed_documents']} "
                  f"of {r['documents']} documents")  # fmt: skip
            print("  largest error classes (direct):", r["ours_direct_errors"])
            print("  largest error classes (all):", r["ours_all_errors"])
        report["polnear_agreement"] = [polnear_agreement(["train", "dev", "test"]),
                                       polnear_agreement(["annotator-training"])]  # fmt: skip
        print("\n| PolNeAR annotator vs annotator | articles | ordered pairs | direct P/R/F1 | "
              "direct speaker | all P/R/F1 | all speaker |\n|---|---|---|---|---|---|---|")  # fmt: skip
        for r in report["polnear_agreement"]:
            d, a = r["direct"], r["all"]
            print(f"| {' + '.join(r['splits'])} | {r['articles']} | {r['annotator_pairs']} | "
                  f"{d['precision']}/{d['recall']}/{d['f1']} | {d['speaker_accuracy']} | "
                  f"{a['precision']}/{a['recall']}/{a['f1']} | {a['speaker_accuracy']} |")  # fmt: skip
    if args.only in (None, "entities"):
        report["entities"] = evaluate_ner()
        report["people"] = evaluate_people()
        print("\n| corpus | system | P | R | F1 |\n|---|---|---|---|---|")
        for corpus, systems in report["entities"].items():
            for system, s in systems.items():
                print(f"| {corpus} | {system} | {s['precision']} | {s['recall']} | {s['f1']} |")
        print("\nGender Gap Tracker people as exactly one entity:", report["people"])
    if args.only in (None, "events"):
        report["events"] = [evaluate_events("tune"), evaluate_events("report")]
        print("\n| PLOVER GSR half | records | type recall | type precision | macro-F1 | actor match |")
        print("|---|---|---|---|---|---|")
        for r in report["events"]:
            print(f"| {r['half']} | {r['records']} | {r['type_recall']} | {r['type_precision']} | "
                  f"{r['macro_f1']} | {r['actor_match_when_type_found']} |")  # fmt: skip
        report["cameo_classes"] = [evaluate_cameo_classes("train"), evaluate_cameo_classes("test")]
        print("\n| ConfliBERT CAMEO PentaClass | sentences | with an event | accuracy | majority class "
              "| macro-F1 |")  # fmt: skip
        print("|---|---|---|---|---|---|")
        for r in report["cameo_classes"]:
            print(f"| {r['split']} | {r['sentences']} | {r['with_event']} | {r['accuracy']} | "
                  f"{r['majority_class_accuracy']} | {r['macro_f1']} |")  # fmt: skip
        report["petrarch2"] = [evaluate_petrarch("PETR.UnitTest.records.xml"),
                               evaluate_petrarch("PETR2_GSR_validation.xml")]  # fmt: skip
        print("\n| PETRARCH2 set | records | expected codings | CAMEO root recall | root precision "
              "| root + source + target | no-event records left empty |")  # fmt: skip
        print("|---|---|---|---|---|---|---|")
        for r in report["petrarch2"]:
            print(f"| {r['set']} | {r['records']} | {r['expected_codings']} | {r['root_recall']} | "
                  f"{r['root_precision']} | {r['dyad_and_root_recall']} | "
                  f"{r['no_event_records_left_empty']}/{r['no_event_records']} |")  # fmt: skip
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"\nwritten: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
