"""`make train-speaker`: train the speaker ranker for quotes with no cue of their own.

Training data: PolNeAR train only. Every direct quote that our rules leave without a cue
of its own (continuations of a voice, quote-only paragraphs, unattributed quotes) and that
lies in a gold attribution with a source becomes one ranking example: the candidate
speakers `QuoteExtractor.speaker_candidates` lists, the right ones being those whose span
overlaps PolNeAR's source mention (the mention as written, as `make eval` scores it).
Examples whose source is not among the candidates cannot be learned and are counted.

The model (`pipeline.extract.ranker.train`: softmax over candidates, L2, deterministic) and
its threshold (the probability above which it overrides the rules, chosen on train) are
written to `pipeline/nlp/data/speaker_ranker.json` with the figures below; PolNeAR dev is
reported (accuracy of rules, ranker and the combined policy on those quotes), never used to
fit. Nothing here runs at pipeline run time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.evaluate import (
    ROOT,
    _chars,
    corpus_dir,
    jaccard,
    line_paragraphs,
    polnear_documents,
    require,
)
from pipeline.extract.ranker import DATA, SpeakerRanker, train

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never override the rules
L2, ITERATIONS = 0.001, 1000


def examples(split: str, limit: int | None = None) -> Iterator[dict]:
    """One dict per uncued quote of `split` that lies in a gold attribution with a source."""
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.quotes import QuoteExtractor
    from pipeline.nlp.model import shared_nlp

    nlp = shared_nlp()
    documents = list(polnear_documents(split))[:limit]
    for gold, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        paragraphs = line_paragraphs(gold.text)
        extractor = QuoteExtractor(doc, extract_entities(doc, paragraphs).mentions, paragraphs)
        extractor.run()
        for span, rules, candidates in extractor.uncued:
            quote = _chars(gold.text, [(span.start, span.end)])
            sourced = [g for g in gold.quotes if g.speaker_span is not None
                       and len(quote & _chars(gold.text, g.fragments())) >= 0.5 * len(quote)]  # fmt: skip
            if not quote or not sourced:
                continue
            source = max(sourced, key=lambda g: len(quote & _chars(gold.text, g.fragments()))).speaker_span

            def right(token, source=source, extractor=extractor) -> bool:  # noqa: ANN001
                _, _, start, end = extractor._speaker_fields(token)
                return start is not None and jaccard(source, (start, end)) > 0

            yield {
                "rows": [features for _, _, features in candidates],
                "positives": {i for i, (_, token, _) in enumerate(candidates) if right(token)},
                "rules_right": rules is not None and rules.speaker is not None and right(rules.speaker),
            }  # fmt: skip


def accuracy(items: list[dict], ranker: SpeakerRanker | None) -> float:
    """Share of quotes whose speaker is right under the combined policy (the ranker where
    it is confident, the rules elsewhere); ranker None = rules only."""
    right = 0
    for item in items:
        choice = ranker.choose(item["rows"]) if ranker is not None and item["rows"] else None
        right += (choice[0] in item["positives"]) if choice is not None else item["rules_right"]
    return round(right / len(items), 4) if items else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(DATA))
    parser.add_argument("--limit", type=int, default=None, help="documents per split (a smoke run)")
    args = parser.parse_args(argv)
    require(corpus_dir() / "polnear" / "train")
    started = time.perf_counter()
    train_items = list(examples("train", args.limit))
    dev_items = list(examples("dev", args.limit))
    learnable = [(i["rows"], i["positives"]) for i in train_items if i["positives"]]
    weights = train(learnable, l2=L2, iterations=ITERATIONS)
    # the threshold by two-fold cross-validation on train (fit on one half, score the other)
    halves = [train_items[k::2] for k in range(2)]
    folds = [train([(i["rows"], i["positives"]) for i in halves[k] if i["positives"]],
                   l2=L2, iterations=ITERATIONS) for k in range(2)]  # fmt: skip
    by_threshold = {t: round(sum(accuracy(halves[1 - k], SpeakerRanker(folds[k], t))
                                 for k in range(2)) / 2, 4) for t in THRESHOLDS}  # fmt: skip
    threshold = max(THRESHOLDS, key=lambda t: (by_threshold[t], t))  # ties: override less
    # no date or timing inside: the file is byte-for-byte reproducible
    model = {
        "model": "softmax over speaker candidates (pipeline.extract.ranker)",
        "l2": L2, "iterations": ITERATIONS,
        "trained_on": "PolNeAR train",
        "threshold": threshold,
        "weights": weights,
        "train": {
            "quotes": len(train_items), "learnable": len(learnable),
            "rules_accuracy": accuracy(train_items, None),
            "cross_validated_accuracy_by_threshold": {str(t): a for t, a in by_threshold.items()},
        },
        "dev": {
            "quotes": len(dev_items), "learnable": sum(1 for i in dev_items if i["positives"]),
            "rules_accuracy": accuracy(dev_items, None),
            "combined_accuracy": accuracy(dev_items, SpeakerRanker(weights, threshold)),
            "ranker_alone_accuracy": accuracy(dev_items, SpeakerRanker(weights, 0.0)),
        },
    }  # fmt: skip
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(json.dumps({k: model[k] for k in ("threshold", "train", "dev")}, indent=1))
    print(f"{time.strftime('%Y-%m-%d')}: {time.perf_counter() - started:.0f} s")
    print(f"written: {Path(args.out).relative_to(ROOT) if Path(args.out).is_relative_to(ROOT) else args.out}"
          f" (sha256 {hashlib.sha256(text.encode()).hexdigest()[:12]})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
