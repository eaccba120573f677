"""The compiled build gives the results of the pure-Python source.

``pip install .`` compiles the analysis core with mypyc (``setup.py``); the rest of the test suite
runs the source tree, which is pure Python.  These tests run the *installed* package in a separate
process, from a folder where the source tree cannot be imported, and compare it with the source
tree.  They skip when the installed package is not compiled (``BIAS_PURE_PYTHON=1``, no C
compiler) or was built from other sources or lexicons than the tree's (reinstall after editing).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import bias

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import hashlib, json, pickle, sys
from pathlib import Path
import bias, bias.analyzer
given = json.loads(sys.stdin.read())
here = Path(bias.__file__).parent
compiled = sorted(p.name for p in here.rglob("*.so"))
sources = {str(p.relative_to(here)): hashlib.sha256(p.read_bytes()).hexdigest()
           for p in sorted(here.rglob("*")) if p.suffix in (".py", ".tsv", ".json")}
if not compiled or sources != given["sources"]:
    print(json.dumps({"compiled": compiled, "stale": sources != given["sources"]}))
    sys.exit(0)
an = bias.Analyzer()
again = pickle.loads(pickle.dumps(an))
out = [an.analyze(t).to_dict() for t in given["texts"]]
article = pickle.loads(pickle.dumps(again.analyze(given["texts"][0])))
print(json.dumps({"compiled": compiled, "stale": False, "results": out,
                  "pickled": article.to_dict(), "module": bias.analyzer.__file__,
                  "build": bias.BUILD}))
"""


def _source_hashes() -> dict[str, str]:
    here = ROOT / "bias"
    return {
        str(p.relative_to(here)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(here.rglob("*"))
        if p.suffix in (".py", ".tsv", ".json")  # (the code and the lexicons)
    }


@pytest.fixture(scope="module")
def installed(sample_texts, tmp_path_factory) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=json.dumps({"texts": list(sample_texts.values()), "sources": _source_hashes()}),
        capture_output=True,
        text=True,
        cwd=tmp_path_factory.mktemp("elsewhere"),
        env=env,
        timeout=300,
    )
    if run.returncode:
        if "No module named 'bias'" in run.stderr:
            pytest.skip("bias is not installed (pip install .)")
        raise AssertionError(run.stderr)
    got = json.loads(run.stdout)
    if not got["compiled"]:
        pytest.skip("the installed bias is pure Python (BIAS_PURE_PYTHON=1 or no C compiler)")
    if got["stale"]:
        pytest.skip("the installed bias was built from other sources: pip install . again")
    return got


def test_the_compiled_analysis_is_the_pure_python_one(installed, sample_texts):
    assert installed["module"].endswith(".so") and installed["build"] == "compiled"
    an = bias.Analyzer()
    assert installed["results"] == [an.analyze(t).to_dict() for t in sample_texts.values()]


def test_compiled_analyzers_and_articles_pickle(installed, sample_texts):
    first = next(iter(sample_texts.values()))
    assert installed["pickled"] == bias.Analyzer().analyze(first).to_dict()
