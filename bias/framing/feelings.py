"""Who feels a feeling: the words and tests the holder rules (:mod:`bias.framing.holders`) use
for feelings — expressed by their subject (:func:`expressed`: "X ने चिंता जताई"), felt or acted on
by it (:func:`acted_on`: "डर के कारण"), or held by a dative "X को" (:func:`dative_before`).
"""

from __future__ import annotations

from ..lexicon import TokenTable
from ..voices.words import NE, PRON_NE
from .targets import char_span, noun_phrase_before

__all__ = [
    "ABOUT",
    "CAUSES",
    "DATIVE_PRONOUNS",
    "EXPERIENCER_REACH",
    "EXPRESS_VERBS",
    "acted_on",
    "dative_before",
    "expressed",
]

Span = tuple[int, int]

#: verbs of expressing or feeling a feeling: its subject holds it ("X ने चिंता जताई / व्यक्त की",
#: "X ने गर्व महसूस किया")
EXPRESS_VERBS = frozenset("जताई जताया जताए जताते जताती जताने जताई व्यक्त जाहिर प्रकट महसूस".split())


def expressed(tk: TokenTable, tok: int) -> bool:
    """Is the feeling at token ``tok`` expressed or felt by its subject (a verb of
    :data:`EXPRESS_VERBS` within the two tokens after it), or the cause of its act
    (:func:`acted_on`)?

    >>> expressed(TokenTable("उन्होंने गहरी चिंता जताई"), 2)
    True
    """
    return any(k in EXPRESS_VERBS for k in tk.keys[tok + 1 : tok + 3]) or acted_on(tk, tok)


#: what makes a feeling the cause of what its subject did ("डर के कारण", "डर की वजह से")
CAUSES = frozenset({("के", "कारण"), ("की", "वजह"), ("के", "चलते"), ("के", "मारे")})


def acted_on(tk: TokenTable, tok: int) -> bool:
    """Is the feeling at token ``tok`` the cause of its subject's act ("मजदूरों ने डर के कारण
    काम छोड़ दिया": the workers feel it)?

    >>> acted_on(TokenTable("लोगों ने दहशत के कारण रात जागकर गुजारी"), 2)
    True
    """
    return tuple(tk.keys[tok + 1 : tok + 3]) in CAUSES


#: third-person pronouns in the dative, which hold a feeling as "X को" does ("उन्हें गर्व है")
DATIVE_PRONOUNS = frozenset("उन्हें उसे इन्हें इसे".split())
#: how far before a feeling its "X को" may stand, past what it is about ("किसानों को सरकार से …")
EXPERIENCER_REACH = 6
#: postpositions of what a feeling is about, passed over on the way back to its experiencer
ABOUT = frozenset({"से", "पर", "लेकर"})


def dative_before(tk: TokenTable, b: int, first: int) -> Span | None:
    """The "X को" or dative pronoun holding the feeling at token ``b``, right before it or past
    what it is about (से, पर, को लेकर; :data:`EXPERIENCER_REACH`); not across punctuation, ने.

    >>> t = "किसानों को सरकार से नाराजगी है"
    >>> t[slice(*dative_before(TokenTable(t), 4, 0))]
    'किसानों'
    """
    keys, about = tk.keys, False
    for j in range(b - 1, max(first, b - 1 - EXPERIENCER_REACH) - 1, -1):
        if tk.kinds[j] == "punct" or keys[j] == NE or keys[j] in PRON_NE:
            return None
        if keys[j] in DATIVE_PRONOUNS:
            return char_span(tk, (j, j + 1))
        if keys[j] == "को" and not (j + 1 < b and keys[j + 1] == "लेकर"):
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
        about = about or keys[j] in ABOUT
        if not about and j < b - 1:
            return None  # (only what the feeling is about may stand between)
    return None
