"""The lexicon layer: keys, the stemmer, and the one labelled matcher against its definition."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bias
from bias.lexicon import (
    SUFFIXES,
    Matcher,
    Phrases,
    TokenTable,
    stem,
    term_key,
    term_tokens,
    token_key,
)

# a small vocabulary with inflected and bare forms, so that stems collide
WORDS = ["चिंता", "चिंताओं", "चिंताएं", "उपलब्ध", "उपलब्धि", "के", "खिलाफ", "पूर्ण", "समर्थन",
         "नहीं", "गहरी", "लड़ाई", "लड़ाइयों"]


def stem_by_definition(key: str) -> str:
    """The longest suffix of SUFFIXES that leaves at least two characters, stripped."""
    fits = [s for s in SUFFIXES if key.endswith(s) and len(key) - len(s) >= 2]
    return key[: -len(max(fits, key=len))] if fits else key


@given(st.text(alphabet="कखगचिंताओंएेोीुूाियोंॉ", max_size=8))
def test_stem_is_the_longest_suffix_stripped(key):
    assert stem(key) == stem_by_definition(key)


@pytest.mark.parametrize(
    "word, expected",
    [("चिंताओं", "चिं"), ("चिंता", "चिं"), ("एजेंसियों", "एजेंस"), ("ने", "ने"), ("लड़कियां", "लडक")],
)
def test_stem_examples(word, expected):
    assert stem(token_key(word)) == expected


def test_keys_ignore_nukta_and_chandrabindu():
    assert term_key("ज़रूर") == term_key("जरूर") == token_key("ज़रूर")
    assert term_key("हाँ") == term_key("हां")
    assert term_tokens("गहरी  चिंता") == ("गहरी", "चिंता")


def test_keys_read_the_glide_spelling_as_the_vowel():
    # keys.vowel_glide: गयी = गई, किये = किए, जायेगा = जाएगा; the pronoun ये and विजयी keep their य
    assert token_key("गयी") == token_key("गई") and term_key("दिये गये") == term_key("दिए गए")
    assert token_key("जायेगा") == token_key("जाएगा")
    assert token_key("ये") == "ये" and token_key("क्ये") == "क्ये"
    # so a cue written one way is found in a paper that writes the other
    art = bias.analyze("मंत्री ने उम्मीद जतायी कि काम जल्द पूरा होगा।")
    assert [r.speaker for r in art.reported] == ["मंत्री"]


def longest_by_definition(terms, stemmed, keys, stems, i):
    """The longest term (first listed among equals) matching at token ``i``, by brute force."""
    best = None
    for term, value in terms:
        words = term_tokens(term)
        seq = stems if stemmed else keys
        target = tuple(stem(w) for w in words) if stemmed else words
        n = len(target)
        if tuple(seq[i : i + n]) != target:
            continue
        # a bare word of the text does not match an inflected word of the term
        if stemmed and any(
            keys[i + j] == stems[i + j] and words[j] != target[j] for j in range(n)
        ):
            continue
        if best is None or n > best[0]:
            best = (n, value)
    return best


term_lists = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    min_size=1,
    max_size=8,
    unique_by=term_key,
)


@settings(max_examples=300, deadline=None)
@given(term_lists, term_lists, st.lists(st.sampled_from(WORDS), max_size=12))
def test_matcher_finds_what_the_definition_gives(plain_terms, stemmed_terms, text_words):
    plain = Phrases([(t, f"p{j}") for j, t in enumerate(plain_terms)], label="plain")
    stemmed = Phrases(
        [(t, f"s{j}") for j, t in enumerate(stemmed_terms)], stemmed=True, label="stemmed"
    )
    tk = TokenTable(" ".join(text_words), matcher=Matcher([plain, stemmed]))
    for phrases, terms, is_stemmed in ((plain, plain_terms, False), (stemmed, stemmed_terms, True)):
        labelled = [(t, v) for (t, v) in zip(terms, (f"{phrases.label[0]}{j}" for j in range(99)))]
        expected = {
            i: m
            for i in range(len(tk))
            if (m := longest_by_definition(labelled, is_stemmed, tk.keys, tk.stems, i))
        }
        assert tk.matches(phrases) == expected


def test_bare_word_does_not_match_an_inflected_term():
    achievement = Phrases([("उपलब्धि", "praise")], stemmed=True)
    worry = Phrases([("चिंता", "concern")], stemmed=True)
    matcher = Matcher([achievement, worry])
    tk = TokenTable("दवा उपलब्ध है और चिंताओं के बीच", matcher=matcher)
    assert tk.matches(achievement) == {}
    assert tk.matches(worry) == {4: (1, "concern")}


def test_longest_term_wins_and_a_lexicon_outside_the_matcher_still_matches():
    support = Phrases([("समर्थन", 1.0), ("पूर्ण समर्थन", 2.0)], stemmed=True)
    other = Phrases([("खिलाफ", "x")])
    tk = TokenTable("पूर्ण समर्थन के खिलाफ", matcher=Matcher([support]))
    assert tk.matches(support) == {0: (2, 2.0), 1: (1, 1.0)}
    assert tk.matches(other) == {3: (1, "x")}


def test_matcher_pickles_without_its_memo():
    p = Phrases([("नहीं", "negator")])
    m = Matcher([p])
    TokenTable("नहीं", matcher=m).matches(p)
    m2 = pickle.loads(pickle.dumps(m))
    assert m2._memo == {}
    assert TokenTable("नहीं", matcher=m2).matches(m2.phrases[0]) == {0: (1, "negator")}


def test_stem_exceptions_stay_whole_and_match_no_unrelated_cue():
    from bias.lexicon.keys import STEM_EXCEPTIONS, stem, token_key

    assert all(stem(w) == w == token_key(w) for w in STEM_EXCEPTIONS)
    assert stem("गलती") != stem("गली")
    import bias

    lane = bias.analyze("वह गली में रहता है।").sentences[0]
    assert [c.term for c in lane.cues if c.lexicon in ("praise", "concern")] == []
    friends = bias.analyze("मेरे दोस्तों ने मुझे फोन किया।").sentences[0]
    assert [c.term for c in friends.cues if c.lexicon in ("praise", "concern")] == []
    active = bias.analyze("राज्य में सक्रिय मामलों की संख्या 120 है।").sentences[0]
    assert [c.term for c in active.cues if c.lexicon in ("praise", "concern")] == []
    # the accused are no accusation, an opening batsman no salute (session 23)
    accused = bias.analyze("आरोपियों ने दोनों को पटक दिया।")
    assert [s.cue for s in accused.stances] == []
    openers = bias.analyze("दोनों सलामी बल्लेबाज़ जल्द लौट गए।")
    assert [s.cue for s in openers.stances] == []
    assert bias.analyze("सरकार पर आरोप लगाया गया।").stances[0].frame == "concern"
    # "according to information" names no expert
    (quote,) = bias.analyze('जानकारी के अनुसार "हम तैयार हैं।"').quotes
    assert quote.source_type != "expert"
    # the words they were confused with are still cues
    assert bias.analyze("यह उनकी गलती है।").sentences[0].frame == "concern"
