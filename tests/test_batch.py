from __future__ import annotations

import pytest

import bias
from bias.batch import analyze_many


def test_analyze_many_keeps_order_and_equals_sequential(sample_texts):
    texts = list(sample_texts.values()) * 3
    seq = [bias.analyze(t).to_dict() for t in texts]
    for n_jobs in (1, 2):
        got = [a.to_dict() for a in analyze_many(iter(texts), n_jobs=n_jobs, batch_size=2)]
        assert got == seq


def test_analyze_many_is_lazy():
    def gen():
        yield "पहली खबर।"
        raise AssertionError("read too far")

    it = analyze_many(gen())
    assert next(it).sentences


def test_analyze_many_rejects_a_single_string():
    with pytest.raises(TypeError, match="not a single str"):
        list(analyze_many("एक वाक्य"))


def test_score_frame_keeps_a_series_index(sample_texts):
    pd = pytest.importorskip("pandas")
    s = pd.Series(list(sample_texts.values()), index=list(sample_texts))
    df = bias.score_frame(s)
    assert list(df.index) == list(sample_texts) and list(df.columns) == list(bias.SCORE_COLUMNS)
    assert (
        df.loc["01_summit.txt", "n_quotes"] == bias.score(sample_texts["01_summit.txt"])["n_quotes"]
    )


def test_then_runs_on_each_article_in_the_workers(sample_texts):
    texts = list(sample_texts.values())
    expected = [bias.score(t) for t in texts]
    for n_jobs in (1, 2):
        assert (
            list(analyze_many(texts, n_jobs=n_jobs, batch_size=2, then=bias.score_from_article))
            == expected
        )
    assert list(analyze_many(texts[:2], n_jobs=2, then=bias.Article.to_dict)) == [
        bias.analyze(t).to_dict() for t in texts[:2]
    ]


def test_then_must_be_a_function():
    with pytest.raises(bias.InputError, match="`then`"):
        list(analyze_many(["एक वाक्य।"], then="to_dict"))


def test_jsonl_lines_made_in_workers_equal_the_dict_dump(sample_texts):
    """The CLI serialises articles in the workers and adds the source in the main process."""
    import json

    from bias.cli import _article_json, _with_source

    for name, text in sample_texts.items():
        d = bias.analyze(text).to_dict()
        d["source"] = name
        line, warnings = _article_json(bias.analyze(text))
        assert _with_source(line, name) == json.dumps(d, ensure_ascii=False)
        assert warnings == tuple(d["warnings"])
