"""Sentence scores (frame and sentiment) and their totals per voice.

A segment's hits add up to three sums, praise ``P``, concern ``C`` and
sentiment ``S`` (:func:`sums`: evaluative wording counts
:data:`SENTIMENT_TO_FRAME` of its valence as frame evidence).  Then
(:func:`segment_scores`), as VADER does:

* sentiment score ``S / sqrt(S*S + ALPHA)`` (VADER's ``normalize``), in
  [-1, 1]; labelled positive / negative from ±0.05;
* frame scores ``{praise: P/T, concern: C/T, neutral: NEUTRAL_MASS/T}`` with
  ``T = P + C + NEUTRAL_MASS``; the frame is the largest (neutral on ties).

For the article summary every segment but credits and site furniture
(:data:`NOT_VOICED`) is cut into *pieces*,
maximal runs of one voice (:func:`voice_pieces`); each piece is framed by
its own hits and adds its characters (white space aside) to its voice's
totals (:func:`add_pieces`), which :func:`bias.framing.summary.summarize`
turns into shares.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..lexicon import TokenTable
from ..text.segment import Zones
from .cues import Cue, Hit, find_markers, segment_hits
from .lexicons import FramingLexicons, default_lexicons

__all__ = [
    "ALPHA",
    "NEUTRAL_MASS",
    "SENTIMENT_TO_FRAME",
    "MIXED_BELOW",
    "VOICES",
    "NOT_VOICED",
    "Scored",
    "Piece",
    "round4",
    "sums",
    "event_tone",
    "segment_scores",
    "piece_label",
    "voice_of",
    "voice_pieces",
    "new_totals",
    "add_pieces",
    "score_segments",
    "score_text",
]

#: VADER's normalisation constant (``vaderSentiment.normalize``, alpha = 15)
ALPHA = 15.0
#: prior mass of the neutral frame (0.8 until the development evaluation of
#: 2026-11-27, ``scripts/eval_frames.py``; kept at the 2026-12-03 one on the guide-v2
#: train and dev splits)
NEUTRAL_MASS = 0.5
#: how much a sentiment valence (VADER scale, ±4) counts as frame evidence: 0 since the
#: labelling guide version 2 (2026-12-03), where a frame is a stance and tone is sentiment
#: (0.4 before; on the guide-v2 dev split 0.4 gave macro-F1 0.35, 0 gives 0.57)
SENTIMENT_TO_FRAME = 0.0
#: a sentence whose largest voice share is below this is ``mixed``
MIXED_BELOW = 0.6
#: a sentence is positive or negative from this score on: a sentiment sum of about ±1.3, one
#: clear word (also negated: "अच्छा नहीं", 1.9 × 0.74) or two weak ones; a single weak word or
#: sums that nearly cancel stay neutral.  VADER's ±0.05 made those polar: on the guide-v2 labels
#: (session 24) sentiment accuracy train 0.649 -> 0.666, dev 0.690 -> 0.696 (macro-F1 0.617 ->
#: 0.623, 0.602 -> 0.594); 0.35 scored a little higher but left "अच्छा फैसला नहीं" neutral
SENTIMENT_THRESHOLD = 0.3
#: the voices by their code in a voice map
VOICES = ("narrated", "reported", "quoted")
#: segment kinds that are not the story's voices: left out of the per-voice totals
NOT_VOICED = frozenset({"credit", "boilerplate"})
# maximal runs of one voice code in a voice map
_RUNS = re.compile(rb"\x00+|\x01+|\x02+")


def round4(x: float) -> float:
    """``round(x, 4)``: every number of the output is rounded so.

    >>> round4(2 / 3)
    0.6667
    """
    return round(x, 4)


class Scored(NamedTuple):
    """The scores of one segment (normalised offsets in ``hits``)."""

    voice: str
    voice_shares: dict
    frame: str
    frame_scores: dict
    sentiment: str
    sentiment_score: float
    hits: list
    event_tone: float = 0.0  # the tone of the events it reports (event_tone)


class Piece(NamedTuple):
    """A run of one voice in a segment, for the per-voice totals."""

    voice: int  # code: 0 narrated, 1 reported, 2 quoted
    chars: int  # characters that are not white space
    frame: str
    sentiment: float


def sums(hits: Iterable[Hit]) -> tuple[float, float, float]:
    """The praise, concern and sentiment sums of ``hits`` (event hits give tone only,
    :func:`event_tone`); the frame sums are at least 0.  A sentiment hit adds
    :data:`SENTIMENT_TO_FRAME` of its
    valence to praise (positive) or concern (negative), unless it is under a
    counter-action (``framing`` false).

    >>> sums([Hit("अच्छा", 0, 5, "sentiment", 2.0, 0), Hit("मौत", 6, 9, "event", -1.5, 1)])
    (0.0, 0.0, 2.0)
    """
    p = c = s = 0.0
    for h in hits:
        if h.lexicon == "praise":
            p += h.weight
        elif h.lexicon == "concern":
            c += h.weight
        elif h.lexicon == "sentiment":
            s += h.weight
            if h.framing:
                if h.weight > 0:
                    p += SENTIMENT_TO_FRAME * h.weight
                else:
                    c -= SENTIMENT_TO_FRAME * h.weight
    return (p if p > 0.0 else 0.0), (c if c > 0.0 else 0.0), s


def event_tone(hits: Iterable[Hit]) -> float:
    """The tone of the events a segment reports: the sum of its event hits (good news
    positive, harm negative) normalised as VADER does, in [-1, 1], rounded; not a frame.

    >>> event_tone([Hit("मौत", 0, 3, "event", -1.5, 0)])
    -0.3612
    """
    return round4(_sentiment(sum(h.weight for h in hits if h.lexicon == "event")))


def _sentiment(s: float) -> float:
    """VADER's ``normalize``: a valence sum mapped into [-1, 1]."""
    return s / math.sqrt(s * s + ALPHA) if s else 0.0


class SegmentScores(NamedTuple):
    frame: str
    praise: float
    concern: float
    neutral: float
    sentiment: str
    sentiment_score: float


# (segments repeat a few sums of lexicon weights: a memo pays)
@functools.lru_cache(maxsize=65536)
def segment_scores(sums: tuple[float, float, float]) -> SegmentScores:
    """Frame, frame scores, sentiment label and score (rounded) of a
    segment's ``(praise, concern, sentiment)`` sums.

    >>> s = segment_scores((1.5, 0.0, 2.0))
    >>> s.frame, s.praise, s.neutral, s.sentiment, s.sentiment_score
    ('praise', 0.75, 0.25, 'positive', 0.4588)
    """
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
    score = _sentiment(s)
    label = (
        "positive"
        if score >= SENTIMENT_THRESHOLD
        else "negative"
        if score <= -SENTIMENT_THRESHOLD
        else "neutral"
    )
    return SegmentScores(frame, round4(sp), round4(sc), round4(sn), label, round4(score))


def piece_label(hits: Sequence[Hit]) -> tuple[str, float]:
    """Frame and (unrounded) sentiment score of a piece of a segment: praise
    or concern when its sum is above both the other and
    :data:`NEUTRAL_MASS`.

    >>> piece_label([Hit("चिंता", 0, 5, "concern", 1.2, 0)])
    ('concern', 0.0)
    """
    if not hits:
        return "neutral", 0.0
    p, c, s = sums(hits)
    m = NEUTRAL_MASS
    frame = "praise" if p > c and p > m else "concern" if c > p and c > m else "neutral"
    return frame, _sentiment(s)


def _one_voice(voice: bytearray, a: int, b: int) -> bool:
    """Are the characters ``[a, b)`` of a voice map (at least one) all of one voice?"""
    return b > a and voice.count(voice[a], a, b) == b - a


def voice_of(voice: bytearray, a: int, b: int) -> tuple[str, dict[str, float]]:
    """The voice of the characters ``[a, b)`` of a voice map and the shares of
    each voice: the largest voice (the first of :data:`VOICES` on ties), or
    ``mixed`` when its share is below :data:`MIXED_BELOW`.

    >>> voice_of(bytearray(b"\\x00\\x02\\x02\\x02"), 0, 4)
    ('quoted', {'quoted': 0.75, 'reported': 0.0, 'narrated': 0.25})
    """
    if _one_voice(voice, a, b):  # (most segments)
        shares = {"quoted": 0.0, "reported": 0.0, "narrated": 0.0}
        shares[VOICES[voice[a]]] = 1.0
        return VOICES[voice[a]], shares
    n = max(1, b - a)
    counts = [voice.count(code, a, b) for code in range(3)]
    shares = {
        "quoted": round4(counts[2] / n),
        "reported": round4(counts[1] / n),
        "narrated": round4(counts[0] / n),
    }
    top = max(range(3), key=counts.__getitem__)
    return (VOICES[top] if counts[top] / n >= MIXED_BELOW else "mixed"), shares


#: every white-space character of Unicode (those ``str.isspace`` takes; a test checks the list)
WHITE_SPACE = tuple(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def white_space(text: str) -> tuple[str, ...]:
    """The white-space characters that occur in ``text`` (each looked for with one C scan).

    >>> white_space("क ख\\nग ")
    ('\\n', ' ')
    """
    return tuple(c for c in WHITE_SPACE if c in text)


def _visible(text: str, a: int, b: int, spaces: tuple[str, ...] | None = None) -> int:
    """The characters of ``text[a:b]`` that are not white space; ``spaces``: the white-space
    characters of ``text`` (:func:`white_space`), when the caller has them."""
    if spaces is None:
        spaces = white_space(text)
    return b - a - sum(text.count(c, a, b) for c in spaces)


def voice_pieces(
    text: str,
    voice: bytearray,
    a: int,
    b: int,
    scored: Scored,
    spaces: tuple[str, ...] | None = None,
) -> list[Piece]:
    """The pieces of the segment ``[a, b)``: maximal runs of one voice.  A
    segment of one voice is one piece with the segment's scores; otherwise
    each run is framed by the hits that start in it (:func:`piece_label`).

    >>> hit = Hit("चिंता", 4, 9, "concern", 1.2, 1)
    >>> sc = Scored("mixed", {}, "concern", {}, "neutral", 0.0, [hit])
    >>> voice = bytearray(b"\\x00\\x00\\x00\\x02\\x02\\x02\\x02\\x02\\x02\\x02")
    >>> [(p.voice, p.chars, p.frame) for p in voice_pieces("वह “चिंता”", voice, 0, 10, sc)]
    [(0, 2, 'neutral'), (2, 7, 'concern')]
    """
    if _one_voice(voice, a, b):
        return [Piece(voice[a], _visible(text, a, b, spaces), scored.frame, scored.sentiment_score)]
    pieces = []
    hits = scored.hits
    starts = [h.start for h in hits]
    for pa, pb in (m.span() for m in _RUNS.finditer(voice, a, b)):
        frame, sentiment = piece_label(hits[bisect_left(starts, pa) : bisect_left(starts, pb)])
        pieces.append(Piece(voice[pa], _visible(text, pa, pb, spaces), frame, sentiment))
    return pieces


def new_totals() -> dict[str, list]:
    """Per-voice totals that :func:`score_segments` fills for
    :func:`bias.framing.summarize`: ``[characters, sentiment sum, characters
    by frame]``.

    >>> new_totals()["quoted"]
    [0, 0.0, {'praise': 0, 'concern': 0, 'neutral': 0}]
    """
    return {
        v: [0, 0.0, {"praise": 0, "concern": 0, "neutral": 0}]
        for v in ("quoted", "reported", "narrated")
    }


def add_pieces(totals: dict[str, list], pieces: Iterable[Piece]) -> None:
    """Add each piece's characters to its voice's totals (:func:`new_totals`):
    to the count, to its frame's count and, times its sentiment score, to
    the sentiment sum."""
    for piece in pieces:
        if piece.chars:
            acc = totals[VOICES[piece.voice]]
            acc[0] += piece.chars
            acc[2][piece.frame] += piece.chars
            acc[1] += piece.sentiment * piece.chars


def score_segments(
    text: str,
    tokens: TokenTable | Sequence[tuple[int, int, str]],
    segs: Sequence[tuple[int, int, str]],
    voice: bytearray,
    lex: FramingLexicons,
    totals: dict[str, list] | None = None,
    *,
    token_ranges: Sequence[tuple[int, int]] | None = None,
    model_frames: Sequence[tuple[str, dict]] | None = None,
    not_cues: Sequence[tuple[int, int]] = (),
) -> list[Scored]:
    """Score each segment ``(start, end, kind)`` of the normalised ``text``
    (segments in text order, not overlapping).

    ``tokens`` is the text's :class:`bias.lexicon.TokenTable` (or its token
    spans ``(start, end, kind)``); ``voice`` holds the voice code (0
    narrated, 1 reported, 2 quoted) of every character.  With ``totals``
    (from :func:`new_totals`), the pieces of every segment but credits and furniture are
    added up per voice (:func:`voice_pieces`, :func:`add_pieces`).
    ``token_ranges``: the segments' token ranges
    (:meth:`bias.lexicon.TokenTable.ranges`), when the caller has them.
    ``model_frames``: each segment's ``(frame, frame scores)`` from a trained frame model,
    which then replace the lexicon's (the cue hits stay, as the explanation; a segment of
    several voices still frames its pieces by their cues).  ``not_cues``: character spans whose
    words are no cues — names and titles (:func:`without_names`).

    >>> t = "सरकार की कड़ी निंदा हुई।"
    >>> sc, = score_segments(t, TokenTable(t), [(0, len(t), "sentence")], bytearray(len(t)),
    ...     default_lexicons())
    >>> sc.voice, sc.frame, sc.sentiment
    ('narrated', 'concern', 'negative')
    """
    tk = tokens if isinstance(tokens, TokenTable) else TokenTable(text, tokens)
    seg_tok = tk.ranges(segs) if token_ranges is None else token_ranges
    markers = find_markers(tk, lex)
    if not_cues:
        markers = markers._replace(cues=without_names(markers.cues, tk, not_cues))
    hits_of = segment_hits(text, tk, markers, seg_tok)
    spaces = white_space(text)  # (so each piece counts its visible characters in C)
    out = []
    for k, ((a, b, kind), hits) in enumerate(zip(segs, hits_of)):
        s = segment_scores(sums(hits))  # (no hits: neutral, frame scores 0, 0, 1)
        frame = s.frame
        frame_scores = {"praise": s.praise, "concern": s.concern, "neutral": s.neutral}
        if model_frames is not None:
            frame, frame_scores = model_frames[k]
        scored = Scored(
            *voice_of(voice, a, b),
            frame,
            frame_scores,
            s.sentiment,
            s.sentiment_score,
            hits,
            event_tone(hits) if hits else 0.0,
        )
        out.append(scored)
        if totals is not None and kind not in NOT_VOICED:
            add_pieces(totals, voice_pieces(text, voice, a, b, scored, spaces))
    return out


def without_names(
    cues: Sequence[Cue], tk: TokenTable, spans: Sequence[tuple[int, int]]
) -> list[Cue]:
    """The ``cues`` that do not start inside one of the character ``spans`` (names of the
    article's speakers, titles and other term quotations): a name or a title is no stance or
    tone ("डॉ. विजय कुमार सिंह", the film ‘धूम’).

    >>> from bias.framing import default_lexicons
    >>> from bias.framing.cues import find_markers
    >>> t = "फिल्म ‘धूम’ रिलीज हुई"
    >>> tk = TokenTable(t)
    >>> [c.lexicon for c in find_markers(tk, default_lexicons()).cues]
    ['sentiment']
    >>> without_names(find_markers(tk, default_lexicons()).cues, tk, [(7, 10)])
    []
    """
    names = Zones(list(spans))
    return [c for c in cues if not names.contains(tk.starts[c.tok])]


def score_text(text: str, *, lexicons: FramingLexicons | None = None) -> Scored:
    """Frame and sentiment of a piece of text taken as one unit (no voices).

    A convenience for tables of sentences; :func:`bias.analyze` is the one
    path for articles.

    >>> sc = score_text("यह अच्छा फैसला नहीं है।")
    >>> sc.sentiment, sc.frame
    ('negative', 'concern')
    """
    from ..text import normalize

    t = normalize(text).text
    return score_segments(
        t,
        TokenTable(t),
        [(0, len(t), "sentence")],
        bytearray(len(t)),
        lexicons or default_lexicons(),
    )[0]
