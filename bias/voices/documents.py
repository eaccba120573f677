"""Documents that speak for whoever issued them: "संसदीय रिपोर्ट में कहा गया कि …", and "इसमें
कहा गया कि …" after a document named before.  Read by the impersonal rule of
:mod:`bias.voices.reported`.
"""

from __future__ import annotations

from .context import ArticleContext
from .phrases import np_before

__all__ = ["DOCUMENTS", "document_source", "document_before"]

Span = tuple[int, int]


#: documents, which speak for whoever issued them ("संसदीय रिपोर्ट में कहा गया कि …")
DOCUMENTS = frozenset(
    "रिपोर्ट बयान बयानों पत्र चिट्ठी अध्ययन सर्वे सर्वेक्षण शोध विज्ञप्ति अधिसूचना एडवाइजरी "
    "आदेश नोटिस याचिका दस्तावेज".split()
)

#: how many tokens (a time, a place) may stand between "<document> में" and the cue
DOCUMENT_REACH = 4

#: "in it": a document named before ("रिपोर्ट जारी की गई। इसमें कहा गया कि …")
DOCUMENT_ANAPHORS = frozenset({"इसमें", "उसमें"})
#: how many tokens before its sentence the document of इसमें / उसमें is looked for
DOCUMENT_LOOKBACK = 60


def document_source(art: ArticleContext, i: int, first: int) -> Span | None:
    """The document an impersonal cue at token ``i`` is read from: ``<document> में``
    within :data:`DOCUMENT_REACH` tokens before it (the sentence starts at ``first``); the
    phrase that ends with the document noun is the source, as the guide says.  ``इसमें``
    there is the last document named in the :data:`DOCUMENT_LOOKBACK` tokens before.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("संसदीय रिपोर्ट में मंगलवार को कहा गया कि")
    >>> document_source(art, 5, 0)
    (0, 2)
    """
    keys = art.keys
    for j in range(i - 1, max(first, i - DOCUMENT_REACH - 1) - 1, -1):
        if keys[j] == "में" and j > first and keys[j - 1] in DOCUMENTS:
            return np_before(art, j, first)
        if keys[j] in DOCUMENT_ANAPHORS:
            return document_before(art, first)
    return None


def document_before(art: ArticleContext, first: int) -> Span | None:
    """The phrase ending with the last document noun in the :data:`DOCUMENT_LOOKBACK` tokens
    before token ``first`` (what ``इसमें`` refers to), or ``None``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्रालय ने रिपोर्ट जारी की। इसमें कहा गया कि")
    >>> document_before(art, 6)  # (the phrase stops at ने)
    (2, 3)
    """
    keys = art.keys
    for j in range(first - 1, max(-1, first - DOCUMENT_LOOKBACK - 1), -1):
        if keys[j] in DOCUMENTS:
            return np_before(art, j + 1, max(0, j - 4))
    return None
