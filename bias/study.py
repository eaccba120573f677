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

Each estimate has a **95 % bootstrap interval over articles**: the online (Poisson) bootstrap,
:data:`N_BOOT` replicates in which every article of the group weighs Poisson(1) — the streaming
form of drawing the articles with replacement (:class:`GroupSums`); the seed makes it
reproducible.  Two groups *differ*
on a measure when their intervals do not overlap: a conservative test (it misses some real
differences, it seldom flags a chance one), stated in :class:`Report.differences`.

The articles are analysed as :func:`bias.analyze_many` does (in parallel, streaming) and each is
added to its group's running sums at once, so memory does not grow with the number of articles
(only with the number of groups and periods, and of distinct quoted speakers).

>>> rep = report(
...     [{"text": "मंत्री ने कहा, “हम खुश हैं।”", "paper": "क"},
...      {"text": "विपक्ष ने सरकार की कड़ी आलोचना की।", "paper": "ख"}],
...     by=["paper"], n_boot=200)
>>> sorted(rep.groups), rep.summary[0]["metric"]
([('क',), ('ख',)], 'voice_quoted')
"""

from __future__ import annotations

import datetime as _dt
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np

from .errors import InputError
from .result import SOURCE_TYPES, Article

__all__ = [
    "report",
    "Report",
    "Measure",
    "MEASURES",
    "PERIODS",
    "N_BOOT",
    "GroupSums",
    "article_row",
    "interval",
]

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


def interval(
    num: float, den: float, boot_num: np.ndarray, boot_den: np.ndarray
) -> tuple[float | None, float | None, float | None]:
    """``num / den`` and the 95 % percentile interval of the bootstrap replicates
    ``boot_num / boot_den`` (a replicate with an empty denominator is left out); ``None`` where
    there is nothing to estimate.

    >>> interval(1.0, 2.0, np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 0.0]))
    (0.5, 0.5125, 0.9875)
    """
    if den == 0:
        return None, None, None
    est = round(float(num) / float(den), 4)
    ok = boot_den > 0
    if not ok.any():
        return est, None, None
    lo, hi = np.percentile(boot_num[ok] / boot_den[ok], [2.5, 97.5])
    return est, round(float(lo), 4), round(float(hi), 4)


class GroupSums:
    """The running sums of one group's measures over its articles, and the same sums under
    ``n_boot`` bootstrap weights: the **online (Poisson) bootstrap** — every article weighs
    Poisson(1) in each replicate, the streaming equivalent of drawing the articles with
    replacement — so memory does not grow with the number of articles.  The draws come from a
    generator seeded by ``seed`` and the group, so a rerun gives the same intervals.

    >>> g = GroupSums(("क",), n_boot=500, seed=0)
    >>> for x in [0.0, 1.0] * 20:
    ...     g.add(np.array([x]), np.array([1.0]))
    >>> est, lo, hi = interval(g.num[0], g.den[0], g.boot_num[:, 0], g.boot_den[:, 0])
    >>> g.n, est, lo < 0.5 < hi
    (40, 0.5, True)
    """

    def __init__(self, key: tuple, *, n_boot: int, seed: int, n_measures: int = 1) -> None:
        self.key = key
        self.n = 0
        self.num = np.zeros(n_measures)
        self.den = np.zeros(n_measures)
        self.boot_num = np.zeros((n_boot, n_measures))
        self.boot_den = np.zeros((n_boot, n_measures))
        self._rng = np.random.default_rng([seed, zlib.crc32(repr(key).encode("utf-8"))])

    def add(self, num: np.ndarray, den: np.ndarray) -> None:
        """Add one article's numerators and denominators (one per measure)."""
        w = self._rng.poisson(1.0, len(self.boot_num))[:, None]
        self.n += 1
        self.num += num
        self.den += den
        self.boot_num += w * num
        self.boot_den += w * den


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


def _estimate_rows(sums: GroupSums, period: str, by: Sequence[str]) -> list[dict]:
    out = []
    for k, m in enumerate(MEASURES):
        est, lo, hi = interval(sums.num[k], sums.den[k], sums.boot_num[:, k], sums.boot_den[:, k])
        out.append(
            dict(zip(by, sums.key))
            | {
                "period": period,
                "metric": m.name,
                "n_articles": sums.n,
                "estimate": est,
                "ci_low": lo,
                "ci_high": hi,
            }
        )
    return out


def _vectors(row: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """The numerators and denominators of :data:`MEASURES` for one article row."""
    num = np.array([float(row[m.numerator]) for m in MEASURES])
    den = np.array([1.0 if m.denominator is None else float(row[m.denominator]) for m in MEASURES])
    return num, den


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


def _add_speakers(table: dict[tuple, list[int]], row: dict[str, Any]) -> None:
    """Count one article's quoted speakers into a group's table (quotations, articles)."""
    for name, stype, origin, n in row["speakers"]:
        counts = table.setdefault((name or "(unknown)", stype, origin), [0, 0])
        counts[0] += n
        counts[1] += 1


def _speaker_rows(tables: dict[tuple, dict[tuple, list[int]]], by: Sequence[str]) -> list[dict]:
    out = []
    for key in sorted(tables):
        ranked = sorted(tables[key].items(), key=lambda kv: -kv[1][0])
        for (name, stype, origin), (n, arts) in ranked:
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
    """A :class:`Report` from ``(metadata, article_row)`` pairs (see :func:`report`), consumed
    one by one: what is kept is a :class:`GroupSums` per group and period and the speakers'
    counts, never the articles."""
    if period is not None and period not in PERIODS:
        raise InputError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")
    sums: dict[tuple[tuple, str], GroupSums] = {}
    speakers: dict[tuple, dict[tuple, list[int]]] = {}

    def group(key: tuple, p: str) -> GroupSums:
        if (key, p) not in sums:
            sums[(key, p)] = GroupSums(key, n_boot=n_boot, seed=seed, n_measures=len(MEASURES))
        return sums[(key, p)]

    for meta, row in rows:
        source = str(meta.get("source", "record"))
        key = _group_key(meta, by, source)
        num, den = _vectors(row)
        group(key, "all").add(num, den)
        _add_speakers(speakers.setdefault(key, {}), row)
        if period is not None:
            if meta.get(date_col) in (None, ""):
                raise InputError(f"{source}: no value in the date column {date_col!r}")
            group(key, period_of(meta[date_col], period)).add(num, den)
    if not sums:
        raise InputError("no articles to report on")
    order = sorted(sums, key=lambda kp: (kp[1] != "all", kp[1], kp[0]))
    summary = [r for kp in order for r in _estimate_rows(sums[kp], kp[1], by)]
    return Report(
        by=tuple(by),
        period=period,
        groups={key: sums[(key, "all")].n for key in sorted(k for k, p in sums if p == "all")},
        summary=summary,
        differences=differences(summary, by),
        speakers=_speaker_rows(speakers, by),
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
    keep = [*by, date_col] if period is not None else list(by)
    pairs = (
        (meta | {"source": f"record {meta['id']}"}, row)
        for meta, row in analyze_many(
            records, text_col=text_col, keep=keep, n_jobs=n_jobs, then=article_row, **kwargs
        )
    )
    return build_report(pairs, by=by, period=period, date_col=date_col, n_boot=n_boot, seed=seed)
