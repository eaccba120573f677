"""Corpus studies: compare groups of articles (outlets, periods) with bootstrap intervals.

:func:`report` (also ``bias.report``) analyses a corpus of records (a text and metadata such as
``newspaper`` and ``date``), groups the articles by metadata columns and, optionally, by a period
of a date column (``month``, ``week``, ``day``), and estimates for every group:

* the voice shares (quoted, reported, narrated) and the frames of every voice (praise and
  concern shares), the framing gap (quoted minus narrated), the mean article's value;
* the source-type mix of the quoted speakers: the share of the group's direct quotations whose
  speaker is of each source type (``officials`` = government officials, state media and
  politicians; ``public``; every type on its own), pooled over the group's articles;
* the stances per article (praise and concern).

Each estimate has a **95 % bootstrap interval over articles** (articles drawn with replacement
within the group, :data:`N_BOOT` times; the seed makes it reproducible).  Two groups *differ*
on a measure when their intervals do not overlap: a conservative test (it misses some real
differences, it seldom flags a chance one), stated in :class:`Report.differences`.

The articles are analysed as :func:`bias.analyze_many` does (in parallel, streaming); only a
small row per article is kept, so memory grows with the number of articles by about a kilobyte
each, never by whole articles.

>>> rep = report(
...     [{"text": "मंत्री ने कहा, “हम खुश हैं।”", "paper": "क"},
...      {"text": "विपक्ष ने सरकार की कड़ी आलोचना की।", "paper": "ख"}],
...     by=["paper"], n_boot=200)
>>> sorted(rep.groups), rep.summary[0]["metric"]
([('क',), ('ख',)], 'voice_quoted')
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np

from .errors import InputError
from .result import SOURCE_TYPES, Article

__all__ = ["report", "Report", "Measure", "MEASURES", "PERIODS", "N_BOOT", "article_row"]

#: bootstrap draws per estimate
N_BOOT = 1000
#: the periods a date column can be grouped by
PERIODS = ("month", "week", "day")
#: source types counted together as ``officials`` in the source mix
OFFICIALS = ("government_official", "state_media", "politician")
_VOICES = ("quoted", "reported", "narrated")


@dataclass(frozen=True)
class Measure:
    """A measure of a group: ``sum(numerator) / sum(denominator)`` over its articles (a
    denominator of ``None`` is 1 per article: the mean article's value)."""

    name: str
    numerator: str
    denominator: str | None = None
    label: str = ""


def _measures() -> tuple[Measure, ...]:
    out = [Measure(f"voice_{v}", f"voice_{v}", label=f"{v} share of the text") for v in _VOICES]
    for v in _VOICES:
        for f in ("praise", "concern"):
            out.append(Measure(f"frame_{v}_{f}", f"frame_{v}_{f}", label=f"{f} share of {v}"))
    out += [
        Measure("framing_gap_praise", "framing_gap_praise", label="praise: quoted − narrated"),
        Measure("framing_gap_concern", "framing_gap_concern", label="concern: quoted − narrated"),
        Measure("quotes_per_article", "n_quotes", label="direct quotations per article"),
        Measure("officials_share", "quotes_officials", "n_typed", "officials' share of quotes"),
    ]
    out += [
        Measure(f"{t}_share", f"quotes_{t}", "n_typed", f"{t} share of quotes")
        for t in SOURCE_TYPES
    ]
    out += [
        Measure("stances_praise", "stances_praise", label="praise stances per article"),
        Measure("stances_concern", "stances_concern", label="concern stances per article"),
    ]
    return tuple(out)


#: every measure of a report, in order
MEASURES: tuple[Measure, ...] = _measures()


def article_row(art: Article) -> dict[str, Any]:
    """The numbers :func:`report` keeps of one article (a ``then=`` for the workers): voice
    and frame shares, direct quotations by source type, stance counts, and the quoted
    speakers ``(name, source type, origin, quotations)``.

    >>> row = article_row(__import__("bias").analyze("मंत्री ने कहा, “हम खुश हैं।”"))
    >>> row["n_quotes"], row["n_typed"], row["speakers"][0][1]
    (1, 1, 'government_official')
    """
    s = art.summary
    row: dict[str, Any] = {f"voice_{v}": s["voice_share"][v] for v in _VOICES}
    for v in _VOICES:
        for f in ("praise", "concern"):
            row[f"frame_{v}_{f}"] = s["frames"][v][f]
    row["framing_gap_praise"] = s["framing_gap"]["praise"]
    row["framing_gap_concern"] = s["framing_gap"]["concern"]
    by_type = s["quotes_by_source_type"]
    for t in SOURCE_TYPES:
        row[f"quotes_{t}"] = by_type.get(t, 0)
    row["quotes_officials"] = sum(by_type.get(t, 0) for t in OFFICIALS)
    row["n_typed"] = sum(by_type.get(t, 0) for t in SOURCE_TYPES)
    row["n_quotes"] = sum(1 for q in art.quotes if q.kind == "direct")
    row["stances_praise"] = sum(1 for st in art.stances if st.frame == "praise")
    row["stances_concern"] = sum(1 for st in art.stances if st.frame == "concern")
    row["speakers"] = [
        (w["speaker"], w["source_type"], w.get("origin"), w["quotes"]) for w in s["speakers"]
    ]
    return row


def period_of(value: Any, period: str) -> str:
    """The period (``month`` ``2020-03``, ISO ``week`` ``2020-W11``, ``day`` ``2020-03-09``) of
    a date (``YYYY-MM-DD``, optionally followed by a time, or a :class:`datetime.date`).

    >>> period_of("2020-03-09", "week"), period_of("2020-03-09T10:00", "month")
    ('2020-W11', '2020-03')
    """
    if isinstance(value, _dt.datetime):
        day = value.date()
    elif isinstance(value, _dt.date):
        day = value
    else:
        try:
            day = _dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise InputError(f"not a date (YYYY-MM-DD): {value!r}") from None
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "day":
        return day.isoformat()
    raise InputError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")


def bootstrap(
    num: np.ndarray, den: np.ndarray, *, n_boot: int = N_BOOT, seed: int = 0
) -> tuple[float, float, float]:
    """``sum(num) / sum(den)`` and its 95 % percentile interval, drawing the rows (articles)
    with replacement ``n_boot`` times (a draw with an empty denominator is left out).

    >>> est, lo, hi = bootstrap(np.array([0.0, 1.0] * 20), np.ones(40), n_boot=500)
    >>> est, lo < 0.5 < hi
    (0.5, True)
    """
    n = len(num)
    total = float(den.sum())
    if n == 0 or total == 0:
        return float("nan"), float("nan"), float("nan")
    est = float(num.sum()) / total
    rng = np.random.default_rng(seed)
    ratios = []
    for start in range(0, n_boot, 200):  # (draws in chunks: memory n × 200, not n × n_boot)
        w = rng.multinomial(n, np.full(n, 1.0 / n), size=min(200, n_boot - start))
        d = w @ den
        ok = d > 0
        ratios.append((w @ num)[ok] / d[ok])
    r = np.concatenate(ratios)
    if len(r) == 0:
        return est, float("nan"), float("nan")
    lo, hi = np.percentile(r, [2.5, 97.5])
    return round(est, 4), round(float(lo), 4), round(float(hi), 4)


@dataclass
class Report:
    """The estimates of a corpus study (see the module doc).

    ``summary``: one row per group, period and measure (``group`` columns, ``period``
    (``"all"`` for the whole time span), ``metric``, ``n_articles``, ``estimate``,
    ``ci_low``, ``ci_high``; ``None`` where there is nothing to estimate, e.g. a source mix
    without quotations); ``differences``: the pairs of groups (over the whole time span)
    whose intervals do not overlap; ``speakers``: the quoted speakers per group (name, source
    type, origin, quotations, articles), most quoted first."""

    by: tuple[str, ...]
    period: str | None
    groups: dict[tuple, int]
    summary: list[dict[str, Any]] = field(default_factory=list)
    differences: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)

    def estimate(self, group: Sequence[Any], metric: str, period: str = "all") -> dict:
        """The summary row of ``group`` (a tuple of its ``by`` values) for ``metric``."""
        for row in self.summary:
            if (
                row["metric"] == metric
                and row["period"] == period
                and tuple(row[c] for c in self.by) == tuple(group)
            ):
                return row
        raise KeyError((tuple(group), metric, period))


def _group_key(meta: dict[str, Any], by: Sequence[str], source: str) -> tuple:
    missing = [c for c in by if meta.get(c) in (None, "")]
    if missing:
        raise InputError(
            f"{source}: no value for the group column(s) {missing} "
            f"(the record has {sorted(k for k in meta if k != 'text')})"
        )
    return tuple(str(meta[c]) for c in by)


def _estimate_rows(
    key: tuple, period: str, rows: list[dict], by: Sequence[str], n_boot: int, seed: int
) -> list[dict]:
    out = []
    for m in MEASURES:
        num = np.array([r[m.numerator] for r in rows], dtype=float)
        den = (
            np.ones(len(rows))
            if m.denominator is None
            else np.array([r[m.denominator] for r in rows], dtype=float)
        )
        # (no denominator, e.g. no quotations: no estimate, None rather than NaN)
        est, lo, hi = (v if v == v else None for v in bootstrap(num, den, n_boot=n_boot, seed=seed))
        out.append(
            dict(zip(by, key))
            | {
                "period": period,
                "metric": m.name,
                "n_articles": len(rows),
                "estimate": est,
                "ci_low": lo,
                "ci_high": hi,
            }
        )
    return out


def differences(summary: list[dict], by: Sequence[str]) -> list[dict]:
    """The pairs of groups whose 95 % intervals on a measure do not overlap (over the whole
    time span, ``period == "all"``), measure by measure.

    >>> rows = [{"g": "a", "period": "all", "metric": "m", "estimate": 0.1, "ci_low": 0.0,
    ...          "ci_high": 0.2},
    ...         {"g": "b", "period": "all", "metric": "m", "estimate": 0.9, "ci_low": 0.8,
    ...          "ci_high": 1.0}]
    >>> [(d["group_a"], d["group_b"]) for d in differences(rows, ["g"])]
    [('a', 'b')]
    """
    overall = [r for r in summary if r["period"] == "all"]
    out = []
    for m in dict.fromkeys(r["metric"] for r in overall):
        rows = [r for r in overall if r["metric"] == m and r["ci_low"] is not None]
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a["ci_high"] < b["ci_low"] or b["ci_high"] < a["ci_low"]:
                    out.append(
                        {
                            "metric": m,
                            "group_a": " / ".join(str(a[c]) for c in by),
                            "group_b": " / ".join(str(b[c]) for c in by),
                        }
                        | {f"{k}_a": a[k] for k in ("estimate", "ci_low", "ci_high")}
                        | {f"{k}_b": b[k] for k in ("estimate", "ci_low", "ci_high")}
                    )
    return out


def _speaker_rows(per_group: dict[tuple, list[dict]], by: Sequence[str]) -> list[dict]:
    out = []
    for key, rows in per_group.items():
        table: dict[tuple, list[int]] = {}
        for r in rows:
            for name, stype, origin, n in r["speakers"]:
                counts = table.setdefault((name or "(unknown)", stype, origin), [0, 0])
                counts[0] += n
                counts[1] += 1
        for (name, stype, origin), (n, arts) in sorted(table.items(), key=lambda kv: -kv[1][0]):
            out.append(
                dict(zip(by, key))
                | {
                    "speaker": name,
                    "source_type": stype,
                    "origin": origin,
                    "quotes": n,
                    "articles": arts,
                }
            )
    return out


def build_report(
    rows: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    *,
    by: Sequence[str],
    period: str | None = None,
    date_col: str = "date",
    n_boot: int = N_BOOT,
    seed: int = 0,
) -> Report:
    """A :class:`Report` from ``(metadata, article_row)`` pairs (see :func:`report`)."""
    if period is not None and period not in PERIODS:
        raise InputError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")
    per_group: dict[tuple, list[dict]] = {}
    per_period: dict[tuple[tuple, str], list[dict]] = {}
    for meta, row in rows:
        source = str(meta.get("source", "record"))
        key = _group_key(meta, by, source)
        per_group.setdefault(key, []).append(row)
        if period is not None:
            if meta.get(date_col) in (None, ""):
                raise InputError(f"{source}: no value in the date column {date_col!r}")
            per_period.setdefault((key, period_of(meta[date_col], period)), []).append(row)
    if not per_group:
        raise InputError("no articles to report on")
    summary = []
    for key in sorted(per_group):
        summary += _estimate_rows(key, "all", per_group[key], by, n_boot, seed)
    for key, p in sorted(per_period):
        summary += _estimate_rows(key, p, per_period[(key, p)], by, n_boot, seed)
    return Report(
        by=tuple(by),
        period=period,
        groups={k: len(v) for k, v in sorted(per_group.items())},
        summary=summary,
        differences=differences(summary, by),
        speakers=_speaker_rows(per_group, by),
    )


def report(
    records: Any,
    *,
    by: Sequence[str],
    period: str | None = None,
    date_col: str = "date",
    text_col: str = "text",
    n_boot: int = N_BOOT,
    seed: int = 0,
    n_jobs: int | None = 1,
    **kwargs: Any,
) -> Report:
    """Analyse ``records`` and compare their groups (see the module doc).

    ``records``: dictionaries (or a :class:`pandas.DataFrame`) with the text in ``text_col``
    and the ``by`` columns (and ``date_col`` when ``period`` is given); ``n_jobs`` and other
    keyword arguments (``analyzer=``) as for :func:`bias.analyze_many`.
    """
    from .batch import analyze_many

    if isinstance(records, str) or not by:
        raise InputError("report needs records (dictionaries) and at least one `by` column")
    if hasattr(records, "to_dict") and hasattr(records, "columns"):
        records = records.to_dict("records")
    metas: list[dict[str, Any]] = []

    def texts() -> Iterable[str]:
        for i, rec in enumerate(records):
            if text_col not in rec:
                raise InputError(f"record {i}: no {text_col!r} column (it has {sorted(rec)})")
            metas.append({k: v for k, v in rec.items() if k != text_col} | {"source": i})
            yield rec[text_col]

    rows = analyze_many(texts(), n_jobs=n_jobs, then=article_row, **kwargs)
    pairs = ((metas[i], row) for i, row in enumerate(rows))
    return build_report(pairs, by=by, period=period, date_col=date_col, n_boot=n_boot, seed=seed)
