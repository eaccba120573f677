"""The text layer: normalisation with an exact offset map, segmentation, tokens.

Everything downstream reads Hindi text through this module.  Results always
carry offsets into the **raw** text the caller passed in (Python ``str``
indices, end exclusive), however much normalisation changed the string.

* :func:`normalize` wraps indic-nlp-library's ``DevanagariNormalizer`` and
  avoids three of its defects: curly quotes keep their direction, ``:`` is
  never rewritten as visarga ``ः``, and nukta letters are handled by an
  explicit option.  It also applies Unicode NFC and removes ZWJ, ZWNJ, soft
  hyphen, word joiner and BOM, and turns NBSP into a space.
* :func:`segment` splits into sentences, headlines and credit lines, never
  inside a quotation.
* :func:`tokenize` gives word, number and punctuation tokens.
* :func:`read_text` reads a file in UTF-8 (with or without BOM) or UTF-16
  (with BOM), and reports the byte offset of invalid input.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Union

from .errors import EncodingError, InputError, InputFileNotFound
from .marks import MarkPairing, pair_quotes

__all__ = [
    "Normalized",
    "Segment",
    "Token",
    "normalize",
    "segment",
    "tokenize",
    "read_text",
    "NUKTA_MODES",
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

# characters indic-nlp's normaliser must not see: it flattens curly quotes to
# ASCII and (with a preceding letter) turns ':' into visarga.  We keep them.
_PROTECTED = set("“”„‘’‚'\":«»‹›")
# characters we remove or replace ourselves, on top of indic-nlp
_OWN_TABLE = {
    "\u200b": " ",  # zero width space
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",
    "\ufeff": "",  # BOM
    "\ufffe": "",
    "\u2060": "",  # word joiner
    "\u00ad": "",  # soft hyphen
    "\u200c": "",  # ZWNJ
    "\u200d": "",  # ZWJ
}


@functools.lru_cache(maxsize=None)
def _indic_normalizer():  # pragma: no cover - trivial
    from indicnlp.normalize.indic_normalize import DevanagariNormalizer

    return DevanagariNormalizer(lang="hi", remove_nuktas=False)


def _char_rule(ch: str) -> str:
    """What indic-nlp's Hindi normaliser makes of the single character ``ch``.

    Running the normaliser one character at a time keeps its character rules
    (punctuation, pipe → danda, Marathi chandra-a, …) and drops its
    context rules that we do not want (``X:`` → visarga).
    """
    if ch in _PROTECTED:
        return ch
    if ch in _OWN_TABLE:
        return _OWN_TABLE[ch]
    out = _indic_normalizer().normalize(ch)
    # indic-nlp decomposes nukta letters; nukta handling is our explicit option
    return unicodedata.normalize("NFC", out) if out != ch else ch


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


@functools.lru_cache(maxsize=2)
def _change_table(remove_nukta: bool) -> tuple[dict[str, str], "re.Pattern[str]"]:
    """Every character our normalisation rewrites, with its replacement."""
    table = {}
    for lo, hi in _RULE_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            rep = _char_rule(ch)
            if rep != ch:
                table[ch] = rep
    table.update({k: v for k, v in _OWN_TABLE.items()})
    if remove_nukta:
        table[_NUKTA] = ""
    return table, re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")


@functools.lru_cache(maxsize=2)
def _plain_changes(remove_nukta: bool) -> tuple[str, ...]:
    """The characters of the change table that a plain text's NFC form can hold."""
    return tuple(
        sorted(
            c
            for c in _change_table(remove_nukta)[0]
            if _NOT_PLAIN.search(c) is None and c not in _NUKTA_LETTERS
        )
    )


@functools.lru_cache(maxsize=1)
def _second_of_composite() -> frozenset[str]:
    """Starters that can compose with the character before them under NFC."""
    out = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                out.add(chr(int(parts[1], 16)))
    # Hangul syllables compose algorithmically (no decomposition entry): a leading
    # consonant with a vowel jamo, and an LV syllable with a trailing consonant jamo
    out.update(chr(c) for c in range(0x1161, 0x1176))
    out.update(chr(c) for c in range(0x11A8, 0x11C3))
    return frozenset(out)


# --------------------------------------------------------------------------
# offset maps


class _Pass:
    """One rewrite step: blocks ``(t_start, t_end, s_start, s_end)`` that changed.

    Outside the blocks the two strings are equal up to a shift.
    """

    __slots__ = ("t_starts", "t_ends", "s_starts", "s_ends", "_np")

    def __init__(self, blocks: list[tuple[int, int, int, int]]) -> None:
        self.t_starts = [b[0] for b in blocks]
        self.t_ends = [b[1] for b in blocks]
        self.s_starts = [b[2] for b in blocks]
        self.s_ends = [b[3] for b in blocks]
        self._np = None

    def back_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.t_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.t_ends[i]:
            return self.s_starts[i]
        return pos - self.t_ends[i] + self.s_ends[i]

    def _arrays(self):
        import numpy as np

        cache = self._np
        if cache is None:
            cache = tuple(
                np.asarray(x, dtype=np.int64)
                for x in (self.t_starts, self.t_ends, self.s_starts, self.s_ends)
            )
            self._np = cache
        return cache

    def _back_array(self, pos, *, end: bool):
        """:meth:`back_start` / :meth:`back_end` for a numpy array of positions."""
        import numpy as np

        ts, te, ss, se = self._arrays()
        i = np.searchsorted(ts, pos, side="left" if end else "right") - 1
        ic = np.clip(i, 0, None)
        out = np.where(pos < te[ic], (se if end else ss)[ic], pos - te[ic] + se[ic])
        return np.where(i < 0, pos, out)

    def back_start_array(self, pos):
        return self._back_array(pos, end=False)

    def back_end_array(self, pos):
        return self._back_array(pos, end=True)

    def back_lists(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """:meth:`back_start` of every start and :meth:`back_end` of every end
        (:meth:`back_start` for an empty span, as :meth:`Normalized.raw_span`):
        the two written out in one loop, for the spans of a whole article."""
        ts, te, ss, se = self.t_starts, self.t_ends, self.s_starts, self.s_ends
        bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
        out_starts, out_ends = [], []
        for a, b in zip(starts, ends):
            i = bisect_right(ts, a) - 1
            a2 = a if i < 0 else ss[i] if a < te[i] else a - te[i] + se[i]
            out_starts.append(a2)
            if a == b:
                out_ends.append(a2)
                continue
            i = bisect_left(ts, b) - 1
            out_ends.append(b if i < 0 else se[i] if b < te[i] else b - te[i] + se[i])
        return out_starts, out_ends

    def back_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.t_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.t_ends[i]:
            return self.s_ends[i]
        return pos - self.t_ends[i] + self.s_ends[i]


def _rewrite(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, _Pass | None]:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits."""
    if not edits:
        return text, None
    parts: list[str] = []
    blocks: list[tuple[int, int, int, int]] = []
    last = 0
    tpos = 0
    for s, e, rep in edits:
        parts.append(text[last:s])
        tpos += s - last
        t_end = tpos + len(rep)
        if not (e - s == 1 and len(rep) == 1):  # one character for one keeps every offset: no block
            blocks.append((tpos, t_end, s, e))
        parts.append(rep)
        tpos = t_end
        last = e
    parts.append(text[last:])
    return "".join(parts), (_Pass(blocks) if blocks else None)


# Text made only of these characters is NFC unless it holds one of the
# Devanagari sequences below; checking that with one regex is much faster
# than unicodedata.is_normalized on Hindi (whose nukta makes NFC "maybe").
# (U+2000, U+2001, U+2126, U+212A and U+212B are left out of the ranges: each
# has a one-character NFC decomposition; the sequences are those that NFC
# composes or reorders: tests/test_fast_paths.py checks every pair.)
_NFC_SUSPECT = re.compile(
    r"[^\x00-\u02ff\u0900-\u0957\u0960-\u097f\u2002-\u206f\u20a0-\u20cf\u2100-\u2125\u2127-\u2129\u212c-\u214f\ufeff]"
    r"|[\u0928\u0930\u0933]\u093c|\u094d\u093c|[\u0951-\u0954][\u093c\u094d]|[\u0951\u0953\u0954]\u0952"
)


# the first branch of _NFC_SUSPECT alone: one character class, which the
# regex engine scans for much faster than the alternation
_NFC_UNSAFE_CHAR = re.compile(_NFC_SUSPECT.pattern.split("|", 1)[0])
# where the other branches of _NFC_SUSPECT can start (one character wide, so no
# start is hidden inside another match; each is checked with the pattern itself)
_NFC_SEQ_START = re.compile(r"[\u0928\u0930\u0933\u094d\u0951-\u0954](?=[\u093c\u094d\u0952])")
_NUKTA_AFTER = frozenset("\u0928\u0930\u0933\u094d")  # a nukta after one of these is a suspect


def _nukta_starts(text: str) -> list[int]:
    """Where ``X + nukta`` with X in ``_NUKTA_AFTER`` starts (nukta is found
    with ``str.find``: a two-character search costs a scan of the text each)."""
    out = []
    i = text.find("\u093c", 1)
    while i >= 0:
        if text[i - 1] in _NUKTA_AFTER:
            out.append(i - 1)
        i = text.find("\u093c", i + 1)
    return out


# a character outside ASCII, no-break space, the Devanagari block and U+2002–U+203F:
# a text without one is "plain", which answers the character tests of NFC (only the
# letters U+0958–U+095F can be unsafe) and of the script shares (its normalised text
# is inside ASCII, the block and U+2000–U+203F) with one scan
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\xa0\u0900-\u097f\u2002-\u203f]")
_NUKTA_LETTERS = tuple(map(chr, range(0x0958, 0x0960)))  # (NFC decomposes them)


def _has_accent(text: str) -> bool:
    """Does ``text`` hold one of the accent marks U+0951–U+0954 (one C scan each)?"""
    return "\u0951" in text or "\u0952" in text or "\u0953" in text or "\u0954" in text


def _no_suspect(text: str, plain: bool = False) -> bool:
    """True when ``_NFC_SUSPECT`` cannot match ``text`` (so it is NFC): a few
    fast scans instead of the pattern; it may answer False for a text with an
    accent mark but no suspect sequence.  ``plain``: ``text`` is known to have
    no character that ``_NOT_PLAIN`` finds."""
    return (
        (
            _NFC_UNSAFE_CHAR.search(text) is None
            if not plain
            else not any(map(text.__contains__, _NUKTA_LETTERS))
        )
        and not _has_accent(text)
        and not ("\u093c" in text and _nukta_starts(text))
    )


def _suspect_starts(text: str) -> list[int]:
    """The starts of the matches of ``_NFC_SUSPECT.finditer(text)``, or a
    superset of them that adds only positions right after a match start
    (inside the chunk that match opens): found with fast scans, where the
    alternation itself is scanned at about 30 ns a character."""
    starts = [m.start() for m in _NFC_UNSAFE_CHAR.finditer(text)]
    if _has_accent(text):
        # (accent marks: rare, the full search)
        match = _NFC_SUSPECT.match
        seq = [
            p
            for p in map(operator.methodcaller("start"), _NFC_SEQ_START.finditer(text))
            if match(text, p)
        ]
    else:
        seq = _nukta_starts(text)
    if seq:
        starts = sorted(starts + seq)
    return starts


_FEW_SUSPECTS = 64


def _nfc_edits(text: str, plain: bool = False) -> list[tuple[int, int, str]]:
    """The edits that make ``text`` NFC: one per *chunk* that changes, a chunk
    being a starter and the characters that may compose or reorder with it
    (never across white space).  Only chunks holding a match of
    ``_NFC_SUSPECT`` can change, so only those are looked at."""
    if _no_suspect(text, plain):
        return []
    suspects = _suspect_starts(text)
    # text in other scripts is NFC but full of "suspects": there one test in C
    # answers; Hindi text with a few (a precomposed nukta letter) is not NFC, and
    # the test would cost more than the chunks (it normalises the whole text)
    if len(suspects) >= _FEW_SUSPECTS and unicodedata.is_normalized("NFC", text):
        return []
    seconds = _second_of_composite()
    combining = unicodedata.combining
    n = len(text)
    edits: list[tuple[int, int, str]] = []
    done = 0  # end of the last chunk looked at
    for pos in suspects:
        if pos < done:
            continue
        start = pos
        while (
            start > 0
            and (combining(text[start]) or text[start] in seconds)
            and not text[start - 1].isspace()
        ):
            start -= 1
        end = pos + 1
        while end < n and (combining(text[end]) or text[end] in seconds):
            end += 1
        done = end
        chunk = text[start:end]
        out = unicodedata.normalize("NFC", chunk)
        if out != chunk:
            edits.append((start, end, out))
    return edits


@dataclass(frozen=True)
class Normalized:
    """A normalised text that remembers where every character came from.

    ``text`` is the normalised string, ``raw`` the input.  Use
    :meth:`raw_span` to map a span of ``text`` back to ``raw``.
    """

    raw: str
    text: str
    nukta: str = "canonical"
    _passes: tuple = field(default=(), repr=False, compare=False)
    # the raw text has no character _NOT_PLAIN finds (so the normalised text is
    # inside ASCII, the Devanagari block and U+2000–U+203F)
    _plain: bool = field(default=False, repr=False, compare=False)

    @property
    def is_identity(self) -> bool:
        """True when normalisation changed nothing, so offsets are shared."""
        return not self._passes

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the span of ``raw`` it came from.

        The result is ordered and inside ``raw``; a span that starts or ends
        inside a character that normalisation rewrote (a composed cluster, an
        expanded dash) widens to cover the whole raw character.
        """
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise InputError(
                f"span ({start}, {end}) is not inside the normalised text of length {n}"
            )
        if not self._passes:
            return start, end
        if start == end:
            p = start
            for ps in reversed(self._passes):
                p = ps.back_start(p)
            return p, p
        a, b = start, end
        for ps in reversed(self._passes):
            a = ps.back_start(a)
            b = ps.back_end(b)
        return a, b

    def _span_mapper(self):
        """:meth:`raw_span` without the bounds check, as a plain function: for
        the many offsets the analysis computes itself (one rewrite pass, the
        usual case, skips the loop)."""
        passes = tuple(reversed(self._passes))
        if not passes:
            return _same_span
        if len(passes) == 1:
            back_start, back_end = passes[0].back_start, passes[0].back_end

            def one_pass(start: int, end: int) -> tuple[int, int]:
                if start == end:
                    p = back_start(start)
                    return p, p
                return back_start(start), back_end(end)

            return one_pass

        def every_pass(start: int, end: int) -> tuple[int, int]:
            if start == end:
                for ps in passes:
                    start = ps.back_start(start)
                return start, start
            for ps in passes:
                start, end = ps.back_start(start), ps.back_end(end)
            return start, end

        return every_pass

    def raw_spans(self, starts, ends) -> tuple[list[int], list[int]]:
        """:meth:`raw_span` for many spans at once (vectorised with numpy)."""
        if not self._passes:
            return list(starts), list(ends)
        import numpy as np

        a = np.asarray(starts, dtype=np.int64)
        b = np.asarray(ends, dtype=np.int64)
        empty = a == b
        for ps in reversed(self._passes):
            a, b = ps.back_start_array(a), ps.back_end_array(b)
        b = np.where(empty, a, b)
        return a.tolist(), b.tolist()

    def _raw_span_lists(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """:meth:`raw_spans` without the bounds check: vectorised for many
        spans, one by one for fewer than 80 (numpy's fixed cost is about 70 spans' worth)."""
        if len(starts) >= 80:
            return self.raw_spans(starts, ends)
        if len(self._passes) == 1:
            return self._passes[0].back_lists(starts, ends)
        mapped = list(map(self._span_mapper(), starts, ends))
        return [a for a, _ in mapped], [b for _, b in mapped]

    def raw_offset(self, pos: int) -> int:
        """Map one position of ``text`` (as a span start) to ``raw``."""
        return self.raw_span(pos, pos)[0]


def _same_span(start: int, end: int) -> tuple[int, int]:
    return start, end


def _check_str(text: object, what: str = "text") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            f"{what} must be str, not {type(text).__name__}; decode it first (e.g. data.decode('utf-8')) or use bias.text.read_text(path)"
        )
    raise TypeError(f"{what} must be str, not {type(text).__name__}")


def normalize(text: str, *, nukta: NuktaMode = "canonical") -> Normalized:
    """Normalise Hindi ``text`` and keep a map back to it.

    Steps: Unicode NFC; indic-nlp-library's Devanagari character rules
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
    """
    text = _check_str(text)
    if nukta not in NUKTA_MODES:
        raise InputError(
            f"`nukta` value = {nukta!r} is invalid; value must be one of {list(NUKTA_MODES)}"
        )
    passes = []
    plain = _NOT_PLAIN.search(text) is None
    out, p = _rewrite(text, _nfc_edits(text, plain))
    if p is not None:
        passes.append(p)
    # character rules: one regex finds every character that changes
    table, pat = _change_table(nukta == "remove")
    # (a plain text can only hold a few of the characters: one fast test for each)
    if (
        (pat.search(out) is not None)
        if not plain
        else any(map(out.__contains__, _plain_changes(nukta == "remove")))
    ):
        edits = [(m.start(), m.end(), table[m.group()]) for m in pat.finditer(out)]
        out, p = _rewrite(out, edits)
        if p is not None:
            passes.append(p)
    if nukta == "precomposed" and _NUKTA in out:
        pat = re.compile("|".join(re.escape(k) for k in _RECOMPOSE))
        edits = [(m.start(), m.end(), _RECOMPOSE[m.group()]) for m in pat.finditer(out)]
        out, p = _rewrite(out, edits)
        if p is not None:
            passes.append(p)
    return Normalized(text, out, nukta, tuple(passes), plain)


def _as_normalized(text: Union[str, Normalized]) -> Normalized:
    if isinstance(text, Normalized):
        return text
    return normalize(_check_str(text))


# --------------------------------------------------------------------------
# tokens


class Token(NamedTuple):
    """A token: its normalised form and its raw offsets."""

    text: str
    start: int
    end: int
    kind: str  # "word", "number" or "punct"


_LETTER_CLASS = r"A-Za-z\u00c0-\u024f\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff"
# words (starting with a letter, with digits inside, and apostrophes inside
# names: ओ'ब्रायन), numbers (3.5, 10:30), then any other visible character on
# its own.  The branches cannot overlap (a word starts with a letter, a number
# with a digit), so the most frequent comes first; possessive quantifiers
# spare the engine backtracking states it would never use.
_TOKEN_RE = re.compile(
    rf"[{_LETTER_CLASS}][{_LETTER_CLASS}0-9\u0966-\u096f]*+(?:['’][{_LETTER_CLASS}]++)*+"
    rf"|[0-9\u0966-\u096f]++(?:[.,:][0-9\u0966-\u096f]++)*+"
    r"|\S"
)


class _KindOfFirst(dict):
    """First character of a token -> its kind (cached per character)."""

    def __missing__(self, ch: str) -> str:
        kind = (
            "number"
            if ch in "0123456789\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f"
            else ("word" if re.match(rf"[{_LETTER_CLASS}]", ch) else "punct")
        )
        self[ch] = kind
        return kind


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


# token -> its kind (the kind of its first character): one probe per token, no one-character strings
_KIND_OF_TOKEN = _Cache(lambda token: _KIND_OF_FIRST[token[0]])
_TOKEN_SPLIT = re.compile("(" + _TOKEN_RE.pattern + ")")
_SPAN = operator.methodcaller("span")


def _token_offsets(text: str) -> tuple[list[str], list[int], list[int]]:
    """Token strings, starts and ends of ``text`` as parallel lists.

    The loops run in C (``split``, ``map``): tokenisation is on the hot path.
    """
    # split with a capturing group gives [gap, token, gap, token, …, gap]; its
    # cumulative lengths alternate token starts and ends (no Match objects)
    parts = _TOKEN_SPLIT.split(text)
    cum = list(itertools.accumulate(map(len, parts)))
    return parts[1::2], cum[0:-1:2], cum[1::2]


def _tokens(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """Token strings, starts, ends and kinds of ``text`` as parallel lists."""
    strings, starts, ends = _token_offsets(text)
    return strings, starts, ends, list(map(_KIND_OF_TOKEN.__getitem__, strings))


def _token_spans(text: str) -> list[tuple[int, int, str]]:
    _, starts, ends, kinds = _tokens(text)
    return list(zip(starts, ends, kinds))


_MAKE_TOKEN = functools.partial(tuple.__new__, Token)


def tokenize(text: Union[str, Normalized]) -> list[Token]:
    """Split ``text`` into word, number and punctuation tokens.

    Tokens are found on the normalised text; ``Token.text`` is the normalised
    form, ``start``/``end`` are raw offsets.  Hyphens and quote marks are
    tokens of their own; an apostrophe inside a word (ओ'ब्रायन) is not.
    """
    norm = _as_normalized(text)
    strings, starts, ends, kinds = _tokens(norm.text)
    if not norm.is_identity:
        starts, ends = norm.raw_spans(starts, ends)
    return list(map(_MAKE_TOKEN, zip(strings, starts, ends, kinds)))


# --------------------------------------------------------------------------
# segmentation


class Segment(NamedTuple):
    """A unit of an article in raw offsets: ``kind`` is ``"sentence"``,
    ``"headline"`` or ``"credit"``."""

    start: int
    end: int
    kind: str


_MAKE_SEGMENT = functools.partial(tuple.__new__, Segment)

#: words that end with a dot without ending the sentence
ABBREVIATIONS = frozenset(
    """डॉ प्रो श्री श्रीमती सुश्री कु ई पू सं जन फर वि मो नं क्र स्व डा प्रा लि कं रु रू मि सें कि ग्रा
    Dr Mr Mrs Ms Prof St Jr Sr Co Ltd Inc vs etc No Rs Mt Gen Col Lt Capt Sgt""".split()
)
# letter names used as initials (ए.पी.जे., यू.एस.) and single Devanagari syllables
_INITIALS = frozenset(
    """ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई वाय जेड ज़ेड""".split()
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.ASCII)
_EMAIL_LEFT = re.compile(r"[\w.+-]+$", re.ASCII)
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+", re.ASCII)


def _url_zones(t: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses (linear: e-mails grow out from each @)."""
    zones = (
        [m.span() for m in _URL.finditer(t) if "." in m.group()]
        if ("://" in t or "www." in t)
        else []
    )
    at = t.find("@")
    while at >= 0:
        left = _EMAIL_LEFT.search(t, max(0, at - 64), at)
        right = _EMAIL_RIGHT.match(t, at + 1)
        if left and right and right.end() - at < 256:
            zones.append((left.start(), right.end()))
        at = t.find("@", at + 1)
    return zones


# written [x][x]* rather than [x]+: a pattern that starts with a character class
# lets the regex engine skip ahead to the next candidate character (2.5x faster here)
_NEWLINE = re.compile(r"\n")
_BOUNDARY = re.compile(r"[।॥?!.][।॥?!.]*")
_CLOSERS = set("”’\"'»›)]}")
_CREDIT_WORDS = re.compile(
    r"इनपुट|एजेंसी|एजेंसियों|भाषा|ब्यूरो|संवाददाता|रिपोर्ट|रिपोर्टर|द्वारा|फोटो|फ़ोटो|तस्वीर|साभार|स्रोत|आईएएनएस|पीटीआई|एएनआई|यूएनआई|रॉयटर|रायटर|एएफपी|न्यूज़?\s*डेस्क|डेस्क|ब्यूरो"
)


def _is_abbreviation_dot(t: str, pos: int) -> bool:
    """Is the ``.`` at ``pos`` part of a number, an abbreviation or an initial?"""
    n = len(t)
    nxt = t[pos + 1] if pos + 1 < n else ""
    prev = t[pos - 1] if pos > 0 else ""
    if prev.isdigit() and nxt.isdigit():
        return True  # 3.5, 10.30
    # the word before the dot
    i = pos
    while i > 0 and not t[i - 1].isspace() and t[i - 1] not in ".(\"'“‘":
        i -= 1
    word = t[i:pos]
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():
        return True  # a Latin initial, or a vowel letter used as one (ए., ई.)
    if word in _INITIALS or _SYLLABLE.fullmatch(word):
        # a letter name (जे., पी.) is an initial only inside a chain: ए.पी.जे.
        if t[i - 1 : i] == "." or _INITIAL_PREV.search(t, max(0, i - 14), i):
            return True
        return bool(_INITIAL_NEXT.match(t, pos + 1))
    # inside a dotted abbreviation such as U.S.
    return t[i - 1 : i] == "." and i >= 2 and word.isascii()


_SYLLABLE = re.compile(r"[\u0915-\u0939]\u093c?")  # a single consonant (with its nukta)
_INITIAL_ALT = "|".join(sorted(_INITIALS, key=len, reverse=True))
_INITIAL_NEXT = re.compile(r" ?(?:" + _INITIAL_ALT + r"|[A-Za-z])\.")
_INITIAL_PREV = re.compile(r"(?:^|(?<=[\s.]))(?:" + _INITIAL_ALT + r"|[A-Za-z])\. $")


def _line_kind(line: str) -> str | None:
    """``"credit"`` or ``"headline"`` for a whole line, else ``None``."""
    s = line.strip()
    if not s:
        return None
    words = s.split()
    if len(words) <= 12:
        if s[0] in "([" and s[-1] in ")]":
            return "credit"
        if s[0] in "-—–" or (len(words) <= 6 and _CREDIT_WORDS.search(s) and s[-1] not in "।॥?!."):
            if _CREDIT_WORDS.search(s) or s[0] in "-—–":
                return "credit"
    return None


def _segment_normalized(
    norm: Normalized, pairing: MarkPairing | None = None
) -> list[tuple[int, int, str]]:
    """Segments in normalised offsets."""
    t = norm.text
    if pairing is None:
        pairing = pair_quotes(t)
    # forbidden zones: inside top-level quotations, URLs and e-mail addresses
    zones = [(s.open + 1, s.close) for s in pairing.spans]
    zones.extend(_url_zones(t))
    zones.sort()
    zone_starts = [z[0] for z in zones]
    # running maximum of zone ends, so overlapping zones are handled
    zone_maxend = []
    mx = -1
    for z in zones:
        mx = max(mx, z[1])
        zone_maxend.append(mx)

    bisect_right = bisect.bisect_right

    def in_zone(p: int) -> bool:
        i = bisect_right(zone_starts, p) - 1
        return i >= 0 and zone_maxend[i] > p

    closing_marks = {s.close for s in pairing.spans if s.closed} | {
        s.close for s in pairing.nested if s.closed
    }
    n = len(t)
    cuts: list[int] = []  # positions where a unit ends
    for p, end in map(_SPAN, _BOUNDARY.finditer(t)):
        if zones:
            i = (
                bisect_right(zone_starts, p) - 1
            )  # (in_zone, written out: this runs for every boundary)
            if i >= 0 and zone_maxend[i] > p:
                continue
        if t[p] == "." and (end - p == 1 or not t[p:end].strip(".")):
            if end - p > 1:
                # an ellipsis ends a sentence only at a line end
                q = end
                while q < n and t[q] in " \t":
                    q += 1
                if q < n and t[q] != "\n":
                    continue
            elif _is_abbreviation_dot(t, p):
                continue
            elif end < n and t[end].isascii() and t[end].isalnum():
                # a dot right before a Latin letter or digit with no space is not a full stop
                continue
        if end < n and t[end] in _CLOSERS:
            while end < n and (t[end] in _CLOSERS and (end in closing_marks or t[end] in ")]}")):
                end += 1
        cuts.append(end)

    # a quotation that ends with final punctuation (“… हैं।”) ends its sentence after the mark
    for s in pairing.spans:
        if not s.closed:
            continue
        j = s.close
        while j > s.open + 1 and (t[j - 1].isspace() or t[j - 1] in _CLOSERS):
            j -= 1
        if (
            j > s.open + 1
            and t[j - 1] in "।॥?!"
            or (t[j - 1] == "." and not _is_abbreviation_dot(t, j - 1))
        ):
            end = s.close_end
            while end < n and t[end] in ")]}":
                end += 1
            cuts.append(end)

    # build units paragraph by paragraph; a newline outside a quotation ends a unit
    segs: list[tuple[int, int, str]] = []
    newlines = [m.start() for m in _NEWLINE.finditer(t)]
    newline_cuts = [p for p in newlines if not in_zone(p)] if zones else newlines
    all_cuts = sorted(set(cuts) | set(newline_cuts) | {n})
    start = 0
    for c in all_cuts:
        # the unit without its leading and trailing white space
        unit = t[start:c]
        body = unit.strip()
        if body:
            a = start + (len(unit) - len(unit.lstrip()))
            segs.append((a, a + len(body), "sentence"))
        start = c
    # classify whole lines without final punctuation as headlines / credits
    out = []
    last = len(segs) - 1
    bisect_left = bisect.bisect_left
    n_lines = len(newlines)
    for i, (a, b, _) in enumerate(segs):
        kind = "sentence"
        # the line around the unit: the last newline before it, the first at or after its end
        j = bisect_left(newlines, a)
        line_start = newlines[j - 1] + 1 if j else 0
        j = bisect_left(newlines, b, j)
        line_end = newlines[j] if j < n_lines else n
        # a whole line: no other unit shares it
        if (i == 0 or segs[i - 1][1] <= line_start) and (i == last or segs[i + 1][0] >= line_end):
            k = _line_kind(t[a:b])
            if k is not None:
                kind = k
            else:
                e = b
                while e > a and t[e - 1] in _CLOSERS:
                    e -= 1
                if e > a and t[e - 1] not in "।॥?!.":
                    kind = "headline"
        out.append((a, b, kind))
    return out


def segment(text: Union[str, Normalized]) -> list[Segment]:
    """Split ``text`` into sentences, headlines and credit lines.

    Sentences end at ``।``, ``॥``, ``?``, ``!`` and at ``.`` used as a full stop
    (also BBC style, with no space after it: ``थे.लेकिन``), but never inside a
    quotation; a closing mark after the final danda belongs to the sentence it
    closes.  Abbreviations (डॉ., प्रो., श्री., ई., initials such as ए.पी.जे.),
    decimals, times, URLs and e-mail addresses do not end sentences.  A whole
    line without final punctuation is a ``headline``; a short line of credits
    (``(एजेंसी इनपुट्स के साथ)``, ``- संवाददाता, पटना``) is a ``credit``.

    Offsets are raw.  Empty or whitespace-only text gives ``[]``.
    """
    norm = _as_normalized(text)
    segs = _segment_normalized(norm)
    if not segs:
        return []
    starts, ends, kinds = zip(*segs)
    if not norm.is_identity:
        starts, ends = norm.raw_spans(starts, ends)
    return list(map(_MAKE_SEGMENT, zip(starts, ends, kinds)))


# --------------------------------------------------------------------------
# files

#: refuse files larger than this by default (bytes)
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_text(path: Union[str, os.PathLike], *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a text file: UTF-8 with or without BOM, or UTF-16 with BOM.

    Invalid bytes raise :class:`bias.errors.EncodingError` naming the file,
    the byte offset and the line; a missing file raises
    :class:`bias.errors.InputFileNotFound`; a file larger than ``max_bytes``
    raises :class:`bias.errors.InputError` (nothing is read past the limit).
    """
    p = os.fspath(path)
    try:
        size = os.path.getsize(p)
    except FileNotFoundError:
        raise InputFileNotFound(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror}") from None
    if os.path.isdir(p):
        raise InputError(f"{p}: is a folder, not a text file")
    if size > max_bytes:
        raise InputError(
            f"{p}: file is {size} bytes, more than the limit of {max_bytes} bytes (max_bytes)"
        )
    with open(p, "rb") as fh:
        data = fh.read()
    return decode_bytes(data, source=p)


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode file bytes as :func:`read_text` does."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        enc, body, skip = "utf-16", data, 0
    elif data.startswith(b"\xef\xbb\xbf"):
        enc, body, skip = "utf-8", data[3:], 3
    else:
        enc, body, skip = "utf-8", data, 0
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as exc:
        off = exc.start + skip
        line = data.count(b"\n", 0, off) + 1
        raise EncodingError(
            f"{source}: invalid {enc.upper()} at byte {off} (line {line}): {data[off : off + 4]!r}",
            path=source,
            byte_offset=off,
        ) from None
    if enc == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    return text
