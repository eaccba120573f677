"""A judgement said in the present tense, with no कि and no quotation: "डॉ. आनंद इस शोध को
रोमांचकारी बताते हैं", "विशेषज्ञ इसे गलत मानते हैं", "विपक्ष इस कानून को काला कानून कहता है".

The ने form ("X ने इस फैसले को गलत बताया") is a speech act of :mod:`bias.voices.reported`; in
the present the subject stands bare, so the speaker is the noun phrase before the object
(:func:`judging_subject`).  Used by :func:`bias.voices.reported.characterises`.
"""

from __future__ import annotations

from .context import ArticleContext
from .phrases import DETERMINERS, np_before
from .words import AUX, NE, OBJECT_PRONOUNS, PRON_NE, TERMINAL

__all__ = ["JUDGING_VERBS", "OBJECT_REACH", "judging_subject", "judgement"]

Span = tuple[int, int]

#: verbs that, in the present, say what someone calls, holds or declares a thing to be
JUDGING_VERBS = frozenset(
    "बताते बताती बतातीं बताता कहते कहती कहतीं कहता मानते मानती मानतीं मानता".split()
)
#: how many tokens the object and its judgement may span before the verb
OBJECT_REACH = 10


def judgement(art: ArticleContext, i: int, sentence: Span) -> tuple[Span, Span] | None:
    """``(subject, cue)`` tokens when the judging verb at token ``i`` ends its sentence
    (auxiliaries aside) after an object (``X को`` or an object pronoun,
    :data:`~bias.voices.words.OBJECT_PRONOUNS`) and its judgement, in a sentence with no ने and
    no quotation; ``None`` otherwise.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("डॉक्टर राम इस फैसले को गलत बताते हैं।")
    >>> judgement(art, 6, (0, len(art.keys)))
    ((0, 2), (6, 7))
    >>> judgement(art, 6, (0, 5)) is None   # the verb is not in the sentence
    True
    """
    keys, (first, end) = art.keys, sentence
    if not first <= i < end or keys[i] not in JUDGING_VERBS:
        return None
    j = i + 1
    while j < end and keys[j] in AUX:
        j += 1
    if j < end and keys[j] not in TERMINAL:
        return None  # the sentence goes on ("… मानते हैं कि": a clause, not a judgement)
    if any(k == NE or k in PRON_NE for k in keys[first:i]) or art.holds_quotation(first, end):
        return None
    subject = judging_subject(art, first, i)
    if subject is None:
        return None
    return subject, (i, i + 1)


def judging_subject(art: ArticleContext, first: int, verb: int) -> Span | None:
    """The subject of a judging verb at token ``verb``: the noun phrase before its object,
    which is the nearest ``X को`` or object pronoun within :data:`OBJECT_REACH` tokens, with
    at least one word (the judgement) between it and the verb.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("विशेषज्ञ इसे गलत मानते हैं")
    >>> judging_subject(art, 0, 3)
    (0, 1)
    """
    keys = art.keys
    for o in range(verb - 2, max(first, verb - OBJECT_REACH) - 1, -1):
        if keys[o] in OBJECT_PRONOUNS:
            start = o
        elif keys[o] == "को":
            obj = np_before(art, o, first)
            if obj is None:
                return None
            # the object starts at its last determiner ("डॉ. राम इस फैसले को": इस फैसले)
            start = next((d for d in range(o - 1, obj[0] - 1, -1) if keys[d] in DETERMINERS), -1)
            if start < 0:
                start = obj[0]
                while start > first and keys[start - 1] in DETERMINERS:
                    start -= 1
        else:
            continue
        return np_before(art, start, first)
    return None
