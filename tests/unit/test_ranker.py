"""The speaker ranker for quotes with no cue of their own: its arithmetic, the shipped
model, its use by the quote layer, and `make train-speaker` end to end on a tiny corpus."""

from __future__ import annotations

import json
import math

import pytest

from pipeline.extract.entities import extract_entities
from pipeline.extract.quotes import QuoteExtractor, extract_quotes
from pipeline.extract.ranker import DATA, SpeakerRanker, load_ranker, train


def test_probabilities_are_a_softmax_and_the_threshold_holds_back():
    ranker = SpeakerRanker({"subject": 2.0, "gap1": -1.0}, threshold=0.6)
    rows = [{"subject": 1.0}, {"gap1": 1.0}, {}]
    probabilities = ranker.probabilities(rows)
    assert math.isclose(sum(probabilities), 1.0)
    assert probabilities[0] == pytest.approx(math.exp(2) / (math.exp(2) + math.exp(-1) + 1))
    assert ranker.choose(rows) == (0, probabilities[0])
    assert SpeakerRanker({"subject": 0.1}, threshold=0.6).choose(rows) is None  # not sure enough
    assert ranker.choose([]) is None


def test_training_learns_which_feature_marks_the_speaker_and_is_deterministic():
    # the speaker is always the candidate with "subject"; "gap1" is noise on either side
    groups = [([{"subject": 1.0, "gap1": float(k % 2)}, {"gap1": float((k + 1) % 2)}, {}], {0})
              for k in range(20)]  # fmt: skip
    weights = train(groups, iterations=200)
    assert weights["subject"] > 1.0 and abs(weights["gap1"]) < 0.5
    assert train(groups, iterations=200) == weights


def test_shipped_model_uses_only_features_the_quote_layer_produces(nlp):
    model = json.loads(DATA.read_text(encoding="utf-8"))
    assert model["trained_on"] == "PolNeAR train" and 0.0 < model["threshold"] <= 1.01
    text = "Reporters met Maria Lopez at the clinic on Monday.\n\n“We treat everyone who comes.”"
    doc = nlp(text)
    extractor = QuoteExtractor(doc, extract_entities(doc).mentions, [(0, 50), (52, len(text))])
    extractor.run()
    ((_, _, candidates),) = extractor.uncued
    assert set(model["weights"]) == set(candidates[0][2])
    assert load_ranker() == SpeakerRanker(model["weights"], model["threshold"])


def test_quote_without_a_cue_takes_the_ranked_speaker(nlp):
    text = "Reporters met Maria Lopez at the clinic on Monday.\n\n“We treat everyone who comes.”"
    doc = nlp(text)
    mentions, paragraphs = extract_entities(doc).mentions, [(0, 50), (52, len(text))]
    (ranked,) = extract_quotes(doc, mentions, paragraphs)
    assert (ranked.method, ranked.speaker_text, ranked.speaker_entity_id) == (
        "ranked", "Maria Lopez", "person:maria-lopez")  # fmt: skip
    (rules,) = extract_quotes(doc, mentions, paragraphs, ranker=False)
    assert (rules.method, rules.speaker_text) == ("unattributed", None)  # rules alone: no speaker


def test_quote_with_a_cue_is_left_to_the_rules(nlp):
    text = "Peter Brown met Maria Lopez on Monday.\n\n“We treat everyone,” Lopez said."
    doc = nlp(text)
    (quote,) = extract_quotes(doc, extract_entities(doc).mentions, [(0, 38), (40, len(text))])
    assert (quote.method, quote.speaker_text) == ("trailing", "Lopez")


def test_train_speaker_command_on_a_tiny_corpus(tmp_path, monkeypatch):
    from benchmarks import train_speaker

    text = ("Peter Brown runs the clinic in Lima. He met reporters on Monday.\n\n"
            "“We treat everyone who comes.”\n\n“Nobody is turned away.”\n")  # fmt: skip
    for split in ("train", "dev"):
        base = tmp_path / "polnear" / split
        (base / "text").mkdir(parents=True)
        (base / "attributions").mkdir()
        (base / "text" / "doc1.txt").write_text(text, encoding="utf-8")
        source = text.index("He")
        ann = [f"T1\tSource {source} {source + 2}\tHe"]
        for k, quote in enumerate(("We treat everyone who comes.", "Nobody is turned away.")):
            start = text.index(quote)
            ann.append(f"T{k + 2}\tContent {start} {start + len(quote)}\t{quote}")
            ann.append(f"E{k + 1}\tAttribution:T{k + 2} Content:T{k + 2} Source:T1")
        (base / "attributions" / "doc1_abcd.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    monkeypatch.setenv("NEWS_CORPUS_DIR", str(tmp_path))
    out = tmp_path / "ranker.json"
    assert train_speaker.main(["--out", str(out)]) == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["train"]["quotes"] == 2 and model["dev"]["quotes"] == 2
    assert model["weights"] and model["threshold"] in train_speaker.THRESHOLDS
    assert load_ranker.__wrapped__(out) == SpeakerRanker(model["weights"], model["threshold"])
