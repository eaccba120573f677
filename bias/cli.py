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
from typing import Any, Iterable, Iterator, Sequence

from . import __version__
from .errors import BiasError, InputError, OutputError
from .text import decode_bytes, read_text, segment

__all__ = ["main"]


class _Sources:
    """Records from every PATH (files, folders, JSONL/CSV/TSV corpora, ``-``), streamed,
    with the corpus readers' skip bookkeeping gathered for the final summary."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.corpora: list[Any] = []

    def __iter__(self) -> Iterator[tuple[str, str]]:
        from .corpus import Corpus

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
                yield (f"{rec.source}#{rid}" if rid is not None else rec.source), rec.text

    def report(self) -> None:
        skipped = [s for c in self.corpora for s in c.skipped]
        if (
            skipped
            or len(self.corpora) > 1
            or any(c.path.endswith((".jsonl", ".csv", ".tsv")) for c in self.corpora)
        ):
            read = sum(c.read for c in self.corpora)
            used = sum(c.yielded for c in self.corpora)
            print(
                f"bias: {read} records read, {used} analysed, {len(skipped)} skipped",
                file=sys.stderr,
            )
            for sk in skipped:
                print(f"bias: skipped {sk.source}: {sk.reason}", file=sys.stderr)


class _Output:
    """Lines to stdout, or to FILE through a temporary file renamed into place at the end."""

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
            self.fh = os.fdopen(fd, "w", encoding="utf-8")
        else:
            self.fh = sys.stdout

    def write(self, s: str) -> None:
        self.fh.write(s)

    def commit(self) -> None:
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
        if self.tmp:
            self.fh.close()
            try:
                os.unlink(self.tmp)
            except FileNotFoundError:
                pass
            self.tmp = None

    def __enter__(self) -> "_Output":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_atomic(path: str | os.PathLike, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place."""
    with _Output(os.fspath(path)) as o:
        o.write(data)


def _article_json(art: Any) -> str:
    """An article as one line of JSON (run in the worker processes: serialising
    there spares the main process from receiving whole articles)."""
    return json.dumps(art.to_dict(), ensure_ascii=False)


def _with_source(line: str, source: str) -> str:
    """``line`` (a JSON object from :func:`_article_json`) with ``"source"`` added as its last key."""
    return f'{line[:-1]}, "source": {json.dumps(source, ensure_ascii=False)}}}'


def _analysed(
    args: argparse.Namespace, sources: _Sources, then: Any = None
) -> Iterator[tuple[str, Any]]:
    """(source, Article) in input order, streamed; parallel with --jobs, on Dask with --scheduler.

    With ``then`` (a module-level function of an article), (source, then(article)):
    ``then`` runs where the article was analysed (see :func:`bias.analyze_many`)."""
    from .batch import analyze_many

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
        if args.scheduler:
            import joblib

            try:
                from dask.distributed import Client
            except ImportError:
                raise InputError("--scheduler needs Dask: pip install 'bias[dask]'") from None
            client = Client(args.scheduler)
            try:
                with joblib.parallel_config(backend="dask"):
                    for i, art in enumerate(analyze_many(texts(), n_jobs=-1, then=then)):
                        yield ids[i], art
                        ids[i] = ""
                        if bar is not None:
                            bar.update(1)
            finally:
                client.close()
            return
        for i, art in enumerate(analyze_many(texts(), n_jobs=args.jobs, then=then)):
            yield ids[i], art
            ids[i] = ""  # keep memory flat: ids of finished records are dropped
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def _table(rows: Iterable[tuple[str, Any]]) -> Iterator[str]:
    for src, art in rows:
        s = art.summary
        vs = s["voice_share"]
        lines = [f"== {src}"]
        lines.append(
            f"   sentences {s['counts']['sentences']}, quotes {s['counts']['quotes']} (+{s['counts']['terms']} terms), reported {s['counts']['reported']}"
        )
        lines.append(
            f"   {'voice':9s} {'share':>6s} {'praise':>7s} {'concern':>8s} {'neutral':>8s} {'sentiment':>10s}"
        )
        for v in ("quoted", "reported", "narrated"):
            f = s["frames"][v]
            lines.append(
                f"   {v:9s} {vs[v]:6.2f} {f['praise']:7.2f} {f['concern']:8.2f} {f['neutral']:8.2f} {s['sentiment'][v]:10.2f}"
            )
        g = s["framing_gap"]
        lines.append(
            f"   framing gap (quoted - narrated): praise {g['praise']:+.2f}, concern {g['concern']:+.2f}"
        )
        for w in s["speakers"]:
            lines.append(
                f"   quoted: {w['speaker'] or '(unknown)'} [{w['source_type']}] x{w['quotes']} -> {w['frame']}"
            )
        for w in art.warnings:
            lines.append(f"   warning: {w}")
        yield "\n".join(lines) + "\n"


def _cmd_analyze(args: argparse.Namespace) -> int:
    sources = _Sources(args)
    # one JSON document when the input is a single plain file, JSON Lines otherwise
    single = (
        args.format is None
        and len(args.paths) == 1
        and Path(args.paths[0]).is_file()
        and args.paths[0].endswith(".txt")
    )
    with _Output(args.out) as out:
        if args.format == "table":
            for chunk in _table(_analysed(args, sources)):
                out.write(chunk)
        elif args.format == "json" or single:
            rows = _analysed(args, sources)
            first = next(rows, None)
            if first is None:
                raise InputError("no input to analyse")
            if next(rows, None) is not None:
                raise InputError(
                    "--json writes one document but several inputs were given; use --jsonl"
                )
            d = first[1].to_dict()
            d["source"] = first[0]
            out.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        else:
            # JSON Lines, serialised where the articles were analysed
            for src, line in _analysed(args, sources, then=_article_json):
                out.write(_with_source(line, src) + "\n")
    sources.report()
    return 0


def _cmd_score(args: argparse.Namespace) -> int:
    import csv

    from .article import SCORE_COLUMNS, score_from_article

    sources = _Sources(args)
    with _Output(args.out) as out:
        writer = None
        for src, scores in _analysed(args, sources, then=score_from_article):
            row = {"source": src, **scores}
            if args.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                if writer is None:
                    writer = csv.DictWriter(
                        out, fieldnames=["source", *SCORE_COLUMNS], lineterminator="\n"
                    )
                    writer.writeheader()
                writer.writerow(row)
    sources.report()
    return 0


def _cmd_html(args: argparse.Namespace) -> int:
    from .article import analyze

    text = (
        read_text(args.path)
        if args.path != "-"
        else decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
    )
    page = analyze(text).to_html(title=args.title or Path(args.path).name)
    if args.out:
        write_atomic(args.out, page)
    else:
        sys.stdout.write(page)
    return 0


def _cmd_segment(args: argparse.Namespace) -> int:
    sources = _Sources(args)
    with _Output(args.out) as out:
        for src, text in sources:
            for s in segment(text):
                out.write(
                    json.dumps(
                        {
                            "source": src,
                            "start": s.start,
                            "end": s.end,
                            "kind": s.kind,
                            "text": text[s.start : s.end],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    sources.report()
    return 0


class _Progress:
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


def _labelled(args: argparse.Namespace, label_col: str):
    from .corpus import Corpus

    require = (label_col,) + ((args.group_col,) if getattr(args, "group_col", None) else ())
    corpus = Corpus(args.corpus, text_col=args.text_col, on_error=args.on_error, require=require)
    texts, labels, groups = [], [], []
    for rec in corpus:
        texts.append(rec.text)
        labels.append(str(rec.fields[label_col]))
        if getattr(args, "group_col", None):
            groups.append(str(rec.fields[args.group_col]))
    return corpus, texts, labels, (groups or None)


def _report_skipped(corpus) -> None:
    print(f"bias: {corpus.summary()}", file=sys.stderr)
    for s in corpus.skipped:
        print(f"bias: skipped {s.source}: {s.reason}", file=sys.stderr)


def _cmd_train(args: argparse.Namespace) -> int:
    from .models import save_model, train

    label_col = args.label_col or args.task
    corpus, texts, labels, groups = _labelled(args, label_col)
    if not texts:
        raise InputError(f"{args.corpus}: no usable records")
    bar = _Progress(4, f"train {args.task}", args.quiet)
    try:
        res = train(
            texts,
            labels,
            task=args.task,
            groups=groups,
            model=args.model,
            cv=args.cv,
            learning_curve=not args.no_learning_curve,
            n_jobs=args.jobs,
            random_state=args.seed,
            progress=bar.step,
        )
        bar.step("writing the model folder and report")
        out = save_model(
            res, args.out, text_col=args.text_col, label_col=label_col, corpus=str(args.corpus)
        )
    finally:
        bar.close()
    m = res.metrics
    print(
        f"bias: {args.task}: {m['n']} examples, {m['cv']}: accuracy {m['accuracy']:.3f} "
        f"[{m['accuracy_ci95'][0]:.3f}-{m['accuracy_ci95'][1]:.3f}], macro-F1 {m['macro_f1']:.3f} -> {out}/report.md",
        file=sys.stderr,
    )
    _report_skipped(corpus)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from .models import evaluate_model, load_model, write_report

    model = load_model(args.model_dir, expected_sha256=args.sha256)
    label_col = args.label_col or model.manifest.get("label_col") or model.task
    if args.text_col is None:
        args.text_col = model.manifest.get("text_col", "text")
    corpus, texts, labels, _ = _labelled(args, label_col)
    if not texts:
        raise InputError(f"{args.corpus}: no usable records")
    res = evaluate_model(model, texts, labels)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        m = {**res["metrics"], "cv": f"held-out corpus {args.corpus}", "model": str(args.model_dir)}
        write_report(
            tmp,
            m,
            res["y_true"],
            res["y_pred"],
            res["proba"],
            model.labels,
            pipeline=model.pipeline,
            title=f"{model.task} model on {Path(args.corpus).name}",
        )
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    m = res["metrics"]
    print(
        f"bias: {m['n']} examples: accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f} -> {out}/report.md",
        file=sys.stderr,
    )
    _report_skipped(corpus)
    return 0


def _add_inputs(p: argparse.ArgumentParser) -> None:
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


def _add_parallel(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--jobs", "-j", type=int, default=1, help="worker processes (default: 1; -1 = all cores)"
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster (e.g. tcp://host:8786); needs the dask extra",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


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
        description="Analyse Hindi news articles and print the bias.article/1 JSON: one document for one .txt file, JSON Lines (one record per article, with its source id) otherwise.",
        epilog="examples:\n  bias analyze article.txt\n  bias analyze data/samples --table\n  bias analyze corpus.jsonl --text-col body --jobs 2 --out out.jsonl\n  cat a.txt | bias analyze - --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_inputs(a)
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
    a.add_argument("--out", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    _add_parallel(a)
    a.set_defaults(func=_cmd_analyze, format=None)

    sc = sub.add_parser(
        "score",
        help="one flat row of summary numbers per article (CSV or JSON Lines)",
        description="Print bias.score() rows: voice shares, frames and sentiment per voice, framing gap, quotes per source type.",
        epilog="examples:\n  bias score data/samples > scores.csv\n  bias score corpus.jsonl --jsonl --out scores.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_inputs(sc)
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
    sc.add_argument("--out", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    _add_parallel(sc)
    sc.set_defaults(func=_cmd_score, format="csv")

    h = sub.add_parser(
        "html",
        help="a self-contained HTML view of one article",
        description="Write the article with quotations highlighted by speaker, reported speech, frame cues, a legend and a summary chart.",
        epilog="example:\n  bias html data/samples/01_summit.txt -o summit.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    h.add_argument("path", metavar="FILE", help="a .txt file, or - for stdin")
    h.add_argument(
        "--out", "-o", metavar="OUT.html", help="write here (atomically) instead of stdout"
    )
    h.add_argument("--title", help="page title (default: the file name)")
    h.set_defaults(func=_cmd_html)

    s = sub.add_parser(
        "segment",
        help="split articles into sentences, headlines and credits",
        description="Print one JSON line per segment with raw offsets.",
        epilog="example: bias segment data/samples/01_summit.txt",
    )
    _add_inputs(s)
    s.add_argument("--out", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    s.set_defaults(func=_cmd_segment)

    t = sub.add_parser(
        "train",
        help="train a classifier on a labelled corpus and write the model folder and its report",
        description="Cross-validate and train a classifier; writes DIR/model.joblib, DIR/manifest.json, DIR/metrics.json, DIR/report.md and DIR/plots/.",
        epilog="example:\n  bias train data/corpus/news_sentences.jsonl --task frame --group-col article --out models/frame",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    t.add_argument("corpus", metavar="CORPUS", help=".jsonl, .csv or .tsv with a header row")
    t.add_argument(
        "--task",
        required=True,
        help="frame, sentiment, voice, or any name (the label column defaults to it)",
    )
    t.add_argument("--label-col", help="column with the labels (default: the task name)")
    t.add_argument("--text-col", default="text", help="column with the text (default: text)")
    t.add_argument(
        "--group-col", help="column of groups kept whole in cross-validation (article, outlet)"
    )
    t.add_argument(
        "--out",
        "-o",
        required=True,
        metavar="DIR",
        help="model folder to write (replaced atomically)",
    )
    t.add_argument(
        "--model",
        choices=["logreg", "svm"],
        default="logreg",
        help="linear model (default: logreg)",
    )
    t.add_argument("--cv", type=int, default=5, help="cross-validation folds (default: 5)")
    t.add_argument(
        "--no-learning-curve", action="store_true", help="skip the learning curve (faster)"
    )
    t.add_argument("--jobs", type=int, default=-1, help="parallel folds (default: all cores)")
    t.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    t.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="bad records: stop (default) or skip and list them",
    )
    t.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    t.set_defaults(func=_cmd_train)

    e = sub.add_parser(
        "evaluate",
        help="evaluate a saved model on a labelled corpus and write a report",
        description="Load a model folder (checking its hash and versions first) and evaluate it on held-out data.",
        epilog="example:\n  bias evaluate models/frame heldout.jsonl --out reports/frame-heldout",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("model_dir", metavar="DIR", help="a folder written by bias train")
    e.add_argument("corpus", metavar="CORPUS", help=".jsonl, .csv or .tsv with a header row")
    e.add_argument(
        "--out", "-o", required=True, metavar="REPORT_DIR", help="report folder to write"
    )
    e.add_argument("--label-col", help="column with the labels (default: the model's)")
    e.add_argument("--text-col", default=None, help="column with the text (default: the model's)")
    e.add_argument("--sha256", help="refuse the model unless model.joblib has this sha256")
    e.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="bad records: stop (default) or skip and list them",
    )
    e.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    e.set_defaults(func=_cmd_evaluate)
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
        print(
            f"bias: unexpected error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
            file=sys.stderr,
        )
        return 1
