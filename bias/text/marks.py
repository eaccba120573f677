"""Pairing of quotation marks.

This is the lowest layer of quotation handling: it only decides which marks
open and close which spans.  It knows nothing of speakers (see
:mod:`bias.quotes`) and is used by :func:`bias.text.segment` so that sentences
are never cut inside a quotation.

Rules, in the order they are applied to each mark from left to right:

* curly marks carry a direction (“ ‘ « ‹ open, ” ’ » › close, „ opens and is
  closed by “ or ”); a mark used against its direction is accepted when the
  context leaves no doubt (``”पुतिन`` after a space opens):
  :func:`_left_mark_role`, :func:`_right_mark_role`;
* straight ``"`` and ``'`` take their direction from the context: after a
  space or at a line start they open, before a space or punctuation they
  close (:func:`_opening_context`, :func:`_closing_context`,
  :func:`_straight_mark_role`); a mark with a space on both sides closes an
  open mark of its family, else opens (``कहा , ' हम तैयार हैं '``);
* a mark typed after a speech cue's comma and before a space opens when nothing of its
  family is open, whatever its direction (``ट्वीट किया,’ हमने …।‘``: :func:`_spaced_after_cue`);
  two straight ``""`` glued after a sentence, with none open, are a stray mark and an opening
  one (:func:`_glued_double`);
* a closing mark glued after a sentence end with nothing open closes a quotation whose
  opening mark was lost, from the last speech cue of its paragraph
  (:meth:`_Pairer.recover_lost_open`: ``बताया कि, यह … दिया।’``);
* a quotation left unclosed ends where the reporter resumes in the third person
  (:func:`narration_resumes`: ``“… होगा. उन्होंने कहा कि …``);
* ``'`` and ``’`` between two letters are apostrophes (ओ'ब्रायन), never quotes
  (:func:`_is_apostrophe`);
* a quote inside a quote is nested: only the outermost span is a quotation,
  inner spans are kept as its children;
* a double quotation still open at the end of a paragraph continues into the
  next paragraph when that paragraph starts with a new opening mark (the
  convention of reopening the mark at each paragraph); otherwise it is closed
  at the end of its paragraph and flagged ``closed=False``
  (:meth:`_Pairer.at_newline`);
* an unmatched single mark is dropped (it is most often an apostrophe) and the
  quotations inside it move up a level (:meth:`_Pairer.lift_children`), an
  unmatched closing mark is ignored and counted in ``stray``.

Everything is linear in the number of marks: no backtracking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "MAX_DEPTH",
    "QUOTE_CHARS",
    "MarkPairing",
    "MarkSpan",
    "mark_family",
    "narration_resumes",
    "pair_quotes",
]

#: every character that can act as a quotation mark
QUOTE_CHARS = "\"'“”„‘’‚«»‹›"
#: quotations nested deeper than this are treated as stray marks
MAX_DEPTH = 8

# family ids: a mark closes only a mark of its own family
_DOUBLE, _SINGLE, _GUILL, _GUILL1 = 0, 1, 2, 3
# every mark and newline (one character class: the regex engine scans for it fast)
_MARK_RE = re.compile(r"[\"'“”„‘’‚«»‹›\n]")
_ANY_MARK = re.compile(r"[\"'“”„‘’‚«»‹›]")
# doubled single marks ('' ‘‘ ’’) are one double mark, as typed in many Hindi papers
_DOUBLED = {"''": '"', "‘‘": "“", "’’": "”"}
_LEFT_MARKS = "“‘«‹„‚"
_RIGHT_MARKS = "”’»›"
_LINE_OPENERS = "“„‘«‹\"'"
_OPEN_PUNCT = frozenset("([{<—–-:/,")
# sentence ends: a mark glued after one and before a letter opens (``हैं.'नेचर'``)
_SENTENCE_END = frozenset(".।?!")
_CLOSE_PUNCT = frozenset(".,;:!?।॥)]}>-—–…")

# a speech cue right before a quotation whose opening mark was lost (Pairer.recover_lost_open):
# "कहा कि", "बताया कि," or a cue with a comma or colon ("ट्वीट किया,", "पुलिस के अनुसार,")
_LOST_OPEN = re.compile(
    r"(?:कहा|बताया|बोले|बोलीं|लिखा|कहना है|कहते हैं)\s+कि\s*,?\s*"
    r"|(?:कहा|बताया|बोले|बोलीं|लिखा|किया|अनुसार|कहना है|कहते हैं)\s*[,:]\s*"
)
# how far back (characters) a quotation with a lost opening mark may start: keeps it linear
LOST_OPEN_REACH = 1000

_OPEN, _CLOSE, _STRAY = "open", "close", "stray"
# a straight single mark that closes an open straight " (typed with the wrong closing mark)
_CLOSE_TOP = "close top"


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


class _Open(NamedTuple):
    """An opening mark waiting on the stack."""

    pos: int
    mark: str
    family: int
    width: int
    nested_at: int = 0  # how many nested spans there were when it opened


# --------------------------------------------------------------------------
# rules about one mark


def mark_family(ch: str) -> int:
    """The family of a quotation mark: a mark closes only a mark of its own family (double
    marks, single marks, guillemets, single guillemets).

    >>> mark_family("“") == mark_family('"'), mark_family("‘") == mark_family('"')
    (True, False)
    """
    if ch in '"“”„':
        return _DOUBLE
    if ch in "'‘’‚":
        return _SINGLE
    if ch in "«»":
        return _GUILL
    return _GUILL1


def _is_letter(ch: str) -> bool:
    # Devanagari letters and vowel signs, Latin letters, digits
    return ch.isalnum() or "\u0900" <= ch <= "\u097f" and ch not in "।॥"


def _is_apostrophe(ch: str, prev: str, nxt: str) -> bool:
    """``'`` or ``’`` between two letters is an apostrophe: ओ'ब्रायन, डोनाल्ड’स."""
    return ch in "'’" and _is_letter(prev) and _is_letter(nxt)


def _opening_context(prev: str, nxt: str) -> bool:
    """A mark after a space, an opening bracket, dash, comma or another mark, and
    before a non-space, may open: ``कहा "हम``, ``बताया,’मैंने``; so may a mark glued
    after a sentence end before a letter: ``हैं.'नेचर``."""
    if nxt.isspace():
        return False
    if prev in _SENTENCE_END:
        return _is_letter(nxt)
    return prev.isspace() or prev in _OPEN_PUNCT or prev in QUOTE_CHARS


def _closing_context(prev: str, nxt: str, at_end: bool) -> bool:
    """A mark after a non-space, and before a space, punctuation, another mark or
    the end of the text, may close: ``हैं" उन्होंने``."""
    return not prev.isspace() and (
        nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in QUOTE_CHARS or at_end
    )


def _left_mark_role(ch: str, open_mark: str | None, opens: bool, closes: bool) -> str:
    """“ ‘ « ‹ „ ‚ open; “ or ‘ closes a „…“ quotation, or an open “ when the context
    can only close (a “…“ typo: ``“हम तैयार हैं“ उन्होंने``)."""
    if open_mark is not None and ch in "“‘" and (open_mark in "„‚" or (closes and not opens)):
        return _CLOSE
    return _OPEN


def _right_mark_role(open_mark: str | None, opens: bool, closes: bool) -> str:
    """” ’ » › close an open mark of their family; with none open, a right mark
    that can only open opens (``कहा ”पुतिन``), any other is stray."""
    if open_mark is not None:
        return _CLOSE
    if opens and not closes:
        return _OPEN
    return _STRAY


def _straight_mark_role(
    ch: str,
    open_mark: str | None,
    top_mark: str | None,
    opens: bool,
    closes: bool,
    spaced: bool = False,
) -> str:
    """``"`` and ``'`` take their direction from the context.

    A ``"`` closes an open ``"`` (nested straight double quotes are rare,
    spacing errors are not); one closes an open straight mark of its family
    unless the context can only open; otherwise it opens where it may, closes
    an open mark of its family, or — a ``'`` when the innermost open mark is a
    straight ``"`` — closes that ``"`` (``"हम तैयार हैं' उन्होंने``).  A lone ``'`` that cannot
    open is stray (``90s'``); a lone ``"`` opens.
    """
    if open_mark == '"' and ch == '"':
        return _CLOSE
    if open_mark is not None and open_mark in "\"'" and not (opens and not closes):
        return _CLOSE
    if opens:
        return _OPEN
    if open_mark is not None:
        return _CLOSE
    if ch == "'":
        if top_mark == '"' and closes:
            return _CLOSE_TOP
        # a ' with space on both sides (the spaced style: ``कहा , ' हम … '``) opens
        return _OPEN if spaced else _STRAY
    return _OPEN


def _marks(text: str) -> Iterator[tuple[int, str, int]]:
    """``(position, mark, width)`` of every mark and newline of ``text``; a doubled
    single mark (``''``, ``‘‘``, ``’’``) is one double mark of width 2."""
    after_double = -1
    for m in _MARK_RE.finditer(text):
        pos = m.start()
        if pos == after_double:
            continue  # the second half of a doubled mark
        ch = text[pos]
        if ch in "'‘’" and text[pos + 1 : pos + 2] == ch:
            after_double = pos + 1
            yield pos, _DOUBLED[ch + ch], 2
        else:
            yield pos, ch, 1


def _opens_speech(text: str, pos: int) -> bool:
    """Does the mark at ``pos`` follow a comma, colon or dash (spaces aside), as a quotation
    opened after its speech cue does: ``उन्होंने कहा, 'हम …``, ``ट्वीट किया,'…``?

    >>> _opens_speech("कहा, 'हम", 5), _opens_speech("राम' का", 3)
    (True, False)
    """
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i >= 0 and text[i] in ",:-–—"


def _spaced_after_cue(text: str, pos: int, nxt: str) -> bool:
    """Is the mark at ``pos`` typed after a speech cue's comma, colon or dash and before a
    space (:func:`_opens_speech`)?  With no mark of its family open it opens, whatever its
    direction: ``ट्वीट किया,’ हमने …।‘``, ``ट्वीट किया,' हमने …।'``.

    >>> _spaced_after_cue("किया,' हमने", 5, " "), _spaced_after_cue("हैं,' उन्होंने", 4, "x")
    (True, False)
    """
    return nxt.isspace() and _opens_speech(text, pos)


def _glued_double(text: str, pos: int, open_mark: str | None) -> bool:
    """Is the straight ``"`` at ``pos`` the first of two glued ``""`` that can close nothing?
    Papers glue the close of one quotation to the open of the next (``हुआ.""अगली``); with no
    ``"`` open the first mark is stray and the second opens, instead of the two pairing
    round nothing.

    >>> _glued_double('हुआ.""अगली', 4, None), _glued_double('हुआ.""अगली', 4, '"')
    (True, False)
    """
    return open_mark is None and text[pos] == '"' and text[pos + 1 : pos + 2] == '"'


# a sentence end, then a sentence where the reporter speaks of the speaker in the third person
# ("… होगा. उन्होंने कहा कि …"): the narration that ends a quotation whose closing mark is lost
_NARRATION = re.compile(
    r"[।.?!](?=\s+(?:उन्होंने|उसने|इन्होंने)\s+(?:\S+\s+){0,5}?(?:कहा|बताया|कहना)[\s,।])"
)


def narration_resumes(text: str, a: int, b: int) -> int:
    """Where an unclosed quotation ``text[a:b]`` ends: after the sentence before the first
    sentence in which the reporter resumes ("… अभ्यस्त होना होगा. उन्होंने कहा कि …"), else
    ``b``.  (Only unclosed quotations are cut so: a closed one holds what its marks hold.)

    >>> t = "“हम तैयार हैं. उन्होंने कहा कि काम जारी है"
    >>> t[1:narration_resumes(t, 1, len(t))]
    'हम तैयार हैं.'
    """
    m = _NARRATION.search(text, a, b)
    return m.end() if m is not None else b


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
    if i < n and text[i] in _LINE_OPENERS:
        return i, text[i]
    return None


# --------------------------------------------------------------------------
# the pairing


class _Pairer:
    """The state of one left-to-right pass: a stack of open marks and the results."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.spans: list[MarkSpan] = []
        self.nested: list[MarkSpan] = []
        self.stray: list[int] = []
        self.reopen: list[int] = []
        self.absorbed: set[int] = set()  # reopening marks already accounted for

    def run(self) -> MarkPairing:
        for pos, ch, width in _marks(self.text):
            if pos in self.absorbed:
                continue
            if ch == "\n":
                self.at_newline(pos)
            else:
                self.at_mark(pos, ch, width)
        self.at_text_end()
        self.spans.sort()
        self.nested.sort()
        return MarkPairing(self.spans, self.nested, self.stray, self.reopen)

    def close_top(self, close_pos: int, end_pos: int, *, closed: bool, width: int = 1) -> None:
        """Close the innermost open mark at ``close_pos`` (content up to ``end_pos``)."""
        op = self.stack.pop()
        a, b = _content(self.text, op.pos + op.width, end_pos)
        close_end = close_pos + (width if closed else 0)
        span = MarkSpan(op.pos, close_pos, a, b, op.mark, len(self.stack), closed, close_end)
        # inner spans go straight to one flat list: no copying between levels (linear time)
        (self.nested if self.stack else self.spans).append(span)

    def close_unclosed(self, end: int) -> None:
        """Close every open mark at ``end``, flagged unclosed; open single marks are
        dropped (an unmatched single mark is most likely an apostrophe) unless one opened
        after a comma, colon or dash (``कहा, 'हम …``: :func:`_opens_speech`)."""
        while self.stack:
            top = self.stack[-1]
            if top.family == _SINGLE and not _opens_speech(self.text, top.pos):
                self.stack.pop()
                self.lift_children(top)
                continue
            cut = max(end, self.stack[-1].pos + 1)
            cut = narration_resumes(self.text, top.pos + top.width, cut)
            self.close_top(cut, cut, closed=False)

    def lift_children(self, dropped: _Open) -> None:
        """The quotations closed inside a single mark that is now dropped (an apostrophe, not
        a quotation) move up a level: ``को 'लाइन में खड़ा किया'ट्रंप … लिखा, ''…''`` keeps its
        later quotations when the glued ``'`` is taken for an apostrophe.  Each span moves at
        most :data:`MAX_DEPTH` times: linear."""
        inner = self.nested[dropped.nested_at :]
        if not inner:
            return
        del self.nested[dropped.nested_at :]
        for span in inner:
            lifted = span._replace(depth=span.depth - 1)
            (self.spans if lifted.depth == 0 else self.nested).append(lifted)

    def at_newline(self, pos: int) -> None:
        """A paragraph ends: the quotation goes on if the next paragraph reopens it
        with a mark of its family (double or guillemets), else it is closed here."""
        if not self.stack:
            return
        text, stack = self.text, self.stack
        nxt = _line_start_mark(text, pos)
        outer = stack[0]
        if nxt is not None and mark_family(nxt[1]) == outer.family and outer.family != _SINGLE:
            del stack[1:]  # the quotation goes on; inner unclosed marks are dropped
            self.absorbed.add(nxt[0])
            self.reopen.append(nxt[0])
            return
        end = pos
        while end > 0 and text[end - 1].isspace() and end - 1 > stack[-1].pos:
            end -= 1
        self.close_unclosed(end)

    def at_text_end(self) -> None:
        """Close what is still open at the end of the text (before trailing spaces)."""
        if self.stack:
            self.close_unclosed(len(self.text.rstrip()))

    def role(
        self, ch: str, family: int, opens: bool, closes: bool, pos: int = 0, nxt: str = ""
    ) -> tuple[str, int]:
        """The role of the mark ``ch`` (by the rules above) and the stack index of
        the open mark it would close (-1 for none)."""
        stack = self.stack
        # the innermost open mark of the same family
        open_idx = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].family == family), -1)
        open_mark = stack[open_idx].mark if open_idx >= 0 else None
        if open_mark is None and _spaced_after_cue(self.text, pos, nxt):
            return _OPEN, open_idx
        if ch in _LEFT_MARKS:
            return _left_mark_role(ch, open_mark, opens, closes), open_idx
        if ch in _RIGHT_MARKS:
            return _right_mark_role(open_mark, opens, closes), open_idx
        top_mark = stack[-1].mark if stack else None
        if _glued_double(self.text, pos, open_mark):
            return _STRAY, open_idx
        spaced = not opens and not closes
        glued = self.text[pos - 1 : pos] in _SENTENCE_END
        if (spaced or glued) and open_mark is not None:
            # ``' अल कायदा '``, ``'हम … हैं.'सहारा``: a spaced mark, or one glued after a
            # sentence end, closes the open one
            return _CLOSE, open_idx
        role = _straight_mark_role(ch, open_mark, top_mark, opens, closes, spaced)
        if role == _CLOSE_TOP:
            return _CLOSE, len(stack) - 1
        return role, open_idx

    def at_mark(self, pos: int, ch: str, width: int) -> None:
        """Open, close or set aside the mark ``ch`` at ``pos``."""
        text = self.text
        prev = text[pos - 1] if pos > 0 else " "
        at_end = pos + width >= len(text)
        nxt = " " if at_end else text[pos + width]
        if _is_apostrophe(ch, prev, nxt):
            return
        family = mark_family(ch)
        opens, closes = _opening_context(prev, nxt), _closing_context(prev, nxt, at_end)
        role, open_idx = self.role(ch, family, opens, closes, pos, nxt)
        if role == _OPEN and len(self.stack) >= MAX_DEPTH:
            role = _STRAY  # deeper nesting is noise, not text: keeps every step O(MAX_DEPTH)
        if role == _OPEN:
            self.stack.append(_Open(pos, ch, family, width, len(self.nested)))
        elif role == _CLOSE:
            # unmatched marks above the one we close are dropped (apostrophes, typos)
            del self.stack[open_idx + 1 :]
            self.close_top(pos, pos, closed=True, width=width)
        elif not self.recover_lost_open(pos, ch, width):
            self.stray.append(pos)

    def recover_lost_open(self, pos: int, ch: str, width: int) -> bool:
        """A closing mark glued after a sentence end, with nothing open, closes a quotation
        whose opening mark was lost, as scraped papers often have it: the quotation starts
        after the last speech cue of its paragraph (:data:`_LOST_OPEN`: ``बताया कि, यह …
        है। हम … दिया।’``), when no other mark stands between (within
        :data:`LOST_OPEN_REACH` characters).  Returns whether it did.

        >>> p = _Pairer("हुड्डा ने बताया कि, यह दुखद है।’ फिर")
        >>> p.recover_lost_open(31, "’", 1), [(s.start, s.end) for s in p.spans]
        (True, [(20, 31)])
        """
        text = self.text
        if self.stack or pos == 0 or text[pos - 1] not in _SENTENCE_END:
            return False
        if pos + width < len(text) and not text[pos + width].isspace():
            return False
        lo = max(text.rfind("\n", 0, pos) + 1, pos - LOST_OPEN_REACH)
        if self.spans:
            lo = max(lo, self.spans[-1].close_end)
        cues = list(_LOST_OPEN.finditer(text, lo, pos))
        if not cues or _ANY_MARK.search(text, cues[-1].end(), pos):
            return False
        cue = cues[-1]  # the last cue before the mark
        a, b = _content(text, cue.end(), pos)
        if a >= b:
            return False
        self.spans.append(MarkSpan(cue.end() - 1, pos, a, b, ch, 0, True, pos + width))
        return True


def pair_quotes(text: str) -> MarkPairing:
    """Pair the quotation marks of ``text`` (see the module doc for the rules).

    >>> p = pair_quotes("उन्होंने कहा, “हम तैयार हैं।” ओ'ब्रायन")
    >>> [(s.open, s.close, s.mark, s.closed) for s in p.spans], p.stray
    ([(14, 28, '“', True)], [])
    """
    if _ANY_MARK.search(text) is None:
        return MarkPairing([], [], [], [])
    return _Pairer(text).run()
