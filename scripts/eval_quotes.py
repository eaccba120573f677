"""Score quotation finding and attribution against the team's gold sets.

    python scripts/eval_quotes.py                    # samples, legacy dev gold, and the gold of
                                                     # data/gold/ on its dev split
    python scripts/eval_quotes.py --split test       # ... and on its test split (score it only
                                                     # when a change is finished)
    python scripts/eval_quotes.py --data PATH        # where the public datasets live
    python scripts/eval_quotes.py --json out.json    # also write the numbers
    python scripts/eval_quotes.py --errors           # list every error (offsets only)
    python scripts/eval_quotes.py --confusion        # source-type confusion matrices
    python scripts/eval_quotes.py --distribution     # predicted source types of the direct
                                                     # quotations of whole corpora
    python scripts/eval_quotes.py --crossfit         # the dev split also with the learned type
                                                     # fallback cross-fitted (see below)
    python scripts/eval_quotes.py --agreement data/gold/second_quotes_Q1.jsonl
                                                     # a second annotator against the gold of
                                                     # the same documents (human agreement)

Also scored, and needing no public data: the team-written check set ``data/world/`` (invented
international and Indian political news, the kinds of story the reserved BBC rows hold, written
and labelled by helpers from the guide alone; split by article; its test split only with
``--split test``), in the rows "team world news dev/test".

Gold: ``data/dev/quotes_gold_*.jsonl`` (44 articles, the first development set: speaker
mentions, no entities) and ``data/gold/quotes_*.jsonl`` (guide version 2: speaker entities with
all their mentions, source type and origin; each article is in the ``dev`` or the ``test``
split).  A direct quotation's speaker is right when the predicted speaker overlaps any mention
of the gold entity (see :mod:`bias.evaluation`).

The bundled learned type fallback (:mod:`bias.voices.fallback`) is fitted on the dev split's
entities, so the dev source-type score flatters it; ``--crossfit`` adds the row "gold v2 dev,
fallback cross-fitted": each dev article analysed with a fallback fitted on the other folds
(5 folds by article, ``train_type_fallback.cross_fitted``), the honest dev figure to tune on.

The dev gold files in ``data/dev/`` hold offsets and labels only; the texts
are read from the public datasets (``--data`` or ``$BIAS_SHARED_DATA``,
default ``../shared/data``) and checked against the recorded sha256.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bias  # noqa: E402
from bias.evaluation import GoldQuote, QuoteScores, evaluate_quotes  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from gold_tool import load_texts  # noqa: E402  (the one reader of the public datasets)
from gold_tool import sha as _sha  # noqa: E402


def dev_documents(data: Path):
    for gold_file in sorted((ROOT / "data" / "dev").glob("quotes_gold_*.jsonl")):
        cache: dict[str, dict] = {}
        with open(gold_file, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                ds = rec["dataset"]
                if ds not in cache:
                    cache[ds] = load_texts(data, ds)
                text = cache[ds].get(rec["key"])
                if text is None or _sha(text) != rec["text_sha256"]:
                    raise SystemExit(
                        f"{gold_file.name}: text of {ds}:{rec['key']} is missing or changed "
                        "(sha256 mismatch)"
                    )
                gold = []
                for q in rec["quotes"]:
                    spans = []
                    if q.get("speaker_start") is not None:
                        spans.append((q["speaker_start"], q["speaker_end"]))
                    spans.extend(tuple(m) for m in q.get("speaker_mentions") or [])
                    gold.append(
                        GoldQuote(
                            q["start"],
                            q["end"],
                            q["kind"],
                            tuple(spans),
                            None,
                            q.get("source_type"),
                        )
                    )
                yield f"{ds}:{rec['key']}", ds, text, gold


def gold_files() -> list[Path]:
    """The quotation gold files (``data/gold/quotes_*.jsonl``), but those named in
    ``$BIAS_GOLD_SKIP`` (comma-separated file names: a batch still being annotated)."""
    skip = set(filter(None, os.environ.get("BIAS_GOLD_SKIP", "").split(",")))
    files = sorted((ROOT / "data" / "gold").glob("quotes_*.jsonl"))
    return [p for p in files if p.name not in skip]


def gold_documents(data: Path, split: str | None, files: list[Path] | None = None):
    """The articles of ``data/gold/quotes_*.jsonl`` (or of ``files``) in one split (guide
    version 2; ``None``: every split)."""
    cache: dict[str, dict] = {}
    for gold_file in gold_files() if files is None else files:
        with open(gold_file, encoding="utf-8") as fh:
            for rec in map(json.loads, fh):
                if split is not None and rec["split"] != split:
                    continue
                ds = rec["dataset"]
                if ds not in cache:
                    cache[ds] = load_texts(data, ds)
                key = int(rec["key"]) if ds == "bbc_hindi_news_subset" else rec["key"]
                text = cache[ds].get(key)
                if text is None or _sha(text) != rec["text_sha256"]:
                    raise SystemExit(f"{gold_file.name}: text of {ds}:{key} missing or changed")
                yield f"{ds}:{key}", ds, text, record_gold(rec)


def record_gold(rec: dict) -> list[GoldQuote]:
    """The :class:`GoldQuote` of one gold record: each quotation with every mention of its
    speaker's entity, the entity's source type and origin."""
    entities = {e["id"]: e for e in rec["entities"]}
    gold = []
    for q in rec["quotes"]:
        e = entities.get(q["entity"]) if q["entity"] is not None else None
        gold.append(
            GoldQuote(
                q["start"],
                q["end"],
                q["kind"],
                tuple(tuple(m) for m in e["mentions"]) if e else (),
                None,
                e["source_type"] if e else None,
                e.get("origin") if e else None,
            )
        )
    return gold


@dataclass(frozen=True)
class HumanQuote:
    """A second annotator's quotation, read as a prediction (``--agreement``): the speaker
    is the mention of its entity that overlaps the first annotator's entity, else the most
    complete one (the speaker is right when the two entities share a mention, or by name)."""

    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    source_type: str | None
    origin: str | None


def human_quotes(text: str, rec: dict, first: list[GoldQuote]) -> list[HumanQuote]:
    """The quotations of the second annotator's record ``rec`` as predictions, each speaker
    mention chosen against the first annotator's quotation it overlaps most (``first``)."""
    entities = {e["id"]: e for e in rec["entities"]}
    out = []
    for q in rec["quotes"]:
        e = entities.get(q["entity"]) if q["entity"] is not None else None
        if e is None:
            out.append(HumanQuote(q["start"], q["end"], q["kind"], None, None, None, None, None))
            continue
        mentions = [tuple(m) for m in e["mentions"]]
        span = mentions[e.get("name", 0)]
        best = max(
            first, key=lambda g: min(g.end, q["end"]) - max(g.start, q["start"]), default=None
        )
        for m in mentions:
            if best is not None and any(a < m[1] and m[0] < b for a, b in best.speaker_spans):
                span = m
                break
        out.append(
            HumanQuote(
                q["start"],
                q["end"],
                q["kind"],
                text[span[0] : span[1]],
                span[0],
                span[1],
                e["source_type"],
                e.get("origin"),
            )
        )
    return out


def agreement(data: Path, second: Path) -> dict[str, QuoteScores]:
    """The second annotator's file ``second`` scored against the gold of the same documents
    (``data/gold/quotes_*.jsonl``, or the world set's labels, ``data/world/``): how far two
    people following the guide agree."""
    world = [*world_documents("dev"), *world_documents("test")]
    firsts = {doc: (text, gold) for doc, _, text, gold in world}
    if (data / "INDEX.md").exists():
        firsts.update({doc: (text, gold) for doc, _, text, gold in gold_documents(data, None)})
    scores = {"all": QuoteScores(), "direct": QuoteScores()}
    with open(second, encoding="utf-8") as fh:
        for rec in map(json.loads, fh):
            doc = f"{rec['dataset']}:{rec['key']}"
            if doc not in firsts:
                raise SystemExit(f"{second.name}: {doc} is in no quotation gold file")
            text, gold = firsts[doc]
            pred = human_quotes(text, rec, gold)
            evaluate_quotes(text, pred, gold, scores=scores["all"], doc=doc)
            evaluate_quotes(text, pred, gold, scores=scores["direct"], only="direct", doc=doc)
    return scores


def boilerplate_scores(data: Path, split: str) -> dict[str, float]:
    """Character-level precision, recall and F1 of the ``boilerplate`` segments against the
    site furniture the gold marks (``data/gold``, one split)."""
    cache: dict[str, dict] = {}
    hit = pred_n = gold_n = 0
    for gold_file in gold_files():
        with open(gold_file, encoding="utf-8") as fh:
            for rec in map(json.loads, fh):
                if rec["split"] != split:
                    continue
                ds = rec["dataset"]
                cache.setdefault(ds, load_texts(data, ds))
                key = int(rec["key"]) if ds == "bbc_hindi_news_subset" else rec["key"]
                text = cache[ds][key]
                gold = set()
                for a, b in rec["boilerplate"]:
                    gold.update(i for i in range(a, b) if not text[i].isspace())
                pred = set()
                for sent in bias.analyze(text).sentences:
                    if sent.kind == "boilerplate":
                        pred.update(i for i in range(sent.start, sent.end) if not text[i].isspace())
                hit += len(gold & pred)
                pred_n += len(pred)
                gold_n += len(gold)
    p = hit / pred_n if pred_n else 0.0
    r = hit / gold_n if gold_n else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def sample_documents():
    samples = ROOT / "data" / "samples"
    with open(samples / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = (samples / rec["file"]).read_text(encoding="utf-8")
            gold = [
                GoldQuote(
                    q["start"], q["end"], q["kind"], (), q.get("speaker"), q.get("source_type")
                )
                for q in rec["quotes"]
            ]
            yield f"samples:{rec['file']}", "samples", text, gold


#: the team-written check set of international and Indian political news (data/world/)
WORLD = ROOT / "data" / "world"


def world_documents(split: str):
    """The articles of the team-written check set (``data/world/W*.txt``, labels in
    ``data/world/quotes_*.jsonl``, same format as the gold) in one split: news of the kinds the
    reserved BBC rows hold (international, Indian politics), written and labelled by helpers
    from the guide alone; the texts ship with the repository."""
    for gold_file in sorted(WORLD.glob("quotes_*.jsonl")):
        with open(gold_file, encoding="utf-8") as fh:
            for rec in map(json.loads, fh):
                if rec["split"] != split:
                    continue
                text = (WORLD / f"{rec['key']}.txt").read_text(encoding="utf-8")
                if _sha(text) != rec["text_sha256"]:
                    raise SystemExit(f"{gold_file.name}: text of {rec['key']} changed")
                yield f"team_world_news:{rec['key']}", "team_world_news", text, record_gold(rec)


def source_type_distribution(data: Path) -> dict[str, dict[str, int]]:
    """Predicted source types of the direct quotations of whole corpora (BBC: the rows
    labelled entertainment, sport and science only)."""
    out = {}
    for corpus in (
        "ednil_hindi_event_news",
        "covid_hindi_newspapers_2020",
        "bbc_hindi_news_subset",
    ):
        counts: dict[str, int] = {}
        for text in load_texts(data, corpus).values():
            for q in bias.analyze(text).quotes:
                if q.kind == "direct":
                    t = q.source_type or "none"
                    counts[t] = counts.get(t, 0) + 1
        out[corpus] = counts
    return out


#: the group of the dev articles scored with a cross-fitted type fallback (--crossfit)
CROSSFIT = "gold v2 dev, fallback cross-fitted"


def _cross_fitted(data: Path) -> dict[str, bias.Analyzer]:
    """``"dataset:key"`` -> an analyzer whose type fallback was fitted without that article's
    fold (one analyzer per fold); ``"any"``: one of them."""
    from train_type_fallback import cross_fitted

    fallbacks = cross_fitted(data)
    by_fold = {id(fb): bias.Analyzer(type_fallback=fb) for fb in fallbacks.values()}
    out = {doc: by_fold[id(fb)] for doc, fb in fallbacks.items()}
    out["any"] = next(iter(by_fold.values()))
    return out


def _print_extras(args: argparse.Namespace, out: dict) -> None:
    """The source-type confusions (``--confusion``) and the corpora's predicted source types
    (``--distribution``, stored in ``out``)."""
    if args.confusion:
        for name, g in out.items():
            print(f"\nsource-type confusion, {name} (gold -> predicted: count)")
            for pair, n in g["direct"]["source_type_confusion"].items():
                print(f"  {pair:45s} {n}")
    if args.distribution and (args.data / "INDEX.md").exists():
        out["distribution"] = source_type_distribution(args.data)
        print("\npredicted source types of direct quotations (share; other+none marked)")
        for corpus, dist in out["distribution"].items():
            total = sum(dist.values())
            weak = (dist.get("other", 0) + dist.get("none", 0)) / total if total else 0.0
            shares = ", ".join(f"{k} {v / total:.2f}" for k, v in sorted(dist.items()))
            print(f"  {corpus:24s} n={total:5d} other+none={weak:.3f}  {shares}")


def _print_agreement(args: argparse.Namespace) -> int:
    """``--agreement``: each second annotator's file against the gold, as a table."""
    out = {}
    print(
        f"{'second annotator against the gold':40s} {'quotes':>6s} {'gold':>5s} {'exactF1':>8s} "
        f"{'overlapF1':>9s} {'speaker':>8s} {'srctype':>8s} {'origin':>7s} {'kind':>6s}"
    )
    for path in args.agreement:
        scores = agreement(args.data, path)
        out[path.name] = {k: v.as_dict() for k, v in scores.items()}
        for k, d in out[path.name].items():
            print(
                f"{path.name:40s} {k:>6s} {d['gold']:5d} {d['exact']['f1']:8.3f} "
                f"{d['overlap']['f1']:9.3f} {_rate(d['speaker_accuracy']):>8s} "
                f"{_rate(d['source_type_accuracy']):>8s} {_rate(d['origin_accuracy']):>7s} "
                f"{_rate(d['kind_accuracy']):>6s}"
            )
        if args.confusion:
            print(f"\nsource-type confusion, {path.name} (gold -> second annotator: count)")
            for pair, n in out[path.name]["direct"]["source_type_confusion"].items():
                print(f"  {pair:45s} {n}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def _rate(x: float | None) -> str:
    """A rate for the table; a dash when there was nothing to rate."""
    return "   -  " if x is None else f"{x:6.3f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BIAS_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    ap.add_argument("--json", type=Path, help="write the scores as JSON here")
    ap.add_argument("--errors", action="store_true", help="print every error with its offsets")
    ap.add_argument("--confusion", action="store_true", help="print source-type confusions")
    ap.add_argument(
        "--split",
        choices=("dev", "test"),
        default="dev",
        help="data/gold split to score besides dev (default: dev only)",
    )
    ap.add_argument(
        "--distribution",
        action="store_true",
        help="also the predicted source types of the direct quotations of whole corpora",
    )
    ap.add_argument(
        "--crossfit",
        action="store_true",
        help="also score the dev split with the type fallback cross-fitted by article",
    )
    ap.add_argument(
        "--agreement",
        nargs="+",
        type=Path,
        metavar="SECOND",
        help="score second annotators' files (same format, same documents) against the gold: "
        "the human agreement the analysis' scores can be read against; nothing else is scored",
    )
    args = ap.parse_args(argv)
    if args.agreement:
        return _print_agreement(args)

    docs = [(d, "samples") for d in sample_documents()]
    for split in ("dev", "test") if args.split == "test" else ("dev",):
        docs.extend((d, f"team world news {split}") for d in world_documents(split))
    if (args.data / "INDEX.md").exists():
        docs.extend((d, "legacy dev (44 articles)") for d in dev_documents(args.data))
        splits = ("dev", "test") if args.split == "test" else ("dev",)
        by_split = {split: list(gold_documents(args.data, split)) for split in splits}
        for split, split_docs in by_split.items():
            docs.extend((d, f"gold v2 {split}") for d in split_docs)
        if args.crossfit:  # the same dev articles again, read once
            docs.extend((d, CROSSFIT) for d in by_split["dev"])
    else:
        print(f"note: {args.data} not found; scoring the bundled samples only", file=sys.stderr)

    analyzers = _cross_fitted(args.data) if args.crossfit else {}
    groups: dict[str, dict[str, QuoteScores]] = {}
    for (doc, ds, text, gold), group in docs:
        if group == CROSSFIT:
            # an article without gold entities was in no fold: nothing was fitted on it
            art = analyzers.get(doc, analyzers["any"]).analyze(text)
        else:
            art = bias.analyze(text)
        names = (group,) if ds in ("samples", "team_world_news") else (group, f"{group}: {ds}")
        for name in names:
            g = groups.setdefault(name, {"all": QuoteScores(), "direct": QuoteScores()})
            evaluate_quotes(text, art.quotes, gold, scores=g["all"], doc=doc)
            evaluate_quotes(text, art.quotes, gold, scores=g["direct"], only="direct", doc=doc)
    out = {name: {k: v.as_dict() for k, v in g.items()} for name, g in groups.items()}
    print(
        f"{'set':52s} {'quotes':>6s} {'gold':>5s} {'exactF1':>8s} {'overlapF1':>9s} "
        f"{'speaker':>8s} {'srctype':>8s} {'origin':>7s} {'kind':>6s}"
    )
    for name, g in out.items():
        for k in ("all", "direct"):
            d = g[k]
            print(
                f"{name:52s} {k:>6s} {d['gold']:5d} {d['exact']['f1']:8.3f} "
                f"{d['overlap']['f1']:9.3f} {_rate(d['speaker_accuracy']):>8s} "
                f"{_rate(d['source_type_accuracy']):>8s} {_rate(d['origin_accuracy']):>7s} "
                f"{_rate(d['kind_accuracy']):>6s}"
            )
    if args.errors:
        for name, g in groups.items():
            for e in g["all"].errors + [
                e for e in g["direct"].errors if e["error"] in ("speaker", "source_type")
            ]:
                print(name, e)
    furniture: dict[str, dict] = {}
    if (args.data / "INDEX.md").exists():
        for split in ("dev", "test") if args.split == "test" else ("dev",):
            b = boilerplate_scores(args.data, split)
            furniture[split] = b
            print(
                f"site furniture (boilerplate segments), gold v2 {split}: precision "
                f"{b['precision']:.3f} recall {b['recall']:.3f} F1 {b['f1']:.3f} (characters)"
            )
    _print_extras(args, out)
    if furniture:
        out["boilerplate"] = furniture
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
