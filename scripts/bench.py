"""Benchmarks of bias, each a ratio against a baseline run in the same process.

    python scripts/bench.py                 # all sections, printed as a table
    python scripts/bench.py --json out.json # also write the numbers
    python scripts/bench.py --data ../shared/data   # add real news text
                                                    # (EDNIL, BBC Hindi, COVID day-files)

Sections (--sections, default: text analyze parallel memory):
  text      normalize + segment + tokenize  vs  indic-nlp normalize + sentence_split +
            trivial_tokenize
  analyze   bias.analyze (everything)       vs  the same indic-nlp baseline (with --data: also on
            EDNIL articles this process has never seen, each analysed once, caches cold)
  parallel  2 jobs vs 1 job on 1,000 articles: the corpus job (JSON Lines, as `bias analyze
            --jobs`) and analyze_many yielding Article objects; with the machine's ceilings
  memory    peak memory of `bias analyze CORPUS --out FILE` streaming 10x and 100x the sample
            articles
  training  time to fit the default frame pipeline on 1k, 10k, 100k sentences (--training-sizes)
  --installed  measure the installed package (`pip install .` compiles the core with mypyc)
               instead of the source tree (pure Python)
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
# --installed measures the installed package (the compiled build of `pip install .`); by default
# the source tree, which is pure Python
if "--installed" not in sys.argv:
    sys.path.insert(0, str(ROOT))

import bias  # noqa: E402
from bias.text import normalize, segment, tokenize  # noqa: E402


def build() -> dict:
    """Which `bias` is measured: its folder, and whether its core is compiled."""
    return {"path": str(Path(bias.__file__).parent), "kind": bias.BUILD}


def team_texts() -> list[str]:
    return [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "samples").glob("*.txt"))
    ]


def ednil_texts(data: Path, n: int = 200, skip: int = 0) -> list[str]:
    path = data / "ednil_hindi_event_news" / "ednil_hindi_news.jsonl"
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < skip:
                continue
            out.append(json.loads(line)["text"])
            if len(out) >= n:
                break
    return out


def bbc_texts(data: Path, n: int = 200) -> list[str]:
    """The first ``n`` non-empty BBC Hindi articles (quote-bearing news, ``.`` as full stop)."""
    import csv

    csv.field_size_limit(1 << 30)
    out = []
    with open(
        data / "bbc_hindi_news_subset" / "hindi-cleaned-test.csv", encoding="utf-8", newline=""
    ) as fh:
        rows = csv.reader(fh)
        next(rows)
        for row in rows:
            if len(row) > 1 and row[1].strip():
                out.append(row[1])
                if len(out) >= n:
                    break
    return out


def covid_texts(data: Path, n: int = 60) -> list[str]:
    """The first ``n`` COVID-19 newspaper day-files (a whole day of one paper each: long texts)."""
    out = []
    with open(
        data / "covid_hindi_newspapers_2020" / "covid_hindi_news_days.jsonl", encoding="utf-8"
    ) as fh:
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


def paired_unseen(fn, baseline, chunks: list[list[str]]) -> tuple[float, float, float]:
    """Like :func:`paired`, but every round takes texts this process has never
    analysed: the per-token caches start cold for them, as on a new corpus."""
    ours, base, ratios = [], [], []
    for texts in chunks:
        t0 = time.perf_counter()
        baseline(texts)
        t1 = time.perf_counter()
        fn(texts)
        t2 = time.perf_counter()
        base.append((t1 - t0) / len(texts))
        ours.append((t2 - t1) / len(texts))
        ratios.append((t2 - t1) / (t1 - t0))
    return min(ours), min(base), statistics.median(ratios)


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def machine_ceiling(repeat: int) -> float:
    """Speed-up of 2 processes over 1 on pure CPU work with no data to move.

    What this machine allows at best."""
    from joblib import Parallel, delayed

    Parallel(n_jobs=2)(delayed(_spin)(10) for _ in range(2))
    ratios = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(8):
            _spin(1_500_000)
        t1 = time.perf_counter()
        Parallel(n_jobs=2)(delayed(_spin)(1_500_000) for _ in range(8))
        t2 = time.perf_counter()
        ratios.append((t1 - t0) / (t2 - t1))
    return round(statistics.median(ratios), 2)


def _analyze_share(texts, start, done) -> None:
    import bias

    for t in texts[:20]:
        bias.analyze(t)  # load the lexicons before the clock starts
    start.wait()
    for t in texts:
        bias.analyze(t)
    done.put(time.perf_counter())


def workload_ceiling(texts: list[str], repeat: int) -> float | None:
    """Speed-up of 2 independent processes (each analysing half the texts, nothing sent
    between them) over 1 process analysing all: what this machine allows for this work."""
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        return None
    ctx = mp.get_context("fork")

    def run(nproc: int) -> float:
        start, done = ctx.Event(), ctx.Queue()
        per = len(texts) // nproc
        procs = [
            ctx.Process(target=_analyze_share, args=(texts[i * per : (i + 1) * per], start, done))
            for i in range(nproc)
        ]
        for p in procs:
            p.start()
        time.sleep(1.0)  # every process has loaded its lexicons
        t0 = time.perf_counter()
        start.set()
        ends = [done.get() for _ in procs]
        for p in procs:
            p.join()
        return max(ends) - t0

    return round(statistics.median(run(1) / run(2) for _ in range(repeat)), 2)


def bench_parallel(repeat: int) -> dict:
    from bias.batch import analyze_many
    from bias.cli import _article_json, _with_source

    texts = (team_texts() * 143)[:1000]
    # start both worker processes and load the lexicons in each (one text per task,
    # so that both take tasks): the rounds then measure steady-state throughput
    list(analyze_many(texts[:200], n_jobs=2, batch_size=1))

    def article_objects(n_jobs: int) -> None:
        for _a in analyze_many(texts, n_jobs=n_jobs):
            pass

    def corpus_job(n_jobs: int) -> None:
        # what `bias analyze CORPUS --jobs N --out FILE` does: JSON Lines made where the
        # articles are analysed, the source added and the line written by the main process
        with open(os.devnull, "w", encoding="utf-8") as out:
            for i, line in enumerate(analyze_many(texts, n_jobs=n_jobs, then=_article_json)):
                out.write(_with_source(line, str(i)) + "\n")

    out: dict = {"articles": len(texts), "cpus": os.cpu_count()}
    for name, fn in (("article_objects", article_objects), ("corpus_jsonl", corpus_job)):
        one, two, ratios = [], [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn(1)
            t1 = time.perf_counter()
            fn(2)
            t2 = time.perf_counter()
            one.append(t1 - t0)
            two.append(t2 - t1)
            ratios.append((t1 - t0) / (t2 - t1))
        out[name] = {
            "seconds_1_job": round(min(one), 3),
            "seconds_2_jobs": round(min(two), 3),
            "speedup": round(statistics.median(ratios), 2),
            "speedup_range": [round(min(ratios), 2), round(max(ratios), 2)],
        }
    out["machine_ceiling"] = machine_ceiling(repeat)
    out["workload_ceiling"] = workload_ceiling(texts, max(3, repeat // 2))
    return out


def bench_memory(copies: tuple[int, ...] = (10, 100), data: Path | None = None) -> list[dict]:
    """Peak memory of the streaming corpus job: the samples repeated 10x and 100x, and
    (with ``data``) 100 and 1,000 distinct EDNIL articles, whose growing vocabulary fills
    the per-token caches (bounded: each is cleared at 200,000 entries)."""
    import subprocess
    import tempfile

    rows = []
    samples = team_texts()
    corpora: list[tuple[str, list[str]]] = [(f"samples x{k}", samples * k) for k in copies]
    if data is not None and (data / "ednil_hindi_event_news").exists():
        ednil = ednil_texts(data, n=1000)
        corpora += [(f"EDNIL {n} distinct", ednil[:n]) for n in (100, 1000)]
    # peak RSS of the child itself, in kB: Linux's VmHWM belongs to the address space
    # made by exec (ru_maxrss would carry over the parent's peak through fork+exec)
    probe = (
        "import re, resource, sys; from bias.cli import main; rc = main(sys.argv[1:]); "
        "m = re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()) "
        "if sys.platform == 'linux' else None; "
        "print(m.group(1) if m else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); "
        "sys.exit(rc)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, texts) in enumerate(corpora):
            corpus = Path(tmp) / f"c{k}.jsonl"
            with open(corpus, "w", encoding="utf-8") as fh:
                for i, t in enumerate(texts):
                    fh.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
            out = Path(tmp) / f"c{k}.out.jsonl"
            t0 = time.perf_counter()
            r = subprocess.run(
                [sys.executable, "-c", probe, "analyze", str(corpus), "--out", str(out), "--quiet"],
                capture_output=True,
                text=True,
                check=True,
            )
            rows.append(
                {
                    "corpus": name,
                    "articles": len(texts),
                    "corpus_mb": round(corpus.stat().st_size / 1e6, 2),
                    "output_mb": round(out.stat().st_size / 1e6, 2),
                    "peak_rss_mb": round(int(r.stdout.strip().splitlines()[-1]) / 1024, 1),
                    "seconds": round(time.perf_counter() - t0, 2),
                }
            )
    return rows


def bench_training(sizes: list[int]) -> list[dict]:
    from bias.models import make_pipeline

    rows_in = [
        json.loads(line)
        for line in open(ROOT / "data" / "corpus" / "news_sentences.jsonl", encoding="utf-8")
    ]
    out = []
    for n in sizes:
        # the bundled sentences, repeated and numbered so that every one is a distinct text
        texts = [f"{rows_in[i % len(rows_in)]['text']} ({i})" for i in range(n)]
        labels = [rows_in[i % len(rows_in)]["frame"] for i in range(n)]
        t0 = time.perf_counter()
        make_pipeline().fit(texts, labels)
        out.append({"sentences": n, "fit_seconds": round(time.perf_counter() - t0, 2)})
    return out


def _row(name: str, texts: list[str], label: str, best: float, med, base: float, ratio: float):
    """One throughput row (``best``, ``med`` and ``base`` in seconds for all of ``texts``)."""
    chars = sum(len(t) for t in texts)
    return {
        "corpus": name,
        "articles": len(texts),
        "chars": chars,
        "step": label,
        "seconds": round(best, 4),
        "median_seconds": None if med is None else round(med, 4),
        "baseline_seconds": round(base, 4),
        "ratio_to_indicnlp": round(ratio, 2),
        "chars_per_second": int(chars / best),
        "articles_per_second": round(len(texts) / best, 1),
        "ms_per_5000_chars": round(best / chars * 5000 * 1000, 2),
    }


def bench_throughput(args: argparse.Namespace) -> list[dict]:
    """The text and analyze sections on every corpus, and on unseen EDNIL articles."""
    corpora = {"team samples x%d" % args.copies: team_texts() * args.copies}
    if (args.data / "ednil_hindi_event_news").exists():
        corpora["EDNIL newspaper articles (200)"] = ednil_texts(args.data)
    if (args.data / "bbc_hindi_news_subset").exists():
        corpora["BBC Hindi articles (200)"] = bbc_texts(args.data)
    if (args.data / "covid_hindi_newspapers_2020").exists():
        corpora["COVID newspaper day-files (60)"] = covid_texts(args.data)
    results = []
    steps = [
        (label, fn)
        for label, fn, sec in (
            ("normalize+segment+tokenize", text_layer, "text"),
            ("analyze (full)", analyze_all, "analyze"),
        )
        if sec in args.sections
    ]
    for name, texts in corpora.items():
        for label, fn in steps:
            best, med, base, ratio = paired(fn, indic_baseline, texts, args.repeat)
            results.append(_row(name, texts, label, best, med, base, ratio))
    if "analyze" in args.sections and (args.data / "ednil_hindi_event_news").exists():
        # the articles after the first 200, in rounds of 100 that are each analysed once
        unseen = ednil_texts(args.data, n=100 * args.repeat, skip=200)
        chunks = [
            unseen[i : i + 100]
            for i in range(0, len(unseen), 100)
            if len(unseen[i : i + 100]) == 100
        ]
        if chunks:
            best, base, ratio = paired_unseen(analyze_all, indic_baseline, chunks)
            name = f"EDNIL, unseen ({len(chunks)}x100)"
            row = _row(name, chunks[0], "analyze (full)", best * 100, None, base * 100, ratio)
            row["articles_per_second"] = round(1 / best, 1)
            results.append(row)
    return results


def print_throughput(results: list[dict]) -> None:
    print(
        f"{'corpus':32s} {'step':28s} {'art/s':>8s} {'chars/s':>10s} {'ms/5k ch':>9s} "
        f"{'x indic-nlp':>11s}"
    )
    for r in results:
        print(
            f"{r['corpus']:32s} {r['step']:28s} {r['articles_per_second']:8.1f} "
            f"{r['chars_per_second']:10d} {r['ms_per_5000_chars']:9.2f} "
            f"{r['ratio_to_indicnlp']:11.2f}"
        )
    print(
        "baseline: indic-nlp normalize + sentence_split + trivial_tokenize on the same texts, "
        "same process\n"
    )


def print_parallel(p: dict, repeat: int) -> None:
    print(
        f"parallel, {p['articles']} articles, 2 jobs vs 1 (median of {repeat} paired rounds, "
        f"{p['cpus']} CPUs):"
    )
    for name, label in (
        ("corpus_jsonl", "corpus job (bias analyze --jobs, JSON Lines)"),
        ("article_objects", "analyze_many yielding Article objects"),
    ):
        r = p[name]
        print(
            f"  {label:46s} 1 job {r['seconds_1_job']:.3f} s, "
            f"2 jobs {r['seconds_2_jobs']:.3f} s: x{r['speedup']} "
            f"(rounds {r['speedup_range'][0]}-{r['speedup_range'][1]})"
        )
    print(
        f"  this machine's ceiling: pure CPU work x{p['machine_ceiling']}, "
        f"analyze in 2 independent processes x{p['workload_ceiling']}\n"
    )


def print_memory(m: list[dict]) -> None:
    print(
        f"{'streaming corpus':18s} {'articles':>9s} {'corpus MB':>10s} {'output MB':>10s} "
        f"{'peak RSS MB':>12s} {'seconds':>8s}"
    )
    for r in m:
        print(
            f"{r['corpus']:18s} {r['articles']:9d} {r['corpus_mb']:10.2f} "
            f"{r['output_mb']:10.2f} {r['peak_rss_mb']:12.1f} {r['seconds']:8.2f}"
        )
    print(f"peak memory, samples 100x / 10x: {m[1]['peak_rss_mb'] / m[0]['peak_rss_mb']:.3f}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--copies", type=int, default=20, help="how many times the team's samples are repeated"
    )
    ap.add_argument(
        "--sections",
        nargs="+",
        default=["text", "analyze", "parallel", "memory"],
        choices=["text", "analyze", "parallel", "memory", "training"],
    )
    ap.add_argument("--training-sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--installed", action="store_true", help="the installed package, not the source tree"
    )
    args = ap.parse_args(argv)
    report: dict = {"build": build()}
    print(f"bias from {report['build']['path']} ({report['build']['kind']})")
    results = bench_throughput(args)
    if results:
        print_throughput(results)
        report["throughput"] = results
    if "parallel" in args.sections:
        report["parallel"] = bench_parallel(args.repeat)
        print_parallel(report["parallel"], args.repeat)
    if "memory" in args.sections:
        report["memory"] = bench_memory(data=args.data)
        print_memory(report["memory"])
    if "training" in args.sections:
        report["training"] = bench_training(args.training_sizes)
        for r in report["training"]:
            print(
                f"training the default frame pipeline on {r['sentences']:7d} sentences: "
                f"{r['fit_seconds']:8.2f} s"
            )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
