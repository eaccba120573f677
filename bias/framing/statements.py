"""Statements and their holders outside quotation marks: first-person sentences that go on with
what the last speaker said, a reported statement's speech noun, and a headline's source.

Hindi news often prints a statement or a press release as plain sentences after its
introduction: "टीम ने बयान जारी किया। उसने कहा, “…” हम सबसे कठोर कार्रवाई का समर्थन करते हैं।"
A reporter does not write "हम" or "मैं" about themself in a news story, so a sentence of the
narration that speaks in the first person continues the statement before it: the praise or
concern in it is the speaker's (holder rule ``statement``), not the reporter's.

:func:`statement_speakers` finds those sentences: each one that speaks in the first person
(:func:`first_person_tokens`) and follows, through such sentences only, a sentence that ends
with a quotation or reported statement whose speaker is known.

>>> from bias.lexicon import TokenTable
>>> from collections import namedtuple
>>> S = namedtuple("S", "start end speaker entity")
>>> t = "टीम ने कहा कि जांच होगी। हम कार्रवाई का समर्थन करते हैं। मौसम साफ रहा।"
>>> tk = TokenTable(t)
>>> sentences = tk.ranges([(0, 24), (25, 57), (58, len(t))])
>>> statement_speakers(tk, sentences, [S(11, 23, (0, 3), "e1")])
{1: ((0, 3), 'e1')}

A praise or concern cue that is itself the speech noun of a reported statement ("विपक्ष का आरोप
है कि …") is held by its speaker (:func:`speech_cues`), and a headline's stances by the source
named after its colon (:func:`headline_source`: "हालात चिंताजनक: विशेषज्ञ").
"""

from __future__ import annotations

import bisect
from typing import NamedTuple, Sequence

from ..lexicon import TokenTable
from ..voices.fallback import FIRST_PLURAL, FIRST_SINGULAR
from .noun_phrases import char_span
from .targets import CASE_MARKERS, SpanIndex

__all__ = [
    "FIRST_PERSON",
    "SpeechCue",
    "headline_source",
    "first_person_tokens",
    "speech_cues",
    "statement_speakers",
    "continued_statements",
]

Span = tuple[int, int]

#: the first-person pronouns (:mod:`bias.voices.fallback`) that show a sentence is someone's
#: own words; not the possessives (मेरा, हमारे …): a reporter may write "हमारे देश में" of the
#: readers' country
FIRST_PERSON = frozenset(
    k for k in FIRST_SINGULAR | FIRST_PLURAL if not k.startswith(("मेर", "हमार"))
)


def first_person_tokens(tk: TokenTable, quoted: Sequence[bool]) -> list[int]:
    """The tokens that are first-person pronouns (:data:`FIRST_PERSON`) outside quotation
    marks (``quoted``: token -> inside a quotation), in order.

    >>> tk = TokenTable("हम कार्रवाई का समर्थन करते हैं।")
    >>> first_person_tokens(tk, [False] * len(tk))
    [0]
    """
    return [i for i, k in enumerate(tk.keys) if k in FIRST_PERSON and not quoted[i]]


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
    if FIRST_PERSON.isdisjoint(tk.keys):
        return {}
    spans = sorted(spans, key=lambda s: s.end)
    ends = [tk.index_at(s.end) - 1 for s in spans]  # (the token where each span ends)
    firsts = first_person_tokens(tk, _quoted_tokens(tk, spans))
    out: dict[int, tuple[Span, str | None]] = {}
    current: tuple[Span, str | None] | None = None
    orphans = 0  # first-person sentences that follow no statement: the writer's own
    for k, (first, end) in enumerate(sentences):
        lo, hi = bisect.bisect_left(ends, first), bisect.bisect_left(ends, end)
        if hi > lo:  # statements end in this sentence: the last one speaks on
            last = spans[hi - 1]
            current = (last.speaker, last.entity) if last.speaker is not None else None
        elif bisect.bisect_left(firsts, end) > bisect.bisect_left(firsts, first):  # "हम …"
            if current is None:
                orphans += 1
            else:
                out[k] = current
        else:
            current = None
    # the writer speaks in the first person (a column, a diary, a first-person report)
    return {} if orphans > max(1, len(out)) else out


def continued_statements(
    tk: TokenTable, sentences: Sequence[Span], spans: Sequence
) -> dict[int, tuple[Span, str | None]]:
    """``{sentence: (speaker span, entity)}`` of the sentences right after one where a quotation
    or reported statement with a known speaker ends (``spans`` as for
    :func:`statement_speakers`), when they hold no statement of their own.  The guide: an
    evaluative sentence that continues a sourced paragraph keeps its source as holder
    ("परिवहन मंत्रालय ने बताया कि मार्ग राख से ढक चुका है। ऐसे में हवाई सफर करना खतरनाक
    है।"); the stances use it only for a cue no holder rule gives a holder (rule ``continued``).

    >>> from collections import namedtuple
    >>> S = namedtuple("S", "start end speaker entity")
    >>> t = "मंत्रालय ने बताया कि मार्ग बंद है। ऐसे में सफर खतरनाक है। मौसम साफ रहा।"
    >>> tk = TokenTable(t)
    >>> sentences = tk.ranges([(0, 33), (34, 56), (57, len(t))])
    >>> continued_statements(tk, sentences, [S(20, 32, (0, 8), "e1")])
    {1: ((0, 8), 'e1')}
    """
    firsts = [first for first, _ in sentences]
    last_of: dict[int, tuple[int, Span | None, str | None]] = {}
    for sp in spans:
        k = bisect.bisect_right(firsts, tk.index_at(sp.end) - 1) - 1
        if k >= 0 and (k not in last_of or sp.end > last_of[k][0]):
            last_of[k] = (sp.end, sp.speaker, sp.entity)
    out: dict[int, tuple[Span, str | None]] = {}
    for k, (_, speaker, entity) in last_of.items():
        if speaker is not None and k + 1 < len(sentences) and k + 1 not in last_of:
            out[k + 1] = (speaker, entity)
    return out


#: how many words the source named after a headline's colon has at most
SOURCE_WORDS = 4


def headline_source(tk: TokenTable, tok: int, last: int) -> Span | None:
    """``<statement>: X`` — a headline's source named after a colon at the end of its sentence
    (tokens ``tok`` … ``last``): one to :data:`SOURCE_WORDS` words after the last colon after
    the cue, and nothing else but end punctuation ("लॉकडाउन बढ़ाना सही फैसला: मुख्यमंत्री").

    >>> t = "लॉकडाउन बढ़ाना सही फैसला: मुख्यमंत्री केजरीवाल"
    >>> tk = TokenTable(t)
    >>> t[slice(*headline_source(tk, 2, len(tk)))]
    'मुख्यमंत्री केजरीवाल'
    """
    end = last
    while end > tok and tk.kinds[end - 1] == "punct":
        end -= 1  # (the sentence's own end mark)
    colon = end - 1
    while colon > tok and tk.kinds[colon] == "word" and end - colon <= SOURCE_WORDS:
        colon -= 1
    if colon <= tok or tk.keys[colon] != ":" or colon + 1 == end:
        return None
    if any(tk.kinds[j] != "word" or tk.keys[j] in CASE_MARKERS for j in range(colon + 1, end)):
        return None
    return char_span(tk, (colon + 1, end))


class SpeechCue(NamedTuple):
    """The cue words of one reported statement and who said it (normalised offsets)."""

    start: int
    end: int
    speaker: Span | None
    entity: str | None


def speech_cues(reported: Sequence) -> SpanIndex:
    """The cue spans of the reported statements (``ReportedSpan``), with their speakers: a
    praise or concern cue that is itself the speech noun ("विपक्ष का आरोप है कि …", "X की
    शिकायत है कि …") is held by the one who voices it.

    >>> from bias.voices.results import ReportedSpan
    >>> r = ReportedSpan(20, 40, (0, 6), None, None, "का आरोप है कि", (7, 19))
    >>> speech_cues([r]).at(9).speaker
    (0, 6)
    """
    return SpanIndex(
        [SpeechCue(r.cue_span[0], r.cue_span[1], r.speaker, r.entity) for r in reported]
    )
