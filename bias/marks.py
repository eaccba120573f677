"""Moved to :mod:`bias.text.marks`; this shim keeps ``from bias.marks import ...`` working."""

from .text.marks import MAX_DEPTH, QUOTE_CHARS, MarkPairing, MarkSpan, pair_quotes  # noqa: F401

__all__ = ["MAX_DEPTH", "QUOTE_CHARS", "MarkPairing", "MarkSpan", "pair_quotes"]
