"""Trainable classifiers: pipelines, honest evaluation, reports, and trusted persistence.

* :func:`make_pipeline` — normalise → (word TF-IDF ⊕ char TF-IDF ⊕ analysis
  features) → a linear model (logistic regression, or a linear SVM with
  probability calibration), classes weighted for imbalance.
* :func:`train` — stratified *k*-fold cross-validation (or grouped, so that no
  article / outlet lands in both train and test, after Baly et al. 2020); the
  reported metrics are out-of-fold; then the final model is fitted on all data.
* :func:`save_model` / :func:`load_model` — a model folder with
  ``model.joblib`` and ``manifest.json``; loading checks the sha256 of the
  joblib file and the library versions **before** unpickling (a joblib file
  is a pickle: loading it runs code, so only load models from sources you
  trust).
* :func:`write_report` — ``metrics.json``, plots and a Markdown report.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from .errors import InputError, ModelError, OutputError, UntrustedModelError

__all__ = [
    "MODEL_SCHEMA",
    "MODELS",
    "make_pipeline",
    "TrainResult",
    "train",
    "evaluate_model",
    "BiasModel",
    "save_model",
    "load_model",
    "write_report",
    "data_fingerprint",
]

MODEL_SCHEMA = "bias.model/1"
MODELS = ("logreg", "svm")
_MODEL_FILE = "model.joblib"
_MANIFEST = "manifest.json"


def _versions() -> dict[str, str]:
    import joblib
    import sklearn

    from . import __version__

    return {
        "bias": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "joblib": joblib.__version__,
        "python": platform.python_version(),
    }


def make_pipeline(
    *,
    model: str = "logreg",
    word_ngrams: tuple[int, int] = (1, 2),
    char_ngrams: tuple[int, int] | None = (2, 5),
    analysis: bool = True,
    C: float = 4.0,
    class_weight: str | None = "balanced",
    random_state: int = 0,
):
    """The default text-classification pipeline (raw strings in, labels out)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    from .features import AnalysisFeatures, HindiNormalizer, char_tfidf, word_tfidf

    if model not in MODELS:
        raise InputError(
            f"`model` value = {model!r} is invalid; value must be one of {list(MODELS)}"
        )
    parts = [("word", word_tfidf(word_ngrams))]
    if char_ngrams:
        parts.append(("char", char_tfidf(char_ngrams)))
    if analysis:
        parts.append(("analysis", AnalysisFeatures()))
    if model == "logreg":
        clf = LogisticRegression(
            C=C, class_weight=class_weight, max_iter=3000, random_state=random_state
        )
    else:
        clf = CalibratedClassifierCV(
            LinearSVC(C=C / 8, class_weight=class_weight, random_state=random_state), cv=3
        )
    return Pipeline(
        [("normalize", HindiNormalizer()), ("features", FeatureUnion(parts)), ("clf", clf)]
    )


def data_fingerprint(texts: Sequence[str], labels: Sequence[str]) -> str:
    """sha256 over the training texts and labels, in order."""
    h = hashlib.sha256()
    for t, y in zip(texts, labels):
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
        h.update(str(y).encode("utf-8"))
        h.update(b"\x01")
    return h.hexdigest()


@dataclass
class TrainResult:
    """What :func:`train` produced: the fitted pipeline and its honest evaluation."""

    pipeline: Any
    task: str
    labels: list[str]
    metrics: dict[str, Any]
    y_true: list[str]
    y_pred: list[str]
    proba: np.ndarray
    learning_curve: dict[str, Any] | None
    params: dict[str, Any] = field(default_factory=dict)
    fingerprint: str = ""
    n_train: int = 0


def _metrics(y_true, y_pred, proba, labels, *, n_boot: int = 1000, seed: int = 0) -> dict[str, Any]:
    from sklearn.metrics import accuracy_score, f1_score, log_loss

    from .plots import bootstrap_class_metrics

    m: dict[str, Any] = {
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": round(
            float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)), 4
        ),
        "weighted_f1": round(
            float(f1_score(y_true, y_pred, labels=labels, average="weighted", zero_division=0)), 4
        ),
        "per_class": bootstrap_class_metrics(y_true, y_pred, labels, n_boot=n_boot, seed=seed),
    }
    if proba is not None:
        m["log_loss"] = round(float(log_loss(y_true, proba, labels=labels)), 4)
    # bootstrap interval of accuracy and macro-F1
    rng = np.random.default_rng(seed)
    yt, yp = np.asarray(y_true), np.asarray(y_pred)
    acc, mf = [], []
    for _ in range(n_boot):
        idx = rng.integers(0, len(yt), len(yt))
        acc.append(accuracy_score(yt[idx], yp[idx]))
        mf.append(f1_score(yt[idx], yp[idx], labels=labels, average="macro", zero_division=0))
    m["accuracy_ci95"] = [round(float(x), 4) for x in np.percentile(acc, [2.5, 97.5])]
    m["macro_f1_ci95"] = [round(float(x), 4) for x in np.percentile(mf, [2.5, 97.5])]
    return m


def train(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    task: str = "frame",
    groups: Sequence[str] | None = None,
    model: str = "logreg",
    cv: int = 5,
    learning_curve: bool = True,
    random_state: int = 0,
    n_jobs: int | None = None,
    progress: Callable[[str], None] | None = None,
    **pipeline_params: Any,
) -> TrainResult:
    """Cross-validate, then fit on all data.

    ``groups`` (e.g. article or outlet ids) switches to
    :class:`~sklearn.model_selection.StratifiedGroupKFold` so no group is in
    both the training and the test folds.  Metrics are computed on the
    out-of-fold predictions; ``learning_curve`` adds train/validation macro-F1
    at 5 training sizes (3 folds).  ``n_jobs`` runs folds in parallel
    (joblib; ``-1`` = all cores).  Reproducible for a fixed ``random_state``.
    """
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_predict
    from sklearn.model_selection import learning_curve as sk_learning_curve

    texts = list(texts)
    y = [str(v) for v in labels]
    if len(texts) != len(y):
        raise InputError(f"{len(texts)} texts but {len(y)} labels")
    classes = sorted(set(y))
    if len(classes) < 2:
        raise InputError(f"training needs at least 2 classes, the labels have {classes}")
    counts = {c: y.count(c) for c in classes}
    k = min(cv, min(counts.values()))
    if k < 2:
        raise InputError(
            f"class {min(counts, key=counts.get)!r} has {min(counts.values())} example(s); cross-validation needs at least 2 per class"
        )
    say = progress or (lambda msg: None)
    pipe = make_pipeline(model=model, random_state=random_state, **pipeline_params)
    if groups is not None:
        groups = list(groups)
        splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=random_state)
        scheme = f"StratifiedGroupKFold(n_splits={k}) over {len(set(groups))} groups"
    else:
        splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=random_state)
        scheme = f"StratifiedKFold(n_splits={k})"
    say(f"cross-validating ({scheme})")
    t0 = time.perf_counter()
    proba = cross_val_predict(
        clone(pipe), texts, y, groups=groups, cv=splitter, method="predict_proba", n_jobs=n_jobs
    )
    y_pred = [classes[i] for i in proba.argmax(axis=1)]
    metrics = _metrics(y, y_pred, proba, classes)
    metrics["cv"] = scheme
    metrics["cv_seconds"] = round(time.perf_counter() - t0, 2)
    lc = None
    if learning_curve:
        say("learning curve")
        lc_splitter = (StratifiedGroupKFold if groups is not None else StratifiedKFold)(
            n_splits=min(3, k), shuffle=True, random_state=random_state
        )
        sizes, tr, te = sk_learning_curve(
            clone(pipe),
            texts,
            y,
            groups=groups,
            cv=lc_splitter,
            train_sizes=np.linspace(0.2, 1.0, 5),
            scoring="f1_macro",
            shuffle=True,
            random_state=random_state,
            n_jobs=n_jobs,
        )
        lc = {"sizes": sizes.tolist(), "train": tr.tolist(), "test": te.tolist()}
    say("fitting the final model on all data")
    t1 = time.perf_counter()
    pipe.fit(texts, y)
    metrics["fit_seconds"] = round(time.perf_counter() - t1, 2)
    params = {
        "model": model,
        "random_state": random_state,
        "cv": cv,
        **{k2: v for k2, v in pipeline_params.items()},
    }
    return TrainResult(
        pipe,
        task,
        classes,
        metrics,
        y,
        y_pred,
        proba,
        lc,
        params,
        data_fingerprint(texts, y),
        len(texts),
    )


def evaluate_model(
    model: "BiasModel", texts: Sequence[str], labels: Sequence[str]
) -> dict[str, Any]:
    """Metrics of a trained model on held-out texts (labels outside the model's are errors)."""
    y = [str(v) for v in labels]
    unknown = sorted(set(y) - set(model.labels))
    if unknown:
        raise InputError(f"labels {unknown} are not among the model's labels {model.labels}")
    proba = model.predict_proba(texts)
    y_pred = [model.labels[i] for i in proba.argmax(axis=1)]
    m = _metrics(y, y_pred, proba, model.labels)
    return {"metrics": m, "y_true": y, "y_pred": y_pred, "proba": proba}


# ---------------------------------------------------------------------------------- persistence


class BiasModel:
    """A loaded (or freshly trained) classifier: raw strings in, labels out."""

    def __init__(self, pipeline: Any, manifest: dict[str, Any]) -> None:
        self.pipeline = pipeline
        self.manifest = manifest

    @property
    def labels(self) -> list[str]:
        return list(self.manifest["labels"])

    @property
    def task(self) -> str:
        return self.manifest["task"]

    def _docs(self, texts) -> list[str]:
        if isinstance(texts, (str, bytes)):
            raise InputError("Iterable over raw text documents expected, string object received.")
        return list(texts)

    def predict(self, texts: Iterable[str]) -> list[str]:
        return [str(v) for v in self.pipeline.predict(self._docs(texts))]

    def predict_proba(self, texts: Iterable[str]) -> np.ndarray:
        """Probabilities with columns in the order of :attr:`labels`."""
        proba = self.pipeline.predict_proba(self._docs(texts))
        order = [list(self.pipeline.classes_).index(c) for c in self.labels]
        return proba[:, order]

    def __repr__(self) -> str:
        return f"BiasModel(task={self.task!r}, labels={self.labels})"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _replace_dir(tmp: Path, out: Path) -> None:
    """Move the finished folder ``tmp`` to ``out``: the old folder stays whole until the new one is complete."""
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, out)


def save_model(
    result: TrainResult,
    out_dir: str | os.PathLike,
    *,
    text_col: str = "text",
    label_col: str | None = None,
    corpus: str | None = None,
    report: bool = True,
) -> Path:
    """Write ``out_dir`` with ``model.joblib``, ``manifest.json`` and (by default) the report.

    Everything is written into a temporary folder next to ``out_dir`` and
    renamed into place at the end, so an interrupted run leaves either the old
    folder or the new one, never a half-written one.
    """
    import joblib

    out = Path(out_dir)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the model folder here ({exc.strerror})") from None
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the model folder is not
    try:
        joblib.dump(result.pipeline, tmp / _MODEL_FILE, compress=3)
        manifest = {
            "schema": MODEL_SCHEMA,
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "task": result.task,
            "labels": result.labels,
            "text_col": text_col,
            "label_col": label_col or result.task,
            "corpus": corpus,
            "n_train": result.n_train,
            "training_data_sha256": result.fingerprint,
            "params": result.params,
            "versions": _versions(),
            "metrics": {k: v for k, v in result.metrics.items() if k != "per_class"},
            "model_file": _MODEL_FILE,
            "model_sha256": _sha256(tmp / _MODEL_FILE),
        }
        (tmp / _MANIFEST).write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        if report:
            write_report(
                tmp,
                result.metrics,
                result.y_true,
                result.y_pred,
                result.proba,
                result.labels,
                learning_curve=result.learning_curve,
                pipeline=result.pipeline,
                title=f"{result.task} model",
            )
        _replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def _same_minor(a: str, b: str) -> bool:
    return a.split(".")[:2] == b.split(".")[:2]


def load_model(
    path: str | os.PathLike, *, expected_sha256: str | None = None, check_versions: bool = True
) -> BiasModel:
    """Load a model folder written by :func:`save_model`, after checking it.

    Before anything is unpickled: the manifest must be valid, the sha256 of
    ``model.joblib`` must equal the manifest's (and ``expected_sha256`` when
    you pin one — the manifest sits next to the file, so pinning the hash you
    got from a trusted source is what protects against a replaced folder), and
    scikit-learn and bias must have the same major.minor version as when the
    model was saved (``check_versions=False`` skips only that check).
    A mismatch raises :class:`bias.errors.UntrustedModelError` (hash) or
    :class:`bias.errors.ModelError` (anything else).
    """
    import joblib

    folder = Path(path)
    if folder.is_file() and folder.name == _MODEL_FILE:
        folder = folder.parent
    mpath = folder / _MANIFEST
    if not mpath.exists():
        raise ModelError(f"{folder}: no {_MANIFEST}; not a bias model folder")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{mpath}: corrupt manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("schema") != MODEL_SCHEMA:
        raise ModelError(
            f"{mpath}: schema {manifest.get('schema') if isinstance(manifest, dict) else None!r} is not {MODEL_SCHEMA!r}"
        )
    for key in ("labels", "task", "model_sha256", "versions"):
        if key not in manifest:
            raise ModelError(f"{mpath}: manifest lacks {key!r}")
    model_file = folder / manifest.get("model_file", _MODEL_FILE)
    if model_file.name != _MODEL_FILE or model_file.parent != folder:
        raise UntrustedModelError(f"{mpath}: model_file must be {_MODEL_FILE!r} inside the folder")
    if not model_file.exists():
        raise ModelError(f"{folder}: {_MODEL_FILE} is missing")
    digest = _sha256(model_file)
    if digest != manifest["model_sha256"]:
        raise UntrustedModelError(
            f"{model_file}: sha256 {digest[:16]}… does not match the manifest ({str(manifest['model_sha256'])[:16]}…); refusing to unpickle a tampered or foreign file"
        )
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise UntrustedModelError(
            f"{model_file}: sha256 {digest[:16]}… is not the expected {expected_sha256[:16]}…; refusing to unpickle"
        )
    if check_versions:
        now = _versions()
        for lib in ("scikit-learn", "bias"):
            saved = str(manifest["versions"].get(lib, "?"))
            if not _same_minor(saved, now[lib]):
                raise ModelError(
                    f"{folder}: saved with {lib} {saved}, this is {lib} {now[lib]}; retrain, or load with check_versions=False at your own risk"
                )
    try:
        pipeline = joblib.load(model_file)
    except Exception as exc:  # noqa: BLE001 - anything a broken pickle raises
        raise ModelError(f"{model_file}: cannot be loaded ({type(exc).__name__}: {exc})") from None
    if not hasattr(pipeline, "predict_proba") or list(
        map(str, getattr(pipeline, "classes_", []))
    ) != sorted(manifest["labels"]):
        raise ModelError(f"{model_file}: the object is not the classifier the manifest describes")
    return BiasModel(pipeline, manifest)


# ---------------------------------------------------------------------------------- reports


def _top_features(pipeline, labels: list[str], n: int = 8) -> dict[str, list[tuple[str, float]]]:
    """Highest-weight features per class of the linear model (n-grams and analysis features)."""
    try:
        names = pipeline.named_steps["features"].get_feature_names_out()
    except Exception:  # noqa: BLE001
        return {}
    clf = pipeline.named_steps["clf"]
    if hasattr(clf, "coef_"):
        coef = clf.coef_
    elif hasattr(clf, "calibrated_classifiers_"):
        coef = np.mean([c.estimator.coef_ for c in clf.calibrated_classifiers_], axis=0)
    else:
        return {}
    if coef.shape[0] == 1:  # binary: one row, positive class = classes_[1]
        coef = np.vstack([-coef[0], coef[0]])
    classes = [str(c) for c in pipeline.classes_]
    out = {}
    for lab in labels:
        row = coef[classes.index(lab)]
        idx = np.argsort(row)[::-1][:n]
        out[lab] = [(str(names[i]).split("__", 1)[-1], float(row[i])) for i in idx]
    return out


def write_report(
    out_dir: str | os.PathLike,
    metrics: dict,
    y_true,
    y_pred,
    proba,
    labels: list[str],
    *,
    learning_curve: dict | None = None,
    pipeline=None,
    title: str = "model",
) -> Path:
    """``metrics.json``, the report plots (PNG) and ``report.md`` linking them."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from . import plots

    out = Path(out_dir)
    (out / "plots").mkdir(parents=True, exist_ok=True)
    figs: list[tuple[str, str]] = []

    def save(name: str, caption: str, draw) -> None:
        fig, ax = plt.subplots(figsize=(7, 5), layout="constrained")
        draw(ax)
        fig.savefig(out / "plots" / name, dpi=110)
        plt.close(fig)
        figs.append((name, caption))

    save(
        "confusion_matrix.png",
        "Row-normalised confusion matrix (out-of-fold)",
        lambda ax: plots.plot_confusion_matrix(y_true, y_pred, labels, ax=ax),
    )
    save(
        "class_metrics.png",
        "Per-class precision / recall / F1 with bootstrap 95% intervals",
        lambda ax: plots.plot_class_metrics(metrics["per_class"], ax=ax),
    )
    if proba is not None:
        save(
            "precision_recall.png",
            "Precision-recall curves",
            lambda ax: plots.plot_precision_recall(y_true, proba, labels, ax=ax),
        )
        save(
            "calibration.png",
            "Calibration curve",
            lambda ax: plots.plot_calibration(y_true, proba, labels, ax=ax),
        )
    if pipeline is not None:
        top = _top_features(pipeline, labels)
        if top:
            fig, ax = plt.subplots(
                figsize=(8, 1.5 + 0.3 * sum(len(v) for v in top.values())), layout="constrained"
            )
            plots.plot_top_features(top, ax=ax)
            fig.savefig(out / "plots" / "top_features.png", dpi=110)
            plt.close(fig)
            figs.append(("top_features.png", "Most informative features per class"))
            metrics = {
                **metrics,
                "top_features": {k: [[n, round(w, 4)] for n, w in v] for k, v in top.items()},
            }
    if learning_curve:
        save(
            "learning_curve.png",
            "Learning curve (macro-F1)",
            lambda ax: plots.plot_learning_curve(
                learning_curve["sizes"], learning_curve["train"], learning_curve["test"], ax=ax
            ),
        )
        metrics = {**metrics, "learning_curve": learning_curve}
    (out / "metrics.json").write_text(
        json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    lines = [f"# {title}", ""]
    lines.append(f"Evaluated on {metrics['n']} examples ({metrics.get('cv', 'held-out data')}).")
    lines.append("")
    lines.append(
        f"* accuracy **{metrics['accuracy']:.3f}** (95% CI {metrics['accuracy_ci95'][0]:.3f}–{metrics['accuracy_ci95'][1]:.3f})"
    )
    lines.append(
        f"* macro-F1 **{metrics['macro_f1']:.3f}** (95% CI {metrics['macro_f1_ci95'][0]:.3f}–{metrics['macro_f1_ci95'][1]:.3f})"
    )
    lines.append("")
    lines.append("| class | precision | recall | F1 | support |")
    lines.append("|---|---|---|---|---|")
    for lab, m in metrics["per_class"].items():
        lines.append(
            f"| {lab} | {m['precision'][0]:.3f} | {m['recall'][0]:.3f} | {m['f1'][0]:.3f} | {m['support']} |"
        )
    lines.append("")
    for name, caption in figs:
        lines.append(f"## {caption}\n\n![{caption}](plots/{name})\n")
    (out / "report.md").write_text("\n".join(lines), encoding="utf-8")
    return out
