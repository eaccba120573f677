r"""Normalisation of Hindi text with an exact map back to the raw text.

:func:`normalize` wraps indic-nlp-library's ``DevanagariNormalizer`` and
avoids three of its defects: curly quotes keep their direction, ``:`` is never
rewritten as visarga ``ः``, and nukta letters are handled by an explicit
option.  It also applies Unicode NFC, removes ZWJ, ZWNJ, soft hyphen, word
joiner and BOM, and turns NBSP into a space.

Each step is a list of edits ``(start, end, replacement)`` applied by
:func:`rewrite`, which returns the new string and an :class:`OffsetMap` of the
blocks that changed; :class:`Normalized` keeps those maps and answers
:meth:`Normalized.raw_span` with them.  That is the one offset mapping of the
package.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .._pickle import rebuilt_from_fields
from ..errors import InputError
from ._scan import nfc_suspect_starts, second_of_composite
from .io import check_str

__all__ = [
    "NUKTA_MODES",
    "Normalized",
    "OffsetMap",
    "normalize",
    "rewrite",
    "nfc_edits",
    "font_repair_edits",
]

NuktaMode = Literal["canonical", "precomposed", "remove"]
#: accepted values of ``normalize(..., nukta=...)``
NUKTA_MODES: tuple[str, ...] = ("canonical", "precomposed", "remove")

_NUKTA = "\u093c"
# precomposed nukta letters (U+0958..U+095F) and their canonical decomposition
_PRECOMPOSED = {chr(cp): unicodedata.normalize("NFD", chr(cp)) for cp in range(0x958, 0x960)}
_RECOMPOSE = {v: k for k, v in _PRECOMPOSED.items()}
# the three nukta letters NFC composes itself
_RECOMPOSE.update({"\u0928\u093c": "\u0929", "\u0930\u093c": "\u0931", "\u0933\u093c": "\u0934"})
_RECOMPOSE_RE = re.compile("|".join(re.escape(k) for k in _RECOMPOSE))

# characters indic-nlp's normaliser must not see: it flattens curly quotes to
# ASCII and (with a preceding letter) turns ':' into visarga.  We keep them.
_PROTECTED = set("“”„‘’‚'\":«»‹›")
# characters we remove or replace ourselves, on top of indic-nlp
_OWN_TABLE = {
    "\u200b": " ",  # zero width space
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",  # figure space
    "\ufeff": "",  # BOM
    "\ufffe": "",
    "\u2060": "",  # word joiner
    "\u00ad": "",  # soft hyphen
    "\u200c": "",  # ZWNJ
    "\u200d": "",  # ZWJ
}
# indic-nlp's character rules only touch these ranges (its source: BOM, joiners,
# spaces, Moses-style punctuation, Devanagari letters, '|')
_RULE_RANGES = (
    (0x7C, 0x7C),
    (0xA0, 0xFF),
    (0x900, 0x97F),
    (0x2000, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFFE, 0xFFFE),
)
# text in other scripts is NFC but full of NFC suspects (every character): from
# this many on, one whole-text test in C answers instead of a chunk per suspect
_MANY_SUSPECTS = 64


# --------------------------------------------------------------------------
# the offset map


class OffsetMap:
    """Where the characters of a rewritten string came from.

    Built by :func:`rewrite` from the blocks that changed: ``target[t_start:t_end]``
    replaced ``source[s_start:s_end]``.  Outside the blocks the two strings are
    equal up to a shift.  A span that starts or ends inside a block widens to the
    whole block in the source; an empty span stays empty.

    >>> out, offsets = rewrite("a—b", [(1, 2, " - ")])
    >>> out, offsets.span(1, 4), offsets.span(2, 3), offsets.span(4, 5)
    ('a - b', (1, 2), (1, 2), (2, 3))
    """

    __slots__ = ("t_starts", "t_ends", "s_starts", "s_ends")

    def __init__(self, blocks: Sequence[tuple[int, int, int, int]]) -> None:
        self.t_starts = [b[0] for b in blocks]
        self.t_ends = [b[1] for b in blocks]
        self.s_starts = [b[2] for b in blocks]
        self.s_ends = [b[3] for b in blocks]

    def __reduce__(self) -> tuple:
        # rebuilt from its blocks (a class with __slots__, compiled or not, pickles this way)
        return OffsetMap, (list(zip(self.t_starts, self.t_ends, self.s_starts, self.s_ends)),)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source that ``target[start:end]`` came from."""
        # a start belongs to the last block that starts at or before it
        i = bisect.bisect_right(self.t_starts, start) - 1
        if i < 0:
            source_start = start
        elif start < self.t_ends[i]:
            source_start = self.s_starts[i]
        else:
            source_start = start - self.t_ends[i] + self.s_ends[i]
        if start == end:
            return source_start, source_start
        # an end belongs to the last block that starts before it
        i = bisect.bisect_left(self.t_starts, end) - 1
        if i < 0:
            return source_start, end
        if end < self.t_ends[i]:
            return source_start, self.s_ends[i]
        return source_start, end - self.t_ends[i] + self.s_ends[i]

    def spans(self, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
        """:meth:`span` of every ``(starts[k], ends[k])``, as two lists."""
        mapped = [self.span(a, b) for a, b in zip(starts, ends)]
        return [a for a, _ in mapped], [b for _, b in mapped]


def rewrite(text: str, edits: Sequence[tuple[int, int, str]]) -> tuple[str, OffsetMap | None]:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits to ``text``.

    Returns the new text and the :class:`OffsetMap` back to ``text`` (``None``
    when no offset moved: no edits, or only one-character-for-one edits).

    >>> rewrite("क\u200dम", [(1, 2, "")])[0]
    'कम'
    """
    if not edits:
        return text, None
    parts: list[str] = []
    blocks: list[tuple[int, int, int, int]] = []
    last = 0  # end of the last edit in text
    t_pos = 0  # the same place in the output
    for start, end, replacement in edits:
        parts.append(text[last:start])
        t_pos += start - last
        t_end = t_pos + len(replacement)
        if not (end - start == 1 and len(replacement) == 1):  # (one for one moves nothing)
            blocks.append((t_pos, t_end, start, end))
        parts.append(replacement)
        t_pos = t_end
        last = end
    parts.append(text[last:])
    return "".join(parts), (OffsetMap(blocks) if blocks else None)


# --------------------------------------------------------------------------
# the steps of normalisation, each a list of edits


def _chunk(text: str, pos: int, seconds: frozenset[str]) -> tuple[int, int]:
    """The NFC chunk around ``pos``: back to its starter (never across white space)
    and on over the characters that may compose or reorder with it."""
    combining = unicodedata.combining
    start = pos
    while (
        start > 0
        and (combining(text[start]) or text[start] in seconds)
        and not text[start - 1].isspace()
    ):
        start -= 1
    end = pos + 1
    while end < len(text) and (combining(text[end]) or text[end] in seconds):
        end += 1
    return start, end


def nfc_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that make ``text`` NFC.

    One edit per *chunk* that changes, a chunk being a starter and the
    characters that may compose or reorder with it (never across white space).
    Only chunks holding an NFC suspect (:func:`bias.text._scan.nfc_suspect_starts`)
    can change, so only those are looked at.

    >>> nfc_edits("\u0958ानून")  # the precomposed क़ decomposes
    [(0, 1, 'क़')]
    """
    suspects = nfc_suspect_starts(text)
    if not suspects:
        return []
    if len(suspects) >= _MANY_SUSPECTS and unicodedata.is_normalized("NFC", text):
        return []
    seconds = second_of_composite()
    edits: list[tuple[int, int, str]] = []
    done = 0  # end of the last chunk looked at
    for pos in suspects:
        if pos < done:
            continue
        start, done = _chunk(text, pos, seconds)
        chunk = text[start:done]
        out = unicodedata.normalize("NFC", chunk)
        if out != chunk:
            edits.append((start, done, out))
    return edits


@functools.cache
def _indic_normalizer():  # pragma: no cover - trivial
    from indicnlp.normalize.indic_normalize import DevanagariNormalizer

    return DevanagariNormalizer(lang="hi", remove_nuktas=False)


def _char_rule(ch: str) -> str:
    """What indic-nlp's Hindi normaliser makes of the single character ``ch``.

    Running the normaliser one character at a time keeps its character rules
    (punctuation, pipe → danda, Marathi chandra-a, …) and drops its context
    rules that we do not want (``X:`` → visarga).
    """
    if ch in _PROTECTED:
        return ch
    if ch in _OWN_TABLE:
        return _OWN_TABLE[ch]
    out = _indic_normalizer().normalize(ch)
    # indic-nlp decomposes nukta letters; nukta handling is our explicit option
    return unicodedata.normalize("NFC", out) if out != ch else ch


@functools.cache
def _change_table(remove_nukta: bool) -> tuple[dict[str, str], re.Pattern[str]]:
    """Every character the character rules rewrite, with its replacement, and
    a pattern that finds them."""
    table = {}
    for lo, hi in _RULE_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            replacement = _char_rule(ch)
            if replacement != ch:
                table[ch] = replacement
    table.update(_OWN_TABLE)
    if remove_nukta:
        table[_NUKTA] = ""
    return table, re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")


def _rule_edits(text: str, *, remove_nukta: bool) -> list[tuple[int, int, str]]:
    """The edits of the character rules (indic-nlp's, ours, and nukta removal).

    >>> _rule_edits("दो—तीन|", remove_nukta=False)
    [(2, 3, ' - '), (6, 7, '।')]
    """
    table, pattern = _change_table(remove_nukta)
    return [(m.start(), m.end(), table[m.group()]) for m in pattern.finditer(text)]


def _recompose_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that turn "letter + nukta" into the precomposed nukta letter.

    >>> _recompose_edits("\u091c\u093cरूर") == [(0, 2, "\u095b")]
    True
    """
    if _NUKTA not in text:
        return []
    return [(m.start(), m.end(), _RECOMPOSE[m.group()]) for m in _RECOMPOSE_RE.finditer(text)]


#: a legacy Hindi news font's mojibake, as some newspaper sites publish it: "¨" before a
#: consonant stands for that consonant with ि and ं ("¨सह" is सिंह, "जस¨वदर" जसविंदर)
_FONT_IKAR_ANUSVARA = re.compile("\u00a8([\u0915-\u0939\u0958-\u095f]\u093c?)")


def font_repair_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that undo a legacy font's mojibake (:data:`_FONT_IKAR_ANUSVARA`): a name
    written "गुरप्रेम ¨सह" is read as गुरप्रेम सिंह, one word, not "¨" and a stray सह.

    >>> font_repair_edits("साधू ¨सह")
    [(5, 7, 'सिं')]
    """
    if "\u00a8" not in text:
        return []
    return [
        (m.start(), m.end(), m.group(1) + "\u093f\u0902")
        for m in _FONT_IKAR_ANUSVARA.finditer(text)
    ]


# --------------------------------------------------------------------------
# the normalised text


@dataclass(frozen=True)
class Normalized:
    r"""A normalised text that remembers where every character came from.

    ``text`` is the normalised string, ``raw`` the input.  Use :meth:`raw_span`
    (or :meth:`raw_spans` for many) to map a span of ``text`` back to ``raw``.

    >>> n = normalize("क\u200dम\u00a0—")
    >>> n.text, n.raw_span(1, 2), n.raw_span(3, 6)
    ('कम  - ', (2, 3), (4, 5))
    """

    raw: str
    text: str
    nukta: str = "canonical"
    # one map per rewrite step that moved offsets, in the order applied
    _maps: tuple[OffsetMap, ...] = field(default=(), repr=False, compare=False)

    def __reduce__(self) -> tuple:
        return rebuilt_from_fields(self)  # (pickles the same when compiled: bias/_pickle.py)

    @property
    def is_identity(self) -> bool:
        """True when normalisation moved no offset, so ``text`` and ``raw`` share them."""
        return not self._maps

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the span of ``raw`` it came from.

        The result is ordered and inside ``raw``; a span that starts or ends
        inside a character that normalisation rewrote (a composed cluster, an
        expanded dash) widens to cover the whole raw character; an empty span
        maps to an empty span.  A span outside ``text`` raises
        :class:`bias.errors.InputError`.
        """
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise InputError(
                f"span ({start}, {end}) is not inside the normalised text of length {n}"
            )
        for offsets in reversed(self._maps):
            start, end = offsets.span(start, end)
        return start, end

    def raw_spans(self, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
        """:meth:`raw_span` of every ``(starts[k], ends[k])``, without the bounds check."""
        starts, ends = list(starts), list(ends)
        for offsets in reversed(self._maps):
            starts, ends = offsets.spans(starts, ends)
        return starts, ends


def normalize(text: object, *, nukta: NuktaMode = "canonical") -> Normalized:
    r"""Normalise Hindi ``text`` and keep a map back to it.

    Steps: a legacy font's mojibake repaired (:func:`font_repair_edits`: "¨सह" is
    सिंह); Unicode NFC; indic-nlp-library's Devanagari character rules
    (dashes, ellipsis, pipe → danda, …) **except** that curly quotes keep
    their direction and ``:`` is never turned into visarga; removal of ZWJ,
    ZWNJ, soft hyphen, word joiner and BOM; NBSP and zero-width space to a
    space.

    ``nukta`` chooses what happens to nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़):

    * ``"canonical"`` (default): the Unicode canonical form, which for
      U+0958–U+095F is the base letter followed by U+093C (what NFC gives);
    * ``"precomposed"``: the single precomposed code point;
    * ``"remove"``: drop the nukta (ज़रूर → जरूर), useful for matching
      spellings that differ only by nukta.

    >>> normalize("नोट: “हम साथ हैं”|").text
    'नोट: “हम साथ हैं”।'
    >>> normalize("\u095bरूर", nukta="remove").text
    'जरूर'
    """
    raw = check_str(text)  # (any object may come: a clear error for what is not a str)
    if nukta not in NUKTA_MODES:
        raise InputError(
            f"`nukta` value = {nukta!r} is invalid; value must be one of {list(NUKTA_MODES)}"
        )
    out = raw
    maps: list[OffsetMap] = []
    steps: list[Callable[[str], list[tuple[int, int, str]]]] = [
        font_repair_edits,
        nfc_edits,
        functools.partial(_rule_edits, remove_nukta=nukta == "remove"),
    ]
    if nukta == "precomposed":
        steps.append(_recompose_edits)
    for step in steps:
        out, offsets = rewrite(out, step(out))
        if offsets is not None:
            maps.append(offsets)
    return Normalized(raw, out, nukta, tuple(maps))


def as_normalized(text: object) -> Normalized:
    """``text`` itself if it is already :class:`Normalized`, else :func:`normalize` of it."""
    if isinstance(text, Normalized):
        return text
    return normalize(check_str(text))
