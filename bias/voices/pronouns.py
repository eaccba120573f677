"""Who a pronoun (उन्होंने, वह, उनका) stands for: the last source, or a later subject mention.

* :func:`recent_speaker` — the last speaker of the sentences just before: news goes on with the
  source it just quoted;
* :func:`resolve_pronoun` — the nearest earlier subject mention that is a person
  (:func:`is_person`), passing over mentions inside someone else's reported words
  (:func:`inside_reported`) and documents as such (:data:`WRITINGS`).

:func:`bias.voices.speakers.speaker_of` takes the recent speaker unless a subject mention stands
in a later sentence.
"""

from __future__ import annotations

import bisect

from .context import ArticleContext, Mention
from .documents import DOCUMENTS
from .information import INFORMATION, NEWS
from .results import Speaker
from .words import AFFILIATION, PERSON_TYPES, WINDOW

__all__ = [
    "WRITINGS",
    "PRONOUN_REACH",
    "resolve_pronoun",
    "is_person",
    "recent_speaker",
    "inside_reported",
]


def resolve_pronoun(art: ArticleContext, pos: int, person: bool = True) -> Mention | None:
    """The mention a pronoun at character ``pos`` refers to: the nearest earlier subject
    mention (within :data:`~bias.voices.words.WINDOW` mentions) that is a person
    (:func:`is_person`), else the nearest one (``person=False``: the nearest one).  A mention
    inside a reported clause that does not hold the pronoun is passed over
    (:func:`inside_reported`): in "X ने बताया कि Y ने दौरा किया। उन्होंने कहा, …" the pronoun
    continues the reporting subject X, not Y.

    >>> from bias.voices import default_attributor
    >>> text = "मंत्री अनिल ने दौरा किया। मीडिया ने खबर दी। उन्होंने कहा कि सब ठीक है।"
    >>> art = default_attributor().context(text)
    >>> m = resolve_pronoun(art, text.index("उन्होंने"))
    >>> art.words(m.first, m.end)
    'मंत्री अनिल'
    """
    i = bisect.bisect_left(art.mention_starts, pos) - 1
    nearest: Mention | None = None
    stop = i - WINDOW
    while i >= 0 and i > stop:
        mention = art.mentions[i]
        if inside_reported(art, mention.start, pos) or art.keys[mention.end - 1] in WRITINGS:
            i -= 1  # (nor a document or a report: "शोध के अनुसार …। उनके अनुसार" is a person)
            continue
        if is_person(art, mention) or not person:
            return mention
        if nearest is None:
            nearest = mention
        i -= 1
    return nearest


def is_person(art: ArticleContext, mention: Mention) -> bool:
    """Is a subject mention a person a personal pronoun can stand for: of a person's source type
    (:data:`~bias.voices.words.PERSON_TYPES`), or an officer of a body, whose type is the body's
    ("नेटो के प्रवक्ता मार्टिन हॉलग्रेन": organisation, and a person; a role of
    :data:`~bias.voices.words.AFFILIATION` in the phrase)?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("नेटो के प्रवक्ता ने कहा। नेटो ने कहा।")
    >>> [is_person(art, m) for m in art.mentions]
    [True, False]
    """
    if mention.source_type in PERSON_TYPES:
        return True
    return any(k in AFFILIATION for k in art.keys[mention.first : mention.end])


#: what a personal pronoun never stands for: documents, reports and information as such
WRITINGS = DOCUMENTS | INFORMATION | NEWS

#: how many sentences back a pronoun subject looks for the last speaker it continues
PRONOUN_REACH = 2


def recent_speaker(art: ArticleContext, pos: int) -> tuple[Speaker, int] | None:
    """The last speaker of a quotation or reported statement in the :data:`PRONOUN_REACH`
    sentences before the one of a pronoun subject at character ``pos``, and the index of its
    sentence: news goes on with the source it just quoted.  :func:`speaker_of` takes it
    unless the nearest subject mention (:func:`resolve_pronoun`) stands in a later sentence.

    >>> from bias.voices import default_attributor
    >>> text = "मंत्री अनिल ने बताया कि राम ने दौरा किया। उन्होंने कहा, “सब ठीक है।”"
    >>> art = default_attributor().context(text)
    >>> art.last_speaker[0] = Speaker((7, 11), None, "government_official")
    >>> speaker, k = recent_speaker(art, text.index("उन्होंने"))
    >>> text[slice(*speaker.span)], k
    ('अनिल', 0)
    """
    here = art.sentence_of(pos)
    for k in range(here - 1, max(-1, here - 1 - PRONOUN_REACH), -1):
        speaker = art.last_speaker.get(k)
        if speaker is not None and speaker.span is not None:
            if art.keys[art.tk.index_at(speaker.span[1]) - 1] in WRITINGS:
                continue  # (a study or a report is no "उनके": :data:`WRITINGS`)
            return speaker, k
    return None


def inside_reported(art: ArticleContext, pos: int, pronoun: int) -> bool:
    """Does character ``pos`` lie inside a reported clause (someone's reported words) that
    does not also hold the ``pronoun`` position?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("राम ने बताया कि श्याम आए।")
    >>> art.reported_clauses = [(15, 24)]
    >>> inside_reported(art, 16, 30), inside_reported(art, 16, 20)
    (True, False)
    """
    k = bisect.bisect_right(art.reported_clauses, (pos, len(art.text))) - 1
    if k < 0:
        return False
    a, b = art.reported_clauses[k]
    return a <= pos < b and not a <= pronoun < b
