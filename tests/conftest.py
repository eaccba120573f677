"""Shared fixtures: the team's sample articles and, when present, ../shared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


def shared_dir() -> Path:
    """``$BIAS_SHARED`` or ``../shared`` next to the repository."""
    return Path(os.environ.get("BIAS_SHARED", ROOT.parent / "shared"))


def shared_data_dir() -> Path:
    return Path(os.environ.get("BIAS_SHARED_DATA", shared_dir() / "data"))


@pytest.fixture(scope="session")
def seed_article() -> str:
    seeds = sorted((shared_dir() / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is not available")
    return seeds[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    d = shared_data_dir()
    if not (d / "INDEX.md").exists():
        pytest.skip("../shared/data is not available (set BIAS_SHARED_DATA)")
    return d


@pytest.fixture(scope="session")
def sample_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def sample_gold() -> dict[str, dict]:
    out = {}
    with open(SAMPLES / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["file"]] = rec
    return out
