"""Pairing of quotation marks.

This is the lowest layer of quotation handling: it only decides which marks
open and close which spans.  It knows nothing of speakers (see
:mod:`bias.quotes`) and is used by :func:`bias.text.segment` so that sentences
are never cut inside a quotation.

Rules, in the order they are applied to each mark from left to right:

* curly marks carry a direction (“ ‘ « ‹ open, ” ’ » › close, „ opens and is
  closed by “ or ”); a mark used against its direction is accepted when the
  context leaves no doubt (``”पुतिन`` after a space opens);
* straight ``"`` and ``'`` take their direction from the context: after a
  space or at a line start they open, before a space or punctuation they
  close;
* ``'`` and ``’`` between two letters are apostrophes (ओ'ब्रायन), never quotes;
* a quote inside a quote is nested: only the outermost span is a quotation,
  inner spans are kept as its children;
* a double quotation still open at the end of a paragraph continues into the
  next paragraph when that paragraph starts with a new opening mark (the
  convention of reopening the mark at each paragraph); otherwise it is closed
  at the end of its paragraph and flagged ``closed=False``;
* an unmatched single mark is dropped (it is most often an apostrophe), an
  unmatched closing mark is ignored and counted in ``stray``.

Everything is linear in the number of marks: no backtracking.
"""

from __future__ import annotations

import operator
import re
from typing import NamedTuple

__all__ = ["MarkSpan", "MarkPairing", "pair_quotes", "QUOTE_CHARS"]

# family ids
_DOUBLE, _SINGLE, _GUILL, _GUILL1 = 0, 1, 2, 3

#: every character that can act as a quotation mark
QUOTE_CHARS = "\"'“”„‘’‚«»‹›"

# every mark and newline.  Doubled single marks ('' ‘‘ ’’) are one double mark, as
# typed in many Hindi papers: they are recognised after the match (one character
# class is much faster for the regex engine to scan for than an alternation)
_MARK_RE = re.compile(r"[\"'“”„‘’‚«»‹›\n]")
_ANY_MARK = re.compile(r"[\"'“”„‘’‚«»‹›]")
#: quotations nested deeper than this are treated as stray marks
MAX_DEPTH = 8
_DOUBLED = {"''": '"', "‘‘": "“", "’’": "”"}
_START = operator.methodcaller("start")
_OPEN_PUNCT = set("([{<—–-:/")
_CLOSE_PUNCT = set(".,;:!?।॥)]}>-—–…")


class MarkSpan(NamedTuple):
    """A paired quotation, in offsets of the string that was paired.

    ``open``/``close`` are the positions of the marks (``close`` is the
    position where the span was cut when it had no closing mark) and
    ``close_end`` the position after the closing mark; ``start``/``end``
    delimit the content without marks and surrounding spaces; ``depth`` is 0
    for a top-level quotation.
    """

    open: int
    close: int
    start: int
    end: int
    mark: str
    depth: int
    closed: bool
    close_end: int


class MarkPairing(NamedTuple):
    """Result of :func:`pair_quotes`."""

    spans: list[MarkSpan]  # top-level quotations, in order
    nested: list[MarkSpan]  # quotations inside other quotations
    stray: list[int]  # positions of marks that close nothing
    reopen: list[int]  # positions of paragraph-reopening marks absorbed into a span


def _is_letter(ch: str) -> bool:
    # Devanagari letters and vowel signs, Latin letters, digits
    return ch.isalnum() or "\u0900" <= ch <= "\u097f" and ch not in "।॥"


def _family(ch: str) -> int:
    if ch in '"“”„':
        return _DOUBLE
    if ch in "'‘’‚":
        return _SINGLE
    if ch in "«»":
        return _GUILL
    return _GUILL1


class _Open:
    __slots__ = ("pos", "mark", "family", "width")

    def __init__(self, pos: int, mark: str, family: int, width: int = 1) -> None:
        self.pos = pos
        self.mark = mark
        self.family = family
        self.width = width


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim whitespace inside ``text[a:b]``."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _line_start_mark(text: str, pos: int) -> tuple[int, str] | None:
    """First non-space character after a newline at ``pos``, if it is an opening mark."""
    n = len(text)
    i = pos + 1
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] in "“„‘«‹\"'":
        return i, text[i]
    return None


def pair_quotes(text: str) -> MarkPairing:
    """Pair the quotation marks of ``text`` (see the module doc for the rules)."""
    if _ANY_MARK.search(text) is None:
        return MarkPairing([], [], [], [])
    stack: list[_Open] = []
    spans: list[MarkSpan] = []
    nested: list[MarkSpan] = []
    stray: list[int] = []
    reopen: list[int] = []
    skip: set[int] = set()
    n = len(text)

    def close_top(close_pos: int, end_pos: int, closed: bool, width: int = 1) -> None:
        op = stack.pop()
        a, b = _content(text, op.pos + op.width, end_pos)
        span = MarkSpan(
            op.pos,
            close_pos,
            a,
            b,
            op.mark,
            len(stack),
            closed,
            close_pos + (width if closed else 0),
        )
        # inner spans go straight to one flat list: no copying between levels (linear time)
        (nested if stack else spans).append(span)

    after_double = -1
    for pos in map(_START, _MARK_RE.finditer(text)):
        if pos == after_double:
            continue  # the second half of a doubled mark
        ch = text[pos]
        width = 1
        if ch in "'‘’" and text[pos + 1 : pos + 2] == ch:
            ch = _DOUBLED[ch + ch]
            width = 2
            after_double = pos + 1
        if pos in skip:
            continue
        if ch == "\n":
            if not stack:
                continue
            nxt = _line_start_mark(text, pos)
            outer = stack[0]
            if nxt is not None and _family(nxt[1]) == outer.family and outer.family != _SINGLE:
                # paragraph convention: the quotation goes on; drop inner unclosed marks
                while len(stack) > 1:
                    stack.pop()
                skip.add(nxt[0])
                reopen.append(nxt[0])
                continue
            # close everything at the end of this paragraph
            end = pos
            while end > 0 and text[end - 1].isspace() and end - 1 > stack[-1].pos:
                end -= 1
            while stack:
                top = stack[-1]
                if top.family == _SINGLE and len(stack) > 0:
                    stack.pop()  # an unmatched single mark is most likely an apostrophe
                    continue
                close_top(end, end, False)
            continue

        prev = text[pos - 1] if pos > 0 else " "
        nxt_ch = text[pos + width] if pos + width < n else " "
        fam = _family(ch)
        if ch in "'’" and _is_letter(prev) and _is_letter(nxt_ch):
            continue  # apostrophe inside a word
        open_ctx = (
            prev.isspace() or prev in _OPEN_PUNCT or prev in QUOTE_CHARS
        ) and not nxt_ch.isspace()
        close_ctx = (not prev.isspace()) and (
            nxt_ch.isspace() or nxt_ch in _CLOSE_PUNCT or nxt_ch in QUOTE_CHARS or pos + width >= n
        )
        open_idx = -1
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].family == fam:
                open_idx = i
                break

        if ch in "“‘«‹„‚":
            # “ closes a „…“ quotation, or a “…“ typo when the context says so
            role = "open"
            if (
                open_idx >= 0
                and ch in "“‘"
                and (stack[open_idx].mark in "„‚" or (close_ctx and not open_ctx))
            ):
                role = "close"
        elif ch in "”’»›":
            if open_idx >= 0:
                role = "close"
            elif open_ctx and not close_ctx:
                role = "open"  # a right mark used to open
            else:
                role = "stray"
        else:  # straight marks
            if open_idx >= 0 and stack[open_idx].mark == '"' and ch == '"':
                role = "close"  # nested straight double quotes are rare; spacing errors are not
            elif (
                open_idx >= 0 and stack[open_idx].mark in "\"'" and not (open_ctx and not close_ctx)
            ):
                role = "close"
            elif open_ctx:
                role = "open"
            elif open_idx >= 0:
                role = "close"
            elif fam == _SINGLE and stack and stack[-1].mark == '"' and close_ctx and not open_ctx:
                # “…' typed with the wrong closing mark
                open_idx = len(stack) - 1
                role = "close"
            elif fam == _SINGLE:
                role = "stray"  # e.g. a trailing apostrophe: 90s'
            else:
                role = "open"

        if role == "open" and len(stack) >= MAX_DEPTH:
            role = "stray"  # deeper nesting is noise, not text: keeps every step O(MAX_DEPTH)
        if role == "open":
            stack.append(_Open(pos, ch, fam, width))
        elif role == "close":
            # unmatched marks above the one we close are dropped (apostrophes, typos)
            while len(stack) - 1 > open_idx:
                stack.pop()
            close_top(pos, pos, True, width)
        else:
            stray.append(pos)

    if stack:
        end = n
        while end > 0 and text[end - 1].isspace():
            end -= 1
        while stack:
            if stack[-1].family == _SINGLE:
                stack.pop()
                continue
            close_top(max(end, stack[-1].pos + 1), max(end, stack[-1].pos + 1), False)
    spans.sort()
    nested.sort()
    return MarkPairing(spans, nested, stray, reopen)
