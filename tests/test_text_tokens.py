"""Tokens: the fast offsets against the plain pattern, and the kinds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bias.text import Token, normalize, token_kind, token_offsets, token_spans, tokenize
from bias.text.tokens import _LETTER_CLASS

_CHARS = (
    [chr(c) for c in range(0x0900, 0x0980)]
    + [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA8C0, 0xA900)]
    + [chr(c) for c in range(0x2000, 0x2040)]
    + list("\u08ff\u0980\u09e6\u00e9\u00b2\u00bd\u00aa\u0410\u0627\u06f0_\U0001f600’\n\t")
)
_TEXT = st.text(alphabet=st.sampled_from(_CHARS), max_size=60)

# the tokeniser as first written: numbers first, greedy quantifiers, finditer
_PLAIN_TOKEN = re.compile(
    r"[0-9\u0966-\u096f]+(?:[.,:][0-9\u0966-\u096f]+)*"
    r"|[A-Za-z\u00c0-\u024f\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff]"
    r"[A-Za-z\u00c0-\u024f\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff0-9\u0966-\u096f]*"
    r"(?:['’][A-Za-z\u00c0-\u024f\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff]+)*"
    r"|[^\s]"
)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_token_offsets_match_the_plain_pattern(text):
    strings, starts, ends = token_offsets(text)
    plain = [(m.group(), m.start(), m.end()) for m in _PLAIN_TOKEN.finditer(text)]
    assert list(zip(strings, starts, ends)) == plain


def _kind_by_definition(ch: str) -> str:
    if ch in "0123456789" or "\u0966" <= ch <= "\u096f":
        return "number"
    if re.fullmatch(r"[A-Za-z\u00c0-\u024f\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff]", ch):
        return "word"
    return "punct"


def test_token_kind_is_the_kind_of_the_first_character():
    for cp in range(0x10000):
        ch = chr(cp)
        assert token_kind(ch + "x") == _kind_by_definition(ch), hex(cp)
    assert token_kind("\U0001f600") == "punct"


def test_letter_class_is_the_word_start():
    assert re.fullmatch(f"[{_LETTER_CLASS}]+", "AzÀɏऀॣॱॿ꣠ꣿ") is not None
    assert re.search(f"[{_LETTER_CLASS}]", "।॥०९-_") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("भारत-पाक वार्ता", [(0, 4, "word"), (4, 5, "punct"), (5, 8, "word"), (9, 15, "word")]),
        ("10:30 बजे", [(0, 5, "number"), (6, 9, "word")]),
        ("“नहीं!”", [(0, 1, "punct"), (1, 5, "word"), (5, 6, "punct"), (6, 7, "punct")]),
        ("ओ'ब्रायन ने", [(0, 8, "word"), (9, 11, "word")]),
        ("९०s'", [(0, 2, "number"), (2, 3, "word"), (3, 4, "punct")]),
        ("", []),
    ],
)
def test_token_spans(text, expected):
    assert token_spans(text) == expected


def test_tokenize_gives_raw_offsets_and_normalised_text():
    raw = "\ufeff\u095bरूर\u00a0—"
    tokens = tokenize(raw)
    assert tokens == [Token("\u091c\u093cरूर", 1, 5, "word"), Token("-", 6, 7, "punct")]
    for token in tokens:
        assert normalize(raw[token.start : token.end]).text.strip() == token.text
