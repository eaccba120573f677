"""The ``bias`` command line.

Errors are one line on stderr and a non-zero exit code (the ``exit_code`` of
the :mod:`bias.errors` class; 1 for anything unexpected); ``--debug`` shows
the traceback.

Modules: :mod:`~bias.cli.articles` (``analyze``, ``score``, ``html``, ``segment``),
:mod:`~bias.cli.training` (``train``, ``evaluate``), :mod:`~bias.cli.study` (``report``),
:mod:`~bias.cli.annotate` (``annotate``),
:mod:`~bias.cli.streams` (input records, atomic output, progress).

>>> from bias.cli import main
>>> main(["analyze", "data/samples", "--table"])               # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .. import BUILD, __version__
from ..errors import BiasError
from . import annotate, articles, study, training

# used by scripts/bench.py and tests/test_batch.py: the JSON Lines path of `bias analyze`
from .articles import _article_json as _article_json
from .articles import _with_source as _with_source
from .streams import write_atomic as write_atomic

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="bias",
        description="Measure media bias and framing in Hindi news: voices, speakers, frames.",
        epilog="example: bias analyze data/samples --table",
    )
    ap.add_argument("--version", action="version", version=f"bias {__version__} ({BUILD})")
    ap.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    articles.add_subcommands(sub)
    training.add_subcommands(sub)
    study.add_subcommands(sub)
    annotate.add_subcommands(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``bias`` command with ``argv`` (default: ``sys.argv[1:]``); the exit code.

    >>> main(["segment", "data/samples/01_summit.txt"])        # doctest: +SKIP
    0
    """
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
        print(
            f"bias: unexpected error: {type(exc).__name__}: {exc} "
            "(rerun with --debug for the traceback)",
            file=sys.stderr,
        )
        return 1
