"""The annotation round trip (bias.annotate, bias annotate): export, correct, import, agree."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sklearn.metrics import cohen_kappa_score

from bias.annotate import agreement, read_sheet
from bias.cli import main
from bias.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sheet") / "sheet.csv"
    assert main(["annotate", "export", str(SAMPLES), "--out", str(out), "--quiet"]) == 0
    return out


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader(path.open(encoding="utf-8")))


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_export_then_import_gives_the_tools_labels_back(sheet, tmp_path):
    rows = _rows(sheet)
    assert rows and all(r["frame"] == r["pred_frame"] for r in rows)
    for r in rows:  # the text is the slice of the raw article at the offsets
        raw = Path(r["source"]).read_text(encoding="utf-8")
        assert raw[int(r["start"]) : int(r["end"])] == r["text"]
    gold = tmp_path / "gold.jsonl"
    assert main(["annotate", "import", str(sheet), "--out", str(gold)]) == 0
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(rows)
    assert [(r["frame"], r["voice"], r["sentiment"]) for r in records] == [
        (r["pred_frame"], r["pred_voice"], r["pred_sentiment"]) for r in rows
    ]


def test_corrections_survive_and_agreement_is_cohens_kappa(sheet, tmp_path):
    rows = _rows(sheet)
    corrected = [dict(r) for r in rows]
    for k, r in enumerate(corrected):
        if k % 5 == 0:
            r["frame"] = "neutral" if r["frame"] != "neutral" else "concern"
    _write(tmp_path / "b.csv", corrected)
    for name in ("a", "b"):
        src = sheet if name == "a" else tmp_path / "b.csv"
        assert main(["annotate", "import", str(src), "--out", str(tmp_path / f"{name}.jsonl")]) == 0
    a, b = (_records(tmp_path / f"{n}.jsonl") for n in ("a", "b"))
    assert [r["frame"] for r in b] == [r["frame"] for r in corrected]
    res = agreement(a, b)
    expected = cohen_kappa_score([r["frame"] for r in a], [r["frame"] for r in b])
    assert res["fields"]["frame"]["kappa"] == pytest.approx(expected)
    assert res["fields"]["voice"]["kappa"] == 1.0 and res["n"] == len(rows)
    assert sum(map(sum, res["fields"]["frame"]["confusion"])) == len(rows)


def test_agreement_command_prints_kappa_and_confusion(sheet, tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    assert main(["annotate", "import", str(sheet), "--out", str(gold)]) == 0
    capsys.readouterr()
    assert main(["annotate", "agreement", str(gold), str(gold)]) == 0
    out = capsys.readouterr().out
    assert "frame: Cohen's kappa 1.000" in out and "A \\ B" in out


def test_bad_rows_are_listed_with_their_lines_and_nothing_is_dropped(sheet, tmp_path, capsys):
    rows = _rows(sheet)[:6]
    rows[1]["frame"] = "happy"
    rows[3]["start"] = "x"
    rows[4]["end"] = rows[4]["start"]
    _write(tmp_path / "bad.csv", rows)
    out = tmp_path / "out.jsonl"
    assert main(["annotate", "import", str(tmp_path / "bad.csv"), "--out", str(out)]) == 5
    err = capsys.readouterr().err
    assert "bad.csv:3: frame 'happy' is not one of praise, concern, neutral" in err
    assert "bad.csv:5: start, end and index must be whole numbers" in err
    assert "bad.csv:6: offsets" in err and "3 bad row(s)" in err
    assert not out.exists()  # nothing half-written
    args = ["annotate", "import", str(tmp_path / "bad.csv"), "--out", str(out)]
    assert main([*args, "--on-error", "skip"]) == 0
    assert "6 rows read, 3 written, 3 skipped" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_a_sheet_without_the_key_columns_is_refused():
    with pytest.raises(InputError, match=r"no column \['unit', 'index'"):
        read_sheet("source,start,end,frame\na,0,3,praise\n")
    with pytest.raises(InputError, match="share no unit"):
        agreement([{"source": "a", "unit": "quote", "index": 0, "start": 0, "end": 1}], [])


def test_quote_sheets_and_evaluate_accepts_an_imported_gold_file(tmp_path, capsys):
    qsheet = tmp_path / "q.csv"
    assert main(["annotate", "export", str(SAMPLES), "--unit", "quote", "-o", str(qsheet)]) == 0
    rows = _rows(qsheet)
    assert rows and {r["kind"] for r in rows} <= {"direct", "term"}
    good, bad = read_sheet(qsheet.read_text(encoding="utf-8"))
    assert len(good) == len(rows) and not bad
    # a sentence sheet imported is a labelled corpus: bias evaluate scores a model on it
    corpus = [
        json.loads(line)
        for line in (ROOT / "data" / "corpus" / "news_sentences.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ][::6]
    train_file = tmp_path / "train.jsonl"
    train_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus))
    model = tmp_path / "m"
    args = ["train", str(train_file), "--task", "frame", "--out", str(model), "--quiet"]
    assert main([*args, "--cv", "2", "--no-learning-curve"]) == 0
    sheet = tmp_path / "s.csv"
    gold = tmp_path / "gold.jsonl"
    assert main(["annotate", "export", str(SAMPLES), "-o", str(sheet), "--quiet"]) == 0
    assert main(["annotate", "import", str(sheet), "-o", str(gold)]) == 0
    assert main(["evaluate", str(model), str(gold), "--out", str(tmp_path / "r")]) == 0
    assert (tmp_path / "r" / "report.md").exists()
    capsys.readouterr()
