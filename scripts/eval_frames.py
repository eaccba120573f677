"""Score sentence frames and sentiment against the team's labels.

    python scripts/eval_frames.py [--data ../shared/data] [--json out.json] [--confusion]
    python scripts/eval_frames.py --split train    # also the guide-v2 train split
    python scripts/eval_frames.py --split test     # also the guide-v2 test split
    python scripts/eval_frames.py --agreement data/world/second_frames_FC.jsonl  # Cohen's kappa

Gold: data/dev/frames_gold.jsonl (451 sentences labelled under guide version 1, when a frame
was any favourable/problem presentation) and data/gold/frames_*.jsonl (guide version 2: a frame
is an evaluative stance; 3,330 units split by article into train / dev / test). Also scored,
needing no public data: the sentence labels of the team-written check set
(data/world/frames_*.jsonl; its test part only with ``--split test``), rows "team world news".

Each labelled sentence of data/dev/frames_gold.jsonl is located in its document (text read from
the public dataset and checked against its sha256). The prediction for a gold sentence is the
frame of the analysed sentence that covers most of it (bias.analyze on the whole document, so
voices and attribution are those of the real pipeline). Also prints the scores on the bundled
training corpus (data/corpus/news_sentences.jsonl, scored one sentence at a time with
bias.framing.score_text), which the lexicons were not tuned on either.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_quotes import load_texts  # noqa: E402

import bias  # noqa: E402
from bias.framing import score_text  # noqa: E402

#: the team-written check set of international and Indian political news (texts ship)
WORLD = ROOT / "data" / "world"
FRAMES = ("praise", "concern", "neutral")
SENTS = ("positive", "negative", "neutral")


def prf(gold, pred, labels):
    out = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out[lab] = {
            "precision": round(pr, 4),
            "recall": round(rc, 4),
            "f1": round(2 * pr * rc / (pr + rc), 4) if pr + rc else 0.0,
            "support": sum(g == lab for g in gold),
        }
    out["macro_f1"] = round(sum(out[lab]["f1"] for lab in labels) / len(labels), 4)
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred)) / len(gold), 4) if gold else 0.0
    return out


def dev_pairs(data: Path, paths=None, split: str | None = None):
    """(dataset, gold record, analysed sentence covering most of it) of the gold ``paths``
    (default: the legacy dev set), only the records of ``split`` when given."""
    paths = paths or [ROOT / "data" / "dev" / "frames_gold.jsonl"]
    recs = [
        r
        for path in paths
        for r in map(json.loads, open(path, encoding="utf-8"))
        if split is None or r.get("split") == split
    ]
    texts: dict[str, dict] = {"team_world_news": WorldTexts()}
    by_doc = defaultdict(list)
    for r in recs:
        by_doc[(r["dataset"], r["key"])].append(r)
    for (ds, key), rs in by_doc.items():
        if ds not in texts:
            texts[ds] = load_texts(data, ds)
        text = texts[ds][int(key) if ds == "bbc_hindi_news_subset" else key]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != rs[0]["text_sha256"]:
            raise SystemExit(f"text of {ds}:{key} changed (sha256 mismatch)")
        art = bias.analyze(text)
        for r in rs:
            best, best_ov = None, 0
            for s in art.sentences:
                ov = min(s.end, r["end"]) - max(s.start, r["start"])
                if ov > best_ov:
                    best, best_ov = s, ov
            yield ds, r, best


class WorldTexts(dict):
    """The texts of the team-written check set (``data/world/KEY.txt``), read when asked."""

    def __missing__(self, key: str) -> str:
        text = (WORLD / f"{key}.txt").read_text(encoding="utf-8")
        self[key] = text
        return text


def world_files() -> list[Path]:
    """The sentence labels of the team-written check set (``data/world/frames_*.jsonl``)."""
    return sorted(WORLD.glob("frames_*.jsonl"))


def frame_agreement(second: Path) -> dict[str, dict[str, float]]:
    """Cohen's kappa and raw agreement of a second annotator's unit labels (``second``, the
    format of the frame labels) against the first labels of the same units (the gold's and the
    world set's label files), for frame, sentiment and voice."""
    from sklearn.metrics import cohen_kappa_score

    first = {
        (r["dataset"], r["key"], r["start"], r["end"]): r
        for path in v2_files() + world_files()
        for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    pairs = []
    for r in map(json.loads, second.read_text(encoding="utf-8").splitlines()):
        f = first.get((r["dataset"], r["key"], r["start"], r["end"]))
        if f is not None:
            pairs.append((f, r))
    out = {}
    for field in ("frame", "sentiment", "voice"):
        a, b = [f[field] for f, _ in pairs], [r[field] for _, r in pairs]
        out[field] = {
            "n": len(pairs),
            "agreement": round(sum(x == y for x, y in zip(a, b)) / max(1, len(pairs)), 3),
            "kappa": round(float(cohen_kappa_score(a, b)), 3),
        }
    return out


def corpus_report() -> dict:
    """Scores on the bundled corpus (team-written), one sentence at a time."""
    corpus = [
        json.loads(line)
        for line in open(ROOT / "data" / "corpus" / "news_sentences.jsonl", encoding="utf-8")
    ]
    scored = [score_text(r["text"]) for r in corpus]
    return {
        "n": len(corpus),
        "frame": prf([r["frame"] for r in corpus], [s.frame for s in scored], FRAMES),
        "sentiment": prf([r["sentiment"] for r in corpus], [s.sentiment for s in scored], SENTS),
    }


def v2_files() -> list[Path]:
    """The sentence labels of guide version 2 (one file per annotator; the second labels of
    the agreement sample left out)."""
    return sorted(
        p
        for p in (ROOT / "data" / "gold").glob("frames_*.jsonl")
        if "second" not in p.name and "assignment" not in p.name
    )


def dev_reports(rows: list, *, confusion: bool, name: str = "dev") -> dict:
    """Scores on a gold set (all datasets, then each), and the confusion table if asked."""
    gold_f = [r["frame"] for _, r, _ in rows]
    pred_f = [s.frame if s else "neutral" for _, _, s in rows]
    voice_right = sum((s.voice if s else "narrated") == r["voice"] for _, r, s in rows)
    report = {
        name: {
            "n": len(rows),
            "frame": prf(gold_f, pred_f, FRAMES),
            "sentiment": prf(
                [r["sentiment"] for _, r, _ in rows],
                [s.sentiment if s else "neutral" for _, _, s in rows],
                SENTS,
            ),
            "voice_accuracy": round(voice_right / len(rows), 4),
        }
    }
    neutral = report[name]["frame"]["neutral"]["recall"]
    report[name]["neutral_recall"] = neutral
    for ds in sorted({d for d, _, _ in rows}):
        sub = [(r, s) for d, r, s in rows if d == ds]
        report[f"{name}: {ds}"] = {
            "n": len(sub),
            "frame": prf(
                [r["frame"] for r, _ in sub],
                [s.frame if s else "neutral" for _, s in sub],
                FRAMES,
            ),
        }
    if confusion:
        c = Counter(zip(gold_f, pred_f))
        print(f"confusion, {name} (gold -> predicted):")
        for g in FRAMES:
            print(f"  {g:8s} " + " ".join(f"{p}:{c[(g, p)]:3d}" for p in FRAMES))
    return report


def print_report(report: dict) -> None:
    print(
        f"{'set':36s} {'n':>5s} {'frame macroF1':>13s} {'frame acc':>9s} {'sent macroF1':>12s} "
        f"{'sent acc':>8s}"
    )
    for name, r in report.items():
        sent = r.get("sentiment", {})
        print(
            f"{name:36s} {r['n']:5d} {r['frame']['macro_f1']:13.3f} {r['frame']['accuracy']:9.3f} "
            f"{sent.get('macro_f1', float('nan')):12.3f} {sent.get('accuracy', float('nan')):8.3f}"
        )
    for name, r in report.items():
        if "voice_accuracy" in r:
            print(
                f"{name}: voice accuracy {r['voice_accuracy']:.3f}, "
                f"neutral recall {r['neutral_recall']:.3f}"
            )


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
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument(
        "--split",
        choices=("dev", "train", "test"),
        default="dev",
        help="also score the guide-v2 train split (the frame model's training data: the "
        "lexicons may be tuned on it too) or the test split (only when a change is finished)",
    )
    ap.add_argument(
        "--agreement",
        type=Path,
        help="a second annotator's unit labels: print Cohen's kappa against the first labels",
    )
    args = ap.parse_args(argv)
    if args.agreement:
        for field, r in frame_agreement(args.agreement).items():
            print(f"{field:10s} n={r['n']}  agreement {r['agreement']:.3f}  kappa {r['kappa']:.3f}")
        return 0
    report = {"corpus": corpus_report()}
    world_splits = ("dev",) if args.split != "test" else ("dev", "test")
    for split in world_splits if world_files() else ():
        rows = list(dev_pairs(args.data, world_files(), split))
        report.update(dev_reports(rows, confusion=args.confusion, name=f"team world news {split}"))
    if (args.data / "INDEX.md").exists():
        rows = list(dev_pairs(args.data))
        report.update(dev_reports(rows, confusion=args.confusion, name="legacy dev (guide v1)"))
        splits = ("dev",) if args.split == "dev" else ("dev", args.split)
        for split in splits:
            rows = list(dev_pairs(args.data, v2_files(), split))
            report.update(dev_reports(rows, confusion=args.confusion, name=f"gold v2 {split}"))
    else:
        print(f"note: {args.data} not found; scoring the bundled corpus only", file=sys.stderr)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
