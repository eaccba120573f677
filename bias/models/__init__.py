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

Modules: :mod:`~bias.models.training` (pipelines, training, metrics),
:mod:`~bias.models.persistence` (model folders, the checks before unpickling),
:mod:`~bias.models.report` (the report).

>>> from bias.models import train, save_model
>>> res = train(texts, labels, task="frame", groups=article_ids)  # doctest: +SKIP
>>> save_model(res, "models/frame")                               # doctest: +SKIP
PosixPath('models/frame')
"""

from __future__ import annotations

from .persistence import MODEL_SCHEMA, BiasModel, load_model, read_manifest, save_model
from .report import write_report
from .training import (
    MODELS,
    TrainResult,
    data_fingerprint,
    evaluate_model,
    make_pipeline,
    train,
)

# the metrics of train() for a fixed test split (scripts/evaluate_public.py); not public API
from .training import _metrics as _metrics

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
    "read_manifest",
    "write_report",
    "data_fingerprint",
]
