from __future__ import annotations

import pytest

import bias
from bias.batch import analyze_many, score_frame


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


def test_records_keep_their_id_and_columns_in_parallel(sample_texts):
    rows = [
        {"body": t, "paper": f"p{i % 2}", "key": f"k{i}"}
        for i, t in enumerate(sample_texts.values())
    ]
    out = list(
        bias.analyze_many(
            rows,
            n_jobs=2,
            batch_size=2,
            text_col="body",
            id_col="key",
            keep=["paper", "date"],
            then=bias.score_from_article,
        )
    )
    assert [m["id"] for m, _ in out] == [r["key"] for r in rows]
    assert all(m["paper"] == r["paper"] and m["date"] is None for (m, _), r in zip(out, rows))
    expected = [bias.score(r["body"]) for r in rows]
    assert [s for _, s in out] == expected
    # without id_col the id is the record's index
    assert [m["id"] for m, _ in bias.analyze_many(rows, text_col="body")] == list(range(len(rows)))


def test_score_frame_of_a_corpus_frame_joins_back_by_id(sample_texts):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "text": list(sample_texts.values()),
            "paper": "क",
            "no": [f"a{i}" for i in range(len(sample_texts))],
        }
    )
    table = score_frame(df.sample(frac=1, random_state=0), id_col="no", keep=["paper"])
    assert list(table.columns[:2]) == ["paper", "n_chars"]
    joined = df.set_index("no").join(table[["n_chars"]])
    assert (joined["n_chars"] == joined["text"].str.len()).all()
    with pytest.raises(bias.errors.InputError, match="no 'body' field"):
        score_frame(df, text_col="body")
