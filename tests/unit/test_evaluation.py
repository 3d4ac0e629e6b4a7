"""The evaluation's own readers and mappings, on small files written here (the corpora
themselves are not needed by `make test`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import evaluate as E

UNIT_TEST_XML = """<Validation><!-- header with a <Sentence in a comment -->
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with
Gondor.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="19950101" id="NONE-01" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened in Bree.</Text>
</Sentence>
<Sentence date="19950101" id="ERR-01" category="ERROR" sentence="true">
<EventCoding error = "True"></EventCoding>
<Text>Broken record.</Text>
</Sentence>
<Sentence date="19950101" id="SKIP-01" category="DEMO" sentence="false">
<Text>Not a sentence.</Text>
</Sentence>
</Sentences></Validation>
"""

ACTORS = """<!-- dictionary -->
ARNOR_  [ARN]
+ARNORIAN
ENT
\t[ENT]
BOROMIR  [---]
GONDOR [GON] # a comment
"""


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "petrarch2-validation"
    (folder / "dictionaries").mkdir(parents=True)
    (folder / "PETR.UnitTest.records.xml").write_text(UNIT_TEST_XML)
    (folder / "dictionaries" / "PETR.Validate.actors.txt").write_text(ACTORS)
    monkeypatch.setenv("NEWS_CORPUS_DIR", str(tmp_path))
    return tmp_path


def test_petrarch_records_keep_codings_and_no_event_flags_and_drop_errors(corpus: Path):
    records = E.petrarch_sentences("PETR.UnitTest.records.xml")
    assert [(r.sentence_id, r.codings, r.no_events) for r in records] == [
        ("DEMO-00", [("ARN", "GON", "064")], False),
        ("NONE-01", [], True),
    ]
    assert records[0].text == "Arnor is about to restore full diplomatic ties with Gondor."


def test_petrarch_actor_dictionary_with_synonyms_and_codes_on_the_next_line(corpus: Path):
    entries = dict(E.petrarch_actor_codes())
    assert entries == {"arnor": "ARN", "arnorian": "ARN", "ent": "ENT", "gondor": "GON"}
    dictionary = E.petrarch_actor_codes()
    assert E._actor_code("the Arnorian embassy", None, dictionary) == "ARN"
    assert E._actor_code("Kazakhstan", "KZ", dictionary) == "KAZ"
    assert E._actor_code("someone", None, dictionary) is None


@pytest.mark.parametrize(("root", "label"), [(None, 0), ("01", 0), ("04", 1), ("08", 2), ("11", 3),
                                             ("13", 3), ("14", 4), ("16", 3), ("19", 4)])  # fmt: skip
def test_cameo_roots_fold_into_the_five_classes(root, label):
    assert E.penta_class(root) == label


def test_a_missing_corpus_stops_with_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NEWS_CORPUS_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(SystemExit, match="make eval and make train-speaker need the annotated corpora"):
        E.petrarch_sentences("PETR.UnitTest.records.xml")


def test_bench_reads_rejects_by_reason(tmp_path: Path):
    import duckdb

    from benchmarks import throughput

    db = tmp_path / "bench.duckdb"
    conn = duckdb.connect(str(db))
    conn.sql("CREATE TABLE rejects (source_path VARCHAR, reason VARCHAR)")
    conn.sql("INSERT INTO rejects VALUES ('a', 'duplicate'), ('b', 'extraction_error'), ('c', 'duplicate')")
    conn.close()
    assert throughput.rejects_by_reason(db) == {"duplicate": 2, "extraction_error": 1}


def test_polnear_agreement_scores_every_ordered_pair_of_annotators(tmp_path: Path, monkeypatch):
    text = 'Ann Lee said "we will win." Bob Day said taxes would fall.\n'
    base = tmp_path / "polnear" / "dev"
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    (base / "text" / "doc1.txt").write_text(text, encoding="utf-8")
    (base / "text" / "doc2.txt").write_text(text, encoding="utf-8")  # one annotator: left out

    def ann(*contents: str) -> str:
        lines = []
        for k, content in enumerate(contents, start=1):
            start = text.index(content)
            lines.append(f"T{k}\tContent {start} {start + len(content)}\t{content}")
            lines.append(f"E{k}\tAttribution:T{k} Content:T{k}")
        return "\n".join(lines) + "\n"

    (base / "attributions" / "doc1_aaaa.ann").write_text(ann("we will win.", "taxes would fall"))
    (base / "attributions" / "doc1_bbbb.ann").write_text(ann("we will win."))
    (base / "attributions" / "doc2_aaaa.ann").write_text(ann("we will win."))
    monkeypatch.setenv("NEWS_CORPUS_DIR", str(tmp_path))
    (doc,) = [d for d in E.polnear_documents("dev") if d.name == "doc1"]
    assert [(q.direct, text[q.start : q.end]) for q in doc.quotes] == [
        (True, "we will win."), (False, "taxes would fall")]  # fmt: skip
    result = E.polnear_agreement(["dev"])
    assert (result["articles"], result["annotator_pairs"]) == (1, 2)
    assert result["direct"]["f1"] == 1.0  # both marked the direct quote
    # a vs b: b found 1 of a's 2; b vs a: a's 2 predictions, 1 inside b's gold
    assert (result["all"]["gold"], result["all"]["found"]) == (3, 2)
    assert (result["all"]["pred"], result["all"]["correct"]) == (3, 2)


def test_a_relative_pronoun_gold_speaker_is_the_noun_it_follows():
    text = "Trump mocked Ted Cruz, who said the plan was bad."
    cruz, who, trump = (text.index("Ted Cruz"), text.index("Ted Cruz") + 8), (23, 26), (0, 5)
    assert text[who[0] : who[1]] == "who"
    gold = E.QuoteItem(36, 48, False, speaker_span=who)
    assert E._speaker_right(text, gold, E.QuoteItem(36, 48, False, speaker_span=cruz), False)
    assert E._speaker_right(text, gold, E.QuoteItem(36, 48, False, speaker_span=who), False)
    assert not E._speaker_right(text, gold, E.QuoteItem(36, 48, False, speaker_span=trump), False)
    other = "Bob, he said the plan was bad."  # only relative pronouns resolve back
    gold_he = E.QuoteItem(13, 29, False, speaker_span=(5, 7))
    assert not E._speaker_right(other, gold_he, E.QuoteItem(13, 29, False, speaker_span=(0, 3)), False)


def test_ggt_malformed_quotations_are_read_once_each():
    one = {"speaker": "Tracy", "verb": "said", "quote": "“I {never} cried”", "reference": "Tracy"}
    two = {"speaker": "she", "verb": "added", "quote": "that it was over", "reference": "Demi"}
    dump = lambda q: json.dumps(q, ensure_ascii=False)  # noqa: E731
    # the source's shape: the list written twice, the first one never closed
    raw = f"[\n  {dump(one)},\n  {dump(two)}\n[\n  {dump(one)},\n  {dump(two)}\n]"
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw)
    record = {"quotations": None, "quotations_raw": raw, "quotations_parse_error": "Expecting ','"}
    assert E.ggt_quotations(record) == [one, two]
    assert E.ggt_quotations({"quotations": [two]}) == [two]
    assert E.ggt_quotations({"quotations": None}) == []


def test_speaker_names_agree_on_shared_words_case_and_accents_aside():
    assert E.names_agree("Justin Trudeau", "Trudeau") and E.names_agree("trudeau", "Justin Trudeau")
    assert E.names_agree("François Legault", "Francois Legault")
    assert E.names_agree("Jody Wilson-Raybould", "Wilson-Raybould")
    assert not E.names_agree("Justin Trudeau", "Pierre Trudeau")
    assert not E.names_agree(None, "Justin Trudeau") and not E.names_agree("he", "")


def test_speaker_names_agree_without_articles():
    """An unnamed speaker described with an article ("a police spokesperson") is the one
    the annotator describes with another article or none; articles alone never agree."""
    assert E.names_agree("a police spokesperson", "spokesperson for the Toronto police")
    assert E.names_agree("the Premier's office", "a Premier's office spokesperson")
    assert not E.names_agree("a spokesperson", "a lawyer")
    assert not E.names_agree("the", "the")


def test_speaker_errors_by_name_tell_an_unresolved_mention_from_a_wrong_person():
    text = ("\u201cWe will win,\u201d he said. \u201cWe lost,\u201d said Kim Park. "
            "\u201cMaybe,\u201d she said.")
    gold = [E.QuoteItem(1, 12, True, speaker_name="Taylor Quinn"),
            E.QuoteItem(24, 32, True, speaker_name="Lee Ross"),
            E.QuoteItem(50, 56, True, speaker_name="Ann Hale")]
    pred = [E.QuoteItem(1, 12, True, speaker_span=(14, 16), speaker_name="he", method="trailing",
                        resolved=False),
            E.QuoteItem(24, 32, True, speaker_span=(39, 47), speaker_name="Kim Park", method="trailing"),
            E.QuoteItem(50, 56, True, method="unattributed")]
    score = E.Score()
    E.score_document(text, gold, pred, score, by_name=True)
    assert score.errors == {"speaker unresolved (trailing)": 1, "speaker wrong (trailing)": 1,
                            "speaker missing (unattributed)": 1}


def test_a_polnear_headline_and_dateline_are_read_as_the_pipeline_reads_them(tmp_path: Path, monkeypatch,
                                                                            nlp):
    """The pipeline stores a plain-text article's first line as its title and a wire
    dateline apart from the body, and takes no quote from either; the evaluation blanks them
    likewise, and an attribution annotated in the headline stays in the gold set, where it
    counts as missed."""
    headline = "Mayor Jane Roe: ‘We Will Rebuild the Bridge.’"
    dateline = "SPRINGFIELD, Ill. (AP) — "
    body = dateline + "Mayor Jane Roe spoke on Monday.\n\n“We will rebuild the bridge,” Roe said.\n"
    text = headline + "\n\n" + body
    base = tmp_path / "polnear" / "dev"
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    (base / "text" / "doc1.txt").write_text(text, encoding="utf-8")
    spans = [(text.index("We Will"), text.index("Bridge.") + 7),
             (text.index("We will"), text.index("bridge,") + 6)]
    (base / "attributions" / "doc1_aaaa.ann").write_text(
        "".join(f"T{k}\tContent {a} {b}\t{text[a:b]}\nE{k}\tAttribution:T{k} Content:T{k}\n"
                for k, (a, b) in enumerate(spans, start=1)), encoding="utf-8")  # fmt: skip
    monkeypatch.setenv("NEWS_CORPUS_DIR", str(tmp_path))
    (doc,) = E.polnear_documents("dev")
    at = text.index(dateline)
    assert doc.hidden == ((0, len(headline)), (at, at + len(dateline)))
    assert doc.body == " " * len(headline) + "\n\n" + " " * len(dateline) + text[at + len(dateline) :]
    assert len(doc.quotes) == 2  # the headline's attribution is still gold
    predicted, _ = E.our_quotes(nlp(doc.body), doc.body)
    assert [text[p.start : p.end] for p in predicted] == ["We will rebuild the bridge,"]
    score = E.Score()
    E.score_document(text, doc.quotes, predicted, score, by_name=False)
    assert (score.n_gold, score.n_found, score.n_pred, score.n_correct) == (2, 1, 1, 1)


def test_transcript_turns_count_in_all_quotes_but_not_as_direct_quotes(nlp):
    """The corpora's direct quotes are those with quote marks; a transcript turn printed
    without them is scored with all quotes only."""
    text = ("Jane Roe interviewed Senator John Smith.\n\nROE: Will the bridge be rebuilt?\n\n"
            "SMITH: It will, and soon.\n\n“We have the money,” Smith said later.")
    predicted, _ = E.our_quotes(nlp(text), text)
    assert [(text[p.start : p.end], p.direct) for p in predicted] == [
        ("Will the bridge be rebuilt?", False), ("It will, and soon.", False),
        ("We have the money,", True)]


def test_headroom_precision_needed_for_the_target_at_a_recall():
    from benchmarks import headroom as H

    assert H.needed_precision(0.95) == 0.95
    assert H.needed_precision(1.0) == 0.905  # 0.95 / 1.05
    assert H.needed_precision(0.9) is None  # precision 1 gives 0.947 only
    assert H.needed_precision(0.0) is None


def test_headroom_what_ifs_and_the_oracle_on_a_small_text(nlp):
    """`make headroom` sees our title spans too; the oracle keeps a prediction only when
    half of it lies in gold direct quotes."""
    from benchmarks import headroom as H

    text = "The film “Blue Sky” opened on Friday. “We are ready,” Jane Smith said."
    assert [(text[p.start : p.end], p.direct) for p in E.our_quotes(nlp(text), text)[0]] == [
        ("We are ready,", True)]
    predicted, _ = E.our_quotes(nlp(text), text, titles=True)
    assert [(text[p.start : p.end], H.kind(p), p.direct) for p in predicted] == [
        ("Blue Sky", "title", True), ("We are ready,", "direct", True)]
    start = text.index("We are")
    gold = [E.QuoteItem(start, start + len("We are ready,"), True)]
    chosen = {what: [text[p.start : p.end] for p in select(text, gold, predicted)]
              for what, select in H.WHAT_IFS.items()}  # fmt: skip
    assert chosen == {
        "as make eval": ["We are ready,"], "kind direct only": ["We are ready,"],
        "titles counted": ["Blue Sky", "We are ready,"], "oracle over quoted spans": ["We are ready,"],
        "oracle over every span": ["We are ready,"]}
    result = H.headroom("small", [E.GoldDocument("small", text, gold)])
    titles = result["direct"]["titles counted"]
    assert (titles["pred"], titles["correct"], titles["found"], titles["precision"]) == (2, 1, 1, 0.5)
    assert result["direct"]["oracle over quoted spans"]["f1"] == 1.0
