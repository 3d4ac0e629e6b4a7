"""Quotations with speakers: direct, indirect (reported) and mixed, reported beliefs and
intentions (kinds ``belief``, ``intention``), plus quoted spans that are not speech
(titles, slogans, scare quotes) kept with kind ``title``.

Input: a spaCy Doc and the entity mentions of that Doc (`extract_entities`); output:
`QuoteRecord`s whose offsets (content without the quote marks, cue, speaker) index the
document text. Does not modify the Doc and never raises on odd quote marks.

Rules (each has a unit test in tests/unit/test_quotes.py):
- quote marks: “…”, „…“, «…», ‘…’, "…", '…' (a straight or curly apostrophe inside or at the
  end of a word is never a quote mark); a quote inside a quote stays inside the outer one;
  a ” that opens a paragraph opens a quote (web copy writes ”…” for “…”); a curly opener
  closed by a straight mark before an attribution (“…," he said. "…”) is two quotes, and
  so is one closed by an opening mark after its words (“…?“ he asked. “…”);
- a paragraph that opens a quote without closing it continues in the next paragraph when
  that one opens with a quote mark (the news convention), else the quote ends with its
  paragraph and is kept with ``closed = false`` and lower confidence; a paragraph whose
  quote opens with a transcript label in capitals ("PENCE: Well, …") starts a new quote,
  attributed to the label (``colon``) and without it in the content;
- attribution of a direct quote, first match wins:
  ``trailing``   “…,” the head of state stated. / “…,” said Smith. (A full stop right after
                 the closing mark ends the sentence: “…”. Smith said … is no attribution.)
  ``leading``    Smith said: “…” / Smith told reporters that “…”
  ``according``  according to Smith, “…”
  ``dash``       “…” — Smith, or a short line "- Smith." below a quote ending its paragraph
  ``continuation`` a quote with no cue of its own continues the voice of the quote just
                 before it (same or previous paragraph), or of a speaker who is the subject
                 of the previous sentence; an unresolved he/she/they "said" after a quote
                 takes the voice of the quote before it ("Another tweeted" does not);
  a naming verb with a subject right before the quote speaks first ("what Gilbert called
  “a perception problem”"); a cue in the sentence after the quote that reports content of
  its own ("“…” He added that …", "Mr. Zahed said: “…”") does not attribute it; verbs such
  as continue, press, snap, shoot back report speech only right next to the quote;
  a cue and a colon before the quote beat a cue in the next sentence, a possessive mark
  between them no break ("He told Sky News' Sunday programme: “…”"), and a cue in the next
  sentence whose complement has words of its own outside quote marks reports that, not the
  quote ("“…” Ms. Ortiz said the row was “getting in the way”"), nor does one after a
  clause of its own ("“…” House prices have risen 0.9%, Nationwide said"); a cue past a
  sentence end the parser missed ("“…” inhibitors. According to …") yields to a cue before
  the quote;
  a quote right after an attributed quote of its own paragraph keeps that voice even when
  the speaker ranker prefers another mention, and the ranker does not give a quote to
  someone named only after it who speaks in a sentence or with content of their own; a
  quote with no cue inside a sentence whose subject is a named person is that person's
  (``sentence_subject``); "according to X" ending a sentence of its own after a quote
  sources that sentence, not the quote; a cue and a comma right before the quote beat
  a cue in the next sentence ("Labott tweeted, “…” This, CNN claimed, …"), and a cue right
  before the next quote's mark is that quote's; an adjacent-only verb right before the
  quote's colon beats a cue in a clause before it ("When X suggested …, Y fired back: “…”");
- the speaker is the cue's grammatical subject (passive agent, or inverted subject), mapped
  to the entity mention covering it, so nominals and pronouns resolve to canonical entities;
  with no mention, the noun phrase is kept as speaker_text and speaker_entity_id is NULL;
  "it said" and definite descriptions ("the lanky professor said") resolve in the entity
  layer; a name in apposition to the subject speaks ("His lawyer, Zhang Dongshuo, said",
  also with letters after it: "The finance spokesman, Brian Monteith MSP, said"),
  and a description in apposition to a name
  ("Nunes, the ferocious brawler who calls herself …") is that name; a statement, letter or
  ad someone issued speaks for its issuer ("X released a statement saying …"); an inverted
  interjection names the speaker after the cue ("The policy, said Jane Doe, will fail"), also
  over a relative pronoun the parse made a second subject ("the courts which, said Mr
  Hopkins, “is part of …”");
  where the parse gives the cue no usable subject: the person named before it across an
  apposition ("“…,” Senator Jane Porter, Democrat of Ohio, told …"), the object of a control
  verb for its to-clause ("led Porter to say that …"), X in "with X asking", the subject of
  the clause for a participle on a place or channel ("heard on a microphone telling …"),
  the name before "who" after a list of names; the subject above a to-clause ("took to
  Twitter to accuse …", "went on to say", not "urged Stone to say", not "declined to say
  whether …": nothing was said); the organisation or government before
  "which" ("by Beijing, which described …", not a place: "in Orlando, which …"); a name that
  closes the role phrase the parse made the subject ("Shadow minister for sport Helen Marsh
  said", not "a spokesman for Mr. Clinton"), or a name with a title of its own coordinated
  with a title ("said festival founder and director Ellen Grove"); of two subjects, a person
  nearest the cue ("LONDON (Reuters) - Donald Trump said"), or after it ("said co-ordinator
  Peter Facey"); a person after an organisation's possessive ("War on Want's John Hilary");
  a who-clause on what a copula says of its subject is the subject's ("Trump is a serial
  liar … and bully who has pledged …"); a person right after an organisation and a title
  of it speaks for the organisation's words ("said Treasury Under Secretary John Taylor");
  a name the parse hung on a reflexive aside ("Mr Bez - himself a former executive …
  said") or on the noun of an aside set off by dashes speaks; "the statement" (report,
  letter, poll …) takes the entity of whoever issued it in the three sentences before;
- non-speech quoted spans: after a preposition or determiner, or after title words
  ("titled", "theme", "slogan", "dubbed"), or very short with no cue; right after a noun for
  a work ("his book ''TrumpNation''"; across a comma only without a speaker of its own); a
  headline cited with its byline ("“…,” by The Post's Jane Doe"); a phrase with no verb of
  its own inside a running sentence, with no cue and no person or organisation as the
  subject of its clause ("the imminent “war on living rooms”"); a text a copula names
  before a colon ("Labour's election slogan will be: “…”");
- indirect speech: a reporting verb with a clausal complement ("said that …"), a content
  object for verbs such as stress/announce/suggest/call ("stressed the importance of …",
  "called it …"), "talk about …", "accused X of …", a request's to-clause without the one
  addressed ("asked the board to release …"), "As X said, <clause>", and "according to X,
  …" (set in mid-sentence: the clause after it); if the reported content holds a
  quoted fragment the quote is ``mixed`` (unless all the content but one word is the quote:
  "said it “was over”" stays direct); a quoted fragment inside the phrase its leading cue
  reports makes that phrase mixed content ("warned of a “ferocious” battle ahead", "pledged
  to oppose it “today, tomorrow, forever.”"; not the one told: "told BBC Two's Newsnight
  …"); an object cast "as" a quoted fragment belongs to the
  content ("described the tax as a “disgrace”"); evaluative verbs (call, liken, blame,
  exhort, …) report only a complement that holds a quoted fragment; a clause the parser
  attached to the cue as an adverbial with its own subject and no conjunction is content
  ("said after the vote he would …"); when the parser lost the cue's subject, a name right
  before the cue speaks;
- beliefs: a belief verb (believe, think, expect, hope, fear, worry, agree, doubt, …) with a
  clause as content and a third-person holder is kind ``belief`` ("Obama believes that …"):
  reported views, not speech, so analysts can keep or drop them (speech kinds are direct,
  indirect and mixed);
- intentions: want/plan/intend/seek/aim/vow/refuse/decline/promise/pledge/threaten/hope/
  expect with a to-clause and a third-person holder is kind ``intention`` ("Trump wants to
  build a wall", "declined to say whether …"); with a quoted fragment in the clause it is
  speech, ``mixed`` ("vowed to “drain the swamp”").

Two cues that report the same words make one quote (speech over a belief or intention,
then a resolved speaker, then the surer rule).

Not handled: cues inside quotes (nested reported speech), speakers found only in an earlier
paragraph that is not the previous one, group speakers ("both sides said").
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.extract.entities import (
    HONORIFICS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    POST_NOMINALS,
    is_title_word,
    name_gender_of,
    pronoun_gender,
)
from pipeline.extract.lexicon import SPEECH_VERBS
from pipeline.extract.marks import QuoteSpan, find_quote_spans, transcript_label
from pipeline.extract.ranker import SpeakerRanker, load_ranker
from pipeline.extract.records import SPEECH_KINDS, MentionRecord
from pipeline.extract.sentences import doc_text, sentence_index
from pipeline.extract.syntax import (
    DASHES,
    MentionIndex,
    aged,
    conjuncts,
    grammatical_subject,
    misparsed_name,
    noun_across_dash,
    passive_agent,
)
from pipeline.nlp.first_names import name_gender

# Verbs that report speech only with a clausal complement (not "he added 20 decisions").
CLAUSE_ONLY_VERBS = frozenset({"add", "write", "post", "charge", "ask", "answer", "report"})
# Reporting verbs whose direct object is the reported content ("stressed the importance").
OBJECT_CONTENT_VERBS = frozenset(
    """stress emphasize emphasise underline underscore note announce declare propose suggest
    urge recommend call demand reiterate mention describe deny confirm acknowledge reveal
    disclose promise pledge vow warn predict claim""".split()
)
TALK_VERBS = frozenset({"talk", "speak"})
# Reporting verbs whose to-clause is a request made of someone ("asked them to leave").
REQUEST_VERBS = frozenset({"ask", "tell"})
# verbs whose object is the one addressed ("told reporters", "assured the crowd")
ADDRESSEE_VERBS = frozenset({"tell", "assure", "inform", "remind", "brief", "warn", "ask", "urge"})
# Verbs that report a finding when a document is their subject ("the poll shows that …").
FINDING_VERBS = frozenset({"show", "find", "indicate", "estimate", "suggest", "conclude",
                           "reveal", "predict", "project", "say", "state", "note"})  # fmt: skip
DOCUMENT_NOUNS = frozenset(
    """poll survey study report analysis data research figure statistic audit review
    investigation memo document letter statement filing estimate projection census
    assessment inquiry paper ruling verdict""".split()
)
# What someone issues that then speaks for them, and the verbs of issuing it.
ISSUED_NOUNS = frozenset({"statement", "letter", "memo", "release", "ad", "advertisement",
                          "post", "tweet", "email", "message", "note", "video",
                          "piece", "article", "column", "editorial", "op-ed"})  # fmt: skip
ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "write", "sign",
                           "put", "air", "run", "deliver", "circulate", "tweet"})  # fmt: skip
# Recordings that show someone speaking ("footage of Clinton asking …").
RECORDING_NOUNS = frozenset({"footage", "video", "clip", "recording", "tape", "audio", "image"})
# Verbs that report speech only when they stand right next to the quote ("she continued",
# "Hannity pressed", "Trump shot back").
ADJACENT_ONLY_VERBS = frozenset({"continue", "begin", "go", "chime", "interject", "finish",
                                 "press", "shoot", "fire", "hit", "snap", "push", "elaborate",
                                 "wonder", "mock", "beam"})  # fmt: skip
# Verbs that report speech right next to the quote with "in": "her husband cut in".
CUTTING_IN_VERBS = frozenset({"cut", "break", "jump", "butt"})
# What a quote can be read on ("“…,” read the statement", "“…,” it read" of a sign): "read"
# is a cue only for these and "it".
READ_NOUNS = DOCUMENT_NOUNS | ISSUED_NOUNS | frozenset(
    {"sign", "banner", "placard", "poster", "billboard", "headline", "caption", "text",
     "inscription", "card", "shirt", "t-shirt", "slogan", "plaque", "note", "suit", "lawsuit",
     "complaint", "indictment", "petition", "motion", "affidavit", "passage", "excerpt",
     "transcript", "invitation", "flyer", "mailer", "notice", "website", "page", "footnote"}
)
# Forms of reporting verbs the tagger takes for nouns right after a quote ("“…,” the email
# read.", "“…,” the two write."), with their lemmas.
_CUE_FORMS = {"read": "read", "reads": "read", "write": "write", "writes": "write",
              "wrote": "write", "states": "state", "stated": "state", "says": "say",
              "said": "say", "adds": "add", "added": "add", "continues": "continue",
              "continued": "continue", "notes": "note", "noted": "note"}  # fmt: skip
# Nouns for those who speak and what speaks for them (not an "idea noun": _idea_noun).
_SPEAKING_NOUNS = PERSON_NOUNS | ORGANISATION_NOUNS | READ_NOUNS | RECORDING_NOUNS
# Verbs of sending a message to someone ("emailed supporters saying …").
_SENDING_VERBS = frozenset({"email", "e-mail", "text", "message", "mail", "write", "send", "tweet", "call",
                            "phone"})  # fmt: skip
# Those a cue addresses ("told the cheering crowd"): whom, not what.
_AUDIENCE_NOUNS = PERSON_NOUNS | frozenset(
    {"crowd", "audience", "reporter", "journalist", "supporter", "voter", "people", "room",
     "viewer", "listener", "congregation", "delegate", "student", "worker", "member", "fan"})
# Object pronouns: never the subject of a cue next to them ("called him “…”").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
# Adverbs the parse gives a subordinate clause for its conjunction ("When he left, …").
_SUBORDINATORS = frozenset({"when", "whenever", "while", "where", "once", "before", "after", "since"})
# Entity labels of proper nouns that never speak ("“…,” he said Monday").
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORDINAL", "CARDINAL", "EVENT"})
# Verbs whose object does what their to-clause says ("prompted Rubio to call Trump “…”",
# "led Republicans to say that …"); not "used the comments to urge …", "had this to say".
OBJECT_CONTROL_VERBS = frozenset(
    "prompt lead force ask urge push cause prod press encourage invite allow get spur drive "
    "inspire compel tell".split()
)
# Verbs that characterise what someone said; an attribution only when their complement
# holds a quoted fragment ("called them “deplorables”", "blasted the media for being “…”").
EVALUATIVE_VERBS = frozenset(
    """call criticize criticise blast dismiss accuse praise cite mock slam condemn decry hail
    label brand refer tweet ridicule attack denounce characterize characterise deride
    lambaste laud welcome question challenge defend liken compare exhort encourage blame
    reference proclaim""".split()
)
# What the writer calls a report in an apposition after it ("…, a charge that …").
COMMENT_NOUNS = frozenset(
    """charge claim swipe dig jab shot acknowledgment acknowledgement admission reference move
    reaction boost blow rebuke criticism accusation assertion remark statement sign signal nod
    allusion contrast departure reversal shift step echo attempt metaphor threat warning
    promise pledge suggestion view position response rebuttal retort""".split()
)
# Participles of talk that follow a quote as the writer's account of it ("…,” claiming
# that …", "…,” referring to …"); those that point at what the quote is about report nothing.
_POINTING_VERBS = frozenset({"refer", "reference", "allude", "link"})
_TELLING_VERBS = SPEECH_VERBS | EVALUATIVE_VERBS | _POINTING_VERBS
# Verbs that report a belief or expectation, not speech ("Obama believes that …"): kept as
# kind ``belief``, only with a clause as content and a named or pronoun holder.
BELIEF_VERBS = frozenset(
    """believe think expect hope fear worry agree doubt feel suspect assume reckon know
    figure wonder""".split()
)
# Verbs that report an intention with a to-clause ("Trump wants to build …", "declined to
# say whether …"): kind ``intention``, with a named or pronoun holder.
INTENTION_VERBS = frozenset(
    """want plan intend seek aim vow refuse decline promise pledge threaten hope
    expect""".split()
)
# Nouns whose that-clause is reported content ("Trump's claim that …").
NOUN_CUES = frozenset(
    """claim statement remark comment assertion warning promise pledge vow allegation
    argument suggestion insistence announcement admission assurance contention
    prediction""".split()
)
# Nouns for works with names: a quote right after one names it ("his book ''TrumpNation''",
# "the movie, “13 Hours,” is based on …").
WORK_NOUNS = frozenset(
    """book column article op-ed essay film movie documentary show series song album
    headline editorial memoir novel play poem podcast episode musical opera sitcom anthem
    hymn chapter""".split()
)
# Nouns for a text that a copula before a colon can introduce ("Labour's election slogan will
# be: “…”", "The proposed question is: “…”"): the quote is that text, not speech.
TEXT_NOUNS = frozenset(
    """slogan motto question wording text sign banner placard inscription caption tagline
    title name headline""".split()
)
TITLE_WORDS = frozenset(
    """titled entitled called named dubbed theme themes slogan slogans motto headline
    headlined labelled labeled branded nicknamed""".split()
)

_SENTENCE_END_AFTER = re.compile(r"[.!?](?!\.)")
# a full stop after a lower-case word (no abbreviation: "Mr.", "Sen.", "J.") before a capital
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})[.!?](?=\s+[A-Z“\"])")
NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "flat", "quantmod"})

# The small model's lemmatizer gets a few reporting verbs wrong ("hopes" -> "hop").
_LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
# Holders whose views and plans are no one's reported attitude: the writer's "I think",
# "how do you know", "one hopes to …".
_NO_HOLDER = frozenset({"i", "we", "you", "one", "who"})
# verbs whose to-clause did not happen ("declined to say whether …": nothing was said)
_NOT_DONE_VERBS = frozenset({"decline", "refuse", "fail", "hesitate", "avoid", "neglect", "forget", "cease"})
# dependencies of the cue's complements that can hold a quoted fragment as a part
_FRAGMENT_HOSTS = frozenset({"dobj", "prep", "ccomp", "xcomp", "oprd", "dative", "advcl", "npadvmod"})


def _surface_subject(verb: Token) -> Token | None:
    """The nsubj or nsubjpass of a verb or of the verb it is conjoined to (no agent)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
            return subject
        verb = verb.head


def _bare_in(token: Token) -> bool:
    """A particle "in" ("chimed in", "cut in"), tagged as a particle or a preposition
    without an object."""
    return token.lower_ == "in" and token.dep_ in {"prt", "prep"} and token.n_lefts + token.n_rights == 0


def _idea_noun(noun: Token) -> bool:
    """A common noun that names no one and nothing that speaks ("the notion", "a shakeup";
    not "a spokesman", "a statement", "footage")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in _SPEAKING_NOUNS


def _recorded(noun: Token | None) -> Token | None:
    """Who a recording shows: "footage of Clinton", "a video of the mayor"."""
    if noun is None or noun.lemma_.lower() not in RECORDING_NOUNS:
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip


def _subject_above(token: Token) -> Token | None:
    """The subject of the nearest verb above `token` whose subject lies outside its phrase."""
    inside = range(token.left_edge.i, token.right_edge.i + 1)
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            subject = grammatical_subject(token)
            if subject is not None and subject.i not in inside:
                return subject
    return None


def _drop_trailing_punct(tokens: list[Token], *, keep_marks: bool = True) -> None:
    """Punctuation off the end of content, in place; a closing quote mark stays (unless
    `keep_marks` is false), so do "%" ("rise by 6%") and a bracket closing one opened inside."""
    while tokens and tokens[-1].is_punct:
        last = tokens[-1].text
        if (keep_marks and last in "”’»\"'" or last == "%"
                or last == ")" and any(t.text == "(" for t in tokens)):  # fmt: skip
            break
        tokens.pop()


def _mention_fields(mention: MentionRecord) -> tuple:
    """(entity_id, text, start, end) of a speaker mention."""
    return mention.entity_id, mention.text, mention.start_char, mention.end_char


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs coordinated with `verb` ("endorsed … and said": endorsed),
    which carries the clause's relation to the rest of the sentence."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _lemma(token: Token) -> str:
    if token.pos_ == "NOUN" and token.lower_ in _CUE_FORMS:
        return _CUE_FORMS[token.lower_]  # a cue the tagger took for a noun
    return _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


_NAME_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][\w’'-]+")
_SPEAKING = frozenset({"PERSON", "ORG"})
# Dash tokens that set off an aside or a quote ("… leaders - “He would …”", ", adding …").
_DASH_TOKENS = DASHES
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# ", 44, " / ", a lawyer for the group, ": an apposition between a name and its cue
_APPOSITION_BETWEEN = re.compile(r",[^,;:\"“”()]{1,80},\s*")
_AMOUNT_ADVERBS = frozenset({"enough", "so", "much", "little", "more", "less", "otherwise"})
# Relative pronouns: as a subject they name no speaker of their own.
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_DASHES = re.compile(r"[^\S\n]*(?:―|—|–|--|-)[^\S\n]*")  # spaces incl. no-break, not newlines


@dataclass(frozen=True)
class QuoteRecord:
    quote_idx: int
    kind: str  # direct, indirect, mixed, belief, intention, title
    text: str
    start_char: int
    end_char: int
    speaker_entity_id: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_lemma: str | None
    cue_start: int | None
    cue_end: int | None
    method: str
    confidence: float
    closed: bool
    sent_idx: int


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "with", "by", "from", "de", "la", "vs"})  # fmt: skip


# Pronouns that can stand for the speaker of the quote before ("“…,” she said").
THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "they"})


def _is_title_cased(words: list[str]) -> bool:
    """ "Fox News Sunday," / "Contract with America." — every major word capitalized."""
    cleaned = [w.strip(".,;:!?()[]\"'“”‘’") for w in words]
    major = [w for w in cleaned if w and w.lower() not in _MINOR_WORDS]
    return (
        bool(major)
        and all(w[0].isupper() or w[0].isdigit() for w in major)
        and not any(w.lower() in {"i", "we", "you", "is", "are", "was"} for w in cleaned)
    )


# -- attribution --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Attribution:
    cue: Token | None
    cue_end: Token | None  # last token of a multi-word cue ("according to", "point out")
    speaker: Token | None
    method: str
    confidence: float
    entity_id: str | None = None  # the speaker's entity when the mention alone lacks it


class QuoteExtractor:
    """Holds one Doc, its mentions and its quote spans while quotes are extracted."""

    def __init__(
        self, doc: Doc, mentions: Sequence[MentionRecord], paragraphs: Sequence[tuple[int, int]],
        ranker: SpeakerRanker | None = None,
    ) -> None:  # fmt: skip
        self.ranker = ranker
        # quotes with no cue of their own: (span, the rules' attribution, candidates)
        self.uncued: list[tuple[QuoteSpan, _Attribution | None, list]] = []
        self.doc = doc
        self.text = doc_text(doc)
        self.index = MentionIndex(mentions)
        self.sent_of = sentence_index(doc)
        self.mentions = self.index.mentions
        # the genders each person's names (title, first name) and resolved he/she tell
        self.person_genders: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.entity_id is None or m.entity_type != "PERSON":
                continue
            gender = (pronoun_gender(m.text) if m.mention_kind == "pronoun"
                      else name_gender_of(m.text) if m.mention_kind == "name" else None)  # fmt: skip
            if gender is not None:
                self.person_genders.setdefault(m.entity_id, set()).add(gender)
        self.paragraphs = sorted(paragraphs) or [(0, len(self.text))]
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self.spans = find_quote_spans(self.text, self.paragraphs)
        self._nicknames = {s.open_char for s in self.spans if self._is_nickname(s)}
        # openers of the quotes that end a trailing attribution (a nickname does not)
        self._openers = [s.open_char for s in self.spans if s.open_char not in self._nicknames]
        self.inside = [False] * len(doc)
        for span in self.spans:
            for token in self._tokens_between(span.open_char, span.outer_end):
                self.inside[token.i] = True

    # -- helpers ------------------------------------------------------------------------
    def _tokens_between(self, start: int, end: int) -> list[Token]:
        if end <= start:
            return []
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _words_between(self, start: int, end: int) -> list[Token]:
        """The tokens between two characters, whitespace tokens left out."""
        return [t for t in self._tokens_between(start, end) if not t.is_space]

    def _paragraph_of(self, char: int) -> int:
        """The paragraph holding `char` (a character between paragraphs: the one before)."""
        return max(bisect_right(self._paragraph_starts, char) - 1, 0)

    def _paragraph_start(self, char: int) -> int:
        return self.paragraphs[self._paragraph_of(char)][0] if self.paragraphs else 0

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _sent_idx(self, char: int) -> int:
        token = self._token_at(char)
        return self.sent_of[token.i] if token is not None else 0

    def mention_for(self, token: Token) -> MentionRecord | None:
        """The smallest mention that covers the token (prefer one resolved to an entity)."""
        return self.index.covering(token.idx)

    def _person_name(self, token: Token) -> MentionRecord | None:
        """The mention covering the token when it is a person's name, else None."""
        mention = self.mention_for(token)
        if mention is not None and mention.entity_type == "PERSON" and mention.mention_kind == "name":
            return mention
        return None

    def _speaker_fields(self, speaker: Token | None) -> tuple:
        """(entity_id, text, start, end) of a speaker head token."""
        if speaker is None:
            return None, None, None, None
        if speaker.lower_ in {"himself", "herself", "themselves"}:
            # "Mr Bez - himself a former executive at Porsche - said": the parse hangs the
            # name on the reflexive that sets off the aside
            parts = (self._person_name(c) for c in speaker.children if c.dep_ == "compound")
            named = next(filter(None, parts), None)
            if named is not None:
                return _mention_fields(named)
        mention = self.mention_for(speaker)
        if mention is None:
            # "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said": the
            # parse makes the name a modifier of the aside's noun
            dashed = next((named for t in speaker.subtree if t.i < speaker.i
                           and (named := self._person_name(t)) is not None
                           and noun_across_dash(t) == speaker), None)  # fmt: skip
            if dashed is not None:
                return _mention_fields(dashed)
        if speaker.is_upper and len(speaker.text) > 1 and (mention is None or mention.text == speaker.text):
            # a transcript label ("PENCE:") names the person the article names in full
            person = self._named_in_capitals(speaker.text)
            if person is not None:
                return person, speaker.text, speaker.idx, speaker.idx + len(speaker.text)
        if mention is not None and mention.entity_type in {"ORG", "GPE"}:
            person = self._titled_person_after(mention)
            if person is not None:  # "said Treasury Under Secretary John Taylor"
                return _mention_fields(person)
        named_speaker = mention is not None and mention.mention_kind in {"name", "acronym"}
        if not named_speaker or mention.entity_type not in _SPEAKING:  # type: ignore[union-attr]
            # "His lawyer, Zhang Dongshuo, said", "One Democrat, Sen. Jon Tester, said": the
            # name in apposition speaks
            for child in speaker.children:
                named = self.mention_for(child) if child.dep_ == "appos" else None
                if child.dep_ == "appos" and child.text.rstrip(".").lower() in POST_NOMINALS:
                    # "The finance spokesman, Brian Monteith MSP, said": the parse heads the
                    # apposition with the letters after the name
                    named = next(filter(None, (self._person_name(c) for c in child.lefts
                                               if c.dep_ in {"compound", "flat"})), named)  # fmt: skip
                if named is not None and named.mention_kind == "name" and named.entity_type in _SPEAKING:
                    return _mention_fields(named)
            named = self._name_closing_role(speaker)
            if named is not None:
                return _mention_fields(named)
            if mention is None and (speaker.is_title or is_title_word(speaker.text)):
                # "said former Pennsylvania Gov. and DNC Chairman Ed Rendell", "said BIFA
                # founder and director Elliot Grove": titles the parse coordinated with the
                # name (a name with a title of its own: not "the spokesman and Smith")
                for child in speaker.children:
                    named = self._person_name(child) if child.dep_ == "conj" else None
                    if named is not None and (speaker.is_title or any(
                            t.idx < named.start_char for t in child.subtree)):  # fmt: skip
                        return _mention_fields(named)
        if (
            mention is not None
            and mention.mention_kind != "pronoun"
            or (mention is not None and mention.entity_id is not None)
        ):
            return _mention_fields(mention)
        opening = self._name_opening_role(speaker) if mention is None else None
        if opening is not None:
            return _mention_fields(opening)
        # No mention: the noun phrase the head token governs (determiner, modifiers, "of").
        modifiers = [c for c in speaker.lefts if c.dep_ in NOUN_PHRASE_DEPS and not c.is_punct]
        left = min([speaker.i, *[t.i for c in modifiers for t in c.subtree if not self.inside[t.i]]])
        right = speaker.i
        for child in speaker.rights:
            if child.dep_ == "prep" and (child.lower_ in {"of", "for", "at", "from"} or (
                    child.lower_ == "by" and speaker.lemma_.lower() in DOCUMENT_NOUNS)):  # fmt: skip
                right = max(right, max(t.i for t in child.subtree))
            elif child.dep_ in {"compound", "flat", "appos"}:
                continue
            break
        span = self.doc[left : right + 1]
        entity_id = mention.entity_id if mention is not None else None
        if entity_id is None and speaker.dep_ == "appos":
            # "Nunes, the ferocious brawler who calls herself …": the name it stands beside
            named = self.mention_for(speaker.head)
            entity_id = named.entity_id if named is not None else None
        if entity_id is None and speaker.lemma_.lower() in DOCUMENT_NOUNS:
            # "the Congressional Budget Office report", "Gallup's poll": its author speaks
            authors = self._authors_in(span.start_char, span.end_char)
            entity_id = authors[0].entity_id if authors else None
        if entity_id is None and span[0].lower_ == "the" and speaker.lemma_.lower() in READ_NOUNS:
            entity_id = self._issuer_before(speaker)
        return entity_id, span.text, span.start_char, span.end_char

    def _authors_in(self, start: int, end: int) -> list[MentionRecord]:
        """The resolved people and organisations named between two characters: who may
        have written a document named there ("the Congressional Budget Office report")."""
        return [m for m in self.index.inside(start, end)
                if m.entity_type in {"ORG", "PERSON"} and m.entity_id is not None]  # fmt: skip

    def _issuer_before(self, noun: Token) -> str | None:
        """Whose document "the statement" (the report, the letter) is: the one who said
        something in it, issued it or is named in it, in the three sentences before ("In a
        statement, the Ministry of Health said …. “…,” the statement said")."""
        start = self.doc[max(noun.sent.start - 1, 0)].sent.start
        start = self.doc[max(start - 1, 0)].sent.start
        for earlier in reversed(self.doc[start : noun.i]):
            if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != "NOUN":
                continue
            head = earlier.head
            issuer = None
            if earlier.dep_ == "pobj" and head.lower_ in {"in", "through"} and head.head.pos_ == "VERB":
                # "In a statement, X said", "X questioned the plan in a new report"
                issuer = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            elif earlier.dep_ == "dobj" and _lemma(head) in ISSUING_VERBS:
                issuer = self.subject_of(head)  # "X released a statement"
            mention = self.mention_for(issuer) if issuer is not None else None
            if mention is None:  # "a World Bank report", "Oxfam's Paying the Price report"
                phrase = self.doc[earlier.left_edge.i : earlier.i + 1]
                owner = next((t for t in phrase if t.dep_ == "poss" and t.head.i == earlier.i), None)
                authors = sorted(self._authors_in(phrase.start_char, phrase.end_char),
                                 key=lambda m: m.entity_type != "ORG")  # a body issues reports
                mention = next((m for m in authors if owner is not None
                                and m.start_char <= owner.idx < m.end_char), authors[0] if authors else None)
            if mention is not None and mention.entity_id is not None:
                return mention.entity_id
            return None
        return None

    def _titled_person_after(self, mention: MentionRecord) -> MentionRecord | None:
        """A person's name right after an organisation and a capitalised title of it
        ("Treasury Under Secretary John Taylor", "Microsoft Chairman Bill Gates")."""
        last = self._token_at(mention.end_char - 1)
        if last is None:
            return None
        words = []
        for token in self.doc[last.i + 1 : last.i + 5]:
            person = self._person_name(token)
            if person is not None:
                titled = any(is_title_word(w.text) for w in words) and person.text[:1].isupper()
                return person if titled else None
            if not token.is_title or self.inside[token.i]:
                return None
            words.append(token)
        return None

    def _name_closing_role(self, speaker: Token) -> MentionRecord | None:
        """A person's name that closes the role phrase it stands in ("Shadow leader of the
        Commons Oliver Heald said", "Shadow spokesman for sport Hugh Robertson said": the parse
        makes the name the object of "of"/"for"); not a name right after the preposition
        ("the wife of John Smith said": the wife speaks)."""
        last = max((t.i for t in speaker.subtree if not t.is_punct), default=speaker.i)  # "…, said"
        for prep in speaker.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            named = self._person_name(obj) if obj is not None and obj.i == last else None
            first = self._token_at(named.start_char) if named is not None else None
            before = self.doc[first.i - 1] if first is not None and first.i > 0 else None
            if before is not None and before.tag_ == "POS" and before.head.dep_ == "poss" and (
                    before.head.head.i == obj.i):  # fmt: skip
                return named  # "War on Want's John Hilary said": the organisation's person
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "at"}:
                continue
            if named is None and obj is not None and obj.pos_ == "PROPN":
                # "Chairman of the Audit Committee Peter Ainsworth MP said": the parse makes
                # the letters after the name an apposition of the committee
                letters = next((c for c in obj.children if c.dep_ == "appos" and c.i == last
                                and c.text.rstrip(".").lower() in POST_NOMINALS), None)  # fmt: skip
                if letters is not None:
                    return next(filter(None, (self._person_name(c) for c in letters.lefts
                                              if c.dep_ in {"compound", "flat"})), None)  # fmt: skip
            if (
                before is not None and before.dep_ == "compound" and before.head.i == obj.i
                and before.pos_ in {"PROPN", "NOUN"} and before.ent_type_ != "NORP"
                and not is_title_word(before.text)
            ):  # fmt: skip
                return named  # not "a spokesman for Mr. Clinton", "supporters of Democrat …"
        return None

    def _name_opening_role(self, speaker: Token) -> MentionRecord | None:
        """A person's name that opens the role phrase with no comma after it, which the parse
        made a modifier of the role noun: "Dr Mark Tuffy games systems director at THX told
        …", "Yutaka Hashimoto general manager of Nippon Life said". Not a person the role is
        someone else's for ("a Jackson lawyer", "Tony Blair's official spokesman", "Gore
        aides"): no article or possessive, one singular role noun, and words of the role
        between the name and it."""
        if (speaker.tag_ != "NN" or speaker.lemma_.lower() not in PERSON_NOUNS
                or any(c.dep_ in {"det", "poss"} for c in speaker.children)):  # fmt: skip
            return None
        names = {(m.start_char, m.end_char): m for t in speaker.subtree
                 if t.i < speaker.i and t.dep_ == "compound" and not self.inside[t.i]
                 and (m := self._person_name(t)) is not None}  # fmt: skip
        if len(names) != 1:
            return None
        named = next(iter(names.values()))
        first, last = self._token_at(named.start_char), self._token_at(named.end_char - 1)
        opens = first is not None and all(
            t.is_punct or t.text.rstrip(".").lower() in HONORIFICS
            for t in self.doc[speaker.left_edge.i : first.i])  # fmt: skip
        return named if opens and last is not None and last.i < speaker.i - 1 else None

    def _named_in_capitals(self, word: str) -> str | None:
        """The one person named in the document whose name ends in `word` (in capitals)."""
        found = {m.entity_id for m in self.mentions
                 if m.entity_type == "PERSON" and m.entity_id is not None
                 and m.mention_kind == "name" and m.text.split()[-1].upper() == word}  # fmt: skip
        return found.pop() if len(found) == 1 else None

    def _inside_char(self, char: int) -> bool:
        token = self._token_at(char)
        return token is not None and self.inside[token.i]

    def _cue_fields(self, attribution: _Attribution) -> tuple:
        cue, last = attribution.cue, attribution.cue_end or attribution.cue
        if cue is None or last is None:
            return None, None, None, None
        start, end = cue.idx, last.idx + len(last.text)
        text = self.text[start:end]
        return text, _lemma(cue) if last is cue else text.lower(), start, end

    # -- cues ---------------------------------------------------------------------------
    @staticmethod
    def is_speech_cue(token: Token) -> bool:
        if token.pos_ not in {"VERB", "AUX"} and not (token.pos_ == "NOUN" and (
                token.tag_ == "VBD"
                # "Article 33 affirms: “…”": a verb the tagger took for a plural noun, with a
                # subject of its own
                or token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children))):  # fmt: skip
            return False
        if token.dep_ == "amod" and token.head.i > token.i and any(
            c.dep_ == "det" and c.i < token.i for c in token.head.children
        ):  # fmt: skip
            return False  # "told the Post in a written statement, “…”": a participle describing a noun
        lemma = _lemma(token)
        if token.head.lemma_.lower() == "let" and token.head is not token:
            return False  # "Let's say you think …", "let us say": a hypothetical, not a report
        if lemma == "point":
            return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
        if lemma == "call" and token.dep_ == "acl" and token.tag_ == "VBN" and [
                c.pos_ for c in token.children if c.dep_ in {"oprd", "dobj"}] == ["PROPN"]:  # fmt: skip
            return False  # "a new venture, called PodShow, …": a name given, nothing said
        if lemma == "conclude" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            return False  # "The spot concludes with footage of …": how it ends, not what it says
        if lemma == "put":  # "as Ms. Simonyan put it, …"
            return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) and any(
                c.dep_ in {"mark", "advmod"} and c.lower_ == "as" for c in token.children
            )
        return lemma in SPEECH_VERBS or lemma in TALK_VERBS

    subject_of = staticmethod(grammatical_subject)

    def speaker_of(self, verb: Token) -> Token | None:
        """The subject, or for "an architect who said …" the noun the clause describes; for
        a statement someone issued ("Black Lives Matter issued a statement saying …", "is
        releasing an ad that urges …"), the one who issued it."""
        outer = self._outer_reporter(verb)
        if outer is not None:
            return self.speaker_of(outer)
        speaker = QuoteExtractor._speaker_of(verb)
        subject = self.subject_of(verb)
        if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS:
            # "the courts which, said Mr Hopkins, “is part of …”": a name after the cue that
            # the parse also made its subject is the one who speaks
            inverted = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i
                             and self._person_name(c) is not None), None)  # fmt: skip
            if inverted is not None:
                return inverted
        if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl" and subject.i > 1:
            # "… Will Smith and Stevie Wonder, who joked …": the parse hangs the clause on
            # the first of the names; the last one, right before "who", speaks
            before = self.doc[subject.i - 1]
            before = self.doc[subject.i - 2] if before.text == "," else before
            if (
                before.i != verb.head.i
                and before.i in {t.i for t in conjuncts(verb.head)}
                and self._person_name(before) is not None
            ):  # fmt: skip
                return before
        # the verb that has the subject: "…, Trump went after Bush, calling him …" (calling)
        owner = speaker.head if speaker is not None and speaker.dep_ == "nsubj" else verb
        subjects = [c for c in owner.children if c.dep_ == "nsubj" and c.i < owner.i]
        inverted = [c for c in owner.children if c.dep_ == "nsubj" and c.i > owner.i]
        if speaker is not None and len(inverted) > 1 and speaker.i == inverted[0].i:
            # "said co-ordinator Peter Facey": the parse made the word before the hyphen a
            # subject of its own; the person speaks
            subjects = inverted
        if len(subjects) > 1 and speaker is not None and speaker.i == subjects[0].i:
            # two subjects from a bad parse ("LONDON (Reuters) - Donald Trump said", "Voters,
            # Clinton suggested, don't …"): a person nearest the verb over a non-person, and
            # one outside the quote over one inside it ("“My reaction, that was outrageous,”
            # Obama's former strategist said": "reaction" is no speaker)
            first, nearest = self.mention_for(subjects[0]), self.mention_for(subjects[-1])
            if nearest is not None and nearest.entity_type == "PERSON" and (
                    first is None or first.entity_type != "PERSON"):  # fmt: skip
                speaker = subjects[-1]
            elif self.inside[subjects[0].i] and not self.inside[subjects[-1].i]:
                speaker = subjects[-1]
        if (
            speaker is not None
            and speaker.lemma_.lower() in ISSUED_NOUNS
            and speaker.dep_ == "dobj"
            and speaker.head.lemma_.lower() in ISSUING_VERBS
        ):
            issuer = QuoteExtractor.subject_of(speaker.head)
            if issuer is not None and (issuer.dep_ == "nsubj" or issuer == misparsed_name(speaker.head)):
                return issuer  # "Black Lives Matter issued a statement saying …"
        if speaker is not None and speaker.pos_ == "ADP" and any(c.dep_ == "pobj" for c in speaker.children):
            return None  # "Of Carson, Levine … said" parsed with "Of" for the subject (not Al From)
        return speaker

    @staticmethod
    def _predicated_of(noun: Token) -> Token:
        """A who-clause on what a copula says of its subject ("Trump is a serial liar,
        rampant xenophobe … and bully who has pledged …") is the subject's; not on a name
        ("One such politician was Barack Obama, who claimed …" is Obama's)."""
        first = noun
        while first.dep_ in {"conj", "appos"} and first.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
            first = first.head
        if first.dep_ == "attr" and first.pos_ != "PROPN" and first.head.lemma_ == "be":
            subject = grammatical_subject(first.head)  # "… incites violence and is a liar who"
            if (
                subject is not None and subject.dep_ == "nsubj"
                and subject.lower_ not in {"it", "this", "that", "there", "who"}
            ):  # fmt: skip
                return subject
        return noun

    @staticmethod
    def _quoted_as_saying(verb: Token) -> Token | None:
        """ "the Interfax news agency quoted Mr Khodorkovsky as saying", "cited an aide as
        saying": the one quoted speaks, not the one quoting."""
        governor = verb.head.head
        if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or _lemma(governor) not in {"quote", "cite"}:
            return None
        return next((c for c in governor.children if c.dep_ == "dobj"), None)

    @staticmethod
    def _speaker_of(verb: Token) -> Token | None:
        quoted = QuoteExtractor._quoted_as_saying(verb)
        if quoted is not None:
            return quoted
        subject = QuoteExtractor.subject_of(verb)
        if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
            # "she was told that …", "Trump was accused of …", "was described as …": the
            # passive subject hears or is talked about; the speaker is the agent, if any
            return passive_agent(verb)
        if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS:
            clause = _first_conjunct(verb)  # "Sanders, who endorsed Canova and said he …"
            # "which" speaks for an organisation or a government ("by Beijing, which
            # described"), not for a place something happened in ("in Orlando, which …")
            described = clause.head
            place = described.dep_ == "pobj" and described.head.lower_ in {"in", "at"}
            if clause.dep_ == "relcl" and (subject.lower_ != "which" or (
                    described.ent_type_ in {"ORG", "GPE"} and not place)):  # fmt: skip
                holder = described.head.head
                if (
                    subject.lower_ == "who" and described.dep_ == "pobj"
                    and described.ent_type_ in {"GPE", "LOC", "FAC", "ORG"}
                    and (holder.pos_ == "PROPN" or holder.pos_ == "NOUN"
                         and (holder.dep_ == "appos" or holder.tag_ == "NNS"))
                ):  # fmt: skip
                    # "Howard Rubel, a senior analyst at Jefferies, who notes …": "who" is
                    # no place or firm; the parse hung it on the preposition's object
                    described = holder
                    if described.dep_ == "appos" and described.head.pos_ == "PROPN":
                        described = described.head
                return QuoteExtractor._predicated_of(described)
        if verb.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            before = verb.doc[verb.i - 1] if verb.i > 0 else None
            if before is not None and before.dep_ == "pobj" and before.head.lower_ == "with":
                return before  # "The conversation ended with Maddow asking Clinton whether …"
            # "footage of Clinton asking, “…”", "heard him saying …": the one shown speaking
            shown = verb.head if verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"} else None
            recorded = _recorded(shown)
            if recorded is not None:
                return recorded  # "concludes with footage of Trump saying …": the one shown
            if shown is not None and shown.pos_ == "NOUN" and shown.dep_ == "pobj" and (
                    shown.head.lower_ in {"on", "at", "with", "to", "in", "during"}):  # fmt: skip
                # "Trump was heard on a microphone telling Christie …", "sent a text message to
                # supporters saying …": the subject of the clause, not the microphone
                governor = shown.head.head
                return QuoteExtractor.subject_of(governor) if governor.pos_ in {"VERB", "AUX"} else None
            if shown is not None and shown.dep_ == "dobj" and shown.head.lemma_.lower() in _SENDING_VERBS:
                # "The senator emailed supporters saying: “…”": the sender, not those written to
                return QuoteExtractor.subject_of(shown.head)
            # "Carson rejected the notion that …, saying that …", "denied the notion that a
            # shakeup is coming, explaining …": after a comma the participle goes on with the
            # clause above the noun, whose subject speaks
            idea = (shown if verb.dep_ == "acl"
                    else verb.head.head if verb.dep_ == "advcl" and verb.head.dep_ == "acl" else None)
            if idea is not None and before is not None and before.text == "," and _idea_noun(idea):
                return _subject_above(idea) or idea
            if verb.dep_ == "xcomp":
                shown = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if shown is not None and shown.lemma_.lower() in RECORDING_NOUNS:
                shown = _recorded(shown)
            if shown is not None:
                return shown
        if subject is None and verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
            # "pitched himself by telling them that …": the subject of the verb it serves,
            # the passive one too ("Silverman was booed by Sanders supporters after telling
            # them that …" is Silverman's)
            governor = verb.head.head
            return _surface_subject(governor) or QuoteExtractor.subject_of(governor)
        if (subject is None and verb.dep_ == "advcl" and verb.tag_ in {"VBD", "VBZ", "VBP"}
                and verb.head.tag_ in {"VBG", "VBN"} and verb.head.dep_ == "ROOT"
                and not any(c.dep_ in {"aux", "auxpass"} for c in verb.head.children)  # "has announced"
                and not any(c.dep_ in {"mark", "advmod"} for c in verb.children)):  # fmt: skip
            # a finite verb the parse hung under a participle ("Protesters marching through
            # the streets chanted “…”": "marching" made the root): the subject there speaks
            root_subject = QuoteExtractor.subject_of(verb.head)
            if root_subject is not None and root_subject.i < verb.i:
                return root_subject
        if subject is None:
            # "That prompted Rubio to make a joke and call Trump “…”", "asked him to say":
            # the object of the verb above speaks
            clause = _first_conjunct(verb)
            if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                obj = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
                if obj is not None and obj.pos_ in {"PROPN", "PRON", "NOUN"}:
                    return obj
            elif (
                clause.dep_ in {"xcomp", "advcl"} and clause.tag_ == "VB" and clause.head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                and (clause.dep_ == "advcl"
                     or not any(c.dep_ in {"dobj", "dative"} for c in clause.head.children))
                and clause.head.lemma_.lower() not in _NOT_DONE_VERBS
            ):  # "Trump took to Twitter to accuse …", "went on to say", "called a news
                # conference to announce": the subject above (a to-clause on an object is
                # that object's: "urged Stone to say")
                return _surface_subject(clause.head)
        return subject

    def _cue_in(self, tokens: list[Token], *, prefer_last: bool) -> _Attribution | None:
        ordered = reversed(tokens) if prefer_last else tokens
        for token in ordered:
            if self.inside[token.i]:
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc):
                to = self.doc[token.i + 1]
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if to.lower_ == "to" and pobj is not None:
                    return _Attribution(token, to, pobj, "according", 0.85)
            if self.is_speech_cue(token):
                speaker = self.speaker_of(token)
                if speaker is not None and not self.inside[speaker.i]:
                    return _Attribution(token, None, speaker, "", 0.9)
                main = self._main_subject_before(token)
                if main is not None:
                    return _Attribution(token, None, main, "", 0.7)
                adjacent = (self._person_before(tokens, token)
                            or self._described_right_before(token)
                            or (None if prefer_last else self._inverted_after(tokens, token))
                            or self._adjacent_speaker(token))  # fmt: skip
                return _Attribution(token, None, adjacent, "", 0.6 if adjacent else 0.4)
        return None

    def _main_subject_before(self, cue: Token) -> Token | None:
        """A participle after a comma that the parse hung inside the quote ("Clinton seemed
        ready to riff on it, telling the crowd, “…”"): the subject of the sentence's main
        verb before it goes on speaking."""
        if cue.tag_ != "VBG" or cue.i == 0 or self.doc[cue.i - 1].text != ",":
            return None
        root = cue.sent.root
        subject = self.subject_of(root) if root.i < cue.i else None
        if subject is None or self.inside[subject.i] or subject.i > cue.i or subject.pos_ not in {
                "PROPN", "PRON", "NOUN"}:  # fmt: skip
            return None
        return subject

    def _described_right_before(self, cue: Token) -> Token | None:
        """A cue the parse left without a subject right after a who-clause: the noun the
        clause describes ("a White House official who spoke anonymously … said")."""
        for token in cue.sent:
            if token.i >= cue.i:
                return None
            if token.pos_ in {"NOUN", "PROPN"} and not self.inside[token.i] and any(
                    c.dep_ == "relcl" and c.right_edge.i == cue.i - 1 and c.left_edge.lower_ == "who"
                    for c in token.children):  # fmt: skip
                named = token.head if token.dep_ == "appos" else None  # "Nate Silver, the … who …"
                return named if named is not None and self._person_name(named) is not None else token
        return None

    def _person_before(self, tokens: list[Token], cue: Token) -> Token | None:
        """A cue the parse left without a subject of its own: the first person named
        before it in the attribution ("“…,” Representative Steve Cohen, Democrat of
        Tennessee, told …" is Cohen's, not Tennessee's)."""
        for token in tokens:
            if token.i >= cue.i:
                return None
            mention = self._person_name(token)
            if token.i > 0 and self.doc[token.i - 1].pos_ == "ADP":
                continue  # "Of Carson, Levine, who …, said": talked about, not talking
            if mention is not None and mention.start_char == token.idx:
                # right before the cue, or set off from it by an apposition in commas (not
                # "Obama's former strategist said", not "Ben Carson, the …, used his address to")
                between = self.text[mention.end_char : cue.idx].strip()
                if not between or (
                    between.startswith(",") and between.endswith(",") and not any(
                        ch in between for ch in ".!?;:\"“”")
                ):  # fmt: skip
                    return token
        return None

    def _inverted_after(self, tokens: list[Token], cue: Token) -> Token | None:
        """“…,” added another New Hampshire Democrat. / “…,” said Oversight ranking Democrat
        Elijah Cummings: a cue that opens the attribution, the parse taking the speaker after
        it for an object. The noun phrase right after the cue, or a person named within a
        few words of it with no punctuation, preposition or verb between."""
        if not tokens or tokens[0].i != cue.i and not (tokens[0].is_punct and len(tokens) > 1
                                                        and tokens[1].i == cue.i):  # fmt: skip
            return None
        if cue.tag_ == "VBG":
            return None  # "“…,” promising the Friends of Abe will …": what it promises
        after = [t for t in tokens if t.i > cue.i]
        for child in cue.children:
            if (
                child.dep_ in {"dobj", "attr", "npadvmod"} and child.pos_ in {"PROPN", "NOUN"}
                and child.left_edge.i == cue.i + 1
            ):  # fmt: skip
                return child
        window: list[Token] = []
        for token in after[:7]:
            if token.is_punct and token.text != "." or token.pos_ in {"ADP", "VERB", "AUX"} and (
                    token.tag_ != "VBG"):  # fmt: skip
                break  # not "said in an interview with Jane Doe", "saying in a post on Twitter"
            window.append(token)
            mention = self._person_name(token)
            if mention is not None and mention.start_char == token.idx:
                return token
        # a name the model did not tag: the last word of the first run of proper nouns
        first = next((k for k, t in enumerate(window) if t.pos_ == "PROPN"), None)
        if first is None:
            return None
        last = window[first]
        for token in window[first + 1 :]:
            if token.pos_ != "PROPN":
                break
            last = token
        nxt = self.doc[last.i + 1] if last.i + 1 < len(self.doc) else None
        if last.is_title and last.ent_type_ not in _NOT_SPEAKERS and (nxt is None or nxt.pos_ != "PROPN"):
            return last
        return None

    def _adjacent_cue(self, tokens: list[Token]) -> _Attribution | None:
        """Verbs that report speech only right next to the quote and without an object of
        their own: “…,” she continued / Limbaugh continued: “…”."""
        for token in tokens:
            if token.lemma_.lower() == "read":
                read_on = self._read_on(token)
                if read_on is not None:
                    return _Attribution(token, None, read_on, "", 0.7)
                continue
            # "chimed in", "her husband cut in": a bare "in" is no object of the verb's own
            lemma = token.lemma_.lower()
            if (
                (lemma in ADJACENT_ONLY_VERBS
                 or lemma in CUTTING_IN_VERBS and any(_bare_in(c) for c in token.children))
                and token.pos_ == "VERB"
                and not any(c.dep_ in {"dobj", "xcomp", "prep", "advcl"} and c.i > token.i
                            and not _bare_in(c) and not self.inside[c.i]
                            # ", referring to …", ", as if he did not hear her"
                            and not (c.dep_ == "advcl" and self.doc[c.left_edge.i - 1].text == ",")
                            for c in token.children)  # fmt: skip
            ):
                speaker = self.speaker_of(token)
                if speaker is None or self.inside[speaker.i]:
                    continue
                mention = self.mention_for(speaker)
                if speaker.lower_ in {"he", "she", "they", "i", "we"} or (
                    mention is not None and mention.entity_type in {"PERSON", "ORG"}
                ) or speaker.pos_ == "NOUN" and (  # "her aide", "The letter continues:"
                        speaker.lemma_.lower() in PERSON_NOUNS
                        or speaker.lemma_.lower() in READ_NOUNS):  # fmt: skip
                    return _Attribution(token, None, speaker, "", 0.8)
        return None

    def _clause_final_cue(self, tokens: list[Token]) -> _Attribution | None:
        """A short attribution after a quote that ends on its cue: "“…,” a welcome message
        on the website reads.", or with the cue the tagger took for a noun ("“…,” the email
        read.", "“…,” the two write."): what comes before it speaks."""
        clause: list[Token] = []
        for token in tokens[:9]:
            if token.is_punct and token.text not in _DASH_TOKENS:
                break
            clause.append(token)
        if len(clause) < 2 or len(clause) == len(tokens[:9]) or clause[0].pos_ != "DET":
            return None
        cue, before = clause[-1], clause[:-1]
        if cue.pos_ == "VERB":
            speaker = self._read_on(cue) if cue.lemma_.lower() == "read" else None
            return _Attribution(cue, None, speaker, "", 0.7) if speaker is not None else None
        if cue.pos_ != "NOUN" or cue.lower_ not in _CUE_FORMS or any(
                t.pos_ in {"VERB", "AUX"} for t in before):  # fmt: skip
            return None
        head = next((t for t in before if t.pos_ == "ADP"), cue)
        speaker = self.doc[head.i - 1]
        mention = self.mention_for(speaker)
        if (
            speaker.pos_ == "NUM" and speaker.ent_type_ in {"", "CARDINAL"}  # "the two"
            or speaker.pos_ in {"NOUN", "ADJ"} and speaker.lemma_.lower() in _SPEAKING_NOUNS
            or mention is not None and mention.entity_type in _SPEAKING
        ):  # fmt: skip
            return _Attribution(cue, None, speaker, "", 0.7)
        return None

    def _read_on(self, read: Token) -> Token | None:
        """What a quote next to "read" is read on, which speaks for it: a document or a sign
        after the verb ("“…,” read the statement", the parse's object) or "it" or such a noun
        as its subject ("“…,” it read"); not a person reading ("Trump read from …")."""
        if read.pos_ != "VERB" or any(c.dep_ == "nsubj" and self.inside[c.i] for c in read.children):
            return None
        subject = next((c for c in read.children if c.dep_ == "nsubj"), None)
        if subject is None:
            texts = [c for c in read.children if c.dep_ == "dobj" and c.lemma_.lower() in READ_NOUNS]
            return texts[0] if texts and not self.inside[texts[0].i] else None
        if any(c.dep_ in {"dobj", "xcomp", "prep", "advcl"} and c.i > read.i for c in read.children):
            return None
        return subject if subject.lower_ == "it" or subject.lemma_.lower() in READ_NOUNS else None

    def _adjacent_cue_before(self, lead: list[Token]) -> _Attribution | None:
        """An adjacent-only verb right before the comma or colon that opens the quote,
        adverbs aside ("When Trump suggested …, Rubio fired back forcefully: “…”")."""
        if len(lead) < 2 or lead[-1].text not in {",", ":"}:
            return None
        k = len(lead) - 2
        while k > 0 and len(lead) - 2 - k < 2 and (
                lead[k].pos_ == "ADV" or lead[k].dep_ == "prt" or _bare_in(lead[k])):  # "chimed in:"
            k -= 1  # fmt: skip
        return self._adjacent_cue(lead[k : k + 1])

    def _adjacent_speaker(self, cue: Token) -> Token | None:
        """Parse failed to give a subject: take a mention right before or after the cue, or
        a person's name set off from the cue by an apposition ("As part of his plea, John
        Doe, 44, said that …", where the parse hung the name on "plea")."""
        sent_start = cue.sent.start_char
        for mention in self.mentions:
            if mention.entity_type not in {"PERSON", "ORG", "GPE", "NORP"}:
                continue
            if (
                0 < cue.idx - mention.end_char <= 2
                or 0 <= mention.start_char - (cue.idx + len(cue.text)) <= 2
                or mention.entity_type == "PERSON" and mention.mention_kind == "name"
                and sent_start <= mention.start_char
                and _APPOSITION_BETWEEN.fullmatch(self.text, mention.end_char, cue.idx) is not None
            ):  # fmt: skip
                token = self._token_at(mention.start_char)
                if token is None or self.inside[token.i]:
                    continue
                place = token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "near"}
                if place or token.lower_ in _OBJECT_PRONOUNS and token.dep_ != "poss" and token.i > cue.i:
                    continue  # not "… in Iowa, telling the crowd", not "called him “…”"
                if token.i > cue.i and _lemma(cue) == "tell":
                    continue  # "Rep. Martin Frost (D-Tex.). told Reuters": the one told
                return token
        return None

    def _attribute(self, span: QuoteSpan) -> _Attribution | None:
        para_start, _ = self.paragraphs[self._paragraph_of(span.open_char)]
        _, para_end = self.paragraphs[self._paragraph_of(span.outer_end - 1)]
        caller = self._caller(span)  # “what Gilbert called “a perception problem””
        if caller is not None:
            return caller
        label = self._transcript_label(span)
        if label is not None:  # "“PENCE: Well, look, …”": the label names the speaker
            return _Attribution(None, None, label, "colon", 0.75)
        fallback: _Attribution | None = None
        # trailing: from the closing mark to the end of its sentence (or the next quote)
        if span.close_char is not None:
            limit = self._trailing_limit(span, para_end)
            trailing = self._first_clause(
                self._words_between(span.outer_end, limit)
            )
            dashed = (self._dash_speaker(span.close_char + span.close_width, limit)
                      or self._dash_line_after(span, para_end))  # fmt: skip
            if dashed is not None:
                return _Attribution(None, None, dashed, "dash", 0.8)
            found = (self._clause_final_cue(trailing) or self._cue_in(trailing, prefer_last=False)
                     or self._adjacent_cue(trailing[:3]))  # fmt: skip
            if found is not None and not self._reports_on_its_own(found, span):
                introduced = self._introduced(span, para_start) if self._in_next_sentence(
                    found, span) else None  # fmt: skip
                trailing_found = introduced or replace(found, method=found.method or "trailing")
                # past a sentence the parser did not end ("“…” inhibitors. According to …"),
                # a cue before the quote comes first
                stop = _SENTENCE_STOP.search(self.text, span.close_char + 1, limit)
                # a participle right after the quote ("said, “…,” promising …") goes on
                # with the sentence: its cue before the quote comes first too
                participle = (found.cue is not None and found.cue.tag_ == "VBG"
                              and self.doc[found.cue.i - 1].is_quote)  # fmt: skip
                if (stop is None or found.cue is None or found.cue.idx < stop.start()) and not participle:
                    return trailing_found
                fallback = trailing_found
        # leading: from the start of the opener's sentence to the opening mark
        if self._token_at(span.open_char) is not None:
            lead = self._lead(span, para_start)
            found = self._adjacent_cue_before(lead) or self._cue_in(lead, prefer_last=True)
            if found is not None:
                return replace(found, method=found.method or "leading", confidence=found.confidence - 0.05)
            found = self._colon_lead(lead)
            if found is not None:
                return found
            found = self._colon_paragraph_before(span, para_start)
            if found is not None:
                return found
        return fallback

    def _colon_lead(self, lead: list[Token]) -> _Attribution | None:
        """A lead-in ending in a colon with no reporting verb: a name ("Warren to Wells Fargo
        CEO: “…”", "PENCE: “…”"), the one who delivers a message to someone ("McConnell
        delivered a blunt message to Trump: “…”") or a document ("From the report: “…”",
        "Hoff's letter makes a libertarian-style case: “…”", its owner when named)."""
        if len(lead) < 2 or lead[-1].text != ":":
            return None
        head = lead[-2]
        if lead[0].lower_ == "from" and head.lemma_.lower() in READ_NOUNS:
            return self._document_speaks(head)
        governor = head.head.head if head.dep_ == "pobj" else None
        if governor is not None and governor.pos_ in {"VERB", "AUX"} and governor.i > lead[0].i:
            subject = self.subject_of(governor)  # not the one the message is for
            person = subject is not None and (
                subject.lower_ in THIRD_PERSON_PRONOUNS
                or getattr(self.mention_for(subject), "entity_type", None) in _SPEAKING)  # fmt: skip
            if person and not self.inside[subject.i] and subject.i >= lead[0].i:  # type: ignore[union-attr]
                return _Attribution(governor, None, subject, "colon", 0.7)
        if head.dep_ == "pobj" and head.head.lower_ in {"on", "in", "at"} and getattr(
                self.mention_for(head), "entity_type", None) != "PERSON":  # fmt: skip
            head = head.head  # "later that month on CNN:" names no one
        mention = self.mention_for(head)
        named = mention is not None and mention.entity_type in {"PERSON", "ORG"}
        if named or (head.pos_ == "PROPN" and head.text.isupper() and len(head.text) > 1):
            if mention is not None and mention.start_char > lead[0].idx:
                head = self._token_at(mention.start_char) or head
            return _Attribution(None, None, head, "colon", 0.7)
        document = next((t for t in lead if t.dep_ == "nsubj" and t.head.pos_ == "VERB"
                         and t.lemma_.lower() in READ_NOUNS), None)  # fmt: skip
        return self._document_speaks(document) if document is not None else None

    def _document_speaks(self, document: Token) -> _Attribution:
        owner = next((c for c in document.children if c.dep_ == "poss"), None)
        owned = owner is not None and self.mention_for(owner) is not None
        return _Attribution(None, None, owner if owned else document, "colon", 0.65)

    def _transcript_label(self, span: QuoteSpan) -> Token | None:
        """The last word of a speaker label in capitals that opens the quote's content
        ("PENCE:", "CHRIS WALLACE:"), not a heading word ("NOTE:", "UPDATE:")."""
        match = transcript_label(self.text, span.start, span.end)
        if match is None:
            return None
        token = self._token_at(match.end(1) - 1)
        return token if token is not None and token.is_alpha else None

    def _label_end(self, span: QuoteSpan, attribution: _Attribution | None) -> int:
        """Where the content starts: after a transcript label that names the speaker."""
        if attribution is None or attribution.method != "colon" or attribution.speaker is None:
            return span.start
        match = transcript_label(self.text, span.start, span.end)
        inside = match is not None and span.start <= attribution.speaker.idx < match.end(1)
        return match.end() if inside else span.start

    def _lead(self, span: QuoteSpan, para_start: int) -> list[Token]:
        """Tokens from the start of the opener's sentence (or the last quote before it) to
        the opening mark."""
        opener = self._token_at(span.open_char)
        if opener is None:
            return []
        sent_start = max(opener.sent.start_char, para_start)
        previous_close = max((s.outer_end for s in self.spans if s.outer_end <= span.open_char),
                             default=0)  # fmt: skip
        return [t for t in self._words_between(max(sent_start, previous_close), span.open_char)
                if t.idx < span.open_char]

    def _introduced(self, span: QuoteSpan, para_start: int) -> _Attribution | None:
        """A cue and a comma or colon right before the quote ("Labott tweeted, “…”") with
        a speaker of its own."""
        lead = self._lead(span, para_start)
        if len(lead) < 2 or lead[-1].text not in {",", ":"}:
            return None
        found = self._cue_in(lead, prefer_last=True)
        if found is None or found.speaker is None or found.cue is None or found.method:
            return None
        if self.mention_for(found.speaker) is None:  # "No wonder Trump said, …": a bad parse
            return None
        if any(t.is_punct and t.text not in {",", ":"} and not self._possessive_mark(t)
               for t in lead if t.i > found.cue.i):  # fmt: skip
            return None
        return replace(found, method="leading", confidence=found.confidence - 0.05)

    def _possessive_mark(self, token: Token) -> bool:
        """The apostrophe of a plural or -s possessive ("Sky News' Sunday programme")."""
        before = self.doc[token.i - 1] if token.i > 0 else None
        return (token.text in {"'", "’"} and before is not None and before.text[-1:] in {"s", "S"}
                and not before.whitespace_)  # fmt: skip

    def _in_next_sentence(self, found: _Attribution, span: QuoteSpan) -> bool:
        closing = self._token_at(span.close_char or span.end)
        return found.cue is not None and closing is not None and found.cue.sent.start > closing.i

    def _reports_on_its_own(self, found: _Attribution, span: QuoteSpan) -> bool:
        """A cue in the sentence after the quote that reports content of its own
        (“…field.” He added that members are … / “…” She noted a planned rally) starts a new
        report; it does not attribute the quote before it."""
        cue = found.cue
        if cue is not None and span.close_char is not None:
            # “…” House prices have risen 0.9% this year, Nationwide said: the cue reports the
            # clause between the quote and it
            before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
            if cue.dep_ == "parataxis" and cue.head.i < cue.i:
                before.append(cue.head)
            if any(c.left_edge.idx > span.close_char and self._has_own_words(c) for c in before):
                return True
        if cue is None or not self._in_next_sentence(found, span):
            return False
        sourced = cue.head
        if found.method == "according" and sourced.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} and not self.inside[c.i]
                for c in sourced.children):  # fmt: skip
            # “… on the radio.” The band have done everything …, according to Paul Rees: the
            # sentence of its own that "according to" sources
            return True
        # "a reporter can be heard asking Trump": whom, not what (not "Just ask him.")
        addressee = _lemma(cue) in ADDRESSEE_VERBS and found.speaker is not None and (
            found.speaker.dep_ in {"nsubj", "nsubjpass"})  # fmt: skip
        if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and self._has_own_words(c)
               and not (addressee and c.dep_ == "dobj" and (
                   c.pos_ in {"PROPN", "PRON"} or c.lemma_.lower() in _AUDIENCE_NOUNS))  # "told the crowd"
               and c != found.speaker  # “…?” asked Mr. Manafort: the parse's object speaks
               for c in cue.children):  # fmt: skip
            return True
        # “We are not terrorists.” Mr. Zahed said: “…”: the cue leads the next quote
        cue_end = cue.idx + len(cue.text)
        next_open = self._next_open(cue_end, default=len(self.text))
        if next_open >= cue.sent.end_char:
            return False
        between = self.text[cue_end:next_open].rstrip()
        if not between:  # "… NLD headquarters that said “We won.”"
            return True
        return len(between) <= 60 and between.endswith((",", ":")) and not any(
            ch in between for ch in ".!?")  # fmt: skip

    def _has_own_words(self, head: Token) -> bool:
        """A complement with words outside quotation marks ("said the row was “getting in
        the way”" reports; "said “it is over”" is only the quote)."""
        return any(not self.inside[t.i] and (t.is_alpha or t.is_digit) for t in head.subtree)

    def _reports_own_words(self, start: int, end: int, attribution: _Attribution) -> bool:
        """Reported content (`start` to its quote's opening mark `end`) with a word of the
        reporter's own before the quote: a subject, an article, a "to" ("said Kasich “has a
        record …”", "called for a “revolution”", "urged them to “retire”"); not a
        conjunction, an auxiliary or a cue the parse took in ("But “it is …,” he added", "the
        ones he says are “secret”", "He added: said “…”" in garbled copy). A word after the
        quote is an adverbial ("said “prices will rise” sharply") or the parse running on."""
        cue = set()
        if attribution.cue is not None:
            cue = set(range(attribution.cue.i, (attribution.cue_end or attribution.cue).i + 1))
        return any(
            not self.inside[t.i] and (t.is_alpha or t.is_digit) and t.i not in cue
            and t.pos_ not in {"CCONJ", "INTJ", "AUX"} and not (t.pos_ == "VERB" and t.lemma_ in SPEECH_VERBS)
            for t in self._tokens_between(start, end)
        )  # fmt: skip

    def _colon_paragraph_before(self, span: QuoteSpan, para_start: int) -> _Attribution | None:
        """A quote that opens its paragraph after a paragraph ending in a cue and a colon:
        "The New York Times reports:" / "Caddell continued:" then “…”."""
        k = self._paragraph_of(span.open_char)
        if k == 0 or self.text[para_start : span.open_char].strip():
            return None
        prev_start, prev_end = self.paragraphs[k - 1]
        if not self.text[prev_start:prev_end].rstrip().endswith(":"):
            return None
        colon = self._token_at(self.text.rindex(":", prev_start, prev_end))
        if colon is None:
            return None
        lead = [t for t in colon.sent if not t.is_space and t.idx >= prev_start]
        found = self._cue_in(lead, prefer_last=True) or self._adjacent_cue(lead[-2:-1])
        if found is None or found.speaker is None:
            return None
        return replace(found, method="leading", confidence=found.confidence - 0.1)

    def _dash_speaker(self, start: int, limit: int) -> Token | None:
        """“…” — Aleksandr Lukashenko / “…”― Karen Bobadilla: a dash, then a name."""
        dash = _DASHES.match(self.text, start, max(limit, start))
        if dash is None or not dash.group().strip():
            return None
        at = dash.end()
        token = self._token_at(at)
        if token is None or token.idx != at:
            return None
        mention = self.mention_for(token)
        if mention is not None and mention.start_char == at and mention.entity_type in {"PERSON", "ORG"}:
            return token
        if token.pos_ != "PROPN":
            return None
        head = token
        for nxt in self.doc[token.i + 1 : token.i + 4]:  # the name runs on: "— Aleksandr Lukashenko"
            if nxt.pos_ != "PROPN":
                break
            head = nxt
        return head

    def _dash_line_after(self, span: QuoteSpan, para_end: int) -> Token | None:
        """A quote that ends its paragraph, signed on a short line of its own below it:
        “…” / - Bernie Sanders. / —President Obama, tweeting after the speech."""
        rest = self.text[span.outer_end : para_end]
        following = self._paragraph_of(span.outer_end - 1) + 1
        if rest.strip(" .,;\u00a0") or following >= len(self.paragraphs):
            return None
        start, end = self.paragraphs[following]
        if end - start > 80:
            return None
        signer = self._dash_speaker(start, end)
        mention = self.mention_for(signer) if signer is not None else None
        if mention is not None and mention.entity_type != "PERSON":
            return None  # "- Reuters." credits the wire service
        return signer

    def _previous_speaker(
        self, attribution: _Attribution, previous: tuple[QuoteSpan, _Attribution] | None,
        span: QuoteSpan,
    ) -> _Attribution:  # fmt: skip
        """An unresolved he/she/they ("…,” she said) continues the voice of the quote
        just before it (same or previous paragraph) when that speaker was a resolved person
        whose names and pronouns tell no other gender."""
        speaker = attribution.speaker
        if speaker is None or speaker.lower_ not in THIRD_PERSON_PRONOUNS or previous is None:
            return attribution  # "Another tweeted, “…”" is someone else; "I say" is the writer
        mention = self.mention_for(speaker)
        if mention is not None and (mention.entity_id is not None or mention.resolution == "unnamed_speaker"):
            return attribution  # resolved, or someone unnamed spoke since ("A spokesman denied …")
        prev_span, prev_attr = previous
        prev_mention = self.mention_for(prev_attr.speaker) if prev_attr.speaker else None
        if (
            prev_mention is None
            or prev_mention.entity_id is None
            or prev_mention.entity_type != "PERSON"
            or self._paragraph_of(prev_span.open_char) < self._paragraph_of(span.open_char) - 1
            # "she said" does not continue a man's voice
            or (gender := pronoun_gender(speaker.lower_)) is not None
            and self.person_genders.get(prev_mention.entity_id, set()) - {gender}
            or self._described_subject_between(prev_span.outer_end, span.open_char)
        ):
            return attribution  # fmt: skip
        return replace(attribution, method=f"{attribution.method}+previous_speaker",
                       confidence=0.6, entity_id=prev_mention.entity_id)  # fmt: skip

    def _described_subject_between(self, start: int, end: int) -> bool:
        """A main clause between two quotes has a person described with "the" as its subject
        ("“…,” said coach Mike Ruddock. None more so than Henson … The confident 23-year-old
        is undaunted … “…,” he said"): the he/she that follows is more likely that person
        than the earlier speaker."""
        between = self.doc.char_span(start, end, alignment_mode="contract")
        for token in between if between is not None else ():
            if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ROOT":
                continue
            described = aged(token) or token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS
            if described and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return True
        return False

    @staticmethod
    def _first_clause(tokens: list[Token]) -> list[Token]:
        """Tokens up to the first clause boundary ("…", while X said …: not an attribution);
        an "and" between nouns is none ("“…,” Trump, the front-runner nationally and current
        polling leader in South Carolina, said")."""
        for k, token in enumerate(tokens):
            joins_nouns = token.dep_ == "cc" and token.head.pos_ in {"NOUN", "PROPN"}
            if (
                (token.pos_ in {"CCONJ", "SCONJ"} or token.dep_ in {"mark", "cc"}) and not joins_nouns
                or token.text == ";"
            ):  # fmt: skip
                return tokens[:k]
        return tokens

    def _next_open(self, start: int, default: int) -> int:
        """The opening mark of the first quote at or after `start` (a nickname inside a name
        is no quote: "said state Del. Marcia "Cia" Price")."""
        at = bisect_left(self._openers, start)
        return self._openers[at] if at < len(self._openers) else default

    def _is_nickname(self, span: QuoteSpan) -> bool:
        """Marcia "Cia" Price, Dwayne “The Rock” Johnson."""
        words = self.text[span.start : span.end].split()
        return (
            1 <= len(words) <= 3
            and (_is_title_cased(words) or len(words) == 1 and words[0][:1].isupper())  # "LA"
            and _NAME_BEFORE.search(self.text, max(0, span.open_char - 40), span.open_char) is not None
            and _NAME_AFTER.match(self.text, span.outer_end) is not None
        )

    def _trailing_limit(self, span: QuoteSpan, para_end: int) -> int:
        """Where a trailing attribution of the closed quote `span` can end."""
        start = span.close_char + 1  # type: ignore[operator]
        if _SENTENCE_END_AFTER.match(self.text, start - 1 + span.close_width):
            # a full stop after the closing mark ends the sentence: what follows is no
            # attribution ("… as a “product of the Cold War”. German Chancellor … called")
            return start
        next_open = self._next_open(start, default=para_end)
        limit = min(next_open, para_end)
        token = self._token_at(start)
        if token is not None:
            sent = token.sent
            # a quote's closing mark may end spaCy's sentence: then look into the next one
            end = sent.end_char
            if end <= start + 1 and sent.end < len(self.doc):
                end = self.doc[sent.end].sent.end_char
            limit = min(limit, max(end, start))
        return limit

    # -- classification -----------------------------------------------------------------
    def _is_title(self, span: QuoteSpan, attributed: bool) -> str | None:
        content = self.text[span.start : span.end]
        words = content.split()
        before = self.text[max(0, span.open_char - 40) : span.open_char].split()
        prev_word = before[-1].lower().strip(",:") if before else ""
        if prev_word in TITLE_WORDS and self._caller(span) is None:
            return "title_word"
        # a name a thing or a person goes by: "what has become known as the ''Buffett rule''",
        # "the hacker known as “Guccifer,”", "the so-called “rotten apples” theory"
        named = " " + " ".join(w.lower().strip(",") for w in before[-4:])
        if re.search(r" (so-called|known as|referred to as)( an?| the)?$", named):
            return "title_word"
        if span.open_char in self._nicknames:
            return "nickname"
        if not attributed and self._single_quoted_heading(span, words):
            return "heading"
        before_mark = self.text[self._paragraph_start(span.open_char) : span.open_char].rstrip()
        whole_sentence = (
            content[:1].isupper() and content.rstrip()[-1:] in {".", "!", "?"}
            and (not before_mark or before_mark[-1] in ".!?:")
        )  # fmt: skip
        # “Here comes Big Daddy,” she said. “The Donald. Big Daddy.”: a sentence of its own
        # right after a quote goes on with that voice, capitals or not
        if 2 <= len(words) <= 6 and _is_title_cased(words) and not (
            whole_sentence and self._continues_quote(span)
        ):  # fmt: skip
            return "title_case"
        opener = self._token_at(span.open_char)
        prev_token = self.doc[opener.i - 1] if opener is not None and opener.i > 0 else None
        work = self._work_before(prev_token)
        if work is not None and (work.i == opener.i - 1 or not attributed):
            return "work_name"
        if attributed:
            return None
        if self._text_named_before(opener):
            return "named_text"
        if self._byline_after(span):
            return "byline"
        if prev_token is not None and prev_token.pos_ in {"ADP", "DET"} and prev_token.lower_ != "that":
            return "title_context"
        if len(words) <= 3 and not whole_sentence:  # “Wages will not.” after a quote is speech
            return "short_fragment"
        return None

    def _listed_after_title(
        self, before: tuple[QuoteSpan, _Attribution | None, str | None], span: QuoteSpan
    ) -> bool:
        """A quote listed after a title with no cue of its own ("roles in “Apollo 13,” and
        “Austin Powers,”") is a title too."""
        between = self.text[before[0].outer_end : span.open_char]
        listed = re.fullmatch(r"\s*,?\s*(?:(?:and|or)\s+)?", between) is not None and (
            "," in between or "," in self.text[before[0].end - 1 : before[0].end] or between.strip())
        return listed and before[2] in {"title_case", "work_name", "title_word", "named_text", "listed"}

    def _modifies_noun_after(self, span: QuoteSpan) -> bool:
        """A short quote with no cue right before the noun it modifies ("“Orange Is the New
        Black” star Ann Lee", "gave “protected designation of origin” status" where the parse
        hangs the phrase on "status") names or labels that thing; it is not speech to be
        given a speaker."""
        if span.close_char is None or len(self.text[span.start : span.end].split()) > 6:
            return False
        after = self._words_between(span.outer_end, span.outer_end + 40)
        noun = after[0] if after else None
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.idx > span.outer_end + 1:
            return False
        if self.text[span.start : span.end].rstrip()[-1:] in {",", ".", "!", "?", ":", ";"}:
            return False  # "“We will win,” Lee said": the word after a comma is no head
        return any(t.head.i == noun.i and t.dep_ in {"compound", "nmod", "amod"}
                   for t in self._tokens_between(span.start, span.end))  # fmt: skip

    def _inside_speaker(self, span: QuoteSpan, attribution: _Attribution | None) -> bool:
        """A quote inside the noun phrase of its own speaker ("the “Avatar” star posted …",
        "the “failing” agency noting …") modifies that noun: a name or a scare quote, not
        what the speaker said."""
        speaker = attribution.speaker if attribution is not None else None
        if speaker is None or span.close_char is None:
            return False
        return speaker.left_edge.idx < span.open_char and span.outer_end <= speaker.idx

    def _verbless_phrase(self, span: QuoteSpan) -> bool:
        """A quoted phrase with no verb of its own, inside a running sentence and with no cue
        ("the Cell's role in the imminent “war on living rooms”", "apply for a Home Office
        ‘certificate of marriage approval’") is a coinage, a label or a scare quote, not
        speech. A phrase that opens its sentence or follows a colon is left to the speaker
        rules, and so is a quote with a verb ("would “let people know …”")."""
        opener = self._token_at(span.open_char)
        if opener is None or span.close_char is None:
            return False
        words = [t for t in opener.sent if t.i < opener.i and not (t.is_punct or t.is_space)]
        lead = self.text[self._paragraph_start(span.open_char) : span.open_char].rstrip()
        if not words or lead.endswith(":") or len(self.text[span.start : span.end].split()) > 12:
            return False
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        # a participle that only modifies a noun ("on living rooms") is no verb of its own
        if inner is None or any(t.pos_ in {"VERB", "AUX"} and not (t.tag_ == "VBG" and t.dep_ == "amod")
                                for t in inner):  # fmt: skip
            return False
        return not self._voiced_by_subject(inner.root)

    def _voiced_by_subject(self, token: Token) -> bool:
        """Whether the clause a quoted phrase sits in has a person or an organisation for a
        subject ("Sanders thanked its members “for their support”", "she vented that it
        would be “a fight from start to finish”"): the first subject up the verbs above it
        that is not "it" or a relative pronoun."""
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        while True:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.pos_ == "PRON":
                if subject.lower_ in THIRD_PERSON_PRONOUNS or subject.lower_ in {"i", "we"}:
                    return True
                subject = None  # "it would be “…”", "immigrants who are “…”": the clause above
            if subject is not None or verb.head.i == verb.i:
                break
            verb = verb.head
        mention = self.mention_for(subject) if subject is not None else None
        return mention is not None and mention.entity_type in {"PERSON", "ORG", "NORP"}

    def _single_quoted_heading(self, span: QuoteSpan, words: list[str]) -> bool:
        """A paragraph that is only a few words in single marks is a section heading ("'A
        really tough decision.'" between two parts of a feature), not a quote."""
        para_start, para_end = self.paragraphs[self._paragraph_of(span.open_char)]
        return (self.text[span.open_char] in "‘'" and self.text[span.open_char + 1] != "'"  # not ''…''
                and len(words) <= 8
                and not self.text[para_start : span.open_char].strip()
                and not self.text[span.outer_end : para_end].strip(" .\n\t"))  # fmt: skip

    def _work_before(self, token: Token | None) -> Token | None:
        """The noun for a work right before a quote, across a comma at most ("whose 2005
        book ''TrumpNation''", "The movie, “13 Hours,”"); not one that is itself quoted."""
        if token is not None and token.text == "," and token.i > 0:
            token = self.doc[token.i - 1]
        if (
            token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in WORK_NOUNS
            or self.inside[token.i]
        ):  # fmt: skip
            return None
        return token

    def _text_named_before(self, opener: Token | None) -> bool:
        """A copula whose subject is a text, right before a colon and the quote ("Labour's
        election slogan will be: “…”", "The proposed question for the referendum is: “…”")."""
        if opener is None or opener.i == 0:
            return False
        colon = self.doc[opener.i - 1]
        if colon.text != ":" or colon.head.lemma_ != "be":
            return False
        subject = next((c for c in colon.head.children if c.dep_ == "nsubj"), None)
        # "His question was: “…”" is his
        return (subject is not None and subject.lemma_.lower() in TEXT_NOUNS
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children))  # fmt: skip

    def _byline_after(self, span: QuoteSpan) -> bool:
        """A headline cited with its byline: “…,” by The Wall Street Journal's Jane Doe."""
        if span.close_char is None:
            return False
        inner = self.text[span.start : span.end].rstrip()
        after = self.text[span.outer_end : span.outer_end + 40]
        if inner.endswith(","):
            after = "," + after
        return re.match(r",\s*by\s+(?:[Tt]he\s+)?[A-Z]", after) is not None

    def _caller(self, span: QuoteSpan) -> _Attribution | None:
        """“what Gilbert called “a perception problem””, “a clip that Judge Mosman called
        “distasteful””: a naming verb right before the quote with a subject of its own reports
        that subject's words ("a series called “Quick Question”" names a title: None)."""
        opener = self._token_at(span.open_char)
        if opener is None or opener.i == 0:
            return None
        verb = self.doc[opener.i - 1]
        while verb.text in {",", ":"} and verb.i > 0:
            verb = self.doc[verb.i - 1]
        if (
            verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or verb.lower_ not in TITLE_WORDS
        ):  # fmt: skip
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (
            subject.pos_ in {"PROPN", "PRON"} and subject.lower_ not in {"it", "which", "that"}
            or self.mention_for(subject) is not None
        ):  # fmt: skip
            return None
        return _Attribution(verb, None, subject, "leading", 0.85)

    # -- main ---------------------------------------------------------------------------
    def run(self) -> list[QuoteRecord]:
        records: list[QuoteRecord] = []
        direct_spans: list[tuple[QuoteSpan, _Attribution | None, str | None]] = []
        for span in self.spans:
            attribution = self._attribute(span)
            title_reason = self._is_title(span, attributed=attribution is not None
                                          and attribution.speaker is not None)  # fmt: skip
            if title_reason is None and self._inside_speaker(span, attribution):
                title_reason = "modifier"
            if title_reason is None and attribution is None and self._verbless_phrase(span):
                title_reason = "phrase"
            direct_spans.append((span, attribution, title_reason))
        indirect = self._with_fragments(self._indirect(), direct_spans)
        kept_indirect = []
        told_in_passing: list[tuple[int, int, _Attribution, str]] = []
        absorbed: set[int] = set()

        def tell(narration: Token | None, end: int, attribution: _Attribution) -> None:
            """Keep what a participle of talk after a quote reports, with its quotes."""
            told = self._with_quotes_inside(self._told_in_passing(narration, end, attribution),
                                            direct_spans, absorbed)  # fmt: skip
            told_in_passing.extend(told)
            kept_indirect.extend(told)

        for start, end, attribution in indirect:
            start, end = self._beside_whole_sentence(start, end, attribution, direct_spans)
            overlapping = [k for k, (s, _, _) in enumerate(direct_spans)
                           if s.open_char < end and start < s.outer_end]  # fmt: skip
            # content that begins inside a quote ("said “prices will rise” sharply") begins
            # at its opening mark; one the parse began inside a word ("e-|mails") at the word
            start = min([self._word_start(start), *(direct_spans[k][0].open_char for k in overlapping)])
            quote = direct_spans[overlapping[0]][0] if overlapping else None
            narration = (self._narration_after(quote, end, attribution, whole=True)
                         if quote is not None and attribution.method != "evaluative" else None)  # fmt: skip
            if len(overlapping) > 1 and (narration is None or quote.open_char > start):
                # more quotes: only a first one the narration after it leaves alone ("“I never
                # said that,” Trump said, after Quick said he had called Rubio a “senator”")
                quote = narration = None
            if (
                quote is not None and attribution.method != "evaluative"
                and (len(re.findall(r"\w+", self.text[quote.outer_end : end])) < 2
                     or self._only_attribution(self._words_between(quote.outer_end, end))
                     or narration is not None)
                and not self._reports_own_words(start, quote.open_char, attribution)
            ):  # fmt: skip
                # the reported content is the direct quote itself: keep it direct (but "said
                # there remains a “gap,” when it comes to …" goes on after it: mixed)
                tell(narration, end, attribution)
                kept_indirect.extend(self._said_before_colon(quote, attribution))
                continue
            if self._split_by_attribution(start, end, [direct_spans[k][0] for k in overlapping]):
                continue  # "“The economy,” he said, “will grow.”": two direct quotes
            # a quoted fragment that starts inside the content belongs to it, marks and all
            inside = [k for k in overlapping if start <= direct_spans[k][0].open_char]
            end = max([end, *(direct_spans[k][0].outer_end for k in inside)])
            # the narration after the first quote it follows ends the content there: "said she
            # was “going to …,” while trying to explain …", "said it was “maniacal,” adding,
            # “He lost …”" (what follows is a report, or a quote, of its own)
            ordered = sorted((direct_spans[k][0] for k in overlapping), key=lambda q: q.open_char)
            last, narration = (ordered[-1] if ordered else None), None
            for q in ordered:
                narration = self._narration_after(q, end, attribution, whole=False)
                if narration is not None:
                    last = q
                    break
            if narration is not None:
                tell(narration, end, attribution)
                end = last.outer_end
                inside = [k for k in inside if direct_spans[k][0].open_char < end]
            elif last is not None:
                end = self._before_comment(last, end)
            absorbed.update(inside)
            # a quoted fragment makes reported content (an intention too: "vowed to “drain the
            # swamp”") a mixed quote; a belief stays a belief
            kind = ("belief" if attribution.method == "belief" else "mixed" if overlapping
                    else "intention" if attribution.method == "intention" else "indirect")  # fmt: skip
            kept_indirect.append((start, end, attribution, kind))

        previous: tuple[QuoteSpan, _Attribution] | None = None
        for k, (span, attribution, title_reason) in enumerate(direct_spans):
            if k in absorbed:
                continue
            if title_reason is None and attribution is None:
                # only now, for a quote no report took in: no cue, so no one to rank for it
                if self._modifies_noun_after(span):
                    title_reason = "modifier"
                elif k and self._listed_after_title(direct_spans[k - 1], span):
                    title_reason = "listed"
                if title_reason is not None:
                    direct_spans[k] = (span, None, title_reason)  # the next quote may be listed after it
            if title_reason is not None:
                records.append(self._record("title", span.start, span.end, None, title_reason,
                                            0.7, span.close_char is not None))  # fmt: skip
                continue
            if attribution is None or attribution.speaker is None:
                cut_in = self._voice_cutting_in(span, previous)
                if cut_in is not None:
                    attribution = cut_in  # a cue of its own: nothing to rank
                else:
                    attribution = self._speaker_just_before(span, previous) or self._ranked(
                        span, previous, self._continuation(span, previous) or attribution)
            elif attribution.speaker.pos_ == "PRON":
                attribution = self._previous_speaker(attribution, previous, span)
            if attribution is None:
                attribution = _Attribution(None, None, None, "unattributed", 0.3)
            confidence = attribution.confidence * (1.0 if span.close_char is not None else 0.7)
            records.append(self._record("direct", self._label_end(span, attribution), span.end, attribution,
                                        attribution.method, confidence,
                                        span.close_char is not None))  # fmt: skip
            if attribution.speaker is not None:
                previous = (span, attribution)
        # a participle told in passing reports for the quote's speaker, not for the subject the
        # parse gave it ("said it was “…,” stating that they are …")
        told_cues = {r[2].cue.i for r in told_in_passing}
        kept_indirect = [r for r in kept_indirect if r in told_in_passing
                         or r[2].cue is None or r[2].cue.i not in told_cues]  # fmt: skip
        for start, end, attribution, kind in kept_indirect:
            records.append(self._record(kind, start, end, attribution, attribution.method,
                                        attribution.confidence, True))  # fmt: skip
        records.extend(self._transcript_turns())
        records = self._one_per_span(records)
        records.sort(key=lambda r: (r.start_char, r.end_char))
        return [replace(r, quote_idx=i) for i, r in enumerate(records)]

    def _narration_after(
        self, quote: QuoteSpan, end: int, attribution: _Attribution, *, whole: bool
    ) -> Token | None:
        """Reported content that ends on a quote closing on a comma and then goes on with the
        writer's account of the occasion, not more of what was said. After a quote that is the
        whole content (`whole`: "“Too much hate,” she said, blaming some of it on Trump";
        "vowed, “We will win,” referring to ISIS"), any participle, time clause ("said, “We'll
        see,” when asked whether …"), second verb of the speaker's ("wrote, “It's time,” and
        shared a link") or, after the quote's own speaker and cue, anything but the rest of the
        quoted sentence ("“Follow us,” Ms. Gil said, and the boys trailed behind"; not "“Only
        you,” she said, would use …" nor "he said, that …"). After a quoted part of a clause,
        whose participle may go on with the clause ("“the best of both worlds,” giving states
        more power"), only one of talk or telling ("insisted that he has “expanded the party,”
        claiming that …", "referring to …", "according to …") or of a time clause with a
        participle ("while trying to explain …"). A cue after the content reports all of it
        ("“…,” since so many cases were decided 5-to-4, said Epstein"). Returns the first word
        of the narration."""
        if attribution.cue is None or attribution.cue.idx >= end:
            return None
        if not (self.text[quote.start : quote.end].rstrip().endswith(",")
                or self.text[quote.outer_end : end].lstrip().startswith(",")):  # fmt: skip
            return None
        rest = [t for t in self._words_between(quote.outer_end, end) if not t.is_punct]
        told = next((k for k, t in enumerate(rest) if self.is_speech_cue(t)), None)
        own_attribution = (
            whole and told is not None and told < 4 and rest[told].i + 1 < len(self.doc)
            and self.doc[rest[told].i + 1].text == ","
            and self._only_attribution(rest[: told + 1])
        )  # fmt: skip
        if own_attribution:
            rest = rest[told + 1 :]
        if not rest:
            return None
        first, second = rest[0], rest[1] if len(rest) > 1 else None
        if first.lower_ in _SUBORDINATORS and second is not None and second.tag_ in {"VBG", "VBN"}:
            return first
        if first.tag_ == "VBG" and (_lemma(first) in _TELLING_VERBS or first.lower_ == "according"):
            return first
        if not whole:
            return None
        if (first.tag_ == "VBG" or first.lower_ in _SUBORDINATORS
                or first.lower_ == "and" and second is not None and second.tag_ == "VBD"):  # fmt: skip
            return first
        if own_attribution and first.lower_ != "that" and first.pos_ not in {"AUX", "VERB"}:
            return first
        return None

    def _before_comment(self, quote: QuoteSpan, end: int) -> int:
        """Reported content that ends with the writer's comment on the report, set off after
        its last quote by a comma or a dash as "a charge", "a swipe", "a reference"
        (`COMMENT_NOUNS`): "complained that the contest had been “rigged” against him, a
        charge that party leaders denied", "said he was “encouraged” by the plan — a modest
        boost for Obama": the content ends before it. Returns the new end."""
        tokens = self._words_between(quote.outer_end, end)
        inside = self.text[quote.start : quote.end].rstrip()[-1:]  # "called him a “moderate,” a …"
        for k, token in enumerate(tokens):
            before = tokens[k - 1].text if k else inside
            if token.lower_ not in {"a", "an"} or before not in DASHES | {","}:
                continue
            noun = next((t for t in tokens[k + 1 : k + 4] if t.pos_ == "NOUN"), None)
            if noun is not None and noun.lemma_.lower() in COMMENT_NOUNS and not self.inside[noun.i]:
                kept = tokens[: max(k - 1, 0)]
                _drop_trailing_punct(kept)
                return kept[-1].idx + len(kept[-1].text) if kept else quote.outer_end
        return end

    def _with_quotes_inside(
        self, reports: list[tuple[int, int, _Attribution, str]],
        direct_spans: list[tuple[QuoteSpan, _Attribution | None, str | None]], absorbed: set[int],
    ) -> list[tuple[int, int, _Attribution, str]]:  # fmt: skip
        """Reports with the quotes that lie inside them: such a report is mixed, and the quotes
        are part of it ("citing a case in which a Marine was found guilty of “gross
        negligence”"). A report that is one quote and nothing else is no report: that quote
        becomes a direct quote of the report's speaker (`direct_spans` is updated)."""
        out = []
        for start, end, attribution, kind in reports:
            inside = [k for k, (s, _, _) in enumerate(direct_spans) if start <= s.open_char < end]
            if len(inside) == 1 and not re.search(
                    r"\w", self.text[start : direct_spans[inside[0]][0].open_char]
                    + self.text[direct_spans[inside[0]][0].outer_end : end]):  # fmt: skip
                # "said it was “maniacal,” adding, “He lost …”": the quote alone, a direct quote
                # of the report's speaker, whatever the parse made the participle's subject
                span = direct_spans[inside[0]][0]
                direct_spans[inside[0]] = (span, replace(attribution, method="leading", confidence=0.85),
                                           None)  # fmt: skip
                continue
            absorbed.update(inside)
            out.append((start, max([end, *(direct_spans[k][0].outer_end for k in inside)]), attribution,
                        "mixed" if inside else kind))  # fmt: skip
        return out

    def _told_in_passing(
        self, narration: Token | None, end: int, attribution: _Attribution
    ) -> list[tuple[int, int, _Attribution, str]]:
        """What a participle of talk in the narration after a quote reports, as the quote
        speaker's indirect speech ("“…,” describing the team as highly accomplished", "“…,”
        promising to campaign across the country", "“…,” citing an instance in which …"): up to
        where the content ended. Not what the quote is about ("“…,” referring to the Islamic
        State")."""
        if (narration is None or narration.tag_ != "VBG" or _lemma(narration) not in _TELLING_VERBS
                or _lemma(narration) in _POINTING_VERBS):  # fmt: skip
            return []
        words = self._words_between(narration.idx + len(narration.text), end)
        clause = next((c for c in narration.children if c.dep_ == "ccomp" and c.i > narration.i), None)
        if clause is not None and any(t.is_alpha for t in words if t.i < clause.left_edge.i):
            words = [t for t in words if t.i >= clause.left_edge.i]  # "stating during the debate that …"
        elif words and words[0].pos_ == "ADP":
            words = words[1:]  # "warning of …"
        told = replace(attribution, cue=narration, cue_end=None, method="indirect", confidence=0.65)
        return self._reported_words(words, told)

    def _said_before_colon(
        self, quote: QuoteSpan, attribution: _Attribution
    ) -> list[tuple[int, int, _Attribution, str]]:
        """A cue whose quote follows a colon and that reports words of its own before the
        colon ("declared the need for courage and patience: “…”", "asserted that France had
        lost its identity: “…”"): those words are its indirect report, beside the quote. Only a
        that-clause or a common noun it takes as its object; not whom it was told, what about or
        when ("told Today:", "said of the plan:", "said after the game:"), nor a speaker after
        it ("Said Mr Fogg:")."""
        cue = attribution.cue
        speaker = attribution.speaker
        if cue is None or cue.idx > quote.open_char or speaker is None or speaker.i > cue.i:
            return []
        words = self._words_between(cue.idx + len(cue.text), quote.open_char)
        if len(words) < 3 or words[-1].text != ":" or any(  # "cited X when Y told Z:" is Y's
                t.text in {":", ";"} or self.inside[t.i] or self.is_speech_cue(t)
                for t in words[:-1]):  # fmt: skip
            return []
        first = words[0]
        clause = first.lower_ == "that" and first.dep_ == "mark" and first.head.head == cue
        thing = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge == first), None)
        if not clause and (thing is None or thing.pos_ != "NOUN" or _lemma(cue) in ADDRESSEE_VERBS):
            return []
        return self._reported_words(words, attribution)

    @staticmethod
    def _reported_words(
        words: list[Token], attribution: _Attribution
    ) -> list[tuple[int, int, _Attribution, str]]:
        """The words a cue reports on their own, trailing punctuation left out, as its
        indirect report; none for fewer than two words."""
        _drop_trailing_punct(words)
        if len([t for t in words if t.is_alpha]) < 2:
            return []
        return [(words[0].idx, words[-1].idx + len(words[-1].text), attribution, "indirect")]

    def _split_by_attribution(self, start: int, end: int, quotes: list[QuoteSpan]) -> bool:
        """Content that is two or more quotes and, between them, only who said them ("“The
        economy,” he said, “will grow.”", "“It strikes me odd,” said the Illinois Democrat,
        “that …”"): direct speech the attribution cuts in two, no reported content."""
        if len(quotes) < 2 or quotes[0].open_char > start or re.search(
                r"\w", self.text[quotes[-1].outer_end : end]):  # fmt: skip
            return False
        return all(self._only_attribution(self._words_between(a.outer_end, b.open_char))
                   for a, b in itertools.pairwise(quotes))  # fmt: skip

    def _beside_whole_sentence(
        self, start: int, end: int, attribution: _Attribution,
        direct_spans: list[tuple[QuoteSpan, _Attribution | None, str | None]],
    ) -> tuple[int, int]:  # fmt: skip
        """Reported content before its cue that takes in a lead-in of its own starts at the
        quote; content that opens with a quoted whole sentence and runs on past it (a
        parse that did not end the sentence at the closing mark): after a cue before it
        ("saying: “The show of unity was the worst acting.” Labour had …") it is that
        quote; before a cue after it ("“….” Labour had broken promises, he said") it is
        what follows the quote."""
        cue = attribution.cue
        if cue is None:
            return start, end
        first = True
        for span, _, _ in direct_spans:
            if not start < span.open_char < end or cue.idx < span.open_char:
                continue
            lead = self._words_between(start, span.open_char)
            last = not re.search(r"\w", self.text[span.outer_end : end])
            if lead and lead[-1].text == ":" and (first or last):
                # "Mr Johnson told Today: “…,” he said", "Mosman saw it differently: “…,” he
                # said": not the lead-in, the quote
                start = span.open_char
                break
            first = False
        for span, _, _ in direct_spans:
            if span.close_char is None or not span.open_char <= start < span.outer_end < end:
                continue
            if not self.text[span.start : span.end].rstrip().endswith((".", "?", "!")):
                continue
            if cue.idx < span.open_char:
                return start, span.outer_end
            rest = next(iter(self._words_between(span.outer_end, end)), None)
            return (rest.idx, end) if rest is not None else (start, end)
        return start, end

    def _transcript_turns(self) -> list[QuoteRecord]:
        """An interview or debate transcript printed without quote marks, each turn a
        paragraph opening with its speaker's label in capitals ("TAPPER: Do you think …",
        "CLINTON: Honestly, …"): every turn is the labelled person's words, kind direct
        (verbatim) with method ``transcript``. Only in a document with two such paragraphs
        or more whose labels name people, so that a heading ("WASHINGTON: …", "WHY IT
        MATTERS: …") is no speaker; "Q:" and "A:" name no one and are skipped, as is a
        paragraph inside a quote or one in capitals."""
        turns = []
        for start, end in self.paragraphs:
            match = transcript_label(self.text, start, end)
            if match is None or any(s.open_char <= start < s.outer_end for s in self.spans):
                continue
            label = self._token_at(match.end(1) - 1)
            content_end = start + len(self.text[start:end].rstrip())
            # a label over text all in capitals is a heading of a table ("PARANA STATE: …")
            speech = self.text[match.end() : content_end]
            if label is not None and label.is_alpha and re.search(r"[a-z]", speech):
                turns.append((match.end(), content_end, label, match.group(1).split()))
        # a label names a person: one the article names ("TRUMP:" for Donald Trump), a first
        # name and surname ("JAKE TAPPER:"), or the surname of such a label ("TAPPER:"); not
        # a heading ("WHY IT MATTERS:", "THE LATEST:")
        named = {words[-1] for _, _, label, words in turns
                 if self._named_in_capitals(label.text) is not None
                 or len(words) > 1 and name_gender(words[0]) is not None}  # fmt: skip
        turns = [t for t in turns if t[3][-1] in named]
        if len(turns) < 2:
            return []
        return [self._record("direct", start, end, _Attribution(None, None, label, "transcript", 0.75),
                             "transcript", 0.75, True) for start, end, label, _ in turns]  # fmt: skip

    @staticmethod
    def _one_per_span(records: list[QuoteRecord]) -> list[QuoteRecord]:
        """One quote per content span: two cues can report the same words ("Weaver's
        claim that …" and "Weaver said"); keep speech over a belief or intention, then a
        resolved speaker, then the surer rule."""
        def rank(r: QuoteRecord) -> tuple:
            return (r.kind in SPEECH_KINDS, r.speaker_entity_id is not None, r.speaker_text is not None,
                    r.confidence)

        best: dict[tuple[int, int], QuoteRecord] = {}
        for record in records:
            kept = best.get((record.start_char, record.end_char))
            if kept is None or rank(record) > rank(kept):
                best[(record.start_char, record.end_char)] = record
        return list(best.values())

    def _word_start(self, char: int) -> int:
        """The start of the word `char` is in ("e-mails" for "mails")."""
        text = self.text
        while char > 0 and (text[char - 1].isalnum() or text[char - 1] in "-'’" and char > 1
                            and text[char - 2].isalnum()):  # fmt: skip
            char -= 1
        return char

    def _with_fragments(
        self, indirect: list[tuple[int, int, _Attribution]],
        direct_spans: list[tuple[QuoteSpan, _Attribution | None, str | None]],
    ) -> list[tuple[int, int, _Attribution]]:  # fmt: skip
        """A quoted fragment inside the phrase its leading cue reports ("warned of a
        “ferocious” battle ahead", "boasted of his willingness to spend “whatever it takes”
        from his fortune", "pledged to oppose it “today, tomorrow, forever.”") makes that
        phrase reported content: the content the cue already has grows to take it in, or the
        phrase becomes the cue's content. The mixed quote is then made as for any indirect
        content holding a quote."""
        found = list(indirect)
        for span, attribution, title_reason in direct_spans:
            if (title_reason is not None or attribution is None or attribution.method != "leading"
                    or attribution.speaker is None):  # fmt: skip
                continue
            if any(s <= span.open_char and span.outer_end <= e + 1 for s, e, _ in found):
                continue  # already inside reported content
            cue = attribution.cue
            same_cue = [k for k, (_, _, a) in enumerate(found)
                        if a.cue is not None and cue is not None and a.cue.i == cue.i]  # fmt: skip
            if same_cue:
                s, e, a = found[same_cue[0]]
                # the quote ends the cue's sentence: only punctuation after it there; after a
                # comma, a fragment that goes on with the clause ("because he's a negotiator,
                # “like you folks.”"), not a sentence of its own
                gap = self.text[e : span.open_char].strip()
                goes_on = not gap or gap == "," and self.text[span.start : span.start + 1].islower()
                if (e <= span.open_char and goes_on
                        and self._reported_child(span, cue) is not None
                        and not re.search(r"\w", self.text[span.outer_end : cue.sent.end_char])):  # fmt: skip
                    found[same_cue[0]] = (s, span.outer_end, a)  # "to oppose it “today, tomorrow.”"
                continue
            phrase = self._reported_phrase(span, cue)
            if phrase is not None:
                found.append((*phrase, replace(attribution, method="indirect", confidence=0.65)))
        return found

    def _reported_phrase(self, span: QuoteSpan, cue: Token | None) -> tuple[int, int] | None:
        """The cue's complement (object, prepositional phrase, clause) that holds the quote
        as a part, when it has at least two words of its own outside the quote."""
        child = self._reported_child(span, cue)
        if child is None or child.dep_ not in _FRAGMENT_HOSTS:
            return None
        if child.dep_ in {"dobj", "dative"} and _lemma(cue) in ADDRESSEE_VERBS:
            return None  # "told BBC Two's Newsnight there was …": the one told, badly parsed
        # of a prepositional phrase, its object: "warned of [a “ferocious” battle]"
        tokens = self._contiguous([t for t in child.subtree if not (child.dep_ == "prep" and t.i == child.i)])
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if start > span.open_char or end < span.outer_end - 1:
            return None  # the phrase holds only part of the quote
        before = self.text[start : span.open_char]
        if self.inside[child.i] and not re.search(r"\w", before):
            return None  # the quote is the phrase, with adverbials after it ("“…” on Tuesday")
        if len(re.findall(r"\w+", before + " " + self.text[span.outer_end : end])) < 2:
            return None
        return start, end

    def _reported_child(self, span: QuoteSpan, cue: Token | None) -> Token | None:
        """The child of a speech cue, after it in its sentence, whose subtree holds the
        quote's first word."""
        if cue is None or not self.is_speech_cue(cue):
            return None
        words = [t for t in self._tokens_between(span.start, span.end) if t.is_alpha or t.is_digit]
        if not words or words[0].sent.start != cue.sent.start or words[0].i < cue.i:
            return None
        child = words[0]
        while child.head.i != cue.i and child.head.i != child.i:
            child = child.head
        return child if child.head.i == cue.i and child.i != cue.i else None

    def _voice_cutting_in(
        self, span: QuoteSpan, previous: tuple[QuoteSpan, _Attribution] | None
    ) -> _Attribution | None:
        """A sentence between two quotes that ends on a verb of joining in ("“…,” Ebeling
        said, and her husband cut in. “…”", "Her aide chimed in."): its subject speaks next."""
        opener = self._token_at(span.open_char)
        if previous is None or opener is None or opener.sent.start == 0:
            return None
        before, before_attribution = previous
        sentence = self.doc[opener.sent.start - 1].sent
        words = [t for t in sentence if t.idx >= before.outer_end and not self.inside[t.i]]
        verbs = [t for t in words if t.pos_ == "VERB"]
        if not verbs or any(not (t.is_punct or t.dep_ == "prt" or _bare_in(t)) for t in words
                            if t.i > verbs[-1].i):  # fmt: skip
            return None
        found = self._adjacent_cue(verbs[-1:])
        cue = before_attribution.cue
        if found is None or found.cue is None or cue is not None and found.cue.i == cue.i:
            return None  # "“…,” she continued. “…”": the quote before's own cue
        return replace(found, method="leading", confidence=0.7)

    def _continuation(
        self, span: QuoteSpan, previous: tuple[QuoteSpan, _Attribution] | None
    ) -> _Attribution | None:
        paragraph = self._paragraph_of(span.open_char)
        if previous is not None:
            prev_span, prev_attr = previous
            if self._paragraph_of(prev_span.open_char) >= paragraph - 1:
                return replace(prev_attr, method="continuation", confidence=0.6)
        opener = self._token_at(span.open_char)
        if opener is None or opener.sent.start == 0:
            return None
        # the person who is the subject of the sentence before; for a quote that opens its
        # paragraph, of the last sentence of the previous paragraph that has one
        sentence = self.doc[opener.sent.start - 1].sent
        opens_paragraph = not self.text[self._paragraph_start(span.open_char) : span.open_char].strip()
        while True:
            subject = self._person_subject(sentence)
            if subject is not None:
                return _Attribution(None, None, subject, "previous_subject", 0.5)
            if not opens_paragraph or sentence.start == 0:
                return None
            earlier = self.doc[sentence.start - 1].sent
            if self._paragraph_of(earlier.start_char) < paragraph - 1:
                return None
            sentence = earlier

    def _speaker_just_before(
        self, span: QuoteSpan, previous: tuple[QuoteSpan, _Attribution] | None
    ) -> _Attribution | None:
        """A quote that opens its sentence, right after a sentence whose main clause has a
        person reporting something ("Committee chairman John Denham said drugs were …
        ¶ “The committee believes …”", "He said he accepted … ¶ “…”"): that person, over an
        older quote's voice and over the ranker; when that sentence is the quote before's
        own ("“…,” he said. ¶ “…”"), a continuation of it."""
        opener = self._token_at(span.open_char)
        if opener is None or opener.sent.start == 0 or self.text[
                opener.sent.start_char : span.open_char].strip():  # fmt: skip
            return None
        sentence = self.doc[opener.sent.start - 1].sent
        closing = self._token_at(span.outer_end - 1) or opener
        if self._paragraph_of(sentence.start_char) < self._paragraph_of(span.open_char) - 1 or any(
                (m := self.mention_for(t)) is not None and m.entity_type == "PERSON"
                for t in self.doc[opener.sent.start : closing.sent.end] if not self.inside[t.i]):  # fmt: skip
            return None  # "“…,” an angry Hollande retaliated": a cue we do not know
        subject = self._person_subject(sentence, reporting=True)
        if subject is None:
            return None
        if previous is not None and sentence.start_char <= previous[0].open_char:
            before = self.mention_for(previous[1].speaker) if previous[1].speaker else None
            if before is not None and before.entity_id == self.mention_for(subject).entity_id:  # type: ignore[union-attr]
                return replace(previous[1], method="continuation", confidence=0.6)
        return _Attribution(None, None, subject, "reporter_before", 0.6)

    def _reports_something(self, verb: Token) -> bool:
        """A main-clause speech verb with what it reports (a clause, an object, "about/of/on"
        a topic), not only speaking ("The former president spoke hours after …")."""
        return verb.dep_ in {"ROOT", "conj"} and self.is_speech_cue(verb) and any(
            c.dep_ in {"ccomp", "xcomp", "dobj", "oprd"}
            or c.dep_ == "prep" and c.lower_ in {"about", "of", "on"} for c in verb.children)  # fmt: skip

    def _ranked(
        self, span: QuoteSpan, previous: tuple[QuoteSpan, _Attribution] | None,
        rules: _Attribution | None,
    ) -> _Attribution | None:  # fmt: skip
        """A quote with no cue of its own: the trained ranker's choice among the candidate
        speakers, when it is confident enough (else the rules' continuation stands)."""
        candidates = self.speaker_candidates(span, previous)
        self.uncued.append((span, rules, candidates))
        if self.ranker is None or not candidates:
            return rules
        choice = self.ranker.choose([features for _, _, features in candidates])
        if choice is None:
            return rules
        best, probability = choice
        mention, token, _ = candidates[best]
        opener = self._token_at(span.open_char)
        if opener is not None and self.text[opener.sent.start_char : span.open_char].strip():
            # a quote inside a sentence whose subject is a person: that person's words
            # ("Drummer Larry Mullen Jr echoed those sentiments: “…”", not Bono's before)
            subject = self._person_subject(opener.sent)
            own = self.mention_for(subject) if subject is not None and subject.idx < span.open_char else None
            if own is not None and own.entity_id != mention.entity_id:
                return _Attribution(None, None, subject, "sentence_subject", 0.5)
        if rules is not None and rules.method == "continuation" and previous is not None:
            if self._follows_directly(previous[0], span, previous[1].cue):
                return rules
        if rules is not None and rules.speaker is not None:
            ruled = self.mention_for(rules.speaker)
            if ruled is not None and ruled.entity_id == mention.entity_id:
                return rules
            # someone named only after the quote, in a sentence of their own or saying
            # something of their own, when the rules have a voice before it ("He finished
            # with an appeal to activists. ¶ “…” Labour's Alan Milburn said: “…”"; not
            # "“…,” an angry Hollande retaliated", a cue we do not know)
            if mention.start_char >= span.outer_end and (
                    token.sent.start_char >= span.outer_end or self._reports_something(token.head)
            ) and not any(m.entity_id == mention.entity_id for m, _, _ in candidates
                          if m.end_char <= span.open_char):  # fmt: skip
                return rules
        return _Attribution(None, None, token, "ranked", round(0.3 + 0.4 * probability, 3))

    def _continues_quote(self, span: QuoteSpan) -> bool:
        """The quote before `span` is in its paragraph, a sentence or less before it."""
        k = self.spans.index(span)
        return k > 0 and self._follows_directly(self.spans[k - 1], span)

    def _follows_directly(self, before: QuoteSpan, span: QuoteSpan, cue: Token | None = None) -> bool:
        """“…,” Praeli said. “…”: the quote opens in the paragraph of the quote before it,
        with nothing but that quote's own sentence in between (or the sentence of its cue,
        which the parse may have split off: "“…!” a message on the website reads. “…”")."""
        if self._paragraph_of(before.open_char) != self._paragraph_of(span.open_char):
            return False
        closing, opener = self._token_at(before.outer_end - 1), self._token_at(span.open_char)
        if closing is None or opener is None:
            return False
        if self.sent_of[opener.i] - self.sent_of[closing.i] <= 1:
            return True
        return (cue is not None and closing.i < cue.i < opener.i
                and self.sent_of[opener.i] - self.sent_of[cue.i] == 1
                and self.sent_of[cue.i] - self.sent_of[closing.i] == 1)  # fmt: skip

    # -- speaker candidates (for the trained ranker) -------------------------------------
    def speaker_candidates(
        self, span: QuoteSpan, previous: tuple[QuoteSpan, _Attribution] | None
    ) -> list[tuple[MentionRecord, Token, dict[str, float]]]:
        """Person and organisation mentions that could have said a quote with no cue of its
        own: outside quotation marks, from five sentences before the quote (this paragraph
        and the two before) to the end of its paragraph; each with its features."""
        opener = self._token_at(span.open_char)
        if opener is None:
            return []
        q_sent, q_para = self.sent_of[opener.i], self._paragraph_of(span.open_char)
        _, para_end = self.paragraphs[q_para]
        prev_entity = None
        if previous is not None and previous[1].speaker is not None:
            prev_mention = self.mention_for(previous[1].speaker)
            prev_entity = prev_mention.entity_id if prev_mention is not None else None
        found = []
        for m in self.mentions:
            if m.entity_type not in _SPEAKING or m.entity_id is None or self._inside_char(m.start_char):
                continue
            token = self._token_at(m.end_char - 1)
            if token is None:
                continue
            m_sent, m_para = self.sent_of[token.i], self._paragraph_of(m.start_char)
            before = m.end_char <= span.open_char
            if before and not (q_sent - 5 <= m_sent and q_para - 2 <= m_para):
                continue
            if not before and not (span.outer_end <= m.start_char < para_end):
                continue
            found.append((m, token, m_sent, m_para, before))
        # recency rank of each entity among the mentions before the quote
        order: list[str] = []
        for m, *_rest, before in sorted(found, key=lambda f: -f[0].start_char):
            if before and m.entity_id not in order:
                order.append(m.entity_id)  # type: ignore[arg-type]
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.end_char <= span.open_char and m.entity_id is not None:
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        candidates = []
        for m, token, m_sent, m_para, before in found:
            gap = q_sent - m_sent
            rank = order.index(m.entity_id) if m.entity_id in order else 9
            head = token.head
            between = self.text[m.end_char : span.open_char] if before else ""
            features = {
                "after_quote": float(not before),
                "gap0": float(before and gap <= 0), "gap1": float(gap == 1),
                "gap2": float(gap == 2), "gap3plus": float(gap >= 3),
                "same_paragraph": float(m_para == q_para),
                "previous_paragraph": float(m_para == q_para - 1),
                "previous_speaker": float(prev_entity is not None and m.entity_id == prev_entity),
                "subject": float(token.dep_ in {"nsubj", "nsubjpass"}),
                "speech_subject": float(token.dep_ in {"nsubj", "nsubjpass"} and self.is_speech_cue(head)),
                "name": float(m.mention_kind in {"name", "acronym"}),
                "pronoun": float(m.mention_kind == "pronoun"),
                "nominal": float(m.mention_kind in {"nominal", "role"}),
                "person": float(m.entity_type == "PERSON"),
                "rank0": float(rank == 0), "rank1": float(rank == 1),
                "frequency": math.log1p(counts.get(m.entity_id, 0)),  # type: ignore[arg-type]
                "colon_lead": float(before and between.rstrip().endswith(":")),
                "possessive": float(token.dep_ == "poss" or token.tag_ == "POS"),
                "object": float(token.dep_ in {"dobj", "pobj", "dative"}),
            }  # fmt: skip
            candidates.append((m, token, features))
        return candidates

    def _person_subject(self, sentence, *, reporting: bool = False) -> Token | None:  # noqa: ANN001
        """The subject of a sentence when it names a person (directly or through an
        apposition: "the director of operations, Jeff Fraser, says …"; the name first, "The
        chairman of the Bar Council, Guy Mansfield QC"), the main clause's first ("When Tom
        Reed left the party, Jane Roe wrote …": Jane Roe). With `reporting`, only the
        subject of a verb that reports something."""
        for token in sorted(sentence, key=lambda t: (t.head.dep_ != "ROOT", t.i)):
            if token.dep_ != "nsubj" or self.inside[token.i] or (
                    reporting and not self._reports_something(token.head)):  # fmt: skip
                continue
            named = self.mention_for(token)
            appositions = [c for c in token.children if c.dep_ == "appos"]
            named_first = named is not None and named.mention_kind == "name"
            candidates = [token, *appositions] if named_first else [*appositions, token]
            for candidate in candidates:
                mention = self.mention_for(candidate)
                if mention is not None and mention.entity_type == "PERSON" and mention.entity_id:
                    return candidate
        return None

    def _record(self, kind: str, start: int, end: int, attribution: _Attribution | None,
                method: str, confidence: float, closed: bool) -> QuoteRecord:  # fmt: skip
        if attribution is None:
            attribution = _Attribution(None, None, None, method, confidence)
        end = start + len(self.text[start:end].rstrip())  # "“… today, ” Bozell adds": no stray space
        entity_id, s_text, s_start, s_end = self._speaker_fields(attribution.speaker)
        entity_id = entity_id or attribution.entity_id
        cue, cue_lemma, cue_start, cue_end = self._cue_fields(attribution)
        return QuoteRecord(
            quote_idx=0, kind=kind, text=self.text[start:end], start_char=start, end_char=end,
            speaker_entity_id=entity_id, speaker_text=s_text, speaker_start=s_start,
            speaker_end=s_end, cue=cue, cue_lemma=cue_lemma, cue_start=cue_start,
            cue_end=cue_end, method=method, confidence=round(max(min(confidence, 1.0), 0.0), 3),
            closed=closed, sent_idx=self._sent_idx(start),
        )  # fmt: skip

    # -- indirect speech ----------------------------------------------------------------
    def _indirect(self) -> list[tuple[int, int, _Attribution]]:
        found: list[tuple[int, int, _Attribution]] = []
        for token in self.doc:
            if self.inside[token.i]:
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc):
                item = self._according_to(token)
                if item is not None:
                    found.append(item)
                continue
            if token.pos_ == "NOUN" and token.lemma_.lower() in NOUN_CUES:
                item = self._noun_cue(token)
                if item is not None:
                    found.append(item)
                continue
            evaluative = self._is_evaluative(token)
            finding = self._finding(token)
            belief = self._is_belief_cue(token)
            intention = self._intention_content(token)
            speech = self.is_speech_cue(token)
            if not (speech or evaluative or finding or belief or intention):
                continue
            inverted = self._inverted_interjection(token) if speech else None
            if inverted is not None:
                speaker, content = inverted
                start, last = content[0].idx, content[-1]
                found.append((start, last.idx + len(last.text),
                              _Attribution(token, None, speaker, "indirect", 0.7)))  # fmt: skip
                continue
            speaker = self.speaker_of(token)
            if speaker is None and evaluative:
                speaker = self._evaluator_before(token)
            reports_clause = any(c.dep_ == "ccomp" for c in token.children)
            if speaker is None and reports_clause and speech:
                speaker = self._adjacent_speaker(token)  # "… of the Washington Post Trump said that …"
            if speaker is None or self.inside[speaker.i] or speaker.lower_ in {"this", "that", "which"}:
                continue
            if speaker.lower_ == "it" and getattr(self.mention_for(speaker), "entity_id", None) is None:
                continue  # "it said that …" only when "it" is an organisation the entity layer found
            if belief and speaker.lower_ in _NO_HOLDER:
                continue  # "how do you know …", the writer's "I think …": no one's reported view
            method = "belief" if belief else "indirect"
            content = self._belief_content(token) if belief else self._content_tokens(token)
            if not content and intention:
                if speaker.lower_ in _NO_HOLDER:
                    continue
                content, method = intention, "intention"
            if not content and evaluative:
                content, method = self._evaluative_content(token), "evaluative"
            content = self._before_another_report(content)
            while content and content[-1].dep_ == "cc" and content[-1].head.i < content[-1].i:
                content.pop()  # "… from a former rival, and" before a report of its own
                _drop_trailing_punct(content)
            if content and content[0].i <= speaker.i <= content[-1].i < token.i:
                # a content before its cue never takes in its own speaker ("“Yes,” Jane Roe,
                # founder of the group, said" with the name parsed into the quote's clause)
                content = [t for t in content if t.i < speaker.left_edge.i]
                _drop_trailing_punct(content)
            if not content:
                continue
            start = content[0].idx
            last = content[-1]
            end = last.idx + len(last.text)
            if len(re.findall(r"\w+", self.text[start:end])) < 2:
                continue
            found.append((start, end, _Attribution(token, None, speaker, method, 0.7)))
        return found

    def _evaluator_before(self, verb: Token) -> Token | None:
        """"Stuart Stevens, who served as Romney's strategist, called Trump's statements
        “childish.”": the parse made the name the root and hung the verb on the noun before
        it as a participle; the person named before the apposition or clause in commas
        speaks (as for a direct quote's cue, `_person_before`)."""
        if (verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0
                or self.doc[verb.i - 1].text != ","):  # fmt: skip
            return None
        return self._person_before(list(verb.sent), verb)

    def _inverted_interjection(self, verb: Token) -> tuple[Token, list[Token]] | None:
        """"The policy, said Jane Doe, will fail." / "Any reading, said Michael Kofman, an
        expert on Russia, would …": a cue set off by a comma with the name after it; the
        name speaks and the sentence around it is the content (cue included, as for
        "The economy, he said, will grow")."""
        if (
            verb.i == 0 or self.doc[verb.i - 1].text != "," or verb.i + 2 >= len(self.doc)
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        ):  # fmt: skip
            return None  # "The plan will fail, said Jane Doe.": the clause before is the content
        mention = self.mention_for(self.doc[verb.i + 1])
        if (
            mention is None or mention.entity_type not in {"PERSON", "ORG"}
            or mention.mention_kind not in {"name", "acronym"}
            or self.doc[verb.i + 1].idx != mention.start_char
        ):  # fmt: skip
            return None
        subject = self.subject_of(verb)
        if subject is not None and subject.i < verb.i and (
            subject.pos_ in {"PRON", "PROPN"} or self.mention_for(subject) is not None
        ):
            return None  # "Charlie King, a former director, said the group would …"
        name = self._token_at(mention.end_char - 1)
        sent = verb.sent
        if (
            name is None or name.i + 1 >= sent.end or self.doc[name.i + 1].text != ","
            or verb.i - 1 <= sent.start or any(self.inside[t.i] for t in sent)
        ):  # fmt: skip
            return None  # “We won”, said Jane Doe, …: a direct quote's attribution
        if name.i + 3 >= sent.end:
            return None  # the sentence must go on after the comma that follows the name
        tokens = [t for t in sent if not t.is_space]
        content = self._contiguous(tokens)
        return (name, content) if content else None

    def _is_evaluative(self, token: Token) -> bool:
        """A verb that characterises what someone said (EVALUATIVE_VERBS) or casts its object
        "as" a quoted fragment; not "called off" (up, in, back)."""
        if token.pos_ != "VERB":
            return False
        lemma = token.lemma_.lower()
        if lemma == "call" and any(c.dep_ == "prt" and c.lower_ in {"off", "up", "in", "back"}
                                   for c in token.children):  # fmt: skip
            return False
        return lemma in EVALUATIVE_VERBS or self._quoted_as(token)

    def _quoted_as(self, verb: Token) -> bool:
        """An active verb that casts its object "as" a quoted fragment: the subject's words
        ("admires Putin as a “strong leader”", "went after Trump as a “con artist”")."""
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return False  # "was described as “brilliant”": the subject is the one described
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False  # "served as “acting director”" casts no one
        heads = [verb, *objects]  # "dismissed the report as …", "admires Putin as …"
        # "such as" gives examples ("terms containing words such as “attack”", "includes such
        # names as …"); a quoted title or name is no one's words ("cast him as the hero in
        # the “Fantastic Four” reboot", "chose her as its “Person of the Year”")
        return any(c.dep_ == "prep" and c.lower_ == "as" and self.doc[c.i - 1].lower_ != "such"
                   and not any(a.lower_ == "such" for a in head.children)
                   and any(self.inside[t.i] for t in c.subtree) and not self._quotes_a_title(c)
                   for head in heads for c in head.children)  # fmt: skip

    def _quotes_a_title(self, phrase: Token) -> bool:
        """Two words or more are quoted in the phrase, each capitalised: a title or a name
        (one capitalised word may be the speaker's: "identified the judge as “Spanish”")."""
        words = [t.text for t in phrase.subtree if self.inside[t.i] and t.is_alpha]
        return len(words) > 1 and _is_title_cased(words)

    def _intention_content(self, verb: Token) -> list[Token]:
        """The to-clause of an intention verb ("wants to build a wall"), or []."""
        if verb.pos_ != "VERB" or _lemma(verb) not in INTENTION_VERBS:
            return []
        clause = next((c for c in verb.rights if c.dep_ == "xcomp"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)  # fmt: skip
        return self._contiguous(list(clause.subtree)) if clause is not None else []

    @staticmethod
    def _is_belief_cue(token: Token) -> bool:
        return token.pos_ == "VERB" and _lemma(token) in BELIEF_VERBS

    def _belief_content(self, verb: Token) -> list[Token]:
        """The clause a belief verb governs ("believes that …", "X, he thinks, is …")."""
        parts = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
        if not parts and verb.dep_ == "parataxis" and verb.head.i > verb.i:
            parts = [t for t in verb.head.subtree if t.i not in {s.i for s in verb.subtree}]
        return self._contiguous(parts)

    def _finding(self, verb: Token) -> bool:
        """A document reporting a finding: "a poll shows that …", "the audit found that …"
        (the source is the document; only with a clause as content)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FINDING_VERBS:
            return False
        subject = self.subject_of(verb)
        return (subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS
                and any(c.dep_ == "ccomp" for c in verb.children))  # fmt: skip

    def _content_tokens(self, verb: Token) -> list[Token]:
        """The reported content of a reporting verb, or [] when it has none."""
        lemma = _lemma(verb)
        if lemma == "call" and not (
            any(t.dep_ == "ccomp" for t in verb.subtree)
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        ):
            return []  # "call X Y" names something; "called it Y that …" reports
        parts: list[Token] = []
        # content before the cue: "The road will open in May, the minister said."; not when
        # a clause with a subject of its own follows the cue and what stands before it is
        # the speaker's apposition or an adverbial the parse took for a clause ("Jane Roe, a
        # rabbi helping to organize the boycott, said he …"); "It is no surprise, Mr. Garin
        # said, that …" keeps its extraposed start
        after = next((c for c in verb.rights if c.dep_ == "ccomp" and not self.inside[c.i]
                      and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)  # fmt: skip
        for child in verb.lefts:
            if (
                child.dep_ == "ccomp"
                and lemma not in TALK_VERBS
                and not any(t.text in {":", ";"} for t in self.doc[child.right_edge.i : verb.i])
                and (after is None or any(self.inside[t.i] for t in child.subtree)
                     or any(c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "there"}
                            for c in child.children))
            ):  # not across a colon: "… on Friday: Republicans said they …"
                parts.extend(child.subtree)
        # an interjected or trailing cue: "The economy, he said, will grow." / "Lenox was
        # a juggernaut, Mr. Clarke said, until it went bankrupt."
        if (
            not parts
            and verb.dep_ == "parataxis"
            and (verb.head.i > verb.i or not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.rights))
        ):
            parts.extend(t for t in verb.head.subtree
                         if t.i not in {s.i for s in verb.subtree})  # fmt: skip
            if verb.head.i > verb.i:
                parts = self._without_leading_adverbials(parts, verb)
        if (
            not parts
            and verb.dep_ == "advcl"
            and verb.head.i > verb.i
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children)
        ):  # "As Crane said, the two candidates have become …": the clause it introduces
            parts.extend(t for t in verb.head.subtree if t.i > verb.right_edge.i)
        if parts:
            # "It is no surprise, Mr. Garin said, that Mrs. Clinton did better": the clause
            # the cue's "that" introduces belongs to the extraposed content too
            parts.extend(t for c in verb.rights if c.dep_ == "ccomp"
                         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                         for t in c.subtree)  # fmt: skip
            return self._contiguous(self._in_brackets_of(verb, parts))
        # "urged the board to release …", "asked them to leave": the to-clause is the request;
        # the one addressed is not part of it
        request = any(c.dep_ == "xcomp" for c in verb.rights) and (
            lemma in OBJECT_CONTENT_VERBS or lemma in REQUEST_VERBS)
        for child in verb.rights:
            if child.dep_ in {"ccomp"} or (child.dep_ == "xcomp" and request):
                parts.extend(self._subject_split_off(verb, child))
                parts.extend(t for c in self._set_off_before(verb, child) for t in c.subtree)
                parts.extend(child.subtree)
            elif (
                child.dep_ in {"dobj", "oprd"}
                and lemma in OBJECT_CONTENT_VERBS
                and lemma not in CLAUSE_ONLY_VERBS
                and not (request and child.dep_ == "dobj")
            ):
                parts.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ == "of" and lemma == "accuse":
                # "accused Clinton of dragging her feet": who is accused of what
                parts.extend(t for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
                parts.extend(child.subtree)
            elif child.dep_ == "prep" and (
                lemma in TALK_VERBS
                and child.lower_ in {"about", "of"}
                or lemma == "call"
                and child.lower_ == "for"
            ):
                parts.extend(child.subtree)
            elif parts and child.dep_ in {"ccomp", "advcl"} and lemma == "call":
                parts.extend(child.subtree)
            elif parts and child.dep_ == "prep" and child.lower_ == "as" and any(
                self.inside[t.i] for t in child.subtree
            ):
                parts.extend(child.subtree)  # "described Clinton as a “disgrace”": one content
            elif not parts and child.dep_ == "prep" and lemma in SPEECH_VERBS:
                # "said for the first time that …", "said in one of a series of messages
                # that …": the parser hangs the clause on a noun of the phrase
                parts.extend(t for g in child.subtree if g.dep_ == "pobj"
                             for c in g.children if c.dep_ in {"relcl", "acl"}
                             and any(m.dep_ in {"mark", "advmod"} and m.lower_ == "that" for m in c.children)
                             and any(n.dep_ in {"nsubj", "nsubjpass"} for n in c.children)
                             for t in c.subtree)  # fmt: skip
            elif (
                not parts
                and child.dep_ == "advcl"
                and lemma in SPEECH_VERBS
                and not any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
                and any(c.dep_ == "nsubj" for c in child.children)
                and not any(c.dep_ in {"mark", "advmod"} and c.i < child.i for c in child.children)
            ):
                parts.extend(child.subtree)  # "said after the convention he would not …"
            elif (
                parts
                and child.dep_ in {"advcl", "conj"}
                and child.tag_ == "VBG"
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
                and not self.is_speech_cue(child)  # "said X, saying “…”": a report of its own
            ):
                parts.extend(child.subtree)  # "stressed X, stepping up Y": one content
            elif parts and child.dep_ == "conj" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children
            ):  # "said the U.S. needs …, but that he would not …": a second that-clause
                parts.extend(child.subtree)
            elif (
                not parts
                and child.dep_ == "xcomp"
                and child.tag_ == "VBG"
                and child.i == verb.i + 1
                and lemma in SPEECH_VERBS
                and any(c.dep_ == "ccomp" and (c.tag_ in _FINITE_TAGS or any(
                    a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)) for c in child.children)
            ):  # "said seeing so many officers was a welcome sight": a gerund subject the
                # parse made the cue's complement, the clause's verb its own
                parts.extend(child.subtree)
        if lemma in TALK_VERBS and not parts:
            return []
        if not parts:
            parts = self._clause_before_speaker(verb)
        else:
            parts = self._interjected_opening(verb, parts) + parts
        return self._contiguous(self._in_brackets_of(verb, parts))

    def _set_off_before(self, verb: Token, clause: Token) -> list[Token]:
        """An opening phrase set off by commas between the cue and its clause, which the parse
        hung on the cue ("says, win or lose in Tuesday's primary, he's staying in the race")."""
        doc = verb.doc
        return [c for c in verb.rights
                if c.i < clause.i and c.dep_ in {"xcomp", "advcl"}
                and c.left_edge.i == verb.i + 2 and doc[verb.i + 1].text == ","
                and doc[c.right_edge.i + 1].text == ","
                and clause.left_edge.i in {c.right_edge.i + 1, c.right_edge.i + 2}
                and any(s.dep_ in {"nsubj", "nsubjpass"} for s in clause.children)]  # fmt: skip

    def _subject_split_off(self, verb: Token, clause: Token) -> list[Token]:
        """The subject of a reported clause that the parse hung on the cue instead ("said
        the days when the nation had “a unifying story” … are gone": "days" a noun phrase of
        "said", "are gone" its clause): the noun phrase right before a clause without a
        subject of its own."""
        if clause.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}
                                         for c in clause.children):  # fmt: skip
            return []
        lost = next((c for c in verb.rights if c.i < clause.i and (
            c.dep_ in {"npadvmod", "dobj"} and c.pos_ in {"NOUN", "PROPN"}
            # "said about half of the adjustment reflected …": a quantity, not a topic
            or c.dep_ == "prep" and c.lower_ in {"about", "around"} and c.i == verb.i + 1
        )), None)  # fmt: skip
        if (
            lost is None or lost.right_edge.i + 1 != clause.left_edge.i or _lemma(verb) not in SPEECH_VERBS
            or lost.dep_ == "dobj" and _lemma(verb) in ADDRESSEE_VERBS  # "told the crowd …"
            or lost.ent_type_ in {"DATE", "TIME"} and not any(  # "said last week the plans …"
                c.dep_ in {"relcl", "acl"} for c in lost.children)  # fmt: skip
            or any(c.dep_ == "mark" for c in clause.children)  # "the President that …"
        ):  # fmt: skip
            return []
        return list(lost.subtree)

    def _interjected_opening(self, verb: Token, parts: list[Token]) -> list[Token]:
        """"If the bill fails, the mayor said, the city will sue.": a cue set off by commas
        inside its content, whose parse hangs the opening adverbial on the cue: the opening
        belongs to the content (the cue then inside it, as for "The economy, he said, will
        grow"); not when a quote follows the cue ("In 2008, Trump said, “…”")."""
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        first = min(t.i for t in parts)
        if (
            subject is None or subject.left_edge.i < 2 or first != verb.i + 2
            or self.doc[subject.left_edge.i - 1].text != ","
            or self.doc[verb.i + 1].text != "," or self.inside[first]
        ):  # fmt: skip
            return []
        opening = [t for c in verb.lefts if c.i < subject.left_edge.i and c.dep_ != "punct"
                   for t in c.subtree]  # fmt: skip
        if not opening or max(t.i for t in opening) >= subject.left_edge.i - 1:
            return []
        return opening

    def _clause_before_speaker(self, verb: Token) -> list[Token]:
        """A trailing cue the parse did not give the clause before it ("…, a girl was
        pepper-sprayed by a bystander, police said.", with the clause hung on the cue as an
        adverbial or the cue made a conjunct of it): the sentence up to the comma before the
        speaker, when the cue's own phrase ends the sentence and what stands before the comma
        has a main clause (not "After the vote, the senator told reporters")."""
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        sent = verb.sent
        if (
            subject is None or subject.left_edge.i - 1 <= sent.start
            or _lemma(verb) not in SPEECH_VERBS or verb.dep_ in {"relcl", "acl"}
            or subject.lower_ in _RELATIVE_PRONOUNS
        ):  # fmt: skip
            return []
        comma = subject.left_edge.i - 1
        if self.doc[comma].text != "," or any(
            t.dep_ not in {"advmod", "aux", "neg"} for t in self.doc[subject.right_edge.i + 1 : verb.i]
        ):  # fmt: skip
            return []
        # the cue's own phrase ends the sentence: an addressee, a time, a place, no clause
        allowed = {"npadvmod", "prep", "advmod", "punct"} | (
            {"dobj", "dative"} if _lemma(verb) in ADDRESSEE_VERBS else set())
        words = [t for t in self.doc[verb.i : sent.end] if not t.is_space]
        if (
            any(c.dep_ not in allowed for c in verb.rights)
            # "Mexico said enough.", "their smiles said a lot.": what was said, no time
            or any(c.dep_ == "npadvmod" and c.ent_type_ not in {"DATE", "TIME"}
                   or c.dep_ == "advmod" and c.lower_ in _AMOUNT_ADVERBS for c in verb.rights)
            or words[-1].text not in {".", "!", "?"} or words[-1].head.i != verb.i
            or any(t.i > verb.right_edge.i for t in words)
        ):  # fmt: skip
            return []
        tokens = [t for t in self.doc[sent.start : comma] if not t.is_space]

        def main_clause(finite: Token) -> bool:
            head = finite.head if finite.dep_ in {"aux", "auxpass"} else finite
            # "When Tom Reed left, Jane Roe wrote to …": "when" parsed as an adverb still
            # makes the clause a subordinate one
            return head.dep_ not in {"relcl", "acl"} and not any(
                c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in _SUBORDINATORS and c.i < head.i
                for c in head.children)  # fmt: skip

        return tokens if any(t.tag_ in _FINITE_TAGS and main_clause(t) for t in tokens) else []

    def _before_another_report(self, content: list[Token]) -> list[Token]:
        """Content ends where a clause inside it reports on its own: "said his attacks had
        given him momentum and said that …", "accused X of a “smear” while Sanders suggests
        …", "there was “too much hate,” blaming some of it on …" are two reports each."""
        inside = {t.i for t in content}
        for token in content:
            cut = None
            if (token.head.i in inside and token.i > token.head.i and self._reports_alongside(token)
                    and (token.dep_ != "relcl" or token.right_edge.i >= content[-1].i)):  # fmt: skip
                cut = token.left_edge.i
            elif token.text in _DASH_TOKENS and self._quote_to_the_end(token, content):
                cut = token.i  # "… a fondness for brutal leaders - “He would have loved Stalin,”"
            if cut is not None:
                kept = [t for t in content if t.i < cut]
                while kept and (kept[-1].is_punct or kept[-1].dep_ in {"cc", "mark"}):
                    kept.pop()
                return kept
        return content

    def _quote_to_the_end(self, dash: Token, content: list[Token]) -> bool:
        """A quote of its own, a capital first, opens right after `dash` and the content ends
        with it (not "would meet his golden rule - “with a margin to spare”")."""
        end = content[-1].idx + len(content[-1].text)
        after = dash.idx + len(dash.text)
        return any(after <= s.open_char <= after + 1 and s.outer_end >= end
                   and self.text[s.start : s.start + 1].isupper() for s in self.spans)  # fmt: skip

    def _reports_alongside(self, verb: Token) -> bool:
        """A cue conjoined to a clause ("… and said that …") or a participle or while-clause
        after it ("…, adding …", "… while Sanders suggests …"): a report of its own, not part
        of the clause's content ("when he announced", "before he said" are)."""
        first = verb.left_edge
        # "…, to which O'Malley replied: “…”": a relative clause of its own, whatever the parse
        to_which = (first.dep_ == "prep" and first.i > 0 and verb.doc[first.i - 1].text == ","
                    and first.i + 1 < verb.i and verb.doc[first.i + 1].lower_ in {"which", "whom"}
                    and any(c.dep_ == "nsubj" for c in verb.children))  # fmt: skip
        if not (self.is_speech_cue(verb) or self._is_evaluative(verb)
                or to_which and verb.lemma_.lower() in ADJACENT_ONLY_VERBS):  # fmt: skip
            return False
        if to_which:
            return True
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            return False  # "… but he refused and was told he would be sent …": he heard it
        if verb.dep_ == "conj":
            # with content of its own: "… and never called a donor" is part of the report
            return bool(self._content_tokens(verb) or self._evaluative_content(verb))
        if verb.dep_ == "relcl":
            # "…, which he described as “like an open orchid.”": set off by a comma, its
            # object the relative pronoun, holding a quote (not "who said", someone the
            # content is about, nor "a plan that Sanders said would …")
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return (subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS
                    and first.lower_ in {"which", "whom", "who"} and first.dep_ != "nsubj"
                    and first.i > 0 and verb.doc[first.i - 1].text == ","
                    and any(self.inside[t.i] for t in verb.subtree))  # fmt: skip
        if verb.dep_ != "advcl":
            return False
        marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"} and c.i < verb.i}
        if marks & {"while", "whereas"}:
            return True
        # ", adding …", ", blaming …": not "when speaking …", not "would risk “adding …”"
        before = verb.doc[verb.left_edge.i - 1].text if verb.left_edge.i > 0 else ""
        return not marks and verb.tag_ == "VBG" and (before == "," or before in _DASH_TOKENS)

    def _outer_reporter(self, verb: Token) -> Token | None:
        """For a cue with no subject of its own reporting alongside a clause that is another
        cue's content ("Rubio said his attacks had worked and said that …", "… could be
        “messy,” adding, “…”"), the other cue: its speaker is this one's too."""
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or not self._reports_alongside(verb):
            return None
        node = verb.head
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and self.is_speech_cue(node.head):
                return node.head
            node = node.head
        return None

    def _without_leading_adverbials(self, parts: list[Token], verb: Token) -> list[Token]:
        """"In 2008, Jane Roe said, “the foundation gave …”": when a quote follows an
        interjected cue and what stands before the cue is only an adverbial of the clause,
        the content starts after the cue (with no quote after it, the adverbial stays:
        "In both cases, Eric Trump said, those donations paid for …")."""
        before = [t for t in parts if t.i < verb.left_edge.i]
        after = [t for t in parts if t.i > verb.right_edge.i]
        adverbials = {t.i for c in verb.head.children
                      if c.dep_ in {"prep", "advmod", "npadvmod", "advcl", "punct", "cc"}
                      for t in c.subtree}  # fmt: skip
        if before and after and all(t.i in adverbials for t in before) and self.inside[after[0].i]:
            return after
        return parts

    def _in_brackets_of(self, verb: Token, parts: list[Token]) -> list[Token]:
        """A cue inside brackets after a quote there reports only what the brackets hold:
        "… gave the papers a headline (“Berg Attacks Mayor,” wrote one) …" ("(…, friends
        say)" may report the whole sentence)."""
        opening = next((t for t in reversed(self.doc[verb.sent.start : verb.i]) if t.text in "()"), None)
        if opening is None or opening.text != "(" or not any(
                self.inside[t.i] for t in self.doc[opening.i : verb.i]):  # fmt: skip
            return parts
        closing = next((t.i for t in self.doc[verb.i : verb.sent.end] if t.text == ")"), verb.sent.end)
        return [t for t in parts if opening.i < t.i < closing]

    def _contiguous(self, parts: list[Token]) -> list[Token]:
        """Sorted, trimmed of a leading 'that' and edge punctuation, gaps filled."""
        parts = sorted({t.i: t for t in parts if not t.is_space}.values(), key=lambda t: t.i)

        def introduces_all(mark: Token) -> bool:
            # "asked if she would run": the if-clause is the content; "If it rains, he said,
            # the game …": a condition inside it
            return mark.lower_ == "that" or mark.head.dep_ in {"ccomp", "xcomp", "csubj", "dobj"}

        while parts and (parts[0].dep_ == "mark" and parts[0].lower_ in {"that", "whether", "if"}
                         and introduces_all(parts[0])
                         or parts[0].dep_ == "advmod" and parts[0].lower_ == "that"
                         and parts[0].head.i > parts[0].i + 1
                         or parts[0].is_punct):  # fmt: skip
            parts.pop(0)
        _drop_trailing_punct(parts)
        if not parts:
            return []
        # keep the content contiguous
        return list(self.doc[parts[0].i : parts[-1].i + 1])

    def _evaluative_content(self, verb: Token) -> list[Token]:
        """The complement of an evaluative verb, only when it holds a quoted fragment."""
        deps = {"dobj", "oprd", "prep", "ccomp", "xcomp", "attr", "dative"}
        parts = [t for child in verb.rights if child.dep_ in deps for t in child.subtree]
        parts = [t for t in parts if not t.is_space]
        if not parts or not any(self.inside[t.i] for t in parts):
            return []
        parts.sort(key=lambda t: t.i)
        _drop_trailing_punct(parts)
        return list(self.doc[parts[0].i : parts[-1].i + 1]) if parts else []

    def _noun_cue(self, noun: Token) -> tuple[int, int, _Attribution] | None:
        """ "Trump's claim that there were “thousands of shootings”" """
        clause = next(
            (c for c in noun.children if c.dep_ in {"acl", "ccomp"}
             and any(t.dep_ == "mark" and t.lower_ == "that" for t in c.children)),
            None,
        )  # fmt: skip
        if clause is None:
            return None
        tokens = [t for t in clause.subtree if not t.is_space]
        while tokens and (tokens[0].lower_ == "that" or tokens[0].is_punct):
            tokens.pop(0)
        _drop_trailing_punct(tokens)
        if len(tokens) < 3:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return start, end, _Attribution(noun, None, owner, "noun_cue", 0.6 if owner else 0.4)

    def _according_to(self, token: Token) -> tuple[int, int, _Attribution] | None:
        to = self.doc[token.i + 1]
        if to.lower_ != "to":
            return None
        sent = token.sent
        phrase_end = max(t.i for t in to.subtree) + 1
        # a parse that runs the phrase on into the clause ("According to X, the move
        # reeks …" with the clause under "to"): the phrase ends at its comma
        comma = next((t.i for t in self.doc[to.i + 1 : phrase_end] if t.text == ","), None)
        runs_to_end = phrase_end == sent.end - (1 if sent[-1].is_punct else 0)
        if comma is not None and runs_to_end and token.i == sent.start:
            phrase_end = comma
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            # "according to show insiders" parsed as a verb and its object: the last noun
            # (not "according to whether they were …")
            near = self.doc[to.i + 1 : min(to.i + 4, phrase_end)]
            if not any(t.tag_ in {"IN", "WDT", "WP", "WRB"} for t in near):
                pobj = next((t for t in reversed(near) if t.pos_ in {"NOUN", "PROPN"}), None)
        if pobj is None:
            return None
        root = sent.root
        if token.i == sent.start or (token.i - sent.start <= 1 and self.doc[sent.start].is_punct):
            tokens = [t for t in self.doc[phrase_end : sent.end] if not t.is_space]
        elif root.i >= phrase_end:
            # set in the middle: "But the next day, according to Roffman, Trump made …" (the
            # clause after it); "One of the decisions, according to a person close to it,
            # is to …" (the subject before it belongs too)
            subject_before = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i
                                 for c in root.children)  # fmt: skip
            first = sent.start if subject_before else phrase_end
            tokens = [t for t in self.doc[first : sent.end] if not t.is_space]
        else:
            tokens = [t for t in self.doc[sent.start : token.i] if not t.is_space]
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        _drop_trailing_punct(tokens, keep_marks=False)
        if len(tokens) < 2 or any(self.inside[t.i] for t in tokens[:1]) or self._only_attribution(tokens):
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return start, end, _Attribution(token, to, pobj, "according", 0.8)

    def _only_attribution(self, tokens: list[Token]) -> bool:
        """Tokens that are no more than a speaker and a cue ("“…?” Clinton asked, according
        to …", "Politico reported", "The AP reported that", "said the Illinois Democrat"):
        nothing reported of their own."""
        cue = next((t for t in tokens if self.is_speech_cue(t)), None)
        if cue is None:
            return False
        subject = self.subject_of(cue)
        return all(
            t.is_punct or t.i == cue.i or t.dep_ in {"aux", "advmod", "mark"} or t.lower_ == "that"
            or subject is not None and subject.left_edge.i <= t.i <= subject.i < cue.i
            or subject is not None and cue.i < subject.i
            and subject.left_edge.i <= t.i <= subject.right_edge.i
            for t in tokens
        )  # fmt: skip


def extract_quotes(
    doc: Doc, mentions: Sequence[MentionRecord], paragraphs: Sequence[tuple[int, int]] = (),
    ranker: SpeakerRanker | None | bool = True,
) -> list[QuoteRecord]:  # fmt: skip
    """All quotations of a Doc; see the module docstring for the rules. `ranker`: True for
    the shipped speaker ranker, False/None for rules only, or a SpeakerRanker."""
    chosen = load_ranker() if ranker is True else ranker or None
    return QuoteExtractor(doc, mentions, paragraphs, chosen).run()
