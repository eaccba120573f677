"""Speaker entities (bias.voices.entities): one entity per person, its type and origin."""

from __future__ import annotations

from pathlib import Path

import pytest

import bias
from bias.lexicon import Matcher, Phrases, TokenTable
from bias.voices.entities import (
    CONTEXT_AFTER,
    NO_COUNTRY,
    entity_type,
    mention_origin,
    name_words,
    place_words,
    same_entity,
)

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_name_words_drop_honorifics_and_punctuation():
    t = "डॉ. रमेश चन्द्र जी,"
    assert name_words(TokenTable(t), (0, len(t))) == ("रमेश", "चन्द्र")


@pytest.mark.parametrize(
    "a, b, same",
    [
        (("कटरीना",), ("कटरीना", "कैफ"), True),
        (("चन्द्र",), ("रमेश", "चन्द्र"), True),
        (("रमेश", "चन्द्र"), ("रमेश", "चन्द्र"), True),
        (("राहुल", "गांधी"), ("सोनिया", "गांधी"), False),
        ((), ("मंत्री",), False),
    ],
)
def test_same_entity_is_word_containment(a, b, same):
    assert same_entity(a, b) is same
    assert same_entity(b, a) is same


@pytest.mark.parametrize(
    "types, expected",
    [
        (["expert", None, "other"], "expert"),
        (["other", "celebrity", "celebrity", "public"], "celebrity"),
        (["public", "expert"], "public"),  # a tie: the first mention's type
        (["anonymous", None], "anonymous"),
        ([None, None], None),
    ],
)
def test_entity_type_prefers_specific_frequent_first(types, expected):
    assert entity_type(types) == expected


def test_mention_origin_reads_the_phrase_and_the_words_before_it():
    countries = Phrases([("रूस", "RU"), ("अमेरिकी", "US")], label="origins")
    t = "रूस के राष्ट्रपति पुतिन ने कहा कि अमेरिकी अधिकारी गलत हैं"
    tk = TokenTable(t, matcher=Matcher([countries]))
    found = tk.matches(countries)
    putin = (t.index("पुतिन"), t.index("पुतिन") + len("पुतिन"))
    assert mention_origin(tk, found, putin, (0, len(tk))) == "RU"
    officials = (t.index("अधिकारी"), t.index("अधिकारी") + len("अधिकारी"))
    assert mention_origin(tk, found, officials, (0, len(tk))) == "US"
    # a sentence boundary stops the look-back
    assert mention_origin(tk, found, putin, (3, len(tk))) is None


def test_a_speaker_takes_the_country_of_the_cities_the_story_names():
    # no country in the expert's phrase: the story's cities (countries.tsv) give it
    text = (
        "ग्लासगो में एक नया शोध हुआ। ग्लासगो के अस्पतालों में मरीज़ों पर परीक्षण किए गए। "
        "शोधकर्ता मार्क सिम्स ने कहा, “नतीजे अच्छे हैं।”"
    )
    (e,) = bias.analyze(text).entities
    assert (e.name, e.origin, e.bloc) == ("मार्क सिम्स", "GB", "west")


def test_west_is_a_bloc_only_where_no_place_or_direction_is_meant():
    # पश्चिम बंगाल is an Indian state (IN), पश्चिमी विक्षोभ a weather system (no country:
    # NO_COUNTRY, left out by place_words); "पश्चिम में चिंता" is still the West
    (e,) = bias.analyze("पश्चिम बंगाल पुलिस ने कहा, “हालात काबू में हैं।”").entities
    assert (e.origin, e.bloc) == ("IN", None)
    text = "मौसम विज्ञानी ने कहा, “पश्चिमी विक्षोभ से बारिश होगी।”"
    assert [e.origin for e in bias.analyze(text).entities] != ["WEST"]
    assert bias.analyze("इससे पश्चिम में चिंता बढ़ी है।").stances[0].holder == "पश्चिम"
    assert place_words({0: (2, NO_COUNTRY), 4: (1, "WEST")}) == {4: (1, "WEST")}


def test_a_company_speaks_for_its_country_but_does_not_set_the_storys():
    # companies.tsv: a company's spokesperson is an organisation of its home country; a company
    # named in an Indian story ("ट्विटर पर लिखा") does not make the story American
    (e,) = bias.analyze("गूगल के प्रवक्ता ने कहा, “हम जांच कर रहे हैं।”").entities
    assert (e.source_type, e.origin) == ("organisation", "US")
    (e,) = bias.analyze("अभिनेता राजेश ने ट्विटर पर लिखा, “सबका धन्यवाद।”").entities
    assert e.origin == "IN"


def test_mention_origin_a_country_in_the_genitive_governs_the_phrase():
    # मिस्री (Egyptian) is part of the envoy's name; भारत के governs the phrase
    countries = Phrases([("भारत", "IN"), ("मिस्री", "EG")], label="origins")
    t = "भारत के दूत विक्रम मिस्री ने कहा"
    tk = TokenTable(t, matcher=Matcher([countries]))
    found = tk.matches(countries)
    assert mention_origin(tk, found, (0, t.index(" ने")), (0, len(tk))) == "IN"
    # without a genitive, the last country word of the phrase still decides
    t = "मिस्री राजदूत ने कहा"
    tk = TokenTable(t, matcher=Matcher([countries]))
    assert mention_origin(tk, tk.matches(countries), (0, t.index(" ने")), (0, len(tk))) == "EG"


def test_one_person_is_one_entity_and_one_row_of_speakers():
    text = "अभिनेत्री कटरीना कैफ़ ने कहा, “मैं खुश हूं।” बाद में कटरीना बोलीं, “शुक्रिया।”"
    art = bias.analyze(text)
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert direct[0].entity == direct[1].entity is not None
    (row,) = art.summary["speakers"]
    assert row["quotes"] == 2
    assert row["speaker"] == "कटरीना कैफ़"
    (entity,) = art.entities
    assert entity.source_type == "celebrity"
    assert len(entity.mentions) == 2
    # entities and the new quote fields are in the JSON contract
    d = art.to_dict()
    assert d["entities"][0]["id"] == direct[0].entity
    assert d["quotes"][0]["entity"] == direct[0].entity


def test_an_indian_institution_tells_the_origin():
    # a story that names China more than India: the speaker's own phrase still says IN
    text = 'चीन में कोरोना फैला। चीन ने जानकारी छिपाई। राज्यसभा सांसद राकेश सिन्हा ने कहा, "चीन जिम्मेदार है।"'
    assert [(q.speaker, q.origin) for q in bias.analyze(text).quotes] == [("राकेश सिन्हा", "IN")]


def test_the_host_city_of_games_is_no_story_country():
    # "लंदन ओलंपिक" names games, not a British story (story_words, GAMES)
    text = 'मेरीकॉम ने लंदन ओलंपिक में पदक जीता था। मेरीकॉम ने कहा, "मैं तैयार हूं।"'
    assert [q.origin for q in bias.analyze(text).quotes] == ["IN"]
    text = 'मेरीकॉम लंदन गई थीं। वहां मेरीकॉम ने कहा, "मैं तैयार हूं।"'
    assert [q.origin for q in bias.analyze(text).quotes] == ["GB"]


def test_a_relative_named_by_kinship_is_someone_else():
    # "अफरीदी के भाई" is Afridi's brother, not Afridi (relative_words)
    text = 'अफरीदी के भाई ने कहा, "वह ठीक है." बाद में अफरीदी ने कहा, "मैं ठीक हूं."'
    art = bias.analyze(text)
    assert sorted(e.name for e in art.entities) == ["अफरीदी", "अफरीदी के भाई"]
    # a relative with a name of their own is that name
    art = bias.analyze('उनके बेटे सरफराज खान ने कहा, "हम खुश हैं." सरफराज बोले, "धन्यवाद."')
    assert [e.name for e in art.entities] == ["सरफराज खान"]


def test_a_pronoun_nothing_resolves_is_the_protagonist():
    # a profile introduces its subject without ने: "वे कहती हैं" resolves to no subject mention,
    # and is taken to be the article's most quoted named person (protagonist_takes_pronouns)
    text = (
        'अभिनेत्री रीना राय 66 साल की हो गई हैं. वे कहती हैं, "मुझे काम अच्छा लगता है." '
        'रीना राय बताती हैं, "मैं खुश हूं."'
    )
    art = bias.analyze(text)
    assert [(q.speaker, q.entity) for q in art.quotes] == [("वे", "e1"), ("रीना राय", "e1")]
    (entity,) = art.entities
    assert entity.name == "रीना राय" and len(entity.mentions) == 2
    # not into a body or an outlet: with no person named, the pronoun stays its own entity
    art = bias.analyze('वे कहती हैं, "मुझे काम अच्छा लगता है." बीबीसी ने कहा, "ठीक."')
    assert [e.name for e in art.entities] == ["वे", "बीबीसी"]


def test_entity_type_comes_from_the_first_mention_role():
    text = "वरिष्ठ वकील अनिल मेहरा ने कहा, “फैसला सही है।” मेहरा ने यह भी कहा, “अपील नहीं होगी।”"
    art = bias.analyze(text)
    types = {q.source_type for q in art.quotes if q.kind == "direct"}
    assert types == {"expert"}
    assert len({q.entity for q in art.quotes}) == 1


def test_home_country_for_local_officials_unless_another_is_named():
    art = bias.analyze("पुलिस अधिकारी सुनील यादव ने कहा, “जांच जारी है।”")
    assert art.quotes[0].origin == "IN"
    abroad = bias.Analyzer(home=None).analyze("पुलिस अधिकारी सुनील यादव ने कहा, “जांच जारी है।”")
    assert abroad.quotes[0].origin is None
    # an office only India has names India whatever the outlet's country (countries.tsv)
    abroad = bias.Analyzer(home=None).analyze("थाना प्रभारी सुनील यादव ने कहा, “जांच जारी है।”")
    assert abroad.quotes[0].origin == "IN"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds not present")
def test_seed_state_media_and_leaders_on_the_praise_side():
    (path,) = sorted(SEED.glob("*.txt"))[:1]
    art = bias.analyze(path.read_text(encoding="utf-8"))
    direct = [q for q in art.quotes if q.kind == "direct"]
    putin = {q.entity for q in direct if q.speaker == "पुतिन"}
    assert len(putin) == 1
    assert sum(q.entity in putin for q in direct) == 3
    kim = {q.entity for q in direct if q.speaker == "किम"}
    assert len(kim) == 1 and sum(q.entity in kim for q in direct) == 2
    # किम alone (the seed never gives his full name) is the North Korean leader
    assert {(q.source_type, q.origin) for q in direct if q.entity in kim} == {
        ("government_official", "KP")
    }
    state = [q for q in direct if q.source_type == "state_media"]
    assert state and all(q.origin == "KP" for q in state)
    by_origin = art.summary["frames_by_origin"]
    assert by_origin["KP"]["praise"] > by_origin["KP"]["concern"]
    non_west = [v for bloc, v in art.summary["frames_by_bloc"].items() if bloc != "west"]
    assert non_west and all(v["praise"] > v["concern"] for v in non_west)


def test_the_story_country_is_read_before_and_after_the_speaker():
    # (a name that is in neither given_names.tsv nor surnames.tsv, so the story decides)
    said = "टीम के कोच वाल्मो ने कहा, “हम पूरी तरह तैयार हैं।” "
    # the country is named only after the quotation, within CONTEXT_AFTER sentences
    (q,) = bias.analyze(said + "यह मुकाबला ब्रिटेन में होगा।").quotes
    assert q.origin == "GB"
    # named further on, it is another story's country (a day-file holds many)
    filler = "मैदान पर अभ्यास जारी रहा। " * (CONTEXT_AFTER + 1)
    (q,) = bias.analyze(said + filler + "यह मुकाबला ब्रिटेन में होगा।").quotes
    assert q.origin == "IN"


def test_a_country_speaking_as_a_body_is_its_government():
    """The guide: "फ्रांस ने कहा" is a government_official entity of its own (country_speaks),
    also a capital standing for its government; a body such as the UN keeps its own type."""
    for text, speaker, origin in [
        ("संयुक्त अरब अमीरात ने भारत से शांति बनाए रखने का अनुरोध किया है।", "संयुक्त अरब अमीरात", "AE"),
        ("मॉस्को ने चेतावनी दी कि हमले का जवाब दिया जाएगा।", "मॉस्को", "RU"),
    ]:
        (r,) = bias.analyze(text).reported
        assert (r.speaker, r.source_type, r.origin) == (speaker, "government_official", origin)
    (r,) = bias.analyze("संयुक्त राष्ट्र ने कहा कि मदद भेजी जाएगी।").reported
    assert (r.speaker, r.source_type) == ("संयुक्त राष्ट्र", "organisation")
    # a country inside a longer phrase is the phrase's origin, not its type
    (r,) = bias.analyze("अमेरिका के एक नागरिक ने कहा कि हालात खराब हैं।").reported
    assert r.source_type != "government_official" and r.origin == "US"
