"""Pairing of quotation marks.

This is the lowest layer of quotation handling: it only decides which marks
open and close which spans.  It knows nothing of speakers (see
:mod:`bias.quotes`) and is used by :func:`bias.text.segment` so that sentences
are never cut inside a quotation.

Rules, in the order they are applied to each mark from left to right (the rules about one mark
are functions of :mod:`bias.text.mark_rules`; this module pairs with them):

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
* a straight ``"`` that can only open, inside an open ``"``, opens a quotation within it
  when the next mark of the paragraph can only close (:meth:`_Pairer.next_closes`:
  ``"… कहते हैं "टिप ऑफ़ आइसबर्ग' है."``), else it closes the open one;
* a straight ``"`` after a speech cue's comma, inside an open ``"`` with a sentence end
  between, starts a new quotation: the open one lost its closing mark and ends at that
  sentence end (:meth:`_Pairer.end_before_cue`);
* a quote inside a quote is nested: only the outermost span is a quotation,
  inner spans are kept as its children;
* a double quotation still open at the end of a paragraph continues into the
  next paragraph when that paragraph starts with a new opening mark (the
  convention of reopening the mark at each paragraph), or, a straight ``"``, when
  the next mark can only close it and the reporter does not speak before it
  (:meth:`_Pairer.closed_later`); otherwise it is closed at the end of its
  paragraph and flagged ``closed=False`` (:meth:`_Pairer.at_newline`) — unless the
  line break cuts a sentence (a word before it) and a mark of its family closes it later
  (:meth:`_Pairer.break_in_sentence`: ``“… उनकी \n\nबीमारी बढ़ रही है.”``);
* an unmatched single mark is dropped (it is most often an apostrophe) and the
  quotations inside it move up a level (:meth:`_Pairer.lift_children`), an
  unmatched closing mark is ignored and counted in ``stray``.

Everything is linear in the number of marks: no backtracking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .mark_rules import (
    _CLOSE,
    _CLOSE_TOP,
    _OPEN,
    _SENTENCE_END,
    _SINGLE,
    _STRAY,
    QUOTE_CHARS,
    _closing_context,
    _glued_double,
    _is_apostrophe,
    _is_mark_of_word,
    _left_mark_role,
    _opening_context,
    _opens_speech,
    _right_mark_role,
    _spaced_after_cue,
    _straight_mark_role,
    mark_family,
    narration_resumes,
)

__all__ = [
    "MAX_DEPTH",
    "QUOTE_CHARS",
    "MarkPairing",
    "MarkSpan",
    "mark_family",
    "narration_resumes",
    "pair_quotes",
]

#: quotations nested deeper than this are treated as stray marks
MAX_DEPTH = 8

# every mark and newline (one character class: the regex engine scans for it fast)
_MARK_RE = re.compile(r"[\"'“”„‘’‚«»‹›\n]")
_ANY_MARK = re.compile(r"[\"'“”„‘’‚«»‹›]")
# doubled single marks ('' ‘‘ ’’) are one double mark, as typed in many Hindi papers
_DOUBLED = {"''": '"', "‘‘": "“", "’’": "”"}
_LEFT_MARKS = "“‘«‹„‚"
_RIGHT_MARKS = "”’»›"
#: how far (characters) a straight " open at a paragraph end looks for its closing mark
PARAGRAPH_REACH = 2000
#: how many characters of white space before a line break are passed over to the word it cuts
BREAK_REACH = 12
# the role of a straight " after a speech cue while a " is open (_Pairer.end_before_cue)
_REOPEN = "reopen"
_LINE_OPENERS = "“„‘«‹\"'"

# a speech cue right before a quotation whose opening mark was lost (Pairer.recover_lost_open):
# "कहा कि", "बताया कि," or a cue with a comma or colon ("ट्वीट किया,", "पुलिस के अनुसार,")
_LOST_OPEN = re.compile(
    r"(?:कहा|बताया|बोले|बोलीं|लिखा|कहना है|कहते हैं)\s+कि\s*,?\s*"
    r"|(?:कहा|बताया|बोले|बोलीं|लिखा|किया|अनुसार|कहना है|कहते हैं)\s*[,:]\s*"
)
# how far back (characters) a quotation with a lost opening mark may start: keeps it linear
LOST_OPEN_REACH = 1000



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
        self.goes_on_until = -1  # a quotation open over paragraphs goes on up to here

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
        if len(stack) == 1 and outer.mark == '"' and (
            pos < self.goes_on_until or self.closed_later(pos)
        ):
            return  # the quotation goes on over the paragraph: its closing mark comes later
        if len(stack) == 1 and outer.family != _SINGLE and self.break_in_sentence(pos):
            return  # a line break inside a sentence ("उनकी \n\nबीमारी"): no paragraph end
        end = pos
        while end > 0 and text[end - 1].isspace() and end - 1 > stack[-1].pos:
            end -= 1
        self.close_unclosed(end)

    def closed_later(self, pos: int) -> bool:
        """Is a straight ``"`` open at the paragraph end ``pos`` closed in a later paragraph
        that does not reopen it?  Yes when the next mark (within :data:`PARAGRAPH_REACH`
        characters) is a ``"`` that can only close, and the reporter does not speak in the
        third person before it (:func:`narration_resumes`): ``"… पहला पैरा.\n\nदूसरा पैरा."``.

        >>> q = chr(34)
        >>> t = "उसने कहा, " + q + "पहली बात.\\n\\nदूसरी बात." + q + " फिर"
        >>> [t[s.start : s.end] for s in pair_quotes(t).spans]
        ['पहली बात.\\n\\nदूसरी बात.']
        """
        text = self.text
        m = _ANY_MARK.search(text, pos, pos + PARAGRAPH_REACH)
        if m is None or m.group() != '"':
            return False
        i = m.start()
        if not self.only_closes(i):
            return False
        if narration_resumes(text, pos - 1, i) != i:  # (from the sentence end before pos)
            return False
        self.goes_on_until = i  # (the paragraph ends before it need not look again: linear)
        return True

    def break_in_sentence(self, pos: int) -> bool:
        """Does the line break at ``pos`` cut a sentence of the open double quotation (the
        text before it ends in a word, not a sentence end), which a mark that can only close
        of its family (or one glued after a sentence end) ends in a later paragraph (within
        :data:`PARAGRAPH_REACH`)?  Such a
        break is a typesetting accident, not the end of the quotation.

        >>> q = chr(34)
        >>> t = "उसने कहा, " + q + "मैं जानता था कि उनकी \\n\\nबीमारी बढ़ रही है." + q + " फिर"
        >>> [t[s.start : s.end] for s in pair_quotes(t).spans]
        ['मैं जानता था कि उनकी \\n\\nबीमारी बढ़ रही है.']
        """
        text, outer = self.text, self.stack[0]
        if pos < self.goes_on_until:
            return True  # (its closing mark was found from an earlier break: linear)
        j, lo = pos, max(outer.pos + outer.width, pos - BREAK_REACH)
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j == lo or not text[j - 1].isalnum() and not _is_mark_of_word(text[j - 1]):
            return False
        m = _ANY_MARK.search(text, pos, pos + PARAGRAPH_REACH)
        if m is None or mark_family(m.group()) != outer.family:
            return False
        if not self.only_closes(m.start()) and text[m.start() - 1] not in _SENTENCE_END:
            return False  # (a mark glued after a sentence end closes too: ``हैं."लेकिन``)
        self.goes_on_until = max(self.goes_on_until, m.start())
        return True

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
        if open_mark == '"' and ch == '"' and opens and not closes:
            if _opens_speech(self.text, pos) and self.last_sentence_end(pos) is not None:
                return _REOPEN, open_idx  # a new quotation after a speech cue: the open one ends
            if self.next_closes(pos):
                return _OPEN, open_idx  # a quotation inside the open one: the next mark closes it
        role = _straight_mark_role(ch, open_mark, top_mark, opens, closes, spaced)
        if role == _CLOSE_TOP:
            return _CLOSE, len(stack) - 1
        return role, open_idx

    def next_closes(self, pos: int) -> bool:
        """Can the next mark of the paragraph after ``pos`` only close?  Then a straight ``"``
        at ``pos`` that could only open, inside an open ``"``, opens a quotation within it:
        ``"… कहते हैं "टिप ऑफ़ आइसबर्ग' है."`` (not the typo of a spaced closing mark,
        ``"हम तैयार हैं "उन्होंने कहा, "…``, whose next mark opens).  Looks no further than the
        next mark or line end: linear.

        >>> q = chr(34)  # a straight double mark
        >>> t = q + "वे कहते हैं " + q + "टिप' है." + q + " फिर"
        >>> _Pairer(t).next_closes(t.index(" " + q) + 1)
        True
        >>> t = q + "हम हैं " + q + "उन्होंने कहा, " + q + "आगे" + q
        >>> _Pairer(t).next_closes(t.index(" " + q) + 1)
        False
        """
        text = self.text
        m = _MARK_RE.search(text, pos + 1)
        if m is None or m.group() == "\n":
            return False
        return self.only_closes(m.start())

    def only_closes(self, i: int) -> bool:
        """Can the mark at ``i`` only close (a closing context that is no opening one)?"""
        text = self.text
        at_end = i + 1 >= len(text)
        prev, nxt = text[i - 1], " " if at_end else text[i + 1]
        return _closing_context(prev, nxt, at_end) and not _opening_context(prev, nxt)

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
        elif role == _REOPEN:
            del self.stack[open_idx + 1 :]
            self.end_before_cue(pos)
            self.stack.append(_Open(pos, ch, family, width, len(self.nested)))
        elif not self.recover_lost_open(pos, ch, width):
            self.stray.append(pos)

    def last_sentence_end(self, pos: int) -> int | None:
        """The position after the last sentence end between the innermost open mark and
        ``pos`` (looking back at most :data:`LOST_OPEN_REACH` characters), or ``None``."""
        op = self.stack[-1]
        for i in range(pos - 1, max(op.pos + op.width, pos - LOST_OPEN_REACH), -1):
            if self.text[i] in _SENTENCE_END:
                return i + 1
        return None

    def end_before_cue(self, pos: int) -> None:
        """Close the innermost open quotation, unclosed, at the last sentence end before the
        opening mark at ``pos`` that follows a speech cue: its closing mark was lost, and the
        reporter spoke again before the new quotation (``कहा, ''लोग … चिंतित हैं ।उत्तर प्रदेश
        … सावित्री ने कहा, ''हम …``).  (A quotation introduced so with no sentence end before
        it is one inside the open quotation: ``"मैंने कहा, "आइए" पर …"``.)

        >>> q = chr(34)
        >>> t = "उसने कहा, " + q + "हम भूखे हैं। फिर राम ने कहा, " + q + "हम जाएंगे।" + q
        >>> [t[s.start : s.end] for s in pair_quotes(t).spans]
        ['हम भूखे हैं।', 'हम जाएंगे।']
        """
        cut = self.last_sentence_end(pos)
        cut = pos if cut is None else cut
        self.close_top(cut, cut, closed=False)

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
