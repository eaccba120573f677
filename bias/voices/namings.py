"""Where the article first names a speaker: its country is said there, often before the person
speaks ("पाकिस्तान के राष्ट्रपति नवेद अख़्तर क़ुरैशी बीजिंग पहुँचे। … क़ुरैशी ने कहा, …").

:func:`first_namings` finds, in one pass over the tokens, where each name word first occurs;
:func:`naming_origin` reads the country of the phrase there
(:func:`bias.voices.origins.mention_origin`) for a speaker whose own phrases named none — before
the story's country is taken for theirs.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..lexicon import TokenTable
from .origins import mention_origin

__all__ = ["first_namings", "naming_origin"]

Span = tuple[int, int]


def first_namings(tk: TokenTable, words: Iterable[str]) -> dict[str, int]:
    """The token index where each of ``words`` (token keys) first occurs in the article.

    >>> first_namings(TokenTable("राम आए। फिर राम और श्याम गए।"), ["राम", "श्याम", "सीता"])
    {'राम': 0, 'श्याम': 6}
    """
    wanted = set(words)
    out: dict[str, int] = {}
    for i, key in enumerate(tk.keys):
        if key in wanted and key not in out:
            out[key] = i
    return out


def naming_origin(
    tk: TokenTable,
    origins: dict[int, tuple[int, str]],
    words: Sequence[str],
    firsts: dict[str, int],
    sentences: Sequence[Span],
    sentence_of,
) -> str | None:
    """The country of the phrase where the article first names ``words`` (a speaker's name;
    ``firsts`` from :func:`first_namings`): read back from its first word's first occurrence
    within that sentence (``sentence_of``: token -> sentence index).

    >>> from bias.lexicon import Matcher, Phrases
    >>> countries = Phrases([("पाकिस्तान", "PK")], label="origins")
    >>> t = "पाकिस्तान के राष्ट्रपति नवेद क़ुरैशी पहुँचे। क़ुरैशी ने कहा"
    >>> tk = TokenTable(t, matcher=Matcher([countries]))
    >>> firsts = first_namings(tk, ["कुरैशी"])  # (token keys: no nukta)
    >>> naming_origin(tk, tk.matches(countries), ["कुरैशी"], firsts, [(0, 6), (6, 10)],
    ...               lambda i: 0 if i < 6 else 1)
    'PK'
    """
    if not words or words[0] not in firsts:
        return None
    i = firsts[words[0]]
    k = sentence_of(i)
    sentence = sentences[k] if sentences else (0, len(tk))
    span = (tk.starts[i], tk.ends[min(len(tk) - 1, i + len(words) - 1)])
    return mention_origin(tk, origins, span, sentence)
