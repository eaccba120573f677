"""Spans found by position: the quotations and statements of an article looked up by bisection,
not by a scan (an article may hold thousands of quotations).
"""

from __future__ import annotations

import bisect
from typing import Sequence

__all__ = ["SpanIndex"]


class SpanIndex:
    """Spans (anything with ``start`` and ``end``) found by bisection, not by a scan (an article
    may hold thousands of quotations).

    >>> from collections import namedtuple
    >>> S = namedtuple("S", "start end")
    >>> ix = SpanIndex([S(10, 20), S(0, 5)])
    >>> ix.at(12), ix.at(7)
    (S(start=10, end=20), None)
    >>> ix.ending_in(19, 21)
    S(start=10, end=20)
    """

    def __init__(self, spans: Sequence) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.by_end = sorted(self.spans, key=lambda s: s.end)
        self.ends = [s.end for s in self.by_end]

    def at(self, pos: int):
        """The span that holds character ``pos`` (the last one starting at or before it)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[k] if k >= 0 and pos < self.spans[k].end else None

    def ending_in(self, lo: int, hi: int):
        """The first span (by start) whose end lies in ``[lo, hi]``, or ``None``."""
        k = bisect.bisect_left(self.ends, lo)
        found = []
        while k < len(self.ends) and self.ends[k] <= hi:
            found.append(self.by_end[k])
            k += 1
        return min(found, key=lambda s: s.start) if found else None
