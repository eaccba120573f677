"""The cue hits of a text: lexicon matches with their modifiers applied.

Two steps, as textacy's candidates-then-select: :func:`find_markers` matches
every lexicon against the whole text once (the modifiers and the cue
candidates), then :func:`segment_hits` walks the cue matches in token order
and turns each into a :class:`Hit` of its segment (sentence), applying the
rules of :mod:`bias.framing.modifiers`; :func:`merge_runs` lets the cues of
one noun phrase count once.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import TokenTable
from .lexicons import FramingLexicons
from .modifiers import (
    Contrast,
    Negators,
    Resolution,
    clause_start,
    contrast_scope,
    contrast_weight,
    intensity_factors,
    negate,
    negated,
    par_is_contrast,
    resolve,
    resolved_by,
)

__all__ = ["Hit", "Cue", "Markers", "CUE_LEXICONS", "find_markers", "segment_hits", "merge_runs"]

#: the lexicons whose matches are cues, in the order their hits at one token are made
CUE_LEXICONS = ("praise", "concern", "sentiment")
#: genitive postpositions: cues joined by one belong to one noun phrase
GENITIVE = frozenset({"का", "के", "की"})


class Hit(NamedTuple):
    """A cue of a segment, with its modifiers applied."""

    term: str  # the text of the cue (normalised)
    start: int  # normalised character offsets
    end: int
    lexicon: str  # "praise", "concern" or "sentiment" (after negation)
    weight: float
    tok: int  # token index of the cue's first token
    end_tok: int = -1  # token index after the cue
    framing: bool = True  # False: sentiment only, not frame evidence (under a counter-action)


class Cue(NamedTuple):
    """A match of a cue lexicon: tokens ``[tok, tok + length)``."""

    tok: int
    lexicon: str  # one of CUE_LEXICONS
    length: int
    value: float


class Markers(NamedTuple):
    """The modifiers and the cue matches of a whole text (token indices)."""

    contrast: list[Contrast]  # in token order
    negators: Negators
    factors: dict[int, float]  # token -> intensity factor (only the scaled tokens)
    resolutions: list[Resolution]  # sorted
    cues: list[Cue]  # in token order (CUE_LEXICONS order at one token)


_START = operator.attrgetter("start")
_HIT_ORDER = operator.attrgetter("start", "lexicon")


def find_markers(tk: TokenTable, lex: FramingLexicons) -> Markers:
    """Match every lexicon of ``lex`` against the tokens of ``tk``: the
    modifiers and the cue matches of the text.  At each token a lexicon
    gives its longest entry starting there (overlapping matches of one
    lexicon are all kept: :func:`segment_hits` resolves them).  Cues do not
    start at punctuation; पर is a contrast cue only at a clause start
    (:func:`bias.framing.modifiers.par_is_contrast`).

    >>> from bias.framing import default_lexicons
    >>> mk = find_markers(TokenTable("सरकार का समर्थन नहीं"), default_lexicons())
    >>> mk.negators.negators, [(c.tok, c.lexicon) for c in mk.cues]
    ([3], [(2, 'praise'), (2, 'sentiment')])
    """
    keys, kinds = tk.keys, tk.kinds
    # the one place where the text is matched against the lexicons
    found = {
        name: tk.matches(getattr(lex, name))
        for name in ("contrast", "negators", "intensifiers", "diminishers", "resolvers")
        + CUE_LEXICONS
    }
    contrast = [
        Contrast(i, i + length, *value)
        for i, (length, value) in sorted(found["contrast"].items())
        if keys[i] != "पर" or par_is_contrast(i, kinds)
    ]
    by_kind: dict[str, list[int]] = {"negator": [], "privative": [], "postposed": []}
    for i, (_, kind) in sorted(found["negators"].items()):
        by_kind.get(kind, by_kind["negator"]).append(i)
    negators = Negators(by_kind["negator"], by_kind["privative"], by_kind["postposed"])
    factors = intensity_factors(found["intensifiers"], found["diminishers"], len(keys))
    resolutions = sorted(
        Resolution(clause_start(keys, i), i + length, kind)
        for i, (length, kind) in found["resolvers"].items()
    )
    cues = sorted(
        (
            Cue(i, name, length, value)
            for name in CUE_LEXICONS
            for i, (length, value) in found[name].items()
            if kinds[i] != "punct"
        ),
        key=_cue_order,
    )
    return Markers(contrast, negators, factors, resolutions, cues)


def _cue_order(cue: Cue) -> tuple[int, int]:
    return cue.tok, CUE_LEXICONS.index(cue.lexicon)


class _Segment:
    """What weighs the cues of one segment (token range ``[a, b)``)."""

    def __init__(self, index: int, a: int, b: int, mk: Markers, keys: Sequence[str]) -> None:
        self.index, self.a, self.b = index, a, b
        contrast = mk.contrast[
            bisect.bisect_left(mk.contrast, a, key=_START) : bisect.bisect_left(
                mk.contrast, b, key=_START
            )
        ]
        self.but, self.although = contrast_scope(contrast, keys, b)
        self.resolutions = mk.resolutions[
            bisect.bisect_left(mk.resolutions, a, key=_START) : bisect.bisect_left(
                mk.resolutions, b, key=_START
            )
        ]
        # per cue lexicon: where its last match ends (a match hides those starting inside it)
        self.covered = dict.fromkeys(CUE_LEXICONS, a)


def _hit(text: str, tk: TokenTable, mk: Markers, seg: _Segment, cue: Cue) -> Hit | None:
    """The hit of ``cue`` in its segment: its value weighted by contrast and
    intensity, then resolved and negated (``None`` when a resolver cancels it)."""
    i, lexicon = cue.tok, cue.lexicon
    end = min(i + cue.length, seg.b)
    weight = cue.value * contrast_weight(i, but=seg.but, although=seg.although)
    weight *= mk.factors.get(i, 1.0)
    how = resolved_by(seg.resolutions, i) if seg.resolutions else None
    kept, framing = resolve(lexicon, cue.value, how)
    if not kept:
        return None
    if negated(i, end, negators=mk.negators, keys=tk.keys, segment=(seg.a, seg.b)):
        lexicon, weight = negate(lexicon, weight)
    start, stop = tk.starts[i], tk.ends[end - 1]
    return Hit(text[start:stop], start, stop, lexicon, weight, i, end, framing)


def segment_hits(
    text: str, tk: TokenTable, mk: Markers, seg_tok: Sequence[tuple[int, int]]
) -> list[list[Hit]]:
    """The hits of every segment (token ranges ``seg_tok``, in text order,
    not overlapping), sorted by start and lexicon and merged
    (:func:`merge_runs`): one pass over the cue matches of the whole text, in
    token order.  A cue is cut at its segment's end, and hides the matches of
    its lexicon that start inside it ("गहरी चिंता" hides "चिंता").

    >>> from bias.framing import default_lexicons
    >>> tk = TokenTable("यह बहुत अच्छा है")
    >>> [(h.term, h.lexicon, round(h.weight, 4)) for h in segment_hits(
    ...     "यह बहुत अच्छा है", tk, find_markers(tk, default_lexicons()), [(0, 4)])[0]]
    [('अच्छा', 'sentiment', 2.4567)]
    """
    out: list[list[Hit]] = [[] for _ in seg_tok]
    firsts = [a for a, _ in seg_tok]
    seg = None
    for cue in mk.cues:
        si = bisect.bisect_right(firsts, cue.tok) - 1
        if si < 0 or cue.tok >= seg_tok[si][1]:
            continue  # outside every segment
        if seg is None or seg.index != si:
            seg = _Segment(si, *seg_tok[si], mk, tk.keys)
        elif cue.tok < seg.covered[cue.lexicon]:
            continue
        seg.covered[cue.lexicon] = min(cue.tok + cue.length, seg.b)
        hit = _hit(text, tk, mk, seg, cue)
        if hit is not None:
            out[si].append(hit)
    return [merge_runs(sorted(hits, key=_HIT_ORDER), tk.keys) if hits else hits for hits in out]


def merge_runs(hits: list[Hit], keys: Sequence[str]) -> list[Hit]:
    """Frame cues of one noun phrase — touching, or joined by a genitive
    ("कोरोना वायरस के संक्रमण") — count once, with their strongest weight,
    instead of adding up.  ``hits`` sorted by start; sentiment hits are
    kept as they are.

    >>> a = Hit("कोरोना वायरस", 0, 12, "concern", 0.5, 0, 2)
    >>> b = Hit("संक्रमण", 16, 23, "concern", 1.0, 3, 4)
    >>> keys = ["कोरोना", "वायरस", "के", "संक्रमण"]
    >>> [(h.term, h.weight, h.end_tok) for h in merge_runs([a, b], keys)]
    [('कोरोना वायरस संक्रमण', 1.0, 4)]
    """
    out: list[Hit] = []
    last: dict[str, int] = {}  # frame lexicon -> index in out of its last hit
    for h in hits:
        if h.lexicon in ("praise", "concern"):
            j = last.get(h.lexicon)
            if j is not None and _one_phrase(out[j], h, keys):
                prev = out[j]
                out[j] = prev._replace(
                    term=prev.term + " " + h.term if h.start > prev.end else prev.term,
                    end=h.end,
                    weight=prev.weight if abs(prev.weight) >= abs(h.weight) else h.weight,
                    end_tok=h.end_tok,
                )
                continue
            last[h.lexicon] = len(out)
        out.append(h)
    return out


def _one_phrase(prev: Hit, h: Hit, keys: Sequence[str]) -> bool:
    """Do two cues belong to one noun phrase: touching, or one genitive between?"""
    return prev.end_tok == h.tok or (prev.end_tok + 1 == h.tok and keys[prev.end_tok] in GENITIVE)
