"""Maintainability of the package: radon's maintainability index, lines and complexity per module.

    python scripts/maintainability.py                 # a table of every module of bias/
    python scripts/maintainability.py --min 20        # exit 1 if a module's index is below 20
    python scripts/maintainability.py --markdown      # as Markdown (docs/maintainability.md)

The readable-core targets: every module under 500 lines, a maintainability index of at least
20, no function over cyclomatic complexity 20 (``ruff check --select C901`` enforces the last).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.metrics import mi_visit

ROOT = Path(__file__).resolve().parent.parent


def measure(path: Path) -> tuple[int, float, int, str]:
    """Lines, maintainability index, and the largest function complexity (with its name)."""
    code = path.read_text(encoding="utf-8")
    blocks = cc_visit(code)
    worst = max(blocks, key=lambda b: b.complexity, default=None)
    return (
        len(code.splitlines()),
        mi_visit(code, multi=True),
        worst.complexity if worst else 0,
        worst.name if worst else "",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--min", type=float, default=None, help="fail below this index")
    ap.add_argument("--max-lines", type=int, default=500, help="fail at or above this many lines")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    rows = []
    for path in sorted((ROOT / "bias").rglob("*.py")):
        lines, mi, cc, name = measure(path)
        rows.append((str(path.relative_to(ROOT)), lines, mi, cc, name))
    if args.markdown:
        print("| module | lines | maintainability index | largest complexity |")
        print("|---|---|---|---|")
        for mod, lines, mi, cc, name in rows:
            print(f"| `{mod}` | {lines} | {mi:.1f} | {cc} (`{name}`) |")
    else:
        for mod, lines, mi, cc, name in rows:
            print(f"{mod:40} {lines:5} lines  MI {mi:5.1f}  max CC {cc:3} {name}")
    failed = [
        r for r in rows if (args.min is not None and r[2] < args.min) or r[1] >= args.max_lines
    ]
    for mod, lines, mi, _, _ in failed:
        print(f"maintainability: {mod}: {lines} lines, index {mi:.1f}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
