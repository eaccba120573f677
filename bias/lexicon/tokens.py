"""The tokens of a normalised text with their keys, stems and lexicon matches.

A :class:`TokenTable` is built once per article and shared by attribution and framing: token
offsets (normalised text), kinds, :func:`bias.lexicon.token_key` keys, :func:`bias.lexicon.stem`
stems, and the matches of a :class:`bias.lexicon.Matcher` (one pass for all lexicons).

>>> from bias.lexicon import Matcher, Phrases
>>> neg = Phrases([("नहीं", "negator")])
>>> tk = TokenTable("अच्छा नहीं।", matcher=Matcher([neg]))
>>> tk.keys, tk.kinds
(('अच्छा', 'नहीं', '।'), ('word', 'word', 'punct'))
>>> tk.matches(neg)
{1: (1, 'negator')}
"""

from __future__ import annotations

import bisect
from typing import Sequence

from ..text import token_offsets
from .matcher import Match, Matcher, Phrases

__all__ = ["TokenTable"]


# the matcher of a table built without one: keys, stems and kinds, no lexicon
_NO_LEXICON = Matcher()


class TokenTable:
    """The tokens of a normalised ``text`` (or the given ``spans``: ``(start, end, kind)``),
    their keys, stems and kinds as parallel tuples, and the matches of ``matcher``."""

    __slots__ = ("starts", "ends", "kinds", "keys", "stems", "_matcher", "_plans", "_found")

    def __init__(
        self,
        text: str,
        spans: Sequence[tuple[int, int, str]] | None = None,
        *,
        matcher: Matcher | None = None,
    ) -> None:
        if spans is None:
            strings, self.starts, self.ends = token_offsets(text)
        else:
            self.starts = [s[0] for s in spans]
            self.ends = [s[1] for s in spans]
            strings = [text[a:b] for a, b in zip(self.starts, self.ends)]
        self._matcher = matcher if matcher is not None else _NO_LEXICON
        # the TokenInfo rows turned into columns (tuples, one per field)
        columns = tuple(zip(*self._matcher.infos(strings))) or ((), (), (), ())
        self.keys, self.stems, kinds, self._plans = columns
        self.kinds = kinds if spans is None else tuple(s[2] for s in spans)
        self._found: dict[Phrases, dict[int, Match]] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after character ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def ranges(
        self, spans: Sequence[tuple[int, int] | tuple[int, int, str]]
    ) -> list[tuple[int, int]]:
        """The token range ``(first, end)`` of each character span ``(start, end, …)``: the
        tokens that start inside it."""
        at = self.index_at
        return [(at(s[0]), at(s[1])) for s in spans]

    def matches(self, phrases: Phrases) -> dict[int, Match]:
        """``{token index: (length, value)}`` of the longest term of ``phrases`` starting at
        each token where one starts.  The lexicons of the table's matcher are found together,
        in one pass, the first time one is asked for; any other lexicon on its own."""
        if phrases in self._matcher:
            if self._found is None:
                self._found = self._matcher.find(self.keys, self.stems, self._plans)
            return self._found[phrases]
        alone = Matcher([phrases])
        plans = [alone.info(k).plan for k in self.keys]  # (a key is its own key)
        return alone.find(self.keys, self.stems, plans)[phrases]
