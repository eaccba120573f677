"""Score stances (holder → praise/concern → target) against the team's stance gold.

    python scripts/eval_stances.py [--data ../shared/data] [--split test] [--json out.json]
    python scripts/eval_stances.py --errors      # the dev split's wrong holders and targets
    python scripts/eval_stances.py --agreement A.jsonl B.jsonl   # two annotators, same documents

Gold: ``data/gold/stances_*.jsonl`` (offsets only; the texts are read from the public datasets
and checked by sha256); also, in rows "team world news", the stance labels of the team-written
check set (``data/world/stances_*.jsonl``, whose texts ship with the repository).  A predicted
stance *matches* a gold one when its cue lies in the gold stance's unit and the frames agree
(one-to-one, nearest cue first).  Reported, per split:

* stance precision / recall / F1 (matched stances);
* holder accuracy over matched pairs (both the reporter; or the spans overlap, or the gold
  span overlaps a mention of the predicted entity, or one text contains the other);
* target overlap-F1 (right as a holder is; both ``null`` is not counted);
* triple F1: matched, holder right and target right (both ``null`` counts as right).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_quotes import load_texts  # noqa: E402

#: the team-written check set (texts and labels ship with the repository)
WORLD = ROOT / "data" / "world"

import bias  # noqa: E402


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _same(gold, pred, mentions=(), text="", name=None) -> bool:
    """Both absent; or the spans overlap, or the gold span overlaps another mention of the
    predicted entity, or one text contains the other, or the gold text and the predicted
    entity's ``name`` (its most complete mention) contain one another: the same entity named
    elsewhere ("वे" of the entity अमिताभ बच्चन against a gold "अमिताभ बच्चन" in narration)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if _overlap(gold, pred) or any(_overlap(gold, m) for m in mentions):
        return True
    g = text[gold[0] : gold[1]].strip()
    for p in (text[pred[0] : pred[1]].strip(), (name or "").strip()):
        if g and p and (g in p or p in g):
            return True
    return False


def documents(data: Path, split: str | None, paths=None):
    """(doc id, text, gold stances) of one split (``None``: all), from ``paths`` (default:
    every stance file but those named in ``$BIAS_GOLD_SKIP``, comma-separated file names: a
    batch still being annotated)."""
    skip = set(filter(None, os.environ.get("BIAS_GOLD_SKIP", "").split(",")))
    if paths is None:
        paths = sorted((ROOT / "data" / "gold").glob("stances_*.jsonl"))
        paths = [p for p in paths if p.name not in skip]
    cache: dict[str, dict] = {}
    for path in paths:
        for rec in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if split is not None and rec["split"] != split:
                continue
            ds = rec["dataset"]
            key = int(rec["key"]) if ds == "bbc_hindi_news_subset" else rec["key"]
            if ds == "team_world_news":  # (the team-written check set: its texts ship)
                text = (WORLD / f"{key}.txt").read_text(encoding="utf-8")
            else:
                cache.setdefault(ds, load_texts(data, ds))
                text = cache[ds][key]
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["text_sha256"]:
                raise SystemExit(f"text of {ds}:{key} changed (sha256 mismatch)")
            yield f"{ds}:{key}", text, rec["stances"]


def world_files() -> list[Path]:
    """The stance labels of the team-written check set (``data/world/stances_*.jsonl``)."""
    return sorted(WORLD.glob("stances_*.jsonl"))


def _said(text: str, span) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def analysed(doc: str, text: str) -> list[dict]:
    """The stances ``bias.analyze`` finds in ``text``, as :func:`score` compares them."""
    art = bias.analyze(text)
    mentions = {e.id: e.mentions for e in art.entities}
    names = {e.id: e.name for e in art.entities}
    return [
        {
            "cue": (s.cue_start, s.cue_end),
            "frame": s.frame,
            "holder": None if s.holder is None else (s.holder_start, s.holder_end),
            "holder_mentions": mentions.get(s.holder_entity, ()),
            "holder_name": names.get(s.holder_entity),
            "target": None if s.target is None else (s.target_start, s.target_end),
            "target_mentions": mentions.get(s.target_entity, ()),
            "target_name": names.get(s.target_entity),
        }
        for s in art.stances
    ]


def annotated(path: Path) -> dict[str, list[dict]]:
    """A second annotator's stances (a stance gold file), by document, as :func:`score`
    compares them: spans only (no entities, so a holder named differently elsewhere in the
    article is not credited, as it is for the analysis)."""
    out = {}
    for rec in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        out[f"{rec['dataset']}:{rec['key']}"] = [
            {
                "cue": tuple(st["cue"]),
                "frame": st["frame"],
                "holder": tuple(st["holder"]) if st["holder"] else None,
                "target": tuple(st["target"]) if st["target"] else None,
            }
            for st in rec["stances"]
        ]
    return out


def score(docs, errors: list | None = None, predict=analysed) -> dict:
    """The scores of one split; ``errors``: a list to which every matched stance with a wrong
    holder or target is appended (document, cue offsets, gold and predicted spans);
    ``predict(doc, text)``: the stances compared with the gold (default: the analysis')."""
    n_gold = n_pred = matched = holder_right = triples = 0
    t_tp = t_pred = t_gold = 0
    for doc, text, gold in docs:
        pred = predict(doc, text)
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            ua, ub = g["unit"]
            best, dist = None, None
            for k, p in enumerate(pred):
                if k in used or p["frame"] != g["frame"] or not ua <= p["cue"][0] < ub:
                    continue
                d = abs(p["cue"][0] - g["cue"][0])
                if dist is None or d < dist:
                    best, dist = k, d
            if best is None:
                continue
            used.add(best)
            p = pred[best]
            matched += 1
            gh = tuple(g["holder"]) if g["holder"] else None
            gt = tuple(g["target"]) if g["target"] else None
            h_ok = _same(gh, p["holder"], p.get("holder_mentions", ()), text, p.get("holder_name"))
            t_ok = _same(gt, p["target"], p.get("target_mentions", ()), text, p.get("target_name"))
            holder_right += h_ok
            t_gold += gt is not None
            t_pred += p["target"] is not None
            t_tp += gt is not None and p["target"] is not None and t_ok
            triples += h_ok and t_ok
            if errors is not None and not (h_ok and t_ok):
                errors.append(
                    {
                        "doc": doc,
                        "cue": p["cue"],
                        "frame": g["frame"],
                        "holder": None if h_ok else (_said(text, gh), _said(text, p["holder"])),
                        "target": None if t_ok else (_said(text, gt), _said(text, p["target"])),
                    }
                )

    def prf(tp, np_, ng):
        pr = tp / np_ if np_ else 0.0
        rc = tp / ng if ng else 0.0
        return round(pr, 3), round(rc, 3), round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0

    return {
        "gold": n_gold,
        "predicted": n_pred,
        "stance_prf": prf(matched, n_pred, n_gold),
        "holder_accuracy": round(holder_right / matched, 3) if matched else None,
        "target_overlap_prf": prf(t_tp, t_pred, t_gold),
        "triple_prf": prf(triples, n_pred, n_gold),
    }


def _lookup(path: Path):
    stances = annotated(path)
    return lambda doc, text: stances.get(doc, [])


def _print(name: str, r: dict) -> None:
    print(
        f"{name}: gold {r['gold']}, predicted {r['predicted']}; stance P/R/F1 "
        f"{r['stance_prf']}; holder accuracy {r['holder_accuracy']}; target overlap P/R/F1 "
        f"{r['target_overlap_prf']}; triple P/R/F1 {r['triple_prf']}"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--errors", action="store_true", help="print the dev split's wrong holders and targets"
    )
    ap.add_argument(
        "--agreement",
        nargs=2,
        type=Path,
        metavar=("A", "B"),
        help="score annotator B's stance file against annotator A's (same documents): the "
        "human agreement the analysis' scores can be read against",
    )
    args = ap.parse_args(argv)
    out = {}
    if args.agreement:
        a, b = args.agreement
        r = out["agreement"] = score(documents(args.data, None, [a]), predict=_lookup(b))
        _print(f"{b.name} against {a.name}", r)
    for split in () if args.agreement else ("dev", "test") if args.split == "test" else ("dev",):
        errors: list | None = [] if args.errors and split == "dev" else None
        r = out[split] = score(documents(args.data, split), errors)
        for e in errors or ():
            print(json.dumps(e, ensure_ascii=False))
        _print(split, r)
        if world_files():  # (needs no public data)
            r = out[f"world {split}"] = score(documents(args.data, split, world_files()))
            _print(f"team world news {split}", r)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
