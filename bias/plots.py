"""Report plots (matplotlib), in scikit-learn's ``*Display.plot`` style.

Every function takes ``ax=None`` (a new figure is made when it is ``None``)
and returns the :class:`~matplotlib.axes.Axes` it drew on.  Global
``rcParams`` are never changed: Devanagari text is drawn with the Noto Sans
Devanagari font shipped by the ``fontpkg-noto-sans-devanagari`` package
(matplotlib's default DejaVu has no Devanagari glyphs), passed explicitly as
``fontproperties``; matplotlib ≥ 3.10 shapes it (conjuncts, vowel signs).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .font import devanagari_font_path

__all__ = [
    "devanagari_font",
    "missing_glyphs",
    "plot_confusion_matrix",
    "plot_class_metrics",
    "plot_precision_recall",
    "plot_calibration",
    "plot_top_features",
    "plot_learning_curve",
    "plot_voice_frames",
    "plot_group_estimates",
    "plot_over_time",
    "plot_source_mix",
    "bootstrap_class_metrics",
    "bootstrap_confusions",
]


def devanagari_font(size: float | None = None):
    """A :class:`~matplotlib.font_manager.FontProperties` that renders Devanagari and Latin."""
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=devanagari_font_path(), size=size)


def missing_glyphs(text: str, font_path: str | None = None) -> list[str]:
    """Characters of ``text`` the font has no glyph for (they would show as boxes).

    >>> missing_glyphs("मंत्री ने कहा")
    []
    """
    from matplotlib.ft2font import FT2Font

    font = FT2Font(font_path or devanagari_font_path())
    return sorted({ch for ch in text if not ch.isspace() and font.get_char_index(ord(ch)) == 0})


def _ax(ax, figsize=(6, 4.5)):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def plot_confusion_matrix(
    y_true, y_pred, labels: Sequence[str], *, normalize: bool = True, ax=None
):
    """Confusion matrix, rows normalised to recall by default (with counts).

    >>> labels = ["praise", "concern"]
    >>> ax = plot_confusion_matrix(["praise", "concern"], ["praise", "praise"], labels)
    >>> ax.get_title()
    'Confusion matrix (row-normalised)'
    """
    from sklearn.metrics import confusion_matrix

    ax = _ax(ax)
    cm = confusion_matrix(y_true, y_pred, labels=list(labels))
    shown = cm / np.maximum(cm.sum(axis=1, keepdims=True), 1) if normalize else cm
    im = ax.imshow(shown, cmap="Blues", vmin=0, vmax=1 if normalize else None)
    fp = devanagari_font(9)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right", fontproperties=fp)
    ax.set_yticks(range(len(labels)), labels, fontproperties=fp)
    for i in range(len(labels)):
        for j in range(len(labels)):
            v = shown[i, j]
            ax.text(
                j,
                i,
                f"{v:.2f}\n({cm[i, j]})" if normalize else f"{v}",
                ha="center",
                va="center",
                fontsize=8,
                color="white" if (v > 0.5 if normalize else v > cm.max() / 2) else "black",
            )
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title("Confusion matrix" + (" (row-normalised)" if normalize else ""))
    ax.figure.colorbar(im, ax=ax, fraction=0.046)
    return ax


def bootstrap_confusions(
    y_true, y_pred, labels: Sequence[str], *, n_boot: int = 1000, seed: int = 0
) -> np.ndarray:
    """The confusion matrix (rows true, columns predicted, in ``labels`` order) of each of
    ``n_boot`` resamples of the examples (drawn with replacement), shape
    ``(n_boot, len(labels), len(labels))``: one count per resample instead of one scikit-learn
    call (about 200 times faster on 5,000 examples).

    >>> bootstrap_confusions(["a", "b"], ["a", "a"], ["a", "b"], n_boot=3).sum(axis=(1, 2))
    array([2, 2, 2])
    """
    code = {lab: i for i, lab in enumerate(labels)}
    k = len(labels)
    cells = np.array([code[t] * k + code[p] for t, p in zip(y_true, y_pred)], dtype=np.int64)
    rng = np.random.default_rng(seed)
    out = np.empty((n_boot, k, k), dtype=np.int64)
    for b in range(n_boot):
        idx = rng.integers(0, len(cells), len(cells))
        out[b] = np.bincount(cells[idx], minlength=k * k).reshape(k, k)
    return out


def scores_from_confusions(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-class precision, recall and F1 of confusion matrices (``(..., k, k)``), 0 where a
    denominator is 0 (scikit-learn's ``zero_division=0``).

    >>> p, r, f = scores_from_confusions(np.array([[2, 0], [1, 0]]))
    >>> p.round(3).tolist(), r.tolist(), f.round(3).tolist()
    ([0.667, 0.0], [1.0, 0.0], [0.8, 0.0])
    """
    tp = np.diagonal(cm, axis1=-2, axis2=-1).astype(float)
    predicted, true = cm.sum(axis=-2), cm.sum(axis=-1)

    def ratio(num, den):
        return np.divide(num, den, out=np.zeros_like(num), where=den > 0)

    return ratio(tp, predicted), ratio(tp, true), ratio(2 * tp, predicted + true)


def bootstrap_class_metrics(
    y_true, y_pred, labels: Sequence[str], *, n_boot: int = 1000, seed: int = 0
) -> dict:
    """Per-class precision, recall, F1 with bootstrap 95% intervals (percentile method).

    Each metric is ``[value, low, high]``.

    >>> m = bootstrap_class_metrics(["a", "b"], ["a", "b"], ["a", "b"], n_boot=10)
    >>> m["a"]["f1"][0], m["a"]["support"]
    (1.0, 1)
    """
    from sklearn.metrics import confusion_matrix

    cm = confusion_matrix(y_true, y_pred, labels=list(labels))
    p, r, f = scores_from_confusions(cm)
    boots = np.stack(
        scores_from_confusions(
            bootstrap_confusions(y_true, y_pred, labels, n_boot=n_boot, seed=seed)
        ),
        axis=1,
    )  # (n_boot, 3, k)
    lo, hi = np.percentile(boots, [2.5, 97.5], axis=0)
    out = {}
    for k, lab in enumerate(labels):
        out[lab] = {
            "precision": [float(p[k]), float(lo[0, k]), float(hi[0, k])],
            "recall": [float(r[k]), float(lo[1, k]), float(hi[1, k])],
            "f1": [float(f[k]), float(lo[2, k]), float(hi[2, k])],
            "support": int(cm[k].sum()),
        }
    return out


def plot_class_metrics(metrics: dict, *, ax=None):
    """Bars of precision / recall / F1 per class with their 95% intervals
    (``metrics`` from :func:`bootstrap_class_metrics`)."""
    ax = _ax(ax, (7, 4.5))
    labels = list(metrics)
    x = np.arange(len(labels))
    width = 0.26
    for k, (name, color) in enumerate(
        (("precision", "#4C72B0"), ("recall", "#DD8452"), ("f1", "#55A868"))
    ):
        vals = np.array([metrics[lab][name] for lab in labels])
        ax.bar(
            x + (k - 1) * width,
            vals[:, 0],
            width,
            label=name,
            color=color,
            yerr=[vals[:, 0] - vals[:, 1], vals[:, 2] - vals[:, 0]],
            capsize=3,
        )
    fp = devanagari_font(9)
    ticks = [f"{lab}\n(n={metrics[lab]['support']})" for lab in labels]
    ax.set_xticks(x, ticks, fontproperties=fp)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score (95% bootstrap interval)")
    ax.set_title("Per-class precision, recall, F1")
    ax.legend(loc="lower right", fontsize=8)
    return ax


def plot_precision_recall(y_true, proba, labels: Sequence[str], *, ax=None):
    """One-vs-rest precision-recall curve per class, with average precision."""
    from sklearn.metrics import average_precision_score, precision_recall_curve

    ax = _ax(ax)
    yt = np.asarray(y_true)
    for k, lab in enumerate(labels):
        pos = (yt == lab).astype(int)
        if pos.sum() == 0:
            continue
        pr, rc, _ = precision_recall_curve(pos, proba[:, k])
        ap = average_precision_score(pos, proba[:, k])
        ax.plot(rc, pr, label=f"{lab} (AP {ap:.2f})")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.05)
    ax.set_title("Precision-recall (one vs rest)")
    ax.legend(fontsize=8, prop=devanagari_font(8))
    return ax


def plot_calibration(y_true, proba, labels: Sequence[str], *, n_bins: int = 10, ax=None):
    """Reliability diagram: mean predicted probability against observed frequency, per class."""
    from sklearn.calibration import calibration_curve

    ax = _ax(ax)
    yt = np.asarray(y_true)
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfectly calibrated")
    for k, lab in enumerate(labels):
        pos = (yt == lab).astype(int)
        if pos.sum() == 0 or pos.sum() == len(pos):
            continue
        frac, mean = calibration_curve(pos, proba[:, k], n_bins=n_bins, strategy="quantile")
        ax.plot(mean, frac, marker="o", ms=3, label=lab)
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("observed frequency")
    ax.set_title("Calibration (out-of-fold)")
    ax.legend(fontsize=8, prop=devanagari_font(8))
    return ax


def plot_top_features(top: dict[str, list[tuple[str, float]]], *, ax=None):
    """Most informative features per class (``top`` maps class → [(feature, weight)])."""
    ax = _ax(ax, (9, 1.2 + 0.28 * sum(len(v) for v in top.values())))
    fp = devanagari_font(9)
    y = 0
    ticks, names = [], []
    palette = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860"]
    for k, (lab, feats) in enumerate(top.items()):
        for name, w in feats:
            ticks.append(y)
            names.append(f"{name}  [{lab}]")
            ax.barh(y, w, color=palette[k % len(palette)])
            y -= 1
        y -= 0.6
    ax.set_yticks(ticks, names, fontproperties=fp)
    ax.set_xlabel("weight in the linear model")
    ax.set_title("Most informative features per class")
    return ax


def plot_learning_curve(sizes, train_scores, test_scores, *, metric: str = "macro F1", ax=None):
    """Learning curve: mean ± standard deviation of train and validation scores."""
    ax = _ax(ax)
    for scores, label, color in (
        (train_scores, "training", "#4C72B0"),
        (test_scores, "cross-validation", "#DD8452"),
    ):
        m, s = np.mean(scores, axis=1), np.std(scores, axis=1)
        ax.plot(sizes, m, marker="o", label=label, color=color)
        ax.fill_between(sizes, m - s, m + s, alpha=0.2, color=color)
    ax.set_xlabel("training examples")
    ax.set_ylabel(metric)
    ax.set_ylim(0, 1.05)
    ax.set_title("Learning curve")
    ax.legend(fontsize=8)
    return ax


def plot_voice_frames(summaries: Sequence[dict], *, ax=None):
    """Stacked bars of praise / concern / neutral shares per voice, averaged over articles
    (``summaries`` are ``Article.summary`` dicts).

    >>> import bias
    >>> ax = plot_voice_frames([bias.analyze("किम ने कहा, “हम साथ हैं।”").summary])
    >>> ax.get_title()
    'Frames per voice (1 articles)'
    """
    ax = _ax(ax, (6, 4))
    voices = ("quoted", "reported", "narrated")
    frames = (("praise", "#55A868"), ("concern", "#C44E52"), ("neutral", "#BBBBBB"))
    bottom = np.zeros(len(voices))
    for f, color in frames:
        vals = np.array(
            [
                np.mean([s["frames"][v][f] for s in summaries if s["voice_share"][v] > 0] or [0.0])
                for v in voices
            ]
        )
        ax.bar(voices, vals, bottom=bottom, color=color, label=f)
        bottom += vals
    ax.set_ylabel("share of the voice's characters")
    ax.set_title(f"Frames per voice ({len(summaries)} articles)")
    ax.legend(fontsize=8)
    return ax


# ------------------------------------------------------------------ corpus studies (bias.report)


def _rows(summary: Sequence[dict], metric: str, period: str | None = "all") -> list[dict]:
    return [
        r for r in summary if r["metric"] == metric and (period is None or r["period"] == period)
    ]


def _num(v) -> float:
    """A summary value as a float (``None``, nothing to estimate: NaN)."""
    return np.nan if v is None else float(v)


def _group_name(row: dict, by: Sequence[str]) -> str:
    return " / ".join(str(row[c]) for c in by)


def plot_group_estimates(
    summary: Sequence[dict], metrics: Sequence[str], by: Sequence[str], *, ax=None
):
    """Grouped bars: each metric's estimate per group (``summary`` of :class:`bias.study.Report`,
    the whole time span), with its 95 % bootstrap interval as a whisker.

    >>> rows = [{"g": "क", "period": "all", "metric": "m", "estimate": 0.5, "ci_low": 0.4,
    ...          "ci_high": 0.6}]
    >>> plot_group_estimates(rows, ["m"], ["g"]).get_ylabel()
    'estimate (95 % interval)'
    """
    ax = _ax(ax, (8, 4.5))
    groups = list(dict.fromkeys(_group_name(r, by) for r in _rows(summary, metrics[0])))
    width = 0.8 / max(1, len(groups))
    x = np.arange(len(metrics))
    for k, g in enumerate(groups):
        est, lo, hi = [], [], []
        for m in metrics:
            row = next((r for r in _rows(summary, m) if _group_name(r, by) == g), None)
            e = _num(row["estimate"]) if row else np.nan
            est.append(e)
            lo.append(e - _num(row["ci_low"]) if row else 0.0)
            hi.append(_num(row["ci_high"]) - e if row else 0.0)
        ax.bar(
            x + (k - (len(groups) - 1) / 2) * width,
            est,
            width,
            yerr=[np.nan_to_num(lo), np.nan_to_num(hi)],
            capsize=3,
            label=g,
            color=_PALETTE[k % len(_PALETTE)],
        )
    fp = devanagari_font(9)
    ax.set_xticks(x, list(metrics), rotation=20, ha="right", fontproperties=fp)
    ax.set_ylabel("estimate (95 % interval)")
    ax.legend(prop=devanagari_font(8), fontsize=8)
    ax.axhline(0, color="#777", linewidth=0.5)
    return ax


def plot_over_time(summary: Sequence[dict], metric: str, by: Sequence[str], *, ax=None):
    """One line per group of ``metric`` over the periods of a :class:`bias.study.Report`, with its
    95 % interval as a band.

    >>> rows = [{"g": "क", "period": p, "metric": "m", "estimate": 0.5, "ci_low": 0.4,
    ...          "ci_high": 0.6} for p in ("2020-W10", "2020-W11")]
    >>> plot_over_time(rows, "m", ["g"]).get_title()
    'm'
    """
    ax = _ax(ax, (8, 4.5))
    rows = [r for r in _rows(summary, metric, None) if r["period"] != "all"]
    periods = sorted({r["period"] for r in rows})
    groups = list(dict.fromkeys(_group_name(r, by) for r in rows))
    x = np.arange(len(periods))
    for k, g in enumerate(groups):
        at = {r["period"]: r for r in rows if _group_name(r, by) == g}
        est, lo, hi = (
            np.array([_num(at[p][k]) if p in at else np.nan for p in periods])
            for k in ("estimate", "ci_low", "ci_high")
        )
        color = _PALETTE[k % len(_PALETTE)]
        ax.plot(x, est, marker="o", markersize=3, label=g, color=color)
        ax.fill_between(x, lo, hi, alpha=0.15, color=color, linewidth=0)
    ax.set_xticks(x, periods, rotation=45, ha="right", fontsize=8)
    ax.set_title(metric)
    ax.set_ylabel("estimate (95 % interval)")
    ax.legend(prop=devanagari_font(8), fontsize=8)
    return ax


def plot_source_mix(summary: Sequence[dict], by: Sequence[str], *, ax=None):
    """Stacked bars: the share of each source type among a group's quoted speakers (the
    ``<type>_share`` rows of a :class:`bias.study.Report`, the whole time span)."""
    from .result import SOURCE_TYPES

    ax = _ax(ax, (8, 4.5))
    groups = list(dict.fromkeys(_group_name(r, by) for r in _rows(summary, "public_share")))
    bottom = np.zeros(len(groups))
    colors = _colors(len(SOURCE_TYPES))
    for k, t in enumerate(SOURCE_TYPES):
        at = {_group_name(r, by): _num(r["estimate"]) for r in _rows(summary, f"{t}_share")}
        vals = np.nan_to_num(np.array([at.get(g, np.nan) for g in groups], float))
        ax.bar(range(len(groups)), vals, bottom=bottom, label=t, color=colors[k])
        bottom += vals
    ax.set_xticks(range(len(groups)), groups, fontproperties=devanagari_font(9))
    ax.set_ylabel("share of direct quotations")
    ax.set_ylim(0, 1)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


#: Okabe–Ito colours (colour-vision safe), then greys
_PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#F0E442",
    "#000000",
    "#999999",
)


def _colors(n: int) -> list:
    """``n`` distinct colours from matplotlib's ``tab10`` (then ``tab20``)."""
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i) for i in range(n)]
