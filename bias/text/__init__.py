"""The text layer: normalisation with an exact offset map, tokens, segments, quotation marks.

Everything downstream reads Hindi text through this package.  Results always
carry offsets into the **raw** text the caller passed in (Python ``str``
indices, end exclusive), however much normalisation changed the string.

* :func:`normalize` (:mod:`.normalize`): NFC, indic-nlp's character rules
  without its defects, nukta handling, and the map back to the raw text;
* :func:`tokenize` (:mod:`.tokens`): word, number and punctuation tokens;
* :func:`segment` (:mod:`.segment`): sentences, headlines and credit lines,
  never cut inside a quotation;
* :func:`pair_quotes` (:mod:`.marks`): which quotation marks open and close
  which spans;
* :func:`read_text` (:mod:`.io`): files in UTF-8 or UTF-16, with the byte
  offset of invalid input;
* :func:`script_share` (:mod:`._scan`, with the other whole-text scans).
"""

from __future__ import annotations

from ._scan import script_share
from .io import MAX_FILE_BYTES, check_str, decode_bytes, read_text
from .marks import QUOTE_CHARS, MarkPairing, MarkSpan, pair_quotes
from .normalize import NUKTA_MODES, Normalized, normalize
from .segment import ABBREVIATIONS, Segment, segment, segment_normalized
from .tokens import Token, token_kind, token_offsets, token_spans, tokenize

__all__ = [
    "normalize",
    "Normalized",
    "NUKTA_MODES",
    "tokenize",
    "Token",
    "token_offsets",
    "token_kind",
    "token_spans",
    "segment",
    "Segment",
    "segment_normalized",
    "pair_quotes",
    "MarkSpan",
    "MarkPairing",
    "QUOTE_CHARS",
    "ABBREVIATIONS",
    "read_text",
    "decode_bytes",
    "MAX_FILE_BYTES",
    "check_str",
    "script_share",
]
