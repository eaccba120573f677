"""A body named again by its kind alone: "एजेंसी ने कहा", "कमेटी ने कहा".

News names a body once in full ("उत्तर कोरिया की सरकारी समाचार एजेंसी केसीएनए ने कहा कि …") and
then by its kind ("एजेंसी ने … कहा"), as it names a person once and then by a pronoun.  A speaker
phrase that is only such a noun (:data:`BODY_ANAPHORS`) stands for the body the article last
named with that noun (:func:`body_antecedent`); its type and origin are that phrase's.
"""

from __future__ import annotations

from .context import ArticleContext
from .phrases import np_before
from .words import GENITIVE, NP_STOP

__all__ = ["BODY_ANAPHORS", "ANTECEDENT_REACH", "body_antecedent"]

Span = tuple[int, int]

#: nouns of a body's kind that, alone, name the body of that kind named before
BODY_ANAPHORS = frozenset(
    "एजेंसी संस्था संगठन कमेटी समिति आयोग मंत्रालय पार्टी कंपनी अखबार चैनल बोर्ड परिषद".split()
)
#: how many tokens back the earlier naming may stand
ANTECEDENT_REACH = 150
#: how many name words may follow the noun in the earlier naming ("एजेंसी केसीएनए")
NAME_AFTER = 3
#: how many words the earlier naming may have in all
LONG_NAME = 9


def body_antecedent(art: ArticleContext, a: int) -> Span | None:
    """The token range of the phrase that named the body the noun at token ``a`` stands for:
    around the latest earlier use of the same noun, the noun phrase with the name words right
    after it and one owner in the genitive before it ("माओवादियों की दक्षिण बस्तर डिवीजन
    कमेटी"), passing over earlier uses that are bare too; ``None`` when the noun is no body noun
    or the article did not name such a body in full within :data:`ANTECEDENT_REACH` tokens.

    >>> from bias.voices import default_attributor
    >>> t = "सरकारी समाचार एजेंसी केसीएनए ने कहा कि परीक्षण सफल रहा। एजेंसी ने कहा"
    >>> art = default_attributor().context(t)
    >>> art.keys[slice(*body_antecedent(art, art.keys.index("एजेंसी", 3)))]
    ('सरकारी', 'समाचार', 'एजेंसी', 'केसीएनए')
    """
    keys, kinds = art.keys, art.kinds
    if keys[a] not in BODY_ANAPHORS:
        return None
    for j in range(a - 1, max(-1, a - 1 - ANTECEDENT_REACH), -1):
        if keys[j] != keys[a]:
            continue
        end = j + 1
        while end < a and end - j <= NAME_AFTER and kinds[end] == "word":
            if keys[end] in NP_STOP or keys[end] in GENITIVE:
                break
            end += 1
        np = np_before(art, end, max(0, j - 8))
        if np is None or np[1] - np[0] < 2:
            continue  # (named bare there too: the naming before that)
        start = np[0]
        while start > 0 and np[1] - start < LONG_NAME and kinds[start - 1] == "word":
            if keys[start - 1] in NP_STOP:  # (a full naming may be longer than a speaker
                break  # phrase: "संयुक्त राष्ट्र की फ़लस्तीनी शरणार्थी एजेंसी यूएनआरडब्ल्यूए")
            start -= 1
        if start >= 2 and keys[start - 1] in GENITIVE:
            owner = np_before(art, start - 1, max(0, start - 6))
            start = owner[0] if owner is not None else start
        return start, np[1]
    return None
