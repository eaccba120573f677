"""The cue hits of a text: lexicon matches with their modifiers applied.

Two steps, as textacy's candidates-then-select: :func:`find_markers` matches
every lexicon against the whole text once (the modifiers and the cue
candidates), then :func:`segment_hits` walks the cue matches in token order,
segment (sentence) by segment, and :func:`hits_of_segment` turns each into a
:class:`Hit` with the rules of :mod:`bias.framing.modifiers` applied;
:func:`merge_runs` lets the cues of one noun phrase count once.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import TokenTable

# genitive postpositions: cues joined by one belong to one noun phrase (merge_runs)
from ..voices.words import GENITIVE
from .lexicons import FramingLexicons
from .modifiers import (
    Contrast,
    Negators,
    Resolution,
    clause_start,
    contrast_scope,
    contrast_weight,
    decreased,
    fall_denied,
    intensity_factors,
    negate,
    negated,
    par_is_contrast,
    resolve,
    resolved_by,
    rhetorical_question,
    shift,
)

__all__ = [
    "Hit",
    "Cue",
    "Markers",
    "CUE_LEXICONS",
    "find_markers",
    "hits_of_segment",
    "segment_hits",
    "merge_runs",
    "evaluative_predicates",
]

#: the lexicons whose matches are cues, in the order their hits at one token are made
CUE_LEXICONS = ("praise", "concern", "sentiment", "event")


class Hit(NamedTuple):
    """A cue of a segment, with its modifiers applied."""

    term: str  # the text of the cue (normalised)
    start: int  # normalised character offsets
    end: int
    lexicon: str  # "praise", "concern", "sentiment" or "event" (after negation)
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
    decreases: list[int] = []  # words of a fall (negators.tsv kind decrease), token order


_START = operator.attrgetter("start")
_RANK = {name: k for k, name in enumerate(CUE_LEXICONS)}


def _cue_order(cue: Cue) -> tuple[int, int]:
    """Cues sort by token, then in :data:`CUE_LEXICONS` order."""
    return cue.tok, _RANK[cue.lexicon]


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
    by_kind: dict[str, list[int]] = {
        "negator": [],
        "privative": [],
        "postposed": [],
        "decrease": [],
    }
    for i, (_, kind) in sorted(found["negators"].items()):
        by_kind.get(kind, by_kind["negator"]).append(i)  # (another kind: a plain negator)
    negators = Negators(by_kind["negator"], by_kind["privative"], by_kind["postposed"])
    factors = intensity_factors(found["intensifiers"], found["diminishers"], len(keys))
    resolutions = sorted(
        Resolution(clause_start(keys, i), i + length, kind)
        for i, (length, kind) in found["resolvers"].items()
    )
    listed_events_win(keys, found, lex.event_forms)
    event_phrases_win(found)
    choice_is_no_liking(keys, found)
    cues = [
        Cue(i, name, length, value)
        for name in CUE_LEXICONS
        for i, (length, value) in found[name].items()
        if kinds[i] != "punct"
    ]
    cues.extend(evaluative_predicates(keys, found))
    cues.sort(key=_cue_order)
    return Markers(contrast, negators, factors, resolutions, cues, by_kind["decrease"])


def listed_events_win(keys: Sequence[str], found: dict[str, dict], event_forms: frozenset) -> None:
    """Drop, in place, the one-word praise and concern matches of the words that the event
    lexicon lists in that very form (``event_forms``): the stemmer makes आरोपी (the accused, a
    legal status) an inflection of आरोप (an accusation, a stance), but the lexicons list आरोपी
    as an event word, and a listed form is more specific than a stem.

    >>> found = {"praise": {}, "concern": {0: (1, 1.2)}}
    >>> listed_events_win(["आरोपी", "गिरफ्तार"], found, frozenset({"आरोपी"}))
    >>> found["concern"]
    {}
    """
    for name in ("praise", "concern"):
        matches = found[name]
        for i in [i for i, (length, _) in matches.items() if length == 1]:
            if keys[i] in event_forms:
                del matches[i]


def event_phrases_win(found: dict[str, dict]) -> None:
    """Drop, in place, the praise and concern matches that lie wholly inside a longer match of
    the event lexicon: a phrase that names an event or a status is not the stance of a word in
    it ("खतरे के निशान से ऊपर", the danger mark of a river, is no warning; "हत्या के आरोप में
    गिरफ्तार", on a charge of murder, is no accusation by anyone).

    >>> found = {"praise": {}, "concern": {0: (1, 1.3)}, "event": {0: (3, -1.6)}}
    >>> event_phrases_win(found)
    >>> found["concern"]
    {}
    """
    covered: dict[int, int] = {}  # token -> the end of the longest event phrase over it
    for i, (length, _) in found["event"].items():
        if length > 1:
            for j in range(i, i + length):
                covered[j] = max(covered.get(j, 0), i + length)
    if not covered:
        return
    for name in ("praise", "concern"):
        matches = found[name]
        for j in [j for j, (n, _) in matches.items() if covered.get(j, 0) >= j + n]:
            del matches[j]


#: genitives before a noun of choice ("अपनी पसंद का", "उनकी पसंद के आधार पर")
_CHOICE_OWNERS = frozenset("की अपनी उनकी उसकी इनकी इसकी मेरी हमारी तुम्हारी आपकी".split())


def choice_is_no_liking(keys: Sequence[str], found: dict[str, dict]) -> None:
    """Drop, in place, the praise and sentiment matches of पसंद used as a noun of choice:
    after a genitive and before का/के/की ("अपनी पसंद का कैरेक्टर चुन सकते हैं", a choice, not
    approval of anyone).

    >>> found = {"praise": {1: (1, 1.0)}, "sentiment": {1: (1, 1.0)}}
    >>> choice_is_no_liking(["अपनी", "पसंद", "का", "गाना"], found)
    >>> found
    {'praise': {}, 'sentiment': {}}
    """
    for name in ("praise", "sentiment"):
        matches = found[name]
        for i in [i for i, (length, _) in matches.items() if length == 1]:
            if (
                keys[i] == "पसंद"
                and 0 < i < len(keys) - 1
                and keys[i - 1] in _CHOICE_OWNERS
                and keys[i + 1] in GENITIVE
            ):
                del matches[i]


#: verbs that make an evaluative word the predicate of its clause: copulas and लगना
#: ("अभिनय शानदार है", "मुझे अच्छा लगा")
PREDICATE_VERBS = frozenset(
    "है हैं था थी थे रहा रही रहे रहेगा रहेगी रहेंगे लगा लगी लगे लगता लगती लगते लगेगा लगेगी "
    "लगेंगे होगा होगी होंगे".split()
)
#: words that may stand between the evaluative word and its verb (a negator stays a negator:
#: "अच्छी नहीं है" is then negated like any cue)
PREDICATE_GAP = frozenset("भी ही तो नहीं".split())
#: adjectives that judge the quality of something — a work, a performance, a plan, someone's
#: conduct — rather than describe a state (खुश, मजबूर, गंभीर, खराब मौसम: tone, not stance)
QUALITY = frozenset(
    """अच्छा अच्छी अच्छे बढिया उम्दा मनोरंजक रोचक दिलचस्प सच्चा सच्ची सच्चे लाजवाब
    प्रभावशाली बुरा बुरी बुरे घटिया उबाऊ बोरिंग बेकार फीका फीकी फीके निराशाजनक""".split()
)
#: how much of a predicated sentiment word's valence (VADER scale, ±4) is frame evidence
#: (chosen on the guide-v2 dev and train splits together, 2026-12-03: frame macro-F1 0.547 ->
#: 0.558; 0.5 gave 0.556; every sentiment word rather than QUALITY gave 0.563 with dev 0.691 ->
#: 0.666, its state words — खुश, मजबूर, मुश्किल — judged nothing)
PREDICATE_WEIGHT = 1.0


def evaluative_predicates(keys: Sequence[str], found: dict[str, dict]) -> list[Cue]:
    """A quality adjective (:data:`QUALITY`, a sentiment word) that is the predicate of its
    clause is an evaluation someone makes, a stance: praise when good, concern when bad
    ("संवाद रोचक हैं", "फ़िल्म उबाऊ है", "संगीत अच्छा नहीं है" negated like any cue); so is
    one right before a noun of someone's work (:func:`judged_work`: "अच्छा प्रदर्शन").  A word
    that is a frame or event cue itself is left to that lexicon.  ``found``: the matches of
    each lexicon (token -> (length, value)), as :func:`find_markers` has them.

    >>> evaluative_predicates(["संवाद", "रोचक", "हैं"], {"sentiment": {1: (1, 1.6)}})
    [Cue(tok=1, lexicon='praise', length=1, value=1.6)]
    >>> evaluative_predicates(["अच्छे", "स्कूल", "में"], {"sentiment": {0: (1, 1.5)}})
    []
    >>> evaluative_predicates(["अच्छा", "प्रदर्शन", "किया"], {"sentiment": {0: (1, 1.5)}})
    [Cue(tok=0, lexicon='praise', length=2, value=1.5)]
    """
    taken = {
        k
        for name in ("praise", "concern", "event")
        for start, (n, _) in found.get(name, {}).items()
        for k in range(start, start + n)
    }
    out = []
    for i, (length, value) in found["sentiment"].items():
        if value == 0 or i in taken or keys[i] not in QUALITY:
            continue
        j = i + length
        while j < len(keys) and keys[j] in PREDICATE_GAP:
            j += 1
        if j < len(keys) and keys[j] in PREDICATE_VERBS:
            frame = "praise" if value > 0 else "concern"
            out.append(Cue(i, frame, length, abs(value) * PREDICATE_WEIGHT))
        elif judged_work(keys, i + length):
            frame = "praise" if value > 0 else "concern"
            out.append(Cue(i, frame, length + 1, abs(value) * PREDICATE_WEIGHT))
    return out


#: nouns of what someone did or made — a performance, a work, a decision — that a quality
#: adjective before them judges ("बेहतर प्रदर्शन", "अच्छा सहयोग", "उबाऊ कहानी")
WORK_NOUNS = frozenset(
    """प्रदर्शन काम कार्य अभिनय खेल पारी गेंदबाजी बल्लेबाजी निर्देशन कहानी पटकथा स्क्रिप्ट संगीत
    गीत गाना गाने संवाद फिल्म फ़िल्म फिल्में सहयोग नेतृत्व प्रबंधन इंतजाम इंतज़ाम व्यवस्था तैयारी
    पहल फैसला फ़ैसला निर्णय कदम योजना नीति सेवा सेवाएं इलाज शुरुआत डायलॉग डायलॉग्स डांस नृत्य
    गायकी अदाकारी कप्तानी टिप्पणी टिप्पणियां""".split()
)


def judged_work(keys: Sequence[str], j: int) -> bool:
    """Is token ``j`` a noun of someone's work (:data:`WORK_NOUNS`), so that the quality
    adjective right before it judges that work?

    >>> judged_work(["बेहतर", "प्रदर्शन"], 1), judged_work(["अच्छी", "बारिश"], 1)
    (True, False)
    """
    return j < len(keys) and keys[j] in WORK_NOUNS


def _within(markers: list, a: int, b: int) -> list:
    """The markers (sorted by start) that start in ``[a, b)``."""
    return markers[
        bisect.bisect_left(markers, a, key=_START) : bisect.bisect_left(markers, b, key=_START)
    ]


def _next(starts: list[int], end: int) -> int | None:
    """The first of the sorted cue ``starts`` at or after token ``end``, or ``None``."""
    k = bisect.bisect_left(starts, end)
    return starts[k] if k < len(starts) else None


def hits_of_segment(
    text: str, tk: TokenTable, mk: Markers, a: int, b: int, cues: Sequence[Cue]
) -> list[Hit]:
    """The hits of the segment of tokens ``[a, b)`` from its ``cues`` (in
    token order), sorted by start and lexicon and merged
    (:func:`merge_runs`).  Each cue's value is weighted by contrast and
    intensity, then resolved and negated, in this order (the rules of
    :mod:`bias.framing.modifiers`).  A cue is cut at the
    segment's end and hides the later matches of its lexicon that start
    inside it ("गहरी चिंता" hides "चिंता").

    >>> from bias.framing import default_lexicons
    >>> tk = TokenTable("यह बहुत अच्छा नहीं है")
    >>> mk = find_markers(tk, default_lexicons())
    >>> [(h.term, h.lexicon, round(h.weight, 4)) for h in hits_of_segment(
    ...     "यह बहुत अच्छा नहीं है", tk, mk, 0, 5, mk.cues)]
    [('अच्छा', 'concern', 1.2283), ('अच्छा', 'sentiment', -1.818)]
    """
    # the segment's modifiers (most texts have few: look only when there are any)
    contrast = _within(mk.contrast, a, b) if mk.contrast else ()
    but, although = contrast_scope(contrast, tk.keys, b) if contrast else (None, None)
    resolutions = _within(mk.resolutions, a, b) if mk.resolutions else ()
    has_negators = (
        any(mk.negators) and mk.negators.any_within(a, b) and not rhetorical_question(tk.keys, a, b)
    )
    covered = dict.fromkeys(CUE_LEXICONS, a)  # where the last match of each lexicon ends
    fallen: set[int] = set()  # words of decrease that reported a cue's fall (not cues then)
    # where each cue starts (a negator governs the nearest cue before it); only when negated
    starts = list(dict.fromkeys(c.tok for c in cues)) if has_negators else []
    hits = []
    for i, lexicon, length, value in cues:
        if i < covered[lexicon] or i in fallen:
            continue
        end = covered[lexicon] = min(i + length, b)
        weight = value
        if but or although:
            weight *= contrast_weight(i, but=but, although=although)
        if i in mk.factors:
            weight *= mk.factors[i]
        framing = True
        if resolutions:
            kept, framing = resolve(lexicon, value, resolved_by(resolutions, i))
            if not kept:
                continue
        k = decreased(i, end, decreases=mk.decreases, keys=tk.keys) if mk.decreases else None
        if k is not None and k < b:  # a fall of what the cue names (negated: the fall is denied)
            fallen.add(k)
            if not fall_denied(k, mk.negators):
                shifted = shift(lexicon, weight)
                if shifted is None:
                    continue
                lexicon, weight = shifted
        elif has_negators and negated(
            i, end, negators=mk.negators, keys=tk.keys, segment=(a, b), next_cue=_next(starts, end)
        ):
            lexicon, weight = negate(lexicon, weight)
        start, stop = tk.starts[i], tk.ends[end - 1]
        hits.append(Hit(text[start:stop], start, stop, lexicon, weight, i, end, framing))
    hits.sort(key=_HIT_ORDER)
    return merge_runs(hits, tk.keys)


def segment_hits(
    text: str, tk: TokenTable, mk: Markers, seg_tok: Sequence[tuple[int, int]]
) -> list[list[Hit]]:
    """The hits of every segment (token ranges ``seg_tok``, in text order,
    not overlapping; :func:`hits_of_segment`): one pass over the cue matches
    of the whole text, in token order.

    >>> from bias.framing import default_lexicons
    >>> text = "यह बहुत अच्छा है। वह दुखी है"
    >>> tk = TokenTable(text)
    >>> mk = find_markers(tk, default_lexicons())
    >>> [[h.term for h in hits] for hits in segment_hits(text, tk, mk, [(0, 5), (5, 8)])]
    [['अच्छा', 'अच्छा'], ['दुखी']]
    """
    starts = [cue.tok for cue in mk.cues]
    out = []
    for a, b in seg_tok:
        cues = mk.cues[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        out.append(hits_of_segment(text, tk, mk, a, b, cues) if cues else [])
    return out


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
    if len(hits) < 2:
        return hits
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
