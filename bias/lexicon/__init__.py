"""Lexicons: files, matching keys and the stemmer, and one labelled matcher.

* :mod:`bias.lexicon.files` — TSV package data or your own files (:func:`load_table`,
  :func:`load_lexicon`);
* :mod:`bias.lexicon.keys` — :func:`term_key`, :func:`token_key`, the light :func:`stem`;
* :mod:`bias.lexicon.matcher` — :class:`Phrases` (a lexicon's terms) and :class:`Matcher`
  (every lexicon found in one pass over the tokens);
* :mod:`bias.lexicon.tokens` — :class:`TokenTable`, a text's tokens with keys, stems, matches.
"""

from __future__ import annotations

from .files import LexiconTable, bundled_lexicons, load_lexicon, load_table
from .keys import SUFFIXES, stem, term_key, term_tokens, token_key
from .matcher import Match, Matcher, Phrases, TokenInfo, bare_word_check
from .tokens import TokenTable

__all__ = [
    "LexiconTable",
    "bundled_lexicons",
    "load_lexicon",
    "load_table",
    "SUFFIXES",
    "stem",
    "term_key",
    "term_tokens",
    "token_key",
    "Match",
    "Matcher",
    "Phrases",
    "bare_word_check",
    "TokenInfo",
    "TokenTable",
]
