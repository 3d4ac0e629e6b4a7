"""`make headroom`: how far the direct-quote F1 targets lie from what our quote spans allow.

`make eval` scores our direct quotes (kinds direct and mixed). Here the same spaCy Docs
and the same matching (`benchmarks.evaluate.score_document`, coverage criterion) score
what-ifs over the spans our extractor stores, on PolNeAR train, dev and test and on the
Gender Gap Tracker set:

- ``as make eval``: the headline figure;
- ``kind direct only``: mixed quotes left out (what a corpus that does not annotate
  reported speech with a quoted fragment as a quote would reward);
- ``titles counted``: our ``title`` spans (titles, scare quotes, nicknames) counted as
  direct quotes as well;
- ``oracle over quoted spans``: every direct, mixed and title span kept only when it is
  correct against the gold (half of its characters in gold direct quotes). Its precision
  is 1 by construction; its F1 is the best that any classifier deciding which of our
  quoted spans are speech could reach without moving their boundaries;
- ``oracle over every span``: the same over every quote we store, reported speech and
  beliefs included.

For each it also gives the precision a system would need for direct F1 0.95 at that
recall (none when even precision 1 falls short). ``mixed precision`` is the share of our
mixed quotes that are correct: how much of that kind each corpus annotates.

Nothing is fitted here. PolNeAR test and the Gender Gap Tracker set are only scored, as
`make eval` scores them; no error of theirs is listed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.evaluate import (
    ROOT,
    GoldDocument,
    QuoteItem,
    Score,
    _chars,
    corpus_dir,
    ggt_documents,
    kind,
    lies_in,
    our_quotes,
    polnear_documents,
    require,
    score_document,
)

TARGET = 0.95
QUOTED = frozenset({"direct", "mixed", "title"})


def needed_precision(recall: float, f1: float = TARGET) -> float | None:
    """The precision that gives ``f1`` at ``recall``; None when precision 1 is not enough."""
    if recall <= 0 or 2 * recall <= f1:
        return None
    p = f1 * recall / (2 * recall - f1)
    return round(p, 3) if p <= 1 else None


def oracle(text: str, gold: list[QuoteItem], predicted: list[QuoteItem]) -> list[QuoteItem]:
    """The predictions that the coverage criterion counts as correct against ``gold``."""
    gold_chars = set().union(*(_chars(text, g.fragments()) for g in gold)) if gold else set()
    return [p for p in predicted if lies_in(_chars(text, [(p.start, p.end)]), gold_chars)]


Selection = Callable[[str, list[QuoteItem], list[QuoteItem]], list[QuoteItem]]
WHAT_IFS: dict[str, Selection] = {
    "as make eval": lambda _t, _g, ps: [p for p in ps if kind(p) in {"direct", "mixed"} and p.direct],
    "kind direct only": lambda _t, _g, ps: [p for p in ps if kind(p) == "direct" and p.direct],
    "titles counted": lambda _t, _g, ps: [p for p in ps if kind(p) in QUOTED and p.direct],
    "oracle over quoted spans": lambda t, g, ps: oracle(t, g, [p for p in ps if kind(p) in QUOTED]),
    "oracle over every span": oracle,
}


def headroom(name: str, documents: Iterable[GoldDocument]) -> dict:
    from pipeline.nlp.model import shared_nlp

    scores = {what: Score() for what in WHAT_IFS}
    mixed = Score()
    docs = list(documents)
    started = time.perf_counter()
    for gold, doc in zip(docs, shared_nlp().pipe(d.body for d in docs), strict=True):
        predicted, _ = our_quotes(doc, gold.body, titles=True)
        direct_gold = [g for g in gold.quotes if g.direct]
        for what, select in WHAT_IFS.items():
            score_document(gold.text, direct_gold, select(gold.text, direct_gold, predicted), scores[what],
                           by_name=False)  # fmt: skip
        score_document(gold.text, direct_gold, [p for p in predicted if kind(p) == "mixed"], mixed,
                       by_name=False)  # fmt: skip
    rows = {}
    for what, s in scores.items():
        row = {k: v for k, v in s.row().items() if k in {"pred", "correct", "gold", "found", "precision",
                                                        "recall", "f1"}}  # fmt: skip
        row["precision_needed_for_0.95"] = needed_precision(s.recall)
        rows[what] = row
    return {"corpus": name, "documents": len(docs), "seconds": round(time.perf_counter() - started, 1),
            "direct": rows, "mixed_precision": round(mixed.precision, 3),
            "mixed_pred": mixed.n_pred}  # fmt: skip


def table(results: list[dict]) -> str:
    lines = ["| corpus | what-if | predicted | correct | P | R | F1 | P needed for F1 0.95 |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in results:
        for what, row in r["direct"].items():
            needed = row["precision_needed_for_0.95"]
            lines.append(f"| {r['corpus']} | {what} | {row['pred']} | {row['correct']} | "
                         f"{row['precision']} | {row['recall']} | {row['f1']} | "
                         f"{'–' if needed is None else needed} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "headroom.json"))
    args = parser.parse_args(argv)
    require(corpus_dir())
    results = [headroom(f"PolNeAR {split}", polnear_documents(split)) for split in ("train", "dev", "test")]
    results.append(headroom("Gender Gap Tracker", ggt_documents()))
    print(table(results))
    for r in results:
        print(f"{r['corpus']}: {r['documents']} documents, mixed quotes {r['mixed_pred']}, "
              f"precision {r['mixed_precision']}")  # fmt: skip
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "results": results}, indent=2))
    print(f"\nwritten: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
