"""Reading corpora: streaming, with a source id on every record, and nothing lost silently.

Formats: a folder of ``.txt`` files (recursively, with a glob), JSON Lines
(``.jsonl``), CSV (``.csv``) and TSV (``.tsv``) with a header row, a single
``.txt`` file, and standard input (``-``: one article per whole input).

Each record is a :class:`Record` with ``source`` (file name, or
``file:line`` for JSONL/CSV/TSV), ``text`` and the other fields of the row.
Records are yielded one by one: memory stays flat however large the corpus.

Bad records (a malformed JSON line, a missing text column, an empty text,
invalid UTF-8 in one file of a folder) follow ``on_error``: ``"fail"``
(default) raises :class:`bias.errors.CorpusError` naming the file and line;
``"skip"`` leaves the record out and remembers it in ``Corpus.skipped`` —
every skipped record with its source and reason — so that records read ==
records yielded + records skipped.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Union

from .errors import CorpusError, EncodingError, InputError, InputFileNotFound
from .text import decode_bytes, read_text

__all__ = ["Record", "Skipped", "Corpus", "read_corpus", "ON_ERROR"]

ON_ERROR = ("fail", "skip")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Record:
    """One text of a corpus: where it came from, the text, and the row's other fields.

    >>> Record("news.jsonl:3", "मंत्री ने कहा …", {"id": "a7"}).fields["id"]
    'a7'
    """

    source: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    #: the record's position in its file (0-based, counting records skipped as bad, not blank
    #: lines): stable whatever is skipped, so an output row joins back to its input
    index: int = 0


@dataclass(frozen=True)
class Skipped:
    """A record left out with ``on_error="skip"``, and why."""

    source: str
    reason: str


def _no_column(col: str, fields: dict[str, Any]) -> str:
    """The message for a record without the column ``col``: the columns it has, the closest
    name, and the option that picks another column.

    >>> msg = _no_column("frame", {"id": 1, "frames": "praise"})
    >>> "['frames', 'id']" in msg and "did you mean 'frames'?" in msg and "--label-col" in msg
    True
    """
    import difflib

    close = difflib.get_close_matches(col, [str(k) for k in fields], n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return (
        f"no {col!r} column (the record has {sorted(map(str, fields))}{hint}); "
        "choose the label column with --label-col / label_col="
    )


class Corpus:
    """An iterable of :class:`Record` over a path (see the module doc).

    Iterate it once; afterwards ``read``, ``yielded`` and ``skipped`` hold the
    counts and the skipped records.
    """

    def __init__(
        self,
        path: Union[str, os.PathLike],
        *,
        text_col: str = "text",
        glob: str = "*.txt",
        on_error: str = "fail",
        require: tuple[str, ...] = (),
        min_chars: int = 1,
    ) -> None:
        if on_error not in ON_ERROR:
            raise InputError(
                f"`on_error` value = {on_error!r} is invalid; value must be one of {list(ON_ERROR)}"
            )
        self.path = os.fspath(path)
        self.text_col = text_col
        self.glob = glob
        self.on_error = on_error
        self.require = tuple(require)
        self.min_chars = min_chars
        self.read = 0
        self.yielded = 0
        self.skipped: list[Skipped] = []

    # ------------------------------------------------------------------
    def _bad(self, source: str, reason: str, *, skippable: bool = True) -> None:
        """Fail or remember a bad record; ``skippable``: say that --on-error skip would leave
        such records out (not for a corpus without the column: skipping leaves nothing)."""
        if self.on_error == "fail":
            hint = " (use on_error='skip' / --on-error skip to leave such records out)"
            raise CorpusError(f"{source}: {reason}" + (hint if skippable else ""))
        self.skipped.append(Skipped(source, reason))

    def _check(self, source: str, fields: dict[str, Any]) -> Record | None:
        self.read += 1
        if self.text_col not in fields:
            self._bad(source, f"no {self.text_col!r} column/field (has {sorted(fields)})")
            return None
        text = fields[self.text_col]
        if not isinstance(text, str):
            self._bad(source, f"{self.text_col!r} is {type(text).__name__}, not a string")
            return None
        if len(text.strip()) < self.min_chars:
            self._bad(source, f"empty {self.text_col!r}")
            return None
        for col in self.require:
            if col not in fields:
                self._bad(source, _no_column(col, fields), skippable=False)
                return None
            v = fields.get(col)
            if v is None or (isinstance(v, str) and not v.strip()):
                self._bad(source, f"missing value in required column {col!r}")
                return None
        rest = {k: v for k, v in fields.items() if k != self.text_col}
        self.yielded += 1
        return Record(source, text, rest, self.read - 1)

    def __iter__(self) -> Iterator[Record]:
        p = self.path
        if p == "-":
            yield from self._stdin()
            return
        path = Path(p)
        if path.is_dir():
            yield from self._folder(path)
            return
        if not path.exists():
            raise InputFileNotFound(f"{p}: no such file or folder")
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from self._jsonl(path)
        elif suffix in (".csv", ".tsv"):
            yield from self._table(path, "\t" if suffix == ".tsv" else ",")
        elif suffix == ".txt":
            rec = self._check(str(path), {self.text_col: read_text(path)})
            if rec is not None:
                yield rec
        else:
            raise InputError(
                f"{p}: unknown corpus format {suffix!r}; "
                "use .jsonl, .csv, .tsv, .txt or a folder of .txt files"
            )

    def _stdin(self) -> Iterator[Record]:
        """Standard input as one article."""
        text = decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
        rec = self._check("<stdin>", {self.text_col: text})
        if rec is not None:
            yield rec

    def _folder(self, path: Path) -> Iterator[Record]:
        """Each file matching the glob under ``path`` (recursively, sorted) as one article."""
        files = sorted(f for f in path.rglob(self.glob) if f.is_file())
        if not files:
            raise InputError(f"{self.path}: folder holds no files matching {self.glob!r}")
        for f in files:
            try:
                text = read_text(f)
            except EncodingError as exc:
                self.read += 1
                self._bad(str(f), str(exc).split(": ", 1)[-1])
                continue
            rec = self._check(str(f), {self.text_col: text})
            if rec is not None:
                yield rec

    def _lines(self, path: Path) -> Iterator[tuple[int, str]]:
        """Lines of a UTF-8 file (BOM allowed), decoded one by one so a bad
        line is reported with its number and the rest still read."""
        try:
            fh = open(path, "rb")
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        with fh:
            offset = 0
            for lineno, raw in enumerate(fh, 1):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                    offset += 3
                try:
                    yield lineno, raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    self.read += 1
                    self._bad(f"{path}:{lineno}", f"invalid UTF-8 at byte {offset + exc.start}")
                offset += len(raw)

    def _jsonl(self, path: Path) -> Iterator[Record]:
        for lineno, line in self._lines(path):
            if not line.strip():
                continue
            src = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                self.read += 1
                self._bad(src, f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(obj, dict):
                self.read += 1
                self._bad(src, f"a JSON line must be an object, got {type(obj).__name__}")
                continue
            rec = self._check(src, obj)
            if rec is not None:
                yield rec

    def _table(self, path: Path, delimiter: str) -> Iterator[Record]:
        lines = self._lines(path)
        header: list[str] | None = None
        for lineno, line in _logical_rows(lines):
            src = f"{path}:{lineno}"
            try:
                row = next(csv.reader(io.StringIO(line), delimiter=delimiter))
            except (csv.Error, StopIteration) as exc:
                self.read += 1
                self._bad(src, f"malformed row ({exc})")
                continue
            if header is None:
                header = [h.strip() for h in row]
                if self.text_col not in header:
                    raise CorpusError(
                        f"{src}: the header has no {self.text_col!r} column (columns: {header}); "
                        "pick one with --text-col"
                    )
                continue
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                self.read += 1
                self._bad(src, f"{len(row)} columns, the header has {len(header)}")
                continue
            rec = self._check(src, dict(zip(header, row)))
            if rec is not None:
                yield rec
        if header is None:
            raise CorpusError(f"{path}: empty file, no header row")

    def summary(self) -> str:
        """One line: read / yielded / skipped."""
        return f"{self.read} records read, {self.yielded} used, {len(self.skipped)} skipped"


def _logical_rows(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Join physical lines of a CSV row that has a quoted newline inside a field."""
    buf = ""
    start = 0
    for lineno, line in lines:
        if not buf:
            start = lineno
        buf += line
        if buf.count('"') % 2 == 0:
            yield start, buf
            buf = ""
    if buf:
        yield start, buf


def read_corpus(path: Union[str, os.PathLike], **kwargs: Any) -> Corpus:
    """A :class:`Corpus` over ``path`` (same keyword options).

    >>> [rec.source for rec in read_corpus("data/samples")][:1]   # doctest: +SKIP
    ['data/samples/01_summit.txt']
    """
    return Corpus(path, **kwargs)
