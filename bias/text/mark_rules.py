"""Rules about one quotation mark: its family, whether its context lets it open or close,
and the role it takes (:mod:`bias.text.marks` pairs the marks with these rules, in the order
its module docstring lists them).  Each rule is a small function with its own tests.
"""

from __future__ import annotations

import re

#: every character that can act as a quotation mark
QUOTE_CHARS = "\"'“”„‘’‚«»‹›"
# family ids: a mark closes only a mark of its own family
_DOUBLE, _SINGLE, _GUILL, _GUILL1 = 0, 1, 2, 3
_OPEN_PUNCT = frozenset("([{<—–-:/,")
# sentence ends: a mark glued after one and before a letter opens (``हैं.'नेचर'``)
_SENTENCE_END = frozenset(".।?!")
_CLOSE_PUNCT = frozenset(".,;:!?।॥)]}>-—–…")
# the roles of a mark
_OPEN, _CLOSE, _STRAY = "open", "close", "stray"
# a straight single mark that closes an open straight " (typed with the wrong closing mark)
_CLOSE_TOP = "close top"


def mark_family(ch: str) -> int:
    """The family of a quotation mark: a mark closes only a mark of its own family (double
    marks, single marks, guillemets, single guillemets).

    >>> mark_family("“") == mark_family('"'), mark_family("‘") == mark_family('"')
    (True, False)
    """
    if ch in '"“”„':
        return _DOUBLE
    if ch in "'‘’‚":
        return _SINGLE
    if ch in "«»":
        return _GUILL
    return _GUILL1


def _is_letter(ch: str) -> bool:
    # Devanagari letters and vowel signs, Latin letters, digits
    return ch.isalnum() or "\u0900" <= ch <= "\u097f" and ch not in "।॥"


def _is_apostrophe(ch: str, prev: str, nxt: str) -> bool:
    """``'`` or ``’`` between two letters is an apostrophe: ओ'ब्रायन, डोनाल्ड’स."""
    return ch in "'’" and _is_letter(prev) and _is_letter(nxt)


def _opening_context(prev: str, nxt: str) -> bool:
    """A mark after a space, an opening bracket, dash, comma or another mark, and
    before a non-space, may open: ``कहा "हम``, ``बताया,’मैंने``; so may a mark glued
    after a sentence end before a letter: ``हैं.'नेचर``."""
    if nxt.isspace():
        return False
    if prev in _SENTENCE_END:
        return _is_letter(nxt)
    return prev.isspace() or prev in _OPEN_PUNCT or prev in QUOTE_CHARS


def _closing_context(prev: str, nxt: str, at_end: bool) -> bool:
    """A mark after a non-space, and before a space, punctuation, another mark or
    the end of the text, may close: ``हैं" उन्होंने``."""
    return not prev.isspace() and (
        nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in QUOTE_CHARS or at_end
    )


def _left_mark_role(ch: str, open_mark: str | None, opens: bool, closes: bool) -> str:
    """“ ‘ « ‹ „ ‚ open; “ or ‘ closes a „…“ quotation, or an open “ when the context
    can only close (a “…“ typo: ``“हम तैयार हैं“ उन्होंने``)."""
    if open_mark is not None and ch in "“‘" and (open_mark in "„‚" or (closes and not opens)):
        return _CLOSE
    return _OPEN


def _right_mark_role(open_mark: str | None, opens: bool, closes: bool) -> str:
    """” ’ » › close an open mark of their family; with none open, a right mark
    that can only open opens (``कहा ”पुतिन``), any other is stray."""
    if open_mark is not None:
        return _CLOSE
    if opens and not closes:
        return _OPEN
    return _STRAY


def _straight_mark_role(
    ch: str,
    open_mark: str | None,
    top_mark: str | None,
    opens: bool,
    closes: bool,
    spaced: bool = False,
) -> str:
    """``"`` and ``'`` take their direction from the context.

    A ``"`` closes an open ``"`` (nested straight double quotes are rare,
    spacing errors are not); one closes an open straight mark of its family
    unless the context can only open; otherwise it opens where it may, closes
    an open mark of its family, or — a ``'`` when the innermost open mark is a
    straight ``"`` — closes that ``"`` (``"हम तैयार हैं' उन्होंने``), and a ``"`` that can only
    close closes an open straight ``'`` (``'… जय हिंद ।" वहीं``).  A lone ``'`` that cannot
    open is stray (``90s'``); a lone ``"`` opens.
    """
    if open_mark == '"' and ch == '"':
        return _CLOSE
    if open_mark is not None and open_mark in "\"'" and not (opens and not closes):
        return _CLOSE
    if opens:
        return _OPEN
    if open_mark is not None:
        return _CLOSE
    if ch == "'":
        if top_mark == '"' and closes:
            return _CLOSE_TOP
        # a ' with space on both sides (the spaced style: ``कहा , ' हम … '``) opens
        return _OPEN if spaced else _STRAY
    if closes and top_mark == "'":
        return _CLOSE_TOP  # ``'… जय हिंद ।" वहीं``: a " typed to close the open '
    # a lone " opens, unless it can only close (``है." फिर``: its opening mark was lost)
    return _STRAY if closes else _OPEN


def _opens_speech(text: str, pos: int) -> bool:
    """Does the mark at ``pos`` follow a comma, colon or dash (spaces aside), as a quotation
    opened after its speech cue does: ``उन्होंने कहा, 'हम …``, ``ट्वीट किया,'…``?

    >>> _opens_speech("कहा, 'हम", 5), _opens_speech("राम' का", 3)
    (True, False)
    """
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i >= 0 and text[i] in ",:-–—"


def _spaced_after_cue(text: str, pos: int, nxt: str) -> bool:
    """Is the mark at ``pos`` typed after a speech cue's comma, colon or dash and before a
    space (:func:`_opens_speech`)?  With no mark of its family open it opens, whatever its
    direction: ``ट्वीट किया,’ हमने …।‘``, ``ट्वीट किया,' हमने …।'``.

    >>> _spaced_after_cue("किया,' हमने", 5, " "), _spaced_after_cue("हैं,' उन्होंने", 4, "x")
    (True, False)
    """
    return nxt.isspace() and _opens_speech(text, pos)


def _glued_double(text: str, pos: int, open_mark: str | None) -> bool:
    """Is the straight ``"`` at ``pos`` the first of two glued ``""`` that can close nothing?
    Papers glue the close of one quotation to the open of the next (``हुआ.""अगली``); with no
    ``"`` open the first mark is stray and the second opens, instead of the two pairing
    round nothing.

    >>> _glued_double('हुआ.""अगली', 4, None), _glued_double('हुआ.""अगली', 4, '"')
    (True, False)
    """
    return open_mark is None and text[pos] == '"' and text[pos + 1 : pos + 2] == '"'


# a sentence end, then a sentence where the reporter speaks of the speaker in the third person
# ("… होगा. उन्होंने कहा कि …"): the narration that ends a quotation whose closing mark is lost
_NARRATION = re.compile(
    r"[।.?!](?=\s+(?:उन्होंने|उसने|इन्होंने)\s+(?:\S+\s+){0,5}?(?:कहा|बताया|कहना)[\s,।])"
)


def narration_resumes(text: str, a: int, b: int) -> int:
    """Where an unclosed quotation ``text[a:b]`` ends: after the sentence before the first
    sentence in which the reporter resumes ("… अभ्यस्त होना होगा. उन्होंने कहा कि …"), else
    ``b``.  (Only unclosed quotations are cut so: a closed one holds what its marks hold.)

    >>> t = "“हम तैयार हैं. उन्होंने कहा कि काम जारी है"
    >>> t[1:narration_resumes(t, 1, len(t))]
    'हम तैयार हैं.'
    """
    m = _NARRATION.search(text, a, b)
    return m.end() if m is not None else b


def _is_mark_of_word(ch: str) -> bool:
    """Is ``ch`` a vowel sign, virama or nasal sign, which ends a Devanagari word (``str.isalnum``
    is false for the combining marks)?

    >>> _is_mark_of_word("\u0940"), _is_mark_of_word("।")
    (True, False)
    """
    return "\u0900" <= ch <= "\u0903" or "\u093a" <= ch <= "\u094f" or ch in "\u0962\u0963"
