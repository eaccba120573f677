"""One labelled matcher: every lexicon is a label of one pass over a text's tokens.

A lexicon's terms are compiled into :class:`Phrases` (the shape of spaCy's
``PhraseMatcher.add(label, patterns)``); a :class:`Matcher` holds many of them and finds, in one
pass, the longest term of each that starts at every token.  What can start at a token depends
only on its key, so it is worked out once per distinct key and remembered (the memo is what makes
the pass cheap: most tokens start nothing and cost one dictionary probe).

Matching rules:

* a term matches a run of tokens whose keys (stemmed lexicons: whose stems) equal the term's;
  the longest term wins, and among terms of one length the first listed;
* in a stemmed lexicon, a word of the text that the stemmer left bare does not match an
  inflected word of a term (so उपलब्ध "available" does not match उपलब्धि "achievement", while
  चिंताओं still matches चिंता): see :func:`bare_word_check`.

>>> from bias.lexicon import TokenTable
>>> praise = Phrases([("पूर्ण समर्थन", 2.0), ("समर्थन", 1.0)], stemmed=True, label="praise")
>>> TokenTable("पूर्ण समर्थन दिया", matcher=Matcher([praise])).matches(praise)
{0: (2, 2.0), 1: (1, 1.0)}
"""

from __future__ import annotations

import itertools
from typing import Any, Iterable, NamedTuple, Sequence

from mypy_extensions import mypyc_attr

from ..text import token_kind
from .keys import stem, term_tokens, token_key

__all__ = ["Phrases", "Matcher", "Match", "Plan", "TokenInfo", "bare_word_check", "plan_of"]

#: (length in tokens, value) of the longest term starting at a token
Match = tuple[int, Any]

# the memo of a matcher is cleared when it holds this many keys (bounded memory on huge corpora)
_MEMO_LIMIT = 200_000


class _Term(NamedTuple):
    tokens: tuple[str, ...]  # keys, or stems for a stemmed lexicon
    value: Any
    inflected: tuple[int, ...]  # positions of words the stemmer shortened (stemmed lexicons)


class _Start(NamedTuple):
    """The terms that start with one token: multiword ones by their second token."""

    by_second: dict[str, tuple[_Term, ...]]  # longest first
    single: Match | None  # the one-word term, if any


def bare_word_check(keys: Sequence[str], stems: Sequence[str], i: int, term: _Term) -> bool:
    """True when no bare word of the text stands where ``term`` has an inflected word.

    A word is *bare* when the stemmer left it unchanged (its key is its stem).  Stemming lets
    चिंताओं match चिंता; this check keeps a bare word from matching a term word that the
    stemmer shortened: उपलब्ध (available, bare) does not match उपलब्धि (achievement, stem
    उपलब्ध).

    >>> t = _Term(("उपलब्ध",), 1.0, (0,))
    >>> bare_word_check(["उपलब्ध"], ["उपलब्ध"], 0, t)
    False
    """
    return all(keys[i + j] != stems[i + j] for j in term.inflected)


# picklable when compiled with mypyc (setup.py says why both flags)
@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)
class Phrases:
    """The terms of one lexicon, indexed by their first token: a label of a :class:`Matcher`.

    ``entries`` are ``(term, value)`` pairs; a term is a string (tokenised with
    :func:`bias.lexicon.term_tokens`) or a tuple of token keys.  ``stemmed``: string terms are
    matched on :func:`bias.lexicon.stem` forms.  ``label`` names the lexicon in messages.

    >>> p = Phrases([("के खिलाफ", "counter")], label="counter")
    >>> p.firsts
    frozenset({'के'})
    """

    def __init__(
        self, entries: Iterable[tuple[Any, Any]], *, stemmed: bool = False, label: str = ""
    ) -> None:
        self.label = label
        self.stemmed = stemmed
        by_first: dict[str, list[_Term]] = {}
        for term, value in entries:
            toks = term_tokens(term) if isinstance(term, str) else tuple(term)
            inflected: tuple[int, ...] = ()
            if stemmed and isinstance(term, str):
                stems = tuple(stem(k) for k in toks)
                inflected = tuple(j for j, (k, s) in enumerate(zip(toks, stems)) if k != s)
                toks = stems
            if toks:
                by_first.setdefault(toks[0], []).append(_Term(toks, value, inflected))
        for terms in by_first.values():
            terms.sort(key=lambda t: -len(t.tokens))  # longest first; stable within a length
        self._by_first = by_first
        #: the first tokens of all terms (keys; stems for a stemmed lexicon)
        self.firsts = frozenset(by_first)
        # what can start at a first word, bare or not: worked out once, here
        bare_kinds = (False, True) if stemmed else (False,)
        self._starts = {
            (first, bare): self._start_of(first, bare) for first in by_first for bare in bare_kinds
        }

    def __contains__(self, first: str) -> bool:
        return first in self._by_first

    def __repr__(self) -> str:
        n = sum(map(len, self._by_first.values()))
        return f"Phrases({self.label or '?'}, {n} terms, stemmed={self.stemmed})"

    def start(self, key: str, key_stem: str) -> _Start | None:
        """What can start at a token with this key and stem (``None``: nothing)."""
        if self.stemmed:
            return self._starts.get((key_stem, key == key_stem))
        return self._starts.get((key, False))

    def _start_of(self, first: str, bare: bool) -> _Start | None:
        """The terms that start with ``first``; ``bare``: the text's word is its own stem,
        so only terms whose first word is bare too can start there (:func:`bare_word_check`)."""
        terms = self._by_first[first]
        if bare:
            terms = [t for t in terms if 0 not in t.inflected]
        by_second: dict[str, list[_Term]] = {}
        single: Match | None = None
        for t in terms:
            if len(t.tokens) > 1:
                by_second.setdefault(t.tokens[1], []).append(t)
            elif single is None:
                single = (1, t.value)
        if not by_second and single is None:
            return None
        return _Start({k: tuple(v) for k, v in by_second.items()}, single)

    def continuations(
        self, start: _Start, keys: Sequence[str], stems: Sequence[str], i: int
    ) -> tuple[_Term, ...]:
        """The multiword terms of ``start`` (this lexicon's :meth:`start` at token ``i``)
        whose second word is the token after ``i``."""
        if i + 1 >= len(keys) or not start.by_second:
            return ()
        return start.by_second.get((stems if self.stemmed else keys)[i + 1], ())

    def longest_at(
        self, start: _Start, keys: Sequence[str], stems: Sequence[str], i: int
    ) -> Match | None:
        """The longest term of ``start`` (this lexicon's :meth:`start` at token ``i``) that
        matches the tokens from ``i`` on."""
        seq = stems if self.stemmed else keys
        for t in self.continuations(start, keys, stems, i):
            n = len(t.tokens)
            if (
                i + n <= len(seq)
                and tuple(seq[i + 2 : i + n]) == t.tokens[2:]
                and bare_word_check(keys, stems, i, t)
            ):
                return n, t.value
        return start.single


class Plan(NamedTuple):
    """What can start at a token string, worked out once: the one-word terms that match there
    (``(lexicon, match)``), and the lexicons with a longer term starting there, by the next
    token that would continue one (its key; its stem for a stemmed lexicon)."""

    singles: tuple[tuple[Phrases, Match], ...]
    by_next_key: dict[str, tuple[tuple[Phrases, _Start], ...]]
    by_next_stem: dict[str, tuple[tuple[Phrases, _Start], ...]]


def plan_of(starts: Sequence[tuple[Phrases, _Start]]) -> Plan | None:
    """The :class:`Plan` of the lexicons' starts at one token string (``None``: nothing
    starts there).

    >>> p = Phrases([("कहा", 1), ("कहा गया", 2)], label="cue")
    >>> plan = plan_of([(p, p.start("कहा", "कहा"))])
    >>> plan.singles == ((p, (1, 1)),), list(plan.by_next_key)
    (True, ['गया'])
    """
    if not starts:
        return None
    singles = tuple((p, s.single) for p, s in starts if s.single is not None)
    by_next: dict[bool, dict[str, list[tuple[Phrases, _Start]]]] = {False: {}, True: {}}
    for p, s in starts:
        for nxt in s.by_second:
            by_next[p.stemmed].setdefault(nxt, []).append((p, s))
    return Plan(
        singles,
        {k: tuple(v) for k, v in by_next[False].items()},
        {k: tuple(v) for k, v in by_next[True].items()},
    )


class TokenInfo(NamedTuple):
    """What a :class:`Matcher` knows of a token string: its key, stem and kind, and the
    :class:`Plan` of what can start there (``None``: nothing)."""

    key: str
    stem: str
    kind: str
    plan: Plan | None


class Matcher:
    """Finds the longest term of every :class:`Phrases` at every token, in one pass.

    What the matcher knows of a token (:class:`TokenInfo`) depends only on the token's
    string, so it is worked out the first time a string is seen and remembered: a text costs
    one dictionary probe per token, and terms are compared only where one can continue.

    >>> neg = Phrases([("नहीं", "negator")], label="negators")
    >>> m = Matcher([neg])
    >>> infos = m.infos(["अच्छा", "नहीं"])
    >>> m.find([i.key for i in infos], [i.stem for i in infos], [i.plan for i in infos])[neg]
    {1: (1, 'negator')}
    """

    def __init__(self, phrases: Sequence[Phrases] = ()) -> None:
        self.phrases = tuple(phrases)
        # first word -> the lexicons with a term starting with it (keys, or stems)
        self._by_key: dict[str, list[Phrases]] = {}
        self._by_stem: dict[str, list[Phrases]] = {}
        for p in self.phrases:
            index = self._by_stem if p.stemmed else self._by_key
            for first in p.firsts:
                index.setdefault(first, []).append(p)
        # token string -> TokenInfo, worked out once per distinct string
        self._memo: dict[str, TokenInfo] = {}

    def __contains__(self, phrases: Phrases) -> bool:
        return phrases in self.phrases

    def info(self, token: str) -> TokenInfo:
        """Key, stem, kind and possible starts of a token string (not remembered)."""
        key = token_key(token)
        key_stem = stem(key)
        candidates = self._by_key.get(key, []) + self._by_stem.get(key_stem, [])
        starts = [(p, s) for p in candidates if (s := p.start(key, key_stem)) is not None]
        return TokenInfo(key, key_stem, token_kind(token), plan_of(starts))

    def infos(self, tokens: Sequence[str]) -> list[TokenInfo]:
        """:meth:`info` of every token, remembered per distinct token string."""
        memo = self._memo
        new = set(tokens).difference(memo)
        if len(memo) + len(new) > _MEMO_LIMIT:  # (bounded memory on a huge corpus)
            memo.clear()
            new = set(tokens)
        for token in new:
            memo[token] = self.info(token)
        return list(map(memo.__getitem__, tokens))

    def find(
        self,
        keys: Sequence[str],
        stems: Sequence[str],
        plans: Sequence[Plan | None],
    ) -> dict[Phrases, dict[int, Match]]:
        """For every lexicon, ``{token index: (length, value)}`` of the longest term starting
        at each token where one starts (``plans``: the tokens' :attr:`TokenInfo.plan`)."""
        found: dict[Phrases, dict[int, Match]] = {p: {} for p in self.phrases}
        last = len(plans) - 1
        # only the tokens where something can start are visited (compress skips the rest in C)
        for i in itertools.compress(range(len(plans)), plans):
            plan = plans[i]
            assert plan is not None  # (compress keeps the tokens that have a plan)
            for phrases, m in plan.singles:
                found[phrases][i] = m
            if i == last:
                continue
            # longer terms are compared only where the next token continues one
            for phrases, start in plan.by_next_key.get(keys[i + 1], ()) + plan.by_next_stem.get(
                stems[i + 1], ()
            ):
                longer = phrases.longest_at(start, keys, stems, i)
                if longer is not None:
                    found[phrases][i] = longer
        return found

    def __reduce__(self) -> tuple:
        # rebuilt from its lexicons: the memo is a cache, not pickled (it refills as texts come)
        return Matcher, (self.phrases,)
