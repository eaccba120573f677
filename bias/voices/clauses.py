"""Where a reported clause starts and ends: after the speech cue (कि, a comma, or nothing at
all after कहा/बताया) and to the sentence's end.  Used by the
rules of :mod:`bias.voices.reported`.
"""

from __future__ import annotations

from .context import ArticleContext
from .words import MAX_CLAUSE, REPORTING_AUX

__all__ = [
    "BARE_CLAUSE_MIN",
    "BARE_CLAUSE_VERBS",
    "COMPLEMENTIZERS",
    "bare_clause",
    "clause",
    "clause_start",
]

Span = tuple[int, int]

#: कि after a speech verb, and की typed for it ("उन्होंने बताया की रविवार को …")
COMPLEMENTIZERS = frozenset({"कि", "की"})


def clause(art: ArticleContext, a: int, b: int) -> Span | None:
    """Character span of the reported clause in tokens ``[a, b)`` (at most
    :data:`~bias.voices.words.MAX_CLAUSE` tokens), without final punctuation; ``None`` when
    it holds no word outside quotation marks.  A contrast after a comma is still the source's
    ("X ने कहा कि दबाव रहेगा, लेकिन तैयारी पूरी है": both halves are X's; on the frame gold's
    voice labels, cutting there was wrong more often than right).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री ने कहा कि काम जारी है, लेकिन धीमा है।")
    >>> art.text[slice(*clause(art, 4, 12))]
    'काम जारी है, लेकिन धीमा है'
    """
    keys, kinds, in_quote = art.keys, art.kinds, art.in_quote
    end = b = min(b, a + MAX_CLAUSE)
    while end > a and kinds[end - 1] == "punct" and keys[end - 1] not in ("”", "’", '"', "'"):
        end -= 1
    while a < end and kinds[a] == "punct" and not in_quote[a]:
        a += 1
    if not any(not in_quote[i] and kinds[i] != "punct" for i in range(a, end)):
        return None
    return art.chars(a, end)


def clause_start(art: ArticleContext, j: int, end: int) -> int | None:
    """The first token of the clause a speech cue ending before token ``j`` introduces:
    after auxiliaries, after कि (:data:`COMPLEMENTIZERS`) or after a comma, colon or dash
    that no quotation follows; ``None`` when neither follows.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री ने कहा है कि काम जारी है")
    >>> clause_start(art, 3, len(art.keys))
    5
    """
    keys = art.keys
    verb = keys[j - 1] if j > 0 else ""
    stop = j + 3
    while j < end and j < stop and keys[j] in REPORTING_AUX:
        j += 1
    if j < end and keys[j] in COMPLEMENTIZERS:
        return j + 1
    if j + 1 < end and keys[j] in (",", ":", "-") and not art.in_quote[j + 1]:
        return j + 1
    if bare_clause(art, verb, j, end):
        return j
    return None


#: verbs of saying after which news often leaves out कि ("उन्होंने बताया फसल सड़ जाएगी")
BARE_CLAUSE_VERBS = frozenset({"कहा", "बताया"})
#: how many tokens such a clause needs (a verb followed by a word or two is not a clause)
BARE_CLAUSE_MIN = 4


def bare_clause(art: ArticleContext, verb: str, j: int, end: int) -> bool:
    """Does a clause start at token ``j``, right after the speech verb ``verb`` with no कि:
    ``कहा`` or ``बताया`` followed by a word, and at least :data:`BARE_CLAUSE_MIN` tokens
    before the sentence ends, outside quotation marks?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("किसान ने बताया फसल पानी में सड़ जाएगी")
    >>> bare_clause(art, "बताया", 3, len(art.keys))
    True
    """
    return (
        verb in BARE_CLAUSE_VERBS
        and end - j >= BARE_CLAUSE_MIN
        and art.kinds[j] == "word"
        and not art.in_quote[j]
    )
