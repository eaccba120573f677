"""The subcommands that train and evaluate classifiers: ``train`` and ``evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError
from .streams import Progress, add_metadata_arguments, report_skipped

__all__ = ["add_subcommands"]


def _labelled(args: argparse.Namespace, label_col: str):
    """(corpus, texts, labels, groups or None) of the labelled corpus named on the command line."""
    from ..corpus import Corpus

    group_col = getattr(args, "group_col", None)
    require = (label_col,) + ((group_col,) if group_col else ())
    corpus = Corpus(args.corpus, text_col=args.text_col, on_error=args.on_error, require=require)
    texts, labels, groups = [], [], []
    for rec in corpus:
        texts.append(rec.text)
        labels.append(str(rec.fields[label_col]))
        if group_col:
            groups.append(str(rec.fields[group_col]))
    return corpus, texts, labels, (groups or None)


def _no_records(path: str, corpus) -> str:
    """Why a corpus gave no usable record: the reason of the first skipped one."""
    if corpus.skipped:
        first = corpus.skipped[0]
        return f"{path}: no usable records; all {len(corpus.skipped)} skipped, e.g. {first.reason}"
    return f"{path}: no usable records"


def _cmd_train(args: argparse.Namespace) -> int:
    from ..models import save_model, train

    label_col = args.label_col or args.task
    corpus, texts, labels, groups = _labelled(args, label_col)
    if not texts:
        raise InputError(_no_records(args.corpus, corpus))
    bar = Progress(4, f"train {args.task}", args.quiet)
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
        f"[{m['accuracy_ci95'][0]:.3f}-{m['accuracy_ci95'][1]:.3f}], "
        f"macro-F1 {m['macro_f1']:.3f} -> {out}/report.md",
        file=sys.stderr,
    )
    report_skipped(corpus)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from ..models import evaluate_model, load_model, write_report
    from ..models.persistence import folder_written_whole

    model = load_model(args.model_dir, expected_sha256=args.sha256)
    label_col = args.label_col or model.manifest.get("label_col") or model.task
    if args.text_col is None:
        args.text_col = model.manifest.get("text_col", "text")
    corpus, texts, labels, _ = _labelled(args, label_col)
    if not texts:
        raise InputError(_no_records(args.corpus, corpus))
    res = evaluate_model(model, texts, labels)
    out = Path(args.out)
    with folder_written_whole(out) as tmp:
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
    m = res["metrics"]
    print(
        f"bias: {m['n']} examples: accuracy {m['accuracy']:.3f}, "
        f"macro-F1 {m['macro_f1']:.3f} -> {out}/report.md",
        file=sys.stderr,
    )
    report_skipped(corpus)
    return 0


def _add_on_error(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="bad records: stop (default) or skip and list them",
    )


def _add_train(sub) -> None:
    t = sub.add_parser(
        "train",
        help="train a classifier on a labelled corpus and write the model folder and its report",
        description="Cross-validate and train a classifier; writes DIR/model.joblib, "
        "DIR/manifest.json, DIR/metrics.json, DIR/report.md and DIR/plots/.",
        epilog="example:\n  bias train data/corpus/news_sentences.jsonl --task frame "
        "--group-col article --out models/frame",
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
    _add_on_error(t)
    t.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    t.set_defaults(func=_cmd_train)


def _add_evaluate(sub) -> None:
    e = sub.add_parser(
        "evaluate",
        help="evaluate a saved model on a labelled corpus and write a report",
        description="Load a model folder (checking its hash and versions first) and evaluate "
        "it on held-out data.",
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
    _add_on_error(e)
    e.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    e.set_defaults(func=_cmd_evaluate)


def _predicted_rows(model, corpus, keep: list[str], id_col: str | None, batch: int = 256):
    """One row per record of ``corpus``: its source, id (the ``id_col`` value, else its index in
    its file), kept fields, the model's prediction and the probability of each label
    (predicted ``batch`` records at a time)."""
    from itertools import islice

    records = iter(corpus)
    while chunk := list(islice(records, batch)):
        proba = model.predict_proba([r.text for r in chunk])
        for rec, row in zip(chunk, proba):
            rid = rec.fields.get(id_col) if id_col else rec.index
            out = {"source": rec.source, "id": rid} | {k: rec.fields.get(k) for k in keep}
            out["prediction"] = model.labels[int(row.argmax())]
            out |= {f"p_{lab}": round(float(p), 4) for lab, p in zip(model.labels, row)}
            yield out


def _cmd_predict(args: argparse.Namespace) -> int:
    import csv
    import io
    import json

    from ..corpus import Corpus
    from ..models import load_model
    from .streams import Output

    model = load_model(args.model_dir, expected_sha256=args.sha256)
    text_col = args.text_col or model.manifest.get("text_col", "text")
    corpus = Corpus(args.corpus, text_col=text_col, on_error=args.on_error, min_chars=0)
    keep = [c for c in (args.keep_cols or "").split(",") if c]
    kept = [k for k in keep if k != "id"]  # (a kept "id" column is the id)
    columns = ["source", "id", *kept, "prediction", *(f"p_{lab}" for lab in model.labels)]
    n = 0
    with Output(args.out) as out:
        if args.format == "csv":
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            out.write(buf.getvalue())
        for row in _predicted_rows(model, corpus, keep, args.id_col):
            n += 1
            if args.format == "csv":
                buf = io.StringIO()
                csv.DictWriter(buf, fieldnames=columns, lineterminator="\n").writerow(row)
                out.write(buf.getvalue())
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if not args.quiet:
        print(f"bias: {n} records labelled by {args.model_dir}", file=sys.stderr)
    if corpus.skipped:
        report_skipped(corpus)
    return 0


def _add_predict(sub) -> None:
    p = sub.add_parser(
        "predict",
        help="label a corpus with a saved model (prediction and probabilities per record)",
        description="Load a model folder (checking its hash and versions first) and label "
        "every record of a corpus: source, id, kept columns, prediction, p_<label> columns.",
        epilog="examples:\n  bias predict models/frame-news corpus.jsonl --out labels.jsonl\n"
        "  bias predict models/frame-news corpus.csv --csv --keep-cols id,date -o labels.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("model_dir", metavar="DIR", help="a folder written by bias train")
    p.add_argument("corpus", metavar="CORPUS", help=".jsonl, .csv, .tsv, a .txt file or a folder")
    p.add_argument(
        "--out", "-o", metavar="FILE", help="write here (atomically; missing folders are created)"
    )
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv", help="CSV")
    fmt.add_argument(
        "--jsonl", dest="format", action="store_const", const="jsonl", help="JSON Lines (default)"
    )
    p.add_argument("--text-col", default=None, help="column with the text (default: the model's)")
    add_metadata_arguments(p)
    p.add_argument("--sha256", help="refuse the model unless model.joblib has this sha256")
    _add_on_error(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    p.set_defaults(func=_cmd_predict, format="jsonl")


def add_subcommands(sub) -> None:
    """Register ``train``, ``evaluate`` and ``predict`` on argparse subparsers."""
    _add_train(sub)
    _add_evaluate(sub)
    _add_predict(sub)
