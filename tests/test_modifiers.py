"""The modifiers of a frame or sentiment cue, one table per rule
(bias/framing/modifiers.py), each rule on its own and through score_text."""

from __future__ import annotations

import pytest

import bias
from bias.framing import NEGATED_FRAME, score_text
from bias.framing.modifiers import (
    N_SCALAR,
    Contrast,
    Negators,
    Resolution,
    clause_start,
    contrast_scope,
    contrast_weight,
    diminisher,
    intensifier,
    intensity_factors,
    is_postposed,
    negate,
    negated,
    par_is_contrast,
    resolve,
    resolved_by,
)


def _weights(text: str) -> dict[tuple[str, str], float]:
    """(term, lexicon) -> weight of the cue hits of ``text`` (rounded)."""
    return {(h.term, h.lexicon): round(h.weight, 4) for h in score_text(text).hits}


# --- negation ---------------------------------------------------------------

# lexicon values: अच्छा sentiment 1.9; समर्थन praise 1.0, sentiment 1.5;
# चिंता concern 1.2; डर concern 1.1, sentiment -2.1
NEGATION = [
    ("यह अच्छा है।", ("अच्छा", "sentiment"), 1.9),
    ("यह अच्छा नहीं है।", ("अच्छा", "sentiment"), round(1.9 * N_SCALAR, 4)),
    ("यह नहीं अच्छा।", ("अच्छा", "sentiment"), round(1.9 * N_SCALAR, 4)),
    # the negator as the fourth token after the cue: still negated
    ("अच्छा काम हुआ ही नहीं।", ("अच्छा", "sentiment"), round(1.9 * N_SCALAR, 4)),
    # the fifth: not
    ("अच्छा काम तो हुआ ही नहीं।", ("अच्छा", "sentiment"), 1.9),
    # not across a clause break
    ("अच्छा है, नहीं तो क्या।", ("अच्छा", "sentiment"), 1.9),
    ("नहीं, अच्छा है।", ("अच्छा", "sentiment"), 1.9),
    # a negated frame cue counts for the opposite frame
    ("सरकार ने योजना का समर्थन नहीं किया।", ("समर्थन", "concern"), NEGATED_FRAME * 1.0),
    ("उन्हें कोई चिंता नहीं है।", ("चिंता", "praise"), NEGATED_FRAME * 1.2),
    # privative before, within four tokens
    ("बिना किसी डर के वे आगे बढ़े।", ("डर", "praise"), NEGATED_FRAME * 1.1),
    ("बिना किसी ठोस वजह के डर फैला।", ("डर", "concern"), 1.1),
    # postposed privative right after
    ("डर के बिना जीना।", ("डर", "praise"), NEGATED_FRAME * 1.1),
    ("डर रहित समाज।", ("डर", "sentiment"), round(-2.1 * N_SCALAR, 4)),
]


@pytest.mark.parametrize("text, cue, weight", NEGATION)
def test_negation_in_sentences(text, cue, weight):
    assert _weights(text)[cue] == weight


@pytest.mark.parametrize(
    "text, frame, sentiment",
    [
        # (a sentiment word alone is tone, not frame evidence, since the labelling guide
        # version 2; a quality adjective as the predicate judges its subject: a stance,
        # bias.framing.cues.evaluative_predicates, and its negation the opposite stance)
        ("यह अच्छा है।", "praise", "positive"),
        ("यह अच्छा नहीं है।", "concern", "negative"),
        ("वह खुश नहीं है।", "neutral", "negative"),
        ("सरकार ने योजना की प्रशंसा की।", "praise", "positive"),
        ("सरकार ने योजना की प्रशंसा नहीं की।", "concern", "negative"),
        ("उन्हें कोई चिंता नहीं है।", "praise", "positive"),
    ],
)
def test_negation_flips_the_labels(text, frame, sentiment):
    sc = score_text(text)
    assert (sc.frame, sc.sentiment) == (frame, sentiment)


_KEYS = "क ख ग घ , च छ ज झ ञ ट".split()  # a clause break at 4


@pytest.mark.parametrize(
    "negators, cue, segment, expected",
    [
        (Negators([2], [], []), (1, 2), (0, 11), True),  # right after
        (Negators([3], [], []), (0, 1), (0, 11), True),  # third token after
        (Negators([9], [], []), (5, 6), (0, 11), True),  # fourth token after (NEG_AFTER)
        (Negators([10], [], []), (5, 6), (0, 11), False),  # fifth
        (Negators([6], [], []), (2, 4), (0, 11), False),  # after the clause break at 4
        (Negators([1], [], []), (2, 3), (0, 11), True),  # right before (NEG_BEFORE)
        (Negators([0], [], []), (2, 3), (0, 11), False),  # two before
        (Negators([1], [], []), (0, 2), (0, 11), False),  # inside the cue
        (Negators([3], [], []), (1, 2), (0, 3), False),  # outside the segment
        (Negators([], [1], []), (5, 6), (0, 11), True),  # privative 4 before
        (Negators([], [0], []), (5, 6), (0, 11), False),  # privative 5 before
        (Negators([], [6], []), (5, 6), (0, 11), False),  # privative after
        (Negators([], [], [6]), (5, 6), (0, 11), True),  # postposed right after
        (Negators([], [], [7]), (5, 6), (0, 11), True),  # … or one token later
        (Negators([], [], [8]), (5, 6), (0, 11), False),
        (Negators([], [], [4]), (5, 6), (0, 11), False),  # postposed before
    ],
)
def test_negated(negators, cue, segment, expected):
    assert negated(*cue, negators=negators, keys=_KEYS, segment=segment) is expected


@pytest.mark.parametrize(
    "lexicon, weight, expected",
    [
        ("sentiment", 2.0, ("sentiment", 2.0 * N_SCALAR)),
        ("sentiment", -1.0, ("sentiment", -1.0 * N_SCALAR)),
        ("praise", 1.5, ("concern", 1.5 * NEGATED_FRAME)),
        ("concern", 1.2, ("praise", 1.2 * NEGATED_FRAME)),
    ],
)
def test_negate(lexicon, weight, expected):
    assert negate(lexicon, weight) == expected


@pytest.mark.parametrize(
    "term, postposed",
    [("के बिना", True), ("से मुक्त", True), ("रहित", True), ("बिना", False), ("बगैर", False)],
)
def test_privative_position(term, postposed):
    assert is_postposed(tuple(term.split())) is postposed


# --- intensity --------------------------------------------------------------

# बहुत, बेहद intensify (0.293, 0.35); थोड़ा, कथित diminish (0.293, 0.3)
INTENSITY = [
    ("यह बहुत अच्छा है।", ("अच्छा", "sentiment"), round(1.9 * 1.293, 4)),
    ("यह थोड़ा अच्छा है।", ("अच्छा", "sentiment"), round(1.9 * (1 - 0.293), 4)),
    # two modifiers multiply
    ("यह बेहद बहुत अच्छा है।", ("अच्छा", "sentiment"), round(1.9 * 1.35 * 1.293, 4)),
    # a hedge of attribution weakens an accusation, and the tone of an event word
    ("उन पर कथित आरोप लगा है।", ("आरोप लगा", "concern"), round(1.7 * 0.7, 4)),
    ("यह कथित घोटाला है।", ("घोटाला", "event"), round(-1.5 * 0.7, 4)),
]


@pytest.mark.parametrize("text, cue, weight", INTENSITY)
def test_intensity_in_sentences(text, cue, weight):
    assert _weights(text)[cue] == weight


@pytest.mark.parametrize(
    "intensifiers, diminishers, n_tokens, expected",
    [
        ({0: (1, 0.5)}, {}, 5, {1: 1.5, 2: 1.5}),  # the two tokens after the modifier
        ({0: (2, 0.5)}, {}, 5, {2: 1.5, 3: 1.5}),  # after a multiword modifier
        ({0: (1, 0.5)}, {}, 2, {1: 1.5}),  # not past the text
        ({}, {3: (1, 0.25)}, 6, {4: 0.75, 5: 0.75}),
        ({}, {0: (1, 1.5)}, 3, {1: 0.0, 2: 0.0}),  # a diminisher never flips
        ({0: (1, 0.5)}, {1: (1, 0.5)}, 4, {1: 1.5, 2: 0.75, 3: 0.5}),  # they multiply
    ],
)
def test_intensity_factors(intensifiers, diminishers, n_tokens, expected):
    assert intensity_factors(intensifiers, diminishers, n_tokens) == expected


def test_intensifier_and_diminisher_factors():
    assert intensifier(0.293) == 1.293
    assert diminisher(0.293) == 1 - 0.293
    assert diminisher(2.0) == 0.0


# --- contrast ---------------------------------------------------------------

CONTRAST = [
    # after लेकिन 1.5, before it 0.5 (आलोचना concern 1.4; स्वागत किया praise 1.2)
    (
        "योजना की आलोचना हुई, लेकिन किसानों ने स्वागत किया।",
        {("आलोचना", "concern"): 0.7, ("स्वागत किया", "praise"): 1.8},
    ),
    # the clause हालांकि opens 0.5, the rest 1.5
    (
        "हालांकि योजना की आलोचना हुई, किसानों ने स्वागत किया।",
        {("आलोचना", "concern"): 0.7, ("स्वागत किया", "praise"): 1.8},
    ),
    # the last "but" decides (खुश 2.3, दुखी -2.3)
    (
        "वह खुश है लेकिन हम दुखी हैं मगर वे खुश हैं।",
        {("खुश", "sentiment"): 3.45, ("दुखी", "sentiment"): -1.15},
    ),
    # पर is "but" only at the start of a clause (भरोसा 1.5)
    ("सरकार पर भरोसा है।", {("भरोसा", "sentiment"): 1.5}),
    ("पर सरकार पर भरोसा है।", {("भरोसा", "sentiment"): 2.25}),
    ("वह आया, पर खाना अच्छा था।", {("अच्छा", "sentiment"): 2.85}),
    ("मेज पर अच्छा खाना था।", {("अच्छा", "sentiment"): 1.9}),
    # contrast, then negation
    ("वह आया। पर अच्छा नहीं लगा।", {("अच्छा", "sentiment"): round(1.9 * 1.5 * N_SCALAR, 4)}),
]


@pytest.mark.parametrize("text, weights", CONTRAST)
def test_contrast_in_sentences(text, weights):
    got = _weights(text)
    for cue, weight in weights.items():
        assert got[cue] == weight


def test_contrast_makes_the_clause_after_but_decide():
    assert score_text("योजना की आलोचना हुई, लेकिन किसानों ने स्वागत किया।").frame == "praise"
    assert score_text("किसानों ने स्वागत किया, लेकिन योजना की कड़ी आलोचना हुई।").frame == "concern"


_BUT = Contrast(3, 4, "but", 0.5, 1.5)
_ALTHOUGH = Contrast(0, 3, "although", 1.5, 0.5)


@pytest.mark.parametrize(
    "i, but, although, weight",
    [
        (1, _BUT, None, 0.5),
        (3, _BUT, None, 1.0),  # the cue itself
        (5, _BUT, None, 1.5),
        (1, None, _ALTHOUGH, 0.5),
        (3, None, _ALTHOUGH, 1.5),
        (5, _BUT, _ALTHOUGH, 1.5 * 1.5),
        (1, None, None, 1.0),
    ],
)
def test_contrast_weight(i, but, although, weight):
    assert contrast_weight(i, but=but, although=although) == weight


def test_contrast_scope_takes_the_last_but_and_the_first_although_clause():
    keys = "हालांकि वह आया , लेकिन देर से मगर खुश हालांकि".split()
    cues = [
        Contrast(0, 1, "although", 1.5, 0.5),
        Contrast(4, 5, "but", 0.5, 1.5),
        Contrast(7, 8, "but", 0.5, 1.5),
        Contrast(9, 10, "although", 1.5, 0.5),
    ]
    but, although = contrast_scope(cues, keys, len(keys))
    assert but == cues[2]
    assert although == cues[0]._replace(end=3)  # up to the comma
    # without a clause end, to the segment's end
    assert contrast_scope(cues[3:], keys, len(keys))[1] == cues[3]


@pytest.mark.parametrize(
    "kinds, i, is_but",
    [
        (["word"], 0, True),  # the first token
        (["punct", "word"], 1, True),  # after punctuation
        (["word", "word"], 1, False),  # मेज पर
    ],
)
def test_par_is_but_only_at_a_clause_start(kinds, i, is_but):
    assert par_is_contrast(i, kinds) is is_but


# --- resolvers and counter-actions --------------------------------------------

RESOLUTION = [
    # a resolver cancels the concern and the negative wording of its clause
    ("चिंता की कोई बात नहीं है।", set()),
    # (खतरा टल is an event word, good news: its tone stays)
    (
        "चिंता की कोई बात नहीं, खतरा टल गया।",
        {("खतरा टल", "event"), ("खतरा टल", "sentiment")},
    ),
    # only its own clause, up to its end
    ("लोगों में डर है, कोई बात नहीं।", {("डर", "concern"), ("डर", "sentiment")}),
    ("कोई बात नहीं, डर है।", {("डर", "concern"), ("डर", "sentiment")}),
    # a counter-action cancels the concern cue, the wording and the event word stay
    ("महामारी से निपटने के लिए टीम बनी।", {("महामारी", "event"), ("महामारी", "sentiment")}),
    ("बाढ़ की रोकथाम पर बैठक हुई।", {("बाढ़", "event"), ("बाढ़", "sentiment")}),
    ("सरकार की आलोचना से निपटने के लिए टीम बनी।", {("आलोचना", "sentiment")}),
]


@pytest.mark.parametrize("text, cues", RESOLUTION)
def test_resolution_in_sentences(text, cues):
    assert set(_weights(text)) == cues


def test_counter_action_keeps_sentiment_but_not_as_frame_evidence():
    sc = score_text("आतंकवाद के खिलाफ लड़ाई में पूरा देश एकजुट है।")
    assert (sc.frame, sc.sentiment) == ("praise", "negative")
    wording = [h for h in sc.hits if h.lexicon == "sentiment" and h.weight < 0]
    assert wording and not any(h.framing for h in wording)
    assert score_text("महामारी से निपटने के लिए टीम बनी।").frame == "neutral"


@pytest.mark.parametrize(
    "lexicon, valence, how, expected",
    [
        ("concern", 1.2, "resolver", (False, False)),
        ("sentiment", -2.0, "resolver", (False, False)),
        ("concern", 1.2, "counter", (False, False)),
        ("sentiment", -2.0, "counter", (True, False)),
        ("sentiment", 2.0, "resolver", (True, True)),  # positive wording is untouched
        ("praise", 1.0, "resolver", (True, True)),
        ("concern", 1.2, None, (True, True)),
    ],
)
def test_resolve(lexicon, valence, how, expected):
    assert resolve(lexicon, valence, how) == expected


@pytest.mark.parametrize(
    "text, i, start",
    [
        ("वह आया , चिंता की कोई बात नहीं", 4, 3),
        ("चिंता की कोई बात नहीं", 2, 0),
        ("उसने कहा कि कोई बात नहीं", 3, 3),  # कि ends a clause
        ("डर है और कोई बात नहीं", 3, 3),
    ],
)
def test_clause_start(text, i, start):
    assert clause_start(text.split(), i) == start


@pytest.mark.parametrize(
    "resolutions, i, how",
    [
        ([Resolution(3, 8, "resolver")], 4, "resolver"),
        ([Resolution(3, 8, "resolver")], 2, None),  # before its clause
        ([Resolution(3, 8, "resolver")], 8, None),  # after the phrase
        ([Resolution(0, 2, "counter"), Resolution(3, 8, "resolver")], 1, "counter"),
        # one clause, two phrases: the nearest decides
        ([Resolution(3, 6, "counter"), Resolution(3, 9, "resolver")], 4, "counter"),
        ([Resolution(3, 6, "counter"), Resolution(3, 9, "resolver")], 7, "resolver"),
        ([], 4, None),
    ],
)
def test_resolved_by(resolutions, i, how):
    assert resolved_by(resolutions, i) == how


@pytest.mark.parametrize(
    "keys, cue, expected",
    [
        ("मृत्यु दर में भी कमी आई", (0, 1), 4),  # a measure, में and a particle between
        ("संक्रमण दर गिर गई", (0, 1), 2),  # a verb of falling
        ("दवाओं की कमी है", (0, 1), None),  # a shortage, not a fall (no में)
        ("हादसे में पुल गिरा", (0, 1), None),  # पुल is not a measure of the accident
    ],
)
def test_decreased(keys, cue, expected):
    from bias.framing.modifiers import decreased

    keys = keys.split()
    decreases = [k for k, w in enumerate(keys) if w in ("कमी", "गिर", "गिरा")]
    assert decreased(*cue, decreases=decreases, keys=keys) == expected


def test_a_fall_of_a_harm_is_good_news_and_no_stance():
    (s,) = bias.analyze("हिंसा में कमी आई है।").sentences
    assert (s.frame, s.sentiment) == ("neutral", "positive")
    assert s.event_tone > 0
    (s,) = bias.analyze("हिंसा में कमी नहीं आई है।").sentences  # a denied fall
    assert s.sentiment == "negative" and s.event_tone < 0


def test_a_negator_governs_the_nearest_cue_before_it():
    # the topic noun before the negated predicate keeps its tone ("did not condemn the attack"
    # does not make the attack good news)
    (s,) = bias.analyze("उन्होंने हमले की निंदा नहीं की।").sentences
    attack = [c for c in s.cues if c.term == "हमले" and c.lexicon == "event"]
    assert attack and attack[0].weight < 0
    (s,) = bias.analyze("क्या लॉकडाउन से कोई फायदा नहीं हो रहा है?").sentences
    assert s.event_tone < 0  # लॉकडाउन stays a harm; फायदा is the negated one
