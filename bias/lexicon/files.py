"""Lexicon files: UTF-8 TSV package data (or your own files), parsed once, read-only.

A lexicon file is UTF-8 TSV: comment lines beginning with ``#`` carry its provenance, then one
header row naming the columns, then one entry per line.  The first column is always ``term``
(a word or a multiword expression).  Bundled lexicons live in ``bias/lexicons/`` (see its
README): ``sentiment``, ``praise``, ``concern``, ``negators``, ``intensifiers``,
``diminishers``, ``contrast``, ``source_types``, ``known_speakers``, ``cues``.

>>> table = load_table("praise")
>>> table.columns[:2]
('term', 'weight')
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

from ..errors import LexiconError, UnknownLexiconError
from .keys import term_key

__all__ = ["LexiconTable", "bundled_lexicons", "load_table", "load_lexicon"]


class LexiconTable(NamedTuple):
    """A parsed lexicon file: ``columns`` and ``rows`` (tuples of strings)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    comments: tuple[str, ...]

    def column(self, name: str) -> list[str]:
        """The values of column ``name``, one per entry (LexiconError if there is none)."""
        try:
            i = self.columns.index(name)
        except ValueError:
            raise LexiconError(
                f"lexicon {self.name!r} has no column {name!r}; columns are {list(self.columns)}"
            ) from None
        return [r[i] for r in self.rows]


def bundled_lexicons() -> list[str]:
    """Names of the lexicons shipped with the package.

    >>> "sentiment" in bundled_lexicons()
    True
    """
    files = resources.files("bias.lexicons").iterdir()
    return sorted(p.name[:-4] for p in files if p.name.endswith(".tsv"))


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
            # (blocs.tsv is keyed by a country code: its first column is "origin")
            if cells[0] not in ("term", "origin"):
                raise LexiconError(
                    f"{name}:{lineno}: the header row must start with 'term' (or 'origin'), "
                    f"got {cells[0]!r}"
                )
            header = cells
            continue
        if len(cells) != len(header):
            raise LexiconError(
                f"{name}:{lineno}: expected {len(header)} tab-separated columns "
                f"{list(header)}, got {len(cells)}"
            )
        if not cells[0]:
            raise LexiconError(f"{name}:{lineno}: empty term")
        # a term may be listed once per ``kind`` (cues.tsv), otherwise once
        key = term_key(cells[0])
        if "kind" in header:
            key += "\t" + cells[header.index("kind")]
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
        path = resources.files("bias.lexicons").joinpath(f"{name}.tsv")
        data = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UnknownLexiconError(
            f"`lexicon` value = {name!r} is invalid; value must be one of "
            f"{bundled_lexicons()} or a path to a .tsv file"
        ) from None
    return _parse(f"{name}.tsv", data)


@functools.lru_cache(maxsize=64)
def _load_file(path: str, mtime: float) -> LexiconTable:
    # (mtime is part of the cache key: an edited file is read again)
    try:
        data = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return _parse(path, data)


def load_table(name: str | os.PathLike) -> LexiconTable:
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
    out: dict[str, float] = {}
    for term, v in zip(table.column("term"), table.column(col)):
        try:
            out[term_key(term)] = float(v)
        except ValueError:
            raise LexiconError(
                f"{table.name}: value {v!r} of {term!r} in column {col!r} is not a number"
            ) from None
    return MappingProxyType(out)


def load_lexicon(name: str | os.PathLike, *, column: str | None = None) -> Mapping[str, float]:
    """A read-only mapping ``term key → number`` from a lexicon.

    ``name`` is a bundled lexicon (``"sentiment"``, ``"praise"``, …) or the path of your own
    TSV file; ``column`` picks the numeric column (default: the second one).  Keys are
    :func:`bias.lexicon.term_key` forms.

    >>> load_lexicon("praise")["समर्थन"] > 0
    True
    """
    return _as_mapping(load_table(name), column)
