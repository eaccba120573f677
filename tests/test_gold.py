"""The team's gold files (data/gold): valid records, splits by article, no reserved rows.

The files hold offsets and labels only; the checks that need the texts read them from the public
datasets and skip when those are absent."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
sys.path.insert(0, str(ROOT / "scripts"))

import gold_tool  # noqa: E402


def _records(pattern: str) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(GOLD.glob(pattern)):
        if "assignment" in path.name or "second" in path.name:
            continue
        out += [(path, json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]
    return out


@pytest.mark.parametrize(
    "pattern", ["quotes_*.jsonl", "frames_*.jsonl", "stances_*.jsonl", "reported_*.jsonl"]
)
def test_every_article_is_in_one_split(pattern):
    splits = defaultdict(set)
    records = _records(pattern)
    assert records, pattern
    for _, rec in records:
        splits[(rec["dataset"], str(rec["key"]))].add(rec["split"])
    mixed = {doc: s for doc, s in splits.items() if len(s) > 1}
    assert mixed == {}


def test_the_gold_files_hold_offsets_not_text():
    for path, rec in _records("*.jsonl"):
        assert "text" not in rec, path.name
        for q in rec.get("quotes", []):
            assert set(q) <= {"start", "end", "kind", "entity"}, path.name


def test_gold_records_are_valid_against_their_texts(data_dir):
    """Every record's text is found among the rows gold_tool may read (never a reserved BBC
    row), has the recorded sha256, and every span and label is valid."""
    cache: dict[str, dict] = {}
    problems = []
    records = _records("quotes_*.jsonl") + _records("frames_*.jsonl") + _records("reported_*.jsonl")
    for path, rec in records:
        ds = rec["dataset"]
        if ds not in cache:
            cache[ds] = gold_tool.load_texts(data_dir, ds)
        text = cache[ds].get(gold_tool._key(ds, str(rec["key"])))
        if text is None:
            problems.append((path.name, rec["key"], "document not found among the allowed rows"))
            continue
        checker = gold_tool.check_unit if "frame" in rec else gold_tool.check_record
        problems += [(path.name, rec["key"], e) for e in checker(rec, text)]
    assert problems == []


def test_a_reported_statement_needs_a_valid_cue_and_a_defined_entity():
    text = "पुलिस ने बताया कि दो लोग घायल हैं।"
    rec = {
        "text_sha256": gold_tool.sha(text),
        "split": "dev",
        "entities": [
            {"id": "e1", "mentions": [[0, 5]], "name": 0, "source_type": "government_official"}
        ],
        "reported": [{"cue": [9, 14], "entity": "e1"}],
    }
    assert gold_tool.check_record(rec, text) == []
    rec["reported"] = [{"cue": [9, 15], "entity": "e2"}]  # a space at the edge; no e2
    assert gold_tool.check_record(rec, text) == [
        "reported 0 cue: [9, 15) has white space at an edge",
        "reported 0: entity 'e2' is not defined",
    ]


def test_frames_more_draws_unlabelled_covid_files_into_one_split(data_dir, tmp_path):
    out = tmp_path / "assign.jsonl"
    args = ["--data", str(data_dir), "frames-more", "--out", str(out), "--letters", "P,Q"]
    assert gold_tool.main(args + ["--docs", "2", "--split", "train"]) == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["annotator"] for d in docs] == ["P", "Q", "P", "Q"]
    assert {d["split"] for d in docs} == {"train"}
    assert {d["dataset"] for d in docs} == {"covid_hindi_newspapers_2020"}
    labelled = {(rec["dataset"], str(rec["key"])) for _, rec in _records("*.jsonl")}
    assert not labelled & {(d["dataset"], d["key"]) for d in docs}
    assert all(d["units"] > 0 for d in docs)


def test_stance_scoring_compares_two_annotators():
    """eval_stances.score with another annotator's stances as the prediction (--agreement):
    a stance matches by unit and frame; holders and targets by overlap."""
    import eval_stances

    text = "विपक्ष ने सरकार की आलोचना की। मंत्री ने योजना की तारीफ की।"
    gold = [
        {"unit": [0, 29], "cue": [19, 26], "frame": "concern", "holder": [0, 6],
         "target": [10, 15]},
        {"unit": [30, 59], "cue": [51, 56], "frame": "praise", "holder": [30, 36],
         "target": [40, 45]},
    ]
    other = [  # the same concern, a praise held by the reporter, and one extra stance
        {"cue": (19, 26), "frame": "concern", "holder": (0, 6), "target": (10, 15)},
        {"cue": (51, 56), "frame": "praise", "holder": None, "target": (40, 45)},
        {"cue": (0, 6), "frame": "praise", "holder": None, "target": None},
    ]
    r = eval_stances.score([("d", text, gold)], predict=lambda doc, t: other)
    assert r["stance_prf"] == (0.667, 1.0, 0.8)
    assert r["holder_accuracy"] == 0.5
    assert r["triple_prf"] == (0.333, 0.5, 0.4)


def test_quotation_scoring_compares_two_annotators():
    """eval_quotes.human_quotes reads a second annotator's record as predictions
    (--agreement): the speaker is right when the two entities share a mention, the source
    type and origin are the second annotator's."""
    import eval_quotes

    from bias.evaluation import evaluate_quotes

    text = "मंत्री राम ने कहा, “हम तैयार हैं।” राम ने ‘आपदा’ शब्द कहा, “सब ठीक है।”"
    first = {
        "entities": [{"id": "e1", "mentions": [[7, 10], [35, 38]], "name": 0,
                      "source_type": "politician", "origin": "IN"}],
        "quotes": [{"start": 20, "end": 33, "kind": "direct", "entity": "e1"},
                   {"start": 43, "end": 47, "kind": "term", "entity": None},
                   {"start": 60, "end": 70, "kind": "direct", "entity": "e1"}],
    }
    second = {  # the same speaker by its second mention, typed an official; one term as direct
        "entities": [{"id": "a", "mentions": [[35, 38]], "name": 0,
                      "source_type": "government_official", "origin": "IN"}],
        "quotes": [{"start": 20, "end": 33, "kind": "direct", "entity": "a"},
                   {"start": 43, "end": 47, "kind": "direct", "entity": "a"},
                   {"start": 60, "end": 70, "kind": "direct", "entity": "a"}],
    }
    gold = eval_quotes.record_gold(first)
    pred = eval_quotes.human_quotes(text, second, gold)
    assert [p.speaker for p in pred] == ["राम"] * 3
    sc = evaluate_quotes(text, pred, gold).as_dict()
    assert sc["kind_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    direct = evaluate_quotes(text, pred, gold, only="direct").as_dict()
    assert direct["overlap"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert direct["speaker_accuracy"] == 1.0
    assert direct["source_type_accuracy"] == 0.0
    assert direct["origin_accuracy"] == 1.0


def test_reported_scoring_compares_two_annotators():
    """eval_reported.annotated reads a second annotator's record as predicted statements
    (--agreement): a statement matches by its cue, the speaker when the two entities share a
    mention; the source type and origin are the second annotator's."""
    from types import SimpleNamespace

    import eval_reported

    text = "मंत्री राम ने कहा कि काम जारी है। उन्होंने बताया कि सब ठीक है। बताया जाता है कि बारिश होगी।"
    first = {
        "entities": [{"id": "e1", "mentions": [[7, 10], [34, 42]], "name": 0, "roles": [],
                      "source_type": "politician", "origin": "IN"}],
        "reported": [{"cue": [14, 17], "entity": "e1"}, {"cue": [43, 48], "entity": "e1"},
                     {"cue": [63, 68], "entity": None}],
    }
    second = {  # the speaker by its pronoun, typed an official; the third cue not an item
        "entities": [{"id": "a", "mentions": [[34, 42]], "name": 0, "roles": [],
                      "source_type": "government_official", "origin": "IN"}],
        "reported": [{"cue": [14, 17], "entity": "a"}, {"cue": [43, 48], "entity": "a"}],
    }
    tally = eval_reported.Tally()
    theirs = eval_reported.annotated(text, second)
    assert [p.speaker for p in theirs] == ["उन्होंने"] * 2
    tally.add("d", text, first, SimpleNamespace(reported=theirs))
    r = tally.row()
    assert (r["precision"], r["recall"]) == (1.0, 0.667)
    assert r["speaker"] == 1.0
    assert r["source_type"] == 0.0
    assert r["origin"] == 1.0
