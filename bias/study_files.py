"""A :class:`bias.study.Report` written as files: tables, plots and one self-contained page.

:func:`write_report` makes, in a folder (created if missing; every file written atomically):

* ``summary.csv`` — one row per group, period and measure with its 95 % interval;
* ``differences.csv`` — the pairs of groups whose intervals do not overlap;
* ``speakers.csv`` — the quoted speakers of each group, most quoted first;
* ``plots/frames.png``, ``plots/source_mix.png`` and, with a period, ``plots/over_time.png``;
* ``report.html`` — the plots (embedded as ``data:`` images), the tables and the method, with the
  package's Devanagari font embedded and a policy that forbids any network request.
"""

from __future__ import annotations

import base64
import csv
import html
import io
from pathlib import Path
from typing import Any

from .errors import OutputError
from .html import CSP
from .study import MEASURES, Report

__all__ = ["write_report", "report_html"]

#: the measures drawn as grouped bars (frames per voice and the framing gap)
FRAME_PLOT = (
    "frame_quoted_praise",
    "frame_quoted_concern",
    "frame_narrated_praise",
    "frame_narrated_concern",
    "framing_gap_praise",
    "framing_gap_concern",
)
#: the measure drawn over time
TIME_PLOT = "frame_narrated_concern"


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _png(draw) -> bytes:
    """A figure drawn by ``draw(ax)`` as PNG bytes: a bare :class:`~matplotlib.figure.Figure`,
    so neither pyplot's figures nor the session's backend are touched."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4.5), layout="constrained")
    draw(fig.subplots())
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    return buf.getvalue()


def report_plots(rep: Report) -> dict[str, bytes]:
    """The report's plots as PNG bytes by file name."""
    from . import plots

    out = {
        "frames.png": _png(
            lambda ax: plots.plot_group_estimates(rep.summary, FRAME_PLOT, rep.by, ax=ax)
        ),
        "source_mix.png": _png(lambda ax: plots.plot_source_mix(rep.summary, rep.by, ax=ax)),
    }
    if rep.period is not None:
        out["over_time.png"] = _png(
            lambda ax: plots.plot_over_time(rep.summary, TIME_PLOT, rep.by, ax=ax)
        )
    return out


def _table(rows: list[dict[str, Any]], columns: list[str], limit: int | None = None) -> str:
    shown = rows if limit is None else rows[:limit]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_fmt(r.get(c)))}</td>" for c in columns) + "</tr>"
        for r in shown
    )
    more = (
        f"<p class=note>… {len(rows) - len(shown)} more rows in the CSV file.</p>"
        if len(shown) < len(rows)
        else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return "—" if v != v else f"{v:.3f}"
    return "" if v is None else str(v)


def report_html(rep: Report, images: dict[str, bytes]) -> str:
    """The self-contained page of a report (plots as ``data:`` images, the font embedded)."""
    from .font import FONT_FAMILY, font_face_css

    by = list(rep.by)
    overall = [r for r in rep.summary if r["period"] == "all"]
    labels = {m.name: m.label for m in MEASURES}
    groups = ", ".join(f"{' / '.join(k)} ({n})" for k, n in rep.groups.items())
    imgs = "".join(
        f'<figure><img alt="{html.escape(name)}" src="data:image/png;base64,'
        f'{base64.b64encode(data).decode("ascii")}"><figcaption>{html.escape(name)}'
        "</figcaption></figure>"
        for name, data in images.items()
    )
    rows = [r | {"measure": labels.get(r["metric"], "")} for r in overall]
    css = (
        font_face_css()
        + f'body{{font-family:"{FONT_FAMILY}",sans-serif;max-width:60rem;margin:auto;'
        "padding:1rem;line-height:1.5}table{border-collapse:collapse;font-size:.85rem;"
        "margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}"
        "img{max-width:100%}.note{color:#555;font-size:.9rem}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="hi"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>bias report</title><style>{css}</style></head><body>"
        f"<h1>Corpus report</h1><p>Groups by {html.escape(', '.join(by))}"
        f"{' and ' + rep.period if rep.period else ''}: {html.escape(groups)} articles.</p>"
        "<p class=note>Each estimate is the group's value over its articles with a 95 % "
        "bootstrap interval over articles (1,000 replicates of the online bootstrap, each "
        "article weighted Poisson(1)). Two groups are listed as "
        "different when their intervals do not overlap (a conservative test). The analysis has "
        "error rates of its own (see the README): compare groups, do not read single "
        "articles.</p>"
        f"{imgs}<h2>Differences between groups</h2>"
        + (
            _table(rep.differences, ["metric", "group_a", "estimate_a", "group_b", "estimate_b"])
            if rep.differences
            else "<p>No measure differs beyond the intervals.</p>"
        )
        + "<h2>Estimates (whole time span)</h2>"
        + _table(rows, [*by, "metric", "measure", "n_articles", "estimate", "ci_low", "ci_high"])
        + "<h2>Most quoted speakers</h2>"
        + _table(rep.speakers, [*by, "speaker", "source_type", "origin", "quotes", "articles"], 60)
        + "</body></html>\n"
    )


def write_report(rep: Report, out: str | Path) -> dict[str, Path]:
    """Write the report's files into the folder ``out`` (see the module doc): into a new
    folder next to it, renamed into place when complete (an old report stays whole until
    then).  Returns the paths written, by name."""
    from .models.persistence import folder_written_whole

    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file; give a folder for the report")
    by = list(rep.by)
    summary_cols = [*by, "period", "metric", "n_articles", "estimate", "ci_low", "ci_high"]
    diff_cols = ["metric", "group_a", "group_b"] + [
        f"{k}_{s}" for s in "ab" for k in ("estimate", "ci_low", "ci_high")
    ]
    speaker_cols = [*by, "speaker", "source_type", "origin", "quotes", "articles"]
    names = []
    try:
        with folder_written_whole(folder) as tmp:
            for name, rows, cols in (
                ("summary.csv", rep.summary, summary_cols),
                ("differences.csv", rep.differences, diff_cols),
                ("speakers.csv", rep.speakers, speaker_cols),
            ):
                (tmp / name).write_text(_csv(rows, cols), encoding="utf-8")
                names.append(name)
            images = report_plots(rep)
            (tmp / "plots").mkdir()
            for name, data in images.items():
                (tmp / "plots" / name).write_bytes(data)
                names.append(f"plots/{name}")
            (tmp / "report.html").write_text(report_html(rep, images), encoding="utf-8")
            names.append("report.html")
    except OSError as e:
        raise OutputError(f"{folder}: cannot write the report ({e.strerror or e})") from None
    return {name: folder / name for name in names}
