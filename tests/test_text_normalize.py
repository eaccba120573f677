"""The steps of normalize and its one offset map, against their definitions."""

from __future__ import annotations

import pickle
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bias.text import check_str, normalize
from bias.text._scan import NFC_SUSPECT, second_of_composite
from bias.text.normalize import (
    OffsetMap,
    _recompose_edits,
    _rule_edits,
    font_repair_edits,
    nfc_edits,
    rewrite,
)

# --------------------------------------------------------------------------- rewrite and OffsetMap


@st.composite
def _text_and_edits(draw):
    """A source text and sorted, non-overlapping edits of it (each replaces at least
    one character by zero to three)."""
    text = draw(st.text(alphabet="abcdefgh", max_size=20))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        if start < end:
            replacement = draw(st.text(alphabet="XYZ", max_size=3))
            edits.append((start, end, replacement))
    return text, edits


def _origins(text: str, edits) -> list[tuple[int, int]]:
    """The raw span every character of the rewritten text came from: itself when
    copied, the whole edited span when it is part of a replacement."""
    origins = []
    last = 0
    for start, end, replacement in edits:
        origins += [(i, i + 1) for i in range(last, start)]
        origins += [(start, end)] * len(replacement)
        last = end
    origins += [(i, i + 1) for i in range(last, len(text))]
    return origins


@settings(max_examples=400, deadline=None)
@given(_text_and_edits())
def test_offset_map_span_is_the_characters_origin(case):
    text, edits = case
    out, offsets = rewrite(text, edits)
    expected = text
    for start, end, replacement in reversed(edits):
        expected = expected[:start] + replacement + expected[end:]
    assert out == expected
    origins = _origins(text, edits)
    n = len(out)
    for a in range(n + 1):
        for b in range(a, n + 1):
            got = offsets.span(a, b) if offsets is not None else (a, b)
            if a < b:
                # a span widens to the origins of its first and last characters
                assert got == (origins[a][0], origins[b - 1][1])
            else:
                # an empty span maps to the start of the character after it
                p = origins[a][0] if a < n else len(text)
                assert got == (p, p)


def test_rewrite_without_moving_offsets_has_no_map():
    assert rewrite("abc", []) == ("abc", None)
    assert rewrite("a|c", [(1, 2, "।")]) == ("a।c", None)  # one character for one


def test_offset_map_spans_is_span_of_each():
    _, offsets = rewrite("a—b\u200dc", [(1, 2, " - "), (3, 4, "")])
    starts, ends = [0, 1, 2, 4, 5, 5, 6], [1, 4, 3, 5, 5, 6, 6]
    assert offsets.spans(starts, ends) == (
        [offsets.span(a, b)[0] for a, b in zip(starts, ends)],
        [offsets.span(a, b)[1] for a, b in zip(starts, ends)],
    )
    assert offsets.span(1, 4) == (1, 2)  # the expanded dash
    assert offsets.span(4, 5) == (2, 3)
    assert offsets.span(5, 6) == (4, 5)  # after the deleted ZWJ
    assert offsets.span(5, 5) == (4, 4)
    assert isinstance(offsets, OffsetMap)


# --------------------------------------------------------------------------- Normalized


_MAPPED = st.text(
    alphabet=st.sampled_from(
        list("कखग ।\u0958\u0959\u093c\u0915\u200d\u00a0\u2013\u2026|क़ \u0928\u093c\u0929")
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_MAPPED, st.sampled_from(["canonical", "precomposed", "remove"]), st.data())
def test_raw_spans_are_raw_span_of_each(text, nukta, data):
    norm = normalize(text, nukta=nukta)
    n = len(norm.text)
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), max_size=40)
    )
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    assert norm.raw_spans(starts, ends) == (
        [norm.raw_span(a, b)[0] for a, b in spans],
        [norm.raw_span(a, b)[1] for a, b in spans],
    )


def test_several_rewrite_steps_compose():
    # NFC decomposes क़ (2 chars), the rules expand the dash, precomposed mode recomposes
    raw = "\u0958—\u200dर"
    norm = normalize(raw, nukta="precomposed")
    assert norm.text == "\u0958 - र"
    assert norm.raw_span(0, 1) == (0, 1)
    assert norm.raw_span(1, 4) == (1, 2)
    assert norm.raw_span(4, 5) == (3, 4)
    assert norm.raw_span(4, 4) == (3, 3)
    assert norm.raw_spans([0, 4], [1, 5]) == ([0, 3], [1, 4])


def test_identity_and_pickle():
    plain = normalize("राम ने कहा।")
    assert plain.is_identity and plain.raw_spans([0, 4], [3, 4]) == ([0, 4], [3, 4])
    changed = normalize("राम\u00a0—")
    assert not changed.is_identity
    again = pickle.loads(pickle.dumps(changed))
    assert again == changed and again.raw_span(4, 7) == changed.raw_span(4, 7) == (4, 5)


# --------------------------------------------------------------------------- the steps


def _nfc_edits_word_by_word(text: str) -> list[tuple[int, int, str]]:
    """The NFC edits as first written: every word holding a suspect character
    is cut into chunks at its starters, and every chunk that NFC changes is an edit."""
    if unicodedata.is_normalized("NFC", text):
        return []
    seconds = second_of_composite()
    edits = []
    done = 0
    for m in NFC_SUSPECT.finditer(text):
        pos = m.start()
        if pos < done:
            continue
        base = pos
        while base > done and not text[base - 1].isspace():
            base -= 1
        wm = re.compile(r"\S+").match(text, pos)
        end = wm.end() if wm else pos + 1
        done = end
        word = text[base:end]
        start = 0
        for i in range(1, len(word) + 1):
            if i < len(word) and (unicodedata.combining(word[i]) or word[i] in seconds):
                continue
            out = unicodedata.normalize("NFC", word[start:i])
            if out != word[start:i]:
                edits.append((base + start, base + i, out))
            start = i
    return edits


_NFC_ALPHABET = list(
    "कनरळ \u093c\u094d\u0951\u0952\u0953\u0954\u093f\u0958\u0959\u095e\u0929\u0931\u0934"
    "\u00e9e\u0301\u0300\u0323\u1100\u1161\u11a8\u0041\u030a\u212b\u2126\n\t"
)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NFC_ALPHABET), max_size=30))
def test_nfc_edits_are_the_word_by_word_edits(text):
    edits = nfc_edits(text)
    assert edits == _nfc_edits_word_by_word(text)
    assert rewrite(text, edits)[0] == unicodedata.normalize("NFC", text)


def test_nfc_edits_of_text_in_another_script():
    # many suspects, all NFC: one whole-text test answers
    assert nfc_edits("বাংলা ভাষা " * 20) == []
    assert nfc_edits("বাংলা " * 20 + "\u0958") == [(120, 121, "\u0915\u093c")]


@pytest.mark.parametrize(
    "text, remove_nukta, expected",
    [
        ("दो—तीन", False, [(2, 3, " - ")]),  # indic-nlp's dash rule
        ("खत्म|", False, [(4, 5, "।")]),  # pipe used as danda
        ("नोट: “हाँ”", False, []),  # curly quotes and ':' are protected
        ("एक\u00a0दो\u200d", False, [(2, 3, " "), (5, 6, "")]),  # NBSP, ZWJ
        ("ज\u093cरूर", True, [(1, 2, "")]),  # nukta removal
        ("ज\u093cरूर", False, []),
    ],
)
def test_rule_edits(text, remove_nukta, expected):
    assert _rule_edits(text, remove_nukta=remove_nukta) == expected


def test_recompose_edits():
    assert _recompose_edits("\u091c\u093cरूर") == [(0, 2, "\u095b")]
    assert _recompose_edits("न\u093c र\u093c") == [(0, 2, "\u0929"), (3, 5, "\u0931")]
    assert _recompose_edits("जरूर") == []


# --------------------------------------------------------------------------- check_str


def test_check_str():
    assert check_str("क") == "क"
    with pytest.raises(TypeError, match=r"^text must be str, not bytes; decode it first"):
        check_str(b"k")
    with pytest.raises(TypeError, match=r"^title must be str, not int$"):
        check_str(3, "title")


def test_font_repair_reads_the_legacy_mark_as_i_and_anusvara():
    raw = "पंचायत सदस्य साधू ¨सह व जस¨वदर ने बताया"
    n = normalize(raw)
    assert n.text == "पंचायत सदस्य साधू सिंह व जसविंदर ने बताया"
    # every word of the repaired text maps back to the raw characters it came from
    start = n.text.index("सिंह")
    assert raw[slice(*n.raw_span(start, start + len("सिंह")))] == "¨सह"
    start = n.text.index("जसविंदर")
    assert raw[slice(*n.raw_span(start, start + len("जसविंदर")))] == "जस¨वदर"
    # the mark elsewhere (not before a consonant) is left alone
    assert font_repair_edits("a ¨ b ¨") == []


def test_a_repaired_name_is_one_speaker():
    import bias

    art = bias.analyze("गांव निवासी गुरप्रेम ¨सह ने बताया कि बवंडर से भारी नुकसान हुआ।")
    (reported,) = art.reported
    assert reported.speaker == "गुरप्रेम ¨सह"  # (the raw text's spelling, at its raw offsets)
    assert art.text[reported.speaker_start : reported.speaker_end] == "गुरप्रेम ¨सह"
