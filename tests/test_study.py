"""Corpus studies (bias.report, bias.study, bias report): groups, periods, intervals, files."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from bias.cli import main
from bias.errors import InputError
from bias.study import GroupSums, article_row, build_report, interval, period_of, report
from bias.study_files import write_report

# team-written sentences: narration with a stance of concern, and plain factual narration
CONCERN = [
    "विपक्ष ने सरकार की कड़ी आलोचना की।",
    "विशेषज्ञों ने इस फैसले पर गहरी चिंता जताई।",
    "संगठनों ने इस कदम की निंदा की।",
    "किसानों ने नीति का विरोध किया।",
]
NEUTRAL = [
    "बैठक सोमवार को दिल्ली में हुई।",
    "बाजार सुबह दस बजे खुला।",
    "ट्रेन दो घंटे देर से पहुंची।",
    "स्कूल अगले हफ्ते खुलेंगे।",
    "शहर में हल्की बारिश हुई।",
]


def _article(i: int, concern: int) -> str:
    """An article of five sentences, ``concern`` of them with a stance of concern."""
    parts = [CONCERN[(i + k) % len(CONCERN)] for k in range(concern)]
    parts += [NEUTRAL[(i + k) % len(NEUTRAL)] for k in range(5 - concern)]
    return " ".join(parts)


def _corpus(concern_a: list[int], concern_b: list[int]) -> list[dict]:
    recs = [{"text": _article(i, c), "paper": "क"} for i, c in enumerate(concern_a)]
    recs += [{"text": _article(i, c), "paper": "ख"} for i, c in enumerate(concern_b)]
    for k, r in enumerate(recs):
        r["date"] = f"2020-03-{1 + k % 28:02d}"
    return recs


def _flagged(rep, metric: str) -> bool:
    return any(d["metric"] == metric for d in rep.differences)


def test_a_real_difference_between_groups_is_flagged():
    rep = report(_corpus([3, 2, 3, 4, 2, 3] * 4, [0, 1, 0, 0, 1, 0] * 4), by=["paper"])
    a = rep.estimate(("क",), "frame_narrated_concern")
    b = rep.estimate(("ख",), "frame_narrated_concern")
    assert a["estimate"] > b["estimate"] and a["ci_low"] > b["ci_high"]
    assert _flagged(rep, "frame_narrated_concern")
    assert a["n_articles"] == b["n_articles"] == 24


def test_no_difference_is_not_flagged():
    same = [3, 0, 1, 2, 0, 4, 1, 2] * 3
    rep = report(_corpus(same, list(reversed(same))), by=["paper"])
    assert not _flagged(rep, "frame_narrated_concern")
    a = rep.estimate(("क",), "frame_narrated_concern")
    assert a["ci_low"] <= a["estimate"] <= a["ci_high"]


def test_periods_and_reproducible_intervals():
    recs = _corpus([1, 2, 3] * 4, [0, 1] * 6)
    rep1 = report(recs, by=["paper"], period="week", n_boot=300, seed=7)
    rep2 = report(recs, by=["paper"], period="week", n_boot=300, seed=7)
    assert rep1.summary == rep2.summary
    periods = {r["period"] for r in rep1.summary}
    assert "all" in periods and {"2020-W09", "2020-W10"} <= periods
    n_all = sum(
        r["n_articles"]
        for r in rep1.summary
        if r["period"] == "all" and r["metric"] == "voice_quoted"
    )
    n_weeks = sum(
        r["n_articles"]
        for r in rep1.summary
        if r["period"] != "all" and r["metric"] == "voice_quoted"
    )
    assert n_all == n_weeks == 24


def test_source_mix_is_pooled_over_the_quotations():
    recs = [
        {"text": "मंत्री ने कहा, “हम तैयार हैं।” एक ग्रामीण ने कहा, “हमें मदद चाहिए।”", "g": "x"},
        {"text": "मंत्री ने कहा, “काम जारी है।”", "g": "x"},
    ]
    rep = report(recs, by=["g"], n_boot=100)
    official = rep.estimate(("x",), "government_official_share")["estimate"]
    public = rep.estimate(("x",), "public_share")["estimate"]
    assert official + public == pytest.approx(1.0)
    assert official == pytest.approx(2 / 3, abs=1e-4)
    speakers = {r["speaker"]: r["quotes"] for r in rep.speakers}
    assert speakers["मंत्री"] == 2


def test_intervals_and_periods():
    g = GroupSums(("x",), n_boot=400, seed=1, n_measures=1)
    for v in (1.0, 2.0, 3.0):
        g.add(np.array([v]), np.array([1.0]))
    est, lo, hi = interval(g.num[0], g.den[0], g.boot_num[:, 0], g.boot_den[:, 0])
    assert est == 2.0 and lo < est < hi
    assert interval(0.0, 0.0, np.zeros(3), np.zeros(3)) == (None, None, None)
    assert period_of("2020-05-15", "month") == "2020-05"
    assert period_of("2020-01-01", "week") == "2020-W01"
    with pytest.raises(InputError, match="not a date"):
        period_of("15/05/2020", "day")
    with pytest.raises(InputError, match="period must be one of"):
        period_of("2020-05-15", "year")


def test_memory_does_not_grow_with_the_number_of_articles():
    """Articles are added to running sums as they come (the online bootstrap): ten times the
    articles, about the same peak memory."""
    import tracemalloc

    import bias

    base = article_row(bias.analyze("मंत्री ने कहा, “हम तैयार हैं।” विपक्ष ने आलोचना की।"))

    def rows(n):
        for i in range(n):
            yield {"paper": f"p{i % 3}", "source": str(i)}, base | {"voice_quoted": i % 7 / 7}

    peaks = []
    for n in (1_000, 10_000):
        tracemalloc.start()
        rep = build_report(rows(n), by=["paper"], n_boot=200)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert sum(rep.groups.values()) == n
    assert peaks[1] < 1.3 * peaks[0], peaks


def test_missing_group_value_is_a_clear_error():
    with pytest.raises(InputError, match=r"no value for the group column\(s\) \['paper'\]"):
        report([{"text": "बारिश हुई।"}], by=["paper"])


def test_write_report_files_and_replaces_a_report_whole(tmp_path):
    rep = report(_corpus([2, 3, 1] * 3, [0, 1, 0] * 3), by=["paper"], period="month")
    out = tmp_path / "r"
    out.mkdir()
    (out / "stale.txt").write_text("old", encoding="utf-8")
    paths = write_report(rep, out)
    assert not (out / "stale.txt").exists()
    for name in (
        "summary.csv",
        "differences.csv",
        "speakers.csv",
        "report.html",
        "plots/frames.png",
        "plots/source_mix.png",
        "plots/over_time.png",
    ):
        assert paths[name].exists() and paths[name].stat().st_size > 0, name
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert rows[0].keys() >= {"paper", "period", "metric", "estimate", "ci_low", "ci_high"}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page and page.count("data:image/png;base64,") == 3
    assert (out / "plots/frames.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_report(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    recs = _corpus([3, 2, 3, 4] * 3, [0, 1, 0, 0] * 3)
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    out = tmp_path / "report"
    args = ["report", str(corpus), "--by", "paper", "--by", "week", "--out", str(out)]
    assert main([*args, "--bootstrap", "200", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "24 articles in 2 groups" in err and (out / "report.html").exists()
    assert main(["report", str(corpus), "--by", "week", "--out", str(out)]) == 2
    assert "--by needs a column" in capsys.readouterr().err
    assert main(["report", str(corpus), "--by", "outlet", "--out", str(out)]) == 2
    assert "no value for the group column(s) ['outlet']" in capsys.readouterr().err
