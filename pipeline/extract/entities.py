"""Entity mentions and within-document coreference over a spaCy Doc.

Input: a Doc from `pipeline.nlp.model` (NER with our gazetteer fixes). Output: mentions
(each with offsets into the text) and the canonical entities they refer to.

Rules, each with a unit test in tests/unit/test_entities.py:
- names: spaCy entities (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW) with a leading
  "the" and a trailing possessive trimmed from the span, and a person name without the
  function words or verbs the model swept into it ("Without Bloomberg" -> "Bloomberg");
  a full name the model left untagged ("As Ivanka Trump delivered …": capitalised proper
  nouns, the first a known first name or the whole in apposition with a person noun:
  "Reince Priebus, the GOP chairman"; no known place, institution word or month) is a
  person, and so is a name the model tagged as an organisation in such an apposition (with
  the untagged name before it); so is a one-word name the model left untagged right after
  a singular person noun ("Brazilian midfielder Edu"), wherever the article writes it, and
  a two-word name it took for a place that says something of himself ("Rio Ferdinand has
  said he …"); an organisation the model ran on into its person's name ("Fox News’ Sean
  Hannity") is the organisation and the person, and a courtesy title inside a tagged name
  starts the person's name ("Photo / Getty Images Mr Parscale"); a small word inside a
  tagged name cuts it ("Perpignan centre Jean-Philippe Granclaude", "Wendy Ide of The
  Times"); a surname tagged as an organisation after a title and an untagged first name is
  a full name ("Cardinal Cormac Murphy-O'Connor"); a given name the model cut at its hyphen
  is taken whole ("Wu Den-yih"); a one-word plural after "the" is no person ("The Blues");
- gazetteer: known countries, capitals, demonyms, organizations map to one canonical name
  and an ISO 3166-1 alpha-2 code ("Türkiye"/"Turkey" -> TR, "Belarusian" -> BY);
- person variants: a surname, an initial plus surname or a possessive links to the full
  name with that surname; two full names that share a surname stay two entities, and a
  bare surname then goes to the one the text has named most so far (the article's subject,
  not "his wife, Jane Sanders"), the nearest preceding on a tie; a lower-case word before
  a surname is no first name ("pro-Clinton"); full names that differ only by a
  middle initial ("Loretta E. Lynch", "Loretta Lynch") are one person, named by the
  fuller form; a name written surname first ("Ma Ying-jeou", a small letter after the given
  name's hyphen) is found by its first word ("Ma said"); one sense per document: a surname
  the model tagged as an organisation, a place or a location ("Ham said" after "Norman
  Ham"), or did not tag at all, is that person, unless it stands next to another
  capitalised name ("Melania Trump", "Trump Tower") other than a title ("Professor
  Curtice", "Capt Varga"); abbreviated titles ("Capt", "Sen.", "MP") stay out of canonical
  names like courtesy titles;
- acronyms: an all-caps name links to an organization whose initials it spells, or which
  it follows in parentheses;
- titles: a role before a name ("Belarus President Aleksandr Lukashenko") or in an
  appositive ("Lukashenko, the president of Belarus") gives the person a role and country;
- nominals: "the head of state", "the Belarusian leader", "the president" resolve to the
  person named in apposition ("Kazakhstan's foreign minister, Erlan Idrissov"), else to the
  most recently mentioned named person whose role (and nationality, when stated) fits;
  a role with a stated country and no such person ("the China president") becomes a role
  entity ("President of China"); "the organization"/"the ministry" link to the latest
  organization whose name has that word;
- metonymy: a capital or seat of government as the subject of a verb ("Seoul said",
  "the Kremlin") is a mention of that country's government;
- gender of a person: a courtesy title or gendered word right before (not in a phrase
  before: "Through a spokeswoman, Trump") or in apposition to the name
  (Mr, Ms, Mrs, spokeswoman, mother …), else the first name (pipeline/nlp/first_names.py);
  unknown otherwise;
- pronouns: he/she/him/her/his resolve among the persons of the last two sentences whose
  gender agrees (or is unknown): the only one, or (outside quotation marks) the person who
  is the subject of a clause above the pronoun in its own sentence ("Trump held a news
  conference in which he …"), or the subject of the nearest sentence with one person as
  subject — for a pronoun that is the subject of a reporting verb, the main verb's subject
  when that sentence has several ("McCain and Grassley are in trouble, Tester said. He
  said …"); when those sentences hold no person of the pronoun's gender, the search goes
  back up to eight sentences; otherwise they are kept with no entity; a name in apposition
  to a subject is a subject, and so is one the parse hung on its title or its role's "of"
  phrase ("Former Chelsea captain Desailly, who …, says", "Director of rugby Warren
  Gatland revealed"); a he/she that is its sentence's main subject is not someone who was
  only the subject of an adverbial clause ("After Mr Brown had delivered …, Mr Kennedy
  acknowledged … But he criticised"); a pronoun is never another argument of its own verb ("he told
  Hannity", "Baker told him"); a pronoun outside
  quotation marks never takes an antecedent inside them; a pronoun whose only candidate
  is a person of unknown gender gives that person its gender;
- descriptions: a definite description as a subject ("the lanky professor said", "the
  32-year-old labourer", "the utility said", "the Tory co-chairman" taken apart by the
  parse; "police", with or without "the", though the tagger makes it plural) refers back
  to the person (PERSON_NOUNS, roles, "N-year-old") or organisation (ORGANISATION_NOUNS)
  the last two sentences name, pronouns included (resolved after them), and before that to
  a person named in the last eight sentences whom the text described with the same noun
  ("columnist Ai Jun …", "Blackwell, the committeeman"), its capitalised words and
  modifiers included ("the GOP front-runner" is not "Democratic front-runner Jane
  Porter"), and never to one described with it only as that of another place or group
  ("the Florida senator" is not "the senator from Vermont");
  "it" as the subject of a speech verb ("…, it
  said") is the organisation found the same way (a government included).

Not handled: plural and group reference ("they", "both sides"), cataphora.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from pipeline.extract.lexicon import SPEECH_VERBS
from pipeline.extract.marks import drop_invisible, find_quote_spans
from pipeline.extract.records import EntityRecord, MentionRecord, make_entity_id
from pipeline.extract.sentences import doc_text, sentence_index
from pipeline.extract.syntax import DASHES, misparsed_age, noun_across_dash, spaced_dash
from pipeline.nlp.first_names import name_gender
from pipeline.nlp.gazetteer import GazetteerEntry, country_name, lookup, strip_name

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"})

# Role phrases (lower case, as written) -> canonical role. Longest match wins.
ROLE_PHRASES: dict[str, str] = {
    "president": "President",
    "vice president": "Vice President",
    "prime minister": "Prime Minister",
    "premier": "Premier",
    "chancellor": "Chancellor",
    "king": "King",
    "queen": "Queen",
    "emir": "Emir",
    "leader": "Leader",
    "head of state": "Head of State",
    "head of government": "Head of Government",
    "foreign minister": "Foreign Minister",
    "defense minister": "Defence Minister",
    "defence minister": "Defence Minister",
    "minister": "Minister",
    "secretary general": "Secretary General",
    "secretary-general": "Secretary General",
    "secretary of state": "Secretary of State",
    # cabinet and staff secretaries, each its own office ("Home Secretary Charles Clarke" is
    # not the one "the prime minister" or "the foreign secretary" means)
    **{f"{office} secretary": f"{office.title()} Secretary" for office in (
        "home", "foreign", "defence", "defense", "health", "education", "culture", "transport",
        "environment", "trade", "treasury", "press", "interior", "energy", "commerce", "labor",
        "agriculture", "housing", "justice", "chief", "cabinet", "northern ireland", "scottish",
        "welsh", "work and pensions", "trade and industry")},
    "spokesman": "Spokesperson",
    "spokeswoman": "Spokesperson",
    "spokesperson": "Spokesperson",
    "ambassador": "Ambassador",
    "governor": "Governor",
    "mayor": "Mayor",
    "treasurer": "Treasurer",
    "senator": "Senator",
    "chairman": "Chair",
    "chairwoman": "Chair",
    "chief executive": "Chief Executive",
    "ceo": "Chief Executive",
    "mp": "Member of Parliament",
    "member of parliament": "Member of Parliament",
    "mpp": "Member of Provincial Parliament",
    "mla": "Member of the Legislative Assembly",
    "attorney general": "Attorney General",
    "attorney-general": "Attorney General",
    "judge": "Judge",
    "head coach": "Coach",
    "coach": "Coach",
}
# Roles that "the leader"/"the head of state" can refer to.
HEAD_ROLES = frozenset(
    {"President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir", "Leader",
     "Head of State", "Head of Government"}
)  # fmt: skip
GENERIC_ROLES = frozenset({"Leader", "Head of State", "Head of Government"})
ORG_NOMINAL_HEADS = frozenset(
    {"organization", "organisation", "ministry", "company", "agency", "bank", "party",
     "council", "committee", "union", "alliance", "bloc", "government", "commission", "firm",
     "group"}
)  # fmt: skip
# Heads of definite descriptions that refer back to an organisation ("the utility said").
ORGANISATION_NOUNS = frozenset(
    """organization organisation ministry company agency bank party council committee union
    alliance government commission firm group utility department team club league school
    university hospital board network broadcaster newspaper airline carrier retailer
    manufacturer insurer lender regulator association federation foundation charity
    institute office service authority administration campaign coalition station court
    police army military navy""".split()
)
# Kinds of organisation written right before one's name ("the law firm Mayer Brown")
_KIND_NOUNS = frozenset(
    """company firm group label bank airline carrier retailer manufacturer insurer lender
    broadcaster newspaper charity foundation organization organisation agency club network
    utility studio brand""".split()
)
# Nouns for a country's government: "the Russian government" is the Government of Russia.
GOVERNMENT_NOUNS = frozenset({"government", "administration"})
# Nouns for a business ("the company said") and words that name a public body, a school or
# a party, never a business ("Justice Department", "Duke University").
COMPANY_NOUNS = frozenset({"company", "firm"})
PUBLIC_BODY_WORDS = frozenset(
    """department ministry university college school court commission council committee party
    government brigade army police parliament senate congress assembly bureau program programme
    center centre institute foundation""".split()
)
# Organisation nouns for a force, a court or a government: as a description they refer
# back only to a name that says so ("the Metropolitan Police", "the Supreme Court", "the
# Scottish Government"; "the government said" is not the Pensions Policy Institute named
# before it).
FORCE_NOUNS = frozenset({"police", "army", "military", "navy", "court"}) | GOVERNMENT_NOUNS
# Nouns the tagger makes plural (NNS) that name one body, with or without "the" ("Police
# said …", "the police said …"): descriptions all the same.
BODY_NOUNS = frozenset({"police"})
# The organisation nouns that refer back to a political party (not "the government" or "the
# newspaper" after "Labour").
PARTY_NOUNS = frozenset({"party", "organisation", "organization"})
# Verbs of saying whose "he"/"she" subject prefers the main subject of the sentence before
# ("McCain and Grassley are in trouble, Tester said. He said …"); "it" as the subject of
# any reporting verb (SPEECH_VERBS) is an organisation speaking. Kept to the common ones:
# with all reporting verbs, PolNeAR train and BBC had about one wrong name for two right.
PRONOUN_SPEAKING_VERBS = frozenset(
    """say state add announce tell report confirm deny claim warn note insist explain argue
    respond reply write post tweet accuse urge allege acknowledge reiterate stress""".split()
)
# Party members as the head of a definite description ("the Kentucky Republican said"): a
# person, though the model tags the word as a nationality or group.
PARTISAN_NOUNS = frozenset({"democrat", "republican"})
# Heads of definite descriptions that refer back to a person ("the professor said"); roles
# of the entity layer ("the prime minister") and "the 32-year-old …" count as well.
PERSON_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson minister president premier mayor judge
    lawyer attorney doctor physician professor teacher coach player manager director chief boss
    executive leader senator governor candidate author writer artist actor actress singer
    musician owner founder chairman chairwoman chair man woman boy girl mother father son
    daughter wife husband officer agent analyst economist scientist researcher expert
    student resident worker labourer laborer nurse farmer driver victim survivor witness
    suspect prosecutor detective sheriff captain veteran activist lawmaker legislator
    politician diplomat ambassador envoy general commander soldier pilot engineer designer
    entrepreneur businessman businesswoman investor banker consultant adviser advisor aide
    secretary star athlete striker quarterback pitcher golfer boxer fighter champion
    forward defenceman defenseman goaltender goalie winger rookie historian
    maverick inventor novelist journalist reporter editor host priest pastor bishop speaker
    strategist pollster
    rabbi imam monk nun nominee runner frontrunner contender challenger incumbent hopeful
    congressman congresswoman tycoon magnate mogul billionaire lady
    front-runner surgeon neurosurgeon psychiatrist psychologist dentist pharmacist
    delegate hacker pope pontiff cardinal dean principal superintendent commissioner
    councillor councilor councilman councilwoman trustee chancellor admiral colonel
    lieutenant sergeant constable firefighter paramedic comedian rapper blogger filmmaker
    producer photographer broadcaster scholar lecturer chef landlord retiree pensioner
    representative assemblyman assemblywoman assemblymember alderman alderwoman broker trader dealer
    accountant architect campaigner protester organiser organizer volunteer keeper goalkeeper
    midfielder defender skipper footballer cricketer batsman bowler jockey referee sprinter
    presenter guitarist drummer pianist prop flanker wicketkeeper spinner full-back fly-half
    scrum-half centre-back
    youngster teenager teen newcomer debutant peer grandmother grandfather uncle aunt brother
    sister mum dad nephew niece cousin widow widower fiance fiancee girlfriend
    boyfriend neighbour neighbor friend colleague teammate fan supporter voter passenger
    patient physicist biologist programmer poet playwright composer dancer""".split()
)
_AGED = re.compile(r"\b\d+-year-old\b")
# Courtesy titles dropped from canonical person names ("Ms Hewitt" -> "Hewitt").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof",
                        "baroness", "baron"})  # fmt: skip
# Abbreviated titles before a name ("Sen. Sanders", "Capt Smith", "Labour MP Jim Smith"; not
# "Gen", also a first name: "Gen Nakatani").
ABBREVIATED_TITLES = frozenset({"gov", "sen", "rep", "col", "lt", "capt", "sgt", "adm", "rev",
                                "cllr", "mp", "mep", "msp", "mpp", "mla",
                                # police and military ranks ("Det Sgt Stuart Young", "Const. Ann Roe")
                                "det", "insp", "supt", "const", "cst", "cpl", "maj", "cmdr",
                                "brig", "coun", "ald"})  # fmt: skip
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")
# Titles before a lone surname the model left untagged ("Cardinal O'Connor", "Const. Roe")
SURNAME_TITLES = (ABBREVIATED_TITLES - {"mp", "mep", "msp", "mpp", "mla"}) | frozenset(
    {"cardinal", "archbishop", "bishop", "rabbi", "imam", "pastor", "reverend",
     "mr", "mrs", "ms", "miss", "dr"})  # "Mr Davies said"
# Titles that stand before a name and stay out of its canonical form.
NAME_TITLES = HONORIFICS | ABBREVIATED_TITLES
# Letters written after a name ("Brian Monteith MSP", "Jane Roe QC"): not part of it either.
POST_NOMINALS = frozenset({"mp", "msp", "mep", "am", "mla", "mpp", "td", "qc", "kc", "mbe", "obe", "cbe"})
# Descriptions the model takes into a name when they are capitalised ("Billionaire Donald
# Trump said"): not part of the canonical name. None is a first name or a common surname.
NAME_DESCRIPTORS = PARTISAN_NOUNS | frozenset(
    """billionaire businessman businesswoman tycoon magnate mogul candidate nominee
    frontrunner front-runner lawmaker activist entrepreneur investor economist comedian
    actress rapper columnist journalist pollster strategist tory lib dem labour""".split()
)
# Hyphens inside a name ("Jean-Yves", "Kilroy-Silk").
_HYPHENS = frozenset({"-", "‐"})
# Role words that are first names too ("Dean Allen Smith"), and roles that stand only before
# a name ("Archbishop Rowan Williams", "Chief Justice John Roberts").
_FIRST_NAME_ROLES = frozenset({"dean", "major", "earl", "duke"})
_ROLES_BEFORE_NAMES = frozenset({"archbishop", "justice", "reverend"})
# Lower-case words that begin a surname ("de Blasio", "al-Assad"); any other lower-case word
# before a name is not part of it ("pro-Clinton", "’s Clinton").
# Small words after which a name has ended ("Wendy Ide of The Times").
_AFTER_NAME = frozenset({"of", "at", "for", "from", "in", "on", "with", "’s", "'s"})
NAME_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
     "la", "le", "al", "el", "bin", "ibn", "abu", "ben", "mac", "st"}
)  # fmt: skip
# "both sides"/"the two countries": the entity types their members can have.
GROUP_NOUNS = {
    "side": ("GPE", "ORG", "PERSON"), "country": ("GPE",), "nation": ("GPE",),
    "state": ("GPE",), "leader": ("PERSON",), "party": ("ORG", "GPE"),
    "government": ("GPE", "ORG"), "president": ("PERSON",),
}  # fmt: skip
# Organization nominals that name a kind rather than a word of the name, and the gazetteer
# kinds they may refer to ("" = an organization the gazetteer does not know: a company).
KIND_NOMINALS = {"company": {""}, "firm": {""}, "group": {""}, "agency": {"agency", ""}}
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Role words in "-man" that news writing also uses of women ("Trump spokesman Hope Hicks"):
# a gender only when the first name tells none.
GENERIC_MALE_WORDS = frozenset({"spokesman", "chairman", "congressman", "businessman"})
# Words right before or in apposition to a name that tell the person's gender.
GENDERED_WORDS = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "spokesman", "chairman",
                     "congressman", "businessman", "father", "husband", "son", "brother",
                     "grandfather", "uncle", "boy", "man", "actor", "nephew", "duke", "baron"), "M"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman",
                     "chairwoman", "congresswoman", "businesswoman", "mother", "wife",
                     "daughter", "sister", "grandmother", "aunt", "girl", "woman", "actress",
                     "niece", "duchess", "baroness"), "F"),
}  # fmt: skip
# How far back (sentences) a pronoun looks for its antecedent: first the last two
# sentences, then, when they hold no person of the pronoun's gender, up to this many.
PRONOUN_NEAR, PRONOUN_FAR = 2, 8
# Months and days (also first names: June, May, August), and the last words of names of
# institutions, teams and events, which an untagged "First Last" name never contains.
CALENDAR_WORDS = frozenset("""january february march april may june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday""".split())
INSTITUTION_WORDS = frozenset("""institute league forum fields prize camp county united city
    cup lakes palace orient street park hall house center centre school college university
    party club team group fund bank award awards show day week times post news press tower
    hotel road river lake mountain island bay beach valley hill square bridge church state
    states republic kingdom army navy corps council committee commission foundation trust
    association society union federation company corp inc ltd airlines motors industries
    holdings partners capital media network report review journal magazine panthers rangers
    rovers athletic wanderers town villa albion forest hospital airport station court""".split())
# Last words of a name that no person has: the model's "person" is an organisation.
ORGANISATION_ENDINGS = frozenset("""railways railway airways airlines motors industries holdings
    institute university college company corporation corp inc ltd plc llc foundation association
    society federation commission committee council united rangers rovers wanderers athletic albion
    hotspur city""".split())
_NAME_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})
_ROLE_MAX_WORDS = max(len(k.split()) for k in ROLE_PHRASES)
# Words before a role that make it another office: "the prime minister" is not the deputy
# prime minister or the shadow chancellor. ("Former" is left alone: "the former president"
# is often written of one introduced as "President Clinton".)
_ROLE_QUALIFIERS = {"deputy": "Deputy", "vice": "Vice", "assistant": "Assistant", "shadow": "Shadow"}


# Abbreviated titles and the nouns they stand for ("Sen. Sanders" is a senator).
_ABBREVIATED_NOUNS = {"sen": "senator", "gov": "governor", "rep": "representative",
                      "adm": "admiral", "capt": "captain", "col": "colonel", "sgt": "sergeant"}  # fmt: skip


def _described_noun(token: Token) -> str | None:
    """The noun a word before a name or heading an apposition describes the person with:
    a common noun ("columnist"), a title ("Senator", "Sen.")."""
    lowered = token.lower_.rstrip(".")
    if lowered in _ABBREVIATED_NOUNS:
        return _ABBREVIATED_NOUNS[lowered]
    if token.tag_ == "NN" and token.is_lower:
        return token.lemma_.lower()
    return lowered if token.is_title and is_title_word(token.text) and lowered not in NAME_TITLES else None


def _noun_phrase_end(tokens: list[Token]) -> list[Token]:
    """The words before a name that go with its last one, back to a plural noun: in "Getty
    Images Republican presidential candidates Sen. Marco Rubio", "Sen." alone."""
    start = len(tokens) - 1
    while start > 0 and tokens[start - 1].tag_ not in {"NNS", "NNPS"}:
        start -= 1
    return tokens[start:]


def _apposed(head: Token) -> list[Token]:
    """The words in apposition with `head`, either way round ("Erlan Idrissov, Kazakhstan's
    foreign minister" / "Kazakhstan's foreign minister, Erlan Idrissov")."""
    linked = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        linked.append(head.head)
    before = head.doc[head.left_edge.i - 2] if head.left_edge.i > 1 else None
    if before is not None and _misparsed_apposition(before) == head:
        linked.append(before)
    return linked


def _misparsed_apposition(name: Token) -> Token | None:
    """The subject a name set off by a comma stands in apposition to when the parse made the
    name an adverbial of the subject's verb: "Mirza, the first Indian woman to win …, will
    now face …"."""
    doc = name.doc
    if (name.dep_ != "npadvmod" or name.pos_ != "PROPN" or name.i + 2 >= len(doc)
            or doc[name.i + 1].text != ","):  # fmt: skip
        return None
    return next((c for c in name.head.children if c.dep_ == "nsubj" and c.left_edge.i == name.i + 2), None)


def _brought_in(noun: Token) -> bool:
    """A noun that brings someone in without a name: with "a", "an", "another" or "one"
    ("a nurse", "One leading broker")."""
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "another", "one"}
               for c in noun.children)  # fmt: skip


def _without_possessor(head: Token) -> list[Token]:
    """The words of a phrase without those of its possessor or of a clause or phrase after
    it: in "Ms Jowell's deputy, Richard Caborn" the courtesy title is Ms Jowell's, and in
    "Louise Christian, the lawyer representing Mr Abbasi" Mr Abbasi's, not the named one's."""
    owned = {t.i for c in head.children
             if c.dep_ == "poss" or c.i > head.i and c.dep_ in {"acl", "relcl", "prep", "advcl"}
             for t in c.subtree}  # fmt: skip
    return [t for t in head.subtree if t.i not in owned]


@dataclass(frozen=True)
class _Described:
    words: frozenset[str]
    qualifiers: frozenset[tuple[str, str]]
    role: str | None


@dataclass
class _Cluster:
    """A within-document entity under construction."""

    entity_type: str
    canonical: str
    country_code: str | None = None
    role: str | None = None
    names: list[str] = field(default_factory=list)
    is_role_entity: bool = False
    gender: str | None = None  # "F"/"M" from a courtesy title, a gendered word or the first name
    is_party: bool = False  # a political party the gazetteer knows
    # nouns written of the person, each with the lower-cased words of the phrase it heads,
    # the places and groups among them and the role they name: before a name ("GOP
    # front-runner Donald Trump", "Vermont Sen. Bernie Sanders") or in apposition to it
    # ("Morton Blackwell, the Republican National Committeeman")
    described_as: dict[str, list[_Described]] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return make_entity_id(self.entity_type, self.canonical)


@dataclass
class _Mention:
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    kind: str
    cluster: _Cluster | None
    entity_type: str
    resolution: str


@dataclass(frozen=True)
class EntityExtraction:
    mentions: list[MentionRecord]
    entities: list[EntityRecord]


def extract_entities(doc: Doc, paragraphs: Sequence[tuple[int, int]] | None = None) -> EntityExtraction:
    """Mentions and canonical entities of one Doc. Does not modify the Doc.

    `paragraphs` (character spans; default: the text's lines) lets quotations run over
    paragraphs the way the quote layer reads them: a pronoun outside quotation marks never
    takes its antecedent from inside them ("“Surrey has 70,000 students,” she said")."""
    return _EntityResolver(doc, paragraphs).run()


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def find_role(words: list[str]) -> tuple[str, int, int] | None:
    """Longest role phrase in a word list: (role, first word index, end index)."""
    lowered = [w.lower() for w in words]
    best: tuple[str, int, int] | None = None
    for i in range(len(lowered)):
        for n in range(min(_ROLE_MAX_WORDS, len(lowered) - i), 0, -1):
            phrase = " ".join(lowered[i : i + n])
            if phrase in ROLE_PHRASES and (best is None or n > best[2] - best[1]):
                best = (ROLE_PHRASES[phrase], i, i + n)
                break
    if best is not None and best[1] > 0 and lowered[best[1] - 1] in _ROLE_QUALIFIERS:
        # "Deputy Prime Minister John Prescott" is not the one "the prime minister" means
        qualifier = _ROLE_QUALIFIERS[lowered[best[1] - 1]]
        if not best[0].startswith(qualifier):
            best = (f"{qualifier} {best[0]}", best[1] - 1, best[2])
    return best


def _cabinet_post(role: str) -> bool:
    """A government department's head: "Secretary of State", "Home Secretary" (not a press
    or cabinet secretary, who are officials)."""
    return role == "Secretary of State" or role.endswith(" Secretary") and role not in {
        "Press Secretary", "Cabinet Secretary", "Chief Secretary"}


def _roles_agree(described: str, held: str) -> bool:
    """A description's role can name a holder of `held`: the same office, a head of state
    or government for "the leader", a secretary of state for "the culture secretary" (and
    the other way round), a department's secretary for "the minister"."""
    return (described == held or described in GENERIC_ROLES and held in HEAD_ROLES
            or _cabinet_post(held) and (described == "Minister" or _cabinet_post(described)
                                        and "Secretary of State" in {described, held}))  # fmt: skip


def is_title_word(word: str) -> bool:
    """A courtesy title, a role or a person noun that can stand before a name ("Mr.",
    "Professor", "President")."""
    lowered = word.lower()
    return (lowered.rstrip(".") in NAME_TITLES or lowered in PERSON_NOUNS
            or find_role([word]) is not None)  # fmt: skip


def initials(name: str) -> str:
    """'Shanghai Cooperation Organization' -> 'SCO' (function words skipped)."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name)
                   if w.lower() not in _NAME_STOPWORDS).upper()  # fmt: skip


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha()


# Words that make a two-word name an organisation's even after a first name ("Warner Bros",
# "Davis Cup", "Oxford University").
# A company's legal suffix: never a name on its own.
_COMPANY_SUFFIXES = frozenset({"co", "inc", "corp", "ltd", "plc", "llc", "llp"})
_ORG_NAME_WORDS = ORGANISATION_NOUNS | _COMPANY_SUFFIXES | frozenset(
    "cup bros brothers guard broadcasting news times post media".split()
)


def pronoun_gender(word: str) -> str | None:
    """ "F" for she/her/hers/herself, "M" for he/him/his/himself, else None."""
    word = word.lower()
    if word not in PRONOUNS:
        return None
    return "F" if word in FEMININE_PRONOUNS else "M"


def name_gender_of(text: str) -> str | None:
    """The gender a person's name as written tells: its courtesy title ("Mrs Howard",
    "Lord Falconer") or, for a name of two words or more, its first name ("Mark Oaten")."""
    words = text.split()
    if not words:
        return None
    first = words[0].lower().rstrip(".")
    if first in GENDERED_WORDS:
        return GENDERED_WORDS[first]
    return name_gender(words[0]) if len(words) > 1 else None


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word, no space on either side ("Kilroy-Silk")."""
    return (token.text in _HYPHENS and not token.whitespace_ and token.i > 0
            and not token.doc[token.i - 1].whitespace_)  # fmt: skip


def _hyphen_joined(tokens: Sequence[Token]) -> list[str]:
    """The words of a name, a hyphenated one as one word ("Jean-Yves", "Wilson-Raybould"):
    punctuation other than a hyphen inside a word is dropped, a trailing full stop kept
    ("Jr.")."""
    words: list[str] = []
    glue = False
    for token in tokens:
        if words and _inner_hyphen(token):
            # "pro-Clinton" is no name of its own ("al-Assad" is)
            glue = not words[-1].islower() or words[-1] in NAME_PARTICLES
            if glue:
                words[-1] += token.text
            continue
        if token.is_punct and not token.text.endswith("."):
            glue = False
            continue
        if glue:
            words[-1] += token.text
        else:
            words.append(token.text)
        glue = False
    return words


def _first_name_and_surname(span: Span) -> bool:
    """Two words the model took for an organisation or a work that read as a person's
    name: a known first name, then a capitalised word that names nothing in the gazetteer
    ("Sean Hannity", "said Will Davies"; not "Real Madrid", "Warner Bros", "Fed Cup"). Not
    for places: "West Virginia", "Aston Villa", "BUENA PARK" read the same way."""
    # particles inside and letters after do not count: "Rodrigo de Rato", "Guy Mansfield QC"
    words = [w for w in _hyphen_joined(span) if w not in NAME_PARTICLES]
    if len(words) == 3 and words[-1].isupper() and words[-1].lower() in POST_NOMINALS:
        words = words[:2]
    if len(words) != 2 or lookup(span.text) is not None:
        return False
    first, last = words
    return (
        all(t.pos_ == "PROPN" or t.text in _HYPHENS or t.text in NAME_PARTICLES for t in span)
        and first[:1].isupper() and last[:1].isupper() and span[-1].tag_ != "NNPS"
        and name_gender(first) is not None
        and lookup(first) is None and lookup(last) is None
        and last.lower() not in _ORG_NAME_WORDS
    )  # fmt: skip


def _two_unknown_words(span: Span) -> bool:
    """Two words (a hyphenated one counts as one) that could be a first name and a surname:
    the gazetteer knows neither them together nor either alone, the second is no word of
    an organisation's name ("Cup", "Bros") and neither is a title or a role."""
    words = _hyphen_joined(span)
    return (len(words) == 2 and lookup(span.text) is None
            and lookup(words[0]) is None and lookup(words[1]) is None
            and words[1].lower() not in _ORG_NAME_WORDS
            and not any(is_title_word(w) for w in words))  # fmt: skip


# Capitalised abbreviations that name no organisation when they speak ("TV said" is a
# headline's shorthand; "the PM", "the MP" are people).
_NOT_ORGANISATIONS = frozenset({"TV", "PM", "MP", "MEP", "MSP", "CEO", "DJ", "GP", "OK", "US", "UK"})
_CODE_NAMED = re.compile(r"\bcode[- ]?named,?\s*$", re.IGNORECASE)
_SURNAME_FIRST_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname_first(words: Sequence[str]) -> bool:
    """A Chinese or Korean name written surname first, its given name hyphenated with a
    small letter after the hyphen ("Ma Ying-jeou", "Wong Chin-chu", "Kim Jong-un"): its
    first word is the surname ("Ma said"). Western hyphenated names have a capital there
    ("Jean-Yves", "Kilroy-Silk")."""
    return len(words) == 2 and _SURNAME_FIRST_GIVEN.fullmatch(words[1]) is not None


def _person_names_compatible(short: list[str], full: list[str]) -> bool:
    """Does `short` (e.g. ['Lukashenko'] or ['A.', 'Lukashenko']) name the same person as
    `full` (['Aleksandr', 'Lukashenko'])? A surname in capitals is the same ("PENCE:" in a
    transcript); so is the first word of a name written surname first ("Ma" of "Ma
    Ying-jeou"), and the surname before a generation ("King" of "Martin Luther King Jr.")."""
    if len(full) > 1 and _is_generation(full[-1]) and not (short and short[-1] == full[-1]):
        full = full[:-1]
    if len(short) == 1 and surname_first(full) and short[0] == full[0]:
        return True
    if not short or not full or short[-1] != full[-1] and not (
            len(short) == 1 and short[0].isupper() and short[0] == full[-1].upper()) and not (
            # "Silk" of "Mr Kilroy-Silk" tagged alone: the last part of a hyphenated surname
            len(short) == 1 and full[-1].endswith("-" + short[0])):  # fmt: skip
        return False
    if len(short) == 1:
        return True
    if len(short) > len(full):
        return False
    if len(short) < len(full) and name_gender(short[0]) is None and (
            [w.lower() for w in short] == [w.lower() for w in full[-len(short):]]):  # fmt: skip
        return True  # "Petitpas Taylor" after "Ginette Petitpas Taylor", "De Blasio": a surname of two words
    for s, f in zip(short[:-1], full[: len(short) - 1], strict=True):
        if s.rstrip(".") != f and not (s.endswith(".") and f.startswith(s.rstrip("."))):
            return False
    return True


# A generation after a surname ("Martin Luther King Jr.", "A. Malachi Mixon III").
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _is_generation(word: str) -> bool:
    return word.rstrip(".").lower() in _GENERATIONS


def _surname(words: Sequence[str]) -> str:
    """The last word of a full name that is no generation ("King" of "Martin Luther King Jr.")."""
    return words[-2] if len(words) > 1 and _is_generation(words[-1]) else words[-1]


# Small words inside an organisation's name ("Bank of England", "Marsh & McLennan").
_NAME_JOINERS = frozenset({"of", "and", "&", "for", "on", "the", "de"})


def _speaking_subject(token: Token, verbs: frozenset[str] = PRONOUN_SPEAKING_VERBS) -> bool:
    """The subject of a reporting verb: "…, it said", "he said"."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs


def _according_to(token: Token) -> bool:
    """The object of "according to": "according to the FT"."""
    return (token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0
            and token.doc[token.head.i - 1].lower_ == "according")  # fmt: skip


def _coarguments(pronoun: Token) -> list[Token]:
    """Who a he/she/him/her cannot be: the other arguments of its own verb ("he told
    Hannity", "he spoke with Hannity": not Hannity; "Trump told him": not Trump). Possessives
    and reflexives may ("Trump praised his staff", "Trump defended himself")."""
    verb = pronoun.head
    if pronoun.dep_ in {"nsubj", "nsubjpass"}:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}]
        objects += [g for c in verb.children if c.dep_ == "prep"
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        return objects
    if pronoun.dep_ in {"dobj", "dative", "iobj"} and pronoun.lower_ in {"him", "her"}:
        return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return []


def _subject_position(token: Token) -> Token | None:
    """The subject `token` is or stands in apposition to ("The minister of the economy, Mr.
    Guajardo, argues …": Guajardo is the subject too); None when it is no subject."""
    if token.dep_ == "appos":
        # not after a pronoun ("she is caricatured …: Lady Macbeth") or a plural ("Trump's
        # rivals - Sen. Ted Cruz … and Gov. John Kasich - are …")
        if token.head.pos_ == "PRON" or token.head.tag_ in {"NNS", "NNPS"}:
            return None
        token = token.head
    elif (apposed := _misparsed_apposition(token)) is not None:
        token = apposed
    elif (token.dep_ in {"advmod", "npadvmod", "dep"} and token.head.i == token.i - 1
          and token.head.pos_ == "NOUN" and token.head.dep_ in {"nsubj", "nsubjpass"}):  # fmt: skip
        token = token.head  # "Former Chelsea captain Desailly, who …, says": the parse's subject is "captain"
    elif (token.dep_ == "pobj" and token.head.lower_ == "of"
          and (role := token.head.head).dep_ in {"nsubj", "nsubjpass"}
          and any(c.dep_ == "compound" and c.ent_type_ != "PERSON" for c in token.children)
          and (role.lemma_.lower() in PERSON_NOUNS or find_role([role.text]))):  # fmt: skip
        # "Director of rugby Warren Gatland revealed …": the name ends the role's phrase (not
        # "The wife of John Smith said": the wife speaks)
        token = token.head.head
    if _according_to(token) and token.ent_type_ in {"", "PERSON"}:
        return token  # "According to Ham, the army has …": who says it (not "The Hill")
    source = token.head.dep_ == "agent" or token.head.lower_ == "from" and token.head.head.lemma_ == "come"
    if token.dep_ == "pobj" and token.ent_type_ == "PERSON" and token.head.head.dep_ == "ROOT" and source:
        return token  # "… was welcomed by Mr Smith", "One dissenting opinion came from Brian Gammage"
    if token.dep_ == "compound":
        return noun_across_dash(token)  # "Florian Hamm - Borussia Dortmund's largest investor - said"
    verb = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (token.is_title and token.pos_ in {"PROPN", "ADV", "NOUN"}
            and verb is not None and verb.pos_ in {"VERB", "AUX"}
            and (token.dep_ == "conj" and verb.dep_ == "conj" and verb.head.i < token.i
                 or token.dep_ in {"advmod", "npadvmod", "dep"} and token.head.i == verb.i)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)):  # fmt: skip
        # a name right before a verb that has no subject is its subject: "… and Owen is
        # confident …" (Owen parsed as a second object), "Desailly says …" (as an adverb)
        return token
    return token if token.dep_ in {"nsubj", "nsubjpass"} else None


_ADVERBIAL_CLAUSES = frozenset({"advcl", "pcomp", "relcl", "acl"})


_ROLE_PREFIXES = frozenset({"co", "vice", "ex", "deputy"})


def _role_prefix(noun: Token) -> Token | None:
    """The prefix of a hyphenated role noun the parse took apart ("co" of "co-chairman",
    "vice" of "vice-president", itself the subject there), else None."""
    if noun.i < 2 or noun.pos_ != "NOUN" or not _inner_hyphen(noun.doc[noun.i - 1]):
        return None
    prefix = noun.doc[noun.i - 2]
    return prefix if prefix.lower_ in _ROLE_PREFIXES else None


def _only_cluster(mentions: Iterable[_Mention]) -> _Cluster | None:
    """The entity the mentions name when they all name the same one, else None."""
    distinct = {id(m.cluster): m.cluster for m in mentions}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def _without_middle_initials(words: list[str]) -> tuple[str, ...]:
    """['Loretta', 'E.', 'Lynch'] -> ('Loretta', 'Lynch')."""
    middle = [w for w in words[1:-1] if len(w.rstrip(".")) > 1]
    return (words[0], *middle, words[-1])


_NO_ENTRY = GazetteerEntry("ORG", "", None, "")


class _EntityResolver:
    def __init__(self, doc: Doc, paragraphs: Sequence[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.sent_of = sentence_index(doc)
        self.quoted = [False] * len(doc)  # tokens inside quotation marks
        for quote in find_quote_spans(self.text, paragraphs or _line_spans(self.text)):
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            for token in span if span is not None else ():
                self.quoted[token.i] = True
        self.clusters: dict[tuple[str, str], _Cluster] = {}
        self.mentions: list[_Mention] = []
        self.covered: set[int] = set()  # token indices inside name mentions
        self.descriptions: list[tuple[Span, Token, bool]] = []  # definite descriptions to resolve
        self.full_form: dict[str, str] = {}  # a full person name -> the form that names it
        self._words_of: dict[tuple[int, int], list[str]] = {}
        self.nicknames: set[int] = set()  # tokens of a nickname inside a name: Marcia "Cia" Price
        self.kind_named: set[int] = set()  # first tokens of "the law firm Mayer Brown" names
        self.noun_named: set[int] = set()  # one-word names after a person noun ("midfielder Edu")
        self._someone_else_of: dict[tuple[str, tuple[tuple[int, int], ...]], frozenset[str] | None] = {}

    # -- public -------------------------------------------------------------------------
    def run(self) -> EntityExtraction:
        spans = [span for ent in self.doc.ents if (span := self._trim(ent)) is not None]
        spans = self._completed_person_names(spans)
        spans = self._without_partisan_descriptions(self._without_things_named_with_the(spans))
        spans = self._titled_full_names(spans)
        spans = self._described_people(self._with_nicknames(self._possessed_people(spans)))
        spans = self._self_reporting_people(self._short_forms(self._named_by_kind(spans)))
        spans = self._sources_named(self._speaking_acronyms(spans))
        spans = sorted([*spans, *self._untagged_people(spans)], key=lambda s: s.start)
        spans = sorted([*spans, *self._repeated_names(spans)], key=lambda s: s.start)
        self._add_names(spans)
        self._add_titles()
        self._add_nominals()
        self._add_groups()
        self._add_pronouns()
        self._add_descriptions()
        self._pronouns_after_described_speakers()
        self._add_organisation_pronouns()
        return self._records()

    # -- names --------------------------------------------------------------------------
    def _without_things_named_with_the(self, spans: list[Span]) -> list[Span]:
        """A one-word "person" the document also writes after "the" as the head of a phrase
        ("top of the Premiership", "told the Telegraph") names an organisation or a thing:
        no person's surname takes "the". Not a first name, a title or a nickname in
        quotation marks ("the Donald")."""
        people = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1}
        if not people:
            return spans
        # the head of its phrase ("top of the Premiership"), not a modifier ("the Obama
        # administration", "the Yukos affair")
        things = {t.text for t in self.doc
                  if t.text in people and t.i > 0 and self.doc[t.i - 1].lower_ == "the"
                  and t.dep_ not in {"compound", "poss", "amod", "nmod"}
                  and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ in {"NOUN", "PROPN"})
                  and not self.quoted[t.i] and name_gender(t.text) is None
                  and not is_title_word(t.text)}  # fmt: skip
        return [Span(self.doc, s.start, s.end, label="ORG") if s.label_ == "PERSON" and len(s) == 1
                and s.text in things else s for s in spans]  # fmt: skip

    def _completed_person_names(self, spans: list[Span]) -> list[Span]:
        """A person's name the model cut after a particle ("Ursula von der" + "Leyen" as a
        place) goes on to the capitalised word after it, which is no entity of its own; so
        does one cut before the untagged word it is a compound of ("Leon Febres" + "Cordero")."""
        out: list[Span] = []
        dropped: set[int] = set()
        for span in spans:
            if span.start in dropped:
                continue
            end = span.end
            if (span.label_ == "PERSON" and len(span) >= 2 and span[-1].lower_ in NAME_PARTICLES
                    and span[-1].is_lower and end < len(self.doc)
                    and self._name_token(self.doc[end])):  # fmt: skip
                end += 1
                dropped.update(s.start for s in spans if span.end <= s.start < end)
                span = Span(self.doc, span.start, end, label="PERSON")
            elif (span.label_ == "PERSON" and end < len(self.doc) and not self.doc[end].ent_type_
                  and span[-1].dep_ == "compound" and span[-1].head.i == end
                  and self._name_token(self.doc[end]) and lookup(self.doc[end].text) is None
                  and not is_title_word(self.doc[end].text) and self.doc[end].lower_ not in _ORG_NAME_WORDS
                  and (end + 1 == len(self.doc) or self.doc[end + 1].text != ":")):  # fmt: skip
                # "President Leon Febres Cordero said" with "Leon Febres" tagged: the head of
                # the name is its last word
                span = Span(self.doc, span.start, end + 1, label="PERSON")
            out.append(span)
        return out

    @staticmethod
    def _without_partisan_descriptions(spans: list[Span]) -> list[Span]:
        """"the Kentucky Republican said": no group named, a person described (left to the
        descriptions)."""
        return [s for s in spans if not (
            len(s) == 1 and s.label_ == "NORP" and s[0].lower_ in PARTISAN_NOUNS and s[0].tag_ == "NNP"
            and s[0].dep_ in {"nsubj", "nsubjpass"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in s[0].children))]  # fmt: skip

    def _with_nicknames(self, spans: list[Span]) -> list[Span]:
        """A name with a nickname in quotation marks or brackets ('Marcia "Cia" Price',
        'Dwayne “The Rock” Johnson', "James E. (Jim) Nugent") is one person: a known first
        name (and an initial), one to three capitalised words in marks, a capitalised surname.
        The entities the model found inside it give way, and the nickname is no part of the
        canonical name."""
        found: list[tuple[Span, int, int]] = []
        doc = self.doc
        for i in range(len(doc) - 4):
            first = i - 1 if i > 0 and re.fullmatch(r"[A-Z]\.", doc[i].text) else i  # "James E. (Jim)"
            if not (self._name_token(doc[first]) and name_gender(doc[first].text) is not None
                    and (doc[i + 1].is_quote or doc[i + 1].text == "(")):  # fmt: skip
                continue
            closer = (lambda t: t.text == ")") if doc[i + 1].text == "(" else (lambda t: t.is_quote)
            close = next((k for k in range(i + 2, min(i + 5, len(doc))) if closer(doc[k])), None)
            if close is None or close == i + 2 or close + 1 >= len(doc):
                continue
            inner, last = doc[i + 2 : close], doc[close + 1]
            if all(t.is_title and t.is_alpha for t in inner) and last.is_title and last.is_alpha and (
                    last.pos_ in {"PROPN", "NOUN"} and last.lower_ not in _ORG_NAME_WORDS):  # fmt: skip
                # not "Jardine Fleming (Securities) Ltd"
                found.append((Span(doc, first, close + 2, label="PERSON"), i + 1, close))
        if not found:
            return spans
        covered = {k for f, _, _ in found for k in range(f.start, f.end)}
        self.nicknames.update(k for _, opener, close in found for k in range(opener, close + 1))
        kept = [s for s in spans if not covered.intersection(range(s.start, s.end))]
        return kept + [f for f, _, _ in found]

    def _titled_full_names(self, spans: list[Span]) -> list[Span]:
        """A surname the model took for an organisation or a place, after a first name it
        left untagged, is a person's full name: after a title ("Cardinal Cormac
        Murphy-O'Connor" with only "Murphy-O'Connor" tagged, an organisation), or a known
        first name in the same phrase ("Adolfo Hegewisch, Mexico's Undersecretary"; not
        "Sterling Bank")."""
        doc, result = self.doc, []
        for span in spans:
            first = span.start - 1
            if (span.label_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} and first >= 0
                    and len(_hyphen_joined(span)) == 1 and lookup(span.text) is None
                    and self._name_token(doc[first]) and not doc[first].ent_type_
                    and not is_title_word(doc[first].text) and lookup(doc[first].text) is None
                    and (first >= 1 and doc[first - 1].is_title and is_title_word(doc[first - 1].text)
                         or name_gender(doc[first].text) is not None and doc[first].dep_ == "compound"
                         and doc[first].head.i == span.root.i
                         and span.text.lower() not in _ORG_NAME_WORDS)):  # fmt: skip
                span = Span(doc, first, span.end, label="PERSON")
            result.append(span)
        return result

    def _named_by_kind(self, spans: list[Span]) -> list[Span]:
        """A "person" the text introduces by an organisation's kind is that organisation:
        "the law firm Mayer Brown", "Scott's company Scott Free", "his label, Zomba". Not the
        subject of a clause ("the campaign Manafort was running"), nor a name with a courtesy
        title ("the Times newspaper, Ms Dunwoody, who …") or one of two people ("economist
        team Jim and Margaret Cuthbert")."""
        result = []
        for span in spans:
            before = [t for t in self.doc[max(span.start - 2, 0) : span.start] if t.text != ","]
            kind = before[-1] if before else None
            if (span.label_ == "PERSON" and kind is not None and kind.pos_ == "NOUN"
                    and kind.lemma_.lower() in _KIND_NOUNS and kind.i >= span.start - 2
                    and span.root.dep_ not in {"nsubj", "nsubjpass"}
                    and not any(t.dep_ in {"conj", "cc"} or t.text.rstrip(".").lower() in HONORIFICS
                                for t in span)):  # fmt: skip
                span = Span(self.doc, span.start, span.end, label="ORG")
                self.kind_named.add(span.start)
            result.append(span)
        return result

    def _short_forms(self, spans: list[Span]) -> list[Span]:
        """A one-word "person" that is the last word of a team, body, law or event the
        article names with "the" or as an event ("the Neath-Swansea Ospreys … with the
        Ospreys", "the Zurich Premiership … the Premiership", "Hurricane Mitch … Mitch
        killed") is that name cut short: it takes the full name's label. Not when the word
        before it there is a first name or a title ("Tashfeen Malik" tagged ORG), or a
        person's full name has the word."""
        doc = self.doc
        full: dict[str, str] = {}
        for span in spans:
            if span.label_ == "PERSON" or len(span) < 2 or not self._name_token(span[-1]):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            if not (span.label_ == "EVENT" or before is not None and before.lower_ == "the"):
                continue
            previous = span[-2].text.rstrip(".")
            if not (name_gender(previous) or is_title_word(previous) or previous.lower() in NAME_TITLES):
                full.setdefault(span[-1].text, span.label_)
        if not full:
            return spans
        people = {t.text for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s}
        return [Span(doc, s.start, s.end, label=full[s.text])
                if s.label_ == "PERSON" and len(s) == 1 and s.text in full and s.text not in people else s
                for s in spans]  # fmt: skip

    def _possessed_people(self, spans: list[Span]) -> list[Span]:
        """An organisation the model ran on into the name of its person ("Fox News’ Sean
        Hannity", "CNN's Jake Tapper", "EADS Philippe Camus" tagged as one ORG) is two names:
        the organisation up to the possessive (or the acronym), the person (a known first name
        and one or two more) after it. A courtesy title inside a name starts a person's name
        ("Photo / Getty Images Mr Parscale admitted", a picture credit run into the name)."""
        result = []
        for span in spans:
            title = next((t.i for t in span[1:-1] if t.text.rstrip(".").lower() in HONORIFICS
                          and self.doc[t.i - 1].text.rstrip(".").lower() not in NAME_TITLES),
                         None)  # fmt: skip
            if title is not None and span.end - title <= 3 and all(
                    self._name_token(t) for t in self.doc[title + 1 : span.end]):  # fmt: skip
                before = self.doc[span.start : title]
                while len(before) and before[-1].is_punct:
                    before = before[:-1]
                if any(self._name_token(t) for t in before):
                    result.append(Span(self.doc, before.start, before.end, label="ORG"))
                result.append(Span(self.doc, title, span.end, label="PERSON"))
                continue
            mark = (next((t.i for t in span[1:-2] if t.tag_ == "POS" or t.text in {"’", "'"}), None)
                    if span.label_ == "ORG" else None)  # fmt: skip
            org_end = mark
            if mark is None and span.label_ == "ORG" and len(span) >= 3 and _is_acronym(span[0].text):
                mark, org_end = span.start, span.start + 1  # "group EADS Philippe Camus"
            person = self.doc[mark + 1 : span.end] if mark is not None else None
            if person is None or not (
                len(person) <= 3 and name_gender(person[0].text) is not None
                and all(self._name_token(t) for t in person)
            ):  # fmt: skip
                result.append(span)
                continue
            result.append(Span(self.doc, span.start, org_end, label="ORG"))
            result.append(Span(self.doc, mark + 1, span.end, label="PERSON"))
        return result

    def _untagged_people(self, spans: list[Span]) -> list[Span]:
        """A full name the model left untagged ("As Ivanka Trump delivered her speech"): two
        or three capitalised proper nouns outside every entity, the first a known first name
        or the whole in apposition with a person noun ("Reince Priebus, the GOP chairman,"),
        and none a place or organisation we know."""
        tagged = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        i, n = 0, len(self.doc)
        while i < n:
            # "Sgt Grant MacIver said", "Lt Col Eric Schnaible": the first name after titles;
            # "Ontario Premier Doug Ford said": after a place and an office too
            first, offices = i, False
            for k in range(i, self._name_run_end(i, tagged, 4)):
                word = self.doc[k].text
                if word.rstrip(".").lower() in NAME_TITLES or is_title_word(word) or lookup(word) is not None:
                    first, offices = k + 1, offices or word.rstrip(".").lower() not in NAME_TITLES
            end = self._name_run_end(first, tagged)
            if offices and not (end - first >= 2 and name_gender(self.doc[first].text) is not None):
                first, offices = i, False  # "Jordan Smith": not the place Jordan
                end = self._name_run_end(first, tagged)
            if (
                end - i >= 2
                and (end - first >= 2 and name_gender(self.doc[first].text) is not None
                     or name_gender(self.doc[i].text) is not None  # "Lord" is a first name too
                     or self._described_person(self.doc[end - 1]))
                and (i == 0 or not self._name_token(self.doc[i - 1]) or self._party_word(i - 1, tagged))
                and (end == n or not self._name_token(self.doc[end]))
                and self._could_be_person(self.doc[first if offices else i : end])
            ):  # fmt: skip
                found.append(Span(self.doc, first if offices else i, end, label="PERSON"))
            elif (end - i == 2 and self.doc[i].text.rstrip(".").lower() in SURNAME_TITLES
                  and (i == 0 or not self._name_token(self.doc[i - 1]))
                  and (end == n or not self._name_token(self.doc[end]))
                  # after "Mr" a first name is a surname too ("Mr Davies")
                  and (name_gender(self.doc[i + 1].text) is None
                       or self.doc[i].text.rstrip(".").lower() in HONORIFICS)
                  and self._could_be_person(self.doc[i + 1 : end])):  # fmt: skip
                found.append(Span(self.doc, i + 1, end, label="PERSON"))  # "Cardinal O'Connor claimed"
            elif end - i == 1 and self._single_name_after_person_noun(i):
                found.append(Span(self.doc, i, end, label="PERSON"))  # "Brazilian midfielder Edu"
                self.noun_named.add(i)
            i = max(end, i + 1)
        return found

    def _repeated_names(self, spans: list[Span]) -> list[Span]:
        """A name the model tagged once and left untagged when it speaks again ("copy
        protection firm Macrovision … Macrovision says its new technology …"), or the surname
        of a person's full name ("Joseph E. Cappy … Cappy, in a statement, said"): the same
        proper nouns, outside every entity and not part of a longer name, as the subject of a
        reporting verb or after "according to", are that name again, with its label. Only
        there: a word tagged once may be a common word elsewhere ("Orange", "Coal")."""
        tagged = {i for s in spans for i in range(s.start, s.end)}
        names: dict[tuple[str, ...], str] = {}
        for span in spans:
            if span.label_ in {"PERSON", "ORG"} and all(self._name_token(t) for t in span):
                names.setdefault(tuple(t.text for t in span), span.label_)
            if span.label_ == "PERSON" and len(span) >= 2 and self._name_token(span[-1]):
                names.setdefault((span[-1].text,), "PERSON")  # "Joseph E. Cappy … Cappy said"
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, label in names.items():
            by_first.setdefault(words[0], []).append((words, label))
        found: list[Span] = []
        doc = self.doc
        for start in range(len(doc)):
            for words, label in by_first.get(doc[start].text, ()):
                end = start + len(words)
                if (end <= len(doc) and tuple(t.text for t in doc[start:end]) == words
                        and not tagged.intersection(range(start, end))
                        # nor a part of a hyphenated or particle name ("Winn-Dixie", "de Vries")
                        and not (start > 0 and (self._name_token(doc[start - 1])
                                                or self._joined_dash(doc[start - 1], doc[start - 1])
                                                or doc[start - 1].lower_ in NAME_PARTICLES))
                        and not (end < len(doc) and (self._name_token(doc[end])
                                                     or self._joined_dash(doc[end], doc[end - 1])))
                        and (_speaking_subject(doc[end - 1], SPEECH_VERBS)
                             or _according_to(doc[end - 1]))):  # fmt: skip
                    found.append(Span(doc, start, end, label=label))
                    tagged.update(range(start, end))
        return found

    @staticmethod
    def _joined_dash(token: Token, before: Token) -> bool:
        """`token` is a dash with no space between it and the word next to it (`before` is
        the earlier of the two): a hyphen inside a name ("Winn-Dixie"), not a dash that sets
        off an aside ("Souness - who …")."""
        return token.text in DASHES and not before.whitespace_

    def _single_name_after_person_noun(self, i: int) -> bool:
        """A one-word name right after a lower-case singular person noun that it stands with
        ("Brazilian midfielder Edu", "the rapper Nelly"), not a place or organisation we know
        and no other name after it."""
        before = self.doc[i - 1] if i > 0 else None
        after = self.doc[i + 1] if i + 1 < len(self.doc) else None
        # singular ("Market analysts Panlogic" is a firm), and not "host" ("Sale host Bath")
        return (before is not None and before.is_lower and before.tag_ not in {"NNS", "NNPS"}
                and before.lemma_ in PERSON_NOUNS and before.lemma_ != "host"
                and (after is None or not self._name_token(after))
                and self.doc[i].head.i != before.i  # the noun is not the name's head ("officer Smith's …")
                and lookup(self.doc[i].text) is None and not is_title_word(self.doc[i].text)
                and self._could_be_person(self.doc[i : i + 1]))  # fmt: skip

    def _full_name_after_person_noun(self, span: Span) -> bool:
        """Two capitalised words the model took for an organisation or a place, right after
        a lower-case singular person noun ("former England full-back Dusty Hare", "Lions prop
        Dai Young"): a person's name when neither word is a name we know as a place or an
        organisation."""
        if span.start < 1 or not all(t.pos_ == "PROPN" and t.is_title for t in span):
            return False
        if not _two_unknown_words(span):
            return False
        before = self.doc[span.start - 1]
        noun = before.lemma_.lower()
        if before.i >= 2 and _inner_hyphen(self.doc[before.i - 1]):
            noun = f"{self.doc[before.i - 2].lower_}-{before.lower_}"  # "full-back"
        after = [t for t in self.doc[span.end : span.end + 2] if t.text != "."]
        return (before.is_lower and before.tag_ not in {"NNS", "NNPS"} and noun in PERSON_NOUNS
                and not (after and self._name_token(after[0])))  # fmt: skip  # "Navy Capt. Jeff Davis"

    def _speaking_for_organisation(self, span: Span) -> bool:
        """Two capitalised words the model took for an organisation, speaking and followed by
        "of" and an organisation ("said Perrin Long of Lipper Analytical", "Lesley Nickolds
        of County Securities said"): a person's name when neither word is a name we know."""
        after = self.doc[span.end : span.end + 2]
        return (len(after) == 2 and after[0].lower_ == "of" and after[1].ent_type_ == "ORG"
                and all(t.pos_ == "PROPN" and t.is_title for t in span)
                and _speaking_subject(span.root, SPEECH_VERBS) and _two_unknown_words(span))  # fmt: skip

    def _reads_as_full_name(self, span: Span) -> bool:
        """Two capitalised words, not a name the gazetteer knows as a whole or by either
        word, the first a known first name or (for an organisation to the model, not at the
        start of a sentence) any proper noun ("Phillips Idowu", "Linvoy Primus"; not
        "Manchester United", "American Idol")."""
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span if t.is_alpha):
            return False
        if not _two_unknown_words(span):
            return False
        first = _hyphen_joined(span)[0]
        return name_gender(first) is not None or span.label_ == "ORG" and not span[0].is_sent_start

    def _party_word(self, i: int, tagged: set[int]) -> bool:
        """A party or nationality word the model tagged before a name ("Tory Dominic
        Grieve", "ranking Democrat Elijah Cummings")."""
        return i in tagged and self.doc[i].ent_type_ == "NORP"

    def _name_run_end(self, start: int, tagged: set[int], most: int = 3) -> int:
        """The end of up to `most` untagged name words from `start`."""
        end = start
        while end < len(self.doc) and end - start < most and end not in tagged and self._name_token(
                self.doc[end]):  # fmt: skip
            end += 1
        return end

    def _described_people(self, spans: list[Span]) -> list[Span]:
        """A name the model took for an organisation that stands in apposition with a person
        noun is a person, with the untagged name before it ("Reince Priebus, the GOP
        chairman": "Priebus" tagged ORG). Not a place: "in Jupiter, Fla., the Trump campaign
        manager, …" is a parse error."""
        tagged = {i for s in spans for i in range(s.start, s.end)}
        result = []
        for span in spans:
            if all(self._name_token(t) for t in span) and lookup(span.text) is None and (
                span.label_ == "ORG" and self._described_person(span[-1])
                or span.label_ in {"ORG", "GPE"} and self._aged(span)
            ):  # fmt: skip
                start = span.start
                while start > 0 and start - 1 not in tagged and self._name_token(self.doc[start - 1]):
                    start -= 1
                span = Span(self.doc, start, span.end, label="PERSON")
            result.append(span)
        return result

    def _self_reporting_people(self, spans: list[Span]) -> list[Span]:
        """A one-word name that says something of him- or herself ("Birch says she has been
        aware …", "Kechiche said he made the film") is a person's, wherever the document
        writes it: the model had left it untagged or taken it for an organisation or a place
        there. Not a known place or organisation, an acronym or a title ("Senator from Texas
        says he …", "Head of genetics …")."""
        names: set[str] = set()
        for token in self.doc:
            if (
                token.dep_ != "nsubj" or not self._name_token(token)
                or token.ent_type_ not in {"", "ORG", "GPE"}
                or lookup(token.text) is not None or is_title_word(token.text)
                or any(c.dep_ in {"compound", "flat", "prep"} for c in token.children)  # "Head of …"
                or token.i > 0 and self.doc[token.i - 1].pos_ == "PROPN"
                or token.ent_type_ and (token.ent_iob_ != "B" or token.i + 1 < len(self.doc)
                                        and self.doc[token.i + 1].ent_iob_ == "I")
            ):  # fmt: skip
                continue
            if self._says_of_self(token):
                names.add(token.text)
        # a first name the model took for a place, with the surname: "Rio Ferdinand has said
        # he is unsure …" (not a name we know as a place or organisation as a whole)
        for span in spans:
            if (span.label_ in {"ORG", "GPE"} and len(span) == 2 and all(self._name_token(t) for t in span)
                    and span[0].head.i == span[-1].i
                    and lookup(span.text) is None and lookup(span[-1].text) is None
                    and not is_title_word(span[-1].text) and self._says_of_self(span[-1])):  # fmt: skip
                names.update({span.text, span[-1].text})
        if not names:
            return spans
        result = [Span(self.doc, s.start, s.end, label="PERSON")
                  if s.text in names and s.label_ in {"ORG", "GPE"} else s for s in spans]  # fmt: skip
        tagged = {i for s in result for i in range(s.start, s.end)}
        for token in self.doc:
            if token.text not in names or token.i in tagged or not self._name_token(token):
                continue
            around = [t for t in self.doc[max(token.i - 1, 0) : token.i + 2] if t.i != token.i]
            if not any(self._name_token(t) for t in around):
                result.append(Span(self.doc, token.i, token.i + 1, label="PERSON"))
        return sorted(result, key=lambda s: s.start)

    def _speaking_acronyms(self, spans: list[Span]) -> list[Span]:
        """An acronym the model left untagged that is the subject of a speech verb or the
        object of "according to" ("In a statement the RSPCA said …", "BT said", "according to
        the FT") names an organisation, wherever the document writes it. Not a title or a
        role ("The PM said"), nor a surname in capitals where the document is a transcript
        ("TAPPER: …")."""
        tagged = {i for s in spans for i in range(s.start, s.end)}
        names = {
            t.text for t in self.doc
            if t.i not in tagged and t.tag_ == "NNP" and _is_acronym(t.text) and "." not in t.text
            and not is_title_word(t.text) and t.text not in _NOT_ORGANISATIONS
            and (_speaking_subject(t, SPEECH_VERBS) or _according_to(t))
            and not (t.i > 0 and _inner_hyphen(self.doc[t.i - 1]))
            # no modifier but "the": "an anti-Trump PAC", "Trump's potential VP" are no names
            and all(c.dep_ == "det" and c.lower_ == "the" for c in t.children if c.i < t.i)
        }  # fmt: skip
        names = {n for n in names if f"{n}:" not in self.text}
        if not names:
            return spans
        found = [Span(self.doc, t.i, t.i + 1, label="ORG") for t in self.doc
                 if t.text in names and t.i not in tagged]  # fmt: skip
        return sorted([*spans, *found], key=lambda s: s.start)

    def _sources_named(self, spans: list[Span]) -> list[Span]:
        """A name the model left untagged after "according to" ("according to PC Pro",
        "According to WebSideStory", "according to The Independent") is an organisation's: a
        publication, a firm, a site. Not a name with a known first name (a person's) or a
        title word, nor one in quotation marks (a book's title), nor the rest of a name whose
        first word the model tagged alone ("Hollywood Reporter")."""
        tagged = {i for s in spans for i in range(s.start, s.end)}

        def name_word(t: Token) -> bool:
            return t.tag_ == "NNP" and t.text[:1].isupper() and t.i not in tagged

        found = []
        for token in self.doc:
            if not _according_to(token) or not name_word(token):
                continue
            start = token.i
            while start > 0 and self.doc[start - 1].dep_ == "compound" and name_word(self.doc[start - 1]):
                start -= 1
            span = Span(self.doc, start, token.i + 1, label="ORG")
            if (
                name_gender(span[0].text) is None and lookup(span.text) is None
                and not any(is_title_word(t.text) or self.quoted[t.i] for t in span)  # "Attorney", a title
                and not (start > 0 and start - 1 in tagged and self.doc[start - 1].head.i == token.i)
            ):  # fmt: skip  # (not "Reporter" of "Hollywood Reporter", the first word tagged alone)
                found.append(span)
        return sorted([*spans, *found], key=lambda s: s.start) if found else spans

    @staticmethod
    def _says_of_self(token: Token) -> bool:
        """The subject of a speech verb whose reported clause has he/she for subject ("Birch
        says she has been aware …"), with no one addressed whom the he/she may be ("Earhardt
        asked Rubio which states he could win", "Microsoft promised Mr. Weiner that he could
        …")."""
        if not _speaking_subject(token, SPEECH_VERBS):
            return False
        verb_children = list(token.head.children)
        return not any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb_children) and any(
            c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ in {"he", "she"} for s in c.children)
            for c in verb_children
        )  # fmt: skip

    def _aged(self, span: Span) -> bool:
        """A name with an age after it between commas ("said Lifrand, 40, who …")."""
        after = self.doc[span.end : span.end + 3]
        return (
            len(after) == 3 and after[0].text == "," and after[2].text == ","
            and after[1].text.isdigit() and 0 < int(after[1].text) < 120
        )  # fmt: skip

    @staticmethod
    def _described_person(head: Token) -> bool:
        """A name's head in apposition with a person noun or a role, either way round."""
        return any(t.pos_ == "NOUN" and (t.lemma_.lower() in PERSON_NOUNS or find_role([t.text]) is not None)
                   for t in _apposed(head))  # fmt: skip

    def _could_be_person(self, span: Span) -> bool:
        """Not a place or organisation we know, not a date ("June Comelf"), not an
        institution's name ("Philip Randolph Institute", "the Carolina Panthers") and not a
        modifier ("Ivy League-trained")."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        return not (
            span[0].lower_ in CALENDAR_WORDS
            or any(t.lower_ in INSTITUTION_WORDS or lookup(t.text) is not None for t in span)
            or (before is not None and before.lower_ == "the")
            or span.root.dep_ == "compound"
            or (span.end < len(self.doc) and self.doc[span.end].text in {"-", "–"})
        )

    @staticmethod
    def _name_token(token: Token) -> bool:
        """A capitalised proper noun; capitals inside count ("MacIver", "DeSantis"), and an
        apostrophe after a first letter or two ("O'Connor", "D’Souza")."""
        text = token.text
        if _APOSTROPHE_NAME.fullmatch(text):
            return token.pos_ in {"PROPN", "NOUN"}  # a tagger's "D’Souza" is a common noun
        return token.pos_ == "PROPN" and token.is_alpha and (
            token.is_title or text[0].isupper() and text[1:2].islower() and not text.isupper())  # fmt: skip

    def _trim(self, ent: Span) -> Span | None:
        if ent.label_ in {"WORK_OF_ART", "PRODUCT"} and _first_name_and_surname(ent):
            ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "said Will Davies", a "work of art"
        if ent.label_ not in ENTITY_LABELS:
            return None
        start, end = ent.start, ent.end
        while start < end and (self.doc[start].lower_ in {"the", "a", "an"} or self.doc[start].is_space
                               or self.doc[start].is_punct):  # fmt: skip  # '" Mr de Vabres said'
            start += 1
        while (
            ent.label_ == "PERSON" and start < end - 1
            and self.doc[start].pos_ in {"ADP", "SCONJ", "VERB", "AUX", "ADV", "PRON", "DET", "CCONJ"}
        ):  # fmt: skip
            start += 1  # a headline word the model swept into a name: "Without Bloomberg"
        while end > start and (
            self.doc[end - 1].tag_ == "POS" or self.doc[end - 1].is_punct or self.doc[end - 1].is_space
        ):  # "Justin Trudeau \n\n": the model's span may end in a paragraph break
            end -= 1
        if start >= end:
            return None
        text = self.doc[start:end].text
        if not text.startswith("@") and not any(c.isupper() for c in text):
            # names are capitalised: "emerged from behind a bush", "moron", "unions said",
            # "mosques", "n’t"
            return None
        if ent.label_ == "PERSON" and end - start == 1 and text.rstrip(".").lower() in NAME_TITLES:
            return None  # a title alone: "Coun. Smith" tagged as two people
        if ent.label_ == "ORG" and text.rstrip(".").lower() in _COMPANY_SUFFIXES:
            return None  # a company's suffix alone: "Jefferies and Co" tagged as two organisations
        if ent.label_ == "PERSON" and end - start > 1 and (
                self.doc[end - 1].lower_.rstrip(".") in _COMPANY_SUFFIXES):  # fmt: skip
            return Span(self.doc, start, end, label="ORG")  # "Niagara Mohawk Power Co" is a company
        at = self.doc[start].idx
        if ent.label_ == "PERSON" and _CODE_NAMED.search(self.text, max(0, at - 16), at):
            return None  # a code name is a product's or an operation's: "the Xbox 2, codenamed Xenon"
        if ent.label_ == "PERSON" and (ent[0].lower_ in {"a", "an"}
                                       or ent.start > 0 and self.doc[ent.start - 1].text in {"A", "An"}):
            return None  # no one's name starts with an article: the film "A Different Story"
        # a dash set off by spaces ends a name ("Fund manager Florian Hamm - Borussia Dortmund's
        # largest investor - said": the model ran on into the aside); "Jean-Pierre" has none
        if ent.label_ == "PERSON":
            end = next((k for k in range(start + 1, end) if spaced_dash(self.doc[k])), end)
            # the model stopped at the hyphen of a given name written with a small letter
            # after it: "Wu Den-yih" tagged "Wu Den"
            if end == ent.end and end + 1 < len(self.doc) and _inner_hyphen(self.doc[end]) and (
                    self.doc[end + 1].is_lower and self.doc[end + 1].is_alpha
                    and _SURNAME_FIRST_GIVEN.fullmatch(self.doc[end - 1 : end + 2].text)):  # fmt: skip
                end += 2
        label = ent.label_
        if label == "PERSON" and end - start >= 2 and self.doc[end - 1].lower_ in ORGANISATION_ENDINGS:
            label = "ORG"  # "Seibu Railways", "Manchester United": no person's surname
        if label == "PERSON" and end - start == 1 and self.doc[start].tag_ == "NNPS" and (
                start > 0 and self.doc[start - 1].lower_ == "the"):  # fmt: skip
            label = "ORG"  # "The Blues had looked destined …": a team or a band, no person
        if label == "PERSON" and self.doc[start].text in {"St", "St.", "Saint"}:
            label = "LOC"  # "St Helens", "St Pancras", "St Fintian's": a place named after a saint
        if (
            label in {"PERSON", "ORG"} and end - start == 1 and end < len(self.doc)
            and name_gender(self.doc[start].text) is not None
            and self._name_token(self.doc[end]) and not self.doc[end].ent_type_
        ):  # fmt: skip
            end += 1  # the model stopped at a first name: "Lucie Silvas" tagged "Lucie" (ORG)
        span = Span(self.doc, start, end, label=label)
        text = span.text
        stripped = re.sub(r"['’]s?$", "", text)
        if stripped != text and stripped:
            end_char = span.start_char + len(stripped)
            contracted = self.doc.char_span(
                span.start_char, end_char, label=label, alignment_mode="contract"
            )
            span = contracted or span
        return span

    def _cluster(self, entity_type: str, canonical: str) -> _Cluster:
        key = (entity_type, canonical)
        if key not in self.clusters:
            self.clusters[key] = _Cluster(entity_type, canonical)
        return self.clusters[key]

    def _add_mention(
        self, span: Span, kind: str, cluster: _Cluster | None, entity_type: str, resolution: str
    ) -> None:
        self.mentions.append(
            _Mention(
                span.start,
                span.end,
                span.start_char,
                span.end_char,
                kind,
                cluster,
                entity_type,
                resolution,
            )  # fmt: skip
        )
        if cluster is not None:
            if kind in {"name", "acronym"} and span.text not in cluster.names:
                cluster.names.append(span.text)

    def _add_names(self, spans: list[Span]) -> None:
        # one sense per document: a two-word "organisation" or "place" whose last word the
        # model tags as a person on its own elsewhere ("Steven Gerrard" GPE, "Gerrard" PERSON)
        alone = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1}
        persons = [s for s in spans if s.label_ == "PERSON" and lookup(s.text) is None
                   or s.label_ == "ORG" and _first_name_and_surname(s) and s.start not in self.kind_named
                   or s.label_ in {"ORG", "GPE"} and self._full_name_after_person_noun(s)
                   or s.label_ == "ORG" and self._speaking_for_organisation(s)
                   or s.label_ in {"ORG", "GPE", "FAC", "LOC"} and s[-1].text in alone
                   and s.start not in self.kind_named and self._reads_as_full_name(s)
                   or s.label_ in {"ORG", "GPE", "LOC", "FAC", "NORP"} and self._titled_elsewhere(s)
                   ]  # fmt: skip
        full_names = [s for s in persons if len(self._name_words(s)) > 1]
        # the model sometimes tags a surname as an organisation or a place ("Ham said",
        # "Lynch said", "Dr Slaoui" as a nationality) in a document that names the person in
        # full: one sense per document
        persons += [s for s in spans if s.label_ in {"ORG", "GPE", "LOC", "FAC", "NORP"}
                    and len([w for w in _hyphen_joined(s) if w.lower() not in NAME_PARTICLES]) <= 2
                    and lookup(s.text) is None and not _is_acronym(s.text)
                    and any(_person_names_compatible(self._name_words(s), self._name_words(f))
                            for f in full_names)]  # fmt: skip
        # "Loretta E. Lynch" and "Loretta Lynch" are one person: the fullest form names both
        forms: dict[tuple[str, ...], list[str]] = {}
        for f in full_names:
            words = self._name_words(f)
            forms.setdefault(_without_middle_initials(words), []).append(" ".join(words))
        self.full_form = {name: max(sorted(group), key=len)
                          for group in forms.values() for name in group}  # fmt: skip
        others = [s for s in spans if s not in persons]
        orgs_by_initials: dict[str, str] = {}
        parenthetical: dict[str, str] = {}
        for span in others:
            entry = lookup(span.text)
            if span.label_ == "ORG" and entry is None and not _is_acronym(span.text):
                canonical = strip_name(span.text)
                orgs_by_initials.setdefault(initials(canonical), canonical)
                nxt = self.doc[span.end : span.end + 3]
                if len(nxt) == 3 and nxt[0].text == "(" and nxt[2].text == ")":
                    parenthetical[nxt[1].text] = canonical
        for span in spans:
            self.covered.update(range(span.start, span.end))
            if span in persons:
                self._add_person(span, full_names)
            else:
                self._add_other(span, orgs_by_initials, parenthetical)
        titled = [s for s in persons if len(self._name_words(s)) == 1 and self._after_honorific(s.start)]
        # a one-word name the model tagged as a person twice or more, and never as anything
        # else ("Maddow"), is found untagged too
        other_labels = {s.text for s in spans if s.label_ != "PERSON"}
        tagged = Counter(s.text for s in persons if s.label_ == "PERSON" and len(self._name_words(s)) == 1
                         and not self._after_honorific(s.start))  # fmt: skip
        alone = [s for s in persons if (tagged[s.text] >= 2 or s.start in self.noun_named)
                 and s.text not in other_labels]  # fmt: skip
        self._add_surnames(full_names, titled, alone)

    def _titled_elsewhere(self, span: Span) -> bool:
        """An organisation or place to the model that is a person's name because the document
        gives it a courtesy title: itself ("Mr Ebbers' team", "Mr Senanayake started") or its
        surname elsewhere ("Bernie Ebbers … Mr Ebbers"). Two or three name words; not a
        one-word name ("Ford … Mr Ford")."""
        words = _hyphen_joined(span)
        if lookup(span.text) is not None or not all(
                self._name_token(t) or t.text in _HYPHENS for t in span):  # fmt: skip
            return False
        if self._after_honorific(span.start) or span[0].text.rstrip(".").lower() in HONORIFICS:
            return len(words) <= 3
        if not 2 <= len(words) <= 3 or words[-1].lower() in _ORG_NAME_WORDS or any(
                lookup(t.text) is not None or t.text.rstrip(".").lower() in HONORIFICS
                for t in span):  # fmt: skip
            return False  # not "(the relief deal with) Tanzania Mr Brown"
        return span[-1].text in self._honoured

    @cached_property
    def _honoured(self) -> frozenset[str]:
        """Words written after a courtesy title ("Mr Ebbers")."""
        return frozenset(t.text for t in self.doc if self._after_honorific(t.i))

    def _after_honorific(self, i: int) -> bool:
        return i > 0 and self.doc[i - 1].text.rstrip(".").lower() in HONORIFICS

    def _hyphenated_start(self, i: int, surnames: set[str]) -> int | None:
        """Where the surname ending at token `i` starts: `i` itself, or the first token of a
        hyphenated surname ("Kilroy-Silk") when the text before `i` spells it; None when `i`
        ends another hyphenated word."""
        token = self.doc[i]
        if token.text in surnames and not (i > 0 and self.doc[i - 1].text in _HYPHENS
                                            and not self.doc[i - 1].whitespace_):  # fmt: skip
            return i
        start = i
        while start >= 2 and _inner_hyphen(self.doc[start - 1]):
            start -= 2
            if self.doc[start : i + 1].text in surnames:
                return start
        return None

    def _add_surnames(self, full_names: list[Span], titled: list[Span], alone: list[Span]) -> None:
        """A surname the model did not tag ("Trump responded …" after "Donald Trump"): a
        mention of the person the document names in full, when it stands alone or after a
        courtesy title or a person noun ("Professor Curtice"), not next to another
        capitalised name ("Melania Trump", "Trump Tower"); of one it named only with a
        courtesy title ("Mr Prettejohn"), after such a title again; of one the model tagged
        alone as a person ("Maddow"), alone again."""
        full_surnames = {_surname(self._name_words(f)) for f in [*full_names, *alone]}
        full_surnames |= {words[0] for f in full_names if surname_first(words := self._name_words(f))}
        # the particles that begin a surname in a full name ("de" of "Bill de Blasio")
        particles: dict[str, set[str]] = {}
        for f in full_names:
            words = self._name_words(f)
            if len(words) > 2 and words[-2].lower() in NAME_PARTICLES:
                particles.setdefault(words[-1], set()).add(words[-2].lower())
        # a hyphenated surname is found by its last part, then taken whole ("Kilroy-Silk")
        surnames = {self.doc.vocab.strings[w.split("-")[-1]] for w in full_surnames}
        titled_only = {self.doc.vocab.strings[self._name_words(t)[-1]] for t in titled} - surnames
        if not surnames and not titled_only:
            return
        for i, orth in enumerate(self.doc.to_array("ORTH").tolist()):
            if orth not in surnames and orth not in titled_only or i in self.covered:
                continue
            if orth in titled_only and not self._after_honorific(i):
                continue
            token = self.doc[i]
            if token.pos_ != "PROPN" and not self._mistagged_surname(token):
                continue
            start = self._hyphenated_start(i, full_surnames)
            if start is None:
                continue  # "Silk" of some other hyphenated name
            before = self.doc[start - 1] if start > 0 else None
            if before is not None and before.lower_ in particles.get(token.text, ()):
                start -= 1  # "De Blasio, speaking on …" after "Bill de Blasio"
                before = self.doc[start - 1] if start > 0 else None
            if self._in_longer_name(start, token.i + 1):
                continue
            self.covered.update(range(start, token.i + 1))
            self._add_person(Span(self.doc, start, token.i + 1, label="PERSON"), full_names)

    def _mistagged_surname(self, token: Token) -> bool:
        """A surname the tagger took for a common noun ("Trump later said", "Sanders
        proposes": NN, NNS) counts when it stands alone as a subject: capitalised, no
        determiner or modifier of its own ("Price increases", "the Trump campaign" stay); one
        it took for a verb or a modal counts right before a verb in the past or present
        ("“…,” Trump shot back", "“…,” Will wrote": a modal before "wrote" is no modal); one
        it took for an adjective of the verb after it, at the start of a sentence ("Lopez
        issues a statement")."""
        if not token.is_title or any(True for _ in token.children):
            return False
        if token.pos_ == "NOUN":
            return token.dep_ in {"nsubj", "nsubjpass"}
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if token.pos_ == "ADJ":  # "Lopez issues a statement": an adjective of the main verb
            return token.is_sent_start and after is not None and token.head == after and after.dep_ == "ROOT"
        return (
            token.pos_ in {"VERB", "AUX"} and after is not None and after.pos_ == "VERB"
            and (after.tag_ in {"VBD", "VBZ"} or token.tag_ == "MD" and after.tag_ == "VBN")
        )  # fmt: skip

    def _name_words(self, span: Span) -> list[str]:
        key = (span.start, span.end)
        words = self._words_of.get(key)
        if words is None:  # asked for every pair of person names: worth keeping
            words = _hyphen_joined([t for t in span if t.i not in self.nicknames])
            while len(words) > 1 and (words[0].rstrip(".").lower() in NAME_TITLES
                                      or words[0].lower() in NAME_DESCRIPTORS
                                      or words[0].islower() and words[0] not in NAME_PARTICLES):  # fmt: skip
                words.pop(0)
            # a role before a full name: "Archbishop Rowan Williams", "Chief Justice John
            # Roberts" (not a role word that is a first name too: "Dean Allen Smith")
            while len(words) > 2 and words[0].istitle() and (
                    is_title_word(words[0]) or words[0].lower() in _ROLES_BEFORE_NAMES
            ) and words[0].lower() not in _FIRST_NAME_ROLES:  # fmt: skip
                words.pop(0)
            # a small word inside is a description the model ran into the name ("Perpignan
            # centre Jean-Philippe Granclaude" is Jean-Philippe Granclaude), or a preposition
            # or possessive after it ("Wendy Ide of The Times", "Dave Leip's Atlas"; not
            # before a first name: "Breitbart's Joel Pollak")
            inner = [k for k, w in enumerate(words[1:-1], 1) if w.islower() and w not in NAME_PARTICLES]
            after = next((k for k in inner if words[k] in _AFTER_NAME and not (
                words[k].endswith("s") and name_gender(words[k + 1]) is not None)), None)  # fmt: skip
            if after is not None:
                words = words[:after]
            elif inner:
                words = words[inner[-1] + 1 :]
            while len(words) > 1 and words[-1].isupper() and words[-1].lower() in POST_NOMINALS:
                words.pop()
            # a soft hyphen or a direction mark inside a word is no part of the name ("Doug \xadAndres")
            words = [w for w in map(drop_invisible, words) if w] or words
            if len(words[-1]) > 3 and words[-1].endswith(".") and words[-1][:-1].isalpha():
                words[-1] = words[-1][:-1]  # the sentence's full stop on the surname: "Norbert Ore."
            self._words_of[key] = words
        return words

    def _full_name(self, span: Span) -> str:
        """The canonical name of a full name in the text (its fullest form)."""
        return self.full_form[" ".join(self._name_words(span))]

    def _add_person(self, span: Span, full_names: list[Span]) -> None:
        words = self._name_words(span)
        canonical = " ".join(words)
        if (len(words) == 1 or len(words) == 2 and (words[0].endswith(".") or name_gender(words[0]) is None)
                or words[0].lower() in NAME_PARTICLES):  # fmt: skip  # "Von der Leyen", a surname
            candidates = [f for f in full_names if f.start != span.start
                          and _person_names_compatible(words, self._name_words(f))]  # fmt: skip
            plain = [f for f in candidates if not _is_generation(self._name_words(f)[-1])]
            if plain and not _is_generation(words[-1]):
                candidates = plain  # "Trump" is Donald Trump, not Donald Trump Jr., when both are named
            # "Mr Jackson" after "Michael Jackson" and "Katherine Jackson": Michael
            around = [span[0], *self.doc[max(span.start - 1, 0) : span.start]]
            said = next((GENDERED_WORDS.get(t.lower_.rstrip(".")) for t in around
                         if t.lower_.rstrip(".") in HONORIFICS), None)  # fmt: skip
            if said is not None:
                agreeing = [f for f in candidates if name_gender(self._name_words(f)[0]) in {None, said}]
                # "Mrs Howard" is not Michael Howard even when no one else is named; "Mr
                # Graham" may be Lindsey Graham (men bear names the list calls women's)
                candidates = agreeing if said == "F" or len(agreeing) > 0 else candidates
            names = {self._full_name(f) for f in candidates}
            alone = self._someone_else(words[-1], tuple(candidates)) if candidates else None
            if alone is not None and (span.start < min(f.start for f in candidates) or said in alone):
                names = set()  # "President Obama … Mr. Obama" before "Michelle Obama"
            elif alone is not None:
                # a bare surname after the full name is one of them: whoever it named most
                # so far
                named = Counter(m.cluster.canonical for m in self.mentions
                                if m.cluster is not None and m.start < span.start)  # fmt: skip
                if named[canonical] > max(named[n] for n in names):
                    names = set()
            if len(names) == 1:
                canonical = names.pop()
            elif names:
                # the one named most so far (the article's subject, not "his wife, Jane
                # Sanders"); on a tie the nearest before
                before = [f for f in candidates if f.start < span.start] or candidates
                named = Counter(m.cluster.canonical for m in self.mentions
                                if m.cluster is not None and m.start < span.start)  # fmt: skip
                best = max(before, key=lambda f: (named[self._full_name(f)], f.start))
                canonical = " ".join(self._name_words(best))
        canonical = self.full_form.get(canonical, canonical)
        self._add_mention(span, "name", self._cluster("PERSON", canonical), "PERSON", "name")

    def _someone_else(self, surname: str, full_names: tuple[Span, ...]) -> frozenset[str] | None:
        """The genders of a person of their own who bears the surname of the full names
        given: the text uses the surname alone before any of them, and with a courtesy title
        of a gender none of their first names has ("President Obama … Mr. Obama said … Mr.
        Obama and the first lady, Michelle Obama"). None when there is no such person:
        "Mr. Graham" after "Lindsey Graham" is Lindsey Graham (men bear names the list calls
        women's), since the text named him in full first. Asked for every mention of the
        surname: worth keeping."""
        key = (surname, tuple((f.start, f.end) for f in full_names))
        if key not in self._someone_else_of:
            self._someone_else_of[key] = self._find_someone_else(surname, full_names)
        return self._someone_else_of[key]

    def _find_someone_else(self, surname: str, full_names: tuple[Span, ...]) -> frozenset[str] | None:
        first = min(f.start for f in full_names)
        in_full = {k for f in full_names for k in range(f.start, f.end)}
        uses = [t for t in self.doc[:first] if t.text == surname and t.i not in in_full and t.pos_ == "PROPN"
                and not self._in_longer_name(t.i, t.i + 1)]  # not "Mittal Steel" before "Lakshmi Mittal"
        if not uses:
            return None
        theirs = {name_gender(self._name_words(f)[0]) for f in full_names}
        if None in theirs:
            return None
        said = {GENDERED_WORDS.get(self.doc[t.i - 1].lower_.rstrip("."))
                for t in self.doc if t.text == surname and self._after_honorific(t.i)} - {None}  # fmt: skip
        return frozenset(said - theirs) or None

    def _in_longer_name(self, start: int, end: int) -> bool:
        """Tokens start..end next to another capitalised name, not a title ("Melania
        Trump", "Trump Tower"; not "Professor Curtice")."""
        doc = self.doc
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return (before is not None and before.pos_ == "PROPN" and before.is_title
                and not is_title_word(before.text)
                or after is not None and after.pos_ == "PROPN" and after.is_title)  # fmt: skip

    def _add_other(self, span: Span, orgs_by_initials: dict[str, str], parenthetical: dict[str, str]) -> None:
        text = span.text
        entry = lookup(text)
        kind = "acronym" if _is_acronym(text) else "name"
        if entry is not None:
            if entry.kind in {"capital", "seat"} and self._is_actor(span):
                cluster = self._government(entry)
                self._add_mention(span, kind, cluster, "ORG", "metonymy")
                return
            cluster = self._cluster(entry.label, entry.canonical)
            cluster.country_code = entry.country_code
            cluster.is_party = entry.kind == "party"
            self._add_mention(span, kind, cluster, entry.label, "gazetteer")
            return
        label = span.label_
        longer = self._longer_organisation(span) if label == "ORG" and kind == "name" else None
        if longer is not None:  # "the Bank of England … the Bank said"
            self._add_mention(span, kind, longer, "ORG", "short_name")
            return
        canonical = strip_name(text)
        resolution = "name"
        if label == "ORG" and kind == "acronym":
            expansion = parenthetical.get(text) or orgs_by_initials.get(text.replace(".", ""))
            if expansion:
                canonical, resolution = expansion, "acronym"
        self._add_mention(span, kind, self._cluster(label, canonical), label, resolution)

    def _longer_organisation(self, span: Span) -> _Cluster | None:
        """The one organisation named before in more words, one of them this one-word name
        ("the Bank of England … the Bank said", "the European Commission … the Commission",
        "Eastman Kodak Co … Kodak"); none when two such names came before ("the World Bank
        … the Bank of England … the Bank"), or when the word stood alone before the longer
        name came ("Google … Google News … Google": the company, not its service)."""
        if len(span) != 1:
            return None
        word = span.text
        found = {id(m.cluster): m.cluster for m in self.mentions
                 if m.cluster is not None and m.end <= span.start and m.entity_type == "ORG"
                 and m.kind == "name" and m.resolution != "metonymy" and not m.cluster.is_party
                 and word in m.cluster.canonical.split() and m.cluster.canonical != word}  # fmt: skip
        if len(found) != 1 or any(e.label_ == "PERSON" and word in e.text.split() for e in self.doc.ents):
            return None  # "Trump … the Trump Train … Trump"
        cluster = next(iter(found.values()))
        words = cluster.canonical.split()
        if words[-1] in _NAME_JOINERS or not all(
                w[:1].isupper() and w.replace(".", "").replace("&", "").isalpha() or w in _NAME_JOINERS
                for w in words):  # fmt: skip
            return None  # a span the model ran on or cut: "Arsenal to Real Madrid", "Highveld Steel and"
        first = min(m.start for m in self.mentions if m.cluster is cluster)
        return None if any(t.text == word for t in self.doc[:first]) else cluster

    def _is_actor(self, span: Span) -> bool:
        return span.root.dep_ in {"nsubj", "nsubjpass"} or (
            span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"
        )

    def _government(self, entry: GazetteerEntry) -> _Cluster:
        return self._government_of(entry.country_code)

    def _government_of(self, code: str | None) -> _Cluster:
        cluster = self._cluster("ORG", f"Government of {country_name(code or '')}")
        cluster.country_code = code
        return cluster

    # -- titles -------------------------------------------------------------------------
    def _country_in(self, tokens: Iterable[Token]) -> str | None:
        for token in tokens:
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if token.ent_iob_ == "I" or (token.ent_iob_ == "B" and following is not None
                                         and following.ent_iob_ == "I"):  # fmt: skip
                continue  # a word of a longer name ("New Jersey" is not Jersey): below
            entry = lookup(token.text)
            if entry is not None and entry.country_code and entry.label in {"GPE", "NORP"}:
                return entry.country_code
        for ent in self.doc.ents:
            if ent.label_ in {"GPE", "NORP"}:
                toks = {t.i for t in tokens}
                if ent.start in toks:
                    entry = lookup(ent.text)
                    if entry is not None and entry.country_code:
                        return entry.country_code
        return None

    def _pre_title(self, start: int) -> list[Token]:
        """The run of title words right before token `start` ("Belarus President")."""
        sent_start = self.doc[start].sent.start
        tokens: list[Token] = []
        i = start - 1
        while i >= sent_start and len(tokens) < 6:
            token = self.doc[i]
            allowed = token.pos_ in {"PROPN", "NOUN", "ADJ", "PART"} or token.lower_ == "of"
            if not allowed or token.is_punct and token.tag_ != "POS":
                break
            tokens.insert(0, token)
            i -= 1
        return tokens

    def _add_titles(self) -> None:
        for mention in self.mentions:
            cluster = mention.cluster
            if cluster is None or cluster.entity_type != "PERSON" or mention.kind != "name":
                continue
            pre = self._pre_title(mention.start)
            root = self.doc[mention.end - 1]
            phrases = [(pre[-1], _noun_phrase_end(pre))] if pre else []
            phrases += [(c, list(c.subtree)) for c in root.children if c.dep_ == "appos"]
            for noun, words in phrases:
                key = _described_noun(noun)
                if key is not None:
                    found = find_role([t.text for t in words])
                    qualifiers = self._qualifiers(w for w in words if w.i != noun.i)
                    cluster.described_as.setdefault(key, []).append(_Described(
                        frozenset(t.lower_ for t in words), qualifiers, found[0] if found else None))
            role = find_role([t.text for t in pre])
            country: str | None = None
            if role is not None:
                country = self._country_in(pre)
            else:
                for child in root.children:
                    if child.dep_ == "appos":
                        words = list(child.subtree)
                        role = find_role([t.text for t in words])
                        if role is not None:
                            country = self._country_in(words)
                            break
            if role is not None:
                cluster.role = cluster.role or role[0]
                cluster.country_code = cluster.country_code or country

    def _last_seen(self, cluster: _Cluster, before_char: int) -> int:
        """Offset of the cluster's latest mention before `before_char` (-1 if none)."""
        return max(
            (m.start_char for m in self.mentions if m.cluster is cluster and m.start_char < before_char),
            default=-1,
        )

    # -- nominals -----------------------------------------------------------------------
    def _nominal_span(self, head: Token) -> Span | None:
        """The noun phrase a role noun heads: determiner and modifiers to its left, and an
        'of' phrase to its right when the role needs one ("head of state")."""
        left = [c for c in head.lefts if c.dep_ in {"det", "amod", "compound", "poss", "nmod"}]
        start = min([head.i, *[min(t.i for t in c.subtree) for c in left]])
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                end = max(t.i for t in child.subtree) + 1
            break
        span = self.doc[start:end]
        if not any(t.lower_ == "the" for t in span[:1]) and not any(t.dep_ == "poss" for t in span) and not (
                len(span) == 1 and head.lower_ in BODY_NOUNS):  # fmt: skip
            return None  # ("Police said …": the force, with no article)
        return span

    def _add_nominals(self) -> None:
        for token in self.doc:
            if token.i in self.covered or token.tag_ in {"NNS", "NNPS"} and token.lower_ not in BODY_NOUNS:
                continue
            aged = token.lower_ == "old" and token.dep_ in {"nsubj", "nsubjpass"}  # "the 30-year-old said"
            misparsed = misparsed_age(token.head) == token if token.dep_ == "amod" else False
            if token.pos_ not in {"NOUN", "PROPN"} and not aged and not misparsed:
                continue
            prefix = _role_prefix(token)
            if prefix is not None:  # "The Tory co-chairman": the parse's subject is "co"
                base = self._nominal_span(prefix)
                span = self.doc[base.start : token.i + 1] if base is not None else None
            else:
                span = self._nominal_span(token)
            if misparsed:  # "the" hangs on the verb too
                first = token.left_edge.i - 1
                the = first >= 0 and self.doc[first].lower_ == "the"
                span = self.doc[first : token.i + 1] if the else None
            if span is None or any(i in self.covered for i in range(span.start, span.end)
                                   if self.doc[i].ent_type_ == "PERSON"):  # fmt: skip
                continue
            # A role noun right before a name is that name's title, not a nominal.
            if span.end < len(self.doc) and self.doc[span.end].ent_type_ == "PERSON":
                continue
            words = [t.text for t in span]
            role = find_role(words)
            added = False
            if role is not None and span[role[1]].i <= token.i < span[0].i + role[2] + 1:
                added = self._add_person_nominal(span, role)
            elif token.lower_ in ORG_NOMINAL_HEADS and len(span) == 2:
                added = self._add_org_nominal(span, token.lower_)
            if not added:
                self.descriptions.append((span, token, role is not None))

    def _add_descriptions(self) -> None:
        """After pronouns, so that "Campbell … his … his … the bow-tied maverick says"
        finds Campbell through the pronouns."""
        for span, head, is_role in self.descriptions:
            self._add_description(span, head, is_role)

    def _pronouns_after_described_speakers(self) -> None:
        """“…,” said the Factory Records founder, who … the Manchester music scene. “…,” he
        said: a he/she that speaks, when the nearest sentence before it with a speaker has a
        definite description as that speaker, is the description's person. Descriptions are
        found after pronouns, so the pronoun had taken a name mentioned in passing."""
        descriptions = {m.end - 1: m for m in self.mentions if m.kind == "nominal"
                        and m.entity_type == "PERSON" and m.cluster is not None}  # fmt: skip
        if not descriptions:
            return
        person_heads = {m.end - 1 for m in self.mentions if m.entity_type == "PERSON"}
        for m in self.mentions:
            if m.kind != "pronoun":
                continue
            token = self.doc[m.start]
            gender = pronoun_gender(token.lower_)
            if gender is None or self.quoted[token.i]:
                continue
            above = self._reporter_of_clause(token, person_heads)
            if above is not None:
                # "The home secretary said, by 2008, he wanted …": the description's person
                described = descriptions.get(above.i)
                if described is not None and described.cluster.gender in {None, gender}:  # type: ignore[union-attr]
                    m.cluster, m.resolution = described.cluster, "pronoun"
                    descriptions[token.i] = m
                continue
            if not _speaking_subject(token):
                continue
            sent = self.sent_of[token.i]
            # the subject of a main clause in the nearest sentence before that has a person
            # as one ("Mr Blair has been … He insisted": Mr Blair, whatever was said before)
            subject = None
            for i in range(token.i - 1, -1, -1):
                if self.sent_of[i] < sent - PRONOUN_NEAR:
                    break
                candidate = self.doc[i]
                if (self.sent_of[i] < sent and not self.quoted[i] and candidate.dep_ in {"nsubj", "nsubjpass"}
                        and candidate.head.dep_ in {"ROOT", "conj"} and i in person_heads):  # fmt: skip
                    subject = candidate
                    break
            if subject is None or not _speaking_subject(subject):
                continue
            described = descriptions.get(subject.i)
            if described is not None and described.cluster.gender in {None, gender}:  # type: ignore[union-attr]
                m.cluster, m.resolution = described.cluster, "pronoun"
                descriptions[token.i] = m  # "… he said. He added: …" follows it

    def _reporter_of_clause(self, pronoun: Token, person_heads: set[int]) -> Token | None:
        """The person before a subject pronoun who says the clause it is the subject of,
        outside quotation marks ("Trump said he …": Trump)."""
        verb = pronoun.head
        if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
            return None
        return next((c for c in verb.head.children if _speaking_subject(c) and c.i < pronoun.i
                     and c.i in person_heads and not self.quoted[c.i]), None)  # fmt: skip

    def _add_description(self, span: Span, head: Token, is_role: bool) -> None:
        """A definite description as a subject refers back to the one just named: "the
        lanky, bespectacled professor said" (person nouns, roles, "the 32-year-old …") to
        the person, "the utility said" to the organisation, that the last two sentences
        name (the only one, else the subject of the nearest sentence naming one); outside
        quotation marks, never to one named inside them. Documents, crowds and other
        nouns ("the complaint", "the crowd") are left alone."""
        prefix = _role_prefix(head)
        subject = (head.dep_ in {"nsubj", "nsubjpass"} or misparsed_age(head.head) == head
                   or prefix is not None and prefix.dep_ in {"nsubj", "nsubjpass"})  # fmt: skip
        body = head.lower_ in BODY_NOUNS
        if (not subject or span[0].lower_ != "the" and not (body and len(span) == 1)
                or not (head.tag_ == "NN" or body
                        or head.tag_ == "NNP" and (head.is_lower or is_role or head.lower_ in PARTISAN_NOUNS)
                        or head.tag_ == "JJ" and _AGED.search(span.text))
                or span.end != head.i + 1 and not self._role_ends(span, is_role)):  # fmt: skip
            return  # ("the billionaire business mogul": NNP, but written as a noun)
        lemma = head.lemma_.lower()
        if lemma not in ORGANISATION_NOUNS and self._introduced_unnamed(span, head):
            return  # "a nurse who … The nurse later sued": that nurse, not a name nearby
        country = self._country_in(self.doc[span.start : head.i]) if lemma in GOVERNMENT_NOUNS else None
        if country is not None:  # "the Russian government said", "the UK government promised"
            self._add_mention(span, "nominal", self._government_of(country), "ORG", "description")
            self.covered.update(range(span.start, span.end))
            return
        inside = [m.cluster for m in self.mentions
                  if span.start <= m.start < head.i and m.entity_type == "ORG"]  # fmt: skip
        if lemma in ORGANISATION_NOUNS and any(span.start <= m.start < head.i and m.entity_type == "PERSON"
                                               for m in self.mentions):  # fmt: skip
            return  # "The Trump team said": that person's team, no organisation named before
        if lemma in ORGANISATION_NOUNS and inside:
            # "The People's Daily newspaper calls …", "the Google team said": the name inside
            if inside[-1] is not None:
                self._add_mention(span, "nominal", inside[-1], "ORG", "description")
                self.covered.update(range(span.start, span.end))
            return
        said = {GENDERED_WORDS[t.lower_] for t in span if t.lower_ in GENDERED_WORDS}
        person = lemma not in ORGANISATION_NOUNS
        described = self._described_before(span, lemma, is_role, said) if person else None
        if described is not None:  # "columnist Ai Jun wrote … the columnist said"
            self._add_mention(span, "nominal", described, "PERSON", "description")
            self.covered.update(range(span.start, span.end))
            return
        if lemma in ORGANISATION_NOUNS:
            entity_type = "ORG"
        elif is_role or lemma in PERSON_NOUNS or lemma in PARTISAN_NOUNS or _AGED.search(span.text):
            entity_type = "PERSON"
        else:
            return
        # the role of the head's own phrase: "the prime minister's official spokesman" is a
        # spokesman
        possessor_end = max((t.i + 1 for t in span if t.tag_ == "POS"), default=span.start)
        role = find_role([t.text for t in self.doc[possessor_end : span.end]]) if is_role else None
        named = self._appositive_person(head) if entity_type == "PERSON" else None
        if named is not None:  # "the shadow home secretary, Mark Oaten, accused …"
            named.role = named.role or (role[0] if role else None)
            self._add_mention(span, "nominal", named, entity_type, "apposition")
            self.covered.update(range(span.start, span.end))
            return
        not_clusters = self._reporting_subjects(head)
        if entity_type == "ORG":  # "a Lufthansa spokesman told the BBC … the company did not plan"
            not_clusters |= self._only_told(span)
        cluster = self._recent_antecedent(span, entity_type, genders=said, governments=False,
                                          role=role[0] if role else None,
                                          prefer_main_subject=entity_type == "PERSON",
                                          not_clusters=not_clusters)  # fmt: skip
        if cluster is None and entity_type == "PERSON" and is_role:
            cluster = self._named_after_lead(span, role[0] if role else None)
        if cluster is not None and role and role[0] == "Spokesperson" and cluster.role != role[0]:
            return  # "A spokesman for Michael Howard said … the spokesman said": not Mr Howard
        if cluster is not None and lemma in FORCE_NOUNS and lemma not in cluster.canonical.lower():
            return  # "the police said" is no party or company named before it
        if cluster is not None and cluster.is_party and lemma not in PARTY_NOUNS:
            return  # "the newspaper said" is not Labour
        partisan = cluster is not None and (cluster.is_party or "party" in cluster.canonical.lower())
        if cluster is not None and lemma == "party" and not partisan:
            return  # "the party said" is not the Guardian
        if cluster is not None:
            self._add_mention(span, "nominal", cluster, entity_type, "description")
            self.covered.update(range(span.start, span.end))

    def _only_told(self, span: Span) -> frozenset[int]:
        """Organisations (by id) the sentences before `span` name only as the one told
        something ("a Lufthansa spokesman told the BBC"): a news outlet spoken to, not the
        organisation a description there refers back to."""
        sent = self.sent_of[span.start]
        told: set[int] = set()
        other: set[int] = set()
        for m in self.mentions:
            if (m.cluster is None or m.entity_type != "ORG" or m.end > span.start
                    or self.sent_of[m.start] < sent - 2):  # fmt: skip
                continue
            root = self.doc[m.end - 1]
            addressed = root.dep_ in {"dobj", "dative"} and root.head.lemma_.lower() == "tell"
            (told if addressed else other).add(id(m.cluster))
        return frozenset(told - other)

    def _named_after_lead(self, span: Span, role: str | None) -> _Cluster | None:
        """A role in the first sentence of the text, before anyone is named ("…, the first
        minister has told MSPs. ¶ The figures came out during a statement by Jack
        McConnell …"): the first person named in the next two sentences, when that person
        holds no other role and no he/she of the other gender comes between."""
        if self.sent_of[span.start] != 0 or role is None:
            return None
        after = sorted((m for m in self.mentions if m.start >= span.end and m.kind == "name"
                        and m.entity_type == "PERSON" and m.cluster is not None
                        and self.sent_of[m.start] <= PRONOUN_NEAR), key=lambda m: m.start)  # fmt: skip
        if not after or any(m.entity_type == "PERSON" and m.end <= span.start for m in self.mentions):
            return None
        first = after[0].cluster
        between = {pronoun_gender(t.lower_) for t in self.doc[span.end : after[0].start]} - {None}
        if first.gender is not None and between - {first.gender}:
            return None  # "The minister said … He added … Angela Merkel agreed": someone else
        return first if first.role is None or _roles_agree(role, first.role) else None

    def _introduced_unnamed(self, span: Span, head: Token) -> bool:
        """The last two sentences brought in someone with the same noun and "a" or "one"
        ("When a nurse who … returned, … The nurse later sued", "one top Republican
        strategist warned … said the strategist")."""
        first = self.sent_of[span.start] - PRONOUN_NEAR
        start = span.start
        while start > 0 and self.sent_of[start - 1] >= first:
            start -= 1
        lemma = head.lemma_.lower()
        return any(t.lemma_.lower() == lemma and not self.quoted[t.i] and _brought_in(t)
                   for t in self.doc[start : span.start])  # fmt: skip

    def _reporting_subjects(self, head: Token) -> frozenset[int]:
        """Who a description that is the subject of a reported or adverbial clause cannot
        be: the subject before it of the clause above ("Becky Quick said the billionaire
        front-runner had …" is not about Becky Quick, "Hannity said … after the first-term
        senator won" not about Hannity; "The congressman plans …, Welch said" may be Welch,
        and "Christie attacked Rubio, and the governor …" is Christie)."""
        if head.head.dep_ not in {"ccomp", "advcl"}:
            return frozenset()
        by_token = {m.end - 1: m.cluster for m in self.mentions if m.cluster is not None}
        return frozenset(id(by_token[c.i]) for c in head.head.head.children
                         if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i
                         and c.i in by_token)  # fmt: skip

    @staticmethod
    def _role_ends(span: Span, is_role: bool) -> bool:
        """The phrase ends with a role of more than one word ("the former secretary of
        state")."""
        found = find_role([t.text for t in span]) if is_role else None
        return found is not None and found[2] == len(span) and found[2] - found[1] > 1

    def _add_organisation_pronouns(self) -> None:
        """ "…, it said", "It added that …": "it" as the subject of a speech verb is the
        organisation the last two sentences name (the only one, else the subject of the
        nearest sentence naming one), a government included ("Seoul said it …")."""
        for token in self.doc:
            if token.lower_ != "it" or not _speaking_subject(token, SPEECH_VERBS):
                continue
            span = self.doc[token.i : token.i + 1]
            # "The government has ruled out …, because it says …": the organisation the
            # clause above has for subject, or no one when that one is not known
            above = next((c for t in token.ancestors for c in t.children
                          if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i
                          and c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_NOUNS), None)  # fmt: skip
            if above is not None:
                cluster = next((m.cluster for m in self.mentions if m.start <= above.i < m.end), None)
            else:
                cluster = self._recent_antecedent(span, "ORG", genders=set(), governments=True)
            if cluster is not None:
                self._add_mention(span, "pronoun", cluster, "ORG", "pronoun")

    @staticmethod
    def _qualifiers(words: Iterable[Token]) -> frozenset[tuple[str, str]]:
        """The places and groups that say which one of its kind a phrase describes
        ("Norfolk", "Vermont"; "GOP", "Democratic"), each with its kind; not a country or its
        people, which the role's country compares."""
        kinds = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group", "ORG": "group"}
        return frozenset(
            (kinds[t.ent_type_], t.lower_) for t in words
            if t.ent_type_ in kinds and t.is_alpha and (t.is_title or t.is_upper)
            and not is_title_word(t.text) and not (lookup(t.text) or _NO_ENTRY).country_code
        )  # fmt: skip

    def _described_otherwise(self, span: Span) -> Callable[[_Cluster], bool]:
        """Whether a person was described with the noun of `span` only as that of another
        place or group: "the Metropolitan police chief" is not "Norfolk police chief Andy
        Hayman", "the Florida senator" not "the senator from Vermont", "the GOP front-runner"
        not "Democratic front-runner Hillary Clinton" ("the Senate Democratic leader" may be
        "Senate Minority Leader Harry Reid"). The span's own qualifiers are read once."""
        key = _described_noun(span[-1]) if len(span) > 2 and span[0].lower_ == "the" else None
        mine = self._qualifiers(span[1:-1]) if key is not None else frozenset()

        def other(theirs: frozenset[tuple[str, str]]) -> bool:
            """Both name a place (or a group), and not the same one."""
            for kind in ("place", "group"):
                ours = {q for q in mine if q[0] == kind}
                if ours and any(q[0] == kind for q in theirs) and not ours & theirs:
                    return True
            return False

        def otherwise(cluster: _Cluster) -> bool:
            phrases = cluster.described_as.get(key or "", [])
            return bool(mine and phrases) and all(other(phrase.qualifiers) for phrase in phrases)

        return otherwise

    def _described_before(
        self, span: Span, noun: str, is_role: bool, genders: Iterable[str] = ()
    ) -> _Cluster | None:
        """The latest person named in the last eight sentences before `span` whom the text
        described with `noun` ("columnist Ai Jun", "Blackwell, the committeeman"): "the
        columnist" is that person even when another is the nearer subject. The capitalised
        words and the nouns and adjectives before the head must be in that phrase ("the GOP
        front-runner" is not "Democratic front-runner Hillary Clinton", "the foreign secretary"
        is not "New Home Secretary Charles Clarke"), and for a role all its words ("the prime
        minister" is not "welfare minister Frank Field") and that role ("the prime minister"
        is not "Deputy Prime Minister John Prescott")."""
        sent, outside, genders = self.sent_of[span.start], not self.quoted[span.start], set(genders)
        words = [t for t in span[1:] if t.is_alpha]
        needed = {t.lower_ for t in words
                  if is_role or t.is_title or t.is_upper or t.dep_ in {"compound", "amod"}}  # fmt: skip
        role = find_role([t.text for t in span]) if is_role else None

        def described(cluster: _Cluster) -> bool:
            return any(needed <= phrase.words and (role is None or phrase.role == role[0])
                       for phrase in cluster.described_as.get(noun, []))  # fmt: skip

        named = [m for m in self.mentions
                 if m.kind == "name" and m.cluster is not None and m.end <= span.start
                 and described(m.cluster) and sent - PRONOUN_FAR <= self.sent_of[m.start]
                 and not (outside and self.quoted[m.start])
                 and (len(genders) != 1 or m.cluster.gender in {None, *genders})]  # fmt: skip
        return max(named, key=lambda m: m.start).cluster if named else None

    def _recent_antecedent(
        self, span: Span, entity_type: str, *, genders: set[str], governments: bool,
        role: str | None = None, prefer_main_subject: bool = False,
        not_clusters: frozenset[int] = frozenset(),
    ) -> _Cluster | None:  # fmt: skip
        """The entity of `entity_type` named in the sentence of `span` (before it) and the
        two before: the only one, else the subject of the nearest sentence naming one; for a
        person when those name none, the one person named up to eight sentences back. A
        span outside quotation marks never refers to a name inside them; a role description
        never to a person who holds another role ("the prime minister" is not "Deputy Prime
        Minister John Prescott"). `prefer_main_subject`: of two subjects in one sentence, the
        main clause's; `not_clusters`: entities (by id) the span cannot be."""
        sent, outside = self.sent_of[span.start], not self.quoted[span.start]
        described_otherwise = self._described_otherwise(span)
        fits = [m for m in self.mentions
                if m.cluster is not None and m.entity_type == entity_type and m.end <= span.start
                and sent - PRONOUN_FAR <= self.sent_of[m.start] <= sent and m.kind != "role"
                and not (outside and self.quoted[m.start])
                and (governments or not m.cluster.canonical.startswith("Government of"))
                and id(m.cluster) not in not_clusters
                and (len(genders) != 1 or m.cluster.gender in {None, *genders})
                and not described_otherwise(m.cluster)
                and (role is None or m.cluster.role is None
                     or _roles_agree(role, m.cluster.role))]  # fmt: skip
        window = [m for m in fits if self.sent_of[m.start] >= sent - 2]
        if not window and entity_type == "PERSON" and len({id(m.cluster) for m in fits}) == 1:
            # "“…,” said the 30-year-old": the one person named further back (for a role, one
            # known to hold it: "the prime minister" is not the one MP the article names)
            window = [m for m in fits if role is None or m.cluster.role is not None]
        elif not window and entity_type == "PERSON" and role is None and fits:
            # "“…,” Clinton said … (two quoted sentences) … The Democratic presidential
            # front-runner said": the subject of the nearest sentence naming a person
            # (someone named in full: a one-word "person" is too often a firm, "Fox said")
            latest = max(self.sent_of[m.start] for m in fits)
            window = [m for m in fits if self.sent_of[m.start] == latest and " " in m.cluster.canonical]
        window.sort(key=lambda m: m.start)
        joined = self._joined([m for m in window if self.sent_of[m.start] == sent])
        found = self._antecedent(window, prefer_main_subject=prefer_main_subject, joined=joined)
        if found is None and entity_type == "PERSON" and (not_clusters or joined):
            # "Mr. Trump took on Hillary Clinton after the Democratic front-runner had said …":
            # the one other person of the description's own sentence (not one of two joined
            # names: "X and Y have signed up for Ricky Gervais' sitcom, the comedian said")
            found = _only_cluster(m for m in window if self.sent_of[m.start] == sent
                                  and m.end - 1 not in joined)  # fmt: skip
        return found

    def _named_with(self, person: _Cluster, org: _Cluster) -> bool:
        """A mention of the organisation stands in the phrase of one of the person's names
        ("William Hill spokesman Rupert Adams", "Rupert Adams of William Hill")."""
        names = [m for m in self.mentions if m.cluster is person and m.kind == "name"]
        orgs = [o for o in self.mentions if o.cluster is org]
        return any(abs(o.start - m.start) <= 4 and self.sent_of[o.start] == self.sent_of[m.start]
                   for m in names for o in orgs)  # fmt: skip

    def _appositive_person(self, head: Token) -> _Cluster | None:
        """The person a role phrase stands in apposition to or with ("Kazakhstan's foreign
        minister, Erlan Idrissov, …", "Erlan Idrissov, Kazakhstan's foreign minister, …")."""
        linked = {t.i for t in _apposed(head)}
        return _only_cluster(m for m in self.mentions if m.end - 1 in linked and m.kind == "name"
                             and m.cluster is not None and m.cluster.entity_type == "PERSON")  # fmt: skip

    def _add_person_nominal(self, span: Span, found: tuple[str, int, int]) -> bool:
        role = found[0]
        country = self._country_in(span)
        person = self._appositive_person(span.root)
        if person is not None:
            person.role = person.role or role
            person.country_code = person.country_code or country
            self._add_mention(span, "nominal", person, "PERSON", "apposition")
            self.covered.update(range(span.start, span.end))
            return True
        # an organisation in the phrase outside the role's own words ("State" in "the
        # secretary of State" is the role)
        role_words = range(span.start + found[1], span.start + found[2])
        org = next((m.cluster for m in self.mentions if m.cluster is not None
                    and m.cluster.entity_type == "ORG" and span.start <= m.start < span.end
                    and not (m.start in role_words and m.end - 1 in role_words)),
                   None)  # fmt: skip
        # the role word's own gender ("spokeswoman"; "spokesman" is also written of women)
        said = None if span.root.lower_ in GENERIC_MALE_WORDS else GENDERED_WORDS.get(span.root.lower_)
        described_otherwise = self._described_otherwise(span)
        named = [c for c in self.clusters.values()
                 if c.entity_type == "PERSON" and not c.is_role_entity
                 and self._last_seen(c, span.start_char) >= 0 and c.role is not None
                 and _roles_agree(role, c.role)
                 and (country is None or c.country_code == country)
                 and not described_otherwise(c)
                 # "Big Brother's spokeswoman" is not William Hill's spokesman Rupert Adams
                 and (said is None or (c.gender or name_gender_of(c.canonical)) in {None, said})
                 and (org is None or self._named_with(c, org))]  # fmt: skip
        varied = None if named or country is None and org is None else self._varied_subject(span, role, said)
        if named or varied is not None:
            cluster = varied or max(named, key=lambda c: self._last_seen(c, span.start_char))
            cluster.role = cluster.role or role
            self._add_mention(span, "nominal", cluster, "PERSON", "nominal")
        elif country is not None or org is not None:
            where = country_name(country) if country else org.canonical  # type: ignore[union-attr]
            cluster = self._cluster("PERSON", f"{role} of {where}")
            cluster.role, cluster.country_code = role, country
            cluster.is_role_entity = True
            self._add_mention(span, "role", cluster, "PERSON", "role")
        else:
            return False
        self.covered.update(range(span.start, span.end))
        return True

    def _varied_subject(self, span: Span, role: str, said: str | None) -> _Cluster | None:
        """A role phrase with "the" as a main clause's subject, first time the article uses
        the role, right after a sentence whose subject is the one person it names, who has no
        known role: that person, named again by what he or she is ("Ken Bates has completed
        his takeover of Leeds. The 73-year-old former Chelsea chairman sealed the deal …",
        "Andy Robinson said … However, the England coach added …")."""
        head, sent = span.root, self.sent_of[span.start]
        if (span[0].lower_ != "the" or self.quoted[head.i] or head.dep_ not in {"nsubj", "nsubjpass"}
                or head.head.dep_ not in {"ROOT", "conj"} or sent == 0
                or any(t.lower_ == "of" for t in span)  # "the chairman of the Commission for …"
                or any(c.lower_ == "also" for c in head.head.children)  # someone else "also" did
                or any(m.kind in {"role", "nominal"} and m.cluster is not None and m.cluster.role == role
                       for m in self.mentions)):  # fmt: skip
            return None
        before = [m for m in self.mentions if self.sent_of[m.start] == sent - 1 and m.cluster is not None
                  and m.entity_type == "PERSON" and not self.quoted[m.start]]  # fmt: skip
        person = _only_cluster(before)
        gender = None if person is None else person.gender or name_gender_of(person.canonical)
        subjects = [_subject_position(self.doc[m.end - 1]) for m in before if m.kind == "name"]
        if (person is None or person.role is not None or person.is_role_entity
                or said is not None and gender not in {None, said}
                or not any(s is not None and s.head.dep_ == "ROOT" for s in subjects)):  # fmt: skip
            return None
        return person

    def _add_org_nominal(self, span: Span, head: str) -> bool:
        """ "the ministry" -> the latest organization whose name has that word; "the
        company"/"the agency"/"the firm" -> the latest organization of that kind when no
        name says so (a company's name rarely contains "company")."""
        told = self._only_told(span)  # "a Lufthansa spokesman told the BBC … the company"
        seen = [c for c in self.clusters.values()
                if c.entity_type == "ORG" and self._last_seen(c, span.start_char) >= 0
                and not c.canonical.startswith("Government of") and id(c) not in told]  # fmt: skip
        orgs = [c for c in seen if head[:6] in c.canonical.lower()]
        if not orgs and head in KIND_NOMINALS:
            orgs = [c for c in seen if (lookup(c.canonical) or _NO_ENTRY).kind in KIND_NOMINALS[head]
                    and not (head in COMPANY_NOUNS and PUBLIC_BODY_WORDS & set(c.canonical.lower().split()))]
            # ("the company said" is not the Justice Department named in the quote before it)
        if not orgs:
            return False
        cluster = max(orgs, key=lambda c: self._last_seen(c, span.start_char))
        self._add_mention(span, "nominal", cluster, "ORG", "nominal")
        self.covered.update(range(span.start, span.end))
        return True

    # -- groups -------------------------------------------------------------------------
    def _add_groups(self) -> None:
        """ "both sides", "the two countries": one mention per member, when the article has
        just named two distinct entities of the right type."""
        for i, token in enumerate(self.doc[:-1]):
            first, head = token.lower_, self.doc[i + 1]
            noun = head.lemma_.lower()
            if first not in {"both", "two"} or noun not in GROUP_NOUNS or head.i in self.covered:
                continue
            start = i - 1 if first == "two" and i > 0 and self.doc[i - 1].lower_ == "the" else i
            if first == "two" and start == i:
                continue  # "two countries" without "the" introduces new ones
            types = GROUP_NOUNS[noun]
            members: list[_Cluster] = []
            for m in sorted(self.mentions, key=lambda m: -m.start_char):
                if (m.start_char < token.idx and m.cluster is not None and m.entity_type in types
                        and m.cluster not in members and not self._is_place_phrase(m)):  # fmt: skip
                    members.append(m.cluster)
                if len(members) == 2:
                    break
            if len(members) != 2:
                continue
            span = self.doc[start : head.i + 1]
            for cluster in members:
                self._add_mention(span, "nominal", cluster, cluster.entity_type, "group")
            self.covered.update(range(span.start, span.end))

    def _is_place_phrase(self, mention: _Mention) -> bool:
        """ "in Geneva": a place where something happens, not a participant."""
        head = self.doc[mention.start : mention.end].root.head
        return head.pos_ == "ADP" and head.lower_ in {"in", "at", "near", "from", "to"}

    # -- pronouns -----------------------------------------------------------------------
    def _add_pronouns(self) -> None:
        person_mentions = sorted(
            (m for m in self.mentions if m.entity_type == "PERSON" and m.cluster is not None),
            key=lambda m: m.start,
        )
        self._assign_genders(person_mentions)
        by_last_token = {m.end - 1: m for m in person_mentions}
        for token in self.doc:
            gender = pronoun_gender(token.lower_)
            if gender is None or token.pos_ != "PRON":
                continue
            outside = not self.quoted[token.i]
            # only outside quotes: inside one, the speaker's clause says nothing about whom
            # "he" means ("“He looked like a grown-up,” said Chris Matthews" is someone else)
            main_subject = outside and _speaking_subject(token)
            others = {id(by_last_token[t.i].cluster) for t in _coarguments(token) if t.i in by_last_token}
            cluster, window = self._pronoun_antecedent(token, gender, person_mentions, others, main_subject)
            named = self._named_in_own_quote(token, by_last_token)
            if cluster is not None and id(cluster) in named:
                cluster, window = self._pronoun_antecedent(token, gender, person_mentions, others | named,
                                                           main_subject)  # fmt: skip
            unnamed = cluster is not None and main_subject and self._unnamed_speaker_since(token, cluster)
            if unnamed:
                cluster = None
            span = self.doc[token.i : token.i + 1]
            resolution = "pronoun" if cluster is not None else "unnamed_speaker" if unnamed else "unresolved"
            self._add_mention(span, "pronoun", cluster, "PERSON", resolution)
            if cluster is not None:
                person_mentions.append(self.mentions[-1])
                if cluster.gender is None and len({id(m.cluster) for m in window}) == 1 and outside:
                    # the only candidate: the pronoun tells the gender (not one in quotation
                    # marks: "“… no one has met her yet,” he said" of a comic character)
                    cluster.gender = gender

    def _pronoun_antecedent(
        self, token: Token, gender: str, person_mentions: list[_Mention], others: set[int],
        main_subject: bool,
    ) -> tuple[_Cluster | None, list[_Mention]]:  # fmt: skip
        """The person a he/she refers to (None when unsure) and the window of candidates;
        `others`: entities (by id) it cannot be; `main_subject`: the pronoun speaks, outside
        quotation marks."""
        sent, outside = self.sent_of[token.i], not self.quoted[token.i]
        agreeing = [m for m in person_mentions
                    if m.start < token.i and sent - PRONOUN_FAR <= self.sent_of[m.start] <= sent
                    and m.cluster.gender in {None, gender}  # type: ignore[union-attr]
                    and not (outside and self.quoted[m.start])
                    and id(m.cluster) not in others]  # fmt: skip
        near = [m for m in agreeing if self.sent_of[m.start] >= sent - PRONOUN_NEAR]
        window = near if near else agreeing
        # the subject of its sentence's main verb: not someone only the subject of an
        # adverbial clause ("After Mr Brown had delivered …, Mr Kennedy acknowledged … But he
        # criticised …"); the subject of a reported clause still competes ("Ed Rendell noted
        # that Ronald Reagan appeared unsteady. But … he had bounced back")
        main_clause = outside and token.dep_ == "nsubj" and token.head.dep_ == "ROOT"
        cluster = ((self._clause_subject(token, window) if outside else None)
                   or self._antecedent(window, prefer_main_subject=main_subject, beside_adverbial=main_clause)
                   or self._only_person_nearby(window, sent))  # fmt: skip
        return cluster, window

    def _named_in_own_quote(self, pronoun: Token, by_last_token: dict[int, _Mention]) -> set[int]:
        """The people the quote right before a speaker's he/she names by their full name, not
        as a modifier: "“Ruud is the best striker in Europe …,” he said" is not said by Ruud
        van Nistelrooy ("“… the peaceful Trump supporters …,” he tweeted" may be Trump's)."""
        if self.quoted[pronoun.i] or not _speaking_subject(pronoun, SPEECH_VERBS):
            return set()
        i = pronoun.i - 1
        while i >= 0 and not self.quoted[i] and self.doc[i].is_punct:
            i -= 1
        if i < 0 or not self.quoted[i]:  # no quote right before ("…” ¶ He says …")
            return set()
        named: set[int] = set()
        while i >= 0 and (self.quoted[i] or self.doc[i].is_punct or self.doc[i].is_space):
            mention = by_last_token.get(i)
            if (self.quoted[i] and mention is not None and mention.kind == "name"
                    and self.doc[i].dep_ not in {"compound", "poss"}):  # fmt: skip
                named.add(id(mention.cluster))
            i -= 1
        return named

    def _unnamed_speaker_since(self, pronoun: Token, cluster: _Cluster) -> bool:
        """Someone unnamed is the subject of a sentence between the person's last mention
        and the pronoun's sentence ("Mr Mennear added … A Labour spokesman denied … “…,” he
        said": the spokesman's words, not Mr Mennear's)."""
        last = max((m.end for m in self.mentions if m.cluster is cluster and m.start < pronoun.i), default=-1)
        for token in self.doc[max(last, 0) : pronoun.i]:
            if (token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and not self.quoted[token.i]
                    and self.sent_of[token.i] < self.sent_of[pronoun.i] and token.i not in self.covered
                    and self._someone_new(token)):  # fmt: skip
                return True
        return False

    @staticmethod
    def _someone_new(token: Token) -> bool:
        """A person noun or role with "a"/"one" ("A Labour spokesman", "One leading broker")."""
        person = token.lemma_.lower() in PERSON_NOUNS or find_role([token.text]) is not None
        return person and _brought_in(token)

    def _clause_subject(self, pronoun: Token, window: list[_Mention]) -> _Cluster | None:
        """In the pronoun's own sentence, the person who is the subject of a clause above
        it: "Trump held a news conference in which he …", "Trump said he …"."""
        sent = self.sent_of[pronoun.i]
        by_token = {m.end - 1: m for m in window if self.sent_of[m.start] == sent}
        node = pronoun
        while node.head.i != node.i:
            node = node.head
            for child in node.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i < pronoun.i and child.i in by_token:
                    return by_token[child.i].cluster
        return None

    def _assign_genders(self, person_mentions: list[_Mention]) -> None:
        """A person's gender from a courtesy title or gendered word before or in apposition
        to a name mention ("Ms Hewitt", "his wife, Anna"), else from the first name, else
        from a role word written with "-man" that is also used of women ("spokesman")."""
        generic: dict[int, str] = {}
        for m in person_mentions:
            cluster = m.cluster
            if cluster is None or m.kind != "name" or cluster.is_role_entity:
                continue
            before = list(self.doc[max(m.start - 2, 0) : m.start])
            while before and any(t.is_punct and t.text != "." for t in before):
                before.pop(0)  # "Through a spokeswoman, Trump said": not a title of his
            words = [t.lower_.rstrip(".") for t in [*before, self.doc[m.start]]]
            root = self.doc[m.end - 1]
            # a description in apposition, not the next name of a list the parse made one
            # ("the writer Emile Zola, the actress Sarah Bernhardt")
            # (nor one after a second name the parse joined to this one: "Bill Clinton and
            # Melania Trump, Donald Trump's wife")
            joined = min((c.i for c in root.children if c.dep_ == "conj"), default=len(self.doc))
            words += [t.lower_ for c in root.children if c.dep_ == "appos" and c.pos_ != "PROPN"
                      and c.i < joined
                      and not any(n.dep_ in {"appos", "compound"} and n.ent_type_ == "PERSON"
                                  for n in c.children)
                      for t in _without_possessor(c)]  # fmt: skip
            if root.dep_ == "appos" and root.head.pos_ != "PROPN":
                head = root.head
                words += [t.lower_ for t in _without_possessor(head) if head.left_edge.i <= t.i <= head.i]
            gendered = [w for w in words if w in GENDERED_WORDS]
            said = {GENDERED_WORDS[w] for w in gendered}
            if len(said) == 1 and not all(w in GENERIC_MALE_WORDS for w in gendered):
                cluster.gender = said.pop()
            elif len(said) == 1:
                generic[id(cluster)] = said.pop()
        for cluster in self.clusters.values():
            if cluster.entity_type == "PERSON" and cluster.gender is None and not cluster.is_role_entity:
                words = cluster.canonical.split()
                if len(words) > 1:
                    cluster.gender = name_gender(words[0])
                elif words[0] not in self._honoured and name_gender(words[0]) == "F":
                    # a woman's first name alone ("Melanie said"); men's first names are
                    # surnames too often ("Clinton", "Birch")
                    cluster.gender = "F"
                # "Trump spokesman Hope Hicks": the first name before a generic "-man"
                cluster.gender = cluster.gender or generic.get(id(cluster))

    def _antecedent(
        self, window: list[_Mention], *, prefer_main_subject: bool = False, beside_adverbial: bool = False,
        joined: set[int] | None = None,
    ) -> _Cluster | None:  # fmt: skip
        """`prefer_main_subject`: of two subjects in a sentence, the main verb's;
        `beside_adverbial`: of two, not one that is only the subject of an adverbial or
        relative clause. `joined`: token positions of names joined by "and" in a
        description's own sentence (`_joined`), which the description ("the comedian") never
        stands for ("Samuel L Jackson and Ben Stiller have signed up for Ricky Gervais' new
        sitcom, the comedian has told BBC News")."""
        if not window:
            return None
        only = _only_cluster(window)
        if only is not None:
            return only
        # a description with a name in apposition ("Kazakhstan's foreign minister, Erlan
        # Idrissov, plays down …") is one subject: the name's
        described = {self.doc[m.end - 1].head.i for m in window if self.doc[m.end - 1].dep_ == "appos"}
        joined = joined or set()
        for sent in sorted({self.sent_of[m.start] for m in window}, reverse=True):
            subjects = [(m, subject) for m in window if self.sent_of[m.start] == sent
                        and m.end - 1 not in described and m.end - 1 not in joined
                        and (subject := _subject_position(self.doc[m.end - 1])) is not None]  # fmt: skip
            distinct = {id(m.cluster): m.cluster for m, _ in subjects}
            if len(distinct) > 1:
                if not (prefer_main_subject or beside_adverbial):
                    return None
                # "McCain and Grassley are in trouble, Tester said": the main verb's subject
                if prefer_main_subject:
                    return _only_cluster(m for m, subject in subjects if subject.head.dep_ == "ROOT")
                return _only_cluster(m for m, subject in subjects
                                     if subject.head.dep_ not in _ADVERBIAL_CLAUSES)  # fmt: skip
            if distinct:
                return next(iter(distinct.values()))
        return None

    def _joined(self, window: list[_Mention]) -> set[int]:
        """Token positions of the names joined by "and" in the window ("Samuel L Jackson and
        Ben Stiller"): both ends of each conj."""
        joined = {m.end - 1 for m in window if self.doc[m.end - 1].dep_ == "conj"}
        return joined | {self.doc[i].head.i for i in joined}

    def _only_person_nearby(self, window: list[_Mention], sentence: int) -> _Cluster | None:
        """No person in the window is a subject: the one person named in the pronoun's
        sentence or the one before ("… courtesy of Wes Nakagiri, a delegate who dressed
        up. “…,” he said.")."""
        if not window or any(_subject_position(self.doc[m.end - 1]) is not None for m in window):
            return None
        latest = max(self.sent_of[m.start] for m in window)
        if latest < sentence - 1:
            return None
        return _only_cluster(m for m in window if self.sent_of[m.start] == latest)

    # -- output -------------------------------------------------------------------------
    def _records(self) -> EntityExtraction:
        ordered = sorted(self.mentions, key=lambda m: (m.start_char, m.end_char))
        mentions = [
            MentionRecord(
                mention_idx=i,
                entity_id=m.cluster.entity_id if m.cluster else None,
                start_char=m.start_char,
                end_char=m.end_char,
                text=self.text[m.start_char : m.end_char],
                mention_kind=m.kind,
                sent_idx=self.sent_of[m.start],
                entity_type=m.entity_type,
                resolution=m.resolution,
            )
            for i, m in enumerate(ordered)
        ]
        used = {m.cluster.entity_id for m in ordered if m.cluster is not None}
        entities = {
            c.entity_id: EntityRecord(
                c.entity_id, c.canonical, c.entity_type, c.country_code, c.role
            )  # fmt: skip
            for c in self.clusters.values()
            if c.entity_id in used
        }
        return EntityExtraction(mentions, sorted(entities.values(), key=lambda e: e.entity_id))
