"""The Analyzer: configuration in one object, picklable, the same output as bias.analyze."""

from __future__ import annotations

import pickle

import joblib
import pytest

import bias
from bias.voices import FALLBACKS, SPEAKER_RULES
from bias.voices.reported import REPORTED_RULES

SPEAKER_RULE_NAMES = {r.__name__ for r in SPEAKER_RULES + FALLBACKS}
REPORTED_RULE_NAMES = {r.__name__ for r in REPORTED_RULES}


def test_analyze_is_a_call_on_the_default_analyzer(sample_texts):
    an = bias.default_analyzer()
    assert an is bias.default_analyzer()
    for text in sample_texts.values():
        assert an.analyze(text).to_dict() == bias.analyze(text).to_dict()
        assert bias.score(text) == an.score(text)


def test_a_new_analyzer_gives_the_same_output(sample_texts):
    an = bias.Analyzer()
    for text in sample_texts.values():
        assert an.analyze(text).to_dict() == bias.analyze(text).to_dict()


@pytest.mark.parametrize("dump", ["pickle", "joblib"])
def test_analyzer_round_trips_through_pickle_and_joblib(tmp_path, sample_texts, dump):
    an = bias.Analyzer()
    an.analyze(
        next(iter(sample_texts.values()))
    )  # (fills the matcher's memo: not pickled, rebuilt)
    if dump == "pickle":
        again = pickle.loads(pickle.dumps(an))
    else:
        joblib.dump(an, tmp_path / "an.joblib")
        again = joblib.load(tmp_path / "an.joblib")
    for text in sample_texts.values():
        assert again.analyze(text).to_dict() == an.analyze(text).to_dict()


def test_every_attribution_names_its_rule(sample_texts):
    seen = set()
    for text in sample_texts.values():
        art = bias.analyze(text)
        for q in art.quotes:
            if q.kind == "term":
                assert q.rule is None
            elif q.speaker is not None:
                assert q.rule in SPEAKER_RULE_NAMES
                seen.add(q.rule)
        for r in art.reported:
            assert r.rule in REPORTED_RULE_NAMES
        assert all("rule" in q for q in art.to_dict()["quotes"])
    # the samples exercise several rules, not one
    assert len(seen) >= 4


def test_rule_of_a_simple_quotation():
    art = bias.analyze("किम ने कहा, “हम साथ हैं।”")
    assert (art.quotes[0].speaker, art.quotes[0].rule) == ("किम", "ne_subject")
    art = bias.analyze("प्रवक्ता: “हम बातचीत को तैयार हैं।”")
    assert art.quotes[0].rule == "colon_intro"


def test_an_unclosed_quotation_ends_where_site_furniture_starts():
    text = (
        'उन्होंने कहा, "निजता का महत्व है. यह बेहद आकर्षक है.(बीबीसी हिंदी का एंड्रॉयड मोबाइल '
        "ऐप डाउनलोड करने के लिए यहां क्लिक करें.)\nअगली खबर आई।"
    )
    art = bias.analyze(text)
    assert [text[q.start : q.end] for q in art.quotes] == ["निजता का महत्व है. यह बेहद आकर्षक है."]
    assert [s.kind for s in art.sentences] == ["sentence", "boilerplate", "sentence"]


# ------------------------------------------------------------ your own learned type fallback

# a speaker no role or known name types, quoted among film words (context words of the fallback)
UNTYPED_FILM_SPEAKER = "फलाना ने फिल्म की शूटिंग के बारे में कहा, “हम कल फिर मिलेंगे।”"


def test_type_fallback_given_as_a_path_or_an_object(tmp_path):
    import json

    from bias.voices.fallback import TypeFallback, feature_names

    (q,) = bias.Analyzer(type_fallback=False).analyze(UNTYPED_FILM_SPEAKER).quotes
    assert q.source_type == "other"
    # a fallback that says "public" whatever the context (one class, any context word)
    public = TypeFallback(
        ["public"], feature_names(), [[0.0] * len(feature_names())], [0.0], min_probability=0.5
    )
    (q,) = bias.Analyzer(type_fallback=public).analyze(UNTYPED_FILM_SPEAKER).quotes
    assert q.source_type == "public"
    path = tmp_path / "fallback.json"
    path.write_text(json.dumps(public.to_json()), encoding="utf-8")
    (q,) = bias.Analyzer(type_fallback=path).analyze(UNTYPED_FILM_SPEAKER).quotes
    assert q.source_type == "public"
    # the bundled file by its path is the default
    bundled = bias.Analyzer(type_fallback=True).analyze(UNTYPED_FILM_SPEAKER).to_dict()
    assert bias.analyze(UNTYPED_FILM_SPEAKER).to_dict() == bundled


def test_a_bad_type_fallback_is_a_clear_error(tmp_path):
    from bias.errors import InputError, LexiconError

    with pytest.raises(InputError, match="type_fallback"):
        bias.Analyzer(type_fallback=3)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(LexiconError, match="broken.json"):
        bias.Analyzer(type_fallback=broken)


def test_the_fallback_reads_the_first_person_of_the_speakers_own_words():
    from bias.voices.fallback import TypeFallback, feature_names, first_person

    assert first_person(["मैं", "और", "मेरा", "परिवार"]) == (2, 0)
    assert first_person(["हम", "अपना", "काम", "करेंगे"]) == (0, 1)
    # a fallback that says "public" only for a speaker who speaks for themself
    singular = feature_names().index("voice:singular")
    coef = [[0.0] * len(feature_names()), [0.0] * len(feature_names())]
    coef[1][singular] = 10.0
    fb = TypeFallback(["other", "public"], feature_names(), coef, [0.0, 0.0], min_probability=0.6)
    an = bias.Analyzer(type_fallback=fb)
    (me,) = an.analyze("फलाना ने कहा, “मैं कल फिर मिलूंगा, मेरा घर पास है।”").quotes
    (we,) = an.analyze("फलाना ने कहा, “हम कल फिर मिलेंगे, हमारा घर पास है।”").quotes
    assert (me.source_type, we.source_type) == ("public", "other")
