"""``bias annotate``: export a sheet for correction, import it back, measure agreement."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

from ..errors import CorpusError
from ..text import read_text
from .streams import Output, Sources, add_input_arguments, add_parallel_arguments

__all__ = ["add_subcommands"]


def _cmd_export(args: argparse.Namespace) -> int:
    from ..annotate import export_rows, sheet_columns
    from .articles import _analysed

    sources = Sources(args)
    buf_cols = sheet_columns(args.unit)
    with Output(args.out) as out:
        writer = csv.DictWriter(out, fieldnames=buf_cols, lineterminator="\n")
        writer.writeheader()
        n = 0
        for meta, art in _analysed(args, sources.records()):
            rows = export_rows([(str(meta["source"]), art)], unit=args.unit)
            writer.writerows(rows)
            n += len(rows)
    sources.report()
    print(f"bias: {n} {args.unit} rows for correction", file=sys.stderr)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from ..annotate import read_sheet

    good, bad = read_sheet(read_text(args.sheet))
    for b in bad:
        print(f"bias: {args.sheet}:{b.line}: {b.reason}", file=sys.stderr)
    if bad and args.on_error == "fail":
        raise CorpusError(
            f"{args.sheet}: {len(bad)} bad row(s) (listed above); fix them, or --on-error skip "
            "to write the others"
        )
    with Output(args.out) as out:
        for record in good:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(
        f"bias: {len(good) + len(bad)} rows read, {len(good)} written, {len(bad)} skipped",
        file=sys.stderr,
    )
    return 0


def _load_gold(path: str) -> list[dict]:
    records = []
    for n, line in enumerate(io.StringIO(read_text(path)), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise CorpusError(f"{path}:{n}: not JSON ({e.msg})") from None
    return records


def _cmd_agreement(args: argparse.Namespace) -> int:
    from ..annotate import agreement

    res = agreement(_load_gold(args.a), _load_gold(args.b))
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    print(f"{res['n']} units in both files ({res['only_a']} only in A, {res['only_b']} only in B)")
    for field, f in res["fields"].items():
        kappa, same = f["kappa"], f["agreement"]
        print(f"\n{field}: Cohen's kappa {kappa:.3f}, agreement {same:.3f} (n={f['n']})")
        width = max(len(x) for x in f["labels"] + ["A \\ B"])
        print("  " + "A \\ B".ljust(width) + "".join(f"{x[:10]:>11}" for x in f["labels"]))
        for label, row in zip(f["labels"], f["confusion"]):
            print("  " + label.ljust(width) + "".join(f"{v:>11}" for v in row))
    return 0


def add_subcommands(sub) -> None:
    """Register ``annotate`` with ``export``, ``import`` and ``agreement``."""
    a = sub.add_parser(
        "annotate",
        help="grow labels: export a sheet to correct, import it, measure agreement",
        description="The annotation round trip: export the analysis of a corpus as a sheet "
        "(one row per sentence or quotation, the tool's labels to correct), import the "
        "corrected sheet as a labelled corpus (checked row by row), and compare two "
        "annotators (Cohen's kappa and confusion per field).",
    )
    steps = a.add_subparsers(dest="step", metavar="STEP", required=True)
    e = steps.add_parser(
        "export",
        help="a CSV sheet of the analysis, to correct in a spreadsheet",
        epilog="example:\n  bias annotate export corpus.jsonl --unit sentence --out sheet.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(e)
    e.add_argument("--unit", choices=["sentence", "quote"], default="sentence")
    e.add_argument("--out", "-o", metavar="FILE", help="the sheet (default: stdout)")
    add_parallel_arguments(e)
    e.set_defaults(func=_cmd_export)
    i = steps.add_parser(
        "import",
        help="a corrected sheet as JSON Lines (for bias train / evaluate)",
        epilog="example:\n  bias annotate import sheet.csv --out gold.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    i.add_argument("sheet", metavar="SHEET", help="the corrected CSV sheet")
    i.add_argument("--out", "-o", metavar="FILE", help="JSON Lines (default: stdout)")
    i.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="bad rows: stop (default) or write the others; every bad row is listed",
    )
    i.set_defaults(func=_cmd_import)
    g = steps.add_parser(
        "agreement",
        help="Cohen's kappa and confusion per field between two imported files",
        epilog="example:\n  bias annotate agreement gold_a.jsonl gold_b.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    g.add_argument("a", metavar="A", help="JSON Lines of annotator A (from bias annotate import)")
    g.add_argument("b", metavar="B", help="JSON Lines of annotator B")
    g.add_argument("--json", action="store_true", help="the numbers as JSON")
    g.set_defaults(func=_cmd_agreement)
