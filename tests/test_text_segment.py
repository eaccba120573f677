"""The steps and rules of segmentation, each on its own."""

from __future__ import annotations

import pytest

from bias.text import normalize, pair_quotes, segment_normalized
from bias.text.segment import (
    Zones,
    _boundary_cuts,
    _dots_end_sentence,
    _fills_its_line,
    _forbidden_zones,
    _is_abbreviation_dot,
    _is_credit,
    _lacks_final_punctuation,
    _line_kinds,
    _quotation_end_cuts,
    _units,
    _url_zones,
)

# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    "text, expected",
    [
        ("दर 3.5 प्रतिशत", True),  # a decimal
        ("डॉ. शर्मा", True),  # an abbreviation
        ("1947 ई. में", True),  # a vowel letter used as an initial
        ("ए.पी.जे. कलाम", True),  # a chain of letter names
        ("पी. टी. उषा", True),  # initials with spaces
        ("U.S. army", True),  # a Latin initial
        ("the U.S. army", True),
        ("वह घर आई. फिर", False),  # a full stop
        ("जे. आया", False),  # a letter name alone is a word
        (". शुरू", False),  # no word before the dot
    ],
)
def test_is_abbreviation_dot(text, expected):
    assert _is_abbreviation_dot(text, text.index(".")) is expected


def test_is_abbreviation_dot_inside_a_dotted_abbreviation():
    assert _is_abbreviation_dot("the U.SA. army", 8)  # "SA" after a dot
    assert not _is_abbreviation_dot("वह आई.सब गए. फिर", 11)  # (not ASCII)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("वह चुप रहे...\nफिर", True),  # an ellipsis at the end of a line
        ("वह चुप रहे... \t", True),  # at the end of the text, after spaces
        ("वह चुप रहे... फिर", False),  # an ellipsis inside a line
        ("वह घर आई. फिर", True),
        ("डॉ. शर्मा", False),  # an abbreviation
        ("example.com पर", False),  # a dot right before a Latin letter
        ("थे.लेकिन", True),  # BBC style: no space, before a Devanagari letter
    ],
)
def test_dots_end_sentence(text, expected):
    start = end = text.index(".")
    while end < len(text) and text[end] == ".":
        end += 1
    assert _dots_end_sentence(text, start, end) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("(एजेंसी इनपुट्स के साथ)", True),  # in brackets
        ("- संवाददाता, पटना", True),  # starting with a dash
        ("भाषा इनपुट", True),  # a short credit without final punctuation
        ("भाषा इनपुट।", False),  # with final punctuation it is a sentence
        ("यह रिपोर्ट सरकार ने आज संसद में रखी", False),  # a credit word in a longer line
        ("(" + "शब्द " * 13 + ")", False),  # more than 12 words
        ("   ", False),
    ],
)
def test_is_credit(line, expected):
    assert _is_credit(line) is expected


@pytest.mark.parametrize(
    "unit, expected",
    [
        ("बाढ़ से तबाही", True),
        ("“राहत कार्य जारी”", True),  # closing marks aside
        ("नदी उफान पर है।", False),
        ("क्या होगा?”", False),
        ("”", False),  # nothing but marks
    ],
)
def test_lacks_final_punctuation(unit, expected):
    assert _lacks_final_punctuation(unit) is expected


# --------------------------------------------------------------------------- steps


def test_zones_contain_by_bisection():
    zones = Zones([(10, 20), (2, 5), (12, 30)])  # unsorted, overlapping
    assert bool(zones) and not Zones([])
    assert [p for p in range(35) if zones.contains(p)] == [*range(2, 5), *range(10, 30)]


def test_url_zones():
    t = "रिपोर्ट https://example.gov.in/a.pdf पर, संपर्क info@example.org या www.x पर"
    found = [t[a:b] for a, b in _url_zones(t)]
    assert found == ["https://example.gov.in/a.pdf", "www.x", "info@example.org"]
    assert _url_zones("www पर @ नहीं") == []


def test_forbidden_zones_are_inside_quotations_and_urls():
    t = "उसने कहा “हम जीतेंगे। तय है।” देखें www.example.com अब।"
    zones = _forbidden_zones(t, pair_quotes(t))
    assert zones.contains(t.index("।")) and not zones.contains(t.index("”"))
    assert zones.contains(t.index(".com")) and not zones.contains(t.rindex("।"))


def test_boundary_cuts():
    t = "वह आया। “हाँ।” डॉ. राम आए... फिर गए!) अंत"
    pairing = pair_quotes(t)
    closing = {s.close for s in pairing.spans}
    cuts = _boundary_cuts(t, Zones([]), closing)
    # after the danda; after the danda and its closing mark; not after डॉ. or the
    # ellipsis inside the line; after "!" and the bracket
    assert [t[:c] for c in cuts] == [
        "वह आया।",
        "वह आया। “हाँ।”",
        "वह आया। “हाँ।” डॉ. राम आए... फिर गए!)",
    ]
    # a boundary inside a zone is no cut
    assert _boundary_cuts(t, Zones([(0, 7)]), closing) == cuts[1:]
    # an unpaired closing mark is not taken into the sentence
    assert _boundary_cuts("हाँ।” बस", Zones([]), set()) == [4]


def test_quotation_end_cuts():
    t = "उन्होंने कहा, “हम तैयार हैं।”) फिर “ठीक” और “डॉ.” गए।"
    cuts = _quotation_end_cuts(t, pair_quotes(t))
    # only the first quotation ends with final punctuation; its bracket goes with it
    assert cuts == [t.index(")") + 1]


def test_units_strip_and_drop_empty():
    t = "  एक।  दो। \n  "
    assert _units(t, [5, 10, 11, len(t)]) == [(2, 5), (7, 10)]


def test_fills_its_line_and_line_kinds():
    t = "बाढ़ से तबाही\nनदी उफान पर है। लोग परेशान हैं।\n(एजेंसी इनपुट्स के साथ)"
    newlines = [i for i, ch in enumerate(t) if ch == "\n"]
    units = _units(t, sorted([t.index("।") + 1, *newlines, len(t)]))
    assert [t[a:b] for a, b in units] == [
        "बाढ़ से तबाही",
        "नदी उफान पर है।",
        "लोग परेशान हैं।",
        "(एजेंसी इनपुट्स के साथ)",
    ]
    assert [_fills_its_line(units, i, newlines, len(t)) for i in range(4)] == [
        True,
        False,
        False,
        True,
    ]
    assert [k for _, _, k in _line_kinds(t, units, newlines)] == [
        "headline",
        "sentence",
        "sentence",
        "credit",
    ]


def test_segment_normalized_takes_a_pairing():
    norm = normalize("खबर\nवह बोला, “ठीक है।” फिर गया।")
    segs = segment_normalized(norm)
    assert segs == segment_normalized(norm, pair_quotes(norm.text))
    assert [(norm.text[a:b], k) for a, b, k in segs] == [
        ("खबर", "headline"),
        ("वह बोला, “ठीक है।”", "sentence"),
        ("फिर गया।", "sentence"),
    ]
