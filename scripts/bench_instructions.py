"""Instructions executed by ``bias.analyze`` against indic-nlp's bare preprocessing.

Timings on a shared machine drift by several per cent from minute to minute,
which hides the effect of a small change.  Counting the machine instructions
of the same work does not drift (runs agree to about 0.5%), so this script
runs each measurement under valgrind's callgrind and counts only the
instructions executed inside the measured loop (the loop runs inside
``functools.reduce``, whose C function switches the counting on and off):

    python scripts/bench_instructions.py --data ../shared/data
    python scripts/bench_instructions.py --corpus samples      # no data needed
    python scripts/bench_instructions.py --stages              # where analyze's instructions go
    python scripts/bench_instructions.py --installed           # the compiled build (pip install .)

Corpora: ``samples`` (the team's sample articles), ``ednil`` (40 EDNIL
articles, caches warmed on them first) and ``unseen`` (40 EDNIL articles the
process has not analysed: per-token caches cold).  The ratio is instructions
of ``analyze`` over instructions of the baseline (normalize + sentence_split
+ trivial_tokenize) on the same texts.  Instructions are not time: the
analysis runs Python code at fewer instructions per second than the
baseline's regular-expression engine, so the time ratio of
``scripts/bench.py`` is higher.  Use this to compare two versions of the code
(run it in both checkouts); use ``bench.py`` for the speed itself.

With ``--stages``, the steps of ``analyze`` are counted one by one, each
against the same baseline (the rest is building the result: sentences,
quotations, the summary).

Needs ``valgrind`` on the PATH and a Python whose ``functools`` is built in
with symbols (the usual CPython builds).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("samples", "ednil", "unseen")


def _texts(corpus: str, data: Path) -> tuple[list[str], list[str]]:
    """(texts to measure, texts to warm the caches with)."""
    from bench import ednil_texts, team_texts

    if corpus == "samples":
        texts = team_texts()
        return texts, texts
    if corpus == "ednil":
        texts = ednil_texts(data, 40)
        return texts, texts
    return ednil_texts(data, 40, skip=500), ednil_texts(data, 100)


#: the steps of bias.analyze, in order (--stages)
STAGES = (
    "normalize",
    "script shares",
    "quote pairing",
    "segmentation",
    "token table",
    "attribution",
    "entities",
    "voice map",
    "scoring",
    "result",
)


def _steps(text: str, stage: str | None) -> list:
    """The steps of :func:`bias.analyze` on ``text``, the one named ``stage``
    inside functools.reduce (so only it is counted); returns the scored
    segments."""
    from bias import text as text_layer
    from bias.analyzer import default_analyzer
    from bias.framing import new_totals, score_segments
    from bias.lexicon import TokenTable
    from bias.voices import voice_map

    def step(name, fn, *args):
        return (
            functools.reduce(lambda _, __: fn(*args), [None], None) if name == stage else fn(*args)
        )

    an = default_analyzer()
    norm = step("normalize", text_layer.normalize, text)
    t = norm.text
    step("script shares", text_layer.script_share, t)
    pairing = step("quote pairing", text_layer.pair_quotes, t)
    segs = step("segmentation", text_layer.segment_normalized, norm, pairing)
    tokens, seg_tok = step(
        "token table",
        lambda: (
            tk := TokenTable(t, matcher=an.matcher),
            tk.ranges(segs),
            tk.matches(an.lexicons.praise),
        )[:2],
    )
    from bias.analyzer import _story_marks
    from bias.voices.entities import link_entities

    marks = _story_marks(norm.text, pairing, segs)
    qspans, rspans = step(
        "attribution",
        lambda: an.attributor.attribute(t, tokens, segs, marks, token_ranges=seg_tok),
    )
    lex = an.attributor.lexicon
    _, qspans, rspans = step(
        "entities",
        lambda: link_entities(
            tokens,
            qspans,
            rspans,
            lex.origins,
            seg_tok,
            home=an.home,
            contexts=lex.contexts,
            fallback=an.type_fallback,
            own_country=lex.own_country,
            given_names=lex.given_names,
            surnames=lex.surnames,
        ),
    )
    voice = step("voice map", voice_map, t, segs, qspans, rspans)
    totals = new_totals()
    scored = step(
        "scoring",
        lambda: score_segments(t, tokens, segs, voice, an.lexicons, totals, token_ranges=seg_tok),
    )
    return step("result", _result, norm, segs, scored, qspans, rspans, totals)


def _result(norm, segs, scored, quotes, reported, totals):
    """The last step of analyze: offsets mapped to the raw text, then the summary."""
    from bias.analyzer import _to_raw
    from bias.framing import summarize

    sentences, quotes, reported = _to_raw(norm, segs, scored, quotes, reported)
    return summarize(sentences, scored, quotes, reported, totals)


def child(corpus: str, what: str, data: Path) -> None:
    """Warm up, then run the measured loop inside functools.reduce."""
    import gc

    from bench import indic_baseline

    import bias

    texts, warm = _texts(corpus, data)
    for t in warm:
        bias.analyze(t)
    indic_baseline(warm)
    indic_baseline(texts)
    gc.collect()
    if what == "analyze":
        functools.reduce(lambda _, t: bias.analyze(t), texts, None)
    elif what == "baseline":
        functools.reduce(lambda _, t: indic_baseline([t]), texts, None)
    else:
        for t in texts:
            _steps(t, what)
    print(f"articles={len(texts)}")


def count(corpus: str, what: str, data: Path, installed: bool = False) -> tuple[int, int]:
    env = dict(os.environ, PYTHONHASHSEED="0")
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=functools_reduce",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        corpus,
        what,
        "--data",
        str(data),
    ] + (["--installed"] if installed else [])
    run = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    articles = re.search(r"articles=(\d+)", run.stdout)
    if run.returncode != 0 or not found or not articles:
        raise SystemExit(
            f"bench_instructions: the {corpus}/{what} run failed: "
            f"{(run.stderr or run.stdout).strip().splitlines()[-1:]}"
        )
    if int(found.group(1)) == 0:
        raise SystemExit(
            "bench_instructions: valgrind counted nothing: "
            "this Python's functools_reduce has no symbol to toggle on"
        )
    return int(found.group(1)), int(articles.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    ap.add_argument("--stages", action="store_true", help="count the steps of analyze one by one")
    ap.add_argument(
        "--installed",
        action="store_true",
        help="the installed package (compiled by `pip install .`), not the source tree",
    )
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.installed:
        sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "scripts"))
    if args.child:
        child(*args.child, args.data)
        return 0
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind is not installed", file=sys.stderr)
        return 2
    corpora = [
        c for c in args.corpus if c == "samples" or (args.data / "ednil_hindi_event_news").exists()
    ]
    whats = ("analyze", "baseline") + (STAGES if args.stages else ())
    jobs = [(c, w) for c in corpora for w in whats]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as ex:
        counted = dict(zip(jobs, ex.map(lambda j: count(*j, args.data, args.installed), jobs)))
    print(
        f"{'corpus':10s} {'articles':>8s} {'analyze instr/article':>22s} "
        f"{'baseline instr/article':>23s} {'ratio':>6s}"
    )
    for c in corpora:
        (a, n), (b, _) = counted[c, "analyze"], counted[c, "baseline"]
        print(f"{c:10s} {n:8d} {a / n:22,.0f} {b / n:23,.0f} {a / b:6.3f}")
    if args.stages:
        print("\nsteps of analyze, instructions as a multiple of the baseline's:")
        print(f"{'step':16s} " + " ".join(f"{c:>8s}" for c in corpora))
        for w in (*STAGES, "the rest"):
            cells = []
            for c in corpora:
                b = counted[c, "baseline"][0]
                x = (
                    counted[c, "analyze"][0] - sum(counted[c, s][0] for s in STAGES)
                    if w == "the rest"
                    else counted[c, w][0]
                )
                cells.append(f"{x / b:8.3f}")
            print(f"{w:16s} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
