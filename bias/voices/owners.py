"""The body that owns a role named right before it: "संगठन ‘ग्राम स्वराज मंच’ के निदेशक X",
"सहायता संस्था मेडिसिन्स सां फ़्रंटियर्स (एमएसएफ़) के आपात समन्वयक X".

A speaker phrase stops at the genitive before it, so a role that belongs to a body (प्रवक्ता,
निदेशक, समन्वयक …) can stand without its owner; :func:`owner_before` reads the owner across the
genitive, a bracketed acronym or a name in quotation marks.
"""

from __future__ import annotations

from .context import ArticleContext
from .words import GENITIVE, NP_STOP, QUOTE_MARKS

__all__ = ["OWNER_REACH", "owner_before"]

#: how many words before the genitive (past a bracket or a quoted name) the owner's term may start
OWNER_REACH = 8
#: how many tokens a bracketed acronym or a quoted name may span
NAMED_REACH = 10


def owner_before(art: ArticleContext, a: int) -> str | None:
    """The source type of the body that owns the phrase starting at token ``a`` through the
    genitive right before it: the nearest source term within :data:`OWNER_REACH` words before
    the genitive, a bracketed acronym or a quoted name skipped ("संस्था मेडिसिन्स सां फ़्रंटियर्स
    (एमएसएफ़) के"); a body named in quotation marks that the lexicon does not know is an
    organisation; ``None`` without a genitive or an owner.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("संगठन ‘ग्राम स्वराज मंच’ के निदेशक अमर दास ने कहा")
    >>> owner_before(art, art.keys.index("निदेशक"))
    'organisation'
    """
    keys, kinds = art.keys, art.kinds
    if a < 2 or keys[a - 1] not in GENITIVE:
        return None
    j = a - 1
    named = keys[j - 1] in QUOTE_MARKS
    if keys[j - 1] == ")" or named:
        k = j - 2
        while k > max(0, j - NAMED_REACH) and keys[k] != "(" and keys[k] not in QUOTE_MARKS:
            k -= 1
        if keys[k] != "(" and keys[k] not in QUOTE_MARKS:
            return None
        j = k
    for s in range(j - 1, max(-1, j - 1 - OWNER_REACH), -1):
        m = art.source_at.get(s)
        if m is not None and s + m[0] <= j:
            return m[1]
        if kinds[s] != "word" or keys[s] in NP_STOP:
            break
    return "organisation" if named else None
