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

import bisect
import functools
import itertools
import os
from typing import Any, Sequence

from mypy_extensions import mypyc_attr

from .errors import InputError
from .framing import FramingLexicons, new_totals, score_segments, summarize
from .framing.scores import VOICES as VOICE_NAMES
from .framing.scores import round4
from .framing.stances import find_stances
from .lexicon import Matcher, TokenTable
from .result import (
    Article,
    CueHit,
    Entity,
    Quote,
    Reported,
    Sentence,
    Stance,
    score_from_article,
)
from .text import check_str, normalize, pair_quotes, script_share, segment_normalized
from .voices import Attributor, voice_map
from .voices.entities import link_entities, place_words
from .voices.fallback import TypeFallback

__all__ = ["Analyzer", "analyze", "score", "default_analyzer", "MIN_DEVANAGARI"]

#: below this share of Devanagari letters a text gets the "does not look like Hindi" warning
MIN_DEVANAGARI = 0.5


# picklable when compiled with mypyc (setup.py says why both flags)
@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)
class Analyzer:
    """Analyses Hindi news articles: voices, speakers, frames and sentiment.

    ``lexicons``: a :class:`bias.framing.FramingLexicons` (default: the bundled ones);
    ``source_types`` and ``known_speakers``: your own TSV files, added to (and overriding) the
    bundled speaker lexicons; ``cues``: the speech-cue lexicon; ``countries`` and ``blocs``:
    the country words and the blocs of countries (bundled names or paths, replaced by yours);
    ``home``: the country of the outlets, assumed for officials, politicians and ordinary people
    whose country the text does not name (``None``: never assumed); ``type_fallback``: type
    the speakers no rule types from the words around them (the learned fallback of
    :mod:`bias.voices.fallback`; ``False``: they are ``other``; a path or a
    :class:`bias.voices.fallback.TypeFallback`: your own, e.g. trained by
    ``scripts/train_type_fallback.py`` on your gold); ``frame_model``: a trained
    frame model (:class:`bias.models.BiasModel`, or the path of its folder, loaded with the
    usual trust checks) whose prediction replaces the lexicon's frame of every sentence
    (``Sentence.frame_source`` says which decided).  The analyzer owns the
    compiled lexicons and their one :class:`bias.lexicon.Matcher`; it can be pickled (for
    joblib or Dask workers) and reused for any number of texts.
    """

    def __init__(
        self,
        *,
        lexicons: FramingLexicons | None = None,
        source_types: Sequence[str] | None = None,
        known_speakers: Sequence[str] | None = None,
        cues: str = "cues",
        countries: str = "countries",
        blocs: str = "blocs",
        home: str | None = "IN",
        type_fallback: bool | str | os.PathLike | TypeFallback = True,
        frame_model: Any = None,
    ) -> None:
        self.lexicons = lexicons if lexicons is not None else FramingLexicons.load()
        self.attributor = Attributor(
            source_types=source_types,
            known_speakers=known_speakers,
            cues=cues,
            countries=countries,
            blocs=blocs,
        )
        self.home = home
        self.type_fallback = _type_fallback(type_fallback)
        self.frame_model = _frame_model(frame_model)
        self.matcher = Matcher(self.lexicons.phrases() + self.attributor.phrases())

    def analyze(self, text: object) -> Article:
        """Analyse one Hindi news article (see :func:`bias.analyze`; a ``str``, anything else
        is a :class:`TypeError` that says what came)."""
        text = check_str(text)
        norm = normalize(text)
        t = norm.text
        pairing = pair_quotes(t)
        segments = segment_normalized(norm, pairing)
        tokens = TokenTable(t, matcher=self.matcher)
        seg_tokens = tokens.ranges(segments)
        quote_spans, reported_spans = self.attributor.attribute(
            t, tokens, segments, _story_marks(t, pairing, segments), token_ranges=seg_tokens
        )
        lex = self.attributor.lexicon
        entity_spans, quote_spans, reported_spans = link_entities(
            tokens,
            quote_spans,
            reported_spans,
            lex.origins,
            seg_tokens,
            home=self.home,
            contexts=lex.contexts,
            fallback=self.type_fallback,
            own_country=lex.own_country,
            given_names=lex.given_names,
            surnames=lex.surnames,
        )
        voices = voice_map(t, segments, quote_spans, reported_spans)
        totals = new_totals()
        scored = score_segments(
            t,
            tokens,
            segments,
            voices,
            self.lexicons,
            totals,
            token_ranges=seg_tokens,
            model_frames=self._model_frames(t, segments),
            not_cues=_names_and_titles(quote_spans, entity_spans),
        )
        script = script_share(t)
        sentences, quotes, reported = _to_raw(norm, segments, scored, quote_spans, reported_spans)
        if self.frame_model is not None:
            sentences = tuple(s._replace(frame_source="model") for s in sentences)
        entities = tuple(_entity(norm, e, lex.blocs or {}) for e in entity_spans)
        stances = tuple(
            _stance(norm, s, voices)
            for s in find_stances(
                tokens,
                seg_tokens,
                scored,
                quote_spans,
                reported_spans,
                entity_spans,
                conduct=self.lexicons.conduct,
                agents=_agents(tokens, lex),
            )
        )
        summary = summarize(sentences, scored, quotes, reported, totals, entities, stances)
        summary["script_share"] = script
        warnings = _warnings(t, script, pairing)
        return Article(text, sentences, quotes, reported, summary, warnings, entities, stances)

    def _model_frames(self, t: str, segments) -> list[tuple[str, dict]] | None:
        """Each segment's frame and frame scores by the frame model (``None`` without one)."""
        if self.frame_model is None or not segments:
            return None
        proba = self.frame_model.predict_proba([t[a:b] for a, b, _ in segments])
        labels = self.frame_model.labels
        out = []
        for row in proba:
            scores = {"praise": 0.0, "concern": 0.0, "neutral": 0.0}
            scores.update({lab: round(float(p), 4) for lab, p in zip(labels, row)})
            out.append((labels[int(row.argmax())], scores))
        return out

    def score(self, text: object) -> dict[str, float | int | str]:
        """The flat :func:`bias.score` row of one article."""
        return score_from_article(self.analyze(text))

    def __repr__(self) -> str:
        return f"Analyzer(lexicons={self.lexicons.names!r})"


def _names_and_titles(quotes, entities) -> list[tuple[int, int]]:
    """The spans whose words are no frame or tone cues: term quotations (titles, names,
    labels) and the mentions of the article's speakers (their names)."""
    spans = [(q.start, q.end) for q in quotes if q.kind == "term"]
    spans += [m for e in entities for m in e.mentions]
    return spans


def _story_marks(t: str, pairing, segments) -> list:
    """The quotations of the story: those that open in site furniture are left out, and an
    unclosed one ends where furniture starts ("… आकर्षक है.(बीबीसी हिंदी का एंड्रॉयड ऐप …")."""
    furniture = [(a, b) for a, b, kind in segments if kind == "boilerplate"]
    if not furniture:
        return pairing.spans
    starts = [a for a, _ in furniture]

    def in_furniture(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < furniture[k][1]

    def cut_at_furniture(s):
        k = bisect.bisect_right(starts, s.start)
        if s.closed or k == len(starts) or starts[k] >= s.end:
            return s
        end = len(t[s.start : starts[k]].rstrip()) + s.start
        return s._replace(close=starts[k], end=end, close_end=starts[k])

    return [cut_at_furniture(s) for s in pairing.spans if not in_furniture(s.open)]


def _type_fallback(fallback: Any) -> TypeFallback | None:
    """The learned type fallback the ``type_fallback`` argument asks for: ``True`` the bundled
    one, ``False`` none, a path one read from that JSON file, or a :class:`TypeFallback`."""
    if isinstance(fallback, TypeFallback):
        return fallback
    if isinstance(fallback, bool):
        return TypeFallback.load() if fallback else None
    if isinstance(fallback, (str, os.PathLike)):
        return TypeFallback.load(fallback)
    raise InputError(
        "`type_fallback` must be True, False, a path or a TypeFallback; got "
        f"{type(fallback).__name__}"
    )


def _frame_model(model: Any):
    """A frame model given as a :class:`bias.models.BiasModel` or a folder path."""
    if model is None:
        return None
    if isinstance(model, (str, os.PathLike)):
        from .models import load_model

        model = load_model(model)
    labels = set(getattr(model, "labels", ()) or ())
    if getattr(model, "task", None) != "frame" or not labels <= {"praise", "concern", "neutral"}:
        raise InputError(
            "`frame_model` must be a frame model (labels praise, concern, neutral); got task "
            f"{getattr(model, 'task', None)!r} with labels {sorted(labels)}"
        )
    return model


#: the warning of an empty text (or one of white space only)
EMPTY_TEXT = "the text is empty (or white space only): there is nothing to analyse"


def _warnings(t: str, script: dict[str, float], pairing) -> tuple[str, ...]:
    """What a reader of the scores must know: an empty text, text that is not Hindi,
    unbalanced marks."""
    out = []
    if not t.strip():
        out.append(EMPTY_TEXT)
    elif script["devanagari"] < MIN_DEVANAGARI:
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


def _to_raw(norm, segments, scored, quotes, reported):
    """The result types, with every offset of the normalised text mapped to the raw text
    (:meth:`bias.text.Normalized.raw_spans`: the sentences and cue hits in one call)."""
    hits = [h for sc in scored for h in sc.hits]
    raw_starts, raw_ends = norm.raw_spans(
        [s[0] for s in segments] + [h.start for h in hits],
        [s[1] for s in segments] + [h.end for h in hits],
    )
    n = len(segments)
    # the cue hits of all sentences, in order (each sentence takes as many as it has)
    cues = iter(
        [
            CueHit(h.term, a, b, h.lexicon, round4(h.weight))
            for h, a, b in zip(hits, raw_starts[n:], raw_ends[n:])
        ]
    )
    sentences = tuple(
        Sentence(
            start,
            end,
            seg[2],
            sc.voice,
            sc.voice_shares,
            sc.frame,
            sc.frame_scores,
            sc.sentiment,
            sc.sentiment_score,
            tuple(itertools.islice(cues, len(sc.hits))),
            sc.event_tone,
        )
        for seg, sc, start, end in zip(segments, scored, raw_starts, raw_ends)
    )
    return (
        sentences,
        tuple(_quote(norm, q) for q in quotes),
        tuple(_reported(norm, r) for r in reported),
    )


def _raw(norm, span: tuple[int, int] | None) -> tuple[int | None, int | None, str | None]:
    """Raw start, end and text of an optional span of the normalised text."""
    if span is None:
        return None, None, None
    a, b = norm.raw_span(*span)
    return a, b, norm.raw[a:b]


def _entity(norm, e, blocs: dict[str, str]) -> Entity:
    """An entity of the article, in raw offsets, with the bloc of its origin."""
    a, b = norm.raw_span(*e.name)
    mentions = tuple(norm.raw_span(*m) for m in e.mentions)
    bloc = blocs.get(e.origin) if e.origin is not None else None
    return Entity(e.id, norm.raw[a:b], a, b, mentions, e.source_type, e.origin, bloc)


def _stance(norm, s, voices: bytearray) -> Stance:
    """A stance of the article, in raw offsets, with the voice of its cue."""
    ca, cb, cue = _raw(norm, s.cue)
    ha, hb, holder = _raw(norm, s.holder)
    ta, tb, target = _raw(norm, s.target)
    voice = VOICE_NAMES[voices[s.cue[0]]] if s.cue[0] < len(voices) else "narrated"
    return Stance(
        s.sentence,
        s.frame,
        cue or "",
        ca or 0,
        cb or 0,
        voice,
        holder,
        ha,
        hb,
        s.holder_entity,
        target,
        ta,
        tb,
        s.target_entity,
        s.rule,
    )


def _raw_mark(norm, pos: int) -> int:
    """Raw position of the quotation mark at ``pos`` (the raw end for the text's end)."""
    return norm.raw_span(pos, pos + 1)[0] if pos < len(norm.text) else len(norm.raw)


def _quote(norm, q) -> Quote:
    sa, sb, speaker = _raw(norm, q.speaker)
    va, vb, via = _raw(norm, q.via)
    pa, pb, pronoun = _raw(norm, q.pronoun)
    start, end = norm.raw_span(q.start, q.end)
    return Quote(
        start,
        end,
        q.kind,
        speaker,
        sa,
        sb,
        q.source_type,
        q.cue,
        via,
        va,
        vb,
        pronoun,
        pa,
        pb,
        _raw_mark(norm, q.open),
        _raw_mark(norm, q.close),
        q.closed,
        q.rule,
        q.entity,
        q.origin,
    )


def _reported(norm, r) -> Reported:
    sa, sb, speaker = _raw(norm, r.speaker)
    pa, pb, pronoun = _raw(norm, r.pronoun)
    start, end = norm.raw_span(r.start, r.end)
    cue_start, cue_end = norm.raw_span(*r.cue_span)
    return Reported(
        start,
        end,
        speaker,
        sa,
        sb,
        r.source_type,
        r.cue,
        cue_start,
        cue_end,
        pronoun,
        pa,
        pb,
        r.rule,
        r.entity,
        r.origin,
    )


def _agents(tokens: TokenTable, lex) -> dict[int, int]:
    """``{token: length}`` of the phrases that name a body, a role or a country (the voice
    lexicon's source terms and origin words): who can have acted, for a conduct cue's target."""
    found = {i: m[0] for i, m in tokens.matches(lex.sources).items()}
    if lex.origins is not None:
        for i, m in place_words(tokens.matches(lex.origins)).items():
            found.setdefault(i, m[0])
    return found


@functools.lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    """The analyzer built from the bundled lexicons (built once per process)."""
    return Analyzer()


def analyze(text: object, *, analyzer: Analyzer | None = None) -> Article:
    """Analyse one Hindi news article.

    Returns an :class:`bias.Article` with its sentences (voice, frame, sentiment), quotations
    (kind, speaker, cue, source type, the rule that attributed it), reported speech and the
    article summary.  Offsets are indices into ``text``.  Empty or whitespace-only text gives an
    empty article with a warning; text with few Devanagari letters is analysed but carries a warning
    (:attr:`bias.Article.warnings`).  ``analyzer``: your own :class:`Analyzer` (default: the
    bundled lexicons).

    >>> art = analyze("किम ने कहा, “हम साथ हैं।”")
    >>> art.quotes[0].speaker, art.quotes[0].rule
    ('किम', 'ne_subject')
    """
    return (analyzer or default_analyzer()).analyze(text)


def score(text: object, *, analyzer: Analyzer | None = None) -> dict[str, Any]:
    """A flat, JSON-safe summary of one article: one row of a corpus table.

    Columns (:data:`bias.SCORE_COLUMNS`, always all present): counts; the voice shares
    ``voice_<voice>``; ``frame_<voice>_<frame>`` (share of the voice's characters framed so);
    ``sentiment_<voice>``; ``framing_gap_praise`` / ``_concern`` (quoted minus narrated); and
    ``quotes_<source_type>``, the number of direct quotations per source type; ``warnings``, the
    article's warnings joined by " | " ("" when none).  Computed from :func:`analyze`, nothing
    else.
    """
    return score_from_article(analyze(text, analyzer=analyzer))
