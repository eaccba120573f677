"""Naming is not speech: "इन इलाकों को कालाबरजोन कहा जाता है" says what a thing is called.

An impersonal form of कहना (कहा जाता है, कहा जा रहा है …) after an object in को and with no
कि after it names the object; it reports no statement (the labelling guide: a naming phrase is
not reported speech).
"""

from __future__ import annotations

from .context import ArticleContext

__all__ = ["NAMING_VERBS", "naming"]

#: the forms of कहना an impersonal naming phrase starts with
NAMING_VERBS = frozenset({"कहा", "कही", "कहे"})


def naming(art: ArticleContext, i: int, cue_end: int, first: int) -> bool:
    """Is the impersonal cue at tokens ``[i, cue_end)`` a naming phrase: a form of कहना, an
    object in को before it in the sentence (from token ``first``), and no कि after it?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("इन इलाकों को कालाबरजोन कहा जाता है।")
    >>> naming(art, 4, 7, 0)
    True
    >>> art = default_attributor().context("लोगों को बताया गया कि कहा जाता है कि वह आएगा।")
    >>> naming(art, 5, 8, 0)
    False
    """
    keys = art.keys
    if keys[i] not in NAMING_VERBS or "कि" in keys[i:cue_end]:
        return False
    if cue_end < len(keys) and keys[cue_end] == "कि":
        return False
    return "को" in keys[first:i]
