"""Train and test bias classifiers on public Hindi benchmarks (their own splits).

    python scripts/evaluate_public.py --data ../shared/data \\
        [--out reports/public] [--json results.json]

* IITP product reviews (MIDAS "PR" split): 4 labels as given (positive, negative, neutral,
  conflict).
* Hindi discourse modes (MIDAS "HDA" split): 5 labels.

For each: every pipeline variant below is fitted on the train split and compared on the dev split;
the variant with the best dev accuracy is refitted on train + dev (model selection is over, so the
dev sentences become training data) and scored once on the test split (no test-set selection).
Reports (metrics.json, plots, report.md) go to --out/<dataset>/.
Published test accuracies for IITP product reviews (IndicGLUE, Kakwani et al. 2020): IndicBERT
71.32, mBERT 74.57, iNLTK 75.71, XLM-R 78.97.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bias.models import _metrics, make_pipeline, write_report  # noqa: E402

csv.field_size_limit(1 << 30)

PUBLISHED = {
    "iitp_product_reviews_hi": {"IndicBERT": 71.32, "mBERT": 74.57, "iNLTK": 75.71, "XLM-R": 78.97}
}
DATASETS = {
    "iitp_product_reviews_hi": ("iitp_product_reviews_hi", "PR_{}_data.tsv", None),
    "hindi_discourse": (
        "hindi_discourse/splits_from_hindi-nli-data",
        "HDA_{}_data.tsv",
        "class_to_label_mapping.txt",
    ),
}
VARIANTS = {
    "logreg word+char+analysis": dict(model="logreg"),
    "logreg word+char": dict(model="logreg", analysis=False),
    "svm word+char+analysis": dict(model="svm"),
    "logreg word+char+analysis C=1": dict(model="logreg", C=1.0),
    "logreg word+char+analysis unweighted": dict(model="logreg", class_weight=None),
    "svm word+char+analysis unweighted": dict(model="svm", class_weight=None),
}


def read_split(folder: Path, pattern: str, split: str, mapping: dict[str, str] | None):
    texts, labels = [], []
    with open(folder / pattern.format(split), encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            if len(row) < 2 or not row[0].strip():
                continue
            texts.append(row[0])
            labels.append(
                mapping.get(row[1].strip(), row[1].strip()) if mapping else row[1].strip()
            )
    return texts, labels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--out", type=Path, default=ROOT / "reports" / "public")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", choices=list(DATASETS), help="run one dataset")
    args = ap.parse_args(argv)
    if not (args.data / "INDEX.md").exists():
        print(f"{args.data} not found (pass --data)", file=sys.stderr)
        return 2
    results = {}
    for name, (sub, pattern, mapfile) in DATASETS.items():
        if args.only and name != args.only:
            continue
        folder = args.data / sub
        mapping = None
        if mapfile:
            mapping = {}
            for line in (folder / mapfile).read_text(encoding="utf-8").splitlines():
                if ":" in line:
                    k, v = line.rsplit(":", 1)
                    mapping[v.strip()] = k.strip().strip('"')
        tr_x, tr_y = read_split(folder, pattern, "train", mapping)
        dv_x, dv_y = read_split(folder, pattern, "dev", mapping)
        te_x, te_y = read_split(folder, pattern, "test", mapping)
        labels = sorted(set(tr_y))
        dev_scores = {}
        for vname, params in VARIANTS.items():
            t0 = time.perf_counter()
            pipe = make_pipeline(**params).fit(tr_x, tr_y)
            acc = sum(p == y for p, y in zip(pipe.predict(dv_x), dv_y)) / len(dv_y)
            dev_scores[vname] = round(acc, 4)
            print(
                f"{name}: {vname}: dev accuracy {acc:.4f} "
                f"({time.perf_counter() - t0:.1f} s to fit)",
                file=sys.stderr,
            )
        best = max(dev_scores, key=dev_scores.get)
        t0 = time.perf_counter()
        pipe = make_pipeline(**VARIANTS[best]).fit(tr_x + dv_x, tr_y + dv_y)
        fit_s = time.perf_counter() - t0
        proba = pipe.predict_proba(te_x)
        classes = [str(c) for c in pipe.classes_]
        order = [classes.index(c) for c in labels]
        proba = proba[:, order]
        pred = [labels[i] for i in proba.argmax(axis=1)]
        m = _metrics(te_y, pred, proba, labels)
        m["cv"] = (
            f"train+dev ({len(tr_x)}+{len(dv_x)}) -> test split ({len(te_x)}); "
            f"variant chosen on dev: {best}"
        )
        m["dev_accuracy_by_variant"] = dev_scores
        m["fit_seconds"] = round(fit_s, 1)
        write_report(
            args.out / name,
            m,
            te_y,
            pred,
            proba,
            labels,
            pipeline=pipe,
            title=f"{name} (test split)",
        )
        results[name] = {k: v for k, v in m.items() if k != "per_class"}
        print(
            f"{name}: TEST accuracy {m['accuracy']:.4f} "
            f"[{m['accuracy_ci95'][0]:.3f}-{m['accuracy_ci95'][1]:.3f}], "
            f"macro-F1 {m['macro_f1']:.4f}, fit {fit_s:.1f} s; variant {best}"
        )
        for model, acc in PUBLISHED.get(name, {}).items():
            print(f"   published {model}: {acc:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
