"""Events: who did what to whom, where and when, coded in PLOVER (with the CAMEO root).

Input: a spaCy Doc, its entity mentions and quotes; output: `EventRecord`s and their
`EventArgumentRecord`s (actor, target, location, time), offsets into the document text.

Rules (each has a unit test in tests/unit/test_events.py):
- triggers come from the lexicon below (`VERB_TRIGGERS`, `NOUN_TRIGGERS`), one entry per
  lemma naming PLOVER type, mode and CAMEO root;
- some verbs are events only with an object (`OBJECT_REQUIRED`: "returned the artifacts",
  not "returned home") or only with certain objects (`OBJECT_TRIGGERS`: "sent aid" is AID,
  "restored ties" COOPERATE, "cut relations" SANCTION, "tested a missile" MOBILIZE), and
  phrasal verbs code with their particle (`PHRASAL_TRIGGERS`: "pulled out", "cordoned off");
- light verbs take their type from the event noun: "held negotiations", "took part in a
  session", "had talks", "paid a visit";
- actor: the subject, or the passive agent ("the declaration was passed by the leaders"),
  or for an event noun its possessor ("his visit") or the subject of the light verb; an
  infinitive takes its controller ("decided to ease" -> the decider, "urged Y to" -> Y);
- targets: direct object, and the objects of with/to/against/between, each conjunct a
  target of its own ("negotiations with A, B, C and D" is one event with four targets);
- location: an in/at phrase holding a place; time: a DATE entity attached to the trigger,
  resolved to a date with its granularity when it names the year (and month/day) or, with
  a known publication date, yesterday/today/weekdays; otherwise the date stays NULL;
- `negated`: a negation on the trigger or its light verb ("did not sign");
- `modality`: asserted, or intended/planned/proposed/demanded/future/possible when the
  trigger depends on intend/plan/want/suggest/call for/urge/will/may …, or is itself a
  proposal ("suggested developing a concept"); `habitual` for "habitually"/"often";
- `alleged` for acts an accusation names ("was accused of attacking", "blamed X for the
  abduction of Y" — the accused is the actor) or that are "allegedly"/"reportedly" done;
- inside a direct quote only the speaker's own speech acts are events ("I condemn …", "we
  reject …": first-person subject, a speech-act type), coded for the quote's speaker;
  other acts told inside a quote are the speaker's account and are not coded;
- an event whose type, actor and targets repeat an earlier one in the article is merged
  into it (coded once per article); a killing/wounding reported beside the clash or attack
  that caused it ("attacked the convoy, killing five", "the fighting killed 12", "were
  killed in the clash") is that event's toll, not a new one. Every place that reports an
  event is kept as evidence (`EventMentionRecord`: first, repeat, casualties).

Not handled: events hidden in prepositional noun phrases without a lexicon noun, the
number of casualties itself, coreference of events across sentences beyond exact
re-mentions (different wording of one event stays two events).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from pipeline.extract.quotes import QuoteRecord
from pipeline.extract.records import MentionRecord
from pipeline.extract.sentences import doc_text, sentence_index
from pipeline.extract.syntax import MentionIndex, conjuncts, grammatical_subject, passive_agent

CAMEO_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10",
    "DISAPPROVE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
    "SANCTION": "16", "COERCE": "17", "ASSAULT": "18", "FIGHT": "19",
}  # fmt: skip

# lemma -> (PLOVER type, mode or None). The one place the trigger lexicon lives.
VERB_TRIGGERS: dict[str, tuple[str, str | None]] = {
    # CONSULT
    "visit": ("CONSULT", "visit"), "tour": ("CONSULT", "visit"), "host": ("CONSULT", "host"),
    "receive": ("CONSULT", "host"), "meet": ("CONSULT", None), "discuss": ("CONSULT", None),
    "negotiate": ("CONSULT", None), "confer": ("CONSULT", None), "consult": ("CONSULT", None),
    "phone": ("CONSULT", "phone"), "telephone": ("CONSULT", "phone"),
    # AGREE
    "agree": ("AGREE", None), "sign": ("AGREE", None), "pass": ("AGREE", None),
    "adopt": ("AGREE", None), "approve": ("AGREE", None), "ratify": ("AGREE", None),
    "endorse": ("AGREE", None), "pledge": ("AGREE", None), "promise": ("AGREE", None),
    "offer": ("AGREE", None), "propose": ("AGREE", None), "suggest": ("AGREE", None),
    # SUPPORT / COOPERATE / AID
    "support": ("SUPPORT", None), "praise": ("SUPPORT", None), "back": ("SUPPORT", None),
    "welcome": ("SUPPORT", None), "congratulate": ("SUPPORT", None),
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None),
    "join": ("COOPERATE", None), "ally": ("COOPERATE", None),
    "aid": ("AID", None), "assist": ("AID", None), "donate": ("AID", None),
    # CONCEDE / RETREAT
    "release": ("RETREAT", "release"), "ease": ("CONCEDE", None), "lift": ("CONCEDE", None),
    "withdraw": ("RETREAT", None), "retreat": ("RETREAT", None), "evacuate": ("RETREAT", None),
    # INVESTIGATE / DEMAND
    "investigate": ("INVESTIGATE", None), "probe": ("INVESTIGATE", None),
    "demand": ("DEMAND", None), "urge": ("DEMAND", None), "request": ("DEMAND", None),
    "appeal": ("DEMAND", None),
    # DISAPPROVE / REJECT / THREATEN
    "criticize": ("DISAPPROVE", None), "criticise": ("DISAPPROVE", None),
    "condemn": ("DISAPPROVE", None), "denounce": ("DISAPPROVE", None),
    "accuse": ("DISAPPROVE", None), "blame": ("DISAPPROVE", None),
    "deplore": ("DISAPPROVE", None), "slam": ("DISAPPROVE", None),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "veto": ("REJECT", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    # PROTEST / MOBILIZE / SANCTION / COERCE
    "protest": ("PROTEST", None), "demonstrate": ("PROTEST", "demo-org"),
    "rally": ("PROTEST", "demo-org"), "boycott": ("SANCTION", None),
    "mobilize": ("MOBILIZE", None), "mobilise": ("MOBILIZE", None),
    "deploy": ("MOBILIZE", "troops"), "sanction": ("SANCTION", None),
    "expel": ("SANCTION", None), "suspend": ("SANCTION", None),
    "arrest": ("COERCE", "detain"), "detain": ("COERCE", "detain"),
    "seize": ("COERCE", "confiscate"), "confiscate": ("COERCE", "confiscate"),
    "ban": ("COERCE", "ban"), "censor": ("COERCE", "censor"),
    # ASSAULT / FIGHT
    "attack": ("ASSAULT", None), "bomb": ("ASSAULT", "explosives"),
    "kill": ("ASSAULT", None), "shoot": ("ASSAULT", "firearms"),
    "assassinate": ("ASSAULT", "assassinate"), "abduct": ("ASSAULT", "abduct"),
    "kidnap": ("ASSAULT", "abduct"), "torture": ("ASSAULT", "torture"),
    "fight": ("FIGHT", None), "clash": ("FIGHT", None), "shell": ("FIGHT", "heavy-weapons"),
    # second round (CAMEO codebook verbs; tuned on the PLOVER "tune" half and ConfliBERT train)
    "mediate": ("CONSULT", "third-party"), "convene": ("CONSULT", "multilateral"),
    "travel": ("CONSULT", "visit"), "normalize": ("COOPERATE", None),
    "commend": ("SUPPORT", None), "applaud": ("SUPPORT", None), "hail": ("SUPPORT", None),
    "thank": ("SUPPORT", None), "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None),
    "fund": ("AID", None), "finance": ("AID", None), "airlift": ("AID", None),
    "rescue": ("AID", None), "resign": ("CONCEDE", None), "free": ("RETREAT", "release"),
    "pardon": ("CONCEDE", None), "concede": ("CONCEDE", None), "return": ("RETREAT", "return"),
    "disarm": ("RETREAT", None), "demobilize": ("RETREAT", None),
    "inspect": ("INVESTIGATE", None), "interrogate": ("INVESTIGATE", None),
    "blast": ("DISAPPROVE", None), "rebuke": ("DISAPPROVE", None), "decry": ("DISAPPROVE", None),
    "lambaste": ("DISAPPROVE", None), "sue": ("DISAPPROVE", None), "charge": ("DISAPPROVE", None),
    "oppose": ("REJECT", None), "dismiss": ("REJECT", None), "snub": ("REJECT", None),
    "march": ("PROTEST", "demo-org"), "riot": ("PROTEST", "riot"), "picket": ("PROTEST", None),
    "sever": ("SANCTION", None), "freeze": ("SANCTION", None), "halt": ("SANCTION", None),
    "blockade": ("COERCE", None), "deport": ("COERCE", "deport"), "jail": ("COERCE", "detain"),
    "imprison": ("COERCE", "detain"), "raid": ("COERCE", None), "wiretap": ("COERCE", None),
    "wound": ("ASSAULT", None), "injure": ("ASSAULT", None), "massacre": ("ASSAULT", None),
    "behead": ("ASSAULT", None), "stab": ("ASSAULT", None), "hijack": ("ASSAULT", None),
    "storm": ("ASSAULT", None), "execute": ("ASSAULT", None), "invade": ("FIGHT", None),
    "bombard": ("FIGHT", "heavy-weapons"), "battle": ("FIGHT", None),
}  # fmt: skip
# Verbs that are events only with an object ("returned the artifacts", not "returned home").
OBJECT_REQUIRED = frozenset({"pass", "adopt", "sign", "return", "free", "execute", "charge",
                             "storm", "halt", "freeze", "raid"})  # fmt: skip
# Verbs that are events only with one of these objects: lemma -> (object lemmas, type, mode).
OBJECT_TRIGGERS: dict[str, tuple[frozenset[str], str, str | None]] = {
    **{verb: (frozenset({"aid", "assistance", "help", "relief", "food", "medicine", "supply",
                         "loan", "fund", "shelter", "humanitarian", "peacekeeper"}), "AID", None)
       for verb in ("provide", "send", "deliver", "supply", "grant", "give", "offer", "earmark",
                    "fly", "ship", "extend")},
    **{verb: (frozenset({"tie", "relation", "relationship"}), "COOPERATE", None)
       for verb in ("restore", "establish", "resume", "normalize", "improve", "strengthen")},
    **{verb: (frozenset({"tie", "relation", "relationship", "aid", "talk"}), "SANCTION", None)
       for verb in ("cut", "break", "sever", "suspend", "downgrade")},
    "impose": (frozenset({"curfew", "restriction", "blockade", "ban", "martial"}), "COERCE", None),
    "recall": (frozenset({"ambassador", "envoy", "diplomat"}), "SANCTION", None),
    "test": (frozenset({"missile", "rocket", "weapon", "bomb", "device"}), "MOBILIZE", "weapons"),
    "fire": (frozenset({"missile", "rocket", "shell", "mortar", "shot"}), "ASSAULT", None),
}  # fmt: skip
# Verb + particle: ("pull", "out") -> type, mode.
PHRASAL_TRIGGERS: dict[tuple[str, str], tuple[str, str | None]] = {
    ("pull", "out"): ("RETREAT", None), ("pull", "back"): ("RETREAT", None),
    ("cordon", "off"): ("COERCE", None), ("cordone", "off"): ("COERCE", None),  # the model's lemma
    ("crack", "down"): ("COERCE", None),
    ("break", "off"): ("REJECT", None), ("walk", "out"): ("PROTEST", None),
    ("lock", "down"): ("COERCE", None), ("shut", "down"): ("COERCE", None),
    ("step", "down"): ("CONCEDE", None),
}  # fmt: skip

NOUN_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "visit": ("CONSULT", "visit"), "trip": ("CONSULT", "visit"), "talk": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "meeting": ("CONSULT", None),
    "consultation": ("CONSULT", None), "summit": ("CONSULT", "multilateral"),
    "session": ("CONSULT", "multilateral"), "conference": ("CONSULT", "multilateral"),
    "forum": ("CONSULT", "multilateral"), "call": ("CONSULT", "phone"),
    "dinner": ("CONSULT", None),
    "agreement": ("AGREE", None), "deal": ("AGREE", None), "treaty": ("AGREE", None),
    "declaration": ("AGREE", None), "accord": ("AGREE", None),
    "accession": ("COOPERATE", None), "cooperation": ("COOPERATE", None),
    "protest": ("PROTEST", None), "demonstration": ("PROTEST", "demo-org"),
    "strike": ("PROTEST", "strike-gen"), "sanction": ("SANCTION", None),
    "embargo": ("SANCTION", None), "arrest": ("COERCE", "detain"),
    "attack": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"),
    "assassination": ("ASSAULT", "assassinate"), "abduction": ("ASSAULT", "abduct"),
    "clash": ("FIGHT", None), "fighting": ("FIGHT", None), "gunfight": ("FIGHT", "firearms"),
    "investigation": ("INVESTIGATE", None), "probe": ("INVESTIGATE", None),
    "inquiry": ("INVESTIGATE", None), "inspection": ("INVESTIGATE", None),
    "mediation": ("CONSULT", "third-party"), "aid": ("AID", None), "assistance": ("AID", None),
    "donation": ("AID", None), "ceasefire": ("RETREAT", "ceasefire"), "truce": ("RETREAT", "ceasefire"),
    "withdrawal": ("RETREAT", None), "release": ("RETREAT", "release"), "resignation": ("CONCEDE", None),
    "rally": ("PROTEST", "demo-org"), "march": ("PROTEST", "demo-org"), "riot": ("PROTEST", "riot"),
    "boycott": ("SANCTION", None), "deployment": ("MOBILIZE", "troops"),
    "exercise": ("MOBILIZE", None), "drill": ("MOBILIZE", None),
    "crackdown": ("COERCE", None), "clampdown": ("COERCE", None), "curfew": ("COERCE", "curfew"),
    "blockade": ("COERCE", None), "raid": ("COERCE", None), "deportation": ("COERCE", "deport"),
    "massacre": ("ASSAULT", None), "shooting": ("ASSAULT", "firearms"), "killing": ("ASSAULT", None),
    "airstrike": ("FIGHT", "aerial"), "ambush": ("ASSAULT", None), "invasion": ("FIGHT", None),
    "offensive": ("FIGHT", None), "battle": ("FIGHT", None), "firefight": ("FIGHT", "firearms"),
    "gunbattle": ("FIGHT", "firearms"), "skirmish": ("FIGHT", None),
}  # fmt: skip

# Verbs that make an event noun an event of their subject ("held negotiations").
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "attend", "pay", "make", "stage", "launch",
                         "begin", "start", "host", "participate", "take", "sign", "pass",
                         "adopt", "reach", "conclude"})  # fmt: skip
# Governing verbs and the modality they give the event below them.
MODAL_HEADS = {
    "intend": "intended", "plan": "planned", "want": "intended", "seek": "intended",
    "aim": "intended", "hope": "intended", "expect": "expected", "propose": "proposed",
    "suggest": "proposed", "call": "demanded", "urge": "demanded", "demand": "demanded",
    "threaten": "threatened", "decide": "decided", "agree": "agreed", "refuse": "refused",
    "deny": "denied", "try": "attempted", "attempt": "attempted",
    "accuse": "alleged", "allege": "alleged", "suspect": "alleged", "blame": "alleged",
}  # fmt: skip
MODAL_AUX = {"will": "future", "shall": "future", "would": "possible", "may": "possible",
             "might": "possible", "could": "possible", "should": "demanded", "must": "demanded"}  # fmt: skip
# Speech acts a speaker performs by saying them ("I condemn", "we demand").
SPEECH_ACT_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "DEMAND", "DISAPPROVE", "REJECT",
                              "THREATEN"})  # fmt: skip
# Killing/wounding verbs that, beside a clash or attack, report its toll (not a new event).
CASUALTY_VERBS = frozenset({"kill", "wound", "injure"})
CONFLICT_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
# Words that make an act alleged rather than asserted.
ALLEGED_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
ALLEGED_ADJECTIVES = frozenset({"alleged", "suspected", "purported", "reported"})
# Accusing verbs whose for/of/over phrase names an act of the accused ("blamed X for the
# abduction of Y", "X was accused of attacking Y").
ACCUSATION_VERBS = frozenset({"blame", "accuse", "suspect", "charge", "convict", "arrest",
                              "sentence", "jail", "punish", "condemn", "criticize", "criticise"})  # fmt: skip
# Nominal events whose of-phrase is the target ("the abduction of Y", "the invasion of Z").
PATIENT_OF_TYPES = frozenset({"ASSAULT", "COERCE", "FIGHT", "SANCTION", "INVESTIGATE", "AID"})
ARGUMENT_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
HABITUAL = frozenset({"habitually", "often", "regularly", "repeatedly", "routinely", "usually"})
MULTILATERAL = frozenset({"session", "summit", "conference", "forum", "council", "assembly"})
ORG_SECTOR_WORDS = {
    "army": "military", "military": "military", "troops": "military", "forces": "military",
    "police": "police", "ministry": "government", "government": "government",
    "parliament": "legislature", "court": "judiciary", "party": "party",
    "rebels": "rebels", "militants": "rebels",
}  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True)
class EventArgumentRecord:
    event_idx: int
    arg_idx: int
    role: str  # actor, target, location, time
    entity_id: str | None
    text: str
    start_char: int
    end_char: int
    country_code: str | None
    sector: str | None


@dataclass(frozen=True)
class EventRecord:
    event_idx: int
    event_type: str
    mode: str | None
    cameo_root: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sent_idx: int
    negated: bool
    modality: str
    event_date: date | None
    date_text: str | None
    date_granularity: str | None
    confidence: float
    n_mentions: int


@dataclass(frozen=True)
class EventMentionRecord:
    """Evidence: each place in the article that reports the event (relation `first`, a
    `repeat` of the same event, or a `casualties` count reported beside it)."""

    event_idx: int
    mention_idx: int
    relation: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sent_idx: int


@dataclass(frozen=True)
class EventExtraction:
    events: list[EventRecord]
    arguments: list[EventArgumentRecord]
    mentions: list[EventMentionRecord]


def resolve_date(text: str, published: datetime | None) -> tuple[date | None, str | None]:
    """(date, granularity) for a date expression; (None, None) when it cannot be pinned."""
    lowered = text.lower()
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", lowered)
    month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name[:3]}\w*\b", lowered)), None)
    if year:
        y = int(year.group(1))
        if month:
            day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", lowered.replace(year.group(1), ""))
            if day and 1 <= int(day.group(1)) <= 31:
                try:
                    return date(y, month, int(day.group(1))), "day"
                except ValueError:
                    pass
            return date(y, month, 1), "month"
        return date(y, 1, 1), "year"
    if published is None:
        return None, None
    base = published.date()
    if "yesterday" in lowered:
        return base - timedelta(days=1), "day"
    if "today" in lowered or "tonight" in lowered:
        return base, "day"
    if "tomorrow" in lowered:
        return base + timedelta(days=1), "day"
    for i, name in enumerate(_WEEKDAYS):
        if name in lowered:
            back = (base.weekday() - i) % 7
            return base - timedelta(days=back), "day"
    if month:
        y = base.year if month <= base.month else base.year - 1
        return date(y, month, 1), "month"
    return None, None


class EventExtractor:
    def __init__(self, doc: Doc, mentions: Sequence[MentionRecord],
                 quotes: Sequence[QuoteRecord], published: datetime | None,
                 countries: dict[str, str | None]) -> None:  # fmt: skip
        self.doc = doc
        self.text = doc_text(doc)
        self.countries = countries
        self.index = MentionIndex(mentions)
        self.published = published
        self.sent_of = sentence_index(doc)
        self.quoted: list[QuoteRecord | None] = [None] * len(doc)
        for q in quotes:
            if q.kind == "direct":
                span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
                for token in span or []:
                    self.quoted[token.i] = q

    # -- triggers -----------------------------------------------------------------------
    def _triggers(self) -> list[tuple[Token, Token, str, str | None, QuoteRecord | None]]:
        """(head token carrying the arguments, trigger noun/verb, type, mode, the quote
        when the trigger is the speaker's own speech act)."""
        found: list = []
        used: set[int] = set()
        for token in self.doc:
            quote = self.quoted[token.i]
            if quote is not None:
                if self._speech_act(token, quote):
                    found.append((token, token, *VERB_TRIGGERS[token.lemma_.lower()], quote))
                continue
            if token.i in used:
                continue
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in LIGHT_VERBS:
                noun = self._light_verb_noun(token)
                if noun is not None and noun.lemma_.lower() in NOUN_TRIGGERS:
                    etype, mode = NOUN_TRIGGERS[noun.lemma_.lower()]
                    if noun.lemma_.lower() in MULTILATERAL or self._is_multilateral(noun):
                        mode = "multilateral" if etype == "CONSULT" else mode
                    found.append((token, noun, etype, mode, None))
                    used.add(noun.i)
                    continue
            if token.pos_ == "VERB":
                # the parse gives the particle as prt, or as prep/advmod ("pulled out of")
                particle = next((c.lower_ for c in token.children
                                 if c.dep_ in {"prt", "prep", "advmod"} and c.i == token.i + 1
                                 and (lemma, c.lower_) in PHRASAL_TRIGGERS), None)  # fmt: skip
                if particle is not None:
                    etype, mode = PHRASAL_TRIGGERS[(lemma, particle)]
                    found.append((token, token, etype, mode, None))
                    continue
                if lemma in OBJECT_TRIGGERS:
                    nouns, etype, mode = OBJECT_TRIGGERS[lemma]
                    if any(o.lemma_.lower() in nouns or any(c.lemma_.lower() in nouns for c in o.children
                                                            if c.dep_ in {"compound", "amod"})
                           for o in self._objects(token)):  # fmt: skip
                        found.append((token, token, etype, mode, None))
                        continue
            if token.pos_ == "VERB" and lemma in VERB_TRIGGERS:
                etype, mode = VERB_TRIGGERS[lemma]
                if lemma in OBJECT_REQUIRED and not self._objects(token):
                    continue
                found.append((token, token, etype, mode, None))
            elif token.pos_ == "NOUN" and lemma in NOUN_TRIGGERS and token.i not in used:
                etype, mode = NOUN_TRIGGERS[lemma]
                if (token.head.pos_ == "VERB" and token.head.lemma_.lower() in VERB_TRIGGERS
                        and token.dep_ not in {"nsubj", "nsubjpass"}):  # fmt: skip
                    continue  # "signed the agreement": the verb is the event
                if lemma in MULTILATERAL or self._is_multilateral(token):
                    mode = "multilateral" if etype == "CONSULT" else mode
                found.append((token, token, etype, mode, None))
        return found

    @staticmethod
    def _speech_act(token: Token, quote: QuoteRecord) -> bool:
        """Inside a direct quote only the speaker's own speech acts are events: "I condemn
        …", "we reject …" (first person subject), coded for the quote's speaker."""
        if token.pos_ != "VERB" or quote.speaker_entity_id is None or quote.speaker_start is None:
            return False
        entry = VERB_TRIGGERS.get(token.lemma_.lower())
        if entry is None or entry[0] not in SPEECH_ACT_TYPES:
            return False
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lower_ in {"i", "we"}

    def _light_verb_noun(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in {"dobj", "attr"} and child.lemma_.lower() in NOUN_TRIGGERS:
                return child
            if child.dep_ == "dobj" and child.lower_ == "part":  # take part in X
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "in":
                        pobj = next((g for g in grand.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
            if (
                child.dep_ == "prep"
                and child.lower_ in {"in", "at"}
                and verb.lemma_ in {"participate", "take"}
            ):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in NOUN_TRIGGERS:
                    return pobj
        return None

    @staticmethod
    def _objects(verb: Token) -> list[Token]:
        """Direct objects (and passive subjects) with their conjuncts: "sent aid and troops"."""
        out = []
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                out.extend(conjuncts(child))
        return out

    def _is_multilateral(self, noun: Token) -> bool:
        """A meeting of many: "session of the council of heads of state", "SCO+ meeting"."""
        own = [t for c in noun.children if c.dep_ != "prep" or c.lower_ == "of" for t in c.subtree]
        words = {t.lower_ for t in own}
        if words & {"leaders", "heads", "members", "states", "countries", "nations"}:
            return True
        for t in own:
            m = self.index.covering(t.idx)
            if m is not None and m.entity_type == "ORG" and m.resolution == "gazetteer":
                return True
        return False

    # -- arguments ----------------------------------------------------------------------
    def _actor(self, head: Token, trigger: Token) -> Token | None:
        if head is trigger and trigger.pos_ == "NOUN":
            poss = next((c for c in trigger.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
            before = trigger.i - 1
            while before >= 0 and self.doc[before].text in {"’", "'", "’s", "'s"}:
                before -= 1
            if (
                before >= 0 and before != trigger.i - 1 or (before >= 0 and self.doc[before].pos_ == "PROPN")
            ):  # "Belarus’ accession", "Kremlin talks" (a possessive the parse missed)
                m = self.index.covering(self.doc[before].idx)
                if m is not None and m.entity_type in {"GPE", "ORG", "PERSON", "NORP"}:
                    return self.doc[before]
            accused = self._accused(trigger)
            if accused is not None:
                return accused
            if trigger.head.pos_ == "VERB" and trigger.dep_ in {"dobj", "attr"}:
                return grammatical_subject(trigger.head)
            return None
        agent = passive_agent(head)
        if agent is not None:
            return agent
        subject = grammatical_subject(head)
        if subject is None and head.dep_ == "xcomp":
            # control: "X urged Y to ease …" -> Y; "X decided to ease …" -> X; through an
            # adjective: "X is about / ready / willing to restore …" -> X
            controller = head.head
            while controller.pos_ not in {"VERB", "AUX"} and controller.dep_ in {"acomp", "advmod", "xcomp"}:
                controller = controller.head
            if controller.pos_ in {"VERB", "AUX"}:
                obj = next((c for c in controller.children if c.dep_ == "dobj"), None)
                subject = obj if obj is not None else grammatical_subject(controller)
        if subject is None:
            return self._accused(head)  # "X was accused of attacking …" -> X
        if subject.dep_ == "nsubjpass":
            return None  # a passive without an agent has no actor
        return subject

    @staticmethod
    def _accused(event: Token) -> Token | None:
        """The one an accusation names as doer: "police blamed X for the abduction",
        "X was accused of attacking", "X was arrested over the killing"."""
        prep = event.head
        if event.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep":
            return None
        if prep.lower_ not in {"for", "of", "over", "with"}:
            return None
        if prep.head.lemma_.lower() not in ACCUSATION_VERBS:
            return None
        verb = prep.head
        return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)

    def _targets(self, head: Token, trigger: Token, etype: str) -> list[Token]:
        targets: list[Token] = []
        holders = [trigger] if trigger is head else [trigger, head]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "dobj" and holder is head and trigger is head:
                    targets.extend(conjuncts(child))
                elif child.dep_ == "nsubjpass" and holder is head:
                    targets.extend(conjuncts(child))
                elif child.dep_ == "prep" and (
                    child.lower_ in {"with", "to", "against", "between", "on"}
                    or (child.lower_ == "of" and holder is trigger and trigger.pos_ == "NOUN"
                        and etype in PATIENT_OF_TYPES)  # "the abduction of Y"
                ):  # fmt: skip
                    for pobj in (g for g in child.children if g.dep_ == "pobj"):
                        targets.extend(conjuncts(pobj))
        return [t for t in targets if self._argument_mention(t) is not None]

    def _argument_mention(self, token: Token) -> MentionRecord | None:
        """The entity an argument's head token stands for: the mention covering it, else
        the most person-like mention inside its phrase ("the Russian leader Vladimir
        Putin" -> Putin; "the SCO leaders" -> SCO)."""
        mention = self.index.covering(token.idx)
        if mention is not None and mention.entity_type in ARGUMENT_TYPES:
            return mention
        inside = [m for t in token.subtree if (m := self.index.covering(t.idx)) is not None
                  and m.entity_id is not None and m.entity_type in ARGUMENT_TYPES]  # fmt: skip
        if not inside:
            return None
        return min(inside, key=lambda m: ARGUMENT_TYPES.index(m.entity_type))

    @staticmethod
    def _holders(head: Token, trigger: Token) -> list[Token]:
        """Tokens whose modifiers can place an event: the trigger, its light verb, and a
        clause describing an event noun ("the conference that took place in Minsk")."""
        clauses = (
            [c for c in trigger.children if c.dep_ in {"relcl", "acl"}] if trigger.pos_ == "NOUN" else []
        )
        return [trigger, head, *clauses]

    def _location(self, head: Token, trigger: Token) -> tuple[Token, MentionRecord] | None:
        for holder in self._holders(head, trigger):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    for t in pobj.subtree:
                        m = self.index.covering(t.idx)
                        if m is not None and m.entity_type in {"GPE", "LOC", "FAC"}:
                            return pobj, m
        return None

    def _time(self, head: Token, trigger: Token) -> Span | None:
        holders = self._holders(head, trigger)
        for ent in self.doc.ents:
            if ent.label_ != "DATE" or not (head.sent.start <= ent.start < head.sent.end):
                continue
            if ent.root.head in holders or ent.root.head.head in holders or ent.root in holders:
                return ent
        return None

    def _modality(self, head: Token, trigger: Token) -> tuple[str, bool]:
        negated = any(c.dep_ == "neg" for c in (*head.children, *trigger.children))
        lemma = trigger.lemma_.lower()
        if lemma in {"propose", "suggest", "offer"}:
            return "proposed", negated
        if any(c.lower_ in HABITUAL for c in head.children):
            return "habitual", negated
        if any(c.lower_ in ALLEGED_ADVERBS for c in (*head.children, *trigger.children)) or any(
            c.dep_ == "amod" and c.lower_ in ALLEGED_ADJECTIVES for c in trigger.children
        ):
            return "alleged", negated
        for aux in (c for c in head.children if c.dep_ == "aux"):
            if aux.lower_ in MODAL_AUX:
                return MODAL_AUX[aux.lower_], negated
        governor = head
        while (
            governor.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj"}
            and governor.head is not governor
        ):
            governor = governor.head
            glemma = governor.lemma_.lower()
            if glemma == "call" and not any(c.lower_ == "for" for c in governor.children):
                continue  # "called it …" reports; "called for …" demands
            if glemma in MODAL_HEADS:
                modality = MODAL_HEADS[glemma]
                if modality in {"decided", "agreed"}:
                    return "asserted", negated
                return modality, negated or any(c.dep_ == "neg" for c in governor.children)
        return "asserted", negated

    def _country_of(self, mention: MentionRecord | None) -> str | None:
        if mention is None or mention.entity_id is None:
            return None
        return self.countries.get(mention.entity_id)

    # -- records ------------------------------------------------------------------------
    def run(self) -> EventExtraction:
        self.events: list[EventRecord] = []
        self.arguments: list[EventArgumentRecord] = []
        self.mentions: list[EventMentionRecord] = []
        self.n_evidence: Counter[int] = Counter()  # event_idx -> evidence rows so far
        self.seen: dict[tuple, int] = {}
        self.event_of_token: dict[int, int] = {}
        triggers = self._triggers()
        conflict = {t.i for h, tr, etype, _, _ in triggers if etype in CONFLICT_TYPES for t in (h, tr)}
        casualties = []
        for item in triggers:
            cause = self._casualty_cause(item[1], conflict)
            if cause is not None:
                casualties.append((item, cause))
            else:
                self._code(*item)
        # a casualty count reported beside the clash that caused it is evidence of that
        # clash, not an event of its own ("five were killed in the clash")
        for item, cause in casualties:
            idx = self.event_of_token.get(cause.i)
            if idx is None:
                self._code(*item)
            else:
                self._add_mention(idx, item[0], item[1], "casualties")
        # n_mentions: every place that reports the event (its evidence rows)
        events = [replace(e, n_mentions=self.n_evidence[e.event_idx]) for e in self.events]
        return EventExtraction(events, self.arguments, self.mentions)

    def _casualty_cause(self, trigger: Token, conflict: set[int]) -> Token | None:
        """The clash/attack trigger a killing/wounding verb reports the toll of: its
        subject ("the fighting killed 12"), an in/during/after phrase ("were killed in the
        clash"), the clause it continues ("attacked the convoy, killing five"), or the
        event noun it describes ("the clash, which killed five")."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in CASUALTY_VERBS:
            return None
        for child in trigger.children:
            if child.dep_ == "nsubj" and child.i in conflict:
                return child
            if child.dep_ == "prep" and child.lower_ in {"in", "during", "after", "from", "amid"}:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.i in conflict:
                    return pobj
        if trigger.dep_ in {"advcl", "conj", "relcl", "acl"} and trigger.head.i in conflict:
            return trigger.head
        return None

    def _add_mention(self, idx: int, head: Token, trigger: Token, relation: str) -> None:
        start, end = self._trigger_span(head, trigger)
        self.mentions.append(EventMentionRecord(
            event_idx=idx, mention_idx=self.n_evidence[idx], relation=relation,
            trigger=self.text[start:end], trigger_start=start, trigger_end=end,
            sent_idx=self.sent_of[trigger.i],
        ))  # fmt: skip
        self.n_evidence[idx] += 1
        self.event_of_token[trigger.i] = self.event_of_token[head.i] = idx

    def _trigger_span(self, head: Token, trigger: Token) -> tuple[int, int]:
        first, last = sorted((head, trigger), key=lambda t: t.i)
        return first.idx, last.idx + len(last.text)

    def _code(self, head: Token, trigger: Token, etype: str, mode: str | None,
              quote: QuoteRecord | None) -> None:  # fmt: skip
        """One trigger -> a new event with its arguments, or a re-mention of an earlier one."""
        if quote is not None:  # a speech act in the speaker's own words: the speaker acts
            co_actors: list[Token] = []
            actor_mention = self.index.covering(quote.speaker_start)  # type: ignore[arg-type]
        else:
            actor = self._actor(head, trigger)
            co_actors = conjuncts(actor)[1:] if actor is not None else []
            actor_mention = self._argument_mention(actor) if actor is not None else None
        targets = self._targets(head, trigger, etype)
        location = self._location(head, trigger)
        if actor_mention is None and not targets and location is None:
            return  # no participant or place we can name: not codeable
        target_mentions = [self._argument_mention(t) for t in targets]
        key = (etype, trigger.lemma_.lower(), actor_mention.entity_id if actor_mention else None,
               tuple(sorted(m.entity_id or m.text for m in target_mentions if m)),
               location[1].entity_id if location else None)  # fmt: skip
        if key in self.seen:
            self._add_mention(self.seen[key], head, trigger, "repeat")
            return
        idx = len(self.events)
        self.seen[key] = idx
        start, end = self._trigger_span(head, trigger)
        modality, negated = self._modality(head, trigger)
        time_span = self._time(head, trigger)
        event_date, granularity = (resolve_date(time_span.text, self.published)
                                   if time_span is not None else (None, None))  # fmt: skip
        self.events.append(EventRecord(
            event_idx=idx, event_type=etype, mode=mode, cameo_root=CAMEO_ROOT[etype],
            trigger=self.text[start:end], trigger_start=start, trigger_end=end,
            sent_idx=self.sent_of[trigger.i], negated=negated, modality=modality,
            event_date=event_date, date_text=time_span.text if time_span is not None else None,
            date_granularity=granularity,
            confidence=0.8 if actor_mention and targets else 0.6 if actor_mention or targets else 0.4,
            n_mentions=1,  # counted from the evidence rows at the end of run()
        ))  # fmt: skip
        self._add_mention(idx, head, trigger, "first")
        args: list[tuple[str, MentionRecord | None, int, int]] = []
        if actor_mention is not None:
            args.append(("actor", actor_mention, actor_mention.start_char, actor_mention.end_char))
        for co_actor in co_actors:  # "Lukashenko and Putin discussed": both act
            m = self._argument_mention(co_actor)
            if m is not None and m.entity_id != (actor_mention.entity_id if actor_mention else None):
                args.append(("actor", m, m.start_char, m.end_char))
        for m in target_mentions:
            if m is not None and (actor_mention is None or m.entity_id != actor_mention.entity_id):
                args.append(("target", m, m.start_char, m.end_char))
        if location is not None:
            pobj, m = location
            left = min(t.i for t in pobj.subtree)
            span = self.doc[left : pobj.i + 1]
            args.append(("location", m, span.start_char, span.end_char))
        if time_span is not None:
            args.append(("time", None, time_span.start_char, time_span.end_char))
        seen_args: set[tuple[str, int]] = set()
        for role, m, s, e in args:
            if (role, s) in seen_args:
                continue
            seen_args.add((role, s))
            self.arguments.append(EventArgumentRecord(
                event_idx=idx, arg_idx=len(seen_args) - 1, role=role,
                entity_id=m.entity_id if m is not None else None, text=self.text[s:e],
                start_char=s, end_char=e,
                country_code=self._country_of(m), sector=_sector_of(m, self.text[s:e]),
            ))  # fmt: skip


def _sector_of(mention: MentionRecord | None, text: str) -> str | None:
    if mention is None:
        return None
    lowered = text.lower()
    for word, sector in ORG_SECTOR_WORDS.items():
        if word in lowered:
            return sector
    if mention.entity_type == "PERSON" and mention.mention_kind in {"role", "nominal"}:
        return "government"
    if mention.entity_id and mention.entity_id.startswith("org:government-of"):
        return "government"
    if mention.entity_type == "ORG":
        return "organization"
    if mention.entity_type in {"GPE"}:
        return "state"
    return None


def extract_events(
    doc: Doc, mentions: Sequence[MentionRecord], quotes: Sequence[QuoteRecord] = (),
    published: datetime | None = None, countries: dict[str, str | None] | None = None,
) -> EventExtraction:  # fmt: skip
    """Events of one Doc; see the module docstring. `countries` maps entity ids to
    country codes (from the entity layer) for the arguments' country_code."""
    return EventExtractor(doc, mentions, quotes, published, countries or {}).run()
