"""How the frozen dataclasses of the core pickle.

A frozen dataclass normally pickles its state and sets it back with ``object.__setattr__``; the
same class compiled with mypyc (``setup.py``) refuses that, so these classes are rebuilt by
calling the class with their fields instead, which gives the same object either way.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


def rebuilt_from_fields(obj: Any) -> tuple:
    """The ``__reduce__`` of a frozen dataclass: its class and its fields, in order.

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class P:
    ...     x: int
    ...     y: int = 0
    >>> rebuilt_from_fields(P(1, 2))
    (<class 'bias._pickle.P'>, (1, 2))
    """
    return type(obj), tuple(getattr(obj, f.name) for f in fields(obj))
