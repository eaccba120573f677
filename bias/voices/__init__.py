"""Who speaks in an article: quotations, their kind, speaker, cue and source type, and
reported speech.

How a quotation's speaker is chosen: the first of :data:`SPEAKER_RULES` that applies
(``colon_intro``, ``verb_before``, ``ne_subject``, ``according_to``,
``speaker_after``, ``previous_sentence``, ``source_noun``), then, for a direct
quotation, of :data:`FALLBACKS` (``continuation``, ``previous_subject``); each is a
named function in :mod:`bias.voices.rules`, and every result records its ``rule``.
Reported speech: :mod:`bias.voices.reported`; pronouns, names and source types:
:mod:`bias.voices.speakers`; direct quotation or term: :mod:`bias.voices.kinds`; the voice of
every character (narrated, reported, quoted): :mod:`bias.voices.voice_map`.

>>> import bias
>>> [(q.speaker, q.rule) for q in bias.analyze("प्रवक्ता: “हम बातचीत को तैयार हैं।”").quotes]
[('प्रवक्ता', 'colon_intro')]
"""

from __future__ import annotations

from .attributor import Attributor, default_attributor
from .context import ArticleContext, QuoteContext
from .results import Attribution, QuoteSpan, ReportedSpan, Speaker
from .rules import FALLBACKS, SPEAKER_RULES
from .voice_map import voice_map

__all__ = [
    "Attributor",
    "default_attributor",
    "QuoteSpan",
    "ReportedSpan",
    "Attribution",
    "Speaker",
    "ArticleContext",
    "QuoteContext",
    "SPEAKER_RULES",
    "FALLBACKS",
    "voice_map",
]
