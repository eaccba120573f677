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


# ----------------------------------------------------------------------------
# TEMPORARY: the old private names that lexicon.py, quotes.py, framing.py,
# article.py, features.py, scripts/ and tests/test_fast_paths.py import.
# Remove this block once they use the public names above.

from .tokens import _LETTER_CLASS  # noqa: E402, F401

_check_str = check_str
_segment_normalized = segment_normalized
_token_spans = token_spans
_token_offsets = token_offsets


def _tokens(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    strings, starts, ends = token_offsets(text)
    return strings, starts, ends, [token_kind(s) for s in strings]


class _KindOfFirst(dict):
    """First character of a token -> its kind (old name of :func:`token_kind`)."""

    def __missing__(self, ch: str) -> str:
        return token_kind(ch)


_KIND_OF_FIRST = _KindOfFirst()


class _Cache(dict):
    """A dictionary that computes a missing value with ``fn`` and is cleared
    when it passes 200,000 entries (per-token caches stay bounded)."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        if len(self) > 200_000:
            self.clear()
        v = self[key] = self.fn(key)
        return v
