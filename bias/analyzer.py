"""The :class:`Analyzer`: the pipeline of :mod:`bias`, configured once, applied to many texts.

``bias.analyze(text)`` is ``Analyzer().analyze(text)`` on a default analyzer built from the
bundled lexicons (the way ``httpx.get`` is a ``Client`` call).  Build your own to use your own
lexicons::

    >>> import bias
    >>> an = bias.Analyzer(source_types=["my_sources.tsv"])          # doctest: +SKIP
    >>> art = an.analyze("किम ने कहा, “हम साथ हैं।”")                  # doctest: +SKIP

The stages, in order (each a function of its own module):

1. :func:`bias.text.normalize` — Unicode NFC and indic-nlp's character rules, with one map back
   to the raw text;
2. :func:`bias.text.pair_quotes` and :func:`bias.text.segment_normalized` — quotation marks,
   then sentences that never cut through a quotation;
3. :class:`bias.lexicon.TokenTable` — tokens, keys, stems and every lexicon's matches (one pass);
4. :meth:`bias.voices.Attributor.attribute` — quotations, reported speech, speakers, rules;
5. :func:`bias.voices.voice_map` — the voice of every character;
6. :func:`bias.framing.score_segments` and :func:`bias.framing.summarize` — cues with their
   modifiers, sentence frames and sentiment, the per-voice summary;
7. offsets mapped back to the raw text in one call (:meth:`bias.text.Normalized.raw_spans`).
"""

from __future__ import annotations

import functools
from typing import Any, Sequence

from .framing import FramingLexicons, new_totals, score_segments, summarize
from .lexicon import Matcher, TokenTable
from .result import Article, CueHit, Quote, Reported, Sentence, score_from_article
from .text import check_str, normalize, pair_quotes, script_share, segment_normalized
from .voices import Attributor, voice_map

__all__ = ["Analyzer", "analyze", "score", "default_analyzer", "MIN_DEVANAGARI"]

#: below this share of Devanagari letters a text gets the "does not look like Hindi" warning
MIN_DEVANAGARI = 0.5


class Analyzer:
    """Analyses Hindi news articles: voices, speakers, frames and sentiment.

    ``lexicons``: a :class:`bias.framing.FramingLexicons` (default: the bundled ones);
    ``source_types`` and ``known_speakers``: your own TSV files, added to (and overriding) the
    bundled speaker lexicons; ``cues``: the speech-cue lexicon (bundled name or path).  The
    analyzer owns the compiled lexicons and their one :class:`bias.lexicon.Matcher`; it can be
    pickled (for joblib or Dask workers) and reused for any number of texts.
    """

    def __init__(
        self,
        *,
        lexicons: FramingLexicons | None = None,
        source_types: Sequence[str] | None = None,
        known_speakers: Sequence[str] | None = None,
        cues: str = "cues",
    ) -> None:
        self.lexicons = lexicons if lexicons is not None else FramingLexicons.load()
        self.attributor = Attributor(
            source_types=source_types, known_speakers=known_speakers, cues=cues
        )
        self.matcher = Matcher(self.lexicons.phrases() + self.attributor.phrases())

    def analyze(self, text: str) -> Article:
        """Analyse one Hindi news article (see :func:`bias.analyze`)."""
        text = check_str(text)
        norm = normalize(text)
        t = norm.text
        pairing = pair_quotes(t)
        segments = segment_normalized(norm, pairing)
        tokens = TokenTable(t, matcher=self.matcher)
        seg_tokens = tokens.ranges(segments)
        quotes, reported = self.attributor.attribute(
            t, tokens, segments, pairing.spans, token_ranges=seg_tokens
        )
        voices = voice_map(t, segments, quotes, reported)
        totals = new_totals()
        scored = score_segments(
            t, tokens, segments, voices, self.lexicons, totals, token_ranges=seg_tokens
        )
        script = script_share(t)
        sentences, quotes, reported = _to_raw(norm, segments, scored, quotes, reported)
        summary = summarize(sentences, scored, quotes, reported, totals)
        summary["script_share"] = script
        warnings = _warnings(t, script, pairing)
        return Article(text, sentences, quotes, reported, summary, warnings)

    def score(self, text: str) -> dict[str, float | int]:
        """The flat :func:`bias.score` row of one article."""
        return score_from_article(self.analyze(text))

    def __repr__(self) -> str:
        return f"Analyzer(lexicons={self.lexicons.names!r})"


def _warnings(t: str, script: dict[str, float], pairing) -> tuple[str, ...]:
    """What a reader of the scores must know: text that is not Hindi, unbalanced marks."""
    out = []
    if t.strip() and script["devanagari"] < MIN_DEVANAGARI:
        out.append(
            f"only {script['devanagari']:.0%} of the letters are Devanagari: "
            "this does not look like Hindi, scores may be meaningless"
        )
    unclosed = sum(1 for s in pairing.spans if not s.closed)
    if unclosed or pairing.stray:
        out.append(
            f"unbalanced quotation marks: {unclosed} unclosed quotation(s), "
            f"{len(pairing.stray)} stray closing mark(s)"
        )
    return tuple(out)


class _RawSpans:
    """Spans of the normalised text gathered, then mapped to the raw text in one call."""

    def __init__(self, norm) -> None:
        self.norm = norm
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, span: tuple[int, int] | None) -> int:
        """Remember ``span`` (``None``: an absent one); returns its slot."""
        a, b = span if span is not None else (0, 0)
        self.starts.append(a)
        self.ends.append(b)
        return len(self.starts) - 1

    def map(self) -> None:
        self.raw_starts, self.raw_ends = self.norm.raw_spans(self.starts, self.ends)

    def span(self, slot: int) -> tuple[int, int]:
        return self.raw_starts[slot], self.raw_ends[slot]


def _mark_span(n: int, pos: int) -> tuple[int, int]:
    """The one-character span of a quotation mark at ``pos`` (empty at the end of the text)."""
    return (pos, pos + 1) if pos < n else (n, n)


def _to_raw(norm, segments, scored, quotes, reported):
    """The result types, with every offset of the normalised text mapped to the raw text."""
    raw = _RawSpans(norm)
    n = len(norm.text)
    seg_slots = [raw.add((a, b)) for a, b, _ in segments]
    cue_slots = [[raw.add((h.start, h.end)) for h in sc.hits] for sc in scored]
    quote_slots = [
        [raw.add((q.start, q.end)), raw.add(q.speaker), raw.add(q.via), raw.add(q.pronoun),
         raw.add(_mark_span(n, q.open)), raw.add(_mark_span(n, q.close))]
        for q in quotes
    ]
    rep_slots = [
        [raw.add((r.start, r.end)), raw.add(r.speaker), raw.add(r.pronoun), raw.add(r.cue_span)]
        for r in reported
    ]
    raw.map()
    sentences = tuple(
        _sentence(seg, sc, raw, s, cues)
        for seg, sc, s, cues in zip(segments, scored, seg_slots, cue_slots)
    )
    out_quotes = tuple(_quote(q, raw, slots) for q, slots in zip(quotes, quote_slots))
    out_reported = tuple(_reported(r, raw, slots) for r, slots in zip(reported, rep_slots))
    return sentences, out_quotes, out_reported


def _sentence(seg, sc, raw: _RawSpans, slot: int, cue_slots: list[int]) -> Sentence:
    cues = tuple(
        CueHit(h.term, *raw.span(c), h.lexicon, round(h.weight, 4))
        for h, c in zip(sc.hits, cue_slots)
    )
    a, b = raw.span(slot)
    return Sentence(
        a, b, seg[2], sc.voice, sc.voice_shares, sc.frame, sc.frame_scores, sc.sentiment,
        sc.sentiment_score, cues,
    )


def _optional(raw: _RawSpans, slot: int, span) -> tuple[int | None, int | None, str | None]:
    """Raw start, end and text of an optional span (``None`` when absent)."""
    if span is None:
        return None, None, None
    a, b = raw.span(slot)
    return a, b, raw.norm.raw[a:b]


def _quote(q, raw: _RawSpans, slots: list[int]) -> Quote:
    content, speaker, via, pronoun, open_mark, close_mark = slots
    sa, sb, speaker_text = _optional(raw, speaker, q.speaker)
    va, vb, via_text = _optional(raw, via, q.via)
    pa, pb, pronoun_text = _optional(raw, pronoun, q.pronoun)
    return Quote(
        *raw.span(content), q.kind, speaker_text, sa, sb, q.source_type, q.cue,
        via_text, va, vb, pronoun_text, pa, pb,
        raw.span(open_mark)[0], raw.span(close_mark)[0], q.closed, q.rule,
    )


def _reported(r, raw: _RawSpans, slots: list[int]) -> Reported:
    clause, speaker, pronoun, cue = slots
    sa, sb, speaker_text = _optional(raw, speaker, r.speaker)
    pa, pb, pronoun_text = _optional(raw, pronoun, r.pronoun)
    return Reported(
        *raw.span(clause), speaker_text, sa, sb, r.source_type, r.cue, *raw.span(cue),
        pronoun_text, pa, pb, r.rule,
    )


@functools.lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    """The analyzer built from the bundled lexicons (built once per process)."""
    return Analyzer()


def analyze(text: str, *, analyzer: Analyzer | None = None) -> Article:
    """Analyse one Hindi news article.

    Returns an :class:`bias.Article` with its sentences (voice, frame, sentiment), quotations
    (kind, speaker, cue, source type, the rule that attributed it), reported speech and the
    article summary.  Offsets are indices into ``text``.  Empty or whitespace-only text gives an
    empty article; text with few Devanagari letters is analysed but carries a warning
    (:attr:`bias.Article.warnings`).  ``analyzer``: your own :class:`Analyzer` (default: the
    bundled lexicons).

    >>> art = analyze("किम ने कहा, “हम साथ हैं।”")
    >>> art.quotes[0].speaker, art.quotes[0].rule
    ('किम', 'ne_subject')
    """
    return (analyzer or default_analyzer()).analyze(text)


def score(text: str, *, analyzer: Analyzer | None = None) -> dict[str, Any]:
    """A flat, JSON-safe summary of one article: one row of a corpus table.

    Columns (:data:`bias.SCORE_COLUMNS`, always all present): counts; the voice shares
    ``voice_<voice>``; ``frame_<voice>_<frame>`` (share of the voice's characters framed so);
    ``sentiment_<voice>``; ``framing_gap_praise`` / ``_concern`` (quoted minus narrated); and
    ``quotes_<source_type>``, the number of direct quotations per source type.  Computed from
    :func:`analyze`, nothing else.
    """
    return score_from_article(analyze(text, analyzer=analyzer))
