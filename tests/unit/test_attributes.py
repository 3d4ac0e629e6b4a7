"""The indexed attribute ruler must annotate exactly as the model's own attribute ruler."""

from __future__ import annotations

import pytest

from pipeline.nlp.attributes import IndexedAttributeRuler
from pipeline.nlp.model import build_nlp
from tests.conftest import SEED_FILE

# every kind of exception pattern in the model's table: contractions, dialect spellings,
# "gonna"/"gotta", "let's", expletive "there", auxiliaries, pronoun cases, whitespace tokens
TRICKY = [
    "Y'all ain't gonna believe it, c'mon! Let's go, I'd had 'em before and we'll see.",
    "Somethin' ol' was doin' nothin' and goin' nowhere; 'nuff said, I gotta go.",
    "There's a man who's been here. There are two. It is what it is, isn't it?",
    "I wo n't and he ca n't, but she sha n't.  \n\n  They gave it to me and you.",
    "Whether or not that is so, because of this, those who do have did it anyway.",
    "He gets what he got. Anyone, nobody, everything and something happened once.",
]


def _annotations(docs):
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def both(nlp):
    stock = build_nlp(indexed_attribute_ruler=False)
    return stock, nlp


def test_shared_pipeline_uses_the_indexed_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert nlp.get_pipe("attribute_ruler")._exact


def test_same_matches_and_annotations_as_the_model_ruler(both):
    stock, indexed = both
    texts = [*TRICKY, SEED_FILE.read_text(encoding="utf-8")]
    assert _annotations(indexed.pipe(texts)) == _annotations(stock.pipe(texts))
    # the matches themselves, on the parse before the ruler runs
    upstream = ["attribute_ruler", "lemmatizer", "ner", "gazetteer_labels", "gazetteer_ruler",
                "law_entities"]  # fmt: skip
    for doc in stock.pipe(texts, disable=upstream):
        expected = stock.get_pipe("attribute_ruler").match(doc)
        assert indexed.get_pipe("attribute_ruler").match(doc) == expected
        assert expected  # the table does apply to these texts


def test_patterns_it_cannot_index_fall_back_to_spacy(nlp):
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"POS": "ADJ"}]], {"TAG": "XX"}, index=0)
    assert not ruler._exact
    doc = nlp.make_doc("very very good")
    doc[2].pos_ = "ADJ"
    assert [m[2:] for m in ruler.match(doc)] == [(0, 3), (1, 3)]


def test_a_dash_stuck_to_a_capitalised_word_is_split_off(nlp):
    doc = nlp("-Michelle Marks, Philadelphia. \u2014President Obama.")
    assert [t.text for t in doc][:9] == ["-", "Michelle", "Marks", ",", "Philadelphia", ".",
                                          "\u2014", "President", "Obama"]  # fmt: skip
    # hyphens inside words and before numbers or lowercase words are split as the model does
    assert [t.text for t in nlp("A well-known -5 X-Men e-mail -based")] == [
        "A", "well", "-", "known", "-5", "X", "-", "Men", "e", "-", "mail", "-based"]
