"""The README: short enough for a user, its commands and links real."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_is_for_users_and_short():
    assert len(README.splitlines()) <= 250


def test_readme_gives_the_two_commands():
    # the install-and-run line and the test line CI runs (.ci/run reads the line after the marker)
    assert "bias analyze data/samples" in README
    after = README.split("<!-- test-command -->", 1)[1].splitlines()
    assert after[2].startswith("python3 -m venv .venv") and "pytest" in after[2]


def test_every_script_and_link_of_the_readme_exists():
    scripts = set(re.findall(r"scripts/[\w]+\.py", README))
    assert scripts and all((ROOT / s).exists() for s in scripts), scripts
    links = [p for p in re.findall(r"\]\(([^)#]+)\)", README) if not p.startswith("http")]
    assert links and all((ROOT / p).exists() for p in links), links
