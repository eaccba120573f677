"""The whole-text scans of bias.text._scan agree with their plain definitions.

Each test states the definition in the most direct Python and compares the
scan with it on random text drawn from the characters that matter
(Devanagari, its neighbours, ASCII, punctuation, other scripts).
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bias.text import script_share
from bias.text._scan import _NFC_UNSAFE_CHAR, NFC_SUSPECT, nfc_suspect_starts, second_of_composite

# characters around every boundary the scans rely on
_CHARS = (
    [chr(c) for c in range(0x0900, 0x0980)]
    + [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA8C0, 0xA900)]
    + [chr(c) for c in range(0x2000, 0x2040)]
    + list(
        "\u08ff\u0980\u09e6\u00e9\u00b2\u00bd\u00aa\u0410\u0627\u06f0_\U0001f600"
        "\u0964\u0965\u2019\u0970\ud800"
    )
)
_TEXT = st.text(alphabet=st.sampled_from(_CHARS), max_size=60)
# the characters of the NFC sequences, and a few that NFC composes or reorders
_NFC_CHARS = _CHARS + list(
    "\u093c\u094d\u0928\u0930\u0933\u0915\u0951\u0952\u0953\u0954\u0958\u0929\u0931\u0934"
    "\u00e9e\u0301\u0300\u0323\u1100\u1161\u11a8\u212b\u2126\n\t"
)


# --------------------------------------------------------------------------- NFC gate


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NFC_CHARS), max_size=30))
def test_nfc_suspect_starts_are_the_starts_of_the_pattern(text):
    assert nfc_suspect_starts(text) == [m.start() for m in NFC_SUSPECT.finditer(text)]


def test_nfc_suspect_starts_examples():
    assert nfc_suspect_starts("राम ने कहा, “ठीक है।”") == []
    assert nfc_suspect_starts("\u0958ानून") == [0]  # a precomposed nukta letter
    assert nfc_suspect_starts("क न\u093c") == [2]  # न + nukta composes to ऩ
    assert nfc_suspect_starts("क\u094d\u093c") == [1]  # nukta after a virama is reordered
    assert nfc_suspect_starts("क\u0951\u094d") == [1]  # an accent before a virama


def test_no_nfc_suspect_means_nfc():
    """Every character outside NFC_SUSPECT is NFC alone, and every pair of them that
    NFC would change is matched: so a text with no match is NFC."""
    safe = [chr(c) for c in range(0x3000) if _NFC_UNSAFE_CHAR.match(chr(c)) is None] + ["\ufeff"]
    assert all(unicodedata.is_normalized("NFC", c) for c in safe)
    missed = [
        a + b
        for a in safe
        for b in safe
        if NFC_SUSPECT.search(a + b) is None and not unicodedata.is_normalized("NFC", a + b)
    ]
    assert missed == []


def test_second_of_composite_is_every_second_of_a_composition():
    seconds = second_of_composite()
    by_definition = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<") and len(d.split()) == 2:
            by_definition.add(chr(int(d.split()[1], 16)))
    # Hangul: a leading consonant + a vowel, an LV syllable + a trailing consonant
    for lead in range(0x1100, 0x1113):
        for vowel in range(0x1161, 0x1176):
            assert len(unicodedata.normalize("NFC", chr(lead) + chr(vowel))) == 1
            by_definition.add(chr(vowel))
    for trail in range(0x11A8, 0x11C3):
        assert len(unicodedata.normalize("NFC", "\uac00" + chr(trail))) == 1
        by_definition.add(chr(trail))
    assert seconds == by_definition
    assert "\u093c" in seconds and "क" not in seconds


# --------------------------------------------------------------------------- script shares


def _share_by_definition(text: str) -> dict[str, float]:
    deva = sum(
        1
        for ch in text
        if "\u0900" <= ch <= "\u0963" or "\u0966" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"
    )
    latin = sum(1 for ch in text if "A" <= ch <= "Z" or "a" <= ch <= "z")
    other = sum(
        1
        for ch in text
        if ch.isalnum()
        and not ch.isdecimal()
        and not ("A" <= ch <= "Z" or "a" <= ch <= "z")
        and not ("\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff")
    )
    total = deva + latin + other
    if not total:
        return {"devanagari": 0.0, "latin": 0.0, "other": 0.0}
    return {
        "devanagari": round(deva / total, 4),
        "latin": round(latin / total, 4),
        "other": round(other / total, 4),
    }


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_script_share_counts_by_definition(text):
    assert script_share(text) == _share_by_definition(text)


def test_script_share_on_the_samples(sample_texts):
    for text in sample_texts.values():
        assert script_share(text) == _share_by_definition(text)


def test_script_share_examples():
    assert script_share("") == {"devanagari": 0.0, "latin": 0.0, "other": 0.0}
    assert script_share("।।, 123 ॥") == {"devanagari": 0.0, "latin": 0.0, "other": 0.0}
    assert script_share("राम") == {"devanagari": 1.0, "latin": 0.0, "other": 0.0}
    assert script_share("राम Ram Рам") == {"devanagari": 0.3333, "latin": 0.3333, "other": 0.3333}
