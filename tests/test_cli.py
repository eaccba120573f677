from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bias.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "01_summit.txt"


def test_python_dash_m_help():
    r = subprocess.run([sys.executable, "-m", "bias", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "analyze" in r.stdout


@pytest.mark.parametrize("sub", ["analyze", "score", "html", "segment", "train", "evaluate"])
def test_every_subcommand_has_help_with_example(sub, capsys):
    with pytest.raises(SystemExit) as e:
        main([sub, "--help"])
    assert e.value.code == 0
    assert "example" in capsys.readouterr().out


def test_analyze_one_file_prints_the_contract(capsys):
    assert main(["analyze", str(SAMPLE)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["schema"] == "bias.article/1" and d["source"] == str(SAMPLE)
    assert {"sentences", "quotes", "reported", "summary"} <= set(d)


def test_analyze_folder_gives_json_lines(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(SAMPLE.parent), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(list(SAMPLE.parent.glob("*.txt")))
    assert all(r["source"].endswith(".txt") for r in rows)


def test_analyze_table(capsys):
    assert main(["analyze", str(SAMPLE), "--table"]) == 0
    out = capsys.readouterr().out
    assert "quoted" in out and "framing gap" in out


def test_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO("मंत्री ने कहा, “हम तैयार हैं।”".encode()))
    )
    assert main(["analyze", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["speaker"] == "मंत्री"


@pytest.mark.parametrize(
    "setup, code, message",
    [
        (lambda d: str(d / "missing.txt"), 4, "no such file or folder"),
        (
            lambda d: [(d / "bad.txt").write_bytes(b"\xe0\xa4\x95\xff"), str(d / "bad.txt")][1],
            3,
            "invalid UTF-8 at byte 3",
        ),
        (lambda d: (d / "empty").mkdir() or str(d / "empty"), 2, "folder holds no files matching"),
    ],
)
def test_errors_are_one_line_and_exit_codes(tmp_path, capsys, setup, code, message):
    path = setup(tmp_path)
    assert main(["analyze", path]) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_segment_jsonl(capsys):
    assert main(["segment", str(SAMPLE)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = SAMPLE.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


@pytest.fixture(scope="module")
def small_jsonl(tmp_path_factory):
    rows = [
        json.loads(line)
        for line in (ROOT / "data" / "corpus" / "news_sentences.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ][::8]
    p = tmp_path_factory.mktemp("c") / "small.jsonl"
    p.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return p


def test_train_and_evaluate(small_jsonl, tmp_path, capsys):
    out = tmp_path / "model"
    assert (
        main(
            [
                "train",
                str(small_jsonl),
                "--task",
                "frame",
                "--group-col",
                "article",
                "--out",
                str(out),
                "--cv",
                "3",
                "--no-learning-curve",
                "--quiet",
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "macro-F1" in err and "records read" in err
    assert (out / "model.joblib").exists() and (out / "report.md").exists()
    rep = tmp_path / "report"
    assert main(["evaluate", str(out), str(small_jsonl), "--out", str(rep)]) == 0
    assert json.loads((rep / "metrics.json").read_text(encoding="utf-8"))["n"] > 0


def test_train_errors_are_one_line(small_jsonl, tmp_path, capsys):
    assert (
        main(
            [
                "train",
                str(small_jsonl),
                "--task",
                "nosuchlabel",
                "--out",
                str(tmp_path / "m"),
                "--quiet",
            ]
        )
        == 5
    )
    err = capsys.readouterr().err
    # the message names the columns the corpus has and the option that picks another
    assert "no 'nosuchlabel' column (the record has [" in err and "--label-col" in err
    assert err.count("\n") == 1
    # a near miss is named; skipping every record says why nothing was left
    args = ["train", str(small_jsonl), "--task", "frames", "--out", str(tmp_path / "m")]
    assert main([*args, "--quiet"]) == 5
    assert "did you mean 'frame'?" in capsys.readouterr().err
    assert main([*args, "--quiet", "--on-error", "skip"]) == 2
    err = capsys.readouterr().err
    assert "no usable records" in err and "did you mean 'frame'?" in err
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "manifest.json").write_text("{}", encoding="utf-8")
    assert main(["evaluate", str(bad), str(small_jsonl), "--out", str(tmp_path / "r")]) == 7


def test_analyze_corpus_streams_json_lines_with_source_ids(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"id": "a1", "body": "मंत्री ने कहा, “हम तैयार हैं।”"},
                {"id": "a2", "body": "बाढ़ से तबाही।"},
            ]
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert (
        main(
            [
                "analyze",
                str(corpus),
                "--text-col",
                "body",
                "--on-error",
                "skip",
                "--out",
                str(out),
                "--jobs",
                "2",
            ]
        )
        == 0
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"].rsplit("#", 1)[1] for r in rows] == ["a1", "a2"]
    err = capsys.readouterr().err
    assert "3 records read, 2 analysed, 1 skipped" in err and "c.jsonl:3: malformed JSON" in err


def test_score_csv(capsys):
    import csv
    import io

    import bias

    assert main(["score", str(SAMPLE.parent)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(list(SAMPLE.parent.glob("*.txt")))
    assert list(rows[0]) == ["source", "id", *bias.SCORE_COLUMNS]
    assert [r["id"] for r in rows] == [str(i) for i in range(len(rows))]  # index in the folder


def test_metadata_goes_into_every_row(tmp_path, capsys):
    """--id-col and --keep-cols carry a record's id and chosen fields into every output row, so
    results join back to the corpus without reading it again."""
    import csv
    import io

    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        '{"doc": "a1", "newspaper": "NT", "date": "2020-03-01", '
        '"text": "मंत्री ने कहा, “हम तैयार हैं।”"}\n'
        '{"doc": "a2", "newspaper": "DJ", "text": "बारिश हुई।"}\n',
        encoding="utf-8",
    )
    args = ["--id-col", "doc", "--keep-cols", "newspaper,date"]
    assert main(["score", str(corpus), *args]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["id"], r["newspaper"], r["date"]) for r in rows] == [
        ("a1", "NT", "2020-03-01"),
        ("a2", "DJ", ""),
    ]
    assert main(["analyze", str(corpus), "--jsonl", *args]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(d["id"], d["newspaper"], d["source"]) for d in lines] == [
        ("a1", "NT", f"{corpus}:1"),
        ("a2", "DJ", f"{corpus}:2"),
    ]


def test_html(tmp_path):
    out = tmp_path / "a.html"
    assert main(["html", str(SAMPLE), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="quote"' in page and "<svg" in page
    assert (
        "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
        and "https://" not in page
    )


def test_failed_run_leaves_no_partial_output(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("old contents\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ठीक"}\n{broken\n', encoding="utf-8")
    assert main(["analyze", str(bad), "--out", str(out)]) == 5
    assert out.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".o.jsonl")] == []


def test_out_files_get_the_mode_of_a_plain_write(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / "new" / "scores.csv"  # (a missing folder is created)
        assert main(["score", str(SAMPLE), "--out", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        os.umask(0o077)
        assert main(["score", str(SAMPLE), "--out", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    finally:
        os.umask(old)


@pytest.mark.parametrize("content", ["", "  \n\t \n"], ids=["empty", "white-space"])
@pytest.mark.parametrize("command", ["analyze", "score", "html"])
def test_an_empty_file_is_a_warning_on_stderr_not_an_error(tmp_path, capsys, command, content):
    f = tmp_path / "blank.txt"
    f.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert main([command, str(f), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("bias: warning: ") and "blank.txt" in err and "empty" in err
    assert out.exists()


def test_english_text_keeps_its_warning_in_every_output_format(tmp_path, capsys):
    import csv

    f = tmp_path / "english.txt"
    f.write_text("Markets rose today after the central bank spoke.", encoding="utf-8")
    outputs = {
        "score csv": ["score", str(f)],
        "score jsonl": ["score", str(f), "--jsonl"],
        "analyze json": ["analyze", str(f)],
        "analyze jsonl": ["analyze", str(f), "--jsonl"],
    }
    for name, args in outputs.items():
        out = tmp_path / name.replace(" ", ".")
        assert main([*args, "-o", str(out)]) == 0, name
        assert "does not look like Hindi" in capsys.readouterr().err, name
        body = out.read_text(encoding="utf-8")
        if name == "score csv":
            row = next(csv.DictReader(body.splitlines()))
            assert row["n_warnings"] == "1" and "does not look like Hindi" in row["warnings"]
        else:
            doc = json.loads(body if name == "analyze json" else body.splitlines()[0])
            # (a list of messages in an article, one string in a score row)
            assert "does not look like Hindi" in json.dumps(doc["warnings"]), name


def test_many_warnings_are_summarised(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"text": f"English line {i}."}) + "\n" for i in range(25)),
        encoding="utf-8",
    )
    assert main(["score", str(corpus), "-o", str(tmp_path / "s.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("bias: warning: ") == 20 and "and 5 more warnings" in err


def test_version_says_whether_the_core_is_compiled(capsys):
    import bias

    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"bias {bias.__version__} ({bias.BUILD})"
    assert bias.BUILD == "pure"  # (the tests import the source tree; test_compiled the build)
