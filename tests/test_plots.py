from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from bias import plots  # noqa: E402

LABELS = ["प्रशंसा", "चिंता", "तटस्थ"]
Y = ["प्रशंसा", "चिंता", "तटस्थ", "प्रशंसा", "चिंता", "तटस्थ", "प्रशंसा", "चिंता"]
P = ["प्रशंसा", "चिंता", "चिंता", "प्रशंसा", "तटस्थ", "तटस्थ", "प्रशंसा", "चिंता"]
PROBA = np.array(
    [
        [0.7, 0.2, 0.1],
        [0.1, 0.8, 0.1],
        [0.2, 0.5, 0.3],
        [0.6, 0.2, 0.2],
        [0.2, 0.3, 0.5],
        [0.1, 0.2, 0.7],
        [0.8, 0.1, 0.1],
        [0.3, 0.6, 0.1],
    ]
)


def test_devanagari_font_has_every_glyph():
    text = "अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहक्षत्रज्ञ ािीुूृेैोौंँः़् ०१२३४५६७८९ ।॥ क़ख़ग़ज़ड़ढ़फ़"
    assert plots.missing_glyphs(text) == []
    # and the test means something: matplotlib's default font has none of them
    from matplotlib import font_manager

    default = font_manager.findfont(font_manager.FontProperties())
    assert plots.missing_glyphs("क्षत्र", default)


DRAWERS = [
    lambda ax: plots.plot_confusion_matrix(Y, P, LABELS, ax=ax),
    lambda ax: plots.plot_class_metrics(
        plots.bootstrap_class_metrics(Y, P, LABELS, n_boot=50), ax=ax
    ),
    lambda ax: plots.plot_precision_recall(Y, PROBA, LABELS, ax=ax),
    lambda ax: plots.plot_calibration(Y, PROBA, LABELS, n_bins=2, ax=ax),
    lambda ax: plots.plot_top_features(
        {"प्रशंसा": [("शानदार जीत", 1.2)], "चिंता": [("कड़ी निंदा", 1.1)]}, ax=ax
    ),
    lambda ax: plots.plot_learning_curve(
        [10, 20], [[0.9, 0.8], [0.95, 0.9]], [[0.5, 0.6], [0.6, 0.7]], ax=ax
    ),
    lambda ax: plots.plot_voice_frames(
        [
            {
                "voice_share": {"quoted": 0.3, "reported": 0.2, "narrated": 0.5},
                "frames": {
                    v: {"praise": 0.2, "concern": 0.3, "neutral": 0.5}
                    for v in ("quoted", "reported", "narrated")
                },
            }
        ],
        ax=ax,
    ),
]


@pytest.mark.parametrize("draw", DRAWERS)
def test_plots_take_ax_none_or_an_ax_and_return_it(draw):
    fig, ax = plt.subplots()
    assert draw(ax) is ax
    plt.close(fig)
    ax2 = draw(None)
    assert ax2 is not None and ax2.figure is not fig
    plt.close(ax2.figure)


def test_plots_do_not_touch_global_rcparams():
    before = dict(matplotlib.rcParams)
    ax = plots.plot_confusion_matrix(Y, P, LABELS)
    plt.close(ax.figure)
    assert dict(matplotlib.rcParams) == before


def test_devanagari_tick_labels_use_the_devanagari_font():
    ax = plots.plot_confusion_matrix(Y, P, LABELS)
    for lab in ax.get_xticklabels():
        assert lab.get_fontproperties().get_file() == plots.devanagari_font_path()
    plt.close(ax.figure)


def test_bootstrap_interval_brackets_the_estimate():
    m = plots.bootstrap_class_metrics(Y, P, LABELS, n_boot=200)
    for lab in LABELS:
        est, lo, hi = m[lab]["f1"]
        assert lo <= est <= hi


def test_bootstrapped_class_metrics_equal_scikit_learns_per_resample():
    """The counted confusions give what precision_recall_fscore_support gives on each resample
    (the same draws), rare and absent classes included."""
    import numpy as np
    from sklearn.metrics import precision_recall_fscore_support

    from bias.plots import bootstrap_class_metrics

    rng = np.random.default_rng(1)
    labels = ["a", "b", "c", "d"]
    yt = list(rng.choice(labels, 120, p=[0.6, 0.3, 0.08, 0.02]))
    yp = list(rng.choice(labels, 120, p=[0.5, 0.3, 0.15, 0.05]))
    draws = np.random.default_rng(3)
    boots = []
    for _ in range(100):
        idx = draws.integers(0, 120, 120)
        p, r, f, _ = precision_recall_fscore_support(
            np.asarray(yt)[idx], np.asarray(yp)[idx], labels=labels, zero_division=0
        )
        boots.append((p, r, f))
    lo, hi = np.percentile(np.array(boots), [2.5, 97.5], axis=0)
    got = bootstrap_class_metrics(yt, yp, labels, n_boot=100, seed=3)
    for k, lab in enumerate(labels):
        for m, name in enumerate(("precision", "recall", "f1")):
            assert got[lab][name][1:] == pytest.approx([lo[m, k], hi[m, k]])
