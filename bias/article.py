"""Result types and :func:`analyze`, the one analysis path of :mod:`bias`.

``analyze(text)`` normalises the text, segments it, pairs quotation marks,
attributes quotations and reported speech, scores framing and sentiment, and
returns an :class:`Article` whose every offset is an index into the raw text
passed in.  ``Article.to_dict()`` is the JSON contract ``bias.article/1``
described in ``ARCHITECTURE.md``.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from . import framing
from .framing import _round4, round4
from .lexicon import TokenRows, TokenTable
from .marks import pair_quotes
from .text import _check_str, _segment_normalized, normalize
from .voices import Attributor, default_attributor

__all__ = [
    "SCHEMA",
    "VOICES",
    "SOURCE_TYPES",
    "Quote",
    "Reported",
    "Sentence",
    "CueHit",
    "Article",
    "analyze",
    "score",
    "score_from_article",
    "SCORE_COLUMNS",
]

#: schema id of :meth:`Article.to_dict`
SCHEMA = "bias.article/1"
#: the voices of the summary, in order
VOICES = ("quoted", "reported", "narrated")
#: the source types of speakers
SOURCE_TYPES = (
    "government_official",
    "state_media",
    "politician",
    "expert",
    "organisation",
    "media",
    "public",
    "anonymous",
    "other",
)
_FRAMES = ("praise", "concern", "neutral")


class Quote(NamedTuple):
    """A quotation: ``text[start:end]`` is its content without the marks."""

    start: int
    end: int
    kind: str  # "direct" or "term"
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    source_type: str | None = None
    cue: str | None = None
    via: str | None = None
    via_start: int | None = None
    via_end: int | None = None
    pronoun: str | None = None  # the pronoun that named the speaker, when resolved
    pronoun_start: int | None = None
    pronoun_end: int | None = None
    open: int = 0  # position of the opening mark
    close: int = 0  # position of the closing mark (or where an unclosed quotation was cut)
    closed: bool = True
    rule: str | None = None  # the speaker rule that attributed it (bias.voices.rules)

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Reported(NamedTuple):
    """Indirect (reported) speech: ``text[start:end]`` is the reported clause."""

    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    source_type: str | None
    cue: str
    cue_start: int = 0
    cue_end: int = 0
    pronoun: str | None = None
    pronoun_start: int | None = None
    pronoun_end: int | None = None
    rule: str | None = None  # the reported-speech rule that found it (bias.voices.reported)

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class CueHit(NamedTuple):
    """A lexicon cue found in a sentence: why it got its frame and sentiment.

    (A named tuple: articles hold hundreds of them, and they are cheap to build.)"""

    term: str  # the text that matched (normalised)
    start: int
    end: int
    lexicon: str  # "praise", "concern" or "sentiment"
    weight: float  # after negation, intensifiers and contrast

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Sentence(NamedTuple):
    """A segment of the article with its voice, frame and sentiment."""

    start: int
    end: int
    kind: str  # "sentence", "headline" or "credit"
    voice: str  # "quoted", "reported", "narrated" or "mixed"
    voice_shares: dict[str, float]
    frame: str
    frame_scores: dict[str, float]
    sentiment: str
    sentiment_score: float
    cues: tuple[CueHit, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "voice": self.voice,
            "voice_shares": dict(self.voice_shares),
            "frame": self.frame,
            "frame_scores": dict(self.frame_scores),
            "sentiment": self.sentiment,
            "sentiment_score": self.sentiment_score,
            "cues": [c._asdict() for c in self.cues],
        }


# named tuples built without their Python-level __new__ (one per sentence and cue)
_CUE = functools.partial(tuple.__new__, CueHit)
_SENTENCE = functools.partial(tuple.__new__, Sentence)


@dataclass(frozen=True)
class Article:
    """The analysis of one article.  Offsets index :attr:`text`."""

    text: str
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    reported: tuple[Reported, ...]
    summary: dict[str, Any]
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The ``bias.article/1`` JSON contract (plain, JSON-safe types)."""
        return {
            "schema": SCHEMA,
            "length": len(self.text),
            "sentences": [s.to_dict() for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "reported": [r.to_dict() for r in self.reported],
            "summary": self.summary,
            "warnings": list(self.warnings),
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page of the article (see :mod:`bias.html`)."""
        from .html import render_html

        return render_html(self, title=title)

    def _repr_html_(self) -> str:  # shown inline by Jupyter
        from .html import render_html

        return render_html(self, full_page=False)

    def span_text(self, item: Any) -> str:
        """The raw text of a quote, reported span or sentence."""
        return self.text[item.start : item.end]


_OTHER = re.compile(r"[^\W\d_A-Za-z\u0900-\u097f\ua8e0-\ua8ff]")


_LATIN_ONLY = bytes(
    c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122)
)  # bytes to delete
_EXTENDED = re.compile(r"[\ua8e0-\ua8ff]")  # Devanagari Extended
_E0_RANGE = re.compile(r"[\u0800-\u0fff]")  # the characters whose UTF-8 starts with the byte E0


# a character outside ASCII, the Devanagari block and U+2000–U+203F (rare in Hindi news)
_UNCOMMON = re.compile(r"[^\x00-\x7f\u0900-\u097f\u2000-\u203f]")


def _script_share(text: str, plain: bool = False) -> dict[str, float]:
    """Shares of Devanagari, Latin and other letters (and Devanagari signs).

    The counts are byte counts of the UTF-8 text (C speed): every character of
    U+0900–U+097F starts with the bytes E0 A4 or E0 A5, and the letters A–Z,
    a–z are single bytes.  In the usual case — nothing but ASCII, the
    Devanagari block and U+2000–U+203F, which holds no letters — every byte
    E0 starts a Devanagari character and there are no other letters.
    Otherwise the characters outside those ranges (usually a few) are
    gathered with a regular expression and only they are looked at again:
    letters of other scripts, Devanagari Extended, and the characters of
    U+0800–U+0FFF outside the block, whose byte E0 was counted.  ``plain``:
    the text is known to be the usual case (the normalised text of a "plain"
    raw text, see :func:`bias.text.normalize`).
    """
    b = text.encode("utf-8", "surrogatepass")
    latin = len(b.translate(None, _LATIN_ONLY))
    # the block minus the dandas (every byte E0 starts a character of U+0800–U+0FFF)
    deva = b.count(b"\xe0") - text.count("\u0964") - text.count("\u0965")
    other = 0
    if not plain:
        # the few characters outside ASCII, the block and U+2000–U+203F: letters of other
        # scripts, Devanagari Extended, and the other characters of U+0800–U+0FFF counted above
        uncommon = "".join(_UNCOMMON.findall(text))
        if uncommon:
            deva += len(_EXTENDED.findall(uncommon)) - len(_E0_RANGE.findall(uncommon))
            other = len(_OTHER.findall(uncommon))
    total = deva + latin + other
    if not total:
        return {"devanagari": 0.0, "latin": 0.0, "other": 0.0}
    return {
        "devanagari": _round4(deva / total),
        "latin": _round4(latin / total),
        "other": _round4(other / total),
    }


_NE_AFTER = re.compile(r"\s*ने(?=\s|$)")


def _voice_map(t: str, segs, qspans, rspans) -> bytearray:
    """The voice of every character: 0 narrated, 1 reported, 2 quoted.

    A direct quotation's content and marks are quoted, a reported clause is
    reported; so is the attribution that introduces them — the speaker
    mention (with its ``ने``) when it stands in the same sentence, and the cue
    ("ने … कहा", "के अनुसार") — since it is part of the attributed
    construction, not the reporter's own comment.  Term quotations stay in the
    voice around them.
    """
    voice = bytearray(len(t))
    starts = [a for a, _, _ in segs]

    def sentence_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    def mark(a: int, b: int, code: bytes) -> None:
        if 0 <= a < b:
            voice[a:b] = code * (b - a)

    def mark_attribution(content_start: int, speaker, pronoun, cue_span, code: bytes) -> None:
        si = sentence_of(content_start)
        mention = pronoun or speaker
        if mention is not None and sentence_of(mention[0]) == si:
            m = _NE_AFTER.match(t, mention[1])
            mark(mention[0], m.end() if m else mention[1], code)
        if cue_span is not None and sentence_of(cue_span[0]) == si:
            mark(cue_span[0], cue_span[1], code)

    for r in rspans:
        mark(r.start, r.end, b"\x01")
        mark_attribution(r.start, r.speaker, r.pronoun, r.cue_span, b"\x01")
    for q in qspans:
        if q.kind == "direct":
            mark(q.open, max(q.close, q.end) + (1 if q.closed else 0), b"\x02")
            if q.cue != ":":
                mark_attribution(q.start, q.speaker, q.pronoun, q.cue_span, b"\x02")
    return voice


@functools.lru_cache(maxsize=8)
def _token_rows(attributor: Attributor, lex: framing.FramingLexicons) -> TokenRows:
    """The token rows of an (attributor, lexicons) pair: keys, stems, kinds and
    what each can match at every token, in one cache probe per token."""
    return TokenRows(
        [
            (lex, lex._key_info, *lex._row_gate),
            (attributor, attributor._key_info, *attributor._row_gate),
        ]
    )


def analyze(
    text: str,
    *,
    attributor: Attributor | None = None,
    lexicons: framing.FramingLexicons | None = None,
) -> Article:
    """Analyse one Hindi news article.

    Returns an :class:`Article` with its sentences (voice, frame, sentiment),
    quotations (kind, speaker, cue, source type), reported speech and the
    article summary.  Offsets are indices into ``text``.  Empty or
    whitespace-only text gives an empty article; text with few Devanagari
    letters is analysed but carries a warning (see :attr:`Article.warnings`).

    ``attributor`` and ``lexicons`` let you use your own source-type,
    cue and framing lexicons (see :class:`bias.quotes.Attributor` and
    :class:`bias.framing.FramingLexicons`).
    """
    text = _check_str(text)
    attributor = attributor or default_attributor()
    lex = lexicons or framing.default_lexicons()
    norm = normalize(text)
    t = norm.text
    warnings: list[str] = []
    script = _script_share(t, norm._plain)
    if t.strip() and script["devanagari"] < 0.5:
        warnings.append(
            f"only {script['devanagari']:.0%} of the letters are Devanagari: this does not look like Hindi, scores may be meaningless"
        )
    pairing = pair_quotes(t)
    if any(not s.closed for s in pairing.spans) or pairing.stray:
        n_open = sum(1 for s in pairing.spans if not s.closed)
        warnings.append(
            f"unbalanced quotation marks: {n_open} unclosed quotation(s), {len(pairing.stray)} stray closing mark(s)"
        )
    segs = _segment_normalized(norm, pairing)
    tokens = TokenTable(t, rows=_token_rows(attributor, lex))
    seg_tok = tokens.ranges(segs)  # (shared by attribution and scoring)
    qspans, rspans = attributor.attribute(
        t, tokens, [(a, b) for a, b, _ in segs], pairing.spans, token_ranges=seg_tok
    )

    totals = framing.new_totals()
    scored = framing.score_segments(
        t, tokens, segs, _voice_map(t, segs, qspans, rspans), lex, totals, token_ranges=seg_tok
    )

    identity = norm.is_identity
    # offsets are shared when normalisation changed nothing: no mapping needed
    raw_span = norm._span_mapper()

    def raw(span):
        if span is None:
            return None, None
        return raw_span(*span)

    def raw_text(span):
        if span is None:
            return None
        a, b = raw_span(*span)
        return text[a:b]

    sentences = []
    if identity:
        for (a, b, kind), (
            voice,
            shares,
            frame,
            frame_scores,
            sentiment,
            sentiment_score,
            hits,
        ) in zip(segs, scored):
            # (a Hit is (term, start, end, lexicon, weight, …): indexed, this runs for every cue)
            cues = (
                tuple([_CUE((h[0], h[1], h[2], h[3], round4[h[4]])) for h in hits]) if hits else ()
            )
            sentences.append(
                _SENTENCE(
                    (
                        a,
                        b,
                        kind,
                        voice,
                        shares,
                        frame,
                        frame_scores,
                        sentiment,
                        sentiment_score,
                        cues,
                    )
                )
            )
    else:
        # the raw spans of every sentence, then of every cue, mapped in one call
        starts, ends = [s[0] for s in segs], [s[1] for s in segs]
        for sc in scored:
            for h in sc[6]:
                starts.append(h[1])
                ends.append(h[2])
        raw_starts, raw_ends = norm._raw_span_lists(starts, ends)
        k = len(segs)
        for i, (
            (_, _, kind),
            (voice, shares, frame, frame_scores, sentiment, sentiment_score, hits),
        ) in enumerate(zip(segs, scored)):
            cues = ()
            if hits:
                cues = tuple(
                    [
                        _CUE((h[0], raw_starts[j], raw_ends[j], h[3], round4[h[4]]))
                        for j, h in enumerate(hits, k)
                    ]
                )
                k += len(hits)
            sentences.append(
                _SENTENCE(
                    (
                        raw_starts[i],
                        raw_ends[i],
                        kind,
                        voice,
                        shares,
                        frame,
                        frame_scores,
                        sentiment,
                        sentiment_score,
                        cues,
                    )
                )
            )
    quotes = []
    n_t = len(t)
    for q in qspans:
        ra, rb = raw_span(q.start, q.end)
        sa, sb = raw(q.speaker)
        va, vb = raw(q.via)
        pa, pb = raw(q.pronoun)
        oa = raw_span(q.open, q.open + 1)[0] if q.open < n_t else len(text)
        ca = raw_span(q.close, min(q.close + 1, n_t))[0] if q.close < n_t else len(text)
        quotes.append(
            Quote(
                ra,
                rb,
                q.kind,
                raw_text(q.speaker),
                sa,
                sb,
                q.source_type,
                q.cue,
                raw_text(q.via),
                va,
                vb,
                raw_text(q.pronoun),
                pa,
                pb,
                oa,
                ca,
                q.closed,
                q.rule,
            )
        )
    reported = []
    for r in rspans:
        ra, rb = raw_span(r.start, r.end)
        sa, sb = raw(r.speaker)
        pa, pb = raw(r.pronoun)
        ca, cb = raw_span(*r.cue_span)
        reported.append(
            Reported(
                ra,
                rb,
                raw_text(r.speaker),
                sa,
                sb,
                r.source_type,
                r.cue,
                ca,
                cb,
                raw_text(r.pronoun),
                pa,
                pb,
                r.rule,
            )
        )
    summary = framing.summarize(sentences, scored, quotes, reported, totals)
    summary["script_share"] = script
    return Article(text, tuple(sentences), tuple(quotes), tuple(reported), summary, tuple(warnings))


#: the keys of :func:`score`, in order (one DataFrame column each)
SCORE_COLUMNS: tuple[str, ...] = (
    (
        "n_chars",
        "n_sentences",
        "n_quotes",
        "n_terms",
        "n_reported",
        "devanagari_share",
        "n_warnings",
    )
    + tuple(f"voice_{v}" for v in VOICES)
    + tuple(f"frame_{v}_{f}" for v in VOICES for f in _FRAMES)
    + tuple(f"sentiment_{v}" for v in VOICES)
    + ("framing_gap_praise", "framing_gap_concern")
    + tuple(f"quotes_{t}" for t in SOURCE_TYPES)
    + ("quotes_unknown_source",)
)


def score(text: str, **kwargs: Any) -> dict[str, float | int]:
    """A flat, JSON-safe summary of one article: one row of a corpus table.

    Columns (:data:`SCORE_COLUMNS`, always all present): counts; the voice
    shares ``voice_<voice>``; ``frame_<voice>_<frame>`` (share of the voice's
    characters framed so, see :mod:`bias.framing`); ``sentiment_<voice>``;
    ``framing_gap_praise`` / ``_concern`` (quoted minus narrated); and
    ``quotes_<source_type>``, the number of direct quotations per source type.
    It is computed from :func:`analyze` (same keyword arguments), nothing else.
    """
    return score_from_article(analyze(text, **kwargs))


def score_from_article(art: Article) -> dict[str, float | int]:
    """The :func:`score` row of an already analysed article."""
    s = art.summary
    row: dict[str, float | int] = {
        "n_chars": len(art.text),
        "n_sentences": s["counts"]["sentences"],
        "n_quotes": s["counts"]["quotes"],
        "n_terms": s["counts"]["terms"],
        "n_reported": s["counts"]["reported"],
        "devanagari_share": s["script_share"]["devanagari"],
        "n_warnings": len(art.warnings),
    }
    for v in VOICES:
        row[f"voice_{v}"] = s["voice_share"][v]
    for v in VOICES:
        for f in _FRAMES:
            row[f"frame_{v}_{f}"] = s["frames"][v][f]
    for v in VOICES:
        row[f"sentiment_{v}"] = s["sentiment"][v]
    row["framing_gap_praise"] = s["framing_gap"]["praise"]
    row["framing_gap_concern"] = s["framing_gap"]["concern"]
    by_type = s["quotes_by_source_type"]
    for t in SOURCE_TYPES:
        row[f"quotes_{t}"] = by_type.get(t, 0)
    row["quotes_unknown_source"] = by_type.get("unknown", 0)
    return row
