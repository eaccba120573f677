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
            texts, labels, task=args.task, groups=groups, model=args.model, cv=args.cv,
            learning_curve=not args.no_learning_curve, n_jobs=args.jobs, random_state=args.seed, progress=bar.step,
        )
        bar.step("writing the model folder and report")
        out = save_model(res, args.out, text_col=args.text_col, label_col=label_col, corpus=str(args.corpus))
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
        write_report(tmp, m, res["y_true"], res["y_pred"], res["proba"], model.labels, pipeline=model.pipeline, title=f"{model.task} model on {Path(args.corpus).name}")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    m = res["metrics"]
    print(f"bias: {m['n']} examples: accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f} -> {out}/report.md", file=sys.stderr)
    _report_skipped(corpus)
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

    t = sub.add_parser(
        "train",
        help="train a classifier on a labelled corpus and write the model folder and its report",
        description="Cross-validate and train a classifier; writes DIR/model.joblib, DIR/manifest.json, DIR/metrics.json, DIR/report.md and DIR/plots/.",
        epilog="example:\n  bias train data/corpus/news_sentences.jsonl --task frame --group-col article --out models/frame",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    t.add_argument("corpus", metavar="CORPUS", help=".jsonl, .csv or .tsv with a header row")
    t.add_argument("--task", required=True, help="frame, sentiment, voice, or any name (the label column defaults to it)")
    t.add_argument("--label-col", help="column with the labels (default: the task name)")
    t.add_argument("--text-col", default="text", help="column with the text (default: text)")
    t.add_argument("--group-col", help="column of groups kept whole in cross-validation (article, outlet)")
    t.add_argument("--out", "-o", required=True, metavar="DIR", help="model folder to write (replaced atomically)")
    t.add_argument("--model", choices=["logreg", "svm"], default="logreg", help="linear model (default: logreg)")
    t.add_argument("--cv", type=int, default=5, help="cross-validation folds (default: 5)")
    t.add_argument("--no-learning-curve", action="store_true", help="skip the learning curve (faster)")
    t.add_argument("--jobs", type=int, default=-1, help="parallel folds (default: all cores)")
    t.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    t.add_argument("--on-error", choices=["fail", "skip"], default="fail", help="bad records: stop (default) or skip and list them")
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
    e.add_argument("--out", "-o", required=True, metavar="REPORT_DIR", help="report folder to write")
    e.add_argument("--label-col", help="column with the labels (default: the model's)")
    e.add_argument("--text-col", default=None, help="column with the text (default: the model's)")
    e.add_argument("--sha256", help="refuse the model unless model.joblib has this sha256")
    e.add_argument("--on-error", choices=["fail", "skip"], default="fail", help="bad records: stop (default) or skip and list them")
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
        print(f"bias: unexpected error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)", file=sys.stderr)
        return 1
