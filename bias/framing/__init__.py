"""Framing (praise / concern / neutral) and sentiment, per sentence and per voice.

The scorer follows VADER's design, adapted to Hindi.  Where each part lives:

* :mod:`~bias.framing.lexicons` — the lexicons (:class:`FramingLexicons`).
  Tokens and entries go through the same key and light stemmer
  (:func:`bias.lexicon.stem`, after Ramanathan & Rao 2003), so चिंता /
  चिंताएं / चिंताओं all match ``चिंता``; multiword entries ("गहरी चिंता")
  match as token sequences, longest first.
* :mod:`~bias.framing.modifiers` — one rule each: contrast (after लेकिन the
  clause weighs 1.5, before it 0.5; the clause of हालांकि 0.5, the rest 1.5),
  intensity (बहुत / थोड़ा in the two tokens before a cue scale it by
  ``1 ± factor``), resolvers ("चिंता की कोई बात नहीं" cancels the worry) and
  counter-actions ("आतंकवाद से निपटने" cancels the frame, not the negative
  wording), negation (a negator in the *four* tokens after a cue, within its
  clause, or right before it; बिना in the four tokens before; के बिना / रहित
  right after: a valence is multiplied by VADER's ``-0.74``, a frame cue
  counts :data:`NEGATED_FRAME` of its weight for the opposite frame).
* :mod:`~bias.framing.cues` — the lexicon matches of a text and the hits of
  each sentence with the modifiers applied; the cues of one noun phrase
  (adjacent or joined by का/के/की) count once, at their strongest.
* :mod:`~bias.framing.scores` — sentence scores: sentiment ``s / sqrt(s*s +
  ALPHA)`` (VADER's ``normalize``, labels at ±0.05); frame scores ``P/T``,
  ``C/T``, ``NEUTRAL_MASS/T`` with ``T = P + C + NEUTRAL_MASS`` (evaluative
  wording adds 0.4 of its valence to P or C), the frame the largest of the
  three (neutral on ties); the pieces of one voice and their totals.
* :mod:`~bias.framing.summary` — the article summary per voice.

>>> score_text("सरकार की कड़ी आलोचना हुई, लेकिन किसानों ने स्वागत किया।").frame
'praise'
"""

from __future__ import annotations

from .cues import Hit
from .lexicons import FramingLexicons, default_lexicons
from .modifiers import NEGATED_FRAME
from .scores import (
    ALPHA,
    MIXED_BELOW,
    NEUTRAL_MASS,
    Scored,
    new_totals,
    round4,
    score_segments,
    score_text,
)
from .summary import summarize

__all__ = [
    "FramingLexicons",
    "default_lexicons",
    "score_text",
    "score_segments",
    "new_totals",
    "summarize",
    "Hit",
    "Scored",
    "round4",
    "ALPHA",
    "NEUTRAL_MASS",
    "NEGATED_FRAME",
    "MIXED_BELOW",
]
