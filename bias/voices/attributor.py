"""The attribution stage: an article's quotations (kind, speaker, cue, source type) and
its reported speech.

Works on the normalised text (offsets of :class:`bias.text.Normalized.text`);
:func:`bias.analyze` maps every result back to raw offsets.  The steps:

1. :func:`~bias.voices.speakers.learn_titles` and
   :func:`~bias.voices.speakers.subject_mentions` read the article once;
2. :func:`~bias.voices.reported.find_reported` finds reported speech
   (:data:`~bias.voices.reported.REPORTED_RULES`);
3. each quotation gets the first attribution of
   :data:`~bias.voices.rules.SPEAKER_RULES`, its kind
   (:func:`~bias.voices.kinds.term_reason`) and, when direct and still without a
   speaker, the first of :data:`~bias.voices.rules.FALLBACKS`.
"""

from __future__ import annotations

import functools
import os
from typing import Iterable, Sequence, Union

from mypy_extensions import mypyc_attr

from ..lexicon import Phrases, TokenTable
from ..text import MarkSpan, pair_quotes
from ..text.marks import mark_family
from .context import ArticleContext, Mention, QuoteContext
from .cues import VoiceLexicon
from .kinds import term_reason
from .reported import find_reported
from .results import QuoteSpan, ReportedSpan, Speaker
from .rules import FALLBACKS, SPEAKER_RULES, select
from .speakers import learn_titles, subject_mentions
from .topics import topic_mentions

__all__ = ["Attributor", "default_attributor"]

PathLike = Union[str, os.PathLike]


# picklable when compiled with mypyc (setup.py says why both flags)
@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)
class Attributor:
    """Finds quotations' kinds and speakers, and reported speech.

    Built from lexicons (bundled by default); pass your own ``source_types``
    and ``known_speakers`` TSV files to extend them — their entries are added
    to (and override) the bundled ones.

    >>> quotes, reported = default_attributor().attribute(
    ...     "मंत्री ने कहा, “हम तैयार हैं।”", None, [(0, 29)], None)
    >>> [(q.kind, q.cue, q.source_type, q.rule) for q in quotes]
    [('direct', 'ने … कहा', 'government_official', 'ne_subject')]
    """

    def __init__(
        self,
        *,
        source_types: Iterable[PathLike] | None = None,
        known_speakers: Iterable[PathLike] | None = None,
        cues: PathLike = "cues",
        countries: PathLike = "countries",
        blocs: PathLike = "blocs",
    ) -> None:
        self.lexicon = VoiceLexicon.load(
            source_types=source_types,
            known_speakers=known_speakers,
            cues=cues,
            countries=countries,
            blocs=blocs,
        )

    def phrases(self) -> tuple[Phrases, ...]:
        """The lexicons whose matches the rules read: part of the analyzer's one matcher."""
        return self.lexicon.phrases()

    def context(
        self,
        text: str,
        tokens: TokenTable | Sequence[tuple[int, int, str]] | None = None,
        sentences: Sequence[tuple[int, int, str]] | Sequence[tuple[int, int]] | None = None,
        spans: Sequence[MarkSpan] | None = None,
        *,
        token_ranges: list[tuple[int, int]] | None = None,
    ) -> ArticleContext:
        """What the rules see of the normalised ``text``, its titles and subject mentions
        learned (see :meth:`attribute` for the arguments; by default the text is
        tokenised, segmented and its quotation marks paired here).

        >>> art = default_attributor().context("प्रवक्ता: “हम बातचीत को तैयार हैं।”")
        >>> from bias.voices.rules import colon_intro
        >>> colon_intro(art, art.quote(0)).rule
        'colon_intro'
        """
        if not isinstance(tokens, TokenTable):
            tokens = TokenTable(text, tokens)
        if sentences is None:
            from ..text import segment

            sentences = [(s.start, s.end) for s in segment(text)]
        if spans is None:
            spans = pair_quotes(text).spans
        art = ArticleContext.of(
            text,
            tokens,
            sentences,
            merge_adjacent(text, spans),
            self.lexicon,
            token_ranges=token_ranges,
        )
        learn_titles(art)
        mentions = subject_mentions(art)
        art.set_mentions(sorted(mentions + topic_mentions(art, mentions), key=_start))
        return art

    def attribute(
        self,
        text: str,
        tokens: TokenTable | Sequence[tuple[int, int, str]] | None,
        sentences: Sequence[tuple[int, int, str]] | Sequence[tuple[int, int]],
        spans: Sequence[MarkSpan] | None,
        *,
        token_ranges: list[tuple[int, int]] | None = None,
    ) -> tuple[list[QuoteSpan], list[ReportedSpan]]:
        """Quotations and reported speech of one article (normalised offsets).

        ``tokens`` is the article's :class:`bias.lexicon.TokenTable` (or its token
        spans, or ``None``); ``sentences`` are the (start, end) of the article's units
        in reading order; ``spans`` the top-level quotation spans of
        :func:`bias.text.pair_quotes` (``None``: paired here); ``token_ranges``: the
        sentences' token ranges (:meth:`bias.lexicon.TokenTable.ranges`), when the
        caller has them.
        """
        art = self.context(text, tokens, sentences, spans, token_ranges=token_ranges)
        reported = find_reported(art)
        # what each source is reported to say (a span that holds its own speaker starts
        # after the speaker: "X ने Y की तारीफ़ की")
        art.reported_clauses = sorted(
            (
                max(r.start, r.speaker[1]) if r.speaker and r.start <= r.speaker[0] else r.start,
                r.end,
            )
            for r in reported
        )
        for r in reported:
            art.last_speaker[art.sentence_of(r.start)] = Speaker(
                r.speaker, r.pronoun, r.source_type
            )
        quotes = []
        for index in range(len(art.marks)):
            quotes.append(attribute_quote(art, art.quote(index)))
        return quotes, reported


def attribute_quote(art: ArticleContext, q: QuoteContext) -> QuoteSpan:
    """The kind and attribution of one quotation (candidates, then one selection): the
    first of the speaker rules; a term when :func:`~bias.voices.kinds.term_reason` says
    so; for a direct quotation no speaker rule attributes, the first of the fallbacks.
    The speaker becomes the last speaker of its sentence (for continuations)."""
    found = select(SPEAKER_RULES, art, q)
    kind = "direct" if term_reason(art, q, attributed=found is not None) is None else "term"
    if kind == "direct" and found is None:
        found = select(FALLBACKS, art, q)
    m = q.mark
    if kind == "term" or found is None:
        return QuoteSpan(
            m.start,
            m.end,
            m.open,
            m.close,
            kind,
            speaker=None,
            pronoun=None,
            source_type=None,
            cue=None,
            cue_span=None,
            via=None,
            closed=m.closed,
        )
    speaker = found.speaker
    if speaker.span is not None:
        art.last_speaker[q.sentence] = speaker
    return QuoteSpan(
        m.start,
        m.end,
        m.open,
        m.close,
        kind,
        speaker=speaker.span,
        pronoun=speaker.pronoun,
        source_type=speaker.source_type,
        cue=found.cue,
        cue_span=found.cue_span,
        via=found.via,
        closed=m.closed,
        rule=found.rule,
    )


def merge_adjacent(text: str, spans: Sequence[MarkSpan]) -> list[MarkSpan]:
    """“…” “…” with nothing but spaces between is one quotation closed and reopened (marks
    of one family: ``"…"'फिल्म'`` is a quotation and a title).  So are marks glued with nothing
    at all between, a closing mark and its own opening one (``…है.""वो …``, ``…है.’‘इस …``):
    the guide's "closed and reopened with nothing between, one speaker goes on".  (Session 14
    kept glued pairs apart, measured on a smaller dev split; on the dev split of session 16, with
    31 more BBC documents, joining them raises BBC direct-quote exact F1 0.915 -> 0.937 and
    changes nothing elsewhere.)  A doubled closing mark (``''``) followed by a third is not
    joined: the third opens something new.

    >>> [(s.start, s.end) for s in merge_adjacent("“क” “ख”", pair_quotes("“क” “ख”").spans)]
    [(1, 6)]
    >>> len(merge_adjacent("“क”'ख'", pair_quotes("“क”'ख'").spans))
    2
    >>> len(merge_adjacent('"क.""ख."', pair_quotes('"क.""ख."').spans))
    1
    """
    out: list[MarkSpan] = []
    for s in spans:
        if out:
            p = out[-1]
            between = text[p.close_end : s.open]
            spaced = bool(between) and not between.strip() and "\n" not in between
            if p.closed and s.open > p.close and (spaced or resumed_at_once(text, p, s)) and (
                mark_family(p.mark) == mark_family(s.mark)
            ):
                out[-1] = MarkSpan(
                    p.open, s.close, p.start, s.end, p.mark, 0, s.closed, s.close_end
                )
                continue
        out.append(s)
    return out


#: a closing mark and the opening mark that resumes the same quotation right after it
_RESUMED = frozenset({('"', '"'), ("”", "“"), ("’", "‘")})


def resumed_at_once(text: str, before: MarkSpan, after: MarkSpan) -> bool:
    """Does ``after`` open right where ``before`` closes, with a single closing mark and its
    own opening one (``""``, ``”“``, ``’‘``)?"""
    return (
        after.open == before.close_end == before.close + 1
        and (text[before.close], text[after.open]) in _RESUMED
    )


@functools.lru_cache(maxsize=1)
def default_attributor() -> Attributor:
    """The attributor built from the bundled lexicons (cached)."""
    return Attributor()


def _start(mention: Mention) -> int:
    return mention.start
