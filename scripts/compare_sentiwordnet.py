"""Agreement of the team's sentiment lexicon with Hindi SentiWordNet (HSWN, CFILT).

    python scripts/compare_sentiwordnet.py [--data ../shared/data] [--json out.json] [--list]

A word's HSWN polarity is the sign of the sum of (positive - negative) over the synsets that
list it (words that are only neutral there are counted apart). Words are compared through
bias.lexicon.term_key (nukta and chandrabindu insensitive). Nothing is copied from HSWN: it is
only read here, to measure; its licence does not allow redistribution.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bias.lexicon import load_lexicon, term_key  # noqa: E402


def hswn_polarity(path: Path) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().split(" ", 4)
            if len(parts) != 5:
                continue
            _, _, pos, neg, words = parts
            for w in words.split(","):
                k = term_key(w.replace("_", " "))
                if k:
                    total[k] += float(pos) - float(neg)
                    seen.add(k)
    return {k: total[k] for k in seen}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--list", action="store_true", help="print the disagreeing words (to your terminal only)"
    )
    args = ap.parse_args(argv)
    path = args.data / "hindi_sentiwordnet" / "HSWN_WN.txt"
    if not path.exists():
        print(f"{path} not found (pass --data)", file=sys.stderr)
        return 2
    hswn = hswn_polarity(path)
    ours = load_lexicon("sentiment")
    both = [k for k in ours if k in hswn]
    polar = [k for k in both if hswn[k] != 0]
    agree = [k for k in polar if (hswn[k] > 0) == (ours[k] > 0)]
    res = {
        "team_entries": len(ours),
        "hswn_words": len(hswn),
        "shared_words": len(both),
        "shared_with_hswn_polarity": len(polar),
        "agree": len(agree),
        "agreement": round(len(agree) / len(polar), 4) if polar else None,
        "shared_but_hswn_neutral": len(both) - len(polar),
    }
    for k, v in res.items():
        print(f"{k:28s} {v}")
    if args.list:
        for k in polar:
            if k not in agree:
                print("disagree:", k, ours[k], round(hswn[k], 3))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
