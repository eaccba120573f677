"""Noun phrases in a sentence's tokens: where a holder's or a target's phrase begins and ends.

:func:`noun_phrase_before` reads back from a token over at most :data:`NP_WORDS` words, not
across :data:`NP_BREAKS` (case markers, verbs, pronouns, conjunctions), not opening with a
word of :data:`NOT_NP_OPENERS`, and never as half of a coordination with what follows
(:data:`COORDINATORS`); :func:`phrase_before` also takes a quotation closed right there.  The
target rules (:mod:`bias.framing.targets`) and the holder rules (:mod:`bias.framing.holders`)
share them.

>>> t = "वहीं सरकार की आलोचना"
>>> t[slice(*char_span(TokenTable(t), noun_phrase_before(TokenTable(t), 2, 0)))]
'सरकार'
"""

from __future__ import annotations

from ..lexicon import TokenTable
from ..lexicon.keys import token_key
from ..voices.words import GENITIVE, PRON_NE
from .spans import SpanIndex

__all__ = [
    "NP_BREAKS",
    "NP_WORDS",
    "COORDINATORS",
    "NOT_NP_OPENERS",
    "PARTICLES",
    "noun_phrase_before",
    "phrase_before",
    "char_span",
    "with_owner",
]

Span = tuple[int, int]

#: words a holder or target noun phrase does not reach back across
NP_BREAKS = (
    frozenset(
        """ने में से को पर तक के की का लिए कि है हैं था थे थी हो गया गई गए किया किए कहा भी तो
    लेकिन परंतु किंतु मगर जबकि जो खिलाफ बीच साथ द्वारा लेकर हम मैं आप तुम वह वे वो यह ये ही पहले
    बाद इससे उससे""".split()
    )
    | PRON_NE
    | frozenset("उन्हें उसे इन्हें इसे मुझे हमें तुम्हें".split())
)
#: how many words a holder or target phrase spans at most
NP_WORDS = 5
_QUOTE_CLOSERS = frozenset("”’\"'»›")
#: conjunctions that coordinate: a phrase that ends in one is half of a coordination, no phrase
COORDINATORS = frozenset({"और", "व", "तथा", "एवं", "या"})
#: words a noun phrase never opens with: conjunctions, adverbs of the clause, question words and
#: negators ("… बल्कि बीमारी", "हालांकि इस डर": the phrase is what follows them)
NOT_NP_OPENERS = frozenset(
    map(
        token_key,
        """और बल्कि हालांकि हालाँकि वहीं या यदि अगर जब तब फिर दरअसल यकीनन इसलिए क्योंकि क्या
        बिना नहीं न सबसे वरना अब""".split(),
    )
)
PARTICLES = frozenset({"भी", "ही", "तो"})


def noun_phrase_before(tk: TokenTable, end: int, lo: int) -> tuple[int, int] | None:
    """The token range of the noun phrase that ends right before token ``end`` (not before
    ``lo``): words only, at most :data:`NP_WORDS`, not across :data:`NP_BREAKS`."""
    if end - 1 > lo and tk.keys[end - 1] == ")":
        opened = _paren_open(tk, end - 1, lo)
        if opened is not None:  # "कृषक मुक्ति संग्राम समिति (केएमएसएस) ने": the name before
            np = noun_phrase_before(tk, opened, lo)
            return (np[0], end) if np is not None else None
    if end - 1 >= lo and tk.keys[end - 1] in COORDINATORS:
        return None  # "सब स्तब्ध और निराश": what stands before और is coordinated with the cue
    j = end
    while j > lo and end - j < NP_WORDS and tk.kinds[j - 1] == "word":
        if tk.keys[j - 1] in NP_BREAKS:
            break
        j -= 1
    while j < end and tk.keys[j] in NOT_NP_OPENERS:
        j += 1
    return (j, end) if j < end else None


def phrase_before(tk: TokenTable, end: int, lo: int, quotes: "SpanIndex") -> Span | None:
    """The character span of what ends right before token ``end`` (not before ``lo``): a
    quotation closed there ("‘गुलाब गैंग’ को आलोचनाओं का सामना", "“…” की प्रशंसा"), else the
    noun phrase (:func:`noun_phrase_before`).

    >>> t = "सरकार की आलोचना"
    >>> t[slice(*phrase_before(TokenTable(t), 1, 0, SpanIndex([])))]
    'सरकार'
    """
    if end - 1 > lo and tk.kinds[end - 1] == "punct" and tk.keys[end - 1] in _QUOTE_CLOSERS:
        closed_at = tk.starts[end - 1]
        q = quotes.ending_in(closed_at - 2, closed_at)
        if q is not None:
            return q.start, q.end
    np = noun_phrase_before(tk, end, lo)
    return char_span(tk, np) if np is not None else None


def _paren_open(tk: TokenTable, close: int, lo: int) -> int | None:
    """The ``(`` of the short bracketed group (at most three words) that the ``)`` at token
    ``close`` ends, not before ``lo``; ``None`` when there is none."""
    for j in range(close - 1, max(lo, close - 5) - 1, -1):
        if tk.keys[j] == "(":
            return j
        if tk.kinds[j] != "word":
            return None
    return None


def char_span(tk: TokenTable, toks: tuple[int, int]) -> Span:
    return tk.starts[toks[0]], tk.ends[toks[1] - 1]


def with_owner(
    tk: TokenTable, span: Span | None, first: int, cue: int, holder: Span | None = None
) -> Span | None:
    """The character ``span`` of a target with the owner in the genitive right before it, one
    level (the whole noun phrase "सुरक्षाकर्मियों की बहादुरी", not its head alone: whose bravery is
    saluted), when the owner is a noun phrase of the sentence (from token ``first``) before the
    cue (token ``cue``) and not the stance's ``holder`` (characters); else ``span`` as it is.

    >>> t = "उन्होंने सुरक्षाकर्मियों की बहादुरी को सलाम किया"
    >>> tk = TokenTable(t)
    >>> t[slice(*with_owner(tk, (t.index("बहादुरी"), t.index(" को")), 0, 5))]
    'सुरक्षाकर्मियों की बहादुरी'
    """
    if span is None:
        return None
    a = tk.index_at(span[0])
    if not first < a - 1 < cue or tk.keys[a - 1] not in GENITIVE:
        return span
    owner = noun_phrase_before(tk, a - 1, first)
    if owner is None:
        return span
    start = tk.starts[owner[0]]
    if holder is not None and start < holder[1] and holder[0] < span[1]:
        return span  # (the holder is in it: "द्वीप के निवासी ज्वालामुखी का डर")
    return start, span[1]
