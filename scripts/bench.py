"""Benchmarks of bias, each a ratio against a baseline run in the same process.

    python scripts/bench.py                 # all sections, printed as a table
    python scripts/bench.py --json out.json # also write the numbers
    python scripts/bench.py --data ../shared/data   # add real newspaper text (EDNIL) to the texts

Sections:
  text      normalize + segment + tokenize  vs  indic-nlp normalize + sentence_split + trivial_tokenize
  analyze   bias.analyze (everything)       vs  the same indic-nlp baseline
Each round runs the baseline and then bias on the same texts; the ratio printed is the median of
the per-round ratios (robust to a busy machine), the times are the best round.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bias  # noqa: E402
from bias.text import normalize, segment, tokenize  # noqa: E402


def team_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "samples").glob("*.txt"))]


def ednil_texts(data: Path, n: int = 200) -> list[str]:
    path = data / "ednil_hindi_event_news" / "ednil_hindi_news.jsonl"
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line)["text"])
            if len(out) >= n:
                break
    return out


def indic_baseline(texts):
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from indicnlp.tokenize import indic_tokenize, sentence_tokenize

    norm = IndicNormalizerFactory().get_normalizer("hi")
    for t in texts:
        n = norm.normalize(t)
        for s in sentence_tokenize.sentence_split(n, lang="hi"):
            indic_tokenize.trivial_tokenize(s, lang="hi")


def text_layer(texts):
    for t in texts:
        n = normalize(t)
        segment(n)
        tokenize(n)


def analyze_all(texts):
    for t in texts:
        bias.analyze(t)


def timeit(fn, texts, repeat: int) -> tuple[float, float]:
    fn(texts[:2])  # warm caches (lexicons, indic-nlp tables)
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        runs.append(time.perf_counter() - t0)
    return min(runs), statistics.median(runs)


def paired(fn, baseline, texts, repeat: int) -> tuple[float, float, float, float]:
    """Run baseline and fn alternately; the ratio is the median of per-round ratios,
    which cancels most of the machine's drift between rounds."""
    fn(texts[:2])
    baseline(texts[:2])
    ours, base, ratios = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        baseline(texts)
        t1 = time.perf_counter()
        fn(texts)
        t2 = time.perf_counter()
        base.append(t1 - t0)
        ours.append(t2 - t1)
        ratios.append((t2 - t1) / (t1 - t0))
    return min(ours), statistics.median(ours), min(base), statistics.median(ratios)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=20, help="how many times the team's samples are repeated")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    corpora = {"team samples x%d" % args.copies: team_texts() * args.copies}
    if (args.data / "ednil_hindi_event_news").exists():
        corpora["EDNIL newspaper articles (200)"] = ednil_texts(args.data)
    results = []
    for name, texts in corpora.items():
        chars = sum(len(t) for t in texts)
        for label, fn in (("normalize+segment+tokenize", text_layer), ("analyze (full)", analyze_all)):
            best, med, base, ratio = paired(fn, indic_baseline, texts, args.repeat)
            results.append(
                {
                    "corpus": name,
                    "articles": len(texts),
                    "chars": chars,
                    "step": label,
                    "seconds": round(best, 4),
                    "median_seconds": round(med, 4),
                    "baseline_seconds": round(base, 4),
                    "ratio_to_indicnlp": round(ratio, 2),
                    "chars_per_second": int(chars / best),
                    "articles_per_second": round(len(texts) / best, 1),
                    "ms_per_5000_chars": round(best / chars * 5000 * 1000, 2),
                }
            )
    print(f"{'corpus':32s} {'step':28s} {'art/s':>8s} {'chars/s':>10s} {'ms/5k ch':>9s} {'x indic-nlp':>11s}")
    for r in results:
        print(f"{r['corpus']:32s} {r['step']:28s} {r['articles_per_second']:8.1f} {r['chars_per_second']:10d} {r['ms_per_5000_chars']:9.2f} {r['ratio_to_indicnlp']:11.2f}")
    print("baseline: indic-nlp normalize + sentence_split + trivial_tokenize on the same texts, same process")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
