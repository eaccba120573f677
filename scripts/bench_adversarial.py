"""Time of bias.analyze on the hostile inputs of tests/test_adversarial.py, per MB.

    python scripts/bench_adversarial.py [--json out.json]

The baseline is the team's normal sample articles repeated to about 1 MB, analysed in the same
process: a "ratio" near 1 means the hostile input costs what ordinary news text of the same
size costs.  For inputs of 100,000 characters or more the first half is timed too: "growth" is
log2(time of all / time of half), 1.0 for linear time, 2.0 for quadratic; above 1.3 the row is
marked SUPERLINEAR and the script exits with status 1.  It does the same (SLOW) when an input of
1,000 characters or more costs over 5x the normal text per MB (shorter inputs mostly measure the
fixed cost of a call).  Each time is the best of up to five runs within a quarter of a second.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_adversarial import SAMPLE, hostile_inputs  # noqa: E402

import bias  # noqa: E402


def seconds(text: str, *, budget: float = 0.25) -> float:
    """The best time of ``bias.analyze(text)`` over up to five runs, stopping
    once ``budget`` seconds are spent (a slow input runs once): a run of a few
    milliseconds is at the mercy of the machine, and one slow run of the half
    of an input made its growth look superlinear."""
    best = math.inf
    spent = 0.0
    for _ in range(5):
        t0 = time.perf_counter()
        bias.analyze(text)
        took = time.perf_counter() - t0
        best = min(best, took)
        spent += took
        if spent >= budget:
            break
    return best


#: an input of 1,000 characters or more may cost at most this many times the normal text per MB
SLOW_RATIO = 5.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    bias.analyze(SAMPLE)
    normal = (SAMPLE + "\n") * (1_000_000 // (len(SAMPLE) + 1))
    base = seconds(normal) / (len(normal) / 1e6)
    rows = []
    superlinear = []
    print(
        f"{'input':30s} {'chars':>9s} {'seconds':>8s} {'s per MB':>9s} {'x normal':>9s} "
        f"{'growth':>7s}"
    )
    print(
        f"{'(normal articles, baseline)':30s} {len(normal):9d} "
        f"{base * len(normal) / 1e6:8.2f} {base:9.2f} {1.0:9.2f}"
    )
    for name, text in hostile_inputs().items():
        s = seconds(text)
        per_mb = s / (len(text) / 1e6) if text else 0.0
        growth = None
        if len(text) >= 100_000:
            half = seconds(text[: len(text) // 2])
            growth = round(math.log2(s / half), 2) if half > 0 and s > 0 else None
        rows.append(
            {
                "input": name,
                "chars": len(text),
                "seconds": round(s, 3),
                "s_per_mb": round(per_mb, 2),
                "ratio": round(per_mb / base, 2),
                "growth": growth,
            }
        )
        flag = ""
        if growth is not None and growth > 1.3:
            flag = "  SUPERLINEAR"
            superlinear.append(name)
        elif len(text) >= 1000 and per_mb / base > SLOW_RATIO:
            flag = "  SLOW"
            superlinear.append(name)
        shown = f"{growth:7.2f}" if growth is not None else f"{'':7s}"
        print(
            f"{name:30s} {len(text):9d} {s:8.2f} {per_mb:9.2f} {per_mb / base:9.2f} {shown}{flag}"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"baseline_s_per_mb": base, "rows": rows}, indent=2), encoding="utf-8"
        )
    return 1 if superlinear else 0


if __name__ == "__main__":
    raise SystemExit(main())
