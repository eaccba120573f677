"""Every docstring example of the package is run: a rule's example is documentation that must
stay true (STYLE.md: "a rule is a named function with a docstring example")."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import bias

MODULES = ["bias"] + sorted(m.name for m in pkgutil.walk_packages(bias.__path__, prefix="bias."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # (a module of an optional extra that is not installed)
        pytest.skip(f"{name}: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed"
