"""Who feels a feeling: the words and tests the holder rules (:mod:`bias.framing.holders`) use
for feelings — expressed by their subject (:func:`expressed`: "X ने चिंता जताई"), felt or acted on
by it (:func:`acted_on`: "डर के कारण"), or held by a dative "X को" (:func:`dative_before`).
"""

from __future__ import annotations

from ..lexicon import TokenTable
from ..lexicon.keys import token_key
from ..voices.words import GENITIVE, NE, PRON_NE
from .noun_phrases import char_span, noun_phrase_before
from .targets import CASE_MARKERS

__all__ = [
    "ABOUT",
    "CAUSES",
    "DATIVE_PRONOUNS",
    "EXPERIENCER_REACH",
    "EXPRESS_VERBS",
    "FEELING_ADJECTIVES",
    "acted_on",
    "dative_before",
    "expressed",
    "feeling_before_noun",
]

Span = tuple[int, int]

#: verbs of expressing or feeling a feeling: its subject holds it ("X ने चिंता जताई / व्यक्त की",
#: "X ने गर्व महसूस किया")
EXPRESS_VERBS = frozenset("जताई जताया जताए जताते जताती जताने व्यक्त जाहिर प्रकट महसूस".split())


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


#: adjectives of a feeling said of someone ("वीना बहुत परेशान हैं"): inside a quotation, the
#: person they are said of holds the feeling, not the speaker
FEELING_ADJECTIVES = frozenset(
    map(
        token_key,
        "परेशान नाराज नाराज़ खुश निराश चिंतित दुखी हैरान उत्साहित संतुष्ट असंतुष्ट भयभीत".split(),
    )
)


#: words after a feeling adjective that make it a predicate, not a qualifier of the noun after it
_PREDICATE = frozenset(
    "है हैं था थे थी थीं हो होकर होने हुए हुई हुआ रहे रही रहा कर करते करता करती नहीं भी ही तो".split()
)
#: how far after a feeling adjective the case marker of its noun phrase may stand
ATTRIBUTIVE_REACH = 7


def feeling_before_noun(tk: TokenTable, tok: int, last: int | None) -> Span | None:
    """The noun phrase a feeling adjective at token ``tok`` qualifies ("निराश भारतीय हॉकी टीम के
    खिलाड़ियों ने …", "नाराज ग्रामीणों ने सड़क जाम की"): they feel it.  The phrase runs to the
    first case marker that is not a genitive, within :data:`ATTRIBUTIVE_REACH` tokens, before
    token ``last`` (the sentence's end); ``None`` when the adjective is a predicate ("वे निराश हैं").

    >>> t = "निराश खिलाड़ियों ने इनाम लेने से मना कर दिया"
    >>> t[slice(*feeling_before_noun(TokenTable(t), 0, 9))]
    'खिलाड़ियों'
    """
    keys, end = tk.keys, len(tk.keys) if last is None else last
    if keys[tok] not in FEELING_ADJECTIVES or tok + 1 >= end or keys[tok + 1] in _PREDICATE:
        return None
    for j in range(tok + 1, min(end, tok + 1 + ATTRIBUTIVE_REACH)):
        if tk.kinds[j] != "word":
            return None
        if keys[j] in CASE_MARKERS and keys[j] not in GENITIVE:
            np = noun_phrase_before(tk, j, tok + 1)
            return char_span(tk, np) if np is not None else None
    return None
