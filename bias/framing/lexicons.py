"""The lexicons of the frame and sentiment scorer (bundled TSV files or your own).

A frame is an evaluative **stance** (labelling guide, version 2): praise.tsv and concern.tsv
hold both stance words (approval, support, criticism, accusation, worry, warning …) and
**event words** (deaths, disasters, disease, violence, a win, relief …).  The event words —
the entries of the categories in :data:`EVENT_CATEGORIES` — are split off into the ``event``
lexicon: they give a sentence its event tone (``Sentence.event_tone``), never its frame.  A
plain report of an accident is neutral frame, negative tone.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from .._pickle import rebuilt_from_fields
from ..lexicon import Phrases, load_table, stem, term_tokens
from .modifiers import is_postposed

__all__ = ["FramingLexicons", "default_lexicons", "LEXICON_NAMES", "EVENT_CATEGORIES"]

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
    "event",
)

#: the categories of praise.tsv and concern.tsv whose entries name events, not stances
EVENT_CATEGORIES = {
    "concern": frozenset(
        {
            "violence",
            "conflict",
            "disease",
            "disaster",
            "casualties",
            "damage",
            "loss",
            "shortage",
            "crisis",
        }
    ),
    # (achievement stays a stance: "ऐतिहासिक सफलता", "अजेयता" celebrate; a bare win is not in it)
    "praise": frozenset({"relief"}),
}

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
    event: Phrases  # event words: tone (+ good news, - harm), never frame; matched on stems
    names: tuple = ()  # what each lexicon was loaded from
    #: the stance cues that judge someone's conduct (the categories of CONDUCT_CATEGORIES), as
    #: tuples of word stems: "सही कदम उठाए", "कामयाब रहा", "लापरवाही" — the one who acted is the
    #: target, not the holder (bias.framing.stances)
    conduct: frozenset = frozenset()
    #: the keys of the one-word event terms, as listed: a word the lexicons name an event in
    #: that very form is no frame cue that reaches it through the stemmer (आरोपी, the accused,
    #: is not आरोप, an accusation: bias.framing.cues.listed_events_win)
    event_forms: frozenset = frozenset()

    def __reduce__(self) -> tuple:
        return rebuilt_from_fields(self)  # (pickles the same when compiled: bias/_pickle.py)

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
        praise_stances, good_events = _by_role(praise, EVENT_CATEGORIES["praise"])
        concern_stances, harm_events = _by_role(concern, EVENT_CATEGORIES["concern"])
        events = good_events + [(term, -weight) for term, weight in harm_events]
        return cls(
            sentiment=Phrases(_weighted(sentiment, "score"), stemmed=True, label="sentiment"),
            praise=Phrases(praise_stances, stemmed=True, label="praise"),
            concern=Phrases(concern_stances, stemmed=True, label="concern"),
            negators=Phrases(negs, label="negators"),
            intensifiers=Phrases(
                _tokenized(_weighted(intensifiers, "factor")), label="intensifiers"
            ),
            diminishers=Phrases(_tokenized(_weighted(diminishers, "factor")), label="diminishers"),
            contrast=Phrases(_contrast_entries(contrast), label="contrast"),
            resolvers=Phrases(resolvers, stemmed=True, label="resolvers"),
            event=Phrases(events, stemmed=True, label="event"),
            names=tuple(
                str(x)
                for x in (sentiment, praise, concern, negators, intensifiers, diminishers, contrast)
            ),
            conduct=conduct_cues(praise, concern),
            event_forms=frozenset(
                toks[0] for term, _ in events if len(toks := term_tokens(term)) == 1
            ),
        )


#: the frame-lexicon categories whose stance cues judge what someone did (their agent is the
#: target): a success, a credited effort, a failure
CONDUCT_CATEGORIES = frozenset({"achievement", "credit", "failure"})


def conduct_cues(praise: Source = "praise", concern: Source = "concern") -> frozenset:
    """The word stems of the stance cues of :data:`CONDUCT_CATEGORIES` in the praise and
    concern lexicons.

    >>> from bias.lexicon import stem, token_key
    >>> tuple(stem(token_key(w)) for w in "कड़ी मेहनत".split()) in conduct_cues()
    True
    """
    out = set()
    for source in (praise, concern):
        table = load_table(source)
        roles = table.column("role") if "role" in table.columns else None
        for k, (term, category) in enumerate(zip(table.column("term"), table.column("category"))):
            if category in CONDUCT_CATEGORIES and (roles is None or roles[k] == "stance"):
                out.add(tuple(stem(w) for w in term_tokens(term)))
    return frozenset(out)


def _weighted(source: Source, column: str) -> list[tuple[str, float]]:
    """``(term, value)`` of a lexicon with a numeric ``column``."""
    table = load_table(source)
    return [(term, float(v)) for term, v in zip(table.column("term"), table.column(column))]


def _by_role(
    source: Source, event_categories: frozenset[str]
) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """``(stance entries, event entries)`` of a frame lexicon: by its ``role`` column
    (``stance`` or ``event``) when it has one, else by its ``category`` column (the
    ``event_categories``); a file with neither holds stance words only."""
    table = load_table(source)
    terms, weights = table.column("term"), [float(w) for w in table.column("weight")]
    if "role" in table.columns:
        is_event = [role == "event" for role in table.column("role")]
    elif "category" in table.columns:
        is_event = [c in event_categories for c in table.column("category")]
    else:
        is_event = [False] * len(terms)
    stances: list[tuple[str, float]] = []
    events: list[tuple[str, float]] = []
    for term, weight, event in zip(terms, weights, is_event):
        (events if event else stances).append((term, weight))
    return stances, events


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
