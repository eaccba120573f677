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
* **Contrast.**  After लेकिन / परंतु / किंतु / मगर cues weigh ``after`` (1.5)
  and before it ``before`` (0.5); a clause opened by हालांकि / यद्यपि weighs
  0.5 and the rest of the sentence 1.5 (the weights come from
  ``contrast.tsv``).
* **Normalisation.**  Sentiment: the sum ``s`` of weighted valences becomes
  ``s / sqrt(s*s + ALPHA)`` (VADER's ``normalize`` with ``ALPHA = 15``), in
  [-1, 1]; labels at ±0.05.  Frame: with ``P`` and ``C`` the weighted sums of
  praise and concern cues, ``frame_scores = {praise: P/T, concern: C/T,
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

import functools
import math
import os
from dataclasses import dataclass, field
from typing import Any, Sequence

from .lexicon import PhraseMatcher, load_table, stem, term_tokens, token_key

__all__ = ["FramingLexicons", "default_lexicons", "score_text", "ALPHA", "NEUTRAL_MASS", "NEGATED_FRAME"]

#: VADER's normalisation constant
ALPHA = 15.0
#: prior mass of the neutral frame (see the module doc)
NEUTRAL_MASS = 0.8
#: share of a negated frame cue's weight that goes to the opposite frame
NEGATED_FRAME = 0.5
#: VADER's negation scalar for sentiment valences
N_SCALAR = -0.74
_NEG_AFTER = 3
_NEG_BEFORE = 1
_INTENS_WINDOW = 2
_CLAUSE_BREAK = frozenset({",", ";", ":", "।", "?", "!", "|", "“", "”", '"', "कि", "और", "तथा", "जबकि", "क्योंकि"})

_POSTPOSED = frozenset({"रहित", "विहीन", "मुक्त"})


@dataclass(frozen=True)
class FramingLexicons:
    """The lexicons the scorer uses.  Build with :meth:`load`; each argument
    is a bundled lexicon name or the path to your own TSV file."""

    sentiment: PhraseMatcher
    praise: PhraseMatcher
    concern: PhraseMatcher
    negators: dict
    intensifiers: dict
    diminishers: dict
    contrast: dict
    resolvers: PhraseMatcher
    names: tuple = field(default=())

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
        negs: dict[tuple[str, ...], str] = {}
        res = []
        for term, kind in zip(neg.column("term"), neg.column("kind")):
            toks = term_tokens(term)
            if kind == "resolver":
                res.append((term, 1.0))
            elif kind == "privative" and (toks[0] in ("के", "से") or toks[0] in _POSTPOSED):
                negs[toks] = "postposed"  # के बिना, रहित: negates the word before it
            else:
                negs[toks] = kind
        ints = {term_tokens(t): float(f) for t, f in zip(load_table(intensifiers).column("term"), load_table(intensifiers).column("factor"))}
        dims = {term_tokens(t): float(f) for t, f in zip(load_table(diminishers).column("term"), load_table(diminishers).column("factor"))}
        ct = load_table(contrast)
        cons = {
            term_tokens(t): (k, float(b), float(a))
            for t, k, b, a in zip(ct.column("term"), ct.column("kind"), ct.column("before"), ct.column("after"))
        }
        return cls(
            PhraseMatcher(weighted(sentiment, "score"), stemmed=True),
            PhraseMatcher(weighted(praise, "weight"), stemmed=True),
            PhraseMatcher(weighted(concern, "weight"), stemmed=True),
            negs,
            ints,
            dims,
            cons,
            PhraseMatcher(res, stemmed=True),
            tuple(str(x) for x in (sentiment, praise, concern, negators, intensifiers, diminishers, contrast)),
        )


@functools.lru_cache(maxsize=1)
def default_lexicons() -> FramingLexicons:
    """The bundled lexicons (loaded once)."""
    return FramingLexicons.load()


@dataclass(frozen=True)
class Hit:
    term: str
    start: int  # normalised offsets
    end: int
    lexicon: str
    weight: float
    tok: int  # token index of the hit's first token


@dataclass
class Scored:
    """Scores of one segment (normalised offsets), before mapping to raw."""

    voice: str
    voice_shares: dict
    frame: str
    frame_scores: dict
    sentiment: str
    sentiment_score: float
    hits: list
    pieces: list = field(default_factory=list)  # (voice, nchars, frame, sentiment_score)


def _match_multi(d: dict, keys: Sequence[str], i: int) -> tuple[int, Any] | None:
    """Longest key tuple of ``d`` starting at ``keys[i]`` (up to 4 tokens)."""
    for L in (4, 3, 2, 1):
        if i + L <= len(keys):
            v = d.get(tuple(keys[i : i + L]))
            if v is not None:
                return L, v
    return None


def _frame_scores(p: float, c: float) -> tuple[str, dict[str, float]]:
    total = p + c + NEUTRAL_MASS
    scores = {"praise": p / total, "concern": c / total, "neutral": NEUTRAL_MASS / total}
    best = max(scores.values())
    winners = [k for k, v in scores.items() if v == best]
    frame = winners[0] if len(winners) == 1 else "neutral"
    return frame, {k: round(v, 4) for k, v in scores.items()}


def _sentiment(s: float) -> tuple[str, float]:
    score = s / math.sqrt(s * s + ALPHA) if s else 0.0
    label = "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"
    return label, round(score, 4)


def _hits(text: str, keys: list[str], stems: list[str], spans, a: int, b: int, lex: FramingLexicons) -> list[Hit]:
    """Cue hits in tokens [a, b) with negation, intensity and contrast applied."""
    # contrast weights per token
    weight = [1.0] * (b - a)
    i = a
    while i < b:
        m = _match_multi(lex.contrast, keys, i)
        if m is not None:
            L, (kind, before, after) = m
            if kind == "although":
                # the clause opened by the cue is weak, the rest of the sentence strong
                j = i + L
                while j < b and keys[j] not in (",", ";", "।"):
                    j += 1
                for k in range(a, b):
                    weight[k - a] *= after if i <= k < j else before
            else:
                for k in range(a, b):
                    weight[k - a] *= before if k < i else after if k >= i + L else 1.0
            i += L
        else:
            i += 1
    # negators, privatives, resolvers
    neg_at: list[int] = []
    priv_at: list[int] = []
    post_at: list[int] = []
    resolved: list[tuple[int, int]] = []
    i = a
    while i < b:
        r = lex.resolvers.match_at(stems, i, keys)
        if r is not None:
            # the clause around the resolver: back to the last clause break
            j = i - 1
            while j >= a and keys[j] not in _CLAUSE_BREAK:
                j -= 1
            resolved.append((j + 1, i + r[0]))
            i += r[0]
            continue
        m = _match_multi(lex.negators, keys, i)
        if m is not None:
            if m[1] == "privative":
                priv_at.append(i)
            elif m[1] == "postposed":
                post_at.append(i)
            else:
                neg_at.append(i)
            i += m[0]
            continue
        i += 1

    def negated(s: int, e: int) -> bool:
        for n in neg_at:
            if e <= n < e + _NEG_AFTER and not any(keys[x] in _CLAUSE_BREAK for x in range(e, n)):
                return True
            if s - _NEG_BEFORE <= n < s:
                return True
        for p in priv_at:
            if p < s <= p + _NEG_AFTER:
                return True
        for p in post_at:
            if e <= p < e + 2:
                return True
        return False

    def intensity(s: int) -> float:
        f = 1.0
        for j in range(max(a, s - _INTENS_WINDOW), s):
            m = _match_multi(lex.intensifiers, keys, j)
            if m is not None and j + m[0] <= s:
                f *= 1.0 + m[1]
            m = _match_multi(lex.diminishers, keys, j)
            if m is not None and j + m[0] <= s:
                f *= max(0.0, 1.0 - m[1])
        return f

    hits: list[Hit] = []
    for name, matcher in (("praise", lex.praise), ("concern", lex.concern), ("sentiment", lex.sentiment)):
        i = a
        while i < b:
            m = matcher.match_at(stems, i, keys)
            if m is None or spans[i][2] == "punct":
                i += 1
                continue
            L, value = m
            e = i + L
            w = value * weight[i - a] * intensity(i)
            lexname = name
            if any(s <= i < e2 for s, e2 in resolved) and name in ("concern", "sentiment"):
                if name == "concern" or value < 0:
                    i = e
                    continue
            if negated(i, e):
                if name == "sentiment":
                    w *= N_SCALAR
                else:
                    lexname = "concern" if name == "praise" else "praise"
                    w *= NEGATED_FRAME
            term = text[spans[i][0] : spans[e - 1][1]]
            hits.append(Hit(term, spans[i][0], spans[e - 1][1], lexname, round(w, 4), i))
            i = e
    hits.sort(key=lambda h: (h.start, h.lexicon))
    return hits


def _score_hits(hits: list[Hit]) -> tuple[str, dict, str, float]:
    p = sum(h.weight for h in hits if h.lexicon == "praise")
    c = sum(h.weight for h in hits if h.lexicon == "concern")
    s = sum(h.weight for h in hits if h.lexicon == "sentiment")
    frame, fs = _frame_scores(max(p, 0.0), max(c, 0.0))
    sent, ss = _sentiment(s)
    return frame, fs, sent, ss


_VOICE_NAMES = ("narrated", "reported", "quoted")


def score_segments(text: str, tok_spans, segs, voice: bytearray, lex: FramingLexicons):
    """Score each segment ``(start, end, kind)`` of the normalised ``text``.

    ``voice`` holds the voice code (0 narrated, 1 reported, 2 quoted) of every
    character.
    """
    import bisect

    fv = voice
    starts = [s[0] for s in tok_spans]
    keys = [token_key(text[a:b]) for a, b, _ in tok_spans]
    stems = [stem(k) for k in keys]
    out = []
    for a, b, kind in segs:
        ta, tb = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        hits = _hits(text, keys, stems, tok_spans, ta, tb, lex)
        frame, fs, sent, ss = _score_hits(hits)
        chunk = voice[a:b]
        n = max(1, (b - a))
        counts = [chunk.count(0), chunk.count(1), chunk.count(2)]
        shares = {"quoted": round(counts[2] / n, 4), "reported": round(counts[1] / n, 4), "narrated": round(counts[0] / n, 4)}
        top = max(range(3), key=lambda k: counts[k])
        v = _VOICE_NAMES[top] if counts[top] / n >= 0.6 else "mixed"
        # pieces: maximal runs of one voice (by frame_voice) inside the segment
        pieces = []
        fchunk = fv[a:b]
        p0 = 0
        for p in range(1, len(fchunk) + 1):
            if p == len(fchunk) or fchunk[p] != fchunk[p0]:
                pv = fchunk[p0]
                ph = [h for h in hits if a + p0 <= h.start < a + p]
                f2, _, _, s2 = _score_hits(ph)
                nchars = sum(1 for ch in text[a + p0 : a + p] if not ch.isspace())
                if nchars:
                    pieces.append((_VOICE_NAMES[pv], nchars, f2, s2))
                p0 = p
        out.append(Scored(v, shares, frame, fs, sent, ss, hits, pieces))
    return out


def score_text(text: str, *, lexicons: FramingLexicons | None = None) -> Scored:
    """Frame and sentiment of a piece of text taken as one unit (no voices).

    A convenience for tables of sentences; :func:`bias.analyze` is the one
    path for articles.
    """
    from .text import _token_spans, normalize

    t = normalize(text).text
    spans = _token_spans(t)
    return score_segments(t, spans, [(0, len(t), "sentence")], bytearray(len(t)), lexicons or default_lexicons())[0]


def summarize(sentences, scored, quotes, reported) -> dict[str, Any]:
    """The article summary (see the module doc for the definitions)."""
    voice_chars = {v: 0 for v in ("quoted", "reported", "narrated")}
    frame_chars = {v: {"praise": 0, "concern": 0, "neutral": 0} for v in voice_chars}
    sent_sum = {v: 0.0 for v in voice_chars}
    piece_chars = {v: 0 for v in voice_chars}
    for s, sc in zip(sentences, scored):
        if s.kind == "credit":
            continue
        for v, n, f, ss in sc.pieces:
            piece_chars[v] += n
            frame_chars[v][f] += n
            sent_sum[v] += ss * n
    for s, sc in zip(sentences, scored):
        if s.kind == "credit":
            continue
        length = s.end - s.start
        for v in voice_chars:
            voice_chars[v] += sc.voice_shares[v] * length
    total = sum(voice_chars.values())
    voice_share = {v: round(voice_chars[v] / total, 4) if total else 0.0 for v in voice_chars}
    frames = {
        v: {f: round(frame_chars[v][f] / piece_chars[v], 4) if piece_chars[v] else 0.0 for f in ("praise", "concern", "neutral")}
        for v in voice_chars
    }
    sentiment = {v: round(sent_sum[v] / piece_chars[v], 4) if piece_chars[v] else 0.0 for v in voice_chars}
    gap = {f: round(frames["quoted"][f] - frames["narrated"][f], 4) for f in ("praise", "concern")}
    # who is quoted with which frame
    speakers: dict[tuple, dict] = {}
    for q in quotes:
        if q.kind != "direct":
            continue
        key = (q.speaker, q.source_type)
        d = speakers.setdefault(key, {"speaker": q.speaker, "source_type": q.source_type, "quotes": 0, "praise": 0, "concern": 0, "neutral": 0})
        d["quotes"] += 1
        for s, sc in zip(sentences, scored):
            if s.start <= q.start < s.end:
                qh = [h for h in s.cues if q.start <= h.start < q.end]
                f, _, _, _ = _score_hits(qh)  # type: ignore[arg-type]
                d[f] += 1
                break
    who = []
    for d in speakers.values():
        counts = {f: d[f] for f in ("praise", "concern", "neutral")}
        best = max(counts.values())
        tops = [f for f, c in counts.items() if c == best]
        d["frame"] = tops[0] if len(tops) == 1 else ("neutral" if "neutral" in tops else "mixed")
        who.append(d)
    counts_by_type: dict[str, int] = {}
    for q in quotes:
        if q.kind == "direct":
            counts_by_type[q.source_type or "unknown"] = counts_by_type.get(q.source_type or "unknown", 0) + 1
    return {
        "voice_share": voice_share,
        "frames": frames,
        "sentiment": sentiment,
        "framing_gap": gap,
        "speakers": who,
        "quotes_by_source_type": counts_by_type,
        "counts": {
            "sentences": sum(1 for s in sentences if s.kind == "sentence"),
            "quotes": sum(1 for q in quotes if q.kind == "direct"),
            "terms": sum(1 for q in quotes if q.kind == "term"),
            "reported": len(reported),
        },
    }
