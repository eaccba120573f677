"""The subcommands that analyse articles: ``analyze``, ``score``, ``html`` and ``segment``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from .streams import (
    Output,
    Sources,
    Warnings,
    add_input_arguments,
    add_metadata_arguments,
    add_parallel_arguments,
    write_atomic,
)

__all__ = ["add_subcommands"]


def _article_json(art: Any) -> tuple[str, tuple[str, ...]]:
    """An article as one line of JSON, and its warnings (run in the worker processes:
    serialising there spares the main process from receiving whole articles)."""
    return json.dumps(art.to_dict(), ensure_ascii=False), art.warnings


def _with_meta(line: str, meta: dict[str, Any]) -> str:
    """``line`` (a JSON object from :func:`_article_json`) with the record's metadata
    (``source``, ``id``, kept columns) added as its last keys.

    >>> _with_meta('{"schema": "bias.article/1"}', {"source": "a.txt", "id": 0})
    '{"schema": "bias.article/1", "source": "a.txt", "id": 0}'
    """
    extra = json.dumps(meta, ensure_ascii=False)[1:-1]
    return f"{line[:-1]}, {extra}}}"


def _with_source(line: str, source: str) -> str:
    """:func:`_with_meta` with the source only."""
    return _with_meta(line, {"source": source})


def _on_dask(address: str, texts: Iterable[str], then: Any, **kwargs: Any) -> Iterator[Any]:
    """:func:`bias.analyze_many` on the Dask cluster at ``address`` (joblib is the seam)."""
    import joblib

    from ..batch import analyze_many

    try:
        from dask.distributed import Client
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'bias[dask]'") from None
    client = Client(address)
    try:
        with joblib.parallel_config(backend="dask"):
            yield from analyze_many(texts, n_jobs=-1, then=then, **kwargs)
    finally:
        client.close()


def _analysed(
    args: argparse.Namespace, sources: Iterable[tuple[Any, str]], then: Any = None
) -> Iterator[tuple[str, Any]]:
    """(source, Article) in input order, streamed; parallel with --jobs, on Dask with --scheduler.

    With ``then`` (a module-level function of an article), (source, then(article)):
    ``then`` runs where the article was analysed (see :func:`bias.analyze_many`)."""
    from ..batch import analyze_many

    pairs = iter(sources)
    ids: list[str] = []

    def texts() -> Iterator[str]:
        for src, text in pairs:
            ids.append(src)
            yield text

    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(desc="analyse", unit=" articles", file=sys.stderr, leave=False)
    try:
        kwargs = _analyzer_kwargs(args)
        if args.scheduler:
            results = _on_dask(args.scheduler, texts(), then, **kwargs)
        else:
            results = analyze_many(texts(), n_jobs=args.jobs, then=then, **kwargs)
        for i, art in enumerate(results):
            yield ids[i], art
            ids[i] = ""  # keep memory flat: ids of finished records are dropped
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def _analyzer_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """``analyzer=`` for :func:`bias.analyze_many` when ``--frame-model`` asks for one."""
    folder = getattr(args, "frame_model", None)
    if not folder:
        return {}
    from ..analyzer import Analyzer

    return {"analyzer": Analyzer(frame_model=folder)}


def _table(rows: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """A readable summary per article: counts, frames and sentiment per voice, speakers."""
    for meta, art in rows:
        src = meta["source"] if isinstance(meta, dict) else meta
        s = art.summary
        vs = s["voice_share"]
        n = s["counts"]
        lines = [f"== {src}"]
        lines.append(
            f"   sentences {n['sentences']}, quotes {n['quotes']} (+{n['terms']} terms), "
            f"reported {n['reported']}"
        )
        lines.append(
            f"   {'voice':9s} {'share':>6s} {'praise':>7s} {'concern':>8s} {'neutral':>8s} "
            f"{'sentiment':>10s}"
        )
        for v in ("quoted", "reported", "narrated"):
            f = s["frames"][v]
            lines.append(
                f"   {v:9s} {vs[v]:6.2f} {f['praise']:7.2f} {f['concern']:8.2f} "
                f"{f['neutral']:8.2f} {s['sentiment'][v]:10.2f}"
            )
        g = s["framing_gap"]
        lines.append(
            f"   framing gap (quoted - narrated): praise {g['praise']:+.2f}, "
            f"concern {g['concern']:+.2f}"
        )
        for w in s["speakers"]:
            lines.append(
                f"   quoted: {w['speaker'] or '(unknown)'} [{w['source_type']}] "
                f"x{w['quotes']} -> {w['frame']}"
            )
        for w in art.warnings:
            lines.append(f"   warning: {w}")
        yield "\n".join(lines) + "\n"


def _one_document(rows: Iterator[tuple[str, Any]]) -> str:
    """The only article of ``rows`` as an indented JSON document with its source."""
    first = next(rows, None)
    if first is None:
        raise InputError("no input to analyse")
    if next(rows, None) is not None:
        raise InputError("--json writes one document but several inputs were given; use --jsonl")
    d = first[1].to_dict()
    d |= first[0] if isinstance(first[0], dict) else {"source": first[0]}
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


def _cmd_analyze(args: argparse.Namespace) -> int:
    sources = Sources(args)
    records = sources.records()
    # one JSON document when the input is a single plain file, JSON Lines otherwise
    single = (
        args.format is None
        and len(args.paths) == 1
        and Path(args.paths[0]).is_file()
        and args.paths[0].endswith(".txt")
    )
    warnings = Warnings()

    def noted(rows: Iterator[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
        for meta, art in rows:
            warnings.add(meta, art.warnings)
            yield meta, art

    with Output(args.out) as out:
        if args.format == "table":
            for chunk in _table(noted(_analysed(args, records))):
                out.write(chunk)
        elif args.format == "json" or single:
            out.write(_one_document(noted(_analysed(args, records))))
        else:
            # JSON Lines, serialised where the articles were analysed
            for meta, (line, told) in _analysed(args, records, then=_article_json):
                warnings.add(meta, told)
                out.write(_with_meta(line, meta) + "\n")
    sources.report()
    warnings.report()
    return 0


def _cmd_score(args: argparse.Namespace) -> int:
    import csv

    from .. import SCORE_COLUMNS, score_from_article
    from ..result import WARNING_SEPARATOR

    sources = Sources(args)
    warnings = Warnings()
    with Output(args.out) as out:
        writer = None
        for meta, scores in _analysed(args, sources.records(), then=score_from_article):
            if scores["warnings"]:
                warnings.add(meta, str(scores["warnings"]).split(WARNING_SEPARATOR))
            row = {**meta, **scores}
            if args.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                if writer is None:
                    writer = csv.DictWriter(
                        out, fieldnames=[*meta, *SCORE_COLUMNS], lineterminator="\n"
                    )
                    writer.writeheader()
                writer.writerow(row)
    sources.report()
    warnings.report()
    return 0


def _cmd_stances(args: argparse.Namespace) -> int:
    import csv

    from ..batch import STANCE_KEYS, article_stances, sum_stances

    sources = Sources(args)
    per_article = (rows for _, rows in _analysed(args, sources, then=article_stances))
    rows = sum_stances(per_article)
    columns = [*STANCE_KEYS, "praise", "concern", "articles"]
    with Output(args.out) as out:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    sources.report()
    return 0


def _cmd_html(args: argparse.Namespace) -> int:
    from .. import analyze, read_text
    from ..text import decode_bytes

    text = (
        read_text(args.path)
        if args.path != "-"
        else decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
    )
    art = analyze(text)
    page = art.to_html(title=args.title or Path(args.path).name)
    if args.out:
        write_atomic(args.out, page)
    else:
        sys.stdout.write(page)
    warnings = Warnings()
    warnings.add(args.path, art.warnings)
    warnings.report()
    return 0


def _cmd_segment(args: argparse.Namespace) -> int:
    from .. import segment

    sources = Sources(args)
    with Output(args.out) as out:
        for src, text in sources:
            for s in segment(text):
                row = {
                    "source": src,
                    "start": s.start,
                    "end": s.end,
                    "kind": s.kind,
                    "text": text[s.start : s.end],
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    sources.report()
    return 0


def _add_out(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help="write here (atomically; missing folders are created) instead of stdout",
    )


def _add_frame_model(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--frame-model",
        metavar="DIR",
        help="a frame model folder (bias train --task frame, or scripts/train_frame_model.py): "
        "its prediction replaces the lexicon's frame of every sentence",
    )


def _add_analyze(sub) -> None:
    a = sub.add_parser(
        "analyze",
        help="analyse articles: quotes, speakers, voices, frames",
        description="Analyse Hindi news articles and print the bias.article/1 JSON: one document "
        "for one .txt file, JSON Lines (one record per article, with its source id) otherwise.",
        epilog="examples:\n  bias analyze article.txt\n  bias analyze data/samples --table\n"
        "  bias analyze corpus.jsonl --text-col body --jobs 2 --out out.jsonl\n"
        "  cat a.txt | bias analyze - --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(a)
    add_metadata_arguments(a)
    fmt = a.add_mutually_exclusive_group()
    fmt.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        help="one JSON document (one input)",
    )
    fmt.add_argument(
        "--jsonl",
        dest="format",
        action="store_const",
        const="jsonl",
        help="one JSON line per article",
    )
    fmt.add_argument(
        "--table",
        dest="format",
        action="store_const",
        const="table",
        help="a readable summary per article",
    )
    _add_out(a)
    add_parallel_arguments(a)
    _add_frame_model(a)
    a.set_defaults(func=_cmd_analyze, format=None)


def _add_score(sub) -> None:
    sc = sub.add_parser(
        "score",
        help="one flat row of summary numbers per article (CSV or JSON Lines)",
        description="Print bias.score() rows: voice shares, frames and sentiment per voice, "
        "framing gap, quotes per source type.",
        epilog="examples:\n  bias score data/samples > scores.csv\n"
        "  bias score corpus.jsonl --jsonl --out scores.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(sc)
    add_metadata_arguments(sc)
    fmt = sc.add_mutually_exclusive_group()
    fmt.add_argument(
        "--csv",
        dest="format",
        action="store_const",
        const="csv",
        help="CSV with a header (default)",
    )
    fmt.add_argument(
        "--jsonl", dest="format", action="store_const", const="jsonl", help="JSON Lines"
    )
    _add_out(sc)
    add_parallel_arguments(sc)
    _add_frame_model(sc)
    sc.set_defaults(func=_cmd_score, format="csv")


def _add_html(sub) -> None:
    h = sub.add_parser(
        "html",
        help="a self-contained HTML view of one article",
        description="Write the article with quotations highlighted by speaker, reported speech, "
        "frame cues, a legend and a summary chart.",
        epilog="example:\n  bias html data/samples/01_summit.txt -o summit.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    h.add_argument("path", metavar="FILE", help="a .txt file, or - for stdin")
    h.add_argument(
        "--out", "-o", metavar="OUT.html", help="write here (atomically) instead of stdout"
    )
    h.add_argument("--title", help="page title (default: the file name)")
    h.set_defaults(func=_cmd_html)


def _add_segment(sub) -> None:
    s = sub.add_parser(
        "segment",
        help="split articles into sentences, headlines and credits",
        description="Print one JSON line per segment with raw offsets.",
        epilog="example: bias segment data/samples/01_summit.txt",
    )
    add_input_arguments(s)
    _add_out(s)
    s.set_defaults(func=_cmd_segment)


def _add_stances(sub) -> None:
    st = sub.add_parser(
        "stances",
        help="who praises or criticises whom, summed over a corpus",
        description="Stances (holder -> praise/concern -> target) of every article, summed per "
        "(holder, target) with their source types and origins, and the number of articles.",
        epilog="examples:\n  bias stances corpus.jsonl --csv --out stances.csv\n"
        "  bias stances data/samples --jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(st)
    fmt = st.add_mutually_exclusive_group()
    fmt.add_argument(
        "--csv", dest="format", action="store_const", const="csv", help="CSV (default)"
    )
    fmt.add_argument(
        "--jsonl", dest="format", action="store_const", const="jsonl", help="JSON Lines"
    )
    _add_out(st)
    add_parallel_arguments(st)
    _add_frame_model(st)
    st.set_defaults(func=_cmd_stances, format="csv")


def add_subcommands(sub) -> None:
    """Register ``analyze``, ``score``, ``stances``, ``html`` and ``segment``."""
    _add_analyze(sub)
    _add_score(sub)
    _add_stances(sub)
    _add_html(sub)
    _add_segment(sub)
