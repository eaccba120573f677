"""Stance holders: whose view a praise or concern cue is (:data:`HOLDER_RULES`, in order).

* ``quoted_experiencer`` — a third person inside a quotation who feels or likes ("लोग मेरा किरदार
  पसंद कर रहे हैं"): the speaker reports their view (:func:`quoted_experiencer`);
* ``quote`` / ``reported`` — the speaker of the direct quotation or reported clause that holds
  the cue (its entity, when linked);
* ``speech_cue`` — ``X का आरोप है कि …``: the cue is the speech noun of a reported statement
  (its cue words), so the statement's speaker holds it (:func:`speech_cues`);
* ``headline`` — ``<statement>: X``: the source a headline names after a colon at its end
  (:func:`headline_source`);
* ``experiencer`` — ``X में/को चिंता``: the noun phrase before में / को right before a feeling
  ("पश्चिम में चिंता बढ़ा दी", "लोगों में काफी डर"), or "X की" of a feeling a subject raised
  (:func:`bias.framing.targets.raised`), or the one who likes in "X को Y पसंद आया";
* ``participle`` — ``<cue> करते हुए X कहते हैं``: the subject after a participial stance act;
* ``subject`` — ``X ने … की आलोचना की``: the nearest ने subject before the cue in its sentence
  (not for a feeling it only causes, "यात्रा ने चिंताएं बढ़ा दीं", unless it expresses it:
  "X ने चिंता जताई");
* ``fronted`` — ``इसकी निंदा X ने की``: the subject after an object-first stance act
  (:func:`fronted_subject`);
* ``agent`` — ``X द्वारा … आरोप लगाया गया``, ``X की तरफ़ से … तारीफ़ मिली``;
* ``nominative`` — a people-naming subject without ने (``PEOPLE``: "लोग … चिंतित हैं");
* ``statement`` — a sentence of the narration that speaks in the first person ("हम सबसे कठोर
  कार्रवाई का समर्थन करते हैं") goes on with the statement before it, printed without quotation
  marks: its speaker holds it (:func:`bias.framing.statements.statement_speakers`, asked by
  :func:`bias.framing.stances.find_stances` when no rule above answers);
* ``continued`` — any other sentence right after the one where a statement ends, holding no
  statement of its own, continues it ("मंत्रालय ने बताया कि … । ऐसे में सफर खतरनाक है।", the
  guide's sourced paragraph: :func:`bias.framing.statements.continued_statements`);
* otherwise the holder is the reporter (``None``, rule ``narrator``).

>>> from bias.framing.targets import SpanIndex
>>> from bias.lexicon import TokenTable
>>> from bias.framing.cues import Hit
>>> t = "लोगों में काफी डर है"
>>> span, _, rule = holder_of(TokenTable(t), Hit("डर", 15, 17, "concern", 1.0, 3), 0,
...                           SpanIndex([]), SpanIndex([]))
>>> t[slice(*span)], rule
('लोगों', 'experiencer')
"""

from __future__ import annotations

from typing import Iterator

from ..lexicon import TokenTable
from ..lexicon.keys import token_key
from ..voices.words import GENITIVE, NE, PRON_NE, REPORTING_AUX, SIDES, SPEECH_WORDS
from .cues import QUALITY, Hit
from .feelings import (
    DATIVE_PRONOUNS,
    FEELING_ADJECTIVES,
    dative_before,
    expressed,
    feeling_before_noun,
)
from .noun_phrases import char_span, noun_phrase_before
from .statements import headline_source, speech_cues
from .targets import (
    CASE_MARKERS,
    DEGREE_WORDS,
    FEELINGS,
    JUDGING_ADJECTIVES,
    LIKING,
    SpanIndex,
    liking_construction,
    raised,
)

__all__ = [
    "HOLDER_RULES",
    "PEOPLE",
    "holder_of",
    "impersonal_estimate",
    "speech_cues",
    "subject_before",
]

Span = tuple[int, int]


def _experiencer(
    tk: TokenTable, tok: int, first: int, persons: frozenset[str] = frozenset()
) -> Span | None:
    """``X में <feeling>`` ("पश्चिम में चिंता", "लोगों में काफी डर"; "X की" when the feeling
    is raised by a subject, :func:`raised`: "मामलों ने लोगों की चिंता बढ़ा दी"), or ``X को`` / a dative
    pronoun before a feeling ("लोगों को डर", "उन्हें गर्व है"), perhaps past what the feeling
    is about ("किसानों को सरकार से नाराजगी", :func:`_dative_before`): the noun phrase before
    में / को (degree words passed over), or the pronoun.  Only feelings have an experiencer: in
    "थाणे में विरोध प्रदर्शन" में is a place (``X को जिम्मेदार ठहराया``: X is a target)."""
    if liking_construction(tk, tok):
        return _liker(tk, tok, first)
    if tk.keys[tok] not in FEELINGS:
        return None
    b = tok
    while b - 1 > first and tk.keys[b - 1] in DEGREE_WORDS:
        b -= 1
    if b - 1 > first and (tk.keys[b - 1] == "में" or tk.keys[b - 1] in GENITIVE and raised(tk, tok)):
        np = noun_phrase_before(tk, b - 1, first)
        return char_span(tk, np) if np is not None else None
    if b - 1 > first and tk.keys[b - 1] in GENITIVE:
        return feeling_owner(tk, b - 1, first, persons)
    return dative_before(tk, b, first)


def feeling_owner(
    tk: TokenTable, genitive: int, first: int, persons: frozenset[str]
) -> Span | None:
    """The one whose feeling it is, named in the genitive at token ``genitive`` right before the
    feeling: a phrase whose head names people (``persons``: :data:`PEOPLE`, an entity's name
    words) — "किसानों की नाराजगी", "लोगों का गुस्सा"; a thing there is what the feeling is about
    ("संक्रमण का डर": ``None``).

    >>> t = "किसानों की नाराजगी बढ़ी"
    >>> t[slice(*feeling_owner(TokenTable(t), 1, 0, PEOPLE))]
    'किसानों'
    >>> feeling_owner(TokenTable("संक्रमण का डर बना है"), 1, 0, PEOPLE) is None
    True
    """
    np = noun_phrase_before(tk, genitive, first)
    if np is None or tk.keys[np[1] - 1] not in persons:
        return None  # (the phrase's head names people: not "निवासी ज्वालामुखी का डर")
    return char_span(tk, np)


#: first- and second-person words: inside a quotation they are its speaker (or the addressee)
_SPEAKER_WORDS = SPEECH_WORDS | frozenset(map(token_key, "मुझको हमको आपको तुम".split()))


#: nouns for groups of people who hold views ("लोग … चिंतित हैं", "यूजर्स … साजिश करार दे रहे")
PEOPLE = frozenset(
    """लोग लोगों यूजर्स यूज़र्स दर्शक दर्शकों समीक्षक समीक्षकों ग्रामीण ग्रामीणों नागरिक नागरिकों
    किसान किसानों छात्र छात्रों प्रशंसक प्रशंसकों कार्यकर्ता कार्यकर्ताओं विशेषज्ञ विशेषज्ञों
    निवासी निवासियों यात्री यात्रियों मजदूर मजदूरों श्रमिक श्रमिकों मछुआरे मछुआरों कर्मचारी
    कर्मचारियों परिजन परिजनों मरीज मरीजों अभिभावक अभिभावकों व्यापारी व्यापारियों फैन फैंस फैन्स""".split()
)


#: the longest subject a feeling adjective is said of, in words (:func:`said_of`)
SAID_OF_WORDS = 3
#: words that are no such subject: degree words, and pronouns with a postposition in them
#: ("सब उनसे नाराज़ हैं": उनसे is what the anger is about)
_NOT_SUBJECT = (
    DEGREE_WORDS
    | DATIVE_PRONOUNS
    | frozenset("उनसे उससे इनसे इससे मुझसे हमसे आपसे मुझे हमें आपको उनको".split())
)


def said_of(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The subject a feeling adjective at ``tok`` is said of when it opens its clause: up to
    :data:`SAID_OF_WORDS` words, then only degree words ("वीना बहुत ही परेशान हैं"); no case
    marker, no pronoun with a postposition in it ("सब उनसे नाराज़ हैं"), no punctuation between
    (``first``: where the clause may start at the earliest).

    >>> t = "वो कहते हैं, “वीना बहुत ही परेशान हैं।”"
    >>> t[slice(*said_of(TokenTable(t), 8, 4))]
    'वीना'
    """
    b = tok
    while b - 1 >= first and tk.keys[b - 1] in DEGREE_WORDS:
        b -= 1
    a = b
    while a - 1 >= first and tk.kinds[a - 1] == "word" and b - a < SAID_OF_WORDS:
        if tk.keys[a - 1] in CASE_MARKERS or tk.keys[a - 1] in _NOT_SUBJECT:
            return None
        a -= 1
    if a == b or (a > first and tk.kinds[a - 1] == "word"):
        return None  # (no subject, or it does not open its clause)
    return char_span(tk, (a, b))


def quoted_experiencer(
    tk: TokenTable, tok: int, first: int, persons: frozenset[str] = PEOPLE
) -> Span | None:
    """A third person inside a quotation who holds the feeling or liking at ``tok`` ("लोग मेरा
    किरदार पसंद कर रहे हैं", "दर्शकों को यह फिल्म पसंद आई", "वीना बहुत परेशान हैं" when वीना names
    a person of the article, ``persons``): the quotation's speaker reports their view, as the
    reporter does outside quotations.  ``first``: the first token of the quotation (or of its
    sentence); ``None`` when the one who feels is the speaker ("मुझे गर्व है") or none is named.

    >>> t = "वो कहती हैं, “लोग मेरा किरदार पसंद कर रहे हैं।”"
    >>> t[slice(*quoted_experiencer(TokenTable(t), 8, 4))]
    'लोग'
    """
    found = _experiencer(tk, tok, first, persons)
    if found is None and tk.keys[tok] in LIKING:
        found = _nominative(tk, tok, first, PEOPLE)
    if found is None and tk.keys[tok] in FEELING_ADJECTIVES:
        found = _nominative(tk, tok, first, persons) or said_of(tk, tok, first)
    if found is None:
        return None
    words = tk.keys[tk.index_at(found[0]) : tk.index_at(found[1])]
    return None if _SPEAKER_WORDS.intersection(words) else found


#: how many tokens before a liking word (पसंद) the one who likes may stand: what is liked
#: stands between ("दर्शकों को अमिताभ बच्चन बतौर मेजबान बहुत पसंद आए")
LIKER_REACH = 10


def _liker(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The one who likes, in "X को Y पसंद है/आया" (or a dative pronoun: "उन्हें यह पसंद है"):
    the nearest "को" or dative pronoun within :data:`LIKER_REACH` tokens before the liking
    word, not across punctuation or ने.

    >>> t = "दर्शकों को यह फिल्म बहुत पसंद आई"
    >>> t[slice(*_liker(TokenTable(t), 5, 0))]
    'दर्शकों'
    """
    keys = tk.keys
    for j in range(tok - 1, max(first, tok - 1 - LIKER_REACH) - 1, -1):
        if tk.kinds[j] == "punct" or keys[j] == NE or keys[j] in PRON_NE:
            return None
        if keys[j] in DATIVE_PRONOUNS:
            return char_span(tk, (j, j + 1))
        if keys[j] == "को":
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
    return None


def subject_before(tk: TokenTable, tok: int, first: int) -> Span | None:
    """``X ने … <cue>``: the noun phrase before the nearest ने before the cue."""
    for j in range(tok - 1, first - 1, -1):
        if tk.keys[j] in PRON_NE:  # उन्होंने: the pronoun itself
            return char_span(tk, (j, j + 1))
        if tk.keys[j] == NE:
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
    return None


#: participles of a stance act done while speaking ("X की तारीफ करते हुए Y कहते हैं")
_PARTICIPLES = frozenset(map(token_key, "करते जताते देते दिखाते लगाते".split()))
_WHILE = frozenset(map(token_key, ("हुए", "हुये")))
#: speech verbs a subject after a participle may have ("… करते हुए X कहते हैं")
SPEECH_VERBS = frozenset("कहा कहते कहती कहता बताया बोले बोलीं बोला लिखा".split())
#: how many words the subject after the participle spans at most, with its verb
PARTICIPLE_REACH = 8


def _participle_subject(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The subject after a participial stance act: ``<cue> करते हुए X ने कहा`` or ``… X कहते
    हैं`` (the noun phrase before the ने, or before the first verb, within
    :data:`PARTICIPLE_REACH` words of हुए).

    >>> t = "अमिताभ की तारीफ करते हुए कादर खान कहते हैं"
    >>> t[slice(*_participle_subject(TokenTable(t), 2, 0))]
    'कादर खान'
    """
    keys, n = tk.keys, len(tk.keys)
    w = tok + 1
    while w < min(n, tok + 4) and keys[w] not in _WHILE:
        w += 1
    if w >= n or keys[w] not in _WHILE or keys[w - 1] not in _PARTICIPLES:
        return None
    for j in range(w + 1, min(n, w + 1 + PARTICIPLE_REACH)):
        if tk.kinds[j] != "word":
            return None
        if keys[j] in PRON_NE:
            return char_span(tk, (j, j + 1))
        if keys[j] == NE or keys[j] in SPEECH_VERBS:
            np = noun_phrase_before(tk, j, w + 1)
            return char_span(tk, np) if np is not None else None
    return None


def _agent(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The agent of a passive or of a received stance: ``X द्वारा … आरोप लगाया गया``,
    ``X की तरफ़/ओर से … तारीफ़ मिल रही है``: the noun phrase before the nearest such marker
    in the :data:`AGENT_REACH` tokens before the cue.

    >>> t = "समीक्षकों की तरफ से भी फिल्म को तारीफ मिली"
    >>> tk = TokenTable(t)
    >>> t[slice(*_agent(tk, 7, 0))]
    'समीक्षकों'
    """
    keys = tk.keys
    for j in range(tok - 1, max(first, tok - AGENT_REACH), -1):
        if keys[j] == "द्वारा":
            np = noun_phrase_before(tk, j, first)
        elif keys[j] == "से" and keys[j - 1] in SIDES and j - 2 >= first:
            np = noun_phrase_before(tk, j - 2, first) if keys[j - 2] in GENITIVE else None
        else:
            continue
        return char_span(tk, np) if np is not None else None
    return None


#: how many tokens before a cue its agent marker may stand (a bounded look: linear time)
AGENT_REACH = 25

#: light verbs that end an object-first stance act ("इसकी निंदा X ने की")
_LIGHT = frozenset(map(token_key, "की किया किए कीं जताई जताया जताए दी दिया दिए".split()))
#: what may stand between that ने and its light verb
_NE_GAP = frozenset(map(token_key, "भी ही तो".split()))
#: how many tokens after the cue that ने may stand
FRONTED_REACH = 10


def fronted_subject(tk: TokenTable, end: int, last: int) -> Span | None:
    """The subject after an object-first stance act: ``<Y की/का> <cue> X ने (भी) की/किया`` with
    the light verb ending the sentence (auxiliaries aside): X, the words between the cue (ending
    before token ``end``) and ने, within :data:`FRONTED_REACH` tokens (``last``: the token
    after the sentence).

    >>> t = "इसकी कड़ी निंदा कई देशों ने भी की है।"
    >>> t[slice(*fronted_subject(TokenTable(t), 3, 10))]
    'कई देशों'
    """
    keys, kinds = tk.keys, tk.kinds
    for j in range(end, min(last, end + FRONTED_REACH)):
        if kinds[j] != "word":
            return None
        if keys[j] == NE or keys[j] in PRON_NE:
            break
    else:
        return None
    k = j + 1
    while k < last and keys[k] in _NE_GAP:
        k += 1
    if k >= last or keys[k] not in _LIGHT:
        return None
    k += 1
    while k < last and keys[k] in REPORTING_AUX:
        k += 1
    if k < last and kinds[k] != "punct":
        return None  # the sentence goes on: not the act's own verb
    if keys[j] in PRON_NE:
        return char_span(tk, (j, j + 1))  # "इसकी निंदा उन्होंने की": the pronoun
    return char_span(tk, (end, j)) if j > end else None


def _nominative(tk: TokenTable, tok: int, first: int, persons: frozenset[str]) -> Span | None:
    """``X … <stance act or feeling>`` without ने: the noun phrase of the first word naming a
    person in the cue's clause — an entity of the article or a group (:data:`PEOPLE`; the
    caller's ``persons``) — when no case marker follows it: "सोशल मीडिया यूजर्स शमी के
    एक्सिडेंट को साजिश करार दे रहे हैं" → the users.  The subject of a quality adjective
    ("फ़िल्म अच्छी है") is what it judges, a target (QUALITY words are left alone).

    >>> t = "सोशल मीडिया यूजर्स इसे साजिश करार दे रहे हैं"
    >>> t[slice(*_nominative(TokenTable(t), 4, 0, PEOPLE))]
    'सोशल मीडिया यूजर्स'
    """
    if tk.keys[tok] in QUALITY:
        return None
    a = tok
    while a > first and tk.kinds[a - 1] != "punct":
        a -= 1  # the clause: back to the last punctuation
    for p in range(a, tok):
        if tk.keys[p] in persons:
            if p + 1 < tok and tk.keys[p + 1] in CASE_MARKERS:
                return None
            np = noun_phrase_before(tk, p + 1, a)
            return char_span(tk, np) if np is not None else None
    return None


#: words of apprehension that state a likelihood when nobody holds them ("… की आशंका है")
ESTIMATES = frozenset({"आशंका", "आशंकाएं", "आशंकाएँ"})


def impersonal_estimate(tk: TokenTable, hit: Hit, first: int) -> bool:
    """Is the cue ``hit`` an apprehension nobody holds — an estimate of what may happen ("मंदी
    की आशंका बढ़ गई", "कई और दिन बारिश होने की आशंका है")?  The guide: apprehension with an
    experiencer ("अधिकारियों को आशंका है") or expressed by a subject ("X ने आशंका जताई") is
    concern; an impersonal estimate is no stance.

    >>> t = "मंदी की आशंका बढ़ गई"
    >>> impersonal_estimate(TokenTable(t), Hit("आशंका", 8, 13, "concern", 1.0, 2, 3), 0)
    True
    >>> t = "अधिकारियों को आशंका है"
    >>> impersonal_estimate(TokenTable(t), Hit("आशंका", 14, 19, "concern", 1.0, 2, 3), 0)
    False
    """
    if tk.keys[hit.tok] not in ESTIMATES or hit.end_tok > hit.tok + 1:
        return False  # (a longer cue, "आशंका जताई", says who holds it)
    return not expressed(tk, hit.tok) and _experiencer(tk, hit.tok, first) is None


#: how a stance's holder is found, in order (the reporter when none answers)
HOLDER_RULES = (
    "quoted_experiencer",
    "quote",
    "reported",
    "speech_cue",
    "headline",
    "experiencer",
    "participle",
    "subject",
    "fronted",
    "agent",
    "nominative",
    "statement",
    "continued",
)


def holder_of(
    tk,
    hit: Hit,
    first: int,
    quotes: SpanIndex,
    reported: SpanIndex,
    persons: frozenset[str] = PEOPLE,
    conduct: bool = False,
    last: int | None = None,
    cues: SpanIndex | None = None,
) -> tuple[Span | None, str | None, str]:
    """(holder span, entity id, rule) of the stance of ``hit`` (``persons``: the words that
    name people, for :func:`_nominative`; ``conduct``: the cue judges someone's conduct, whose
    agent is the target, :func:`conduct_target`, so only a speaker or the reporter holds it;
    ``last``: the token after the sentence, for :func:`headline_source`; ``cues``: the
    reported statements' cue spans, :func:`speech_cues`)."""
    found = speaker_holder(tk, hit, first, quotes, reported, cues, persons)
    if found is not None:
        return found
    source = headline_source(tk, hit.tok, last) if last is not None else None
    if source is not None:
        return source, None, "headline"
    if conduct:
        return None, None, "narrator"
    for rule, span in _sentence_holders(tk, hit, first, last, persons):
        if span is not None:
            return span, None, rule
    span = _nominative(tk, hit.tok, first, persons)
    if span is not None:
        return span, None, "nominative"
    return None, None, "narrator"


def speaker_holder(
    tk,
    hit: Hit,
    first: int,
    quotes: SpanIndex,
    reported: SpanIndex,
    cues: SpanIndex | None,
    persons: frozenset[str] = PEOPLE,
) -> tuple[Span | None, str | None, str] | None:
    """The rules ``quoted_experiencer``, ``quote``, ``reported`` and ``speech_cue``: the stance
    lies in someone's quotation or reported statement (or is its speech noun); ``None`` when it
    does not."""
    q = quotes.at(hit.start)
    if q is not None and q.kind == "direct" and q.speaker is not None:
        inner = quoted_experiencer(tk, hit.tok, max(first, tk.index_at(q.start)), persons)
        if inner is not None:
            return inner, None, "quoted_experiencer"
        return q.speaker, q.entity, "quote"
    r = reported.at(hit.start)
    if r is not None and r.speaker is not None:
        return r.speaker, r.entity, "reported"
    c = cues.at(hit.start) if cues is not None else None
    if c is not None and c.speaker is not None:
        return c.speaker, c.entity, "speech_cue"
    return None


def _sentence_holders(
    tk: TokenTable, hit: Hit, first: int, last: int | None, persons: frozenset[str] = PEOPLE
) -> Iterator[tuple[str, Span | None]]:
    """``(rule, span or None)`` of the rules ``experiencer``, ``participle``, ``subject``,
    ``fronted`` and ``agent`` in order, each asked only when the ones before found nothing."""
    yield "experiencer", (
        _experiencer(tk, hit.tok, first, persons) or feeling_before_noun(tk, hit.tok, last)
    )
    yield "participle", _participle_subject(tk, hit.tok, first)
    key = tk.keys[hit.tok]
    # "यात्रा ने चिंताएं बढ़ा दीं": a subject that causes a worry holds none; "उन्होंने कई बेहतरीन
    # फ़िल्में कीं": the one who speaks judges, not the agent
    if not (key in FEELINGS and not expressed(tk, hit.tok)) and key not in JUDGING_ADJECTIVES:
        yield "subject", subject_before(tk, hit.tok, first)
    if last is not None:
        yield "fronted", fronted_subject(tk, hit.end_tok, last)
    yield "agent", _agent(tk, hit.tok, first)
