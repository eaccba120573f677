"""The ``bias`` command line.

Errors are one line on stderr and a non-zero exit code (the ``exit_code`` of
the :mod:`bias.errors` class; 1 for anything unexpected); ``--debug`` shows
the traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

from . import __version__
from .errors import BiasError, InputError, InputFileNotFound
from .text import decode_bytes, read_text, segment

__all__ = ["main"]


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(source id, text) for files, folders of ``.txt`` files and ``-`` (stdin)."""
    for p in paths:
        if p == "-":
            yield "<stdin>", decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*.txt") if f.is_file())
            if not files:
                raise InputError(f"{p}: folder holds no .txt files")
            for f in files:
                yield str(f), read_text(f)
        elif path.exists():
            yield str(path), read_text(path)
        else:
            raise InputFileNotFound(f"{p}: no such file or folder")


def write_atomic(path: str | os.PathLike, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _emit(args: argparse.Namespace, text: str) -> None:
    if args.out:
        write_atomic(args.out, text)
    else:
        sys.stdout.write(text)


def _table(rows: list[tuple[str, object]]) -> str:
    lines = []
    for src, art in rows:
        s = art.summary  # type: ignore[attr-defined]
        vs = s["voice_share"]
        lines.append(f"== {src}")
        lines.append(
            f"   sentences {s['counts']['sentences']}, quotes {s['counts']['quotes']} (+{s['counts']['terms']} terms), reported {s['counts']['reported']}"
        )
        lines.append(f"   {'voice':9s} {'share':>6s} {'praise':>7s} {'concern':>8s} {'neutral':>8s} {'sentiment':>10s}")
        for v in ("quoted", "reported", "narrated"):
            f = s["frames"][v]
            lines.append(f"   {v:9s} {vs[v]:6.2f} {f['praise']:7.2f} {f['concern']:8.2f} {f['neutral']:8.2f} {s['sentiment'][v]:10.2f}")
        g = s["framing_gap"]
        lines.append(f"   framing gap (quoted - narrated): praise {g['praise']:+.2f}, concern {g['concern']:+.2f}")
        for w in s["speakers"]:
            lines.append(f"   quoted: {w['speaker'] or '(unknown)'} [{w['source_type']}] x{w['quotes']} -> {w['frame']}")
        for w in art.warnings:  # type: ignore[attr-defined]
            lines.append(f"   warning: {w}")
    return "\n".join(lines) + "\n"


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .article import analyze

    rows = [(src, analyze(text)) for src, text in _inputs(args.paths)]
    if args.format == "table":
        _emit(args, _table(rows))
    elif args.format == "json" or (args.format is None and len(rows) == 1):
        if len(rows) != 1:
            raise InputError(f"--json writes one document but {len(rows)} inputs were given; use --jsonl")
        d = rows[0][1].to_dict()
        d["source"] = rows[0][0]
        _emit(args, json.dumps(d, ensure_ascii=False, indent=2) + "\n")
    else:
        out = []
        for src, art in rows:
            d = art.to_dict()
            d["source"] = src
            out.append(json.dumps(d, ensure_ascii=False))
        _emit(args, "\n".join(out) + "\n")
    return 0


def _cmd_segment(args: argparse.Namespace) -> int:
    out = []
    for src, text in _inputs(args.paths):
        for s in segment(text):
            out.append(json.dumps({"source": src, "start": s.start, "end": s.end, "kind": s.kind, "text": text[s.start : s.end]}, ensure_ascii=False))
    _emit(args, "\n".join(out) + ("\n" if out else ""))
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="bias",
        description="Measure media bias and framing in Hindi news: voices, speakers, frames.",
        epilog="example: bias analyze data/samples --table",
    )
    ap.add_argument("--version", action="version", version=f"bias {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser(
        "analyze",
        help="analyse articles: quotes, speakers, voices, frames",
        description="Analyse Hindi news articles and print the bias.article/1 JSON (one file) or JSON Lines (several).",
        epilog="examples:\n  bias analyze article.txt\n  bias analyze data/samples --table\n  cat a.txt | bias analyze - --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a folder of .txt files, or - for stdin")
    fmt = a.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help="one JSON document (one input)")
    fmt.add_argument("--jsonl", dest="format", action="store_const", const="jsonl", help="one JSON line per article")
    fmt.add_argument("--table", dest="format", action="store_const", const="table", help="a readable summary per article")
    a.add_argument("--out", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    a.set_defaults(func=_cmd_analyze, format=None)

    s = sub.add_parser(
        "segment",
        help="split articles into sentences, headlines and credits",
        description="Print one JSON line per segment with raw offsets.",
        epilog="example: bias segment data/samples/01_summit.txt",
    )
    s.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a folder of .txt files, or - for stdin")
    s.add_argument("--out", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    s.set_defaults(func=_cmd_segment)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if not getattr(args, "command", None):
        ap.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except BiasError as exc:
        if args.debug:
            raise
        print(f"bias: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("bias: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        if args.debug:
            raise
        print(f"bias: unexpected error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)", file=sys.stderr)
        return 1
