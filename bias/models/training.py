"""Pipelines, cross-validated training and held-out evaluation.

* :func:`make_pipeline` — normalise → (word TF-IDF ⊕ char TF-IDF ⊕ analysis features) → a
  linear model (logistic regression, or a linear SVM with probability calibration), classes
  weighted for imbalance.
* :func:`train` — stratified *k*-fold cross-validation (or grouped, so that no article / outlet
  lands in both train and test, after Baly et al. 2020); the reported metrics are out-of-fold;
  then the final model is fitted on all data.
* :func:`evaluate_model` — the same metrics for a trained model on held-out texts.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from ..errors import InputError

if TYPE_CHECKING:
    from .persistence import BiasModel

__all__ = ["MODELS", "make_pipeline", "data_fingerprint", "TrainResult", "train", "evaluate_model"]

#: the linear models :func:`make_pipeline` can build
MODELS = ("logreg", "svm")

#: bootstrap resamples behind every 95% interval of the metrics
N_BOOT = 1000

#: training sizes of the learning curve: this many, evenly spaced from 20% to 100% of the data
LEARNING_CURVE_POINTS = 5


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
    """The default text-classification pipeline (raw strings in, labels out).

    >>> make_pipeline(analysis=False).steps[-1][0]
    'clf'
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    from ..features import AnalysisFeatures, HindiNormalizer, char_tfidf, word_tfidf

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
        # newton-cg: the same L2 multinomial objective as lbfgs, solved about 8x faster on
        # sparse n-gram features (5,000 IITP reviews: 1.2 s against 9.6 s per fit, the same
        # accuracy and macro-F1 to 0.002; docs/performance.md)
        clf = LogisticRegression(
            C=C,
            class_weight=class_weight,
            solver="newton-cg",
            max_iter=3000,
            random_state=random_state,
        )
    else:
        clf = CalibratedClassifierCV(
            LinearSVC(C=C / 8, class_weight=class_weight, random_state=random_state), cv=3
        )
    return Pipeline(
        [("normalize", HindiNormalizer()), ("features", FeatureUnion(parts)), ("clf", clf)]
    )


def data_fingerprint(texts: Sequence[str], labels: Sequence[str]) -> str:
    """sha256 over the training texts and labels, in order.

    >>> len(data_fingerprint(["क"], ["praise"]))
    64
    """
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


def _bootstrap_ci(
    y_true, y_pred, labels, *, n_boot: int, seed: int
) -> tuple[list[float], list[float]]:
    """95% bootstrap intervals of accuracy and macro-F1 (resampling the examples)."""
    from ..plots import bootstrap_confusions, scores_from_confusions

    cms = bootstrap_confusions(y_true, y_pred, labels, n_boot=n_boot, seed=seed)
    acc = np.trace(cms, axis1=1, axis2=2) / len(y_true)
    mf = scores_from_confusions(cms)[2].mean(axis=1)
    return (
        [round(float(x), 4) for x in np.percentile(acc, [2.5, 97.5])],
        [round(float(x), 4) for x in np.percentile(mf, [2.5, 97.5])],
    )


def _metrics(
    y_true, y_pred, proba, labels, *, n_boot: int = N_BOOT, seed: int = 0
) -> dict[str, Any]:
    """Accuracy, macro/weighted F1, per-class metrics and log loss, with bootstrap intervals.

    >>> m = _metrics(["a", "b"], ["a", "b"], None, ["a", "b"], n_boot=10)
    >>> m["accuracy"], m["accuracy_ci95"]
    (1.0, [1.0, 1.0])
    """
    from sklearn.metrics import accuracy_score, f1_score, log_loss

    from ..plots import bootstrap_class_metrics

    def f1(average: str) -> float:
        score = f1_score(y_true, y_pred, labels=labels, average=average, zero_division=0)
        return round(float(score), 4)

    m: dict[str, Any] = {
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": f1("macro"),
        "weighted_f1": f1("weighted"),
        "per_class": bootstrap_class_metrics(y_true, y_pred, labels, n_boot=n_boot, seed=seed),
    }
    if proba is not None:
        m["log_loss"] = round(float(log_loss(y_true, proba, labels=labels)), 4)
    m["accuracy_ci95"], m["macro_f1_ci95"] = _bootstrap_ci(
        y_true, y_pred, labels, n_boot=n_boot, seed=seed
    )
    return m


def _check_training_data(texts: list[str], y: list[str], cv: int) -> tuple[list[str], int]:
    """The sorted classes and the number of folds, or an :class:`InputError` saying why not."""
    if len(texts) != len(y):
        raise InputError(f"{len(texts)} texts but {len(y)} labels")
    classes = sorted(set(y))
    if len(classes) < 2:
        raise InputError(f"training needs at least 2 classes, the labels have {classes}")
    counts = {c: y.count(c) for c in classes}
    k = min(cv, min(counts.values()))
    if k < 2:
        raise InputError(
            f"class {min(counts, key=counts.get)!r} has {min(counts.values())} example(s); "
            "cross-validation needs at least 2 per class"
        )
    return classes, k


def _splitter(n_splits: int, *, grouped: bool, random_state: int):
    """Stratified folds, kept whole per group when there are groups."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    kind = StratifiedGroupKFold if grouped else StratifiedKFold
    return kind(n_splits=n_splits, shuffle=True, random_state=random_state)


def _learning_curve(pipe, texts, y, groups, *, k: int, random_state: int, n_jobs) -> dict:
    """Train and validation macro-F1 at :data:`LEARNING_CURVE_POINTS` sizes (at most 3 folds)."""
    from sklearn.base import clone
    from sklearn.model_selection import learning_curve

    sizes, tr, te = learning_curve(
        clone(pipe),
        texts,
        y,
        groups=groups,
        cv=_splitter(min(3, k), grouped=groups is not None, random_state=random_state),
        train_sizes=np.linspace(0.2, 1.0, LEARNING_CURVE_POINTS),
        scoring="f1_macro",
        shuffle=True,
        random_state=random_state,
        n_jobs=n_jobs,
    )
    return {"sizes": sizes.tolist(), "train": tr.tolist(), "test": te.tolist()}


def _ignore(msg: str) -> None:
    """The default ``progress`` callback: say nothing."""


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

    >>> res = train(texts, labels, task="frame", cv=3)          # doctest: +SKIP
    >>> res.metrics["macro_f1"]                                  # doctest: +SKIP
    0.61
    """
    from sklearn.base import clone
    from sklearn.model_selection import cross_val_predict

    texts = list(texts)
    y = [str(v) for v in labels]
    classes, k = _check_training_data(texts, y, cv)
    say = progress or _ignore
    pipe = make_pipeline(model=model, random_state=random_state, **pipeline_params)
    if groups is not None:
        groups = list(groups)
        scheme = f"StratifiedGroupKFold(n_splits={k}) over {len(set(groups))} groups"
    else:
        scheme = f"StratifiedKFold(n_splits={k})"
    splitter = _splitter(k, grouped=groups is not None, random_state=random_state)
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
        lc = _learning_curve(pipe, texts, y, groups, k=k, random_state=random_state, n_jobs=n_jobs)
    say("fitting the final model on all data")
    t1 = time.perf_counter()
    pipe.fit(texts, y)
    metrics["fit_seconds"] = round(time.perf_counter() - t1, 2)
    params = {"model": model, "random_state": random_state, "cv": cv, **pipeline_params}
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


def evaluate_model(model: BiasModel, texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Metrics of a trained model on held-out texts (labels outside the model's are errors).

    >>> evaluate_model(load_model("models/frame"), texts, labels)["metrics"]["n"]  # doctest: +SKIP
    120
    """
    y = [str(v) for v in labels]
    unknown = sorted(set(y) - set(model.labels))
    if unknown:
        raise InputError(f"labels {unknown} are not among the model's labels {model.labels}")
    proba = model.predict_proba(texts)
    y_pred = [model.labels[i] for i in proba.argmax(axis=1)]
    m = _metrics(y, y_pred, proba, model.labels)
    return {"metrics": m, "y_true": y, "y_pred": y_pred, "proba": proba}
