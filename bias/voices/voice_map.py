"""The voice of every character of an article: narrated, reported or quoted.

A direct quotation's content and marks are *quoted*, a reported clause is *reported*; so is the
attribution that introduces them — the speaker mention (with its ``ने``) when it stands in the
same sentence, and the cue ("ने … कहा", "के अनुसार") — since it is part of the attributed
construction, not the reporter's own comment.  Term quotations stay in the voice around them.
Everything else is *narrated*.

>>> from bias.voices.voice_map import NARRATED, QUOTED
>>> t = "किम ने कहा, “हम साथ हैं।”"
>>> art_quotes = []  # (normally the quotations of bias.voices.Attributor.attribute)
>>> voice_map(t, [(0, len(t), "sentence")], art_quotes, [])[0] == NARRATED
True
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

__all__ = ["NARRATED", "REPORTED", "QUOTED", "VOICE_NAMES", "voice_map"]

#: the voice codes of :func:`voice_map`, and their names (by code)
NARRATED, REPORTED, QUOTED = 0, 1, 2
VOICE_NAMES = ("narrated", "reported", "quoted")

# the ने that follows a speaker mention belongs to the attribution
_NE_AFTER = re.compile(r"\s*ने(?=\s|$)")


def _mark(voice: bytearray, a: int, b: int, code: int) -> None:
    if 0 <= a < b:
        voice[a:b] = bytes([code]) * (b - a)


def mark_attribution(
    voice: bytearray, text: str, sentence_starts: list[int], span, code: int
) -> None:
    """Give the attribution of ``span`` (a quotation or reported clause) the span's voice: its
    speaker mention (pronoun if resolved from one) with a following ``ने``, and its cue, each
    only when it stands in the sentence where the span's content starts."""

    def sentence_of(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    here = sentence_of(span.start)
    mention = span.pronoun or span.speaker
    if mention is not None and sentence_of(mention[0]) == here:
        ne = _NE_AFTER.match(text, mention[1])
        _mark(voice, mention[0], ne.end() if ne else mention[1], code)
    cue = span.cue_span
    if cue is not None and sentence_of(cue[0]) == here:
        _mark(voice, cue[0], cue[1], code)


def voice_map(text: str, segments: Sequence[tuple[int, int, str]], quotes, reported) -> bytearray:
    """The voice code of every character of the normalised ``text``: :data:`NARRATED`,
    :data:`REPORTED` or :data:`QUOTED`.  Reported clauses are marked first, so a quotation
    inside one stays quoted; the attribution of a colon-introduced quotation (``X: “…”``) stays
    narrated."""
    voice = bytearray(len(text))
    starts = [a for a, _, _ in segments]
    for r in reported:
        _mark(voice, r.start, r.end, REPORTED)
        mark_attribution(voice, text, starts, r, REPORTED)
    for q in quotes:
        if q.kind != "direct":
            continue
        _mark(voice, q.open, max(q.close, q.end) + (1 if q.closed else 0), QUOTED)
        if q.cue != ":":
            mark_attribution(voice, text, starts, q, QUOTED)
    return voice
