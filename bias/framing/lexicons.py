"""The lexicons of the frame and sentiment scorer (bundled TSV files or your own)."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from ..lexicon import Phrases, load_table, term_tokens
from .modifiers import is_postposed

__all__ = ["FramingLexicons", "default_lexicons", "LEXICON_NAMES"]

#: the lexicons of a :class:`FramingLexicons`, in the order of :meth:`FramingLexicons.load`
LEXICON_NAMES = (
    "sentiment",
    "praise",
    "concern",
    "negators",
    "intensifiers",
    "diminishers",
    "contrast",
    "resolvers",
)

Source = str | os.PathLike


@dataclass(frozen=True)
class FramingLexicons:
    """The lexicons the scorer uses, each a :class:`bias.lexicon.Phrases`
    whose value is what a match carries.  Build with :meth:`load`.

    >>> lex = FramingLexicons.load()
    >>> lex.names[:3]
    ('sentiment', 'praise', 'concern')
    """

    sentiment: Phrases  # VADER valence (±4); matched on stems
    praise: Phrases  # frame weight; matched on stems
    concern: Phrases  # frame weight; matched on stems
    negators: Phrases  # "negator", "privative" or "postposed"
    intensifiers: Phrases  # factor
    diminishers: Phrases  # factor
    contrast: Phrases  # (kind, before, after)
    resolvers: Phrases  # "resolver" or "counter"; matched on stems
    names: tuple = ()  # what each lexicon was loaded from

    def phrases(self) -> tuple[Phrases, ...]:
        """Every lexicon, for the analyzer's one :class:`bias.lexicon.Matcher`."""
        return tuple(getattr(self, name) for name in LEXICON_NAMES)

    @classmethod
    def load(
        cls,
        *,
        sentiment: Source = "sentiment",
        praise: Source = "praise",
        concern: Source = "concern",
        negators: Source = "negators",
        intensifiers: Source = "intensifiers",
        diminishers: Source = "diminishers",
        contrast: Source = "contrast",
    ) -> FramingLexicons:
        """Load the lexicons: each argument is a bundled lexicon name or the
        path of your own TSV file with the same columns.  negators.tsv also
        holds the resolvers and counter-actions (its kinds ``resolver`` and
        ``counter``).

        >>> FramingLexicons.load(praise="my_praise.tsv")  # doctest: +SKIP
        """
        negs, resolvers = _negator_entries(negators)
        return cls(
            sentiment=Phrases(_weighted(sentiment, "score"), stemmed=True, label="sentiment"),
            praise=Phrases(_weighted(praise, "weight"), stemmed=True, label="praise"),
            concern=Phrases(_weighted(concern, "weight"), stemmed=True, label="concern"),
            negators=Phrases(negs, label="negators"),
            intensifiers=Phrases(
                _tokenized(_weighted(intensifiers, "factor")), label="intensifiers"
            ),
            diminishers=Phrases(_tokenized(_weighted(diminishers, "factor")), label="diminishers"),
            contrast=Phrases(_contrast_entries(contrast), label="contrast"),
            resolvers=Phrases(resolvers, stemmed=True, label="resolvers"),
            names=tuple(
                str(x)
                for x in (sentiment, praise, concern, negators, intensifiers, diminishers, contrast)
            ),
        )


def _weighted(source: Source, column: str) -> list[tuple[str, float]]:
    """``(term, value)`` of a lexicon with a numeric ``column``."""
    table = load_table(source)
    return [(term, float(v)) for term, v in zip(table.column("term"), table.column(column))]


def _tokenized(entries: list[tuple[str, float]]) -> list[tuple[tuple[str, ...], float]]:
    """The entries with their terms as token keys (matched on keys, not stems)."""
    return [(term_tokens(term), value) for term, value in entries]


def _negator_entries(source: Source) -> tuple[list, list]:
    """The entries of negators.tsv: ``(negators, resolvers)``.  Negators are
    ``(tokens, kind)`` with a privative that follows its word made
    ``"postposed"`` (:func:`bias.framing.modifiers.is_postposed`);
    resolvers are ``(term, kind)`` for the kinds ``resolver`` and ``counter``."""
    table = load_table(source)
    negators, resolvers = [], []
    for term, kind in zip(table.column("term"), table.column("kind")):
        tokens = term_tokens(term)
        if kind in ("resolver", "counter"):
            resolvers.append((term, kind))
        elif kind == "privative" and is_postposed(tokens):
            negators.append((tokens, "postposed"))
        else:
            negators.append((tokens, kind))
    return negators, resolvers


def _contrast_entries(source: Source) -> list[tuple[tuple[str, ...], tuple[str, float, float]]]:
    """``(tokens, (kind, before, after))`` of contrast.tsv."""
    table = load_table(source)
    columns = (table.column(c) for c in ("term", "kind", "before", "after"))
    return [
        (term_tokens(term), (kind, float(before), float(after)))
        for term, kind, before, after in zip(*columns)
    ]


@functools.lru_cache(maxsize=1)
def default_lexicons() -> FramingLexicons:
    """The bundled lexicons (loaded once).

    >>> default_lexicons() is default_lexicons()
    True
    """
    return FramingLexicons.load()
