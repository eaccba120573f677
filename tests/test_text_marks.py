"""Quotation-mark pairing: each rule on its own, then pair_quotes on whole texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bias.text import QUOTE_CHARS, pair_quotes
from bias.text.mark_rules import (
    _CLOSE,
    _CLOSE_TOP,
    _OPEN,
    _STRAY,
    _closing_context,
    _is_apostrophe,
    _left_mark_role,
    _opening_context,
    _right_mark_role,
    _straight_mark_role,
)
from bias.text.marks import MAX_DEPTH, _marks

# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    "ch, prev, nxt, expected",
    [
        ("'", "ओ", "ब", True),  # ओ'ब्रायन
        ("’", "ड", "स", True),
        ("'", " ", "ब", False),
        ("'", "ओ", " ", False),
        ("‘", "ओ", "ब", False),  # a left mark is never an apostrophe
    ],
)
def test_is_apostrophe(ch, prev, nxt, expected):
    assert _is_apostrophe(ch, prev, nxt) is expected


@pytest.mark.parametrize(
    "prev, nxt, at_end, opens, closes",
    [
        (" ", "ह", False, True, False),  # कहा "हम
        ("ं", " ", False, False, True),  # हैं" उन्होंने
        ("ं", "।", False, False, True),  # before punctuation
        ("ं", "x", True, False, True),  # at the end of the text
        ("(", "ह", False, True, False),  # after an opening bracket
        ("“", "ह", False, True, False),  # after another mark
        (" ", " ", False, False, False),  # between spaces
        ("क", "ख", False, False, False),  # inside a word
    ],
)
def test_opening_and_closing_context(prev, nxt, at_end, opens, closes):
    assert _opening_context(prev, nxt) is opens
    assert _closing_context(prev, nxt, at_end) is closes


@pytest.mark.parametrize(
    "ch, open_mark, opens, closes, role",
    [
        ("“", None, True, False, _OPEN),
        ("“", "„", False, True, _CLOSE),  # „…“
        ("“", "“", False, True, _CLOSE),  # a “…“ typo where the context can only close
        ("“", "“", True, False, _OPEN),  # a nested quotation
        ("«", "«", False, True, _OPEN),  # only “ and ‘ close
    ],
)
def test_left_mark_role(ch, open_mark, opens, closes, role):
    assert _left_mark_role(ch, open_mark, opens, closes) == role


@pytest.mark.parametrize(
    "open_mark, opens, closes, role",
    [
        ("“", False, True, _CLOSE),
        ("“", True, False, _CLOSE),  # an open mark of the family is closed whatever the context
        (None, True, False, _OPEN),  # कहा ”पुतिन
        (None, False, True, _STRAY),
        (None, False, False, _STRAY),
    ],
)
def test_right_mark_role(open_mark, opens, closes, role):
    assert _right_mark_role(open_mark, opens, closes) == role


@pytest.mark.parametrize(
    "ch, open_mark, top_mark, opens, closes, role",
    [
        ('"', '"', '"', True, False, _CLOSE),  # '"' closes an open '"' whatever the context
        ("'", "'", "'", False, True, _CLOSE),
        ("'", "'", "'", True, False, _OPEN),  # a nested straight single quotation
        ('"', None, None, True, False, _OPEN),
        ("'", "‘", "‘", False, False, _CLOSE),  # closes an open mark of its family
        ("'", None, '"', False, True, _CLOSE_TOP),  # "हम तैयार हैं' (wrong closing mark)
        ("'", None, None, False, True, _STRAY),  # 90s'
        ('"', None, None, False, False, _OPEN),  # a lone '"' opens
        ('"', None, None, False, True, _STRAY),  # … unless it can only close: है." (lost opening)
        ('"', None, "'", False, True, _CLOSE_TOP),  # 'जय हिंद ।" (wrong closing mark)
    ],
)
def test_straight_mark_role(ch, open_mark, top_mark, opens, closes, role):
    assert _straight_mark_role(ch, open_mark, top_mark, opens, closes) == role


def test_marks_read_doubled_single_marks_as_one_double_mark():
    assert list(_marks("''हम'' ‘‘ठीक’’\n'")) == [
        (0, '"', 2),
        (4, '"', 2),
        (7, "“", 2),
        (12, "”", 2),
        (14, "\n", 1),
        (15, "'", 1),
    ]
    assert list(_marks("'''")) == [(0, '"', 2), (2, "'", 1)]


# --------------------------------------------------------------------------- pair_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_quotes(text).spans]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("उन्होंने कहा, “हम तैयार हैं।”", ["हम तैयार हैं।"]),
        ('उन्होंने कहा, "हम तैयार हैं।" फिर', ["हम तैयार हैं।"]),
        ("„अच्छा“ और ‚ठीक‘", ["अच्छा", "ठीक"]),
        ("उसने कहा ”पुतिन आएंगे” कल", ["पुतिन आएंगे"]),  # a right mark used to open
        ("ओ'ब्रायन ने कहा", []),  # an apostrophe
        ("\"हम तैयार हैं' उन्होंने कहा", ["हम तैयार हैं"]),  # "…' closed
        # (only a straight " is closed so: “…' stays open to the end of the paragraph)
        ("“हम तैयार हैं' उन्होंने कहा", ["हम तैयार हैं' उन्होंने कहा"]),
        ("''डबल'' और ‘‘डबल’’", ["डबल", "डबल"]),  # doubled single marks
        ("«बाहर ‹अंदर› बाहर»", ["बाहर ‹अंदर› बाहर"]),
        ("90s' का दशक", []),
        # marks as papers type them (issue 18): after a comma, spaced, glued to sentences
        ("उन्होंने बताया,’मैंने फोन किया।’ फिर", ["मैंने फोन किया।"]),
        ("उन्होंने कहा,”ये बड़ी दुर्घटना थी।” फिर", ["ये बड़ी दुर्घटना थी।"]),
        ("गारदेजी ने कहा , ' हम तैयार हैं ' और", ["हम तैयार हैं"]),
        ("उन्होंने बताया कि ' लैरी ' के कारण", ["लैरी"]),
        ("कहा गया है, 'हम हट रहे हैं.'सहारा ने कहा", ["हम हट रहे हैं."]),
        ("वे कहते हैं, “काम कठिन है.\"बाएं हाथ के", ["काम कठिन है."]),
        ("सकते हैं.'नेचर केमिस्ट्री' जरनल में", ["नेचर केमिस्ट्री"]),
        # an unclosed single mark after a speech cue's comma is a quotation to the line end
        ("उन्होंने कहा, 'वे रोगी थे और\nअगली खबर", ["वे रोगी थे और"]),
        ("राम' का घर\nअगली खबर", []),  # (elsewhere it is dropped, as an apostrophe)
        # a mark after a speech cue's comma and before a space opens, whatever its direction
        ("सोनोवाल ने ट्वीट किया,’ काम शुरू हुआ है।‘ उन्होंने", ["काम शुरू हुआ है।"]),
        ("स्वराज ने ट्वीट किया,' हम संपर्क में हैं।' उल्लेखनीय", ["हम संपर्क में हैं।"]),
        ("उसने कहा, 'हम तैयार हैं,' और गया", ["हम तैयार हैं,"]),  # (an open ' is closed)
        # glued "" between two quotations: the first closes nothing, the second opens
        ('संपर्क ख़त्म हो गया.""फिर कई साल बाद मिले."', ["फिर कई साल बाद मिले."]),
        # a closing mark after a sentence end whose opening mark was lost: after the cue
        (
            "हुड्डा ने बताया कि, यह दुखद घटना है। हम सलाम करते हैं।’\nअगली",
            ["यह दुखद घटना है। हम सलाम करते हैं।"],
        ),
        ("अग्रवाल ने कहा, दर बेहतर है ।'\nअगली", ["दर बेहतर है ।"]),
        ("यह दुखद घटना है।’ फिर", []),  # no speech cue in its paragraph: stray
        ("राम ने कहा कि वह 'शेर' है।’ फिर", ["शेर"]),  # another mark between: stray
        ("राम ने कहा कि वह आया।’घर", []),  # not before a space: stray
        # a straight " that can only open, inside an open ", opens a quotation within it when
        # the next mark can only close; else it closes the open one (a spaced closing mark)
        ('उसने कहा, "वे कहते हैं "टिप\' है." अब्बासी ने कहा, "ठीक है."', ['वे कहते हैं "टिप\' है.', "ठीक है."]),
        ('"हम तैयार हैं "उन्होंने कहा, "आगे बढ़ेंगे."', ["हम तैयार हैं", "आगे बढ़ेंगे."]),
        # a straight " after a speech cue, inside an open " with a sentence end between: the
        # open one lost its closing mark; with none between, a quotation inside it
        (
            "उसने कहा, ''हम भूखे हैं। फिर राम ने कहा, ''हम जाएंगे।''",
            ["हम भूखे हैं।", "हम जाएंगे।"],
        ),
        ('उसने कहा, "मैंने कहा, "आइए" पर वे नहीं आए" फिर', ['मैंने कहा, "आइए" पर वे नहीं आए']),
        # a straight " open at a paragraph end goes on when the next mark can only close it
        ('उसने कहा, "पहली बात.\n\nदूसरी बात." फिर', ["पहली बात.\n\nदूसरी बात."]),
        # (not when the next mark opens, nor when the reporter speaks before it)
        ('उसने कहा, "पहली बात.\n\nराम ने कहा, "दूसरी."', ["पहली बात.", "दूसरी."]),
        # (the later mark closes a quotation whose opening mark was lost, after कहा कि)
        ('उसने कहा, "पहली बात.\nउन्होंने कहा कि सब ठीक है." फिर', ["पहली बात.", "सब ठीक है."]),
        # an unclosed quotation ends where the reporter resumes in the third person
        ("उन्होंने कहा, “हम तैयार हैं. उन्होंने कहा कि काम जारी है\nअगली", ["हम तैयार हैं."]),
        ("उन्होंने कहा, “हम तैयार हैं. हम जीतेंगे\nअगली", ["हम तैयार हैं. हम जीतेंगे"]),
    ],
)
def test_pair_quotes_table(text, quoted):
    assert _quoted(text) == quoted


def test_nesting_and_stray():
    p = pair_quotes("उसने कहा, “उनका ‘नया भारत’ नारा है।” बस” अंत")
    assert [(s.mark, s.depth) for s in p.spans] == [("“", 0)]
    assert [(s.mark, s.depth) for s in p.nested] == [("‘", 1)]
    assert len(p.stray) == 1 and p.reopen == []


def test_paragraph_reopening_continues_the_quotation():
    text = "उन्होंने कहा, “पहली बात।\n“दूसरी बात।” बस।"
    p = pair_quotes(text)
    assert len(p.spans) == 1 and p.spans[0].closed
    assert text[p.spans[0].start : p.spans[0].end] == "पहली बात।\n“दूसरी बात।"
    assert p.reopen == [text.index("\n") + 1]


def test_a_double_mark_typed_to_close_a_single_one():
    text = "उन्होंने ट्वीट किया, 'हम जीतेंगे । जय हिंद ।\" वहीं सरकार ने कहा।"
    assert [text[s.start : s.end] for s in pair_quotes(text).spans] == ["हम जीतेंगे । जय हिंद ।"]


def test_a_line_break_inside_a_sentence_does_not_end_the_quotation():
    # the break cuts a sentence (a word before it) and the next mark of the family closes
    text = "वह कहते हैं, “मैं जानता था कि उनकी \r\r\n\r\r\nबीमारी बढ़ रही है.”फिर"
    p = pair_quotes(text)
    assert [(text[s.start : s.end], s.closed) for s in p.spans] == [
        ("मैं जानता था कि उनकी \r\r\n\r\r\nबीमारी बढ़ रही है.", True)
    ]
    # after a sentence end the break is a paragraph end: the unclosed quotation ends there
    text = "वह कहते हैं, “मैं जानता था।\n\nबीमारी बढ़ रही है.” फिर"
    assert [text[s.start : s.end] for s in pair_quotes(text).spans] == ["मैं जानता था।"]
    # a single mark is not carried over a break
    text = "वह कहते हैं, ‘मैं जानता था कि उनकी\n\nबीमारी बढ़ रही है.’ फिर"
    assert all("\n" not in text[s.start : s.end] for s in pair_quotes(text).spans)


def test_unclosed_quotation_ends_at_its_paragraph():
    text = "उसने कहा “यह गलत है।  \nअगला पैरा ‘अधूरा"
    p = pair_quotes(text)
    assert [(text[s.start : s.end], s.closed) for s in p.spans] == [("यह गलत है।", False)]
    assert p.spans[0].close == p.spans[0].close_end == text.index("।") + 1
    # at the end of the text, before trailing spaces; an open single mark is dropped
    p = pair_quotes("उसने कहा “यह गलत है ‘कि  ")
    assert [(s.close, s.closed) for s in p.spans] == [(23, False)]


def test_quotations_inside_a_dropped_single_mark_move_up():
    # the ' glued to ट्रंप reads as an apostrophe, so the ' before लाइन is left open; the
    # quotations after it were nested in it and become top-level when it is dropped
    text = "चैंपियन को 'लाइन में खड़ा किया'ट्रंप ने लिखा, ''हम साथ हैं.'' फिर कहा, ''ठीक है.''"
    p = pair_quotes(text)
    assert [text[s.start : s.end] for s in p.spans] == ["हम साथ हैं.", "ठीक है."]
    assert [s.depth for s in p.spans] == [0, 0] and p.nested == []
    # a quotation nested in a real one stays nested
    p = pair_quotes("उसने कहा, “उनका ‘नया भारत’ नारा है।”")
    assert [s.depth for s in p.nested] == [1]


def test_nesting_is_bounded():
    text = "“" * (MAX_DEPTH + 3) + "गहरा" + "”" * (MAX_DEPTH + 3)
    p = pair_quotes(text)
    assert len(p.spans) == 1 and len(p.nested) == MAX_DEPTH - 1
    assert len(p.stray) == 6  # the 3 opens past the limit and the 3 closes left over


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(QUOTE_CHARS) + list("कख \n।.,(")), max_size=40))
def test_spans_are_ordered_and_inside_the_text(text):
    p = pair_quotes(text)
    for s in p.spans + p.nested:
        assert 0 <= s.open < s.start <= s.end <= s.close <= s.close_end <= len(text) or (
            s.start == s.end
        )
        assert s.close_end - s.close in ((1, 2) if s.closed else (0,))
    assert p.spans == sorted(p.spans)
    assert all(s.depth == 0 for s in p.spans) and all(s.depth > 0 for s in p.nested)
