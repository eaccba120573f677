"""Snapshot the output of ``bias.analyze`` on many texts, and compare two snapshots.

A refactoring must not change what ``analyze`` returns (unless the change is intended and
listed).  This script records, for every text, a digest of ``Article.to_dict()`` (and the
dictionary itself, so a difference can be shown), then compares a later run with it::

    python scripts/output_snapshot.py write /tmp/before.jsonl --data ../shared/data
    ... change the code ...
    python scripts/output_snapshot.py compare /tmp/before.jsonl --data ../shared/data \\
        --ignore-key rule

Texts: the seed article, the bundled samples and corpus sentences, and with ``--data`` the
EDNIL articles, the COVID day-files and the BBC Hindi rows *outside* the reserved labels
(``international`` and ``india`` are never read).  The snapshot holds derived output only; keep
it outside the repository (it quotes speakers and cue words of licensed text).

``--ignore-key K`` drops key ``K`` from every quote and reported span before comparing (for a
key added on purpose).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bias  # noqa: E402

RESERVED_BBC_LABELS = frozenset({"international", "india"})


def team_texts() -> list[tuple[str, str]]:
    out = []
    seeds = ROOT.parent / "shared" / "seeds"
    for p in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        out.append((f"seed:{p.name}", p.read_text(encoding="utf-8")))
    for p in sorted((ROOT / "data" / "samples").glob("*.txt")):
        out.append((f"sample:{p.name}", p.read_text(encoding="utf-8")))
    corpus = ROOT / "data" / "corpus" / "news_sentences.jsonl"
    with open(corpus, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            out.append((f"corpus:{i}", json.loads(line)["text"]))
    return out


def shared_texts(data: Path, limit: int) -> list[tuple[str, str]]:
    out = []
    with open(data / "ednil_hindi_event_news" / "ednil_hindi_news.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            out.append((f"ednil:{i}", json.loads(line)["text"]))
    with open(
        data / "covid_hindi_newspapers_2020" / "covid_hindi_news_days.jsonl", encoding="utf-8"
    ) as fh:
        for i, line in enumerate(fh):
            if i >= limit // 4:
                break
            out.append((f"covid:{i}", json.loads(line)["text"]))
    csv.field_size_limit(1 << 30)
    with open(data / "bbc_hindi_news_subset" / "hindi-cleaned-test.csv", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        for i, row in enumerate(rows):
            if len(row) > 1 and row[0] not in RESERVED_BBC_LABELS and row[1].strip():
                out.append((f"bbc:{i}", row[1]))
    return out


def _strip(d: dict, ignore: list[str]) -> dict:
    for part in ("quotes", "reported"):
        for item in d.get(part, []):
            for k in ignore:
                item.pop(k, None)
    return d


def snapshot(texts, ignore: list[str]):
    for name, text in texts:
        d = _strip(bias.analyze(text).to_dict(), ignore)
        blob = json.dumps(d, ensure_ascii=False, sort_keys=True)
        yield {"name": name, "sha": hashlib.sha256(blob.encode()).hexdigest(), "out": d}


def _first_difference(a, b, path="") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'after' if k not in a else 'before'}"
            if a[k] != b[k]:
                return _first_difference(a[k], b[k], f"{path}.{k}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r} != {b!r}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("action", choices=("write", "compare"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--data", type=Path, help="../shared/data: add real news text")
    ap.add_argument("--limit", type=int, default=800, help="EDNIL articles (COVID: a quarter)")
    ap.add_argument("--ignore-key", action="append", default=[], help="a quote/reported key")
    args = ap.parse_args(argv)
    texts = team_texts() + (shared_texts(args.data, args.limit) if args.data else [])
    if args.action == "write":
        with open(args.snapshot, "w", encoding="utf-8") as fh:
            for row in snapshot(texts, args.ignore_key):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(texts)} texts to {args.snapshot}")
        return 0
    before = {}
    with open(args.snapshot, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            before[row["name"]] = row
    changed = 0
    for row in snapshot(texts, args.ignore_key):
        old = before.get(row["name"])
        if old is None:
            continue
        old_out = _strip(old["out"], args.ignore_key)
        if old_out != row["out"]:
            changed += 1
            if changed <= 10:
                print(f"{row['name']}: {_first_difference(old_out, row['out'])}"[:300])
    print(f"{len(texts)} texts, {changed} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
