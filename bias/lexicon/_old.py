"""Lexicons: TSV package data (or your own files), loaded once and read-only.

A lexicon file is UTF-8 TSV: comment lines beginning with ``#`` carry its
provenance, then one header row naming the columns, then one entry per line.
The first column is always ``term`` (a word or a multiword expression).

Terms are compared through :func:`term_key`, the same key the analysis
computes for the text, so spelling variants that differ only by nukta or
chandrabindu match (``ज़रूर`` = ``जरूर``, ``हाँ`` = ``हां``).

Bundled lexicons (see ``bias/lexicons/README.md``): ``sentiment``, ``praise``,
``concern``, ``negators``, ``intensifiers``, ``diminishers``, ``contrast``,
``source_types``, ``known_speakers``, ``cues``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple, Union

from .errors import LexiconError, UnknownLexiconError
from .text import _KIND_OF_FIRST, _Cache, _token_offsets, normalize

__all__ = [
    "LexiconTable",
    "PhraseMatcher",
    "TokenRows",
    "TokenTable",
    "load_table",
    "load_lexicon",
    "term_key",
    "token_key",
    "stem",
    "bundled_lexicons",
]

_SPACES = re.compile(r"\s+")


def term_key(term: str) -> str:
    """The matching key of a term or token: normalised, nukta removed,
    chandrabindu as anusvara, Latin lower-cased, single spaces."""
    t = normalize(term, nukta="remove").text.replace("\u0901", "\u0902").lower()
    return _SPACES.sub(" ", t).strip()


class LexiconTable(NamedTuple):
    """A parsed lexicon file: ``columns`` and ``rows`` (tuples of strings)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    comments: tuple[str, ...]

    def column(self, name: str) -> list[str]:
        try:
            i = self.columns.index(name)
        except ValueError:
            raise LexiconError(
                f"lexicon {self.name!r} has no column {name!r}; columns are {list(self.columns)}"
            ) from None
        return [r[i] for r in self.rows]


def bundled_lexicons() -> list[str]:
    """Names of the lexicons shipped with the package."""
    return sorted(
        p.name[:-4] for p in resources.files("bias.lexicons").iterdir() if p.name.endswith(".tsv")
    )


def _parse(name: str, text: str) -> LexiconTable:
    comments: list[str] = []
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if header is None:
                comments.append(line[1:].strip())
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if header is None:
            header = cells
            if header[0] != "term":
                raise LexiconError(
                    f"{name}:{lineno}: the header row must start with 'term', got {header[0]!r}"
                )
            continue
        if len(cells) != len(header):
            raise LexiconError(
                f"{name}:{lineno}: expected {len(header)} tab-separated columns {list(header)}, got {len(cells)}"
            )
        if not cells[0]:
            raise LexiconError(f"{name}:{lineno}: empty term")
        # a term may be listed once per ``kind`` (cues.tsv), otherwise once
        key = term_key(cells[0]) + ("\t" + cells[header.index("kind")] if "kind" in header else "")
        if key in seen:
            raise LexiconError(
                f"{name}:{lineno}: duplicate term {cells[0]!r} (same key as line {seen[key]})"
            )
        seen[key] = lineno
        rows.append(cells)
    if header is None:
        raise LexiconError(f"{name}: no header row")
    return LexiconTable(name, header, tuple(rows), tuple(comments))


@functools.lru_cache(maxsize=64)
def _load_bundled(name: str) -> LexiconTable:
    try:
        data = resources.files("bias.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UnknownLexiconError(
            f"`lexicon` value = {name!r} is invalid; value must be one of {bundled_lexicons()} or a path to a .tsv file"
        ) from None
    return _parse(f"{name}.tsv", data)


@functools.lru_cache(maxsize=64)
def _load_file(path: str, mtime: float) -> LexiconTable:
    try:
        data = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return _parse(path, data)


def load_table(name: Union[str, os.PathLike]) -> LexiconTable:
    """Load a bundled lexicon by name (``"sentiment"``) or a TSV file by path."""
    s = os.fspath(name)
    if s.endswith(".tsv") or os.sep in s or "/" in s:
        if not os.path.isfile(s):
            raise UnknownLexiconError(f"lexicon file {s!r} does not exist")
        return _load_file(os.path.abspath(s), os.path.getmtime(s))
    return _load_bundled(s)


@functools.lru_cache(maxsize=64)
def _as_mapping(table: LexiconTable, column: str | None) -> Mapping[str, float]:
    col = column
    if col is None:
        if len(table.columns) < 2:
            raise LexiconError(f"lexicon {table.name!r} has no value column")
        col = table.columns[1]
    values = table.column(col)
    out: dict[str, float] = {}
    for term, v in zip(table.column("term"), values):
        try:
            out[term_key(term)] = float(v)
        except ValueError:
            raise LexiconError(
                f"{table.name}: value {v!r} of {term!r} in column {col!r} is not a number"
            ) from None
    return MappingProxyType(out)


def load_lexicon(
    name: Union[str, os.PathLike], *, column: str | None = None
) -> Mapping[str, float]:
    """A read-only mapping ``term key → number`` from a lexicon.

    ``name`` is a bundled lexicon (``"sentiment"``, ``"praise"``, …) or the
    path of your own TSV file; ``column`` picks the numeric column (default:
    the second one).  Keys are :func:`term_key` forms.
    """
    return _as_mapping(load_table(name), column)


def token_key(token: str) -> str:
    """:func:`term_key` for a token that is already normalised (fast path)."""
    # (a test is cheaper than a replace call, and most tokens have no nukta, no chandrabindu)
    if "\u093c" in token:
        token = token.replace("\u093c", "")
    if "\u0901" in token:
        token = token.replace("\u0901", "\u0902")
    return token.lower()


def term_tokens(term: str) -> tuple[str, ...]:
    """The token keys of a lexicon term, as the analysis tokenises text."""
    from .text import _token_spans

    t = normalize(term).text
    return tuple(token_key(t[a:b]) for a, b, _ in _token_spans(t))


# Ramanathan & Rao (2003) light stemmer suffixes, longest first
_SUFFIXES = sorted(
    """ो े ू ु ी ि ा कर ाओ िए ाई ाए ने नी ना ते ीं ती ता ाँ ां ों ें ाकर ाइए ाईं ाया ेगी ेगा ोगी ोगे ाने ाना ाते ाती ाता
    तीं ाओं ाएं ुओं ुएं ुआं ाएगी ाएगा ाओगी ाओगे एंगी ेंगी एंगे ेंगे ूंगी ूंगा ातीं नाओं नाएं ताओं ताएं ियाँ ियों ियां ाएंगी
    ाएंगे ाऊंगी ाऊंगा ाइयाँ ाइयों ाइयां""".split(),
    key=len,
    reverse=True,
)


# the suffixes by their last character, then by length, longest first: a key is
# compared only with the suffixes it can end with (one str.endswith per length, which
# compares in place: no slice to make and hash)
_SUFFIXES_BY_LAST = {
    last: tuple(
        (n, tuple(sorted(x for x in _SUFFIXES if x[-1] == last and len(x) == n)))
        for n in sorted({len(x) for x in _SUFFIXES if x[-1] == last}, reverse=True)
    )
    for last in {x[-1] for x in _SUFFIXES}
}


def _strip_suffix(key: str) -> str:
    size = len(key)
    for n, sufs in _SUFFIXES_BY_LAST.get(key[-1:], ()):
        if size - n >= 2 and key.endswith(sufs):
            return key[:-n]
    return key


@functools.lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """Strip the longest light-stemmer suffix, keeping a stem of at least 2 characters."""
    return _strip_suffix(key)


class TokenRows:
    """What several owners (a lexicon set, an attributor) need to know of a
    token, found with one cache probe per token.

    A row is ``(key, stem, kind, *columns)`` with ``columns[j] = fns[j](key, stem)``.
    Built from ``(owner, fn, keys, stems)``: ``fn`` must give ``None`` for a
    token whose key is not in ``keys`` and whose stem is not in ``stems``
    (it is not called for those: most new tokens cost no owner call), or
    from ``(owner, fn)``, when ``fn`` is called for every new token.  A
    :class:`TokenTable` built with it holds each owner's column in
    ``columns[owner]``, so the owners do not make their own pass over the
    tokens (and a new token costs one cache miss, not one per owner).
    """

    def __init__(self, owners) -> None:
        self.owners = tuple(owner for owner, *_ in owners)
        gated = []
        for _, fn, *gate in owners:
            keys, stems = gate or (None, None)
            gated.append(
                (
                    fn,
                    None if keys is None else frozenset(keys),
                    None if stems is None else frozenset(stems),
                )
            )
        self.cache = _RowCache(tuple(gated))


class _RowCache(dict):
    """Token -> its row (see :class:`TokenRows`).  A new token costs
    :func:`token_key`, :func:`stem` and a call per owner that can match it;
    the cache is cleared when it passes 200,000 entries, as
    :class:`bias.text._Cache`."""

    def __init__(self, gated: tuple) -> None:
        super().__init__()
        self.gated = gated
        # the union of the gates (none when an owner has no gate), and the owners' columns of a token outside it
        # (not named keys: that is a dict method)
        self.ungated = any(keys is None for _, keys, _ in gated)
        self.gate_keys = frozenset().union(*(keys for _, keys, _ in gated if keys is not None))
        self.gate_stems = frozenset().union(
            *(stems for _, keys, stems in gated if keys is not None)
        )
        self.outside = (None,) * len(gated)

    def __missing__(self, token: str) -> tuple:
        if len(self) > 200_000:
            self.clear()
        key = token_key(token)
        key_stem = _strip_suffix(key)  # (stem, uncached: the row is the cache)
        if self.ungated or key in self.gate_keys or key_stem in self.gate_stems:
            columns = tuple(
                [
                    fn(key, key_stem) if keys is None or key in keys or key_stem in stems else None
                    for fn, keys, stems in self.gated
                ]
            )
        else:
            columns = self.outside
        row = self[token] = (key, key_stem, _KIND_OF_FIRST[token[0]], *columns)
        return row


#: rows without owners: key, stem and kind
_PLAIN_ROWS = TokenRows([])


#: from this many tokens on, TokenTable transposes its rows by slicing (see there)
_LONG_TEXT = 1000


class TokenTable:
    """The tokens of a normalised text with their matching keys and stems,
    computed once and shared by attribution and framing (with ``rows``, a
    :class:`TokenRows`, also the owners' columns)."""

    __slots__ = ("starts", "ends", "kinds", "keys", "stems", "columns", "memo", "_matches")

    def __init__(self, text: str, spans=None, rows: TokenRows | None = None) -> None:
        if spans is None:
            strings, starts, ends = _token_offsets(text)
        else:
            starts = [s[0] for s in spans]
            ends = [s[1] for s in spans]
            strings = [text[a:b] for a, b in zip(starts, ends)]
        self.starts, self.ends = starts, ends
        # the columns of the rows, in one call
        rows = rows or _PLAIN_ROWS
        width = 3 + len(rows.owners)
        if len(strings) < _LONG_TEXT:
            cols = list(zip(*map(rows.cache.__getitem__, strings))) or [()] * width
        else:
            # zip(*rows) keeps an iterator alive per row: on a long text that many
            # live objects set off garbage collections (a full one now and then, which
            # walks the caches); the rows flattened and sliced allocate five lists
            flat = list(itertools.chain.from_iterable(map(rows.cache.__getitem__, strings)))
            cols = [flat[j::width] for j in range(width)]
        self.keys, self.stems, self.kinds = cols[0], cols[1], cols[2]
        self.columns: dict = dict(zip(rows.owners, cols[3:]))
        if spans is not None:
            self.kinds = [s[2] for s in spans]
        self._matches: dict = {}
        #: results a caller keeps for this text (attribution's noun phrases)
        self.memo: dict = {}

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def ranges(self, spans) -> list[tuple[int, int]]:
        """The token range ``(first, end)`` of each character span ``(start, end, …)``:
        the tokens that start inside it."""
        at = functools.partial(bisect.bisect_left, self.starts)
        return [(at(s[0]), at(s[1])) for s in spans]

    def matches(self, matcher: "PhraseMatcher") -> dict[int, tuple[int, Any]]:
        """Token index -> ``(length, value)`` of the longest term of ``matcher``
        starting there (stems and keys for a stemmed matcher, keys otherwise),
        for every token where one starts.  Computed once per matcher and
        text, so attribution can ask about any noun phrase without matching
        again."""
        found = self._matches.get(matcher)
        if found is None:
            found = self._matches[matcher] = (
                matcher.find_all(self.stems, self.keys)
                if matcher.stemmed
                else matcher.find_all(self.keys)
            )
        return found

    def remember(self, matcher: "PhraseMatcher", found: dict[int, tuple[int, Any]]) -> None:
        """Store what :meth:`matches` gives for ``matcher``, found by a caller's
        own pass over the tokens (see :meth:`bias.quotes.Attributor._scan`)."""
        self._matches[matcher] = found


_UNSEEN = object()  # (a memo miss, where None is an answer)


class Multi(NamedTuple):
    """What can start at a token where multiword entries begin."""

    seconds: frozenset  # the second tokens of those entries
    single: Any  # the one-token match when none of them continues, or None
    entries: dict  # second token -> entries (longest first)


class PhraseMatcher:
    """Longest-match lookup of (multi)word terms over a sequence of token keys.

    One dictionary probe per token position (keyed by the first token), so
    matching is a single pass over the text whatever the lexicon size.

    With ``stemmed=True`` entries are indexed by their :func:`stem` forms and
    :meth:`match_at` takes the stems of the text; pass the unstemmed ``keys``
    too and a word the stemmer left bare only matches an entry word that is
    bare as well (so उपलब्ध "available" does not match उपलब्धि "achievement",
    while चिंताओं still matches चिंता).
    """

    def __init__(self, entries, *, stemmed: bool = False) -> None:
        index: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...], object]]] = {}
        for term, value in entries:
            toks = term_tokens(term) if isinstance(term, str) else tuple(term)
            bare = tuple(True for _ in toks)
            if stemmed and isinstance(term, str):
                stems = tuple(stem(k) for k in toks)
                bare = tuple(a == b for a, b in zip(toks, stems))
                toks = stems
            if toks:
                index.setdefault(toks[0], []).append((toks, bare, value))
        for v in index.values():
            v.sort(key=lambda e: -len(e[0]))
        self._index = index
        # one-token entries by their token; multiword entries by their first two tokens, so a
        # probe that fails on the second token costs two dictionary lookups and no slicing
        self._single: dict[str, list[tuple[bool, object]]] = {}
        self._multi: dict[str, dict[str, list]] = {}
        for first, entries in index.items():
            for toks, bare, value in entries:
                if len(toks) == 1:
                    self._single.setdefault(first, []).append((bare[0], value))
                else:
                    # (with the positions of its inflected words: a bare word of the text does not match them)
                    inflected = tuple(j for j, is_bare in enumerate(bare) if not is_bare)
                    self._multi.setdefault(first, {}).setdefault(toks[1], []).append(
                        (toks, bare, value, inflected)
                    )
        #: first tokens of all entries: test ``key in matcher.firsts`` before :meth:`match_at`
        self.firsts = frozenset(index)
        self.stemmed = stemmed
        # what can start at a token: by its key (stemmed, with the bare-word check) or by seq[i]
        self._by_key = _Cache(self.info)
        self._by_first = _Cache(lambda first: self.info(first, first))
        # (first token, bare key) -> info, for every first token: worked out here, once, rather
        # than the first time a text holds the word (the bare-key check is for stemmed matchers)
        self._infos: dict[tuple[str, bool], Any] = {
            (first, bare): self._info(first, bare)
            for first in index
            for bare in ((False, True) if stemmed else (False,))
        }

    def match_at(self, seq, i: int, keys=None):
        """``(length, value)`` of the longest term starting at ``seq[i]``, or ``None``.

        For a stemmed matcher ``seq`` holds the stems of the text and
        ``keys`` (optional) its keys, with ``seq[i] == stem(keys[i])``.
        What can start at a token is looked up once per distinct key
        (:meth:`info`), so a token that starts nothing costs one dictionary
        probe and the entries are only walked when the next token can
        continue a multiword entry.
        """
        info = (
            self._by_key[keys[i]] if keys is not None and self.stemmed else self._by_first[seq[i]]
        )
        if info is None or type(info) is not Multi:
            return info
        if i + 1 < len(seq) and seq[i + 1] in info.seconds:
            return self.walk(info, seq, i, keys)
        return info.single

    def walk(self, info: Multi, seq, i: int, keys=None):
        """:meth:`match_at` (same arguments) at a position whose :meth:`info`
        is the :class:`Multi` ``info`` and whose next token continues one of
        its entries (``seq[i + 1] in info.seconds``): for a caller that has
        looked both up already."""
        n = len(seq)
        for toks, _, value, inflected in info.entries[seq[i + 1]]:
            L = len(toks)
            if i + L > n or (L > 2 and tuple(seq[i : i + L]) != toks):
                continue
            if keys is not None and inflected:
                # a bare word of the text (its key is its stem) does not match an inflected entry word
                for j in inflected:
                    if keys[i + j] == seq[i + j]:
                        break
                else:
                    return L, value
                continue
            return L, value
        return info.single

    def find_all(self, seq, keys=None) -> dict[int, tuple[int, Any]]:
        """Position -> :meth:`match_at` (same arguments) for every position
        where a term starts: one dictionary probe per token (in C); the
        entries are walked only where the next token can continue a
        multiword entry."""
        by_key = keys is not None and self.stemmed
        infos = list(
            map((self._by_key if by_key else self._by_first).__getitem__, keys if by_key else seq)
        )
        found = {}
        for i in itertools.compress(range(len(infos)), infos):
            info = infos[i]
            if type(info) is Multi:
                info = self.resolve(info, seq, i, keys)
                if info is None:
                    continue
            found[i] = info
        return found

    def resolve(self, info: Multi, seq, i: int, keys=None):
        """:meth:`match_at` at a position whose :meth:`info` is the
        :class:`Multi` ``info``: the entries are walked only when the next
        token can continue one of them."""
        return (
            self.walk(info, seq, i, keys)
            if i + 1 < len(seq) and seq[i + 1] in info.seconds
            else info.single
        )

    def info(self, key: str, first: str | None = None):
        """What can start at a token whose key is ``key``: ``None``, the
        ``(length, value)`` of a one-token match, or a :class:`Multi` when
        multiword entries start there.  ``first`` is what the token is
        matched by (its stem, for a stemmed matcher); given explicitly, the
        bare-word check is skipped (:meth:`match_at` without ``keys``)."""
        check_bare = first is None and self.stemmed
        if first is None:
            first = stem(key) if self.stemmed else key
        # the answer depends on the first token and on whether the bare-word check
        # applies (a bare key): one pair for all the keys with that stem
        return self._infos.get((first, check_bare and key == first))

    def info_of(self, first: str, bare_key: bool):
        """:meth:`info` of a key whose first token (its stem, for a stemmed
        matcher) is ``first``; ``bare_key``: the key is its own stem and the
        bare-word check applies (a stemmed matcher only)."""
        return self._infos.get((first, bare_key))

    def _info(self, first: str, bare_key: bool):
        single = None
        for is_bare, value in self._single.get(first, ()):
            # a bare word of the text does not match an inflected entry that stems to it
            if not bare_key or is_bare:
                single = (1, value)
                break
        multi = self._multi.get(first)
        if multi and bare_key:
            # likewise for the first word of multiword entries (नेता प्रतिपक्ष does not start at ने)
            multi = {
                second: kept
                for second, entries in multi.items()
                if (kept := [e for e in entries if e[1][0]])
            }
        if multi:
            return Multi(frozenset(multi), single, multi)
        return single

    def __contains__(self, key: str) -> bool:
        return key in self._index
