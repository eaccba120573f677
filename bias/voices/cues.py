"""The voices lexicons (source types, known speakers, reporting cues) and the one scan
that finds what they match in an article.

:func:`scan` is the only place where the attribution asks the lexicon layer for
matches: the rules read its dictionaries and the sets of :class:`VoiceLexicon`.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence, Union

from .._pickle import rebuilt_from_fields
from ..lexicon import Phrases, TokenTable, load_table, term_tokens, token_key
from .words import (
    AGED,
    ASK_VERBS,
    DESCRIBED,
    GENITIVE,
    KINSHIP,
    LEADING_DROP,
    NE,
    PRESENT_ENDINGS,
    PRON_NE,
    REFLEXIVE,
    STOP_BACK,
)

__all__ = ["VoiceLexicon", "Matches", "scan"]

PathLike = Union[str, os.PathLike]


def _first_words(terms: Iterable[str]) -> frozenset[str]:
    """The token keys a term of ``terms`` can start with."""
    return frozenset(toks[0] for t in terms if (toks := term_tokens(t)))


@dataclass(frozen=True)
class VoiceLexicon:
    """What the speaker and reported-speech rules look up.

    ``sources`` maps a source term or known speaker to its source type (stemmed, so
    oblique plurals such as अधिकारियों find their lemma); ``known`` the known speakers
    alone; ``verbs`` and ``impersonal`` are the multiword cues of ``cues.tsv``; the sets
    hold the token keys of its one-word kinds.

    >>> lex = VoiceLexicon.load()
    >>> "अनुसार" in lex.according, "कहा" in lex.verb_words
    (True, True)
    """

    sources: Phrases
    known: Phrases
    verbs: Phrases
    impersonal: Phrases
    nouns: frozenset[str]
    light: frozenset[str]
    according: frozenset[str]
    opinion: frozenset[str]
    pronouns: frozenset[str]
    term_head: frozenset[str]
    term_before: frozenset[str]
    term_after: frozenset[str]
    term_class: frozenset[str]
    verb_words: frozenset[str]  # the words a speech verb cue starts with
    cue_words: frozenset[str]  # the words any speech cue starts with (a verb or a noun)
    mention_words: frozenset[str]  # words near which a subject mention stands
    speech_words: frozenset[str]  # words that can start a reporting construction
    name_stop: frozenset[str]  # words that end the name after a title
    #: known speakers and country words -> the ISO 3166-1 alpha-2 code they speak for
    origins: Phrases | None = None
    #: origin code -> bloc (blocs.tsv: "west", …)
    blocs: dict[str, str] | None = None
    #: words that tell what world a speaker belongs to (context_words.tsv: film, sport, …)
    contexts: Phrases | None = None
    #: the names whose country is their own, not the story's (their token keys): the news
    #: outlets among the known speakers (बीबीसी in every BBC article says nothing of the story)
    #: and the companies (companies.tsv: "ट्विटर पर लिखा" is no American story)
    own_country: frozenset[tuple[str, ...]] = frozenset()
    #: political parties (parties.tsv) by their first word: the token keys of their names,
    #: longest first (a party's office holder is a politician)
    parties: dict[str, tuple[tuple[str, ...], ...]] | None = None
    #: given names (their token keys) -> the region they belong to (given_names.tsv:
    #: south_asian or foreign), for the origin of a speaker whose phrase names no country
    given_names: dict[str, str] | None = None
    #: surnames (their token keys) -> the region they belong to (surnames.tsv), read when a
    #: name's first word is no listed given name
    surnames: dict[str, str] | None = None

    def __reduce__(self) -> tuple:
        return rebuilt_from_fields(self)  # (pickles the same when compiled: bias/_pickle.py)

    def phrases(self) -> tuple[Phrases, ...]:
        """The multiword lexicons, for the analyzer's one :class:`bias.lexicon.Matcher`."""
        extra = tuple(p for p in (self.origins, self.contexts) if p is not None)
        return (self.sources, self.known, self.verbs, self.impersonal) + extra

    @classmethod
    def load(
        cls,
        *,
        source_types: Iterable[PathLike] | None = None,
        known_speakers: Iterable[PathLike] | None = None,
        cues: PathLike = "cues",
        countries: PathLike = "countries",
        blocs: PathLike = "blocs",
    ) -> VoiceLexicon:
        """The bundled lexicons, extended (and overridden) by your own TSV files;
        ``countries`` and ``blocs`` are replaced by yours (a name or a path)."""
        rows = list(load_table("source_types").rows)
        for extra in source_types or ():
            rows.extend(load_table(extra).rows)
        companies = load_table("companies")
        known: list = []
        origin_of: list[tuple[str, str]] = []
        for table in (
            load_table("known_speakers"),
            companies,
            *(load_table(extra) for extra in known_speakers or ()),
        ):
            known.extend(table.rows)
            origin_of += _origin_rows(table)
        origin_of += [(r[0], r[1]) for r in load_table(countries).rows]
        bloc_of = {r[0]: r[1] for r in load_table(blocs).rows}
        by_kind: dict[str, list[str]] = {}
        for term, kind in load_table(cues).rows:
            by_kind.setdefault(kind, []).append(term)

        def keys(kind: str) -> frozenset[str]:
            return frozenset(token_key(t) for t in by_kind.get(kind, []))

        verbs, impersonal = by_kind.get("verb", []), by_kind.get("impersonal", [])
        according, opinion, pronouns = keys("according"), keys("opinion"), keys("pronoun")
        verb_words = _first_words(verbs)
        return cls(
            sources=Phrases(
                [(r[0], r[1]) for r in rows] + [(r[0], r[1]) for r in known],
                stemmed=True,
                label="sources",
            ),
            known=Phrases([(r[0], r[1]) for r in known], stemmed=True, label="known_speakers"),
            verbs=Phrases([(t, "verb") for t in verbs], label="verbs"),
            impersonal=Phrases([(t, "impersonal") for t in impersonal], label="impersonal"),
            nouns=keys("noun"),
            light=keys("light"),
            according=according,
            opinion=opinion,
            pronouns=pronouns,
            term_head=keys("term_head"),
            term_before=keys("term_before"),
            term_after=keys("term_after"),
            term_class=keys("term_class"),
            verb_words=verb_words,
            cue_words=verb_words | keys("noun"),
            mention_words=frozenset({NE, AGED} | REFLEXIVE | ASK_VERBS | KINSHIP | DESCRIBED)
            | opinion
            | according
            | verb_words,
            speech_words=frozenset({NE} | PRON_NE | opinion | according | _first_words(impersonal))
            | {w for w in verb_words if w.endswith(PRESENT_ENDINGS)},
            name_stop=STOP_BACK | GENITIVE | LEADING_DROP | PRON_NE | pronouns,
            origins=Phrases(origin_of, label="origins"),
            blocs=bloc_of,
            contexts=Phrases(_pairs(load_table("context_words")), stemmed=True, label="contexts"),
            own_country=frozenset(term_tokens(r[0]) for r in known if r[1] in OUTLET_TYPES)
            | frozenset(term_tokens(t) for t in companies.column("term")),
            parties=_by_first_word(term_tokens(t) for t in load_table("parties").column("term")),
            given_names={token_key(t): r for t, r in _pairs(load_table("given_names"))},
            surnames={token_key(t): r for t, r in _pairs(load_table("surnames"))},
        )


#: the source types of news outlets
OUTLET_TYPES = frozenset({"media", "state_media"})


def _by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Token-key names indexed by their first word, the longest first.

    >>> _by_first_word([("जनता", "दल"), ("जनता",)])
    {'जनता': (('जनता', 'दल'), ('जनता',))}
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in out.items()}


def _pairs(table) -> list[tuple[str, str]]:
    """The first two cells of each row of a two-column table."""
    return [(row[0], row[1]) for row in table.rows]


def _origin_rows(table) -> list[tuple[str, str]]:
    """``(term, origin)`` of the entries of a known-speakers table that have an origin
    (the ``origin`` column is optional: older files have none)."""
    if "origin" not in table.columns:
        return []
    return [(t, o) for t, o in zip(table.column("term"), table.column("origin")) if o]


class Matches(NamedTuple):
    """What the voices lexicons match in one article (token indices).

    ``mention_triggers`` and ``speech_triggers`` are the sorted positions of
    :attr:`VoiceLexicon.mention_words` and :attr:`VoiceLexicon.speech_words`; each
    dictionary maps a token to ``(length, value)`` of the longest entry starting there.
    """

    mention_triggers: list[int]
    speech_triggers: list[int]
    sources: dict[int, tuple[int, str]]
    known: dict[int, tuple[int, str]]
    verbs: dict[int, tuple[int, str]]
    impersonal: dict[int, tuple[int, str]]


def positions(keys: Sequence[str], words: frozenset[str]) -> list[int]:
    """The indices of the keys that are in ``words``, in order.

    Plain definition: ``[i for i, k in enumerate(keys) if k in words]`` (written as one
    scan in C: an article has a thousand tokens and two such sets).

    >>> positions(["मंत्री", "ने", "कहा"], frozenset({"ने"}))
    [1]
    """
    return list(itertools.compress(range(len(keys)), map(words.__contains__, keys)))


def scan(tk: TokenTable, lex: VoiceLexicon) -> Matches:
    """Everything the rules need from the lexicons for the article ``tk``, in one place.

    >>> from bias.lexicon import TokenTable
    >>> m = scan(TokenTable("पुलिस ने कहा"), VoiceLexicon.load())
    >>> m.speech_triggers, m.verbs
    ([1, 2], {2: (1, 'verb')})
    """
    return Matches(
        positions(tk.keys, lex.mention_words),
        positions(tk.keys, lex.speech_words),
        tk.matches(lex.sources),
        tk.matches(lex.known),
        tk.matches(lex.verbs),
        tk.matches(lex.impersonal),
    )
