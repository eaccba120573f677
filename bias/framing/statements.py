"""Statements printed without quotation marks: first-person sentences that go on with what the
last speaker said.

Hindi news often prints a statement or a press release as plain sentences after its
introduction: "टीम ने बयान जारी किया। उसने कहा, “…” हम सबसे कठोर कार्रवाई का समर्थन करते हैं।"
A reporter does not write "हम" or "मैं" about themself in a news story, so a sentence of the
narration that speaks in the first person continues the statement before it: the praise or
concern in it is the speaker's (holder rule ``statement``), not the reporter's.

:func:`statement_speakers` finds those sentences: each one that speaks in the first person
(:func:`speaks_first_person`) and follows, through such sentences only, a sentence that ends
with a quotation or reported statement whose speaker is known.

>>> from bias.lexicon import TokenTable
>>> from collections import namedtuple
>>> S = namedtuple("S", "start end speaker entity")
>>> t = "टीम ने कहा कि जांच होगी। हम कार्रवाई का समर्थन करते हैं। मौसम साफ रहा।"
>>> tk = TokenTable(t)
>>> sentences = tk.ranges([(0, 24), (25, 57), (58, len(t))])
>>> statement_speakers(tk, sentences, [S(11, 23, (0, 3), "e1")])
{1: ((0, 3), 'e1')}
"""

from __future__ import annotations

import bisect
from typing import Sequence

from ..lexicon import TokenTable
from ..voices.fallback import FIRST_PLURAL, FIRST_SINGULAR

__all__ = ["FIRST_PERSON", "speaks_first_person", "statement_speakers"]

Span = tuple[int, int]

#: the first-person pronouns (:mod:`bias.voices.fallback`) that show a sentence is someone's
#: own words; not the possessives (मेरा, हमारे …): a reporter may write "हमारे देश में" of the
#: readers' country
FIRST_PERSON = frozenset(
    k for k in FIRST_SINGULAR | FIRST_PLURAL if not k.startswith(("मेर", "हमार"))
)


def speaks_first_person(tk: TokenTable, first: int, end: int, quoted: Sequence[bool]) -> bool:
    """Does the sentence ``[first, end)`` (tokens) hold a first-person pronoun outside quotation
    marks (``quoted``: token -> inside a quotation)?

    >>> tk = TokenTable("हम कार्रवाई का समर्थन करते हैं।")
    >>> speaks_first_person(tk, 0, len(tk), [False] * len(tk))
    True
    """
    keys = tk.keys
    return any(keys[i] in FIRST_PERSON and not quoted[i] for i in range(first, end))


def _quoted_tokens(tk: TokenTable, spans: Sequence) -> list[bool]:
    """token -> inside one of ``spans`` (character ``start``/``end``)."""
    quoted = [False] * len(tk)
    for s in spans:
        a, b = tk.index_at(s.start), tk.index_at(s.end)
        quoted[a:b] = [True] * (b - a)
    return quoted


def statement_speakers(
    tk: TokenTable, sentences: Sequence[Span], spans: Sequence
) -> dict[int, tuple[Span, str | None]]:
    """``{sentence: (speaker span, entity)}`` of the narration sentences that go on with a
    statement: each speaks in the first person outside quotation marks and follows, through
    such sentences only, the sentence where a quotation or reported statement (``spans``:
    anything with character ``start``/``end``, a ``speaker`` span and an ``entity``) with a
    known speaker ends.  A sentence of plain narration in between ends the statement, and so
    does a sentence that holds a statement of its own (it is attributed already).  When a
    first-person sentence follows no statement, the writer speaks in the first person (a
    column, a diary, a first-person report) and no sentence is taken for a statement.

    >>> tk = TokenTable("मैं वहां गई। मेरा अनुभव अच्छा रहा।")
    >>> statement_speakers(tk, [(0, 4), (4, len(tk))], [])
    {}
    """
    spans = sorted(spans, key=lambda s: s.end)
    ends = [tk.index_at(s.end) - 1 for s in spans]  # (the token where each span ends)
    quoted = _quoted_tokens(tk, spans)
    out: dict[int, tuple[Span, str | None]] = {}
    current: tuple[Span, str | None] | None = None
    orphans = 0  # first-person sentences that follow no statement: the writer's own
    for k, (first, end) in enumerate(sentences):
        lo, hi = bisect.bisect_left(ends, first), bisect.bisect_left(ends, end)
        if hi > lo:  # statements end in this sentence: the last one speaks on
            last = spans[hi - 1]
            current = (last.speaker, last.entity) if last.speaker is not None else None
        elif speaks_first_person(tk, first, end, quoted):
            if current is None:
                orphans += 1
            else:
                out[k] = current
        else:
            current = None
    # the writer speaks in the first person (a column, a diary, a first-person report)
    return {} if orphans > max(1, len(out)) else out
