"""A small trained ranker for the speaker of a quote that has no cue of its own.

The quote layer lists the candidate speakers of such a quote (person and organisation
mentions around it, `QuoteExtractor.speaker_candidates`) with features of the parse and the
discourse (distance in sentences and paragraphs, subject of a speech verb, previous
speaker, mention kind, recency, …). A linear model scores them and a softmax over the
candidates gives each a probability; the best one is taken when its probability reaches
the model's threshold. Weights come from `make train-speaker`
(`benchmarks/train_speaker.py`), trained on PolNeAR train only, and ship with the package
in `pipeline/nlp/data/speaker_ranker.json`; nothing is downloaded or trained at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "nlp" / "data" / "speaker_ranker.json"


@dataclass(frozen=True)
class SpeakerRanker:
    weights: Mapping[str, float]
    threshold: float = 0.5

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> list[float]:
        """Softmax over the candidates' linear scores."""
        scores = [sum(self.weights.get(k, 0.0) * v for k, v in row.items()) for row in rows]
        if not scores:
            return []
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, rows: Sequence[Mapping[str, float]]) -> tuple[int, float] | None:
        """(index, probability) of the best candidate, or None below the threshold."""
        probabilities = self.probabilities(rows)
        if not probabilities:
            return None
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return (best, probabilities[best]) if probabilities[best] >= self.threshold else None


@lru_cache(maxsize=1)
def load_ranker(path: Path = DATA) -> SpeakerRanker | None:
    """The shipped model, or None when the package has none (rules only)."""
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    return SpeakerRanker(dict(model["weights"]), float(model["threshold"]))


def train(
    groups: Sequence[tuple[Sequence[Mapping[str, float]], set[int]]],
    *, l2: float = 0.01, iterations: int = 400, learning_rate: float = 0.1,
) -> dict[str, float]:  # fmt: skip
    """Weights maximising the softmax likelihood of the gold candidates of each group
    (candidate feature rows, indices of the right ones), with L2; full-batch Adam from
    zero, so the result is deterministic."""
    import numpy as np

    names = sorted({k for rows, _ in groups for row in rows for k in row})  # no bias: a softmax ignores it
    index = {n: i for i, n in enumerate(names)}
    matrices, masks = [], []
    for rows, positives in groups:
        x = np.zeros((len(rows), len(names)))
        for r, row in enumerate(rows):
            for k, v in row.items():
                x[r, index[k]] = v
        matrices.append(x)
        masks.append(np.array([r in positives for r in range(len(rows))]))
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, iterations + 1):
        grad = 2 * l2 * w
        for x, mask in zip(matrices, masks, strict=True):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = np.where(mask, p, 0.0)
            q /= q.sum()
            grad += x.T @ (p - q) / len(matrices)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= learning_rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {n: round(float(w[i]), 6) for n, i in index.items()}
