"""What attribution gives: small frozen values in normalised offsets.

:func:`bias.analyze` maps them to raw offsets in :class:`bias.Quote` and
:class:`bias.Reported`.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Speaker", "Attribution", "QuoteSpan", "ReportedSpan", "NO_SPEAKER"]

Span = tuple[int, int]


class Speaker(NamedTuple):
    """Who speaks, in character offsets of the normalised text.

    ``span`` is the name (its title stripped: "प्रधानमंत्री नरेंद्र मोदी" → "नरेंद्र मोदी"),
    or the name a pronoun resolved to; ``pronoun`` the pronoun that named the speaker;
    ``span`` is ``None`` for the writer or reader ("हमने कहा"), who are not sources.

    >>> Speaker((0, 6), None, "government_official").source_type
    'government_official'
    """

    span: Span | None
    pronoun: Span | None
    source_type: str | None


#: a speaker phrase that names no source (a first or second person pronoun)
NO_SPEAKER = Speaker(None, None, None)


class Attribution(NamedTuple):
    """What a speaker rule found for a quotation: who, the cue, and the rule's name.

    ``cue`` is the attribution's words ("ने … कहा", ":", "के अनुसार"); ``cue_span`` and
    ``via`` (the ``Y`` of "Y के अनुसार X ने …") are character spans.

    >>> a = Attribution(Speaker((0, 6), None, "other"), ":", (6, 7), None, "colon_intro")
    >>> a.rule
    'colon_intro'
    """

    speaker: Speaker
    cue: str | None
    cue_span: Span | None
    via: Span | None
    rule: str


class QuoteSpan(NamedTuple):
    """A quotation in normalised offsets (internal; see :class:`bias.Quote`)."""

    start: int
    end: int
    open: int
    close: int
    kind: str
    speaker: Span | None
    pronoun: Span | None
    source_type: str | None
    cue: str | None
    cue_span: Span | None
    via: Span | None
    closed: bool = True
    rule: str | None = None  # the rule that attributed it (None: a term, or no rule applied)
    entity: str | None = None  # the id of the speaker's entity (bias.voices.entities)
    origin: str | None = None  # the country the speaker speaks for (ISO 3166-1 alpha-2)


class ReportedSpan(NamedTuple):
    """Indirect speech in normalised offsets (internal; see :class:`bias.Reported`)."""

    start: int
    end: int
    speaker: Span | None
    pronoun: Span | None
    source_type: str | None
    cue: str
    cue_span: Span
    rule: str | None = None  # the reported-speech rule that found it
    entity: str | None = None  # the id of the speaker's entity (bias.voices.entities)
    origin: str | None = None  # the country the speaker speaks for (ISO 3166-1 alpha-2)
