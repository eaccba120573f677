from __future__ import annotations

import json

import pytest

from bias.corpus import Corpus
from bias.errors import CorpusError, InputError, InputFileNotFound


def _write(path, lines):
    path.write_bytes(
        b"\n".join(ln if isinstance(ln, bytes) else ln.encode("utf-8") for ln in lines) + b"\n"
    )
    return path


def test_jsonl_bad_records_fail_by_default_with_line_numbers(tmp_path):
    p = _write(
        tmp_path / "c.jsonl",
        [
            '{"text": "पहला", "frame": "praise"}',
            "{not json",
            '{"text": "तीसरा", "frame": "concern"}',
        ],
    )
    with pytest.raises(CorpusError, match=r"c.jsonl:2: malformed JSON"):
        list(Corpus(p))


def test_skip_reports_every_record_and_counts_balance(tmp_path):
    p = _write(
        tmp_path / "c.jsonl",
        [
            '{"text": "पहला", "frame": "praise"}',
            "{not json",
            '{"body": "no text field"}',
            '{"text": "   ", "frame": "neutral"}',
            b'{"text": "\xff\xfe", "frame": "x"}',
            '["a list"]',
            '{"text": "सातवां", "frame": "concern"}',
            '{"text": "आठवां"}',
        ],
    )
    c = Corpus(p, on_error="skip", require=("frame",))
    recs = list(c)
    assert [r.text for r in recs] == ["पहला", "सातवां"]
    assert [s.source.rsplit(":", 1)[1] for s in c.skipped] == ["2", "3", "4", "5", "6", "8"]
    assert c.read == len(recs) + len(c.skipped) == 8
    assert "invalid UTF-8 at byte" in c.skipped[3].reason
    assert c.summary() == "8 records read, 2 used, 6 skipped"


def test_csv_and_tsv_with_header_and_quoted_newlines(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(
        'id,text,frame\n1,"पहली पंक्ति\nदूसरी पंक्ति",praise\n2,तीसरा,concern\n', encoding="utf-8"
    )
    recs = list(Corpus(p))
    assert [r.fields["frame"] for r in recs] == ["praise", "concern"]
    assert recs[0].text == "पहली पंक्ति\nदूसरी पंक्ति" and recs[1].source.endswith(":4")
    t = tmp_path / "c.tsv"
    t.write_text("body\tframe\nकुछ\tneutral\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="has no 'text' column"):
        list(Corpus(t))
    assert [r.text for r in Corpus(t, text_col="body")] == ["कुछ"]


def test_csv_wrong_column_count(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("text,frame\nएक,praise,extra\nदो,concern\n", encoding="utf-8")
    c = Corpus(p, on_error="skip")
    assert [r.text for r in c] == ["दो"] and "3 columns, the header has 2" in c.skipped[0].reason


def test_folder_glob_and_bad_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("पहली खबर", encoding="utf-8")
    (tmp_path / "b.txt").write_text("दूसरी खबर", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    (tmp_path / "note.md").write_text("ignored", encoding="utf-8")
    c = Corpus(tmp_path, on_error="skip")
    assert sorted(r.text for r in c) == ["दूसरी खबर", "पहली खबर"]
    assert len(c.skipped) == 1 and c.skipped[0].source.endswith("bad.txt")


def test_errors(tmp_path):
    with pytest.raises(InputFileNotFound):
        list(Corpus(tmp_path / "nope.jsonl"))
    with pytest.raises(InputError, match="unknown corpus format"):
        (tmp_path / "c.xml").write_text("x")
        list(Corpus(tmp_path / "c.xml"))
    with pytest.raises(InputError, match=r"`on_error` value = 'ignore' is invalid"):
        Corpus(tmp_path, on_error="ignore")


def test_streaming_does_not_read_ahead(tmp_path):
    p = _write(
        tmp_path / "c.jsonl",
        [json.dumps({"text": f"पंक्ति {i}"}, ensure_ascii=False) for i in range(1000)],
    )
    it = iter(Corpus(p))
    first = next(it)
    assert first.text == "पंक्ति 0" and first.source.endswith(":1")
