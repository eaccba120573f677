"""News outlets as speakers: a classifying noun before a name ("अखबार डॉन", "कंपनी एलजी"), and
whether an outlet is a state's ("सरकारी टीवी चैनल", a state outlet the gazetteer knows).

:func:`classifier_before`, :func:`state_owned`, :func:`state_outlet` and :func:`outlet_of_role`
(an announcer speaks for the outlet named just before) are asked by
:func:`bias.voices.source_types.source_type`.
"""

from __future__ import annotations

from .context import ArticleContext

__all__ = [
    "CLASSIFIERS",
    "STATE_WORDS",
    "MEDIA_ROLES",
    "classifier_before",
    "state_owned",
    "state_outlet",
    "outlet_of_role",
]


#: nouns that classify the name right after them ("कंपनी एलजी", "अखबार डॉन"): the article's own
#: description decides over what the lexicon says of the name (एलजी is also a lieutenant governor)
CLASSIFIERS = {"कंपनी": "organisation", "फर्म": "organisation", "अखबार": "media", "चैनल": "media"}


def classifier_before(art: ArticleContext, a: int) -> str | None:
    """The type a classifying noun (:data:`CLASSIFIERS`) right before token ``a`` (a phrase's
    last lexicon term, or its start) gives the phrase; else ``None``.

    >>> from bias.voices import default_attributor
    >>> from bias.voices.source_types import source_type
    >>> art = default_attributor().context("कंपनी एलजी ने कहा")
    >>> classifier_before(art, 1), source_type(art, 1, 2)
    ('organisation', 'organisation')
    """
    return CLASSIFIERS.get(art.keys[a - 1]) if a > 0 else None


#: words that make the outlet a classifying noun names a state's ("सरकारी अख़बार", "सरकारी टीवी चैनल")
STATE_WORDS = frozenset({"सरकारी", "राजकीय"})


def state_owned(art: ArticleContext, a: int, matches: list[tuple[int, int, str]]) -> bool:
    """Is the outlet a classifying noun introduces (:func:`classifier_before`) a state's?  Yes
    when the gazetteer knows it as state media, or :data:`STATE_WORDS` stands in the two words
    before the noun ("चीन के सरकारी अख़बार ग्लोबल टाइम्स", "रूस के सरकारी टीवी चैनल आरटी").

    >>> from bias.voices import default_attributor
    >>> from bias.voices.source_types import source_type
    >>> art = default_attributor().context("सरकारी टीवी चैनल एबीसी ने कहा")
    >>> source_type(art, 3, 4)
    'state_media'
    """
    if any(stype == "state_media" for _, _, stype in matches):
        return True
    head = matches[-1][0] if matches else a
    return any(art.keys[k] in STATE_WORDS for k in range(max(0, head - 3), head - 1))


def state_outlet(matches: list[tuple[int, int, str]]) -> bool:
    """A state-owned outlet named before a generic media head: "शिन्हुआ समाचार एजेंसी",
    "केसीएनए की रिपोर्ट" speak as the state outlet, not as the media in general (``matches``:
    the phrase's lexicon matches, ``(start, end, type)``, in order).

    >>> from bias.voices import default_attributor
    >>> from bias.voices.source_types import source_type
    >>> art = default_attributor().context("शिन्हुआ समाचार एजेंसी ने कहा")
    >>> source_type(art, 0, 3)
    'state_media'
    """
    return any(stype == "state_media" for _, _, stype in matches[:-1])


#: the people of an outlet named by their role alone ("उद्घोषक ने कहा"): whose outlet they speak
#: for is the one the article named just before (:func:`outlet_of_role`)
MEDIA_ROLES = frozenset({"उद्घोषक", "एंकर", "प्रस्तोता", "समाचार वाचक"})
#: how many tokens before the role the outlet may be named
OUTLET_REACH = 40


def outlet_of_role(art: ArticleContext, matches: list[tuple[int, int, str]]) -> str | None:
    """The type of the outlet a bare media role speaks for (``matches``: the phrase's lexicon
    matches, one role of :data:`MEDIA_ROLES`): the nearest outlet (a source term typed
    ``media`` or ``state_media``) within :data:`OUTLET_REACH` tokens before it; ``None`` when
    there is none or the phrase is more than the role; a state's outlet when
    :data:`STATE_WORDS` stands just before it ("सरकारी टीवी चैनल").  "सरकारी टेलीविजन ने …
    दिखाए। उद्घोषक ने कहा कि …": the announcer speaks for the state broadcaster.

    >>> from bias.voices import default_attributor
    >>> from bias.voices.source_types import source_type
    >>> art = default_attributor().context("सरकारी टेलीविजन ने दृश्य दिखाए। उद्घोषक ने कहा")
    >>> source_type(art, 6, 7)
    'state_media'
    """
    if len(matches) != 1:
        return None
    a, b, _ = matches[0]
    if " ".join(art.keys[a:b]) not in MEDIA_ROLES:
        return None
    for i in range(a - 1, max(-1, a - 1 - OUTLET_REACH), -1):
        m = art.source_at.get(i)
        if m is None or i + m[0] > a:
            continue
        for j in range(i - 1, max(-1, i - 4), -1):  # (a longer term around it wins:
            outer = art.source_at.get(j)  # "सरकारी टेलीविजन", not its "टेलीविजन")
            if outer is not None and j + outer[0] > i:
                m = outer
        if m[1] == "media" and any(art.keys[k] in STATE_WORDS for k in range(max(0, i - 3), i)):
            return "state_media"  # ("सरकारी टीवी चैनल": a term inside the state outlet's name)
        if m[1] in ("media", "state_media"):
            return m[1]
    return None
