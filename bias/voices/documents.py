"""Documents that speak for whoever issued them: "संसदीय रिपोर्ट में कहा गया कि …", and "इसमें
कहा गया कि …" after a document named before.  Read by the impersonal rule of
:mod:`bias.voices.reported`.
"""

from __future__ import annotations

from typing import Sequence

from .context import ArticleContext
from .phrases import np_before
from .words import GENITIVE, NE, SIDES

__all__ = ["DOCUMENTS", "document_source", "document_before", "issuer", "issuer_end"]

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
    within :data:`DOCUMENT_REACH` tokens before it (the sentence starts at ``first``); its
    :func:`issuer` is the source, as the guide says (the phrase that ends with the document
    noun when no issuer is named).  ``इसमें`` there is the last document named in the
    :data:`DOCUMENT_LOOKBACK` tokens before.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("संसदीय रिपोर्ट में मंगलवार को कहा गया कि")
    >>> document_source(art, 5, 0)
    (0, 2)
    """
    keys = art.keys
    for j in range(i - 1, max(first, i - DOCUMENT_REACH - 1) - 1, -1):
        if keys[j] == "में" and j > first and keys[j - 1] in DOCUMENTS:
            return issuer(art, np_before(art, j, first), first)
        if keys[j] in DOCUMENT_ANAPHORS:
            return document_before(art, first)
    return None


#: words before a document noun that belong to neither its issuer nor its name
DOCUMENT_MODIFIERS = frozenset({"जारी", "आगे", "अपने", "अपनी", "अपना", "एक"})


def issuer(art: ArticleContext, doc: Span | None, first: int) -> Span | None:
    """Who issued the document phrase ``doc`` (tokens), when the text says so, else the
    phrase itself (without जारी, आगे …): a document speaks for the body that issued it.
    ``X की ओर से जारी बयान``, ``X द्वारा जारी विज्ञप्ति``, ``X ने बयान जारी किया`` and
    ``X के बयान`` name X.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("सहारा की ओर से जारी बयान में कहा गया कि")
    >>> art.words(*issuer(art, (5, 7), 0))
    'सहारा'
    """
    if doc is None:
        return None
    keys = art.keys
    a, b = doc
    inside = [g for g in range(a + 1, b - 1) if keys[g] in GENITIVE]
    if inside:  # "कंपनी के बयान": the phrase holds its issuer
        return np_before(art, inside[-1], a) or doc
    while a < b - 1 and keys[a] in DOCUMENT_MODIFIERS:
        a += 1
    k = a - 1
    while k >= first and keys[k] in DOCUMENT_MODIFIERS:
        k -= 1
    end = issuer_end(keys, k, first) if k >= first else None
    if end is None and k >= first and keys[k] in GENITIVE:
        end = k  # "X के बयान", "X की रिपोर्ट"
    if end is None:
        return (a, b)
    return np_before(art, end, first) or (a, b)


def issuer_end(keys: Sequence[str], k: int, first: int) -> int | None:
    """Where the issuer's phrase ends when token ``k`` closes a marker of who issued or said
    something: ``X द्वारा``, ``X ने`` (at ``k``) or ``X की ओर से`` / ``X की तरफ से`` (``से`` at
    ``k``; the phrase ends before the genitive); ``None`` otherwise.

    >>> issuer_end(["सहारा", "की", "ओर", "से"], 3, 0), issuer_end(["पुलिस", "द्वारा"], 1, 0)
    (1, 1)
    """
    if keys[k] == "द्वारा" or keys[k] == NE:
        return k
    if keys[k] == "से" and k - 2 >= first and keys[k - 1] in SIDES and keys[k - 2] in GENITIVE:
        return k - 2
    return None


def document_before(art: ArticleContext, first: int) -> Span | None:
    """The :func:`issuer` of the last document noun in the :data:`DOCUMENT_LOOKBACK` tokens
    before token ``first`` (what ``इसमें`` refers to), or ``None``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्रालय ने रिपोर्ट जारी की। इसमें कहा गया कि")
    >>> document_before(art, 6)  # (the report's issuer: मंत्रालय)
    (0, 1)
    """
    keys = art.keys
    for j in range(first - 1, max(-1, first - DOCUMENT_LOOKBACK - 1), -1):
        if keys[j] in DOCUMENTS:
            lo = max(0, j - 8)
            return issuer(art, np_before(art, j + 1, max(0, j - 4)), lo)
    return None
