"""Reported (indirect) speech: "X ने कहा कि …", "X के अनुसार …", "X का कहना है कि …",
"बताया जाता है कि …".

:func:`find_reported` visits the reporting words of each sentence (outside
quotations) and asks :data:`REPORTED_RULES` in order; the first that finds a clause
gives a :class:`~bias.voices.results.ReportedSpan` naming itself, and the search goes
on after its cue.
"""

from __future__ import annotations

import bisect
from typing import Callable, NamedTuple

from .characterises import judgement
from .clauses import COMPLEMENTIZERS, clause, clause_start
from .context import ArticleContext
from .documents import document_source
from .information import INFORMATION, information_source, news_as_such
from .naming import naming
from .phrases import (
    find_cue_outside,
    ne_subject_of,
    np_before,
    quoting_whom,
    verb_phrase_before,
)
from .results import ReportedSpan
from .speakers import speaker_of
from .words import (
    FIRST_SECOND,
    GENITIVE,
    MAX_CLAUSE,
    NE,
    PRON_GEN,
    PRON_NE,
    REPORTING_AUX,
)

__all__ = [
    "REPORTED_RULES",
    "find_reported",
    "clause",
    "impersonal",
    "according_to",
    "opinion",
    "ne_kaha_ki",
    "speech_act",
    "fronted_act",
    "says_that",
    "subject_carried",
    "characterises",
    "document_source",
]

Span = tuple[int, int]


class Found(NamedTuple):
    """What a reported-speech rule found at a token: the span (``None`` when its speaker
    names no source) and the token where the search resumes."""

    span: ReportedSpan | None
    resume: int


Rule = Callable[[ArticleContext, int, Span], Found | None]


def _reported(
    art: ArticleContext, span: Span, np: Span, cue: Span, rule: str
) -> ReportedSpan | None:
    """The reported span of the clause ``span`` (characters) said by the phrase ``np``
    with the cue ``cue`` (tokens); ``None`` when the phrase names no source."""
    speaker = speaker_of(art, *np)
    if speaker.span is None:
        return None
    return ReportedSpan(
        span[0],
        span[1],
        speaker.span,
        speaker.pronoun,
        speaker.source_type,  # (typed with its entity when None)
        art.words(*cue) if cue[1] > cue[0] else "",
        art.chars(*cue),
        rule,
    )


def impersonal(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``बताया जाता है कि …`` / ``सूत्रों के अनुसार …`` — an impersonal cue (``cues.tsv``),
    an optional कि, and the rest of the sentence; the source is anonymous (सूत्रों when
    named), or the document it is read from (:func:`document_source`).

    बताया जाता है कि हमले में दस लोग मारे गए। → (no speaker, anonymous)
    हादसे में एक की मौत होने की खबर है। → (no speaker, anonymous)
    रिपोर्ट में कहा गया कि मौतें अधिक हैं। → रिपोर्ट
    """
    match = art.impersonal_at.get(i)
    if match is None or naming(art, i, i + match[0], sentence[0]):
        return None  # (naming is not speech: "X को Y कहा जाता है")
    cue_end = j = i + match[0]
    if j < sentence[1] and art.keys[j] == "कि":
        j += 1
    # the clause after the cue, or, when the cue ends the sentence, the one before it
    # ("… एक की मौत होने की खबर है।")
    span = clause(art, j, sentence[1]) or clause(art, sentence[0], i)
    if span is None:
        return None
    document = document_source(art, i, sentence[0])
    if document is not None:
        found = _reported(art, span, document, (i, j), "impersonal")
        if found is not None:
            return Found(found, sentence[1])
    speaker = art.chars(i, i + 1) if art.keys[i].startswith("सूत्र") else None
    cue = art.words(i, j)
    reported = ReportedSpan(
        *span, speaker, None, "anonymous", cue, art.chars(i, cue_end), "impersonal"
    )
    return Found(reported, sentence[1])


def genitive_source(art: ArticleContext, i: int, first: int) -> Span | None:
    """The source of ``X के अनुसार`` / ``X का (यह) कहना`` at token ``i``: the phrase before the
    genitive, or a pronoun's genitive itself ("उनका कहना है", "उनके मुताबिक": the pronoun is
    resolved as a speaker); ``None`` without a genitive.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("उनका कहना है कि काम जारी है")
    >>> genitive_source(art, 1, 0)
    (0, 1)
    """
    if i - 2 >= first and art.keys[i - 1] in DEMONSTRATIVES:
        i -= 1  # "जानकारों का यह मानना है": the demonstrative is the opinion's
    before = art.keys[i - 1]
    if before in PRON_GEN:
        return (i - 1, i)
    if before in GENITIVE:
        return np_before(art, i - 1, first)
    return None


#: a demonstrative between an opinion's genitive and its noun ("X का यह मानना है कि")
DEMONSTRATIVES = frozenset({"यह", "ये"})


def according_to(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X के अनुसार / मुताबिक / हवाले से, …`` — the clause after the cue, or (with fewer
    than three words after it) the clause before the phrase.

    पुलिस के मुताबिक, आरोपी को गिरफ्तार कर लिया गया है। → पुलिस
    """
    keys, (first, end) = art.keys, sentence
    k = keys[i]
    if k not in art.lex.according or i <= first:
        return None
    np = genitive_source(art, i, first)
    if np is None:
        return None
    j = i + 1
    if k == "हवाले" and j < end and keys[j] == "से":
        j += 1
    if keys[np[1] - 1] in INFORMATION:
        source = information_source(art, np, first)
        if source is None:
            return unsourced_information(art, np, j, sentence)
        np = source
    elif news_as_such(art, np):
        return unsourced_information(art, np, j, sentence)
    words_after = 0
    for x in range(j, end):
        words_after += art.kinds[x] != "punct"
        if words_after >= 3:
            break
    if words_after >= 3:
        span = clause(art, j, end)
    else:
        span = clause(art, max(first, np[0] - MAX_CLAUSE), np[0])
    if span is None:
        return None
    return Found(_reported(art, span, np, (np[1], j), "according_to"), j)


def unsourced_information(art: ArticleContext, np: Span, j: int, sentence: Span) -> Found | None:
    """``(मिली) जानकारी के अनुसार …``, ``खबरों के मुताबिक …``: information whose source the
    text does not name (:func:`information_source` finds none) — the clause after the cue,
    no speaker, anonymous.

    जानकारी के मुताबिक, बस में 40 लोग सवार थे। → (no speaker, anonymous)
    """
    span = clause(art, j, sentence[1])
    if span is None:
        return None
    cue = (np[0], j)
    reported = ReportedSpan(
        *span, None, None, "anonymous", art.words(*cue), art.chars(*cue), "according_to"
    )
    return Found(reported, j)


def opinion(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X का कहना है कि …`` / ``X का मानना है कि …`` — the clause after कि.

    विश्लेषकों का मानना है कि बाजार में तेजी बनी रहेगी। → विश्लेषकों
    """
    keys, (first, end) = art.keys, sentence
    if keys[i] not in art.lex.opinion or i <= first:
        return None
    np = genitive_source(art, i, first)
    j = i + 1
    while j < end and j < i + 4 and keys[j] != "कि":
        j += 1
    if np is None or j >= end or keys[j] != "कि":
        return None
    span = clause(art, j + 1, end)
    if span is None:
        return None
    return Found(_reported(art, span, np, (i - 1, j + 1), "opinion"), j + 1)


def third_person_ne(key: str) -> bool:
    """Is a token with this key the ने of a third-person subject (ने, उन्होंने; not मैंने, हमने)?

    >>> third_person_ne("उन्होंने"), third_person_ne("हमने"), third_person_ne("को")
    (True, False, False)
    """
    return (key == NE or key in PRON_NE) and key not in FIRST_SECOND


def ne_phrase(art: ArticleContext, i: int, first: int) -> Span | None:
    """The subject phrase of the ने at token ``i``: a ने-pronoun itself (उन्होंने), or the
    noun phrase before ने (not before token ``first``)."""
    return (i, i + 1) if art.keys[i] in PRON_NE else np_before(art, i, first)


#: how many tokens after ने its speech cue may stand: what the subject did on the way can be
#: long ("बुश ने … राज्यों के एक दिन के दौरे के दौरान यहां कहा कि"); never past another ने subject
NE_CUE_REACH = 20


def ne_scope(art: ArticleContext, i: int, end: int) -> int:
    """Where the search for the speech cue of the ने subject at token ``i`` stops: at the next
    ने subject (another clause's speaker), :data:`NE_CUE_REACH` tokens on, or ``end``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("राम ने खाना खाया और श्याम ने कहा कि ठीक है")
    >>> ne_scope(art, 1, 12)
    6
    """
    keys = art.keys
    stop = min(end, i + 1 + NE_CUE_REACH)
    for j in range(i + 1, stop):
        if keys[j] == NE or keys[j] in PRON_NE:
            return j
    return stop


def ne_kaha_ki(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X ने … कहा (था) कि …`` / ``उन्होंने कहा, …`` — a ने subject (not मैंने, हमने, …),
    a speech cue before the next ने subject (:func:`ne_scope`), and the clause after कि or
    after a comma, colon or dash; ``X ने Y के हवाले से बताया कि``: ``Y`` speaks
    (:func:`~bias.voices.phrases.quoting_whom`).

    सूत्रों ने बताया कि बैठक टल गई है। → सूत्रों
    """
    keys, (first, end) = art.keys, sentence
    if not third_person_ne(keys[i]):
        return None
    start = None
    cue = find_cue_outside(art, i + 1, ne_scope(art, i, end))
    # a cue may be followed by another that introduces the clause: "पुष्टि करते हुए बताया
    # कि", "के हवाले से कहा है कि" (the last cue of the chain is the one before कि)
    for _ in range(3):
        if cue is None:
            return None
        start = clause_start(art, cue[1], end)
        if start is not None:
            break
        cue = find_cue_outside(art, cue[1], min(end, cue[1] + 6))
    if start is None or cue is None:
        return None
    # "X ने Y के हवाले से बताया कि …": Y speaks, through X
    np = quoting_whom(art, i, cue[0]) or ne_phrase(art, i, first)
    if np is None:
        return None
    span = clause(art, start, end)
    if span is None:
        return None
    return Found(_reported(art, span, np, (i, start), "ne_kaha_ki"), start)


#: how many tokens after ने the act of a speech act may stand: its object can be long ("अदालत
#: ने … 10 लाख रुपये भी जब्त रखने का आदेश दिया")
SPEECH_ACT_REACH = 20


def speech_act(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X ने … की पुष्टि की है।`` / ``X ने … पर शोक जताया।`` — a ने subject (not मैंने,
    हमने, …) whose speech cue ends its sentence, auxiliaries aside, with no clause after
    it: the reported span is the act with its object, from after ने to the end of the cue.
    Not in a sentence that holds a quotation (“…”, उन्होंने कहा: the quotation's speaker),
    nor when a bare speech verb follows ने (``X ने कहा।`` says nothing); a speech noun with
    its light verb says what was done (``X ने शोक जताया है।``).

    प्रवक्ता ने हमले की पुष्टि की है। → प्रवक्ता
    मंत्री ने शोक जताया है। → मंत्री
    """
    keys, (first, end) = art.keys, sentence
    if not third_person_ne(keys[i]):
        return None
    cue = find_cue_outside(art, i + 1, min(end, i + 1 + SPEECH_ACT_REACH))
    if cue is None or (cue[0] == i + 1 and keys[cue[0]] not in art.lex.nouns):
        return None
    if any(k == NE or k in PRON_NE for k in keys[i + 1 : cue[0]]):
        return None  # another subject's act
    j = cue[1]
    while j < end and keys[j] in REPORTING_AUX:
        j += 1
    if j < end and art.kinds[j] != "punct":
        return None  # the sentence goes on: not a reported act
    if art.holds_quotation(first, end):
        return None
    np = ne_phrase(art, i, first)
    if np is None:
        return None
    span = clause(art, i + 1, cue[1])
    if span is None:
        return None
    return Found(_reported(art, span, np, cue, "speech_act"), j)


#: what stands before a fronted speech noun: its object's genitive ("इस बात की पुष्टि", "इसकी
#: पुष्टि")
FRONTED_OWNERS = frozenset("की का के इसकी इसका इसके उसकी उसका उसके".split())
#: how many tokens before ने a fronted speech noun may stand ("इसकी पुष्टि स्वास्थ्य विभाग के
#: प्रधान सचिव संजय कुमार ने …")
FRONTED_REACH = 10
#: what may stand between that ने and the light verb that ends the sentence
FRONTED_GAP = frozenset("भी ही तो ट्वीट ट्विट कर करके बयान जारी".split())


def fronted_act(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``इस बात की पुष्टि खुफिया एजेंसियों ने भी की।`` — the object and its speech noun first, then
    the ने subject (token ``i``), then the light verb that ends the sentence (Hindi's object-first
    order): the act, from the sentence's start to the noun, is what the subject said.

    इसकी पुष्टि स्वास्थ्य विभाग के सचिव ने की। → स्वास्थ्य विभाग के सचिव
    """
    keys, (first, end) = art.keys, sentence
    if keys[i] != NE:
        return None
    # the subject stands between the fronted noun and ने: everything after the noun
    nouns = [
        n
        for n in range(max(first + 1, i - FRONTED_REACH), i - 1)
        if keys[n] in art.lex.nouns and keys[n - 1] in FRONTED_OWNERS
    ]
    if not nouns:
        return None
    noun = nouns[-1]
    np = (noun + 1, i)
    j = i + 1
    while j < end and keys[j] in FRONTED_GAP:
        j += 1
    if j >= end or keys[j] not in art.lex.light:
        return None
    k = j + 1
    while k < end and keys[k] in REPORTING_AUX:
        k += 1
    if k < end and art.kinds[k] != "punct":
        return None  # the sentence goes on
    span = clause(art, first, noun + 1)
    if span is None:
        return None
    return Found(_reported(art, span, np, (noun, noun + 1), "fronted_act"), k)


#: subjects of "X कहते हैं कि" that are not a source: the writer or the one addressed
FIRST_PERSON = frozenset({"मैं", "हम", "तुम", "आप"})


def says_that(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X कहते हैं कि …`` / ``वो मानती हैं कि …`` — a speech verb in the present (no ने:
    ``X ने कहा कि`` is :func:`ne_kaha_ki`), its auxiliaries, then कि; the speaker is the noun
    phrase (or pronoun) before the verb, as for ``X कहते हैं, “…”``
    (:func:`bias.voices.phrases.verb_phrase_before`).

    विशेषज्ञ कहते हैं कि हालात चिंताजनक हैं। → विशेषज्ञ
    """
    verb, end = art.verb_at.get(i), sentence[1]
    if verb is None:
        return None
    j = i + verb[0]
    while j < end and art.keys[j] in REPORTING_AUX:
        j += 1
    if j + 1 >= end or art.keys[j] not in COMPLEMENTIZERS:
        return None
    said = verb_phrase_before(art, sentence[0], j)
    if said is None or said.cue_tokens[0] != i or art.keys[said.np[0]] in FIRST_PERSON:
        return None  # (हम मानते हैं कि …: the writer's own view, or a quotation's speaker)
    span = clause(art, j + 1, end)
    if span is None:
        return None
    return Found(_reported(art, span, said.np, (i, j + 1), "says_that"), j + 1)


#: sentence-opening speech verbs, and the connectives that may stand before them
OPENING_VERBS = frozenset({"कहा", "बताया"})
OPENING_LINKS = frozenset("साथ ही वहीं आगे यह भी".split())


def subject_carried(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X ने कहा कि …। कहा कि …`` — a sentence that opens with कहा or बताया then कि (perhaps
    after साथ ही, यह भी …) has no subject of its own: it carries the ने subject that spoke in
    the sentence before, as Hindi dailies write a speaker's next statement.  (Not a subject
    that only acted, "X ने बैठक की।": an unnamed official often speaks next.)

    अध्यक्ष ने बताया कि बैठक हुई। कहा कि काम जारी है। → अध्यक्ष
    """
    keys, (first, end) = art.keys, sentence
    if keys[i] not in OPENING_VERBS or any(keys[k] not in OPENING_LINKS for k in range(first, i)):
        return None  # (no slice: a cue deep in a long sentence is rejected at its first word)
    start = clause_start(art, i + 1, end)  # (कि, a comma, or a bare clause: "कहा जब भी …")
    k = art.sentence_of(art.starts[first])
    if start is None or start >= end or k == 0:
        return None
    said = ne_subject_of(art, *art.sentences[k - 1], speech_only=True)
    span = clause(art, start, end) if said is not None else None
    if said is None or span is None:
        return None
    return Found(_reported(art, span, said.np, (i, start), "subject_carried"), start)


def characterises(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    """``X इस फैसले को गलत बताते हैं।`` — a judging verb in the present ends the sentence
    after an object and its judgement (:func:`bias.voices.characterises.judgement`); the
    reported span runs from after the subject to the verb, as for :func:`speech_act`.

    डॉ. आनंद इस शोध को रोमांचकारी बताते हैं। → आनंद
    """
    found = judgement(art, i, sentence)
    if found is None or art.keys[found[0][0]] in FIRST_PERSON:
        return None  # (हम इसे गलत मानते हैं: the writer's own view)
    (subject, cue), end = found, sentence[1]
    span = clause(art, subject[1], cue[1])
    if span is None:
        return None
    return Found(_reported(art, span, subject, cue, "characterises"), min(end, cue[1]))


#: the reported-speech rules, in the order they are asked at each reporting word
REPORTED_RULES: tuple[Rule, ...] = (
    impersonal,
    according_to,
    opinion,
    ne_kaha_ki,
    speech_act,
    fronted_act,
    says_that,
    subject_carried,
    characterises,
)


def find_reported(art: ArticleContext) -> list[ReportedSpan]:
    """The article's reported speech, in order.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("पुलिस ने कहा कि जांच जारी है।")
    >>> [(art.text[r.start : r.end], r.rule) for r in find_reported(art)]
    [('जांच जारी है', 'ne_kaha_ki')]
    """
    out = []
    triggers = art.speech_triggers
    for sentence in art.sentences:
        i, end = sentence
        while i < end:
            # jump to the next word that can start a reporting construction
            x = bisect.bisect_left(triggers, i)
            if x >= len(triggers) or triggers[x] >= end:
                break
            i = triggers[x]
            found = None if art.in_quote[i] else _first(art, i, sentence)
            if found is None:
                i += 1
                continue
            if found.span is not None:
                out.append(found.span)
            i = found.resume
    return out


def _first(art: ArticleContext, i: int, sentence: Span) -> Found | None:
    for rule in REPORTED_RULES:
        found = rule(art, i, sentence)
        if found is not None:
            return found
    return None
