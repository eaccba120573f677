"""The notebooks are stored with their outputs (they read on a code host), and those outputs
hold no text of the public datasets (their licences forbid redistribution): aggregates only
(shares, counts, and speakers' names).

Refresh them with ``python scripts/run_notebooks.py``."""

from __future__ import annotations

import json
import re
from pathlib import Path

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
DEVANAGARI_RUN = re.compile(r"[\u0900-\u097F][\u0900-\u097F\s,.;:!?'\"“”‘’-]{59,}")


def _outputs(path: Path) -> list[dict]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]


def _output_text(path: Path) -> str:
    parts = []
    for o in _outputs(path):
        parts.append("".join(o.get("text", "")))
        for mime in ("text/plain", "text/html"):
            parts.append("".join(o.get("data", {}).get(mime, "")))
    return "\n".join(parts)


def test_notebooks_are_stored_with_their_outputs():
    names = {p.name for p in NOTEBOOKS}
    assert names >= {
        "01_framing_walkthrough.ipynb",
        "02_training_classifiers.ipynb",
        "03_covid_newspapers_study.ipynb",
    }
    for p in NOTEBOOKS:
        outs = _outputs(p)
        assert len(outs) >= 5, p.name
        assert not [o for o in outs if o["output_type"] == "error"], p.name
        assert any("image/png" in o.get("data", {}) for o in outs), p.name  # a plot shows


def test_stored_outputs_hold_no_dataset_text(data_dir):
    corpus = []
    for rel in (
        "ednil_hindi_event_news/ednil_hindi_news.jsonl",
        "covid_hindi_newspapers_2020/covid_hindi_news_days.jsonl",
    ):
        with open(data_dir / rel, encoding="utf-8") as fh:
            corpus += [json.loads(line)["text"] for line in fh]
    everything = "\n".join(corpus)
    for p in NOTEBOOKS:
        # any 60 characters of running Devanagari (longer than a speaker's name and title)
        for run in DEVANAGARI_RUN.findall(_output_text(p)):
            for i in range(0, len(run) - 59, 20):
                assert run[i : i + 60] not in everything, (p.name, run[i : i + 60])
