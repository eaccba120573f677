"""Information whose source a text may not name: "जानकारी के अनुसार", "खबरों के मुताबिक",
"(पटना से प्राप्त) समाचारों के अनुसार", "मीडिया रिपोर्ट्स के मुताबिक".

The reported-speech rule ``according_to`` (:mod:`bias.voices.reported`) asks these: an according
phrase that is information as such (:data:`INFORMATION`) speaks for the source it came from, if
the text names one (:func:`information_source`: "पुलिस से मिली जानकारी" → पुलिस); news and reports
as such (:data:`NEWS`, :func:`news_as_such`) name no source at all (the guide: an item with a
null entity).
"""

from __future__ import annotations

from .context import ArticleContext
from .phrases import np_before
from .words import GENITIVE

__all__ = ["INFORMATION", "NEWS", "information_source", "news_as_such"]

Span = tuple[int, int]


#: information as such, not its source: "जानकारी के अनुसार", "खबरों के मुताबिक"
INFORMATION = frozenset("जानकारी जानकारियों सूचना सूचनाओं खबर खबरों ख़बर ख़बरों".split())


#: news dispatches and reports as such: "(पटना से प्राप्त) समाचारों के अनुसार", "मीडिया रिपोर्ट्स के
#: मुताबिक" name no source (the place a dispatch came from is none); a report of someone, "पुलिस
#: की रिपोर्ट के अनुसार", speaks for them
NEWS = frozenset("समाचार समाचारों रिपोर्ट्स रिपोर्टों".split())


def news_as_such(art: ArticleContext, np: Span) -> bool:
    """Is the according phrase ``np`` news or reports with no one's name (:data:`NEWS`, no
    genitive inside it)?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मीडिया रिपोर्ट्स के मुताबिक")
    >>> news_as_such(art, (0, 2))
    True
    """
    words = art.keys[np[0] : np[1]]
    return words[-1] in NEWS and not any(w in GENITIVE for w in words)


def information_source(art: ArticleContext, np: Span, first: int) -> Span | None:
    """The source of the information phrase ``np`` (:data:`INFORMATION`): the phrase before
    ``से`` right before it ("पुलिस से मिली जानकारी" → पुलिस), else ``None``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("पुलिस से मिली जानकारी के अनुसार")
    >>> art.keys[slice(*information_source(art, (2, 4), 0))]
    ('पुलिस',)
    """
    if np[0] - 1 <= first or art.keys[np[0] - 1] != "से":
        return None
    return np_before(art, np[0] - 1, first)
