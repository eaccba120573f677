"""The corpus-study subcommand: ``bias report`` (groups compared with bootstrap intervals)."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from .streams import Sources, add_input_arguments, add_parallel_arguments

__all__ = ["add_subcommands"]


def _split_by(by: list[str]) -> tuple[list[str], str | None]:
    """The ``--by`` values as (metadata columns, period): ``month``, ``week`` and ``day`` are
    periods of the date column, anything else a column.

    >>> _split_by(["newspaper", "week"])
    (['newspaper'], 'week')
    """
    from ..study import PERIODS

    periods = [b for b in by if b in PERIODS]
    if len(periods) > 1:
        raise InputError(f"--by takes one period (month, week or day); got {periods}")
    columns = [b for b in by if b not in PERIODS]
    if not columns:
        raise InputError("--by needs a column to group by (e.g. --by newspaper)")
    return columns, (periods[0] if periods else None)


def _cmd_report(args: argparse.Namespace) -> int:
    from ..study import article_row, build_report
    from ..study_files import write_report
    from .articles import _analysed

    columns, period = _split_by(args.by)
    args.keep_cols = ",".join(columns + ([args.date_col] if period else []))
    args.id_col = None
    sources = Sources(args)
    pairs = _analysed(args, sources.records(), then=article_row)
    rep = build_report(
        pairs,
        by=columns,
        period=period,
        date_col=args.date_col,
        n_boot=args.bootstrap,
        seed=args.seed,
    )
    paths = write_report(rep, args.out)
    sources.report()
    groups = ", ".join(f"{' / '.join(k)} {n}" for k, n in rep.groups.items())
    print(
        f"bias: {sum(rep.groups.values())} articles in {len(rep.groups)} groups ({groups}); "
        f"{len(rep.differences)} differences beyond the intervals -> {paths['report.html']}",
        file=sys.stderr,
    )
    return 0


def add_subcommands(sub) -> None:
    """Register ``report``."""
    r = sub.add_parser(
        "report",
        help="compare groups of a corpus (outlets, periods) with bootstrap intervals",
        description="Analyse a corpus and compare its groups: voice shares, frames per voice, "
        "the framing gap, the source-type mix of quoted speakers, stances and the most quoted "
        "speakers, each with a 95%% bootstrap interval over articles; groups whose intervals "
        "do not overlap are listed. Writes summary.csv, differences.csv, speakers.csv, "
        "plots/*.png and a self-contained report.html into DIR (created if missing, replaced "
        "whole).",
        epilog="example:\n  bias report covid_hindi_news_days.jsonl --by newspaper --by week "
        "--out covid-report --jobs 2",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(r)
    r.add_argument(
        "--by",
        action="append",
        required=True,
        metavar="COL|PERIOD",
        help="a column to group by (repeatable), or month, week or day of --date-col",
    )
    r.add_argument("--date-col", default="date", help="the date column (YYYY-MM-DD; default: date)")
    r.add_argument("--out", "-o", required=True, metavar="DIR", help="the report folder")
    r.add_argument(
        "--bootstrap", type=int, default=1000, help="bootstrap draws per estimate (default: 1000)"
    )
    r.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default: 0)")
    add_parallel_arguments(r)
    r.set_defaults(func=_cmd_report)
