"""A trained frame model in the pipeline (Analyzer(frame_model=…), --frame-model) and
``bias predict``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import bias
from bias.cli import main
from bias.errors import InputError
from bias.models import save_model, train

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "news_sentences.jsonl"
TEXT = "सरकार ने कहा, “यह ऐतिहासिक उपलब्धि है।” हादसे में पांच लोगों की मौत हो गई।"


def _small(task: str):
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()][::10]
    return [r["text"] for r in rows], [r[task] for r in rows]


@pytest.fixture(scope="module")
def frame_model(tmp_path_factory):
    texts, labels = _small("frame")
    res = train(texts, labels, task="frame", cv=2, learning_curve=False, analysis=False)
    return save_model(res, tmp_path_factory.mktemp("m") / "frame", report=False)


def test_the_model_decides_every_sentence_frame(frame_model):
    lexicon = bias.analyze(TEXT)
    art = bias.Analyzer(frame_model=frame_model).analyze(TEXT)
    assert [s.frame_source for s in lexicon.sentences] == ["lexicon"] * len(lexicon.sentences)
    assert [s.frame_source for s in art.sentences] == ["model"] * len(art.sentences)
    model = bias.load_model(frame_model)
    for s in art.sentences:
        scores = s.frame_scores
        assert s.frame == max(scores, key=scores.get)
        assert abs(sum(scores.values()) - 1) < 1e-3
        assert s.frame == model.predict([art.span_text(s)])[0]
    # the cues stay, as the explanation; the quotations and speakers do not change
    assert [s.cues for s in art.sentences] == [s.cues for s in lexicon.sentences]
    assert art.quotes == lexicon.quotes
    assert art.to_dict()["sentences"][0]["frame_source"] == "model"


def test_only_a_frame_model_is_taken(tmp_path):
    texts, labels = _small("sentiment")
    res = train(texts, labels, task="sentiment", cv=2, learning_curve=False, analysis=False)
    folder = save_model(res, tmp_path / "sentiment", report=False)
    with pytest.raises(InputError, match="frame model"):
        bias.Analyzer(frame_model=folder)


def test_cli_frame_model_and_predict(frame_model, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(article), "--json", "--frame-model", str(frame_model)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert {s["frame_source"] for s in d["sentences"]} == {"model"}

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False)
            for i, t in enumerate(["सरकार की कड़ी आलोचना हुई।", "मैच कल होगा।", "स्वागत है।"])
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "deep" / "labels.csv"
    assert (
        main(
            [
                "predict",
                str(frame_model),
                str(corpus),
                "--csv",
                "--keep-cols",
                "id",
                "-o",
                str(out),
                "-q",
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["r0", "r1", "r2"]
    model = bias.load_model(frame_model)
    for r in rows:
        assert r["prediction"] in model.labels
        assert abs(sum(float(r[f"p_{lab}"]) for lab in model.labels) - 1) < 1e-3

    assert main(["predict", str(frame_model), str(corpus)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["source"].endswith("c.jsonl:1")
    assert [json.loads(x)["id"] for x in lines] == [0, 1, 2]  # the index in the file


def test_ids_are_stable_when_records_are_skipped(frame_model, tmp_path, capsys):
    """Without --id-col the id is the record's index in its file, counting a skipped record, so
    predict, score and analyze rows join back to the input by id."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "सरकार की कड़ी आलोचना हुई।", "doc": "d1"}\n{not json\n\n'
        '{"text": "मैच कल होगा।", "doc": "d3"}\n',
        encoding="utf-8",
    )
    skip = ["--on-error", "skip"]
    assert main(["predict", str(frame_model), str(corpus), *skip, "-q"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [0, 2]
    assert main(["score", str(corpus), "--jsonl", *skip]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [0, 2]
    assert main(["predict", str(frame_model), str(corpus), *skip, "--id-col", "doc", "-q"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["d1", "d3"]


def test_predict_refuses_a_tampered_model(frame_model, tmp_path, capsys):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(frame_model, copy)
    model_file = next(p for p in copy.iterdir() if p.suffix == ".joblib")
    model_file.write_bytes(model_file.read_bytes() + b"x")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "स्वागत है।"}\n', encoding="utf-8")
    assert main(["predict", str(copy), str(corpus)]) != 0
    assert "sha256" in capsys.readouterr().err
