"""Score reported (indirect) speech against the team's reported-speech gold.

    python scripts/eval_reported.py [--data ../shared/data]           # the dev split
    python scripts/eval_reported.py --split test                      # ... and the test split
    python scripts/eval_reported.py --errors                          # every error (offsets)
    python scripts/eval_reported.py --confusion                       # source-type confusions
    python scripts/eval_reported.py --agreement data/gold B.jsonl …   # a second annotator

Gold: ``data/gold/reported_*.jsonl`` (offsets only; the texts are read from the public datasets
and checked by sha256).  Each gold item is a reported statement: the span of its attribution
cue (कहा, बताया, के अनुसार, का कहना है …) and its source entity (all the entity's mentions, its
source type and origin), or no entity when the text names none ("बताया जाता है").

A predicted :class:`bias.Reported` *matches* a gold statement when its cue overlaps the gold
cue (one-to-one, in text order).  Reported, per split and per corpus:

* detection precision / recall / F1 of the statements;
* speaker accuracy over matched statements: the predicted speaker (or its pronoun) overlaps a
  mention of the gold entity, or both say no source;
* source-type accuracy and origin accuracy over matched statements whose gold entity has one.

With ``--agreement A B``, annotator B's labels of the same documents are scored against A's in
the same way (B's speaker is right when one of its entity's mentions overlaps one of A's): the
human agreement the analysis' scores can be read against.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_quotes import load_texts  # noqa: E402

import bias  # noqa: E402


def documents(data: Path, split: str | None, paths=None):
    """(doc id, dataset, text, gold record) of the reported-speech gold of one split (``None``:
    all), from ``paths`` (default: every file but those named in ``$BIAS_GOLD_SKIP``,
    comma-separated file names: a batch still being annotated, or older batches when a new one
    is scored alone)."""
    if paths is None:
        skip = set(filter(None, os.environ.get("BIAS_GOLD_SKIP", "").split(",")))
        paths = [
            p
            for p in sorted((ROOT / "data" / "gold").glob("reported_*.jsonl"))
            if "assignment" not in p.name and p.name not in skip
        ]
    cache: dict[str, dict] = {}
    for path in paths:
        for rec in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()):
            if split is not None and rec["split"] != split:
                continue
            ds = rec["dataset"]
            cache.setdefault(ds, load_texts(data, ds))
            text = cache[ds][rec["key"]]
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["text_sha256"]:
                raise SystemExit(f"text of {ds}:{rec['key']} changed (sha256 mismatch)")
            yield f"{ds}:{rec['key']}", ds, text, rec


class Annotated(NamedTuple):
    """A second annotator's reported statement, compared with the gold as a predicted one is
    (``mentions``: all the mentions of its source entity, none when it names no source)."""

    cue_start: int
    cue_end: int
    cue: str
    speaker: str | None
    source_type: str | None
    origin: str | None
    mentions: tuple[tuple[int, int], ...] = ()
    speaker_start: int | None = None
    speaker_end: int | None = None
    pronoun_start: int | None = None
    pronoun_end: int | None = None


def annotated(text: str, rec: dict) -> list[Annotated]:
    """A second annotator's record as the statements :meth:`Tally.add` compares."""
    entities = {e["id"]: e for e in rec["entities"]}
    out = []
    for item in sorted(rec["reported"], key=lambda g: g["cue"][0]):
        e = entities.get(item["entity"]) if item["entity"] else None
        mentions = tuple(tuple(m) for m in e["mentions"]) if e else ()
        out.append(
            Annotated(
                item["cue"][0],
                item["cue"][1],
                text[slice(*item["cue"])],
                text[slice(*mentions[e["name"]])] if e else None,
                e["source_type"] if e else None,
                e.get("origin") if e else None,
                mentions,
            )
        )
    return out


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[dict], pred: list) -> list[tuple[dict, object]]:
    """Gold statements paired one-to-one with the predicted ones whose cue overlaps theirs
    (the nearest cue first)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        best, dist = None, None
        for k, p in enumerate(pred):
            if k in used or not _overlap(g["cue"], (p.cue_start, p.cue_end)):
                continue
            d = abs(p.cue_start - g["cue"][0])
            if dist is None or d < dist:
                best, dist = k, d
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def speaker_right(entity: dict | None, p) -> bool:
    """The predicted speaker or pronoun overlaps a mention of the gold entity (or neither
    names a source)."""
    spans = [
        (a, b)
        for a, b in ((p.speaker_start, p.speaker_end), (p.pronoun_start, p.pronoun_end))
        if a is not None
    ] + list(getattr(p, "mentions", ()))
    if entity is None:
        return not spans
    return any(_overlap(m, s) for m in entity["mentions"] for s in spans)


class Tally:
    """The counts of one set of documents."""

    def __init__(self) -> None:
        self.gold = self.pred = self.matched = 0
        self.speaker = self.typed = self.type_right = self.origins = self.origin_right = 0
        self.confusion: Counter = Counter()
        self.errors: list[dict] = []

    def add(self, doc: str, text: str, rec: dict, art) -> None:
        entities = {e["id"]: e for e in rec["entities"]}
        gold = sorted(rec["reported"], key=lambda g: g["cue"][0])
        pred = list(art.reported)
        pairs = match(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        for g, p in pairs:
            e = entities.get(g["entity"]) if g["entity"] else None
            ok = speaker_right(e, p)
            self.speaker += ok
            if not ok:
                self.errors.append(
                    {"doc": doc, "error": "speaker", "cue": g["cue"], "pred": p.speaker}
                )
            if e is not None:
                self.typed += 1
                self.type_right += p.source_type == e["source_type"]
                self.confusion[(e["source_type"], p.source_type)] += 1
                if p.source_type != e["source_type"]:
                    self.errors.append(
                        {
                            "doc": doc,
                            "error": "source_type",
                            "cue": g["cue"],
                            "gold": e["source_type"],
                            "pred": p.source_type,
                            "speaker": p.speaker,
                        }
                    )
                if e.get("origin"):
                    self.origins += 1
                    self.origin_right += p.origin == e["origin"]
                    if p.origin != e["origin"]:
                        self.errors.append(
                            {
                                "doc": doc,
                                "error": "origin",
                                "cue": g["cue"],
                                "gold": e["origin"],
                                "pred": p.origin,
                                "speaker": p.speaker,
                            }
                        )
        found = {id(p) for _, p in pairs}
        matched_gold = {id(g) for g, _ in pairs}
        self.errors += [
            {"doc": doc, "error": "missed", "cue": g["cue"], "text": text[slice(*g["cue"])]}
            for g in gold
            if id(g) not in matched_gold
        ]
        self.errors += [
            {"doc": doc, "error": "spurious", "cue": [p.cue_start, p.cue_end], "text": p.cue}
            for p in pred
            if id(p) not in found
        ]

    def row(self) -> dict:
        def div(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        pr, rc = div(self.matched, self.pred), div(self.matched, self.gold)
        f1 = round(2 * pr * rc / (pr + rc), 3) if pr and rc else 0.0
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "precision": pr,
            "recall": rc,
            "f1": f1,
            "speaker": div(self.speaker, self.matched),
            "source_type": div(self.type_right, self.typed),
            "origin": div(self.origin_right, self.origins),
        }


def _print_row(name: str, r: dict) -> None:
    cells = " ".join(
        f"{'-' if r[k] is None else r[k]:>{w}}"
        for k, w in (("precision", 6), ("recall", 6), ("f1", 6), ("speaker", 8),
                     ("source_type", 8), ("origin", 7))
    )
    print(f"{name:32s} {r['gold']:5d} {r['predicted']:5d} {cells}")


def agreement(data: Path, first: Path, second: list[Path]) -> int:
    """Print the scores of a second annotator's files (``second``) against ``first`` (a file, or
    a folder: its ``reported_*.jsonl`` gold files) on the documents both labelled."""
    theirs = {
        f"{r['dataset']}:{r['key']}": r
        for path in second
        for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    if not theirs:
        raise SystemExit(f"{' '.join(map(str, second))}: no documents")
    paths = (
        [p for p in sorted(first.glob("reported_*.jsonl")) if "assignment" not in p.name]
        if first.is_dir()
        else [first]
    )
    tally = Tally()
    shared = 0
    for doc, _, text, rec in documents(data, None, paths):
        if doc in theirs:
            shared += 1
            tally.add(doc, text, rec, SimpleNamespace(reported=annotated(text, theirs[doc])))
    if not shared:
        raise SystemExit(f"{first} and {second} share no document")
    _print_row(f"agreement ({shared} documents)", tally.row())
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument(
        "--agreement",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="A B [B …]: score a second annotator's reported-speech files (B) against A (a "
        "gold file, or a folder of them) on the documents both labelled",
    )
    args = ap.parse_args(argv)
    out = {}
    print(f"{'set':32s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} "
          f"{'speaker':>8s} {'srctype':>8s} {'origin':>7s}")
    if args.agreement:
        if len(args.agreement) < 2:
            ap.error("--agreement needs A and at least one B")
        return agreement(args.data, args.agreement[0], args.agreement[1:])
    for split in ("dev", "test") if args.split == "test" else ("dev",):
        tallies: dict[str, Tally] = defaultdict(Tally)
        analyzer = bias.Analyzer()
        for doc, ds, text, rec in documents(args.data, split):
            art = analyzer.analyze(text)
            tallies["all"].add(doc, text, rec, art)
            tallies[ds].add(doc, text, rec, art)
        for name, t in tallies.items():
            r = out[f"{split}:{name}"] = t.row()
            _print_row(f"{split}: {name}", r)
        if args.confusion:
            print(f"source-type confusion, {split} (gold -> predicted: count)")
            for (g, p), n in sorted(tallies["all"].confusion.items(), key=lambda x: -x[1]):
                print(f"  {g} -> {p}: {n}")
        if args.errors:
            for e in tallies["all"].errors:
                print(split, e)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
