"""Reliability: property tests over analyze, distinct exit codes, outputs that survive a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bias
from bias import errors

ROOT = Path(__file__).resolve().parent.parent

LETTERS = list("अआइईउएओकखगघचछजझटठडढतथदधनपफबभमयरलवशषसह") + ["क़", "ज़", "ड़"]
SIGNS = list("ािीुूृेैोौंँः़्")
MARKS = list("“”‘’\"'«»„")
PUNCT = ["।", "॥", ".", "?", "!", ",", ":", "-", "(", ")"]
OTHER = list("0123456789०१२३abcXYZ") + [" ", " ", " ", "\n", "\t", "\u00a0", "\u200d", "\u200c"]
WORDS = [
    "ने",
    "कहा",
    "कि",
    "के अनुसार",
    "का कहना है",
    "उन्होंने",
    "मंत्री",
    "नहीं",
    "लेकिन",
    "चिंता",
    "प्रशंसा",
    "बहुत",
    "सूत्रों",
]
hindiish = st.lists(
    st.one_of(
        st.sampled_from(LETTERS + SIGNS + MARKS + PUNCT + OTHER),
        st.sampled_from(WORDS).map(lambda w: f" {w} "),
    ),
    max_size=120,
).map("".join)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hindiish)
def test_analyze_property(text):
    art = bias.analyze(text)
    n = len(text)
    prev = 0
    for s in art.sentences:
        assert prev <= s.start < s.end <= n
        prev = s.end
        assert -1 <= s.sentiment_score <= 1
        assert s.frame in ("praise", "concern", "neutral")
    for q in art.quotes:
        assert 0 <= q.start <= q.end <= n
        assert 0 <= q.open <= q.close <= n
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
    for r in art.reported:
        assert 0 <= r.start < r.end <= n
    assert bias.analyze(text).to_dict() == art.to_dict()  # deterministic
    json.dumps(art.to_dict(), ensure_ascii=False)


@settings(max_examples=200, deadline=None)
@given(hindiish)
def test_normalize_idempotent_and_segments_inside(text):
    once = bias.normalize(text).text
    assert bias.normalize(once).text == once
    for s in bias.segment(text):
        assert 0 <= s.start < s.end <= len(text)


def test_every_error_class_has_its_own_exit_code_and_builtin():
    classes = [
        errors.InputError,
        errors.EncodingError,
        errors.InputFileNotFound,
        errors.CorpusError,
        errors.LexiconError,
        errors.ModelError,
        errors.UntrustedModelError,
        errors.OutputError,
    ]
    codes = [c.exit_code for c in classes]
    assert len(set(codes)) == len(codes) and 1 not in codes
    assert issubclass(errors.InputError, ValueError) and issubclass(
        errors.EncodingError, UnicodeError
    )
    assert issubclass(errors.InputFileNotFound, FileNotFoundError) and issubclass(
        errors.OutputError, OSError
    )
    assert issubclass(errors.UntrustedModelError, errors.ModelError)
    assert all(issubclass(c, errors.BiasError) for c in classes)


def test_unwritable_output_is_a_clear_error(tmp_path, capsys):
    from bias.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("x")
    sample = ROOT / "data" / "samples" / "01_summit.txt"
    assert main(["analyze", str(sample), "--out", str(blocker / "sub" / "out.json")]) == 9
    err = capsys.readouterr().err
    assert err.startswith("bias: error:") and "cannot write here" in err
    assert main(["analyze", str(sample), "--out", str(tmp_path)]) == 9


def _start(args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "bias", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for(pred, timeout=60.0):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if pred():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.timeout(120)
def test_killed_analyze_leaves_the_old_output(tmp_path):
    sample = (ROOT / "data" / "samples" / "01_summit.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "big.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": i, "text": sample}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text("the previous complete result\n", encoding="utf-8")
    proc = _start(["analyze", str(corpus), "--out", str(out), "--quiet"], tmp_path)
    started = _wait_for(
        lambda: any(
            p.name.startswith(".out.jsonl.") and p.stat().st_size > 10_000
            for p in tmp_path.iterdir()
        )
    )
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert started, "the run never started writing"
    assert out.read_text(encoding="utf-8") == "the previous complete result\n"


@pytest.mark.timeout(180)
def test_killed_training_leaves_the_old_model_folder(tmp_path):
    rows = [
        json.loads(line)
        for line in (ROOT / "data" / "corpus" / "news_sentences.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    small = tmp_path / "small.jsonl"
    small.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows[::10]) + "\n", encoding="utf-8"
    )
    from bias.cli import main

    model = tmp_path / "model"
    assert (
        main(
            [
                "train",
                str(small),
                "--task",
                "frame",
                "--out",
                str(model),
                "--cv",
                "2",
                "--no-learning-curve",
                "--quiet",
            ]
        )
        == 0
    )
    before = (model / "manifest.json").read_text(encoding="utf-8")
    proc = _start(
        ["train", str(small), "--task", "frame", "--out", str(model), "--cv", "2", "--quiet"],
        tmp_path,
    )
    started = _wait_for(
        lambda: any(
            p.name.startswith(".model.tmp-") and (p / "model.joblib").exists()
            for p in tmp_path.iterdir()
        ),
        timeout=90,
    )
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert started, "the run never reached the writing step"
    assert (model / "manifest.json").read_text(encoding="utf-8") == before
    bias.load_model(model)  # still whole and trusted
