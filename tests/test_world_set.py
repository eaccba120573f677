"""The team-written world-news check set (data/world/) loads and is consistent: every label file
names its text by hash, every quotation sits between marks, every direct quotation has an entity,
and the split is by article."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bias.result import SOURCE_TYPES

WORLD = Path(__file__).resolve().parent.parent / "data" / "world"
TYPES = frozenset(SOURCE_TYPES)
OPENERS, CLOSERS = "\"'“‘«", "\"'”’»"


def _records(pattern: str = "quotes_*.jsonl") -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(WORLD.glob(pattern))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_the_world_set_is_there_and_split_by_article():
    recs = _records()
    assert len(recs) == 164
    keys = [r["key"] for r in recs]
    assert len(set(keys)) == len(keys)  # one record per article: no article in both splits
    assert {r["split"] for r in recs} == {"dev", "test"}
    assert sorted(p.stem for p in WORLD.glob("W*.txt")) == sorted(keys)


@pytest.mark.parametrize(
    "rec", _records() + _records("second_quotes_*.jsonl"), ids=lambda r: r["annotator"] + r["key"]
)
def test_a_world_record_is_consistent_with_its_text(rec):
    text = (WORLD / f"{rec['key']}.txt").read_text(encoding="utf-8")
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == rec["text_sha256"]
    assert len(text) == rec["text_len"] and rec["dataset"] == "team_world_news"
    entities = {e["id"]: e for e in rec["entities"]}
    for e in entities.values():
        assert e["source_type"] in TYPES
        assert e["origin"] is None or len(e["origin"]) in (2, 4)  # ISO code, or EU / UN / NATO
        assert 0 <= e["name"] < len(e["mentions"])
        for a, b in e["mentions"]:
            assert 0 <= a < b <= len(text) and text[a:b] == text[a:b].strip()
    for q in rec["quotes"]:
        assert text[q["start"] - 1] in OPENERS and text[q["end"]] in CLOSERS
        assert (q["kind"] == "direct") == (q["entity"] in entities)


FRAME_KEYS = {
    "dataset", "key", "text_sha256", "start", "end", "split", "annotator",
    "frame", "sentiment", "voice", "boilerplate",
}


def test_the_world_frame_labels_cover_their_articles_in_their_split():
    splits = {r["key"]: r["split"] for r in _records()}
    units = _records("frames_*.jsonl")
    assert len(units) == 1330
    by_key: dict[str, list[dict]] = {}
    for u in units:
        assert set(u) == FRAME_KEYS
        assert u["frame"] in ("praise", "concern", "neutral")
        assert u["sentiment"] in ("positive", "negative", "neutral")
        assert u["voice"] in ("quoted", "reported", "narrated", "mixed")
        assert u["split"] == splits[u["key"]]  # an article keeps its split
        by_key.setdefault(u["key"], []).append(u)
    for key, us in by_key.items():
        text = (WORLD / f"{key}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == us[0]["text_sha256"]
        spans = [(u["start"], u["end"]) for u in us]
        assert spans == sorted(spans) and all(b <= a2 for (_, b), (a2, _) in zip(spans, spans[1:]))
        assert all(text[a:b].strip() == text[a:b] != "" for a, b in spans)


def test_the_second_frame_labels_are_units_of_the_first():
    first = {(u["key"], u["start"], u["end"]) for u in _records("frames_*.jsonl")}
    second = _records("second_frames_*.jsonl")
    assert len(second) >= 200
    for u in second:
        assert set(u) == FRAME_KEYS and (u["key"], u["start"], u["end"]) in first


def test_the_world_stance_labels_lie_in_their_units():
    import sys

    sys.path.insert(0, str(WORLD.parent.parent / "scripts"))
    from gold_tool import units  # (the plain splitter the labellers were given)

    splits = {r["key"]: r["split"] for r in _records()}
    recs = _records("stances_*.jsonl")
    assert len(recs) == 36 and sum(len(r["stances"]) for r in recs) >= 300
    for rec in recs:
        assert rec["split"] == splits[rec["key"]] and rec["dataset"] == "team_world_news"
        text = (WORLD / f"{rec['key']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == rec["text_sha256"]
        spans = set(units(text))
        for st in rec["stances"]:
            assert tuple(st["unit"]) in spans and st["frame"] in ("praise", "concern")
            a, b = st["unit"]
            assert a <= st["cue"][0] < st["cue"][1] <= b
            for key in ("holder", "target"):
                if st[key] is not None:
                    assert 0 <= st[key][0] < st[key][1] <= len(text)
