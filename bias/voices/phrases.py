"""The phrases the rules look for around a quotation: the noun phrase before a word,
speech cues (a verb, or a speech noun with a light verb), "Y के अनुसार", and the
subject-and-verb of a sentence.  All positions are token indices of an
:class:`~bias.voices.context.ArticleContext`.
"""

from __future__ import annotations

from typing import NamedTuple

from .context import ArticleContext
from .words import (
    AUX,
    CUE_PARTICLES,
    FIRST_SECOND,
    GENITIVE,
    LEADING_DROP,
    MANNER,
    NE,
    NP_STOP,
    ONE,
    PRON_NE,
    QUOTE_MARKS,
    REFLEXIVE,
    RELATIVE,
    SPEECH_ADVERBS,
    TRAILING_DROP,
    WINDOW,
)

__all__ = [
    "Said",
    "np_before",
    "speech_cue",
    "find_cue",
    "find_cue_last",
    "find_cue_outside",
    "according_before",
    "verb_phrase_before",
    "ne_subject_of",
    "quoted_name",
    "quoting_whom",
]

Span = tuple[int, int]


class Said(NamedTuple):
    """A speaker phrase and the cue that makes it one (token ranges)."""

    np: Span
    cue: str | None
    cue_tokens: Span


def np_before(art: ArticleContext, i: int, lo: int) -> Span | None:
    """The noun phrase that ends right before token ``i`` (not before token ``lo``): at
    most :data:`NP_WORDS` words, not crossing a postposition, conjunction, verb or punctuation,
    without leading determiners; ``X, जिन्होंने …, ने`` skips the relative clause.
    ``None`` when the phrase would end with का / के / की.  (Remembered per article:
    the rules ask about the same subjects again.)

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("तब एक वरिष्ठ नेता ने कहा")
    >>> art.keys[slice(*np_before(art, 4, 0))]
    ('वरिष्ठ', 'नेता')
    >>> art = default_attributor().context("मौसम एजेंसी (जेएमए) ने कहा")
    >>> art.keys[slice(*np_before(art, 5, 0))]
    ('मौसम', 'एजेंसी')
    """
    key = (i, lo)
    if key not in art.np_memo:
        art.np_memo[key] = _np_before(art, i, lo)
    return art.np_memo[key]


#: the most words a noun phrase before a cue may have (:func:`np_before`; a hyphen is no word)
NP_WORDS = 6
#: the most words a name in quotation marks may have (:func:`quoted_name`)
QUOTED_NAME_WORDS = 5


def quoted_name(art: ArticleContext, close: int, lo: int) -> Span | None:
    """The name in quotation marks (:data:`~bias.voices.words.QUOTE_MARKS`; a doubled ``''`` is
    two tokens) that ends with the mark at token ``close`` — an organisation
    or a nickname, "'कश्मीर समिति' ने मांग की" — when the marks hold one to
    :data:`QUOTED_NAME_WORDS` words and nothing else (tokens from ``lo`` on).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("संगठन 'कश्मीर समिति' ने मांग की")
    >>> art.keys[slice(*quoted_name(art, 4, 0))]
    ('कश्मीर', 'समिति')
    """
    keys, kinds = art.keys, art.kinds
    end = close
    while end - 1 >= lo and keys[end - 1] in QUOTE_MARKS:
        end -= 1  # (the second mark of a doubled '')
    start = end
    while start - 1 >= lo and kinds[start - 1] == "word" and end - start < QUOTED_NAME_WORDS:
        start -= 1
    if start == end or start - 1 < lo or keys[start - 1] not in QUOTE_MARKS:
        return None
    return start, end


def _np_before(art: ArticleContext, i: int, lo: int) -> Span | None:
    keys, kinds = art.keys, art.kinds
    j = i - 1
    if j >= lo and keys[j] == ",":
        # X, जिन्होंने …, ने: skip the relative clause back to its comma
        k = j - 1
        floor = max(lo, j - WINDOW)
        while k >= floor and not (keys[k] in RELATIVE and k - 1 >= floor and keys[k - 1] == ","):
            k -= 1
        if k < floor:
            return None
        j = k - 2
    if j >= lo and keys[j] in QUOTE_MARKS:
        return quoted_name(art, j, lo)
    if j >= lo and keys[j] == ")":
        # X (Y) ने: the phrase before a bracketed acronym or gloss ("जापान मौसम विज्ञान
        # एजेंसी (जेएमए) ने कहा")
        k = j - 1
        while k > max(lo, j - 8) and keys[k] != "(":
            k -= 1
        if keys[k] != "(" or k <= lo:
            return None
        j = k - 1
    end = j + 1
    if j >= lo and keys[j] in GENITIVE:
        return None  # the phrase would end with का / के / की
    words = 0  # at most NP_WORDS words; the hyphen inside a name is none ("बान की-मून")
    while j >= lo and words < NP_WORDS:
        if keys[j] in NP_STOP or (kinds[j] == "punct" and keys[j] != "-"):
            break
        words += keys[j] != "-"
        j -= 1
    start = j + 1
    while start < end and (keys[start] in LEADING_DROP or keys[start] == "-"):
        start += 1
    while end > start + 1 and keys[end - 1] in TRAILING_DROP:
        end -= 1  # "अब्बासी यह भी मानते हैं": यह is the verb's object
    if start >= end:
        # "एक ने लिखा": one of the people just named (ONE, a phrase of its own)
        return (end - 1, end) if end == i and keys[end - 1] == ONE else None
    return start, end


def speech_cue(art: ArticleContext, i: int, stop: int) -> int:
    """Length of the speech cue starting at token ``i`` (0 if none): a speech verb
    (कहा, बताया, कहना है) or a speech noun with its light verbs, perhaps after a
    particle, before token ``stop`` (प्रशंसा की, की भी प्रशंसा की, चिंता जताई, शोक व्यक्त
    किया, इंकार कर दिया).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री ने योजना की भी प्रशंसा की।")
    >>> speech_cue(art, 5, 8), speech_cue(art, 2, 8)
    (2, 0)
    """
    verb = art.verb_at.get(i)
    if verb is not None:
        return verb[0]
    keys, light = art.keys, art.lex.light
    if keys[i] in art.lex.nouns:
        for j in range(i + 1, min(i + 3, stop)):
            if keys[j] in light:
                while j + 1 < stop and keys[j + 1] in light:  # (व्यक्त किया, कर दिया)
                    j += 1
                return j - i + 1
            if keys[j] not in CUE_PARTICLES:
                break
    return 0


def find_cue(art: ArticleContext, a: int, b: int) -> Span | None:
    """The first speech cue in tokens ``[a, b)``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री ने योजना की भी प्रशंसा की।")
    >>> find_cue(art, 0, 8)
    (5, 7)
    """
    keys, cue_words = art.keys, art.lex.cue_words
    for i in range(a, b):
        if keys[i] in cue_words and (length := speech_cue(art, i, b)):
            return i, i + length
    return None


def find_cue_last(art: ArticleContext, a: int, b: int) -> Span | None:
    """The last speech cue that starts in tokens ``[a, b)``."""
    keys, cue_words = art.keys, art.lex.cue_words
    for i in range(b - 1, a - 1, -1):
        if keys[i] in cue_words and (length := speech_cue(art, i, b)):
            return i, i + length
    return None


def find_cue_outside(art: ArticleContext, a: int, b: int) -> Span | None:
    """The first speech cue in tokens ``[a, b)`` that starts outside quotation marks.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("“कहा गया” सुनकर मंत्री ने कहा")
    >>> find_cue_outside(art, 0, 8)
    (7, 8)
    """
    keys, cue_words, in_quote = art.keys, art.lex.cue_words, art.in_quote
    for i in range(a, b):
        if keys[i] in cue_words and not in_quote[i] and (length := speech_cue(art, i, b)):
            return i, i + length
    return None


def quoting_whom(art: ArticleContext, ne: int, stop: int) -> Span | None:
    """``X ने Y के हवाले से बताया``: the source ``Y`` that the subject of the ``ने`` at token
    ``ne`` quotes (a news outlet quoting an official), the noun phrase before ``के हवाले से``
    between the ``ने`` and token ``stop`` (the speech cue).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("अखबार ने पुलिस अधिकारी के हवाले से बताया")
    >>> art.keys[slice(*quoting_whom(art, 1, 7))]
    ('पुलिस', 'अधिकारी')
    """
    keys = art.keys
    for i in range(ne + 2, stop - 1):
        if keys[i] == "हवाले" and keys[i + 1] == "से" and keys[i - 1] in GENITIVE:
            return np_before(art, i - 1, ne + 1)
    return None


def according_before(art: ArticleContext, i: int, lo: int) -> tuple[Span, Span] | None:
    """``Y के अनुसार(,)`` ending right before token ``i``: the noun phrase ``Y`` and the
    cue ``के अनुसार``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("पुलिस के अनुसार, मंत्री ने कहा")
    >>> according_before(art, 4, 0)
    ((0, 1), (1, 3))
    """
    keys = art.keys
    j = i - 1
    if j >= lo and keys[j] == ",":
        j -= 1
    if j - 1 >= lo and keys[j] in art.lex.according and keys[j - 1] in GENITIVE:
        np = np_before(art, j - 1, lo)
        if np:
            return np, (j - 1, j + 1)
    return None


#: the object "this" of a speech verb, as in "वे यह भी कहते हैं कि …"
THIS = frozenset({"यह", "ये"})


def before_this_too(art: ArticleContext, s: int, first: int, verb: int) -> int:
    """Where the subject ends when "यह भी" / "ये भी" (the verb's object, "this too") stands
    between it and the speech verb at token ``verb``: before the demonstrative; else ``s``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("वे यह भी कहते हैं कि सब ठीक है")
    >>> before_this_too(art, 2, 0, 3)  # (past भी already: the subject ends before यह)
    1
    """
    keys = art.keys
    if s > first + 1 and keys[s - 1] in THIS and s < verb and keys[s] in ("भी", "ही"):
        return s - 1
    return s


def verb_phrase_before(
    art: ArticleContext, first: int, end: int, that: bool = False
) -> Said | None:
    """``X कहते हैं,`` — a speech verb (then auxiliaries, a comma, colon or dash; with
    ``that``, for a quotation that reads as speech, perhaps कि: "जूही कहती हैं कि “…”")
    ending right before token ``end``, with no ने, ने-pronoun or कि earlier in its clause
    (that is ``X ने … कहा``); the speaker is the noun phrase before the verb.  Looks no
    further back than token ``first``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री कहते हैं, “हम तैयार हैं।”")
    >>> verb_phrase_before(art, 0, 4)
    Said(np=(0, 1), cue='कहते', cue_tokens=(1, 2))
    """
    keys, kinds = art.keys, art.kinds
    j = end - 1
    while j >= first and kinds[j] == "punct" and keys[j] in (",", ":", "-", "—"):
        j -= 1
    if that and j > first and keys[j] == "कि":  # जूही कहती हैं कि “…”: what she says
        j -= 1
    while j >= first and keys[j] in AUX:
        j -= 1
    for length in (2, 1):
        v = j - length + 1
        if v < first or art.in_quote[v]:
            continue
        verb = art.verb_at.get(v)
        if verb is None or verb[0] != length:
            continue
        if _ne_clause(art, first, v) or v > first and keys[v - 1] == "और":
            return None  # (… किया और बताया: the subject of the clause before speaks)
        s = v  # the subject ends before the adverbs of the verb: वो आगे कहते हैं
        while s > first and keys[s - 1] in SPEECH_ADVERBS:
            s -= 1
        s = before_this_too(art, s, first, v)  # वे यह भी कहते हैं
        if s - 2 > first and keys[s - 1] in MANNER and keys[s - 2].endswith(("ते", "ती")):
            s -= 2  # वो मुस्कुराती हुई बोलीं
        np = np_before(art, s, first)
        np = subject_past_object(art, np, first) if np else np_before_own_medium(art, s, first)
        if np is None and s > first and keys[s - 1] in art.lex.pronouns:
            np = (s - 1, s)  # वे कहती हैं, “…”: the pronoun is the subject
        if np is None:
            return None
        return Said(np, " ".join(keys[v : j + 1]), (v, j + 1))
    return None


#: the determiners with which an object phrase starts ("इस शोध को", "एक फ़िल्म को")
DETERMINERS = frozenset("इस उस इन उन यह वह ये वे एक".split())


def subject_past_object(art: ArticleContext, np: Span, first: int) -> Span | None:
    """The subject of a speech verb whose nearest phrase ``np`` is its object: one's own
    ("वे अपना अनुभव बताते हैं": the subject before अपना) or a complement after "X को" ("डॉ.
    आनंद इस शोध को रोमांचकारी बताते हैं": the subject before "इस शोध को", unless nothing
    stands there: "इस फैसले को रमेश सही मानते हैं"); a pronoun there is the subject.  Any
    other ``np`` is the subject itself.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("डॉ आनंद इस शोध को रोमांचकारी बताते हैं")
    >>> art.keys[slice(*subject_past_object(art, (5, 6), 0))]
    ('डॉ', 'आनंद')
    """
    keys = art.keys
    a = np[0]
    while a > first and keys[a - 1] in LEADING_DROP:
        a -= 1  # (अपने इस फ़ैसले का बचाव करते हुए कहती हैं)
    if a <= first or keys[a - 1] not in REFLEXIVE and keys[a - 1] != "को":
        return np
    end = a - 1
    if keys[a - 1] == "को":  # the object, then the subject before it
        obj = np_before(art, a - 1, first)
        if obj is None:
            return None
        # the object starts at its determiner ("… इस शोध को"); before it, the subject
        end = next((d for d in range(a - 2, obj[0] - 1, -1) if keys[d] in DETERMINERS), obj[0])
    found = np_before(art, end, first)
    if found is None and end > first and keys[end - 1] in art.lex.pronouns:
        return (end - 1, end)
    if found is None and keys[a - 1] == "को" and _names_someone(art, np):
        return np  # nothing before the object: it came first ("इस फैसले को रमेश सही मानते हैं")
    return found


def _names_someone(art: ArticleContext, np: Span) -> bool:
    """Does the phrase ``np`` hold a source term or a titled name (निर्देशक रमेश)?"""
    return any(i in art.source_at or art.keys[i] in art.titles for i in range(*np))


#: how many tokens an "अपनी किताब … में" phrase between a subject and its verb may span
MEDIUM_REACH = 16
#: words that a speaker's own medium does not hold: another clause (ने, कि) or someone
#: addressed or quoted ("अपनी किताब में ऋषि कपूर को कहते हुए बताती हैं": ऋषि कपूर speaks)
_NOT_MEDIUM = frozenset({NE, "कि", "को"})


def _in_or_marks_quote(art: ArticleContext, r: int) -> bool:
    """Is token ``r`` inside a quotation or one of its marks ("किताब 'द लाइफ़' में")?"""
    return art.in_quote[r] or art.keys[r] in QUOTE_MARKS


def np_before_own_medium(art: ArticleContext, end: int, first: int) -> Span | None:
    """The subject before the speaker's own medium that ends right before token ``end``:
    "X अपनी किताब 'Y' में लिखते हैं" — back to the nearest अपनी/अपने/अपना within
    :data:`MEDIUM_REACH` tokens (not across punctuation outside a quotation nor the words of
    :data:`_NOT_MEDIUM`), then the noun phrase before it.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("जॉर्ज अपनी किताब में लिखते हैं, “वह आईं।”")
    >>> np_before_own_medium(art, 4, 0)
    (0, 1)
    """
    keys, kinds = art.keys, art.kinds
    for r in range(end - 1, max(first, end - MEDIUM_REACH) - 1, -1):
        if keys[r] in REFLEXIVE:
            return np_before(art, r, first)
        if keys[r] in _NOT_MEDIUM or kinds[r] == "punct" and not _in_or_marks_quote(art, r):
            return None
    return None


def _ne_clause(art: ArticleContext, first: int, v: int) -> bool:
    """Is the verb at token ``v`` in a ``X ने … कहा`` clause (a ने, ने-pronoun or कि before
    it in its clause)?  The clause begins after punctuation, or at a तो followed by a
    pronoun ("जब हमने पूछा तो वो बोलीं": हमने is another clause's subject)."""
    keys, kinds = art.keys, art.kinds
    k = v - 1
    while k >= max(first, v - WINDOW) and kinds[k] != "punct":
        if keys[k] == NE or keys[k] in PRON_NE or keys[k] == "कि":
            return True
        if keys[k] == "तो" and k + 1 < v and keys[k + 1] in art.lex.pronouns:
            return False
        k -= 1
    return False


def ne_subject_of(art: ArticleContext, first: int, end: int, *, speech_only: bool) -> Said | None:
    """The ``ने`` subject of tokens ``[first, end)``: the first one followed by a speech
    cue, else (unless ``speech_only``) the first one, without a cue.  First and second
    person pronouns (मैंने, हमने) are not subjects here.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री ने दौरा किया और कहा कि काम जारी है।")
    >>> ne_subject_of(art, 0, 12, speech_only=True)
    Said(np=(0, 1), cue='ने … कहा', cue_tokens=(5, 6))
    """
    keys = art.keys
    fallback: Said | None = None
    for i in range(first, end):
        k = keys[i]
        if k != NE and (k not in PRON_NE or k in FIRST_SECOND):
            continue
        np = (i, i + 1) if k in PRON_NE else np_before(art, i, first)
        if np is None:
            continue
        cue = find_cue(art, i + 1, end)
        if cue is not None:
            return Said(np, "ने … " + " ".join(keys[cue[0] : cue[1]]), cue)
        if fallback is None:
            fallback = Said(np, None, (i, i + 1))
    return None if speech_only else fallback
