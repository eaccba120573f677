"""What every subcommand reads and writes: input records, atomic output, progress, skip lists.

The command line is the one place of :mod:`bias` that prints: results to stdout (or a file
written through a temporary file renamed into place), progress bars and summaries to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator

from ..errors import OutputError

__all__ = [
    "Sources",
    "Output",
    "Progress",
    "write_atomic",
    "report_skipped",
    "Warnings",
    "add_input_arguments",
    "add_parallel_arguments",
]

#: corpus files whose reading is always summarised on stderr (records read, analysed, skipped)
CORPUS_SUFFIXES = (".jsonl", ".csv", ".tsv")


class Sources:
    """Records from every PATH (files, folders, JSONL/CSV/TSV corpora, ``-``), streamed,
    with the corpus readers' skip bookkeeping gathered for the final summary."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.corpora: list[Any] = []

    def __iter__(self) -> Iterator[tuple[str, str]]:
        """``(source, text)`` of every record (``source``: file, or file:line, #id)."""
        for meta, text in self.records():
            yield meta["source"], text

    def records(self) -> Iterator[tuple[dict[str, Any], str]]:
        """Like iterating, with each record's metadata: ``source`` (as above), ``id`` (the
        ``--id-col`` value, or the record's index in its file, 0-based) and the
        ``--keep-cols`` fields (``None`` where a record has none)."""
        from ..corpus import Corpus

        keep = keep_columns(self.args)
        id_col = getattr(self.args, "id_col", None)
        for p in self.args.paths:
            c = Corpus(
                p,
                text_col=self.args.text_col,
                on_error=self.args.on_error,
                glob=self.args.glob,
                min_chars=0,
            )
            self.corpora.append(c)
            for rec in c:
                rid = rec.fields.get("id")
                meta = {
                    "source": f"{rec.source}#{rid}" if rid is not None else rec.source,
                    "id": rec.fields.get(id_col) if id_col else rec.index,
                }
                meta |= {k: rec.fields.get(k) for k in keep}
                yield meta, rec.text

    def report(self) -> None:
        """Records read, analysed and skipped (with the reasons), when there is news to tell."""
        skipped = [s for c in self.corpora for s in c.skipped]
        if (
            skipped
            or len(self.corpora) > 1
            or any(c.path.endswith(CORPUS_SUFFIXES) for c in self.corpora)
        ):
            read = sum(c.read for c in self.corpora)
            used = sum(c.yielded for c in self.corpora)
            print(
                f"bias: {read} records read, {used} analysed, {len(skipped)} skipped",
                file=sys.stderr,
            )
            for sk in skipped:
                print(f"bias: skipped {sk.source}: {sk.reason}", file=sys.stderr)


class Warnings:
    """The analysis warnings of every record (empty text, not Hindi, unbalanced marks), told on
    stderr at the end: the first :attr:`SHOWN` as lines, then how many more.  They stay in the
    output too (``warnings`` in JSON, the ``warnings`` column of ``score``)."""

    SHOWN = 20

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.count = 0

    def add(self, source: Any, warnings: Any) -> None:
        """Note the ``warnings`` (strings) of the record ``source`` (its name, or its metadata)."""
        name = source["source"] if isinstance(source, dict) else source
        for w in warnings:
            self.count += 1
            if len(self.lines) < self.SHOWN:
                self.lines.append(f"bias: warning: {name}: {w}")

    def report(self) -> None:
        for line in self.lines:
            print(line, file=sys.stderr)
        if self.count > len(self.lines):
            print(
                f"bias: … and {self.count - len(self.lines)} more warnings "
                "(in the output's warnings field)",
                file=sys.stderr,
            )


def _umask() -> int:
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """Lines to stdout, or to FILE through a temporary file renamed into place at the end
    (missing parent folders are created; the file gets the mode a plain write would give,
    0644 under the usual umask)."""

    def __init__(self, out: str | None) -> None:
        self.out = out
        self.tmp = None
        if out:
            path = Path(out)
            if path.is_dir():
                raise OutputError(f"{out}: is a folder; give a file name")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, self.tmp = tempfile.mkstemp(
                    prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
                )
            except OSError as exc:
                raise OutputError(f"{out}: cannot write here ({exc.strerror})") from None
            # (mkstemp makes the file 0600: give it the mode a plain write would, by the umask)
            os.fchmod(fd, 0o666 & ~_umask())
            self.fh = os.fdopen(fd, "w", encoding="utf-8")
        else:
            self.fh = sys.stdout

    def write(self, s: str) -> None:
        self.fh.write(s)

    def commit(self) -> None:
        """Flush; for a FILE, sync the temporary file and rename it into place."""
        if self.tmp:
            try:
                self.fh.flush()
                os.fsync(self.fh.fileno())
                self.fh.close()
                os.replace(self.tmp, self.out)
            except OSError as exc:
                raise OutputError(f"{self.out}: cannot write ({exc.strerror})") from None
            self.tmp = None
        else:
            self.fh.flush()

    def abort(self) -> None:
        """Drop the temporary file: an earlier FILE stays as it was."""
        if self.tmp:
            self.fh.close()
            try:
                os.unlink(self.tmp)
            except FileNotFoundError:
                pass
            self.tmp = None

    def __enter__(self) -> Output:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_atomic(path: str | os.PathLike, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place.

    >>> write_atomic("summit.html", "<p>…</p>")                  # doctest: +SKIP
    """
    with Output(os.fspath(path)) as o:
        o.write(data)


class Progress:
    """Stage messages as a tqdm bar on stderr, only when stderr is a terminal (and not --quiet)."""

    def __init__(self, total: int, desc: str, quiet: bool) -> None:
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=desc, file=sys.stderr, leave=False)

    def step(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(msg)
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def report_skipped(corpus) -> None:
    """The corpus reader's summary and every skipped record, on stderr."""
    print(f"bias: {corpus.summary()}", file=sys.stderr)
    for s in corpus.skipped:
        print(f"bias: skipped {s.source}: {s.reason}", file=sys.stderr)


def keep_columns(args: argparse.Namespace) -> list[str]:
    """The ``--keep-cols`` names, in order."""
    return [c.strip() for c in (getattr(args, "keep_cols", None) or "").split(",") if c.strip()]


def add_metadata_arguments(p: argparse.ArgumentParser) -> None:
    """--id-col and --keep-cols: what of each corpus record goes into every output row."""
    p.add_argument(
        "--id-col",
        metavar="COL",
        help="the record id column/field copied into each row as `id` (default: the record's "
        "index in its file, 0-based; `source` keeps file:line)",
    )
    p.add_argument(
        "--keep-cols",
        metavar="A,B",
        help="columns/fields of each record to copy into its output row (e.g. newspaper,date)",
    )


def add_input_arguments(p: argparse.ArgumentParser) -> None:
    """PATH… and the options :class:`Sources` reads (text column, folder glob, bad records)."""
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt file, a folder of .txt files, a .jsonl/.csv/.tsv corpus, or - for stdin",
    )
    p.add_argument(
        "--text-col", default="text", help="text column/field of a corpus (default: text)"
    )
    p.add_argument(
        "--glob", default="*.txt", help="files to take from a folder, recursively (default: *.txt)"
    )
    p.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="bad records: stop (default) or skip and list them at the end",
    )


def add_parallel_arguments(p: argparse.ArgumentParser) -> None:
    """--jobs, --scheduler (Dask) and --quiet."""
    p.add_argument(
        "--jobs", "-j", type=int, default=1, help="worker processes (default: 1; -1 = all cores)"
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster (e.g. tcp://host:8786); needs the dask extra",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
