"""The results of :meth:`bias.Analyzer.analyze`: small typed values with ``to_dict()``.

An :class:`Article` holds its :class:`Sentence` s (voice, frame, sentiment, the :class:`CueHit` s
that decided them), :class:`Quote` s, :class:`Reported` speech and a summary.  Every ``start`` /
``end`` is a Python ``str`` index into the **raw** text passed in, end exclusive.
``Article.to_dict()`` is the JSON contract ``bias.article/1`` (``ARCHITECTURE.md``; fields are
added compatibly, a breaking change bumps the schema).  :func:`score_from_article` flattens an
article into one row of a corpus table (:data:`SCORE_COLUMNS`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ._pickle import rebuilt_from_fields

__all__ = [
    "SCHEMA",
    "VOICES",
    "FRAMES",
    "SOURCE_TYPES",
    "Quote",
    "Reported",
    "Entity",
    "Stance",
    "Sentence",
    "CueHit",
    "Article",
    "SCORE_COLUMNS",
    "score_from_article",
]

#: schema id of :meth:`Article.to_dict`
SCHEMA = "bias.article/1"
#: the voices of the summary, in order
VOICES = ("quoted", "reported", "narrated")
#: the frames of a sentence or voice
FRAMES = ("praise", "concern", "neutral")
#: the source types of speakers
SOURCE_TYPES = (
    "government_official",
    "state_media",
    "politician",
    "expert",
    "organisation",
    "media",
    "public",
    "celebrity",
    "anonymous",
    "other",
)
_FRAMES = FRAMES


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
    rule: str | None = None  # the speaker rule that attributed it (bias.voices.SPEAKER_RULES)
    entity: str | None = None  # id of the speaker's entity in Article.entities
    origin: str | None = None  # the country the speaker speaks for (ISO 3166-1 alpha-2)

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
    rule: str | None = None  # the reported-speech rule that found it
    entity: str | None = None  # id of the speaker's entity in Article.entities
    origin: str | None = None  # the country the speaker speaks for (ISO 3166-1 alpha-2)

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Stance(NamedTuple):
    """Who praises or criticises whom: ``holder`` (``None``: the reporter) takes ``frame``
    towards ``target`` (``None``: not said), by the cue ``text[cue_start:cue_end]``."""

    sentence: int  # index in Article.sentences
    frame: str  # "praise" or "concern"
    cue: str
    cue_start: int
    cue_end: int
    voice: str  # the voice of the cue: "quoted", "reported" or "narrated"
    holder: str | None
    holder_start: int | None
    holder_end: int | None
    holder_entity: str | None  # id in Article.entities
    target: str | None
    target_start: int | None
    target_end: int | None
    target_entity: str | None
    rule: str  # how the holder was found (HOLDER_RULES: quote, reported, headline, …) or narrator

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Entity(NamedTuple):
    """A speaker of the article: one person or body, all the phrases that name it as a
    speaker (names, surnames, roles, resolved pronouns), its source type and origin."""

    id: str  # "e1", "e2", … in order of first mention
    name: str  # the most complete name
    start: int  # of the name
    end: int
    mentions: tuple[tuple[int, int], ...]  # (start, end) of every mention
    source_type: str | None
    origin: str | None  # ISO 3166-1 alpha-2 (or EU, NATO, UN, WEST)
    bloc: str | None  # the origin's bloc (blocs.tsv), e.g. "west"

    def to_dict(self) -> dict[str, Any]:
        d = self._asdict()
        d["mentions"] = [list(m) for m in self.mentions]
        return d


class CueHit(NamedTuple):
    """A lexicon cue found in a sentence: why it got its frame and sentiment.

    (A named tuple: articles hold hundreds of them, and they are cheap to build.)"""

    term: str  # the text that matched (normalised)
    start: int
    end: int
    lexicon: str  # "praise", "concern", "sentiment" or "event" (an event word: tone only)
    weight: float  # after negation, intensifiers and contrast

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Sentence(NamedTuple):
    """A segment of the article with its voice, frame and sentiment."""

    start: int
    end: int
    kind: str  # "sentence", "headline", "credit" or "boilerplate" (site furniture)
    voice: str  # "quoted", "reported", "narrated" or "mixed"
    voice_shares: dict[str, float]
    frame: str
    frame_scores: dict[str, float]
    sentiment: str
    sentiment_score: float
    cues: tuple[CueHit, ...] = ()
    #: the tone of the events the sentence reports (deaths, disasters < 0 < a win, relief),
    #: in [-1, 1]: what a factual report carries instead of a frame
    event_tone: float = 0.0
    #: what decided ``frame``: "lexicon" (the cues) or "model" (a trained frame model)
    frame_source: str = "lexicon"

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
            "event_tone": self.event_tone,
            "frame_source": self.frame_source,
        }


@dataclass(frozen=True)
class Article:
    """The analysis of one article.  Offsets index :attr:`text`."""

    text: str
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    reported: tuple[Reported, ...]
    summary: dict[str, Any]
    warnings: tuple[str, ...] = field(default=())
    entities: tuple[Entity, ...] = field(default=())
    stances: tuple[Stance, ...] = field(default=())

    def __reduce__(self) -> tuple:
        return rebuilt_from_fields(self)  # (pickles the same when compiled: bias/_pickle.py)

    def to_dict(self) -> dict[str, Any]:
        """The ``bias.article/1`` JSON contract (plain, JSON-safe types)."""
        return {
            "schema": SCHEMA,
            "length": len(self.text),
            "sentences": [s.to_dict() for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "reported": [r.to_dict() for r in self.reported],
            "entities": [e.to_dict() for e in self.entities],
            "stances": [s.to_dict() for s in self.stances],
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


#: how the ``warnings`` column of a score row joins an article's warnings ("" when none)
WARNING_SEPARATOR = " | "

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
        "warnings",
    )
    + tuple(f"voice_{v}" for v in VOICES)
    + tuple(f"frame_{v}_{f}" for v in VOICES for f in _FRAMES)
    + tuple(f"sentiment_{v}" for v in VOICES)
    + ("framing_gap_praise", "framing_gap_concern")
    + tuple(f"quotes_{t}" for t in SOURCE_TYPES)
    + ("quotes_unknown_source",)
)


def score_from_article(art: Article) -> dict[str, float | int | str]:
    """The :func:`bias.score` row of an analysed article: :data:`SCORE_COLUMNS`, all present."""
    s = art.summary
    row: dict[str, float | int | str] = {
        "n_chars": len(art.text),
        "n_sentences": s["counts"]["sentences"],
        "n_quotes": s["counts"]["quotes"],
        "n_terms": s["counts"]["terms"],
        "n_reported": s["counts"]["reported"],
        "devanagari_share": s["script_share"]["devanagari"],
        "n_warnings": len(art.warnings),
        "warnings": WARNING_SEPARATOR.join(art.warnings),
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
