"""Tools for annotating the team's quotation/entity gold (offsets only, no text in the repo).

    python scripts/gold_tool.py select --out assign.jsonl [--letters ABCD] [--batch 1] [--test 60]
    python scripts/gold_tool.py show DATASET KEY [--start N] [--end M]
    python scripts/gold_tool.py find DATASET KEY STRING
    python scripts/gold_tool.py check FILE.jsonl [FILE.jsonl ...]
    python scripts/gold_tool.py frames-select --out assign.jsonl [--units 3300]
    python scripts/gold_tool.py frames-more --out assign.jsonl --letters ZC,ZD,ZE [--docs 4]
    python scripts/gold_tool.py units DATASET KEY
    python scripts/gold_tool.py reported-select --out assign.jsonl [--ednil 60] [--covid 9]
    python scripts/gold_tool.py quotes-more --out assign.jsonl [--min-marks 8]
    python scripts/gold_tool.py stances-more --out assign.jsonl [--dev 21] [--test 9]

``frames-select`` picks documents for sentence labelling (frame, sentiment, voice) until they hold
about ``--units`` units, splits them by article into train / dev / test, deals them to three
annotators and marks a double-labelled sample of about 200 units (for Cohen's kappa).
``frames-more`` adds a batch of COVID day-files that no gold file holds, all in one split
(default ``train``: more real news for the frame model), ``--docs`` per annotator.
``units`` prints a document's units (:func:`units`, a plain splitter written for annotation:
lines, cut after ``।?!`` or a full stop followed by white space) with their offsets.

``select`` picks, deterministically, quote-rich documents of EDNIL, the COVID day-files and the
BBC rows labelled entertainment, sport and science (never the reserved ``international`` and
``india`` rows), skips the documents already in ``data/dev``, splits them by article into
``test`` and ``dev`` (by the sha256 of the document key) and deals them to annotators.
``show`` prints a document line by line with the offset of each line's first character and the
offsets of its quotation marks; ``find`` prints the offsets of a string; ``check`` validates a
gold file against the format of ``data/LABELLING_GUIDE.md`` (offsets in range and trimmed,
entity ids defined, labels from the vocabularies, the text's sha256).

None of this reads the analysis code: annotators work from the guide and the text alone.
The datasets are read from ``--data`` / ``$BIAS_SHARED_DATA`` / ``../shared/data``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
csv.field_size_limit(1 << 30)

from bias.result import SOURCE_TYPES as _SOURCE_TYPES  # noqa: E402

SOURCE_TYPES = set(_SOURCE_TYPES)
ALLOWED_BBC = ("entertainment", "sport", "science")
MARKS = re.compile("[\"“”‘’'«»]")
ORIGIN = re.compile(r"^(?:[A-Z]{2}|EU|NATO|UN)$")


def data_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("BIAS_SHARED_DATA") or ROOT.parent / "shared" / "data")


def load_texts(data: Path, dataset: str) -> dict:
    """key -> text of one dataset (BBC: only the rows labelled entertainment/sport/science)."""
    if dataset == "ednil_hindi_event_news":
        with open(data / dataset / "ednil_hindi_news.jsonl", encoding="utf-8") as fh:
            return {r["doc_id"]: r["text"] for r in map(json.loads, fh)}
    if dataset == "covid_hindi_newspapers_2020":
        with open(data / dataset / "covid_hindi_news_days.jsonl", encoding="utf-8") as fh:
            return {r["source_file"]: r["text"] for r in map(json.loads, fh)}
    if dataset == "bbc_hindi_news_subset":
        out = {}
        with open(data / dataset / "hindi-cleaned-test.csv", encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh)
            next(rows)
            for i, row in enumerate(rows):
                # rows labelled international / india are reserved: never read here
                if row and row[0] in ALLOWED_BBC:
                    out[i] = row[1]
        return out
    raise SystemExit(f"unknown dataset {dataset!r}")


def _key(dataset: str, key: str):
    return int(key) if dataset == "bbc_hindi_news_subset" else key


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _documents_in(folder: str, pattern: str) -> set[tuple[str, str]]:
    """``(dataset, key)`` of every record of the files ``data/<folder>/<pattern>``."""
    seen = set()
    for path in (ROOT / "data" / folder).glob(pattern):
        with open(path, encoding="utf-8") as fh:
            seen |= {(rec["dataset"], str(rec["key"])) for rec in map(json.loads, fh)}
    return seen


def _existing() -> set[tuple[str, str]]:
    """The documents of the first dev set and of every assignment file."""
    return _documents_in("dev", "quotes_*.jsonl") | _documents_in("gold", "*assignment*.jsonl")


def select(args) -> int:
    data = data_dir(args.data)
    seen = _existing()
    quota = {
        "ednil_hindi_event_news": (args.ednil, args.max_len),
        "covid_hindi_newspapers_2020": (args.covid, args.covid_max_len),
        "bbc_hindi_news_subset": (args.bbc, args.max_len),
    }
    chosen = []
    for dataset, (n, max_len) in quota.items():
        texts = load_texts(data, dataset)
        ranked = sorted(
            (
                (-len(MARKS.findall(t)), sha(str(k)), str(k), t)
                for k, t in texts.items()
                if (dataset, str(k)) not in seen and 300 < len(t) <= max_len
            ),
        )
        # batch 1: every other one of the quote-richest; later batches: the richest left
        pool = ranked[: 2 * n : 2] if args.batch == "1" else ranked[:n]
        chosen.extend((dataset, k, t) for _, _, k, t in pool[:n])
    chosen.sort(key=lambda d: sha(d[0] + ":" + d[1]))
    docs = []
    # test: the same share of every dataset (the first of each by hash)
    share = args.test / len(chosen)
    sizes = {ds: sum(1 for d in chosen if d[0] == ds) for ds in quota}
    seen = dict.fromkeys(quota, 0)
    for i, (dataset, key, text) in enumerate(chosen):
        split = "test" if seen[dataset] < round(share * sizes[dataset]) else "dev"
        seen[dataset] += 1
        docs.append(
            {
                "dataset": dataset,
                "key": key,
                "text_sha256": sha(text),
                "text_len": len(text),
                "split": split,
                "batch": args.batch,
                "annotator": args.letters[i % len(args.letters)],
            }
        )
    Path(args.out).write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8"
    )
    by = {}
    for d in docs:
        by.setdefault((d["annotator"], d["split"]), 0)
        by[(d["annotator"], d["split"])] += 1
    print(f"{len(docs)} documents -> {args.out}: {sorted(by.items())}")
    return 0


def show(args) -> int:
    text = load_texts(data_dir(args.data), args.dataset)[_key(args.dataset, args.key)]
    start, end = args.start or 0, args.end or len(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        a, b = pos, pos + len(line)
        pos = b
        if b <= start or a >= end:
            continue
        marks = [(a + m.start(), m.group()) for m in MARKS.finditer(line)]
        print(f"[{a}] {line.rstrip()}")
        if marks:
            print("     marks: " + " ".join(f"{ch}@{p}" for p, ch in marks))
    print(f"(length {len(text)}, sha256 {sha(text)})")
    return 0


def find(args) -> int:
    text = load_texts(data_dir(args.data), args.dataset)[_key(args.dataset, args.key)]
    hits = [m.start() for m in re.finditer(re.escape(args.string), text)]
    for h in hits:
        print(f"{h} {h + len(args.string)}")
    if not hits:
        print("not found", file=sys.stderr)
        return 1
    return 0


_UNIT_END = re.compile(r"[।?!|]+[\"”’']*\s+|(?<=[^\s.]{2})\.[\"”’']*\s+")


def units(text: str) -> list[tuple[int, int]]:
    r"""The annotation units of ``text``: each non-empty line, cut after ``।``, ``?``, ``!``
    or a full stop (after two letters) followed by white space; edges trimmed.

    >>> units("पहला वाक्य। दूसरा?\nतीसरा")
    [(0, 11), (12, 18), (19, 24)]
    """
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        cuts = [pos] + [pos + m.end() for m in _UNIT_END.finditer(line)] + [pos + len(line)]
        for a, b in zip(cuts, cuts[1:]):
            piece = text[a:b]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((a + lead, a + len(piece.rstrip())))
        pos += len(line)
    return out


def show_units(args) -> int:
    text = load_texts(data_dir(args.data), args.dataset)[_key(args.dataset, args.key)]
    for n, (a, b) in enumerate(units(text)):
        print(f"{n}\t{a}\t{b}\t{text[a:b]}")
    return 0


def frames_select(args) -> int:
    data = data_dir(args.data)
    taken = _documents_in("gold", "frames_*.jsonl")
    pool = []
    for dataset, share, max_len in (
        ("ednil_hindi_event_news", 0.4, 6000),
        ("covid_hindi_newspapers_2020", 0.2, 8000),
        ("bbc_hindi_news_subset", 0.4, 6000),
    ):
        texts = load_texts(data, dataset)
        ranked = sorted(
            (sha(dataset + ":" + str(k)), str(k), t)
            for k, t in texts.items()
            if (dataset, str(k)) not in taken and 300 < len(t) <= max_len
        )
        budget = int(args.units * share)
        for h, k, t in ranked:
            if budget <= 0:
                break
            n = len(units(t))
            budget -= n
            pool.append((h, dataset, k, t, n))
    pool.sort()
    total = sum(p[4] for p in pool)
    docs, seen_units, double = [], 0, 0
    for i, (_, dataset, key, text, n) in enumerate(pool):
        share = seen_units / total
        split = "test" if share < 0.22 else "dev" if share < 0.40 else "train"
        seen_units += n
        second = None
        if double < 200 and split == "train" and i % 3 == 0:
            second = "FGH"[(i + 1) % 3]
            double += n
        docs.append(
            {
                "dataset": dataset,
                "key": key,
                "text_sha256": sha(text),
                "units": n,
                "split": split,
                "annotator": "FGH"[i % 3],
                "second_annotator": second,
            }
        )
    Path(args.out).write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8"
    )
    by: dict = {}
    for d in docs:
        by[d["split"]] = by.get(d["split"], 0) + d["units"]
    print(f"{len(docs)} documents, {total} units {by}, double-labelled {double} -> {args.out}")
    return 0


#: attribution cues of reported speech, read off the surface to pick documents that hold some
#: (the analysis is not run: annotators and selection never see its output)
REPORTED_CUES = re.compile(
    r"ने (?:कहा|बताया|दावा|आरोप|जानकारी)|के (?:अनुसार|मुताबिक)|का (?:कहना|मानना) है"
)


def frames_more(args) -> int:
    """A further batch of frame labelling: COVID day-files (all papers, at most 8,000
    characters) that no gold file holds, ranked by the hash of the key, ``--docs`` for each
    annotator, all in the split ``--split``."""
    data = data_dir(args.data)
    seen = _existing() | _documents_in("gold", "*.jsonl")
    dataset = "covid_hindi_newspapers_2020"
    texts = load_texts(data, dataset)
    ranked = sorted(
        (sha(dataset + ":" + str(k)), str(k), t)
        for k, t in texts.items()
        if (dataset, str(k)) not in seen and 300 < len(t) <= 8000
    )
    letters = args.letters.split(",")
    docs = [
        {
            "dataset": dataset,
            "key": key,
            "text_sha256": sha(text),
            "units": len(units(text)),
            "split": args.split,
            "annotator": letters[i % len(letters)],
            "second_annotator": None,
        }
        for i, (_, key, text) in enumerate(ranked[: args.docs * len(letters)])
    ]
    Path(args.out).write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8"
    )
    print(f"{len(docs)} documents, {sum(d['units'] for d in docs)} units -> {args.out}")
    return 0


def reported_select(args) -> int:
    """Documents for the reported-speech gold: EDNIL articles (and short COVID day-files) that
    no other gold file holds, with at least two attribution cues; split by the hash of the
    key (the first third by hash is test) and dealt to the annotators."""
    data = data_dir(args.data)
    seen = _existing() | _documents_in("gold", "*.jsonl")
    chosen = []
    for dataset, n, max_len in (
        ("ednil_hindi_event_news", args.ednil, 5000),
        ("covid_hindi_newspapers_2020", args.covid, 6000),
    ):
        texts = load_texts(data, dataset)
        ranked = sorted(
            (sha(dataset + ":" + str(k)), str(k), t)
            for k, t in texts.items()
            if (dataset, str(k)) not in seen
            and 300 < len(t) <= max_len
            and len(REPORTED_CUES.findall(t)) >= 2
        )
        chosen.extend((h, dataset, k, t) for h, k, t in ranked[:n])
    chosen.sort()
    docs = [
        {
            "dataset": dataset,
            "key": key,
            "text_sha256": sha(text),
            "text_len": len(text),
            "split": "test" if i < len(chosen) // 3 else "dev",
            "batch": args.batch,
            "annotator": args.letters.split(",")[i % len(args.letters.split(","))],
        }
        for i, (_, dataset, key, text) in enumerate(chosen)
    ]
    Path(args.out).write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8"
    )
    print(f"{len(docs)} documents -> {args.out}")
    return 0


def _span_errors(text: str, span, what: str) -> list[str]:
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return [f"{what}: not [start, end]"]
    a, b = span
    if not 0 <= a < b <= len(text):
        return [f"{what}: [{a}, {b}) out of range"]
    if text[a:b] != text[a:b].strip():
        return [f"{what}: [{a}, {b}) has white space at an edge"]
    return []


def check_record(rec: dict, text: str) -> list[str]:
    """The problems of one gold record (empty: valid)."""
    errors = []
    if sha(text) != rec.get("text_sha256"):
        errors.append("text_sha256 does not match the text")
    if rec.get("split") not in ("dev", "test"):
        errors.append("split must be dev or test")
    ids = set()
    for e in rec.get("entities", []):
        eid = e.get("id")
        if not eid or eid in ids:
            errors.append(f"entity id {eid!r} missing or repeated")
        ids.add(eid)
        if e.get("source_type") not in SOURCE_TYPES:
            errors.append(f"entity {eid}: source_type {e.get('source_type')!r}")
        if e.get("origin") is not None and not ORIGIN.match(str(e["origin"])):
            errors.append(f"entity {eid}: origin {e.get('origin')!r} is not ISO alpha-2")
        if not e.get("mentions"):
            errors.append(f"entity {eid}: no mentions")
        for m in e.get("mentions", []):
            errors += _span_errors(text, m, f"entity {eid} mention")
        name = e.get("name", 0)
        if not (isinstance(name, int) and 0 <= name < len(e.get("mentions", []))):
            errors.append(f"entity {eid}: name must be the index of its most complete mention")
        for r in e.get("roles", []):
            errors += _span_errors(text, r, f"entity {eid} role")
    for j, q in enumerate(rec.get("quotes", [])):
        errors += _span_errors(text, [q.get("start"), q.get("end")], f"quote {j}")
        if q.get("kind") not in ("direct", "term"):
            errors.append(f"quote {j}: kind {q.get('kind')!r}")
        ent = q.get("entity")
        if q.get("kind") == "term" and ent is not None:
            errors.append(f"quote {j}: a term quote has no speaker")
        if ent is not None and ent not in ids:
            errors.append(f"quote {j}: entity {ent!r} is not defined")
    for j, b in enumerate(rec.get("boilerplate", [])):
        errors += _span_errors(text, b, f"boilerplate {j}")
    for j, r in enumerate(rec.get("reported", [])):
        errors += _span_errors(text, r.get("cue"), f"reported {j} cue")
        if r.get("entity") is not None and r["entity"] not in ids:
            errors.append(f"reported {j}: entity {r['entity']!r} is not defined")
    for j, st in enumerate(rec.get("stances", [])):
        errors += _stance_errors(text, st, f"stance {j}")
    return errors


def _stance_errors(text: str, st: dict, what: str) -> list[str]:
    """The problems of one stance (guide: "stances"): a unit, a cue inside it, a frame, and a
    holder and a target that are spans or null."""
    errors = _span_errors(text, st.get("unit"), f"{what} unit")
    errors += _span_errors(text, st.get("cue"), f"{what} cue")
    if not errors and not (st["unit"][0] <= st["cue"][0] and st["cue"][1] <= st["unit"][1]):
        errors.append(f"{what}: the cue is not inside the unit")
    if st.get("frame") not in ("praise", "concern"):
        errors.append(f"{what}: frame {st.get('frame')!r} is not praise or concern")
    for part in ("holder", "target"):
        if st.get(part, "missing") == "missing":
            errors.append(f"{what}: no {part} key (null for none)")
        elif st[part] is not None:
            errors += _span_errors(text, st[part], f"{what} {part}")
    return errors


FRAMES = ("praise", "concern", "neutral")
SENTIMENTS = ("positive", "negative", "neutral")
VOICES = ("quoted", "reported", "narrated", "mixed")


def check_unit(rec: dict, text: str) -> list[str]:
    """The problems of one labelled unit of a frames file (empty: valid)."""
    errors = [] if sha(text) == rec.get("text_sha256") else ["text_sha256 does not match"]
    errors += _span_errors(text, [rec.get("start"), rec.get("end")], "unit")
    if rec.get("split") not in ("train", "dev", "test"):
        errors.append("split must be train, dev or test")
    for field, values in (("frame", FRAMES), ("sentiment", SENTIMENTS), ("voice", VOICES)):
        if rec.get(field) not in values:
            errors.append(f"{field} {rec.get(field)!r} is not one of {values}")
    return errors


def check(args) -> int:
    data = data_dir(args.data)
    cache: dict[str, dict] = {}
    bad = 0
    for path in args.files:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                rec = json.loads(line)
                ds = rec["dataset"]
                if ds not in cache:
                    cache[ds] = load_texts(data, ds)
                text = cache[ds].get(_key(ds, str(rec["key"])))
                checker = check_unit if "frame" in rec else check_record
                errors = ["document not found"] if text is None else checker(rec, text)
                for e in errors:
                    print(f"{path}:{n}: {ds}:{rec['key']}: {e}")
                bad += bool(errors)
    print(f"{bad} record(s) with problems")
    return 1 if bad else 0


def _splits_in_gold() -> dict[tuple[str, str], str]:
    """``(dataset, key)`` -> split of every document of the gold files that are not quotation
    gold (frames, stances, reported speech)."""
    out = {}
    for path in (ROOT / "data" / "gold").glob("*.jsonl"):
        if path.name.startswith("quotes_") or "assignment" in path.name:
            continue
        with open(path, encoding="utf-8") as fh:
            for rec in map(json.loads, fh):
                out[(rec["dataset"], str(rec["key"]))] = rec["split"]
    return out


def quotes_more(args) -> int:
    """More quotation gold once no unlabelled document has quotation marks: the documents the
    other gold files hold (frames, stances, reported speech) that the quotation gold does not,
    with at least ``--min-marks`` marks, most marks first.  A document keeps the split it has:
    ``test`` stays test; ``train`` (the frame model's, which the lexicons were tuned on)
    becomes ``dev``, never test."""
    data = data_dir(args.data)
    quoted = _documents_in("dev", "quotes_*.jsonl") | _documents_in("gold", "quotes_*.jsonl")
    splits = _splits_in_gold()
    texts = {ds: load_texts(data, ds) for ds in {ds for ds, _ in splits}}
    ranked = sorted(
        (-len(MARKS.findall(text)), sha(ds + ":" + key), ds, key, text, split)
        for (ds, key), split in splits.items()
        if (ds, key) not in quoted
        and (text := texts[ds].get(_key(ds, key))) is not None
        and len(MARKS.findall(text)) >= args.min_marks
    )
    chosen = [
        (ds, key, text, "test" if split == "test" else "dev")
        for *_, ds, key, text, split in ranked
    ]
    return write_assignment(args.out, chosen, args.letters, batch=args.batch)


def write_assignment(out: str, chosen: list, letters: str, **extra) -> int:
    """Write the assignment of the documents ``chosen`` (``(dataset, key, text, split)``),
    dealt in turn to the comma-separated ``letters``, with the ``extra`` fields."""
    names = letters.split(",")
    docs = [
        {
            "dataset": ds,
            "key": key,
            "text_sha256": sha(text),
            "text_len": len(text),
            "split": split,
            **extra,
            "annotator": names[i % len(names)],
        }
        for i, (ds, key, text, split) in enumerate(chosen)
    ]
    Path(out).write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8"
    )
    print(f"{len(docs)} documents -> {out}")
    return 0


def stances_more(args) -> int:
    """More stance gold: documents of the quotation gold (guide version 2) that no stance file
    holds, at most ``--max-len`` characters, ranked by the hash of the key within each dataset
    and taken from the datasets in turn, keeping the split they have there; ``--dev`` and
    ``--test`` documents, dealt to the annotators."""
    data = data_dir(args.data)
    taken = _documents_in("gold", "stance*.jsonl")
    splits: dict[tuple[str, str], str] = {}
    for path in (ROOT / "data" / "gold").glob("quotes_*.jsonl"):
        with open(path, encoding="utf-8") as fh:
            for rec in map(json.loads, fh):
                splits[(rec["dataset"], str(rec["key"]))] = rec["split"]
    texts = {ds: load_texts(data, ds) for ds in {ds for ds, _ in splits}}
    ranked = sorted(
        (sha(ds + ":" + key), ds, key, text, split)
        for (ds, key), split in splits.items()
        if (ds, key) not in taken
        and (text := texts[ds].get(_key(ds, key))) is not None
        and 300 < len(text) <= args.max_len
    )
    # the three datasets in turn (each ranked by hash), so that no one source fills the batch
    by_ds: dict[str, list] = {}
    for row in ranked:
        by_ds.setdefault(row[1], []).append(row)
    turns = sorted(
        (n, ds, row) for ds, rows in by_ds.items() for n, row in enumerate(rows)
    )
    quota = {"dev": args.dev, "test": args.test}
    chosen = []
    for _, _, (_, ds, key, text, split) in turns:
        if quota[split] > 0:
            quota[split] -= 1
            chosen.append((ds, key, text, split))
    return write_assignment(args.out, chosen, args.letters)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--out", required=True)
    s.add_argument("--letters", default="ABCD", help="one letter per annotator")
    s.add_argument("--batch", default="1", help="a name for this batch of documents")
    s.add_argument("--ednil", type=int, default=48)
    s.add_argument("--covid", type=int, default=24)
    s.add_argument("--bbc", type=int, default=40)
    s.add_argument("--test", type=int, default=60)
    s.add_argument(
        "--covid-max-len", type=int, default=14000, help="longest COVID day-file (characters)"
    )
    s.add_argument(
        "--max-len", type=int, default=9000, help="longest EDNIL or BBC document (characters)"
    )
    s.set_defaults(fn=select)
    s = sub.add_parser("show")
    s.add_argument("dataset")
    s.add_argument("key")
    s.add_argument("--start", type=int)
    s.add_argument("--end", type=int)
    s.set_defaults(fn=show)
    s = sub.add_parser("find")
    s.add_argument("dataset")
    s.add_argument("key")
    s.add_argument("string")
    s.set_defaults(fn=find)
    s = sub.add_parser("check")
    s.add_argument("files", nargs="+")
    s.set_defaults(fn=check)
    s = sub.add_parser("frames-select")
    s.add_argument("--out", required=True)
    s.add_argument("--units", type=int, default=3300)
    s.set_defaults(fn=frames_select)
    s = sub.add_parser("frames-more")
    s.add_argument("--out", required=True)
    s.add_argument("--letters", default="ZC,ZD,ZE", help="annotators, comma-separated")
    s.add_argument("--docs", type=int, default=4, help="documents per annotator")
    s.add_argument("--split", default="train", choices=["train", "dev", "test"])
    s.set_defaults(fn=frames_more)
    s = sub.add_parser("reported-select")
    s.add_argument("--out", required=True)
    s.add_argument("--letters", default="RA,RB,RC", help="annotators, comma-separated")
    s.add_argument("--batch", default="R1")
    s.add_argument("--ednil", type=int, default=60)
    s.add_argument("--covid", type=int, default=9)
    s.set_defaults(fn=reported_select)
    s = sub.add_parser("quotes-more")
    s.add_argument("--out", required=True)
    s.add_argument("--letters", default="Z1,Z2,Z3", help="annotators, comma-separated")
    s.add_argument("--batch", default="7")
    s.add_argument("--min-marks", type=int, default=8)
    s.set_defaults(fn=quotes_more)
    s = sub.add_parser("stances-more")
    s.add_argument("--out", required=True)
    s.add_argument("--letters", default="S1,S2,S3", help="annotators, comma-separated")
    s.add_argument("--dev", type=int, default=21)
    s.add_argument("--test", type=int, default=9)
    s.add_argument("--max-len", type=int, default=5000)
    s.set_defaults(fn=stances_more)
    s = sub.add_parser("units")
    s.add_argument("dataset")
    s.add_argument("key")
    s.set_defaults(fn=show_units)
    args = ap.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
