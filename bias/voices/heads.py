"""What can head a speaker phrase: never a number, a conjunction, a pronoun that points at no
one, a noun that names no one (:data:`~bias.voices.words.NOT_SPEAKER_HEADS`) or a verb
(:func:`infinitive`); a surname in -ने (:func:`surname_in_ne`) and a name numbered with a hyphen
(:func:`numbered_name`: "रोसिया-1", "न्यूज-18") can.
"""

from __future__ import annotations

from .context import ArticleContext
from .words import NE, NOT_SPEAKER_HEADS

__all__ = ["can_be_speaker", "surname_in_ne", "infinitive", "numbered_name"]


def can_be_speaker(art: ArticleContext, a: int, b: int) -> bool:
    """Can the phrase in tokens ``[a, b)`` name a speaker?  Not when its last word (its head)
    is a number, one of :data:`~bias.voices.words.NOT_SPEAKER_HEADS` (a conjunction, a
    pronoun that points at no one, a noun that names no one) or a verb (:func:`infinitive`)
    — unless the word in -ने is a surname: the ergative ने follows it, or a role or title
    stands before it ("श्री कांकने ने बताया", "निदेशक आर के कांकने के अनुसार").

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री या अफसर ने कहा")
    >>> can_be_speaker(art, 0, 2), can_be_speaker(art, 0, 3)
    (False, True)
    >>> art = default_attributor().context("कांकने ने कहा")
    >>> can_be_speaker(art, 0, 1)
    True
    """
    head = art.keys[b - 1]
    if numbered_name(art, b):
        return True  # "रोसिया-1 ने", "न्यूज-18 के मुताबिक"
    if art.kinds[b - 1] != "word" or head in NOT_SPEAKER_HEADS:
        return False
    return not infinitive(head) or surname_in_ne(art, a, b)


def surname_in_ne(art: ArticleContext, a: int, b: int) -> bool:
    """Is the last word of the phrase ``[a, b)``, which ends in -ने, a surname: followed by the
    ergative ने (an infinitive never is), or after a role, title or known name in the phrase?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("निदेशक आर के कांकने के अनुसार")
    >>> surname_in_ne(art, 0, 4)
    True
    """
    if b < len(art.keys) and art.keys[b] == NE:
        return True
    return any(i in art.source_at for i in range(a, b - 1))


def infinitive(key: str) -> bool:
    """Is ``key`` a verb in the oblique infinitive ("लॉकडाउन बढ़ाने की मांग", "नौकरी से निकाले जाने
    की आशंका"), a word that heads no speaker phrase?  Hindi names do not end in -ने.

    >>> infinitive("बढ़ाने"), infinitive("जाने"), infinitive("ने"), infinitive("मंत्री")
    (True, True, False, False)
    """
    return len(key) > 2 and key.endswith("ने")


def numbered_name(art: ArticleContext, b: int) -> bool:
    """Does the phrase ending before token ``b`` end with a name numbered by a hyphen, the
    number glued to a word ("रोसिया-1", "न्यूज-18", "चैनल-4")?  A number so joined is part of a
    channel's or a programme's name, not a count.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("चैनल रोसिया-1 ने कहा, वहां 1 ने कहा")
    >>> numbered_name(art, 4), numbered_name(art, 9)
    (True, False)
    """
    if b < 3 or art.kinds[b - 1] == "word" or not art.keys[b - 1].isdigit():
        return False
    starts, ends = art.starts, art.ends
    return (
        art.keys[b - 2] == "-"
        and art.kinds[b - 3] == "word"
        and ends[b - 3] == starts[b - 2]
        and ends[b - 2] == starts[b - 1]
    )
