"""Framing (praise / concern / neutral) and sentiment, per sentence and per voice.

The scorer follows VADER's design, adapted to Hindi:

* **Lexicon hits.**  Tokens and lexicon entries go through the same key
  (:func:`bias.lexicon.term_key`) and the same light stemmer
  (:func:`stem`, after Ramanathan & Rao 2003), so चिंता / चिंताएं / चिंताओं
  all match ``चिंता``.  Multiword entries ("गहरी चिंता", "पूर्ण समर्थन")
  match as token sequences, longest first, in one pass over the sentence.
* **Intensifiers and diminishers** in the two tokens before a cue scale it by
  ``1 + factor`` / ``1 - factor``.
* **Negation.**  Hindi negates after the predicate: a negator (नहीं, न, मत, …)
  within the three tokens after a cue, or right before it, flips a sentiment
  valence with VADER's factor ``-0.74``; a negated praise cue counts
  ``NEGATED_FRAME`` of its weight as concern ("समर्थन नहीं किया"), a negated
  concern cue as praise.  A *privative* (बिना, बगैर) negates the cue in the
  three tokens after it.  A *resolver* phrase ("कोई बात नहीं", "घबराने की
  जरूरत नहीं") cancels the concern cues of its clause ("चिंता की कोई बात नहीं").
* **Counter-action.**  A *counter* phrase ("से निपटने", "की रोकथाम", "का मुकाबला",
  "के खिलाफ लड़ाई") cancels the concern cues of its clause — they name what the
  action is against — but not their negative sentiment ("आतंकवाद के खिलाफ लड़ाई
  में पूरा देश एकजुट है" is praise with negative wording).
* **Contrast.**  After लेकिन / परंतु / किंतु / मगर cues weigh ``after`` (1.5)
  and before it ``before`` (0.5); a clause opened by हालांकि / यद्यपि weighs
  0.5 and the rest of the sentence 1.5 (the weights come from
  ``contrast.tsv``).
* **Normalisation.**  Sentiment: the sum ``s`` of weighted valences becomes
  ``s / sqrt(s*s + ALPHA)`` (VADER's ``normalize`` with ``ALPHA = 15``), in
  [-1, 1]; labels at ±0.05.  Frame: with ``P`` and ``C`` the weighted sums of
  praise and concern cues (plus ``SENTIMENT_TO_FRAME`` times each positive or
  negative sentiment valence: evaluative wording is weak frame evidence; cues
  of one noun phrase — adjacent or joined by का/के/की — count once, at their
  strongest), ``frame_scores = {praise: P/T, concern: C/T,
  neutral: NEUTRAL_MASS/T}`` where ``T = P + C + NEUTRAL_MASS``; the frame is
  the largest of the three (neutral on ties).

Article summary per voice (``summary.frames[voice][frame]``): every cue hit
belongs to the voice of its position (the attribution that introduces a
quotation or reported clause — "X ने … की प्रशंसा की" — belongs to the voice
it introduces, see :func:`bias.article._voice_map`).  Each sentence is split into *pieces*, maximal runs of one voice;
each piece gets a frame from its own hits.  ``frames[v][f]`` is the share of
voice ``v``'s characters that lie in pieces framed ``f``;
``sentiment[v]`` is the character-weighted mean sentiment score of ``v``'s
pieces.  ``framing_gap[f] = frames["quoted"][f] - frames["narrated"][f]``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import os
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .lexicon import Multi, PhraseMatcher, TokenTable, load_table, stem, term_tokens
from .text import _Cache

__all__ = [
    "FramingLexicons",
    "default_lexicons",
    "score_text",
    "ALPHA",
    "NEUTRAL_MASS",
    "NEGATED_FRAME",
]

#: VADER's normalisation constant
ALPHA = 15.0
#: prior mass of the neutral frame (see the module doc)
NEUTRAL_MASS = 0.5
#: how much a sentiment valence (VADER scale, ±4) counts as frame evidence
SENTIMENT_TO_FRAME = 0.4
#: share of a negated frame cue's weight that goes to the opposite frame
NEGATED_FRAME = 0.5
#: a sentence whose largest voice share is below this is ``mixed``
MIXED_BELOW = 0.6
#: VADER's negation scalar for sentiment valences
N_SCALAR = -0.74
_NEG_AFTER = 4
_NEG_BEFORE = 1
_INTENS_WINDOW = 2
_CLAUSE_BREAK = frozenset(
    {",", ";", ":", "।", "?", "!", "|", "“", "”", '"', "कि", "और", "तथा", "जबकि", "क्योंकि"}
)

#: the lexicons of FramingLexicons.key_info, in order; the stemmed ones match on stems
_INFO_ORDER = (
    "contrast",
    "negators",
    "intensifiers",
    "diminishers",
    "resolvers",
    "praise",
    "concern",
    "sentiment",
)
_STEMMED = frozenset({"resolvers", "praise", "concern", "sentiment"})


_POSTPOSED = frozenset({"रहित", "विहीन", "मुक्त"})
_GENITIVE = frozenset({"का", "के", "की"})


class _Gate(NamedTuple):
    """What can start at a token that only starts multiword entries (see
    :meth:`FramingLexicons._key_info`)."""

    # the stems of the next tokens that can continue an entry: entries of
    # stemmed lexicons continue with a stem, the others with a key (whose stem
    # is here too, so the test is one probe and may let through a token that
    # continues nothing: the entries' own check then finds no match)
    stems: frozenset
    entries: tuple


@dataclass(frozen=True)
class FramingLexicons:
    """The lexicons the scorer uses.  Build with :meth:`load`; each argument
    is a bundled lexicon name or the path to your own TSV file."""

    sentiment: PhraseMatcher
    praise: PhraseMatcher
    concern: PhraseMatcher
    negators: PhraseMatcher  # value: "negator", "privative" or "postposed"
    intensifiers: PhraseMatcher  # value: factor
    diminishers: PhraseMatcher  # value: factor
    contrast: PhraseMatcher  # value: (kind, before, after)
    resolvers: PhraseMatcher
    names: tuple = field(default=())

    def __post_init__(self) -> None:
        # token key -> what every lexicon can match at a token of that key (see _key_info)
        object.__setattr__(self, "key_info", _Cache(self._key_info))
        # first tokens of all entries, to turn most new keys away at once
        firsts = [getattr(self, name).firsts for name in _INFO_ORDER]
        object.__setattr__(
            self,
            "_key_firsts",
            frozenset().union(*(f for name, f in zip(_INFO_ORDER, firsts) if name not in _STEMMED)),
        )
        object.__setattr__(
            self,
            "_stem_firsts",
            frozenset().union(*(f for name, f in zip(_INFO_ORDER, firsts) if name in _STEMMED)),
        )
        # (keys, stems) outside which _key_info is None (for bias.lexicon.TokenRows)
        object.__setattr__(self, "_row_gate", (self._key_firsts, self._stem_firsts))
        object.__setattr__(
            self,
            "_matchers",
            tuple((m, m.firsts, m.stemmed) for m in map(self.__getattribute__, _INFO_ORDER)),
        )
        # (key in an unstemmed lexicon's firsts, stem in a stemmed one's, bare key) -> _key_info,
        # for every signature a key can have: worked out once here, not when a text first holds it
        sigs = {(None, s, bare) for s in self._stem_firsts for bare in (False, True)}
        for k in self._key_firsts:
            k_stem = stem(k)
            sigs.add((k, k_stem if k_stem in self._stem_firsts else None, k == k_stem))
        object.__setattr__(self, "_infos", {sig: self._key_info_of(*sig) for sig in sigs})

    def _key_info(self, key: str, key_stem: str | None = None):
        """What the lexicons can match at a token whose key is ``key`` (and
        whose stem is ``key_stem``, when the caller knows it).

        ``None`` when no lexicon can match there, which is what most tokens
        get: one dictionary probe per token.  Otherwise a tuple with one entry
        per lexicon of :data:`_INFO_ORDER`: ``None`` (nothing starts here),
        the ``(length, value)`` of a one-token match (the same wherever the
        key stands), or a :class:`bias.lexicon.Multi` when a multiword entry
        may start here (the matcher is asked only when the next token can
        continue one).  When no entry can match on its own (a postposition
        such as के that only starts multiword entries), a :class:`_Gate`
        holding that tuple and the stems of the next tokens that can
        continue an entry.
        """
        key_stem = key_stem or stem(key)
        k = key if key in self._key_firsts else None
        s = key_stem if key_stem in self._stem_firsts else None
        if k is None and s is None:
            return None
        # the answer depends on the key only through these three (see PhraseMatcher.info),
        # and every signature was worked out when the lexicons were built
        return self._infos[k, s, key == key_stem]

    def _key_info_of(self, k: str | None, s: str | None, bare: bool):
        """:meth:`_key_info` of the keys with the signature ``(k, s, bare)``: the key
        if an unstemmed lexicon starts with it, the stem if a stemmed one does
        (``None`` otherwise), and whether the key is its own stem."""
        # (only a matcher whose index holds the key, or for a stemmed one its stem, is asked)
        out = [
            (m.info_of(s, bare) if s in firsts else None)
            if stemmed
            else (m.info_of(k, False) if k in firsts else None)
            for m, firsts, stemmed in self._matchers
        ]
        if out.count(None) == len(out):
            return None
        for x in out:
            if x is not None and (type(x) is not Multi or x.single is not None):
                return tuple(out)
        # only multiword entries start here: the next keys and next stems that continue one
        next_keys = [
            x.seconds for name, x in zip(_INFO_ORDER, out) if x is not None and name not in _STEMMED
        ]
        next_stems = [
            x.seconds for name, x in zip(_INFO_ORDER, out) if x is not None and name in _STEMMED
        ]
        return _Gate(
            frozenset(map(stem, frozenset().union(*next_keys))).union(*next_stems), tuple(out)
        )

    @classmethod
    def load(
        cls,
        *,
        sentiment: str | os.PathLike = "sentiment",
        praise: str | os.PathLike = "praise",
        concern: str | os.PathLike = "concern",
        negators: str | os.PathLike = "negators",
        intensifiers: str | os.PathLike = "intensifiers",
        diminishers: str | os.PathLike = "diminishers",
        contrast: str | os.PathLike = "contrast",
    ) -> "FramingLexicons":
        def weighted(name, col):
            t = load_table(name)
            return [(term, float(v)) for term, v in zip(t.column("term"), t.column(col))]

        neg = load_table(negators)
        negs = []
        res = []
        for term, kind in zip(neg.column("term"), neg.column("kind")):
            toks = term_tokens(term)
            if kind in ("resolver", "counter"):
                res.append((term, kind))
            elif kind == "privative" and (toks[0] in ("के", "से") or toks[0] in _POSTPOSED):
                negs.append((toks, "postposed"))  # के बिना, रहित: negates the word before it
            else:
                negs.append((toks, kind))
        ct = load_table(contrast)
        cons = [
            (term_tokens(t), (k, float(b), float(a)))
            for t, k, b, a in zip(
                ct.column("term"), ct.column("kind"), ct.column("before"), ct.column("after")
            )
        ]
        return cls(
            PhraseMatcher(weighted(sentiment, "score"), stemmed=True),
            PhraseMatcher(weighted(praise, "weight"), stemmed=True),
            PhraseMatcher(weighted(concern, "weight"), stemmed=True),
            PhraseMatcher(negs),
            PhraseMatcher([(term_tokens(t), v) for t, v in weighted(intensifiers, "factor")]),
            PhraseMatcher([(term_tokens(t), v) for t, v in weighted(diminishers, "factor")]),
            PhraseMatcher(cons),
            PhraseMatcher(res, stemmed=True),
            tuple(
                str(x)
                for x in (sentiment, praise, concern, negators, intensifiers, diminishers, contrast)
            ),
        )


@functools.lru_cache(maxsize=1)
def default_lexicons() -> FramingLexicons:
    """The bundled lexicons (loaded once)."""
    return FramingLexicons.load()


class Hit(NamedTuple):
    term: str
    start: int  # normalised offsets
    end: int
    lexicon: str
    weight: float
    tok: int  # token index of the hit's first token
    end_tok: int = -1  # token index after the hit
    framing: bool = True  # False: sentiment only, not frame evidence (under a counter-action)


# named tuples built without their Python-level __new__ (the hot path builds many)
_HIT = functools.partial(tuple.__new__, Hit)


class Scored(NamedTuple):
    """Scores of one segment (normalised offsets), before mapping to raw."""

    voice: str
    voice_shares: dict
    frame: str
    frame_scores: dict
    sentiment: str
    sentiment_score: float
    hits: list


_SCORED = functools.partial(tuple.__new__, Scored)


class _Memo(_Cache):
    """A bounded cache (:class:`bias.text._Cache`) of ``fn`` over numbers: the
    scores of a segment repeat a few sums of lexicon weights.  Zero is never
    stored: 0.0 and -0.0 are one dictionary key but print differently."""

    def __missing__(self, x):
        return super().__missing__(x) if x != 0 else self.fn(x)


def _round4(x: float) -> float:
    """``round(x, 4)``, exactly, mostly without the conversion to a decimal
    string and back that ``round`` makes.

    ``y = x * 10000`` is off the exact product by at most 2**-23 while
    ``|y| < 1e9``; when ``y`` is more than 0.4999 from a half-integer, the
    integer nearest to it, ``k``, is the one nearest to the exact product, so
    ``round(x, 4)`` is the float nearest to ``k / 10**4``: the quotient
    ``k / 10000.0``, which IEEE division rounds correctly.  Near-ties, values
    that round to zero (their sign) and huge or non-finite values take
    ``round`` itself."""
    if not x:
        return x  # (keeps the sign of -0.0)
    y = x * 10000.0
    if -1e9 < y < 1e9:
        # the integer nearest to y, as a float, without a call: adding 1.5 * 2**52 leaves
        # no bits below the units, so the sum is rounded to an integer (exactly undone after)
        k = (y + 6755399441055744.0) - 6755399441055744.0
        if k and -0.4999 < y - k < 0.4999:
            return k / 10000.0
    return round(x, 4)


#: ``round(x, 4)`` (a dictionary probe instead of a decimal rounding for repeated values)
round4 = _Memo(_round4)


def _scores_of(sums: tuple[float, float, float]) -> tuple[str, float, float, float, str, float]:
    """Frame, its three rounded shares, sentiment label and score of a
    segment's ``(praise, concern, sentiment)`` sums."""
    p, c, s = sums
    total = p + c + NEUTRAL_MASS
    sp, sc, sn = p / total, c / total, NEUTRAL_MASS / total
    best = max(sp, sc, sn)
    # the largest of the three; neutral on ties
    if sp == best and sc != best and sn != best:
        frame = "praise"
    elif sc == best and sp != best and sn != best:
        frame = "concern"
    else:
        frame = "neutral"
    score = s / math.sqrt(s * s + ALPHA) if s else 0.0
    label = "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"
    return frame, _round4(sp), _round4(sc), _round4(sn), label, _round4(score)


# (keyed by the sums: they start at +0.0 and the frame sums are clamped at +0.0, so
# no -0.0 to tell apart; a tuple key is never equal to 0, so every one is stored)
_SCORES = _Memo(_scores_of)


class _Markers:
    """Per-token modifiers of a whole text, found in one pass: contrast cues,
    negators, intensifier/diminisher factors, resolver spans, and the longest
    match of each frame/sentiment lexicon at every token."""

    __slots__ = (
        "contrast",
        "contrast_at",
        "neg",
        "priv",
        "post",
        "factor",
        "resolved",
        "resolved_at",
        "cues",
    )

    def __init__(self, tk: TokenTable, lex: FramingLexicons) -> None:
        keys, stems, kinds = tk.keys, tk.stems, tk.kinds
        n = len(keys)
        self.contrast: list[tuple[int, int, tuple]] = []
        self.neg: list[int] = []
        self.priv: list[int] = []
        self.post: list[int] = []
        self.factor: dict[int, float] = {}  # token index after the modifier -> factor
        self.resolved: list[tuple[int, int, str]] = []
        # cue matches (token index, lexicon index in _NAMED_CUES, (length, value)), in token order
        self.cues: list[tuple[int, int, tuple]] = []
        cues = self.cues
        infos = tk.columns.get(lex)  # (from the table's rows, when built with them)
        if infos is None:
            infos = list(map(lex.key_info.__getitem__, keys))
        last = n - 1
        next_stems = [*stems[1:], ""]  # (the stem of the next token; "" after the last)
        # only tokens at which some lexicon can match are visited (compress runs the scan in C)
        for i in itertools.compress(range(n), infos):
            info = infos[i]
            if type(info) is _Gate:
                # a token that only starts multiword entries: skip unless the next token continues one
                if next_stems[i] not in info.stems:
                    continue
                info = info.entries
            # (a Multi: PhraseMatcher.resolve, written out — this runs for every candidate)
            con, neg, up, down, res, praise, concern, sentiment = info
            if con is not None:
                m = (
                    con
                    if type(con) is not Multi
                    else lex.contrast.walk(con, keys, i)
                    if i < last and keys[i + 1] in con.seconds
                    else con.single
                )
                if m is not None and not (keys[i] == "पर" and i > 0 and kinds[i - 1] != "punct"):
                    # पर is "but" only at the start of a clause (otherwise "on")
                    self.contrast.append((i, i + m[0], m[1]))
            if neg is not None:
                m = (
                    neg
                    if type(neg) is not Multi
                    else lex.negators.walk(neg, keys, i)
                    if i < last and keys[i + 1] in neg.seconds
                    else neg.single
                )
                if m is not None:
                    {"privative": self.priv, "postposed": self.post}.get(m[1], self.neg).append(i)
            if up is not None or down is not None:
                for info, matcher, is_up in (
                    (up, lex.intensifiers, True),
                    (down, lex.diminishers, False),
                ):
                    if info is None:
                        continue
                    m = (
                        info
                        if type(info) is not Multi
                        else matcher.walk(info, keys, i)
                        if i < last and keys[i + 1] in info.seconds
                        else info.single
                    )
                    if m is not None:
                        f = 1.0 + m[1] if is_up else max(0.0, 1.0 - m[1])
                        # the modifier scales a cue that starts within _INTENS_WINDOW tokens after it
                        for j in range(i + m[0], min(n, i + m[0] + _INTENS_WINDOW)):
                            self.factor[j] = self.factor.get(j, 1.0) * f
            if res is not None:
                r = (
                    res
                    if type(res) is not Multi
                    else lex.resolvers.walk(res, stems, i, keys)
                    if i < last and stems[i + 1] in res.seconds
                    else res.single
                )
                if r is not None:
                    j = i - 1
                    while j >= 0 and keys[j] not in _CLAUSE_BREAK:
                        j -= 1
                    self.resolved.append((j + 1, i + r[0], r[1]))
            if kinds[i] == "punct":
                continue
            if praise is not None:
                m = (
                    praise
                    if type(praise) is not Multi
                    else lex.praise.walk(praise, stems, i, keys)
                    if i < last and stems[i + 1] in praise.seconds
                    else praise.single
                )
                if m is not None:
                    cues.append((i, 0, m))
            if concern is not None:
                m = (
                    concern
                    if type(concern) is not Multi
                    else lex.concern.walk(concern, stems, i, keys)
                    if i < last and stems[i + 1] in concern.seconds
                    else concern.single
                )
                if m is not None:
                    cues.append((i, 1, m))
            if sentiment is not None:
                m = (
                    sentiment
                    if type(sentiment) is not Multi
                    else lex.sentiment.walk(sentiment, stems, i, keys)
                    if i < last and stems[i + 1] in sentiment.seconds
                    else sentiment.single
                )
                if m is not None:
                    cues.append((i, 2, m))
        # positions, for slicing the markers of one segment by bisection
        self.contrast_at = [c[0] for c in self.contrast]
        self.resolved.sort()
        self.resolved_at = [r[0] for r in self.resolved]


_HIT_ORDER = operator.itemgetter(1, 3)  # (start, lexicon)
_NAMED_CUES = ("praise", "concern", "sentiment")


def _negated(keys: list[str], mk: _Markers, s: int, e: int, a: int, b: int) -> bool:
    """Is the cue in tokens [s, e) negated by a marker inside the segment [a, b)?

    A negator in the ``_NEG_AFTER`` tokens after the cue (same clause) or
    right before it; a privative in the ``_NEG_AFTER`` tokens before it; a
    postposed privative right after it."""
    neg = mk.neg
    i = bisect.bisect_left(neg, max(s - _NEG_BEFORE, a))
    hi = min(e + _NEG_AFTER, b)
    while i < len(neg) and neg[i] < hi:
        n = neg[i]
        if n < s or (n >= e and not any(keys[x] in _CLAUSE_BREAK for x in range(e, n))):
            return True
        i += 1
    priv = mk.priv
    i = bisect.bisect_left(priv, max(s - _NEG_AFTER, a))
    if i < len(priv) and priv[i] < min(s, b):
        return True
    post = mk.post
    i = bisect.bisect_left(post, e)
    return i < len(post) and post[i] < min(e + 2, b)


def _contrast_weights(keys: list[str], mk: _Markers, a: int, b: int):
    """The contrast cues that weigh the tokens of segment [a, b): the last
    "but" cue ``(ci, cj, before, after)`` and the clause of the first
    "although" cue ``(ci, j, before, after)`` (``None`` when absent).  One of
    each, so the work stays linear however many cues a long "sentence" has."""
    here = mk.contrast[
        bisect.bisect_left(mk.contrast_at, a) : bisect.bisect_left(mk.contrast_at, b)
    ]
    but = although = None
    buts = [c for c in here if c[2][0] != "although"]
    althoughs = [c for c in here if c[2][0] == "although"]
    if buts:
        ci, cj, (_, before, after) = buts[-1]
        but = (ci, cj, before, after)
    if althoughs:
        ci, cj, (_, before, after) = althoughs[0]
        # the clause opened by the cue is weak (after), the rest of the sentence strong (before)
        j = cj
        while j < b and keys[j] not in (",", ";", "।"):
            j += 1
        although = (ci, j, before, after)
    return but, although


def _any_negator(mk: _Markers, a: int, b: int) -> bool:
    for marks in (mk.neg, mk.priv, mk.post):
        if marks:
            x = bisect.bisect_left(marks, a)
            if x < len(marks) and marks[x] < b:
                return True
    return False


def _resolved_by(resolved: list, i: int) -> str | None:
    """The resolver or counter-action (of a segment's ``resolved`` spans) that covers token ``i``."""
    res_starts = [r[0] for r in resolved]
    k = bisect.bisect_right(res_starts, i) - 1
    for x in range(max(0, k - 3), k + 1):
        if k >= 0 and resolved[x][0] <= i < resolved[x][1]:
            return resolved[x][2]
    return None


def _segment_hits(
    text: str, tk: TokenTable, mk: _Markers, seg_tok: list[tuple[int, int]]
) -> list[list[Hit]]:
    """The cue hits of every segment (token ranges ``seg_tok``, in text order),
    with negation, intensity and contrast applied: one pass over the cue
    matches of the whole text, in token order.  Within a segment a match
    hides the matches of its lexicon that start inside it."""
    keys, starts, ends = tk.keys, tk.starts, tk.ends
    seg_first = [ta for ta, _ in seg_tok]
    out: list[list[Hit]] = [[] for _ in seg_tok]
    factor = mk.factor
    has_contrast, has_neg, has_res = (
        bool(mk.contrast),
        bool(mk.neg or mk.priv or mk.post),
        bool(mk.resolved),
    )
    bisect_right = bisect.bisect_right
    a = b = 0
    nxt = [0, 0, 0]  # per lexicon: where its last match in the segment ends
    but = although = resolved = None
    neg = False
    hits = out[0] if out else []
    # the segments where frame cues touch or share a start: only there can sorting by
    # (start, lexicon) reorder the hits (they come in token order) or _merge_runs join two
    touching: list[int] = []
    si = reach = -1  # (a frame cue starting at or before reach touches an earlier one)
    for i, li, (L, value) in mk.cues:
        if i >= b:
            # the segment of token i, and what weighs its cues
            si = bisect_right(seg_first, i) - 1
            if si < 0:
                continue
            a, b = seg_tok[si]
            if i >= b:
                continue  # between segments
            nxt = [a, a, a]
            reach = -1
            hits = out[si]
            but, although = _contrast_weights(keys, mk, a, b) if has_contrast else (None, None)
            neg = has_neg and _any_negator(mk, a, b)
            resolved = (
                mk.resolved[
                    bisect.bisect_left(mk.resolved_at, a) : bisect.bisect_left(mk.resolved_at, b)
                ]
                if has_res
                else None
            )
        elif i < nxt[li]:
            continue
        e = i + L
        if e > b:
            e = b
        nxt[li] = e
        w = value
        if but is not None or although is not None:
            weight = 1.0
            if but is not None:
                ci, cj, before, after = but
                weight *= before if i < ci else after if i >= cj else 1.0
            if although is not None:
                ci, cj, before, after = although
                weight *= after if ci <= i < cj else before
            w *= weight
        if i in factor:
            w *= factor[i]
        name = _NAMED_CUES[li]
        framing = True
        if resolved and (li == 1 or (li == 2 and value < 0)):
            how = _resolved_by(resolved, i)
            # a resolver cancels the worry; a counter-action only the frame (the wording stays negative)
            if how == "resolver" or (how == "counter" and li == 1):
                continue
            framing = how is None
        if neg and _negated(keys, mk, i, e, a, b):
            if li == 2:
                w *= N_SCALAR
            else:
                name = "concern" if li == 0 else "praise"
                w *= NEGATED_FRAME
        if li != 2:
            if i <= reach and (not touching or touching[-1] != si):
                touching.append(si)
            if e >= reach:
                reach = e + 1  # (the next token too: a genitive may join the next cue)
        hs, he = starts[i], ends[e - 1]
        hits.append(_HIT((text[hs:he], hs, he, name, w, i, e, framing)))
    for si in touching:
        hits = out[si]
        hits.sort(key=_HIT_ORDER)
        out[si] = _merge_runs(hits, keys)
    return out


def _merge_runs(hits: list[Hit], keys: list[str]) -> list[Hit]:
    """Frame cues of one noun phrase — adjacent, or joined by a genitive
    ("कोरोना वायरस के संक्रमण") — count once, with their strongest weight,
    instead of adding up."""
    out: list[Hit] = []
    last: dict[str, int] = {}
    for h in hits:
        if h.lexicon in ("praise", "concern"):
            j = last.get(h.lexicon)
            if j is not None and (
                out[j].end_tok == h.tok
                or (out[j].end_tok + 1 == h.tok and keys[out[j].end_tok] in _GENITIVE)
            ):
                prev = out[j]
                w = prev.weight if abs(prev.weight) >= abs(h.weight) else h.weight
                out[j] = _HIT(
                    (
                        prev.term + " " + h.term if h.start > prev.end else prev.term,
                        prev.start,
                        h.end,
                        h.lexicon,
                        w,
                        prev.tok,
                        h.end_tok,
                        prev.framing,
                    )
                )
                continue
            last[h.lexicon] = len(out)
        out.append(h)
    return out


def _sums(hits: list[Hit]) -> tuple[float, float, float]:
    """Praise, concern and sentiment sums of hits (the frame sums at least 0)."""
    p = c = s = 0.0
    for h in hits:
        # (indexing, not attribute names: this runs for every hit of every segment)
        lexicon, w = h[3], h[4]
        if lexicon == "praise":
            p += w
        elif lexicon == "concern":
            c += w
        else:
            s += w
            # evaluative wording is weak evidence of the frame too (not under a counter-action)
            if h[7]:
                if w > 0:
                    p += SENTIMENT_TO_FRAME * w
                else:
                    c -= SENTIMENT_TO_FRAME * w
    return (p if p > 0.0 else 0.0), (c if c > 0.0 else 0.0), s


def _piece_label(hits) -> tuple[str, float]:
    """Frame and sentiment score of a piece (no dicts, no rounding: the hot path)."""
    if not hits:
        return "neutral", 0.0
    p, c, s = _sums(hits)
    m = NEUTRAL_MASS
    frame = "praise" if p > c and p > m else "concern" if c > p and c > m else "neutral"
    return frame, (s / math.sqrt(s * s + ALPHA) if s else 0.0)


_VOICE_NAMES = ("narrated", "reported", "quoted")
_RUNS = re.compile(rb"\x00+|\x01+|\x02+")
_SPAN = operator.methodcaller("span")


@functools.lru_cache(maxsize=1)
def _space_bits():
    """4 at every code point up to U+3001 that ``str.isspace`` takes for white
    space (none is above U+3000), 0 elsewhere; U+3001 stands for every code
    point above it."""
    import numpy as np

    return np.array([4 if chr(c).isspace() else 0 for c in range(0x3002)], dtype=np.uint8)


def _with_spaces(text: str, voice) -> bytes:
    """``voice`` with 4 added at every white-space character of ``text``, so
    that ``count(v)`` counts the characters of voice ``v`` that are not white
    space (C speed, no loop over pieces): the code points of the text, looked
    up in a table (numpy)."""
    import numpy as np

    code_points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return (
        _space_bits().take(np.minimum(code_points, 0x3001)) | np.frombuffer(voice, dtype=np.uint8)
    ).tobytes()


def new_totals() -> dict[str, list]:
    """Per-voice totals that :func:`score_segments` fills for :func:`summarize`:
    ``[characters, sentiment sum, characters by frame]``."""
    return {
        v: [0, 0.0, {"praise": 0, "concern": 0, "neutral": 0}]
        for v in ("quoted", "reported", "narrated")
    }


def score_segments(
    text: str,
    tokens,
    segs,
    voice: bytearray,
    lex: FramingLexicons,
    totals: dict | None = None,
    *,
    token_ranges=None,
):
    """Score each segment ``(start, end, kind)`` of the normalised ``text``
    (segments in text order, not overlapping).

    ``tokens`` is the text's :class:`bias.lexicon.TokenTable` (or its token
    spans); ``voice`` holds the voice code (0 narrated, 1 reported, 2 quoted)
    of every character.  With ``totals`` (from :func:`new_totals`), the
    *pieces* of every segment but credits — maximal runs of one voice, each
    framed by its own hits — are added up per voice, for :func:`summarize`.
    ``token_ranges``: the segments' token ranges
    (:meth:`bias.lexicon.TokenTable.ranges`), when the caller has them.
    """
    tk = tokens if isinstance(tokens, TokenTable) else TokenTable(text, tokens)
    mk = _Markers(tk, lex)
    bisect_left = bisect.bisect_left
    seg_tok = tk.ranges(segs) if token_ranges is None else token_ranges
    seg_hits = _segment_hits(text, tk, mk, seg_tok)

    out = []
    count = voice.count
    # per-voice totals by voice code (0 narrated, 1 reported, 2 quoted); the
    # characters of a voice that are not white space are counted on the marked map
    accs = [totals[v] for v in _VOICE_NAMES] if totals is not None else None
    marked = _with_spaces(text, voice) if totals is not None else b""
    for (a, b, kind), hits in zip(segs, seg_hits):
        if hits:
            frame, sp, sc, sn, sent, ss = _SCORES[_sums(hits)]
            fs = {"praise": sp, "concern": sc, "neutral": sn}
        else:
            frame, fs, sent, ss = (
                "neutral",
                {"praise": 0.0, "concern": 0.0, "neutral": 1.0},
                "neutral",
                0.0,
            )
        add = accs is not None and kind != "credit"
        size = b - a
        top = voice[a] if size else 0
        if size and count(top, a, b) == size:
            # one voice throughout: one piece with the segment's own scores
            shares = (
                {"quoted": 0.0, "reported": 0.0, "narrated": 1.0}
                if top == 0
                else {"quoted": 0.0, "reported": 1.0, "narrated": 0.0}
                if top == 1
                else {"quoted": 1.0, "reported": 0.0, "narrated": 0.0}
            )
            out.append(_SCORED((_VOICE_NAMES[top], shares, frame, fs, sent, ss, hits)))
            if add:
                nchars = marked.count(top, a, b)
                if nchars:
                    acc = accs[top]
                    acc[0] += nchars
                    acc[2][frame] += nchars
                    acc[1] += ss * nchars
            continue
        n = max(1, size)
        c0, c1, c2 = count(0, a, b), count(1, a, b), count(2, a, b)
        shares = {"quoted": round4[c2 / n], "reported": round4[c1 / n], "narrated": round4[c0 / n]}
        # the largest voice (the first on ties)
        top, ctop = (0, c0) if c0 >= c1 and c0 >= c2 else (1, c1) if c1 >= c2 else (2, c2)
        v = _VOICE_NAMES[top] if ctop / n >= MIXED_BELOW else "mixed"
        out.append(_SCORED((v, shares, frame, fs, sent, ss, hits)))
        if add:
            # every piece is neutral but those with hits (maximal runs of one voice)
            for code in (0, 1, 2):
                nchars = marked.count(code, a, b)
                if nchars:
                    acc = accs[code]
                    acc[0] += nchars
                    acc[2]["neutral"] += nchars
            if hits:
                hit_starts = [h.start for h in hits]
                k = 0
                for pa, pb in map(_SPAN, _RUNS.finditer(voice, a, b)):
                    if hit_starts[k] >= pb:
                        continue
                    j = bisect_left(hit_starts, pb, k)
                    code = voice[pa]
                    nchars = marked.count(code, pa, pb)
                    f2, s2 = _piece_label(hits[k:j])
                    acc = accs[code]
                    acc[2]["neutral"] -= nchars
                    acc[2][f2] += nchars
                    acc[1] += s2 * nchars
                    k = j
                    if k == len(hits):
                        break
    return out


def score_text(text: str, *, lexicons: FramingLexicons | None = None) -> Scored:
    """Frame and sentiment of a piece of text taken as one unit (no voices).

    A convenience for tables of sentences; :func:`bias.analyze` is the one
    path for articles.
    """
    from .text import _token_spans, normalize

    t = normalize(text).text
    return score_segments(
        t,
        _token_spans(t),
        [(0, len(t), "sentence")],
        bytearray(len(t)),
        lexicons or default_lexicons(),
    )[0]


def summarize(sentences, scored, quotes, reported, totals: dict[str, list]) -> dict[str, Any]:
    """The article summary (see the module doc for the definitions); ``totals``
    are the per-voice piece totals that :func:`score_segments` added up."""
    voice_chars = {"quoted": 0, "reported": 0, "narrated": 0}
    n_sentences = 0
    for s, sc in zip(sentences, scored):
        # (indexed: a Sentence is (start, end, kind, …), a Scored (voice, voice_shares, …))
        kind = s[2]
        if kind == "credit":
            continue
        n_sentences += kind == "sentence"
        length = s[1] - s[0]
        voice, shares = sc[0], sc[1]
        if voice != "mixed" and shares[voice] == 1.0:
            voice_chars[voice] += 1.0 * length  # (the one share that is not zero)
            continue
        for v, share in shares.items():
            if share:  # (a zero share adds nothing)
                voice_chars[v] += share * length
    total = sum(voice_chars.values())
    # (dictionaries written out and _round4: this runs once per article, a fixed cost)
    r4 = _round4
    if total:
        voice_share = {
            "quoted": r4(voice_chars["quoted"] / total),
            "reported": r4(voice_chars["reported"] / total),
            "narrated": r4(voice_chars["narrated"] / total),
        }
    else:
        voice_share = {"quoted": 0.0, "reported": 0.0, "narrated": 0.0}
    frames = {}
    sentiment = {}
    for v in voice_chars:
        n, sent_sum, fc = totals[v]  # (piece characters, sentiment sum, characters by frame)
        if n:
            frames[v] = {
                "praise": r4(fc["praise"] / n),
                "concern": r4(fc["concern"] / n),
                "neutral": r4(fc["neutral"] / n),
            }
            sentiment[v] = r4(sent_sum / n)
        else:
            frames[v] = {"praise": 0.0, "concern": 0.0, "neutral": 0.0}
            sentiment[v] = 0.0
    quoted, narrated = frames["quoted"], frames["narrated"]
    gap = {
        "praise": r4(quoted["praise"] - narrated["praise"]),
        "concern": r4(quoted["concern"] - narrated["concern"]),
    }
    # who is quoted with which frame
    speakers: dict[tuple, dict] = {}
    sent_starts = [s.start for s in sentences]
    for q in quotes:
        if q.kind != "direct":
            continue
        key = (q.speaker, q.source_type)
        d = speakers.setdefault(
            key,
            {
                "speaker": q.speaker,
                "source_type": q.source_type,
                "quotes": 0,
                "praise": 0,
                "concern": 0,
                "neutral": 0,
            },
        )
        d["quotes"] += 1
        # the quotation's frame: the cue hits inside it (over the sentences it spans)
        qh = []
        k = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
        while k < len(sentences) and sentences[k].start < q.end:
            qh.extend(
                _HIT((h.term, h.start, h.end, h.lexicon, h.weight, -1, -1, True))
                for h in sentences[k].cues
                if q.start <= h.start < q.end
            )
            k += 1
        f = _piece_label(qh)[0]
        d[f] += 1
    who = []
    for d in speakers.values():
        counts = {f: d[f] for f in ("praise", "concern", "neutral")}
        best = max(counts.values())
        tops = [f for f, c in counts.items() if c == best]
        d["frame"] = tops[0] if len(tops) == 1 else ("neutral" if "neutral" in tops else "mixed")
        who.append(d)
    counts_by_type: dict[str, int] = {}
    n_quotes = n_terms = 0
    for q in quotes:
        if q.kind == "direct":
            n_quotes += 1
            counts_by_type[q.source_type or "unknown"] = (
                counts_by_type.get(q.source_type or "unknown", 0) + 1
            )
        elif q.kind == "term":
            n_terms += 1
    return {
        "voice_share": voice_share,
        "frames": frames,
        "sentiment": sentiment,
        "framing_gap": gap,
        "speakers": who,
        "quotes_by_source_type": counts_by_type,
        "counts": {
            "sentences": n_sentences,
            "quotes": n_quotes,
            "terms": n_terms,
            "reported": len(reported),
        },
    }
