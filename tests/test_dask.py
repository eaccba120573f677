"""analyze_many on a real Dask LocalCluster (2 worker processes, loopback only)."""

from __future__ import annotations

import pytest

import bias

pytestmark = [pytest.mark.dask, pytest.mark.timeout(300)]


def test_local_cluster_gives_the_sequential_results(sample_texts):
    distributed = pytest.importorskip(
        "dask.distributed", reason="dask is not installed (pip install 'bias[dask]')"
    )
    import joblib

    texts = list(sample_texts.values()) * 4
    sequential = [bias.analyze(t).to_dict() for t in texts]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            with joblib.parallel_config(backend="dask"):
                got = [a.to_dict() for a in bias.analyze_many(texts, n_jobs=-1, batch_size=3)]
    assert got == sequential


def test_cli_scheduler_address(sample_texts, tmp_path):
    distributed = pytest.importorskip(
        "dask.distributed", reason="dask is not installed (pip install 'bias[dask]')"
    )
    import json

    from bias.cli import main

    folder = tmp_path / "arts"
    folder.mkdir()
    for name, text in sample_texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        assert (
            main(
                [
                    "analyze",
                    str(folder),
                    "--scheduler",
                    cluster.scheduler_address,
                    "--out",
                    str(out),
                    "--quiet",
                ]
            )
            == 0
        )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"].rsplit("/", 1)[1] for r in rows] == sorted(sample_texts)
    assert (
        rows[0]["quotes"] == bias.analyze(sample_texts[sorted(sample_texts)[0]]).to_dict()["quotes"]
    )
