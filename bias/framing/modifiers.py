"""The modifiers of a frame or sentiment cue: one named rule each.

A cue's weight is its lexicon value times what these rules make of it, as
in VADER (whose ``sentiment_valence`` scales a valence by intensity and
negation, and ``_but_check`` by contrast); :func:`bias.framing.cues.hits_of_segment`
applies them in this order:

1. :func:`contrast_weight` — the clause after "लेकिन" weighs more, the
   clause of "हालांकि" less (VADER's ``_but_check``);
2. :func:`intensity_factors` — "बहुत", "गहरी" strengthen the next cue,
   "थोड़ा", "कथित" weaken it (VADER's ``scalar_inc_dec``);
3. :func:`resolve` — "चिंता की कोई बात नहीं" cancels the worry, "आतंकवाद से
   निपटने" names what an action is against (no VADER counterpart);
4. :func:`negated` then :func:`negate` — "समर्थन नहीं किया" (VADER's
   ``_negation_check``, looking after the cue as Hindi negates after the
   predicate).

The rules take token positions and token keys; :mod:`bias.framing.cues`
finds the modifiers of a text and applies the rules to every cue.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Mapping, Sequence
from typing import NamedTuple

__all__ = [
    "N_SCALAR",
    "NEGATED_FRAME",
    "NEG_AFTER",
    "NEG_BEFORE",
    "PRIVATIVE_BEFORE",
    "POSTPOSED_AFTER",
    "INTENSITY_WINDOW",
    "CLAUSE_BREAK",
    "Negators",
    "Contrast",
    "Resolution",
    "is_postposed",
    "negated",
    "rhetorical_question",
    "negate",
    "intensifier",
    "diminisher",
    "intensity_factors",
    "par_is_contrast",
    "contrast_scope",
    "contrast_weight",
    "clause_start",
    "resolved_by",
    "resolve",
    "DECREASE_AFTER",
    "decreased",
    "fall_denied",
    "shift",
]

# --- constants ------------------------------------------------------------

#: VADER's negation scalar (Hutto & Gilbert 2014, ``vaderSentiment.N_SCALAR``):
#: a negated sentiment valence is multiplied by it
N_SCALAR = -0.74
#: share of a negated frame cue's weight that counts for the opposite frame
#: (set by the bias team: "समर्थन नहीं किया" is weaker concern than "विरोध किया")
NEGATED_FRAME = 0.5
#: a negator negates a cue when it starts within this many tokens after the
#: cue (the four tokens ``end … end + 3``); 3 until the development
#: evaluation of 2026-11-27 (``scripts/eval_frames.py``) moved it to 4
NEG_AFTER = 4
#: … or within this many tokens right before it ("न खुशी")
NEG_BEFORE = 1
#: a privative (बिना, बगैर) negates a cue that starts within this many tokens
#: after it (the same 4 as :data:`NEG_AFTER`, since that evaluation)
PRIVATIVE_BEFORE = 4
#: a postposed privative (के बिना, रहित) negates a cue when it starts at one
#: of this many tokens after the cue
POSTPOSED_AFTER = 2
#: an intensifier or diminisher scales a cue that starts within this many
#: tokens after it (VADER looks three words back; Hindi puts the modifier
#: right before its noun or adjective: "बहुत गहरी चिंता")
INTENSITY_WINDOW = 2
#: tokens that end a clause: negation does not reach across them and a
#: resolver's clause starts after the last one
CLAUSE_BREAK = frozenset(
    {",", ";", ":", "।", "?", "!", "|", "“", "”", '"', "कि", "और", "तथा", "जबकि", "क्योंकि"}
)
#: tokens that end the clause an "although" cue opens (contrast.tsv: comma,
#: semicolon, sentence end)
ALTHOUGH_CLAUSE_END = frozenset({",", ";", "।"})
#: words that negate the word before them when they are privatives
POSTPOSED_WORDS = frozenset({"रहित", "विहीन", "मुक्त"})
#: postpositions that open a privative standing after its word ("के बिना", "से मुक्त")
_POSTPOSITIONS = frozenset({"के", "से"})
# quotation marks around a question ("“क्या यह सही नहीं है?”")
_QUOTE_MARKS = frozenset("\"'“”‘’«»")


def _first_in(positions: Sequence[int], lo: int, hi: int) -> int | None:
    """The first of the (sorted) ``positions`` ``p`` with ``lo <= p < hi``, or ``None``."""
    i = bisect.bisect_left(positions, lo)
    return positions[i] if i < len(positions) and positions[i] < hi else None


# --- negation ---------------------------------------------------------------


class Negators(NamedTuple):
    """Where the negators of a text start (token indices, sorted), by kind."""

    #: नहीं, न, मत, कभी नहीं …: negate the cue before them (or right after them)
    negators: list[int]
    #: बिना, बगैर: negate the cue after them
    privatives: list[int]
    #: के बिना, रहित, से मुक्त: negate the cue right before them
    postposed: list[int]

    def any_within(self, a: int, b: int) -> bool:
        """Does a negator of any kind start in the tokens ``[a, b)``?"""
        for positions in (self.negators, self.privatives, self.postposed):
            if bisect.bisect_left(positions, a) < bisect.bisect_left(positions, b):
                return True
        return False


def is_postposed(tokens: Sequence[str]) -> bool:
    """Does a privative (tokens of a negators.tsv term of kind ``privative``)
    stand after the word it negates?  Yes when it opens with a postposition or
    is one of :data:`POSTPOSED_WORDS`: "इलाज के बिना", "भय रहित", "कर्ज से
    मुक्त"; no for "बिना इलाज".

    >>> is_postposed(("के", "बिना")), is_postposed(("बिना",))
    (True, False)
    """
    return bool(tokens) and (tokens[0] in _POSTPOSITIONS or tokens[0] in POSTPOSED_WORDS)


def negated(
    start: int,
    end: int,
    *,
    negators: Negators,
    keys: Sequence[str],
    segment: tuple[int, int],
    next_cue: int | None = None,
) -> bool:
    """Is the cue in tokens ``[start, end)`` negated?  Only negators inside
    the cue's ``segment`` (a token range) count, in four places:

    * a negator starting in the :data:`NEG_AFTER` (4) tokens after the cue,
      with no :data:`CLAUSE_BREAK` between: "समर्थन नहीं किया", "समर्थन किया
      ही नहीं" — but not "समर्थन किया, कोई नहीं आया", and not past the next cue
      (``next_cue``, its first token): a negator governs the nearest predicate before it,
      so in "हमले की निंदा नहीं की" it negates निंदा, not हमले;
    * a negator right before it (:data:`NEG_BEFORE`): "न खुशी न गम";
    * a privative in the :data:`PRIVATIVE_BEFORE` (4) tokens before it:
      "बिना किसी ठोस सबूत";
    * a postposed privative at one of the :data:`POSTPOSED_AFTER` (2)
      tokens after it: "सबूत के बिना".

    A negator inside the cue ("बर्दाश्त नहीं" is one entry) does not negate it.

    >>> keys = "सरकार ने समर्थन नहीं किया".split()
    >>> negated(2, 3, negators=Negators([3], [], []), keys=keys, segment=(0, 5))
    True
    >>> keys = "हमले की निंदा नहीं की".split()
    >>> negated(0, 1, negators=Negators([3], [], []), keys=keys, segment=(0, 5), next_cue=2)
    False
    """
    a, b = segment
    limit = min(end + NEG_AFTER, b) if next_cue is None else min(end + NEG_AFTER, b, next_cue)
    after = _first_in(negators.negators, end, limit)
    # (the nearest negator after the cue decides: a break before it is before the others too)
    if after is not None and CLAUSE_BREAK.isdisjoint(keys[end:after]):
        return True
    return (
        _first_in(negators.negators, max(start - NEG_BEFORE, a), start) is not None
        or _first_in(negators.privatives, max(start - PRIVATIVE_BEFORE, a), start) is not None
        or _first_in(negators.postposed, end, min(end + POSTPOSED_AFTER, b)) is not None
    )


def rhetorical_question(keys: Sequence[str], a: int, b: int) -> bool:
    """Is the segment of tokens ``[a, b)`` a question that opens with क्या and holds a negator
    ("क्या यह शर्मनाक नहीं है?")?  Such a question asserts what it seems to deny: its negators
    do not flip the cues (negators.tsv says so in its header).

    >>> rhetorical_question("क्या यह शर्मनाक नहीं है ?".split(), 0, 6)
    True
    >>> rhetorical_question("यह शर्मनाक नहीं है ।".split(), 0, 5)
    False
    """
    words = [k for k in keys[a:b] if k not in _QUOTE_MARKS]
    return len(words) > 2 and words[0] == "क्या" and words[-1] == "?"


def negate(lexicon: str, weight: float) -> tuple[str, float]:
    """The lexicon and weight of a negated cue: a sentiment valence is
    multiplied by :data:`N_SCALAR` (VADER); a frame cue counts
    :data:`NEGATED_FRAME` of its weight for the opposite frame ("समर्थन नहीं
    किया" is concern, "चिंता नहीं" praise).

    >>> negate("sentiment", 2.0), negate("praise", 1.5)
    (('sentiment', -1.48), ('concern', 0.75))
    """
    if lexicon in ("sentiment", "event"):  # (a tone: "कोई मौत नहीं" is not harm)
        return lexicon, weight * N_SCALAR
    return ("concern" if lexicon == "praise" else "praise"), weight * NEGATED_FRAME


# --- a fall of what is measured ----------------------------------------------

#: how many tokens after a cue a word of decrease may report its fall ("मौतों की संख्या में
#: तेज गिरावट": five)
DECREASE_AFTER = 5
#: nouns of decrease: a fall only with में before them ("मृत्यु दर में कमी"); "दवाओं की कमी" is a
#: shortage
DECREASE_NOUNS = frozenset({"कमी", "गिरावट", "घटोतरी"})
#: what may stand between a cue and the word of its fall: what measures it (संख्या, दर, मामले),
#: genitives, में, particles and degree words
DECREASE_BETWEEN = frozenset(
    """की के का में भी ही तो और तेज तेजी भारी काफी लगातार बड़ी संख्या दर मामलों मामले मामला
    आंकड़ा आंकड़े आंकड़ों रफ्तार स्तर ग्राफ""".split()
)


def decreased(start: int, end: int, *, decreases: Sequence[int], keys: Sequence[str]) -> int | None:
    """The token of the word that reports a fall of the cue in tokens ``[start, end)``, or
    ``None``: a word of decrease (negators.tsv kind ``decrease``) within :data:`DECREASE_AFTER`
    tokens after the cue with only :data:`DECREASE_BETWEEN` words between ("मृत्यु दर में भी
    कमी आई", "संक्रमण दर गिर गई"); a noun of decrease needs में right before it
    (:data:`DECREASE_NOUNS`: "ऑक्सीजन की कमी" is a shortage, not a fall).

    >>> keys = "मृत्यु दर में भी कमी आई".split()
    >>> decreased(0, 1, decreases=[4], keys=keys)
    4
    >>> decreased(0, 1, decreases=[2], keys="दवाओं की कमी".split()) is None
    True
    """
    k = _first_in(decreases, end, end + DECREASE_AFTER)
    if k is None or not all(w in DECREASE_BETWEEN for w in keys[end:k]):
        return None
    if keys[k] in DECREASE_NOUNS and "में" not in keys[end:k]:
        return None
    return k


def fall_denied(k: int, negators: Negators) -> bool:
    """Is the fall reported by the word of decrease at token ``k`` denied — a negator right
    after it ("मृत्यु दर में कमी नहीं आई")?  Then the cue keeps its valence.

    >>> fall_denied(3, Negators([4], [], [])), fall_denied(3, Negators([], [], []))
    (True, False)
    """
    return _first_in(negators.negators, k + 1, k + 1 + NEG_AFTER) is not None


def shift(lexicon: str, weight: float) -> tuple[str, float] | None:
    """What a fall does to a cue: a harm that falls is good news — a negative sentiment or event
    valence flips as negation flips it (× :data:`N_SCALAR`), and a concern cue is no stance
    ("हिंसा में कमी": ``None``, dropped); praise and positive valence are left as they are.

    >>> shift("event", -2.0), shift("concern", 1.0), shift("praise", 1.0)
    (('event', 1.48), None, ('praise', 1.0))
    """
    if lexicon == "concern":
        return None
    if lexicon in ("sentiment", "event") and weight < 0:
        return lexicon, weight * N_SCALAR
    return lexicon, weight


# --- intensity --------------------------------------------------------------


def intensifier(factor: float) -> float:
    """What an intensifier of intensifiers.tsv ``factor`` multiplies a cue by:
    ``1 + factor`` ("बहुत अच्छा": 1.293 × अच्छा).

    >>> intensifier(0.293)
    1.293
    """
    return 1.0 + factor


def diminisher(factor: float) -> float:
    """What a diminisher of diminishers.tsv ``factor`` multiplies a cue by:
    ``1 - factor``, never below 0 ("थोड़ा अच्छा": 0.707 × अच्छा).

    >>> diminisher(0.293), diminisher(1.5)
    (0.7070000000000001, 0.0)
    """
    return max(0.0, 1.0 - factor)


def intensity_factors(
    intensifiers: Mapping[int, tuple[int, float]],
    diminishers: Mapping[int, tuple[int, float]],
    n_tokens: int,
) -> dict[int, float]:
    """Token index -> what a cue starting there is multiplied by, for the
    tokens that some modifier scales.

    ``intensifiers`` and ``diminishers`` map the token where a modifier
    starts to its ``(length, factor)``.  A modifier scales the cues that start
    in the :data:`INTENSITY_WINDOW` (2) tokens after it ("बहुत गहरी चिंता":
    बहुत scales गहरी चिंता); factors meeting at a token multiply, in token
    order (an intensifier before a diminisher at the same token).

    >>> intensity_factors({0: (1, 0.5)}, {}, 4)
    {1: 1.5, 2: 1.5}
    """
    factors: dict[int, float] = {}
    for i in sorted(intensifiers.keys() | diminishers.keys()):
        for found, scale in ((intensifiers, intensifier), (diminishers, diminisher)):
            if i in found:
                length, factor = found[i]
                f = scale(factor)
                for j in range(i + length, min(n_tokens, i + length + INTENSITY_WINDOW)):
                    factors[j] = factors.get(j, 1.0) * f
    return factors


# --- contrast ---------------------------------------------------------------


class Contrast(NamedTuple):
    """A contrast cue of contrast.tsv at tokens ``[start, end)``."""

    start: int
    end: int
    kind: str  # "but" or "although"
    before: float  # weight of the clause before the cue
    after: float  # weight of the clause after the cue


def par_is_contrast(i: int, kinds: Sequence[str]) -> bool:
    """Is पर at token ``i`` the conjunction "but"?  Only at the start of a
    clause (the text's first token or after punctuation): "पर सरकार ने …" and
    "…, पर सरकार ने …", not "मेज पर" ("on the table").

    >>> par_is_contrast(2, ["word", "punct", "word"]), par_is_contrast(1, ["word", "word"])
    (True, False)
    """
    return i == 0 or kinds[i - 1] == "punct"


def contrast_scope(
    cues: Sequence[Contrast], keys: Sequence[str], end: int
) -> tuple[Contrast | None, Contrast | None]:
    """The contrast cues that weigh a segment (``cues``: those starting in
    it, in token order; ``end``: the token after the segment): its last "but"
    cue and its first "although" cue, the latter with ``end`` moved to the
    end of the clause it opens (the next token of
    :data:`ALTHOUGH_CLAUSE_END`, or the segment's end).  One of each, so the
    work stays linear however many cues a long "sentence" has.

    >>> cue = Contrast(0, 1, "although", 1.5, 0.5)
    >>> contrast_scope([cue], ["हालांकि", "देर", "हुई", ",", "काम", "अच्छा"], 6)
    (None, Contrast(start=0, end=3, kind='although', before=1.5, after=0.5))
    """
    buts = [c for c in cues if c.kind != "although"]
    althoughs = [c for c in cues if c.kind == "although"]
    although = None
    if althoughs:
        although = althoughs[0]
        j = although.end
        while j < end and keys[j] not in ALTHOUGH_CLAUSE_END:
            j += 1
        although = although._replace(end=j)
    return (buts[-1] if buts else None), although


def contrast_weight(i: int, *, but: Contrast | None, although: Contrast | None) -> float:
    """What the contrast cues of its segment multiply a cue at token ``i``
    by (VADER's ``_but_check``).  "but" (लेकिन, मगर, के बावजूद): the tokens
    before the cue weigh ``before`` (0.5), those after it ``after`` (1.5).
    "although" (हालांकि, भले ही): the clause the cue opens weighs ``after``
    (0.5), the rest of the sentence ``before`` (1.5).  Both multiply.

    >>> but = Contrast(3, 4, "but", 0.5, 1.5)
    >>> contrast_weight(1, but=but, although=None), contrast_weight(5, but=but, although=None)
    (0.5, 1.5)
    """
    weight = 1.0
    if but is not None:
        weight *= but.before if i < but.start else but.after if i >= but.end else 1.0
    if although is not None:
        weight *= although.after if although.start <= i < although.end else although.before
    return weight


# --- resolvers and counter-actions -------------------------------------------


class Resolution(NamedTuple):
    """The tokens ``[start, end)`` that a resolver or counter-action phrase
    covers: its clause, from the clause start to the phrase's end."""

    start: int
    end: int
    kind: str  # "resolver" or "counter"


_START = operator.attrgetter("start")
_START_END = operator.attrgetter("start", "end")


def clause_start(keys: Sequence[str], i: int) -> int:
    """The first token of the clause of token ``i``: the token after the last
    :data:`CLAUSE_BREAK` before ``i`` (0 when there is none).

    >>> clause_start("वह आया , चिंता की कोई बात नहीं".split(), 4)
    3
    """
    j = i - 1
    while j >= 0 and keys[j] not in CLAUSE_BREAK:
        j -= 1
    return j + 1


def resolved_by(resolutions: Sequence[Resolution], i: int) -> str | None:
    """The kind of the resolution covering token ``i`` that ends first, or
    ``None``.  ``resolutions`` are sorted; those of one clause share their
    start, and a clause's phrases end before the next clause starts, so only
    the clause of the last resolution starting at or before ``i`` can cover
    it (two bisections, however many resolutions a long text has).

    >>> resolved_by([Resolution(0, 2, "counter"), Resolution(3, 8, "resolver")], 4)
    'resolver'
    """
    k = bisect.bisect_right(resolutions, i, key=_START)
    if not k:
        return None
    start = resolutions[k - 1].start
    x = bisect.bisect_right(resolutions, (start, i), 0, k, key=_START_END)
    return resolutions[x].kind if x < k else None


def resolve(lexicon: str, valence: float, how: str | None) -> tuple[bool, bool]:
    """What a resolution of kind ``how`` covering a cue does to it:
    ``(kept, frame evidence)``.  Only concern cues and negative sentiment
    are touched.

    * a resolver ("चिंता की कोई बात नहीं", "खतरा टल") cancels them: there is
      nothing to worry about;
    * a counter-action ("आतंकवाद से निपटने", "के खिलाफ लड़ाई") cancels the
      concern cue — it names what the action is against — but keeps the
      negative sentiment, which is then no frame evidence: "आतंकवाद के खिलाफ
      लड़ाई में पूरा देश एकजुट है" is praise in negative wording.

    >>> resolve("concern", 1.0, "resolver"), resolve("sentiment", -2.0, "counter")
    ((False, False), (True, False))
    """
    if how is None or not (lexicon == "concern" or (lexicon == "sentiment" and valence < 0)):
        return True, True
    if how == "resolver" or lexicon == "concern":
        return False, False
    return True, False
