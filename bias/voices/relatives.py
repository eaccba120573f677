"""A relative named by kinship is a person of the story: "नेहा की मां संतोष देवी की आंखें नम
थीं। उन्होंने कहा, …" — the pronoun stands for the mother, who was introduced by the sentence
before, not for नेहा, who spoke before that.

:func:`relative_named` makes such a phrase a subject mention (the antecedents pronouns resolve
to, :func:`bias.voices.pronouns.resolve_pronoun`), typed ``public`` unless the article gave the
name a role: relatives, like residents and witnesses, are ordinary people (the guide).
"""

from __future__ import annotations

from .context import ArticleContext, Mention
from .words import DESCRIBED, GENITIVE, KINSHIP, NE, PRON_GEN, STOP_BACK

__all__ = [
    "RELATIVE_NAME_WORDS",
    "NAME_ENDS",
    "kin_word_at",
    "relative_named",
    "kin_phrase",
    "described_person",
]

#: how many words the name after a kinship word may have ("मां संतोष देवी")
RELATIVE_NAME_WORDS = 3
#: what must follow such a name for it to be read as one: a postposition or particle of the
#: clause, or a comma ("उनके पिता खेती करते हैं" names no one: खेती is followed by a verb)
NAME_ENDS = GENITIVE | frozenset({NE, "को", "से", "भी", "ही", ",", "ने"})


def kin_word_at(keys, k: int) -> bool:
    """Is token ``k`` of ``keys`` a kinship word after a genitive, a noun's or a pronoun's
    ("अफरीदी के भाई", "उनके बेटे")?

    >>> kin_word_at(("अफरीदी", "के", "भाई"), 2), kin_word_at(("भाई", "ने"), 0)
    (True, False)
    """
    return (
        k > 0 and keys[k] in KINSHIP and (keys[k - 1] in GENITIVE or keys[k - 1] in PRON_GEN)
    )


def relative_named(art: ArticleContext, i: int, end: int) -> Mention | None:
    """The person that kinship word ``i`` introduces in the sentence ending before token
    ``end``: ``X की/के <kinship> Y`` or ``उनके <kinship> Y`` with a name ``Y`` of one to
    :data:`RELATIVE_NAME_WORDS` words that a postposition, a particle or a comma ends
    (:data:`NAME_ENDS`); ``None`` for any other token.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("नेहा की मां संतोष देवी की आंखें नम थीं।")
    >>> m = relative_named(art, 2, len(art.keys))
    >>> art.words(m.first, m.end), m.source_type
    ('संतोष देवी', 'public')
    >>> relative_named(default_attributor().context("उनके पिता खेती करते हैं।"), 1, 6) is None
    True
    """
    keys = art.keys
    if not kin_word_at(keys, i):
        return None
    j = i + 1
    while (
        j < end
        and j <= i + RELATIVE_NAME_WORDS
        and art.kinds[j] == "word"
        and keys[j] not in NAME_ENDS
        and keys[j] not in STOP_BACK
        and keys[j] not in KINSHIP
    ):
        j += 1
    if j == i + 1 or j >= end or keys[j] not in NAME_ENDS:
        listed = listed_name_end(art, i + 1, end)  # "उनके पिता बंधन कुजूर खेतिहर मजदूर हैं"
        if listed is None:
            return None
        j = listed
    stype = art.titles.get(keys[i + 1], "public")  # (a role the article gave the name wins)
    return Mention(i + 1, j, art.starts[i + 1], stype)


def listed_name_end(art: ArticleContext, a: int, end: int) -> int | None:
    """The end of a personal name at token ``a`` that the name lists recognise, whatever follows
    it: a listed given name (``given_names.tsv``) and the listed surnames after it, or any word
    before a listed surname (``surnames.tsv``); ``None`` when the lists know neither.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("उनके पिता बंधन कुजूर खेतिहर मजदूर हैं")
    >>> listed_name_end(art, 2, len(art.keys))
    4
    """
    keys, given, surnames = art.keys, art.lex.given_names or {}, art.lex.surnames or {}

    def surname_at(j: int) -> bool:
        return j < end and art.kinds[j] == "word" and keys[j] in surnames

    if a >= end or art.kinds[a] != "word":
        return None
    if keys[a] in given:
        j = a + 1
        while surname_at(j):
            j += 1
        return j
    return a + 2 if surname_at(a + 1) else None


def kin_phrase(art: ArticleContext, a: int, b: int) -> bool:
    """Does the phrase in tokens ``[a, b)`` name someone by kinship, a kinship word after a
    genitive ("मृतका के पति मनोज पासवान", "उनकी बेटी")?  With no role or known name in it, the
    person is one of the public (:func:`bias.voices.source_types.source_type`).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मृतका के पति मनोज पासवान ने कहा")
    >>> kin_phrase(art, 0, 5), kin_phrase(art, 3, 5)
    (True, False)
    """
    return any(kin_word_at(art.keys, k) for k in range(a + 1, b))


#: how many words such a name may have
DESCRIBED_NAME_WORDS = 2


def described_person(art: ArticleContext, i: int, end: int) -> Mention | None:
    """The ordinary person a description ending at token ``i`` introduces — "84 साल की
    फ़ुमिको सातो", "रहने वाली सुनीता मोरे" — as a subject mention a later pronoun can stand for,
    typed ``public`` unless the article gave the name a role (``None`` for any other token).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("वहां रहने वाली सुनीता मोरे बाहर निकल आईं।")
    >>> m = described_person(art, 2, len(art.keys))
    >>> art.words(m.first, m.end), m.source_type
    ('सुनीता मोरे', 'public')
    """
    keys = art.keys
    if keys[i] == "साल":
        if not (i + 1 < end and keys[i + 1] in GENITIVE and i > 0 and art.kinds[i - 1] != "word"):
            return None  # ("84 साल की": a number before, a genitive after)
        a = i + 2
    elif keys[i] in DESCRIBED and i > 0 and keys[i - 1] == "रहने":
        a = i + 1
    else:
        return None
    b = a
    while (
        b < end
        and b < a + DESCRIBED_NAME_WORDS
        and art.kinds[b] == "word"
        and keys[b] not in NAME_ENDS
        and keys[b] not in STOP_BACK
    ):
        b += 1
    if b == a or art.in_quote[a]:
        return None
    stype = art.titles.get(keys[a], "public")
    return Mention(a, b, art.starts[a], stype)
