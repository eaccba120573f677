from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import bias
from bias.errors import InputError, ModelError, UntrustedModelError
from bias.models import MODEL_SCHEMA, load_model, save_model, train

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "news_sentences.jsonl"


@pytest.fixture(scope="module")
def small_corpus():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    rows = rows[::6]  # about 230 sentences from every topic
    return [r["text"] for r in rows], [r["frame"] for r in rows], [r["article"] for r in rows]


@pytest.fixture(scope="module")
def trained(small_corpus, tmp_path_factory):
    texts, labels, groups = small_corpus
    res = train(texts, labels, task="frame", groups=groups, cv=3, learning_curve=True)
    out = save_model(
        res, tmp_path_factory.mktemp("m") / "frame", label_col="frame", corpus=str(CORPUS)
    )
    return res, out


def test_training_is_evaluated_out_of_fold_and_reproducible(small_corpus, trained):
    res, _ = trained
    m = res.metrics
    assert m["cv"].startswith("StratifiedGroupKFold(n_splits=3)")
    assert (
        0.34 < m["macro_f1"] <= 1
        and m["macro_f1_ci95"][0] <= m["macro_f1"] <= m["macro_f1_ci95"][1]
    )
    assert set(m["per_class"]) == {"praise", "concern", "neutral"}
    texts, labels, groups = small_corpus
    again = train(texts, labels, task="frame", groups=groups, cv=3, learning_curve=False)
    assert again.y_pred == res.y_pred  # same seed, same folds, same predictions


def test_model_folder_contents(trained):
    res, out = trained
    names = {p.name for p in out.iterdir()}
    assert {"model.joblib", "manifest.json", "metrics.json", "report.md", "plots"} <= names
    plots = {p.name for p in (out / "plots").iterdir()}
    assert {
        "confusion_matrix.png",
        "class_metrics.png",
        "precision_recall.png",
        "calibration.png",
        "top_features.png",
        "learning_curve.png",
    } <= plots
    man = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (
        man["schema"] == MODEL_SCHEMA
        and man["task"] == "frame"
        and man["labels"] == ["concern", "neutral", "praise"]
    )
    assert len(man["model_sha256"]) == 64 and len(man["training_data_sha256"]) == 64
    assert {"bias", "scikit-learn", "numpy", "joblib", "python"} <= set(man["versions"])
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "plots/confusion_matrix.png" in report and "macro-F1" in report
    assert (out / "model.joblib").stat().st_size < 20 * 1024 * 1024


def test_load_model_predicts_raw_strings(trained):
    res, out = trained
    model = bias.load_model(out)
    texts = ["सरकार की कड़ी आलोचना हुई और लोग नाराज हैं।", "टीम ने शानदार जीत दर्ज की।"]
    pred = model.predict(texts)
    assert all(p in model.labels for p in pred)
    proba = model.predict_proba(texts)
    assert proba.shape == (2, 3) and abs(proba.sum(axis=1) - 1).max() < 1e-6
    with pytest.raises(InputError, match="string object received"):
        model.predict("एक वाक्य")


def _copy(out: Path, dest: Path) -> Path:
    import shutil

    shutil.copytree(out, dest)
    return dest


def test_tampered_model_is_refused_before_unpickling(trained, tmp_path):
    _, out = trained
    folder = _copy(out, tmp_path / "evil")
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    (folder / "model.joblib").write_bytes(pickle.dumps(Evil()))
    with pytest.raises(UntrustedModelError, match="does not match the manifest"):
        load_model(folder)
    assert not marker.exists()  # nothing was unpickled


def test_pinned_hash_and_foreign_manifest(trained, tmp_path):
    _, out = trained
    with pytest.raises(UntrustedModelError, match="is not the expected"):
        load_model(out, expected_sha256="0" * 64)
    folder = _copy(out, tmp_path / "m")
    man = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    man["model_file"] = "../../etc/passwd"
    (folder / "manifest.json").write_text(json.dumps(man), encoding="utf-8")
    with pytest.raises(UntrustedModelError, match="model_file"):
        load_model(folder)


@pytest.mark.parametrize(
    "edit, message",
    [
        (
            lambda m: m["versions"].update({"scikit-learn": "0.1.0"}),
            "saved with scikit-learn 0.1.0",
        ),
        (lambda m: m.update({"schema": "other/9"}), "is not 'bias.model/1'"),
        (lambda m: m.pop("labels"), "manifest lacks 'labels'"),
    ],
)
def test_manifest_mismatches_are_model_errors(trained, tmp_path, edit, message):
    _, out = trained
    folder = _copy(out, tmp_path / "m")
    man = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    edit(man)
    (folder / "manifest.json").write_text(json.dumps(man), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_model(folder)


def test_corrupt_and_missing(tmp_path, trained):
    _, out = trained
    folder = _copy(out, tmp_path / "m")
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="corrupt manifest"):
        load_model(folder)
    with pytest.raises(ModelError, match="not a bias model folder"):
        load_model(tmp_path)


def test_interrupted_save_keeps_the_old_folder(trained, tmp_path, monkeypatch):
    res, out = trained
    folder = _copy(out, tmp_path / "m")
    before = (folder / "manifest.json").read_text(encoding="utf-8")
    import bias.models.persistence as persistence

    def boom(*a, **k):
        raise KeyboardInterrupt

    # interrupted while writing the report, after model.joblib and manifest.json are written
    monkeypatch.setattr(persistence, "write_report", boom)
    with pytest.raises(KeyboardInterrupt):
        save_model(res, folder)
    assert (folder / "manifest.json").read_text(encoding="utf-8") == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".m.tmp")]
    load_model(folder)


def test_train_input_errors():
    with pytest.raises(InputError, match="at least 2 classes"):
        train(["क", "ख"], ["a", "a"])
    with pytest.raises(InputError, match="needs at least 2 per class"):
        train(["क", "ख", "ग"], ["a", "a", "b"])
