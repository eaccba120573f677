"""The report of a model: ``metrics.json``, plots (PNG) and ``report.md`` linking them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, NamedTuple

import numpy as np

__all__ = ["write_report"]

#: resolution of the report's PNG plots
DPI = 110
#: size in inches of a plot (the top-features plot grows with its rows)
FIGSIZE = (7, 5)


class _Figure(NamedTuple):
    """One plot of the report: ``draw(*args, ax=ax)`` saved as ``plots/<name>``."""

    name: str
    caption: str
    draw: Callable[..., Any]
    args: tuple
    size: tuple[float, float] = FIGSIZE


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


def _figures(
    metrics: dict,
    y_true,
    y_pred,
    proba,
    labels: list[str],
    top: dict[str, list[tuple[str, float]]],
    learning_curve: dict | None,
) -> list[_Figure]:
    """The report's plots, in the order the report shows them (those with data to show)."""
    from .. import plots

    figs = [
        _Figure(
            "confusion_matrix.png",
            "Row-normalised confusion matrix (out-of-fold)",
            plots.plot_confusion_matrix,
            (y_true, y_pred, labels),
        ),
        _Figure(
            "class_metrics.png",
            "Per-class precision / recall / F1 with bootstrap 95% intervals",
            plots.plot_class_metrics,
            (metrics["per_class"],),
        ),
    ]
    if proba is not None:
        figs.append(
            _Figure(
                "precision_recall.png",
                "Precision-recall curves",
                plots.plot_precision_recall,
                (y_true, proba, labels),
            )
        )
        figs.append(
            _Figure(
                "calibration.png",
                "Calibration curve",
                plots.plot_calibration,
                (y_true, proba, labels),
            )
        )
    if top:
        rows = sum(len(v) for v in top.values())
        figs.append(
            _Figure(
                "top_features.png",
                "Most informative features per class",
                plots.plot_top_features,
                (top,),
                (8, 1.5 + 0.3 * rows),
            )
        )
    if learning_curve:
        figs.append(
            _Figure(
                "learning_curve.png",
                "Learning curve (macro-F1)",
                plots.plot_learning_curve,
                (learning_curve["sizes"], learning_curve["train"], learning_curve["test"]),
            )
        )
    return figs


def _save(fig: _Figure, folder: Path) -> None:
    """Draw ``fig`` on a new matplotlib figure and write it to ``folder``."""
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots(figsize=fig.size, layout="constrained")
    fig.draw(*fig.args, ax=ax)
    figure.savefig(folder / fig.name, dpi=DPI)
    plt.close(figure)


def _markdown(title: str, metrics: dict, figs: list[_Figure]) -> str:
    """``report.md``: the headline metrics with intervals, the per-class table, the plots."""
    acc_lo, acc_hi = metrics["accuracy_ci95"]
    f1_lo, f1_hi = metrics["macro_f1_ci95"]
    lines = [f"# {title}", ""]
    lines.append(f"Evaluated on {metrics['n']} examples ({metrics.get('cv', 'held-out data')}).")
    lines.append("")
    lines.append(f"* accuracy **{metrics['accuracy']:.3f}** (95% CI {acc_lo:.3f}–{acc_hi:.3f})")
    lines.append(f"* macro-F1 **{metrics['macro_f1']:.3f}** (95% CI {f1_lo:.3f}–{f1_hi:.3f})")
    lines.append("")
    lines.append("| class | precision | recall | F1 | support |")
    lines.append("|---|---|---|---|---|")
    for lab, m in metrics["per_class"].items():
        lines.append(
            f"| {lab} | {m['precision'][0]:.3f} | {m['recall'][0]:.3f} | {m['f1'][0]:.3f} "
            f"| {m['support']} |"
        )
    lines.append("")
    for fig in figs:
        lines.append(f"## {fig.caption}\n\n![{fig.caption}](plots/{fig.name})\n")
    return "\n".join(lines)


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
    """``metrics.json``, the report plots (PNG) and ``report.md`` linking them.

    ``metrics`` is what :func:`bias.models.train` measured (``TrainResult.metrics``); with
    ``pipeline`` the report adds the most informative features per class.

    >>> res = train(texts, labels)                               # doctest: +SKIP
    >>> write_report("reports/frame", res.metrics, res.y_true, res.y_pred, res.proba,
    ...              res.labels, pipeline=res.pipeline)          # doctest: +SKIP
    PosixPath('reports/frame')
    """
    import matplotlib

    matplotlib.use("Agg", force=False)

    out = Path(out_dir)
    (out / "plots").mkdir(parents=True, exist_ok=True)
    top = _top_features(pipeline, labels) if pipeline is not None else {}
    figs = _figures(metrics, y_true, y_pred, proba, labels, top, learning_curve)
    for fig in figs:
        _save(fig, out / "plots")
    if top:
        metrics = {
            **metrics,
            "top_features": {k: [[n, round(w, 4)] for n, w in v] for k, v in top.items()},
        }
    if learning_curve:
        metrics = {**metrics, "learning_curve": learning_curve}
    (out / "metrics.json").write_text(
        json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    (out / "report.md").write_text(_markdown(title, metrics, figs), encoding="utf-8")
    return out
