"""Whole-text scans that run at C speed (one regex or ``str`` method over the text).

Each function's docstring gives its *plain definition*, the slow and obvious
Python it must agree with; ``tests/test_text_scan.py`` checks every one
against that definition with hypothesis.  These are the only places where the
text layer trades directness for speed, and each pays for itself on a whole
article (measured in the issue "A readable core": the NFC gate and the script
shares are each several percent of ``analyze``).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["NFC_SUSPECT", "nfc_suspect_starts", "second_of_composite", "script_share"]

# --------------------------------------------------------------------------
# the NFC gate

# Characters that are NFC on their own and compose or reorder with no other
# character of this set except in the sequences below.  Left out on purpose:
# U+2000, U+2001, U+2126, U+212A and U+212B (each has a one-character NFC
# decomposition) and the nukta letters U+0958-U+095F (NFC decomposes them).
# tests/test_text_scan.py checks every pair of characters below U+3000.
_NFC_SAFE = (
    r"\x00-\u02ff\u0900-\u0957\u0960-\u097f\u2002-\u206f\u20a0-\u20cf"
    r"\u2100-\u2125\u2127-\u2129\u212c-\u214f\ufeff"
)
# the Devanagari sequences of safe characters that NFC composes (न/र/ळ + nukta)
# or reorders (nukta after a virama, the Vedic accents U+0951-U+0954)
_NFC_SEQUENCES = (
    r"[\u0928\u0930\u0933]\u093c|\u094d\u093c"
    r"|[\u0951-\u0954][\u093c\u094d]|[\u0951\u0953\u0954]\u0952"
)
#: where NFC may change a text: a character outside the safe set, or a sequence above
NFC_SUSPECT = re.compile(rf"[^{_NFC_SAFE}]|{_NFC_SEQUENCES}")

# the two halves of NFC_SUSPECT, scanned apart: one character class is found
# several times faster than the alternation
_NFC_UNSAFE_CHAR = re.compile(rf"[^{_NFC_SAFE}]")
_NFC_SEQUENCE = re.compile(_NFC_SEQUENCES)
# without accent marks the sequences are "न/र/ळ/virama + nukta": written
# nukta first, so the engine searches for the rare nukta, not the frequent न and र
_NUKTA_AFTER_BASE = re.compile("\u093c(?<=[\u0928\u0930\u0933\u094d]\u093c)")
_ACCENTS = ("\u0951", "\u0952", "\u0953", "\u0954")


def nfc_suspect_starts(text: str) -> list[int]:
    """Where NFC may change ``text``: the starts of the matches of :data:`NFC_SUSPECT`.

    Plain definition: ``[m.start() for m in NFC_SUSPECT.finditer(text)]``.  An
    empty list means the text is NFC, which is the usual case for Hindi news.

    >>> nfc_suspect_starts("राम ने कहा")
    []
    >>> nfc_suspect_starts("\u0958ानून")  # a precomposed nukta letter, which NFC decomposes
    [0]
    """
    starts = [m.start() for m in _NFC_UNSAFE_CHAR.finditer(text)]
    if any(accent in text for accent in _ACCENTS):
        starts += [m.start() for m in _NFC_SEQUENCE.finditer(text)]
    else:
        starts += [m.start() - 1 for m in _NUKTA_AFTER_BASE.finditer(text)]
    starts.sort()
    return starts


@functools.cache
def second_of_composite() -> frozenset[str]:
    """The characters that can compose with the character before them under NFC.

    Plain definition: the second character of every two-character canonical
    decomposition in the Unicode database, plus the Hangul vowel and trailing
    consonant jamo (Hangul syllables compose algorithmically).  Computed once.

    >>> "\u093c" in second_of_composite()  # nukta: न + nukta composes to ऩ
    True
    """
    out = set()
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                out.add(chr(int(parts[1], 16)))
    out.update(chr(c) for c in range(0x1161, 0x1176))
    out.update(chr(c) for c in range(0x11A8, 0x11C3))
    return frozenset(out)


# --------------------------------------------------------------------------
# script shares

# the bytes that are not the ASCII letters A-Z, a-z (deleted to count the letters)
_NOT_LATIN_BYTES = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))
# a character outside ASCII, the Devanagari block and U+2000-U+203F: rare in Hindi news
_UNCOMMON = re.compile(r"[^\x00-\x7f\u0900-\u097f\u2000-\u203f]")
_EXTENDED = re.compile(r"[\ua8e0-\ua8ff]")  # Devanagari Extended
_E0_RANGE = re.compile(r"[\u0800-\u0fff]")  # the characters whose UTF-8 starts with the byte E0
# a letter that is neither Latin nor Devanagari (\w without digits and "_")
_OTHER = re.compile(r"[^\W\d_A-Za-z\u0900-\u097f\ua8e0-\ua8ff]")


def script_share(text: str) -> dict[str, float]:
    """The shares of Devanagari, Latin and other letters in ``text``, rounded to 4 places.

    Plain definition: count the characters of U+0900-U+097F except the dandas
    ``।`` and ``॥`` plus Devanagari Extended (U+A8E0-U+A8FF) as Devanagari, the
    letters A-Z, a-z as Latin, and every other word character that is not a
    digit or ``_`` as other; each share is ``round(count / total, 4)`` (all 0.0
    for a text without letters).

    The counts are made on the UTF-8 bytes: every character of U+0800-U+0FFF
    (which holds the Devanagari block) starts with the byte E0 and the Latin
    letters are single bytes, so two byte counts answer for the usual text;
    only the few characters outside ASCII, the block and U+2000-U+203F (which
    holds no letters) are looked at again.

    >>> script_share("भारत India")
    {'devanagari': 0.4444, 'latin': 0.5556, 'other': 0.0}
    """
    data = text.encode("utf-8", "surrogatepass")
    latin = len(data.translate(None, _NOT_LATIN_BYTES))
    deva = data.count(b"\xe0") - text.count("\u0964") - text.count("\u0965")
    other = 0
    uncommon = "".join(_UNCOMMON.findall(text))
    if uncommon:
        # Devanagari Extended counts; the other characters of U+0800-U+0FFF were counted above
        deva += len(_EXTENDED.findall(uncommon)) - len(_E0_RANGE.findall(uncommon))
        other = len(_OTHER.findall(uncommon))
    total = deva + latin + other
    if not total:
        return {"devanagari": 0.0, "latin": 0.0, "other": 0.0}
    return {
        "devanagari": round(deva / total, 4),
        "latin": round(latin / total, 4),
        "other": round(other / total, 4),
    }
