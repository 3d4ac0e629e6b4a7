"""Event rules, each with sentences of our own (real small model)."""

from __future__ import annotations

from datetime import date, datetime

from pipeline.extract.entities import extract_entities
from pipeline.extract.events import EventExtraction, extract_events, resolve_date
from pipeline.extract.quotes import extract_quotes
from pipeline.parse import parse_bytes
from tests.conftest import SEED_FILE


def events_of(nlp, text: str, published: datetime | None = None) -> EventExtraction:
    doc = nlp(text)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities.mentions, [(0, len(text))])
    countries = {e.entity_id: e.country_code for e in entities.entities}
    result = extract_events(doc, entities.mentions, quotes, published, countries)
    for e in result.events:
        assert text[e.trigger_start : e.trigger_end] == e.trigger
    for a in result.arguments:
        assert text[a.start_char : a.end_char] == a.text
    for m in result.mentions:
        assert text[m.trigger_start : m.trigger_end] == m.trigger
    firsts = {m.event_idx for m in result.mentions if m.relation == "first"}
    assert firsts == {e.event_idx for e in result.events}
    return result


def roles(result: EventExtraction, event_idx: int = 0) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for a in result.arguments:
        if a.event_idx == event_idx:
            out.setdefault(a.role, []).append(a.entity_id or a.text)
    return out


def test_active_verb_with_actor_target_and_countries(nlp):
    result = events_of(nlp, "Belarus President Aleksandr Lukashenko visited Kazakhstan on Monday.")
    event = result.events[0]
    assert (event.event_type, event.mode, event.cameo_root) == ("CONSULT", "visit", "04")
    assert roles(result)["actor"] == ["person:aleksandr-lukashenko"]
    assert roles(result)["target"] == ["gpe:kazakhstan"]
    countries = {a.role: a.country_code for a in result.arguments}
    assert countries["actor"] == "BY" and countries["target"] == "KZ"


def test_passive_with_agent(nlp):
    result = events_of(nlp, "The sanctions were condemned by the European Union.")
    event = result.events[0]
    assert event.event_type == "DISAPPROVE"
    assert roles(result)["actor"] == ["org:european-union"]


def test_conjunction_of_targets_is_one_event(nlp):
    text = (
        "Kenyan President William Ruto held negotiations with the China president, "
        "the prime minister of Pakistan and the secretary general of the United Nations."
    )
    result = events_of(nlp, text)
    assert len(result.events) == 1
    assert result.events[0].trigger == "held negotiations"
    assert len(roles(result)["target"]) == 3


def test_nominal_event_with_possessor(nlp):
    result = events_of(nlp, "Emmanuel Macron ended his visit to Germany on Friday.")
    visit = next(e for e in result.events if e.trigger == "visit")
    assert (visit.event_type, visit.mode) == ("CONSULT", "visit")
    assert roles(result, visit.event_idx)["target"] == ["gpe:germany"]


def test_negation_is_flagged(nlp):
    result = events_of(nlp, "Russia did not sign the treaty with Ukraine.")
    assert result.events[0].event_type == "AGREE"
    assert result.events[0].negated is True


def test_intended_and_proposed_events_are_flagged(nlp):
    planned = events_of(nlp, "Germany plans to sanction Iran next year.")
    assert planned.events[0].event_type == "SANCTION"
    assert planned.events[0].modality == "planned"
    proposed = events_of(nlp, "John Smith suggested developing a concept with France.")
    assert proposed.events[0].modality == "proposed"
    future = events_of(nlp, "Japan will visit Brazil in March.")
    assert future.events[0].modality == "future"


def test_habitual_statement_is_flagged(nlp):
    result = events_of(nlp, "Iran often criticizes Israel.")
    assert result.events[0].modality == "habitual"


def test_refusal_is_a_rejection(nlp):
    result = events_of(nlp, "Serbia rejected the demands of Kosovo.")
    assert result.events[0].event_type == "REJECT"


def test_speech_act_inside_a_quote_is_coded_for_the_speaker(nlp):
    result = events_of(nlp, "“We condemn the attack on Israel,” said John Smith.")
    assert [(e.event_type, e.trigger) for e in result.events] == [("DISAPPROVE", "condemn")]
    assert roles(result) == {"actor": ["person:john-smith"], "target": ["gpe:israel"]}
    # other acts told inside a quote are the speaker's account, not coded events
    assert events_of(nlp, "“We attacked them in Gaza,” said John Smith.").events == []


def test_casualty_count_beside_the_clash_is_evidence_not_an_event(nlp):
    for text, trigger, toll in [
        ("Rebels attacked a police convoy in Kano, killing five officers.", "attacked", "killing"),
        ("The fighting between Boko Haram and the Nigerian army killed 12 people in Maiduguri.",
         "fighting", "killed"),
        ("Israeli troops stormed the village of Jenin and killed three Palestinians.", "stormed", "killed"),
        ("Rebels launched an attack on the army base in Kano, killing five soldiers.", "launched an attack",
         "killing"),
    ]:  # fmt: skip
        result = events_of(nlp, text)
        assert [e.trigger for e in result.events] == [trigger], text
        evidence = [(m.relation, m.trigger) for m in result.mentions]
        assert evidence == [("first", trigger), ("casualties", toll)]
        assert result.events[0].n_mentions == 2


def test_alleged_acts_are_flagged_with_the_accused_as_actor(nlp):
    accused = events_of(nlp, "Hamas was accused of attacking Israel.")
    attack = next(e for e in accused.events if e.trigger == "attacking")
    assert (attack.event_type, attack.modality) == ("ASSAULT", "alleged")
    assert roles(accused, attack.event_idx) == {"actor": ["org:hamas"], "target": ["gpe:israel"]}
    blamed = events_of(nlp, "Police blamed Hamas for the abduction of Israeli citizens in Gaza.")
    abduction = next(e for e in blamed.events if e.trigger == "abduction")
    assert (abduction.event_type, abduction.modality) == ("ASSAULT", "alleged")
    assert roles(blamed, abduction.event_idx)["actor"] == ["org:hamas"]
    adverb = events_of(nlp, "The Russian army allegedly shelled Kharkiv.")
    assert adverb.events[0].modality == "alleged"


def test_place_and_absolute_date(nlp):
    text = "Poland and Ukraine signed an agreement in Warsaw in October 2023."
    result = events_of(nlp, text)
    event = result.events[0]
    assert (event.event_type, event.event_date, event.date_granularity) == (
        "AGREE",
        date(2023, 10, 1),
        "month",
    )
    assert roles(result)["location"] == ["gpe:warsaw"]


def test_relative_date_needs_the_publication_date():
    published = datetime(2024, 7, 4, 12, 0)  # a Thursday
    assert resolve_date("yesterday", published) == (date(2024, 7, 3), "day")
    assert resolve_date("on Monday", published) == (date(2024, 7, 1), "day")
    assert resolve_date("yesterday", None) == (None, None)
    assert resolve_date("the day before", published) == (None, None)
    assert resolve_date("5 March 2021", None) == (date(2021, 3, 5), "day")


def test_re_mentions_are_merged(nlp):
    text = "France criticized Iran on Monday. France criticized Iran again on Tuesday."
    result = events_of(nlp, text)
    assert len(result.events) == 1 and result.events[0].n_mentions == 2
    # both places stay as evidence, with their own offsets and sentences
    evidence = [(m.relation, m.trigger_start, m.sent_idx) for m in result.mentions]
    assert evidence == [("first", text.index("criticized"), 0), ("repeat", text.rindex("criticized"), 1)]


def test_seed_events(nlp):
    (document,), _ = parse_bytes(SEED_FILE.read_bytes(), SEED_FILE.name)
    doc = nlp(document.text)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities.mentions, document.paragraphs)
    countries = {e.entity_id: e.country_code for e in entities.entities}
    result = extract_events(doc, entities.mentions, quotes, None, countries)
    by_trigger = {e.trigger: e for e in result.events}
    assert by_trigger["visit"].event_type == "CONSULT" and by_trigger["visit"].mode == "visit"
    assert by_trigger["took part in a session"].mode == "multilateral"
    assert by_trigger["passed the Astana declaration"].event_type == "AGREE"
    assert by_trigger["joined"].event_type == "COOPERATE"
    assert by_trigger["suggested"].modality == "proposed"
    conference = by_trigger["conference"]
    assert (conference.event_date, conference.date_granularity) == (date(2023, 10, 1), "month")
    negotiations = by_trigger["held negotiations"]
    targets = [a.entity_id for a in result.arguments
               if a.event_idx == negotiations.event_idx and a.role == "target"]  # fmt: skip
    assert targets == ["person:president-of-china", "person:president-of-türkiye",
                       "person:prime-minister-of-pakistan",
                       "person:secretary-general-of-united-nations"]  # fmt: skip
    discussed = by_trigger["discussed"]
    actors = {a.entity_id for a in result.arguments
              if a.event_idx == discussed.event_idx and a.role == "actor"}  # fmt: skip
    assert actors == {"person:aleksandr-lukashenko", "person:vladimir-putin"}


def types_of(result: EventExtraction) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in result.events]


def test_verbs_that_need_an_object_and_verbs_that_need_a_particular_object(nlp):
    assert types_of(events_of(nlp, "The United States returned six artifacts to Iraq.")) == [
        ("RETREAT", "returned")
    ]
    assert types_of(events_of(nlp, "The French president returned to Paris on Monday.")) == []
    aid = events_of(nlp, "Germany sent food and medicine to Haiti after the earthquake.")
    assert types_of(aid) == [("AID", "sent")] and roles(aid)["target"] == ["gpe:haiti"]
    assert types_of(events_of(nlp, "Germany sent a letter to Haiti after the earthquake.")) == []
    ties = events_of(nlp, "Egypt restored diplomatic ties with Qatar.")
    assert types_of(ties) == [("COOPERATE", "restored")]
    cut = events_of(nlp, "Saudi Arabia cut diplomatic relations with Iran.")
    assert types_of(cut) == [("SANCTION", "cut")]


def test_phrasal_verbs_code_with_their_particle(nlp):
    out = events_of(nlp, "Russia pulled out of the grain deal with Ukraine.")
    assert ("RETREAT", "pulled") in types_of(out)
    back = events_of(nlp, "The Russian army pulled back from the border with Ukraine.")
    assert ("RETREAT", "pulled") in types_of(back)
    cordon = events_of(nlp, "Belarusian police cordoned off the main square.")
    assert types_of(cordon) == [("COERCE", "cordoned")]


def test_controlled_infinitive_takes_the_controller_as_actor(nlp):
    decided = events_of(nlp, "The Egyptian military council decided to ease restrictions on parties.")
    assert types_of(decided) == [("CONCEDE", "ease")]
    assert roles(decided)["actor"] == ["norp:egyptian"]  # the council, by its country
    about = events_of(nlp, "Egypt is about to restore full diplomatic ties with Qatar.")
    assert types_of(about) == [("COOPERATE", "restore")] and roles(about)["actor"] == ["gpe:egypt"]
    urged = events_of(nlp, "France urged Germany to sanction Russia.")
    sanction = next(i for i, e in enumerate(urged.events) if e.event_type == "SANCTION")
    assert roles(urged, sanction)["actor"] == ["gpe:germany"]
