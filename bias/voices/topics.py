"""A person named again as the topic of a sentence: a mention a later pronoun can stand for.

Features and interviews name a source with a role once and then open a sentence of narration
with the name alone, no case marker, before the pronoun of the next quotation: "अभिनेता समर्थ
भटनागर ने कहा, … । समर्थ इस दबाव को मानते हैं, लेकिन घबराते नहीं। उन्होंने कहा, “…”" — उन्होंने
is समर्थ, not the speaker quoted in between.  :func:`topic_mentions` adds such an opening name as
a subject mention when it repeats a word of the name of a person the article has already
mentioned as a subject by name (a new name with no speech act is no one the reader knows yet;
a role or a common noun, "छात्र", "प्रशासन", names no one in particular).
"""

from __future__ import annotations

from .context import ArticleContext, Mention
from .heads import can_be_speaker
from .speakers import strip_title
from .words import GENITIVE, STOP_BACK

__all__ = ["topic_mentions", "NOT_TOPIC_AFTER"]

#: words after an opening name that make it no nominative subject: a case marker ("समर्थ को
#: …", "समर्थ से …"), the genitive ("समर्थ की फ़िल्म": a topic of which he is only the owner)
NOT_TOPIC_AFTER = GENITIVE | frozenset("ने को से में पर तक द्वारा".split())


def topic_mentions(art: ArticleContext, mentions: list[Mention]) -> list[Mention]:
    """The sentences that open with a word of the name of a person mentioned before them
    (``mentions``: the subject mentions, in order), the name not followed by a case marker
    (:data:`NOT_TOPIC_AFTER`): each such opening name as a mention of that person's type.

    >>> from bias.voices import default_attributor
    >>> text = "अभिनेता समर्थ भटनागर ने कहा कि फ़िल्म चलेगी। समर्थ इस दबाव को मानते हैं।"
    >>> art = default_attributor().context(text)
    >>> [art.words(m.first, m.end) for m in art.mentions]
    ['अभिनेता समर्थ भटनागर', 'समर्थ']
    """
    keys = art.keys
    known: dict[str, Mention] = {}
    found = []
    k = 0
    for first, end in art.sentences:
        while k < len(mentions) and mentions[k].first < first:
            _learn_name(art, mentions[k], known)
            k += 1
        a = _opening_word(art, first, end)
        if a is None or art.in_quote[a] or keys[a] not in known:
            continue
        b = a
        while b < end and art.kinds[b] == "word" and keys[b] in known:
            b += 1
        if b < end and keys[b] in NOT_TOPIC_AFTER:
            continue
        found.append(Mention(a, b, art.starts[a], known[keys[a]].source_type))
    return found


def _opening_word(art: ArticleContext, first: int, end: int) -> int | None:
    """The first token of the sentence ``[first, end)`` when it is a word."""
    return first if first < end and art.kinds[first] == "word" else None


def _learn_name(art: ArticleContext, mention: Mention, known: dict[str, Mention]) -> None:
    """Remember the name words of a subject mention that names a person by name: after a title
    ("अभिनेता समर्थ भटनागर": समर्थ, भटनागर), a name the article gave a title elsewhere
    (``art.titles``) or a well-known name; not a role or a common noun ("छात्र", "प्रशासन"),
    which names no one in particular."""
    a, b = mention.first, mention.end
    start = strip_title(art, a, b)
    named = start > a or a in art.known_at or any(k in art.titles for k in art.keys[a:b])
    if not named or not can_be_speaker(art, a, b):
        return
    for j in range(start, b):
        key = art.keys[j]
        if art.kinds[j] == "word" and key not in STOP_BACK and art.source_at.get(j) is None:
            known[key] = mention
