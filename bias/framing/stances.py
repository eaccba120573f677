"""Stances: who praises or criticises whom (holder → praise/concern → target), per sentence.

Every praise or concern cue hit of a sentence is a stance.  Its **holder** is found by the first
of :data:`HOLDER_RULES` that answers:

* ``quote`` / ``reported`` — the speaker of the direct quotation or reported clause that holds
  the cue (its entity, when linked);
* ``experiencer`` — ``X में/को चिंता``: the noun phrase before में / को right before a feeling
  ("पश्चिम में चिंता बढ़ा दी", "लोगों में काफी डर");
* ``subject`` — ``X ने … की आलोचना की``: the nearest ने subject before the cue in its sentence
  (not for a feeling it only causes, "यात्रा ने चिंताएं बढ़ा दीं", unless it expresses it:
  "X ने चिंता जताई");
* ``agent`` — ``X द्वारा … आरोप लगाया गया``, ``X की तरफ़ से … तारीफ़ मिली``;
* otherwise the holder is the reporter (``None``, rule ``narrator``).

Its **target** is found by :func:`bias.framing.targets.target_of` (that module says how).
Holder and target link to an entity when they overlap one of its mentions.

>>> import bias
>>> art = bias.analyze("विपक्ष ने सरकार की कड़ी आलोचना की।")
>>> [(s.holder, s.frame, s.target) for s in art.stances]
[('विपक्ष', 'concern', 'सरकार')]
"""

from __future__ import annotations

import bisect
from typing import NamedTuple, Sequence

from ..lexicon import TokenTable
from ..lexicon.keys import token_key
from ..voices.entities import name_words, same_entity
from ..voices.words import GENITIVE, NE, PRON_NE, SIDES
from .cues import QUALITY, Hit
from .targets import (
    CASE_MARKERS,
    DEGREE_WORDS,
    FEELINGS,
    JUDGING_ADJECTIVES,
    NP_BREAKS,
    SpanIndex,
    char_span,
    liking_construction,
    noun_phrase_before,
    raised,
    target_of,
)

__all__ = [
    "StanceSpan",
    "HOLDER_RULES",
    "PEOPLE",
    "target_of",
    "beyond_holder",
    "find_stances",
    "NP_BREAKS",
]

Span = tuple[int, int]


class StanceSpan(NamedTuple):
    """A stance in normalised offsets (see :class:`bias.result.Stance`)."""

    sentence: int  # index of the sentence
    frame: str  # "praise" or "concern"
    cue: Span
    holder: Span | None
    holder_entity: str | None
    target: Span | None
    target_entity: str | None
    rule: str  # how the holder was found (HOLDER_RULES, or "narrator")


#: verbs of expressing a feeling: its subject holds it ("X ने चिंता जताई / व्यक्त की")
EXPRESS_VERBS = frozenset("जताई जताया जताए जताते जताती जताने जताई व्यक्त जाहिर प्रकट".split())


def expressed(tk: TokenTable, tok: int) -> bool:
    """Is the feeling at token ``tok`` expressed by its subject (an expressing verb within the
    two tokens after it)?

    >>> expressed(TokenTable("उन्होंने गहरी चिंता जताई"), 2)
    True
    """
    return any(k in EXPRESS_VERBS for k in tk.keys[tok + 1 : tok + 3])


#: third-person pronouns in the dative, which hold a feeling as "X को" does ("उन्हें गर्व है")
DATIVE_PRONOUNS = frozenset("उन्हें उसे इन्हें इसे".split())
#: how far before a feeling its "X को" may stand, past what it is about ("किसानों को सरकार से …")
EXPERIENCER_REACH = 6
#: postpositions of what a feeling is about, passed over on the way back to its experiencer
_ABOUT = frozenset({"से", "पर", "लेकर"})


def _experiencer(tk: TokenTable, tok: int, first: int) -> Span | None:
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
    return _dative_before(tk, b, first)


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


def _dative_before(tk: TokenTable, b: int, first: int) -> Span | None:
    """The "X को" or dative pronoun holding the feeling at token ``b``, right before it or past
    what it is about (से, पर, को लेकर; :data:`EXPERIENCER_REACH`); not across punctuation, ने.

    >>> t = "किसानों को सरकार से नाराजगी है"
    >>> t[slice(*_dative_before(TokenTable(t), 4, 0))]
    'किसानों'
    """
    keys, about = tk.keys, False
    for j in range(b - 1, max(first, b - 1 - EXPERIENCER_REACH) - 1, -1):
        if tk.kinds[j] == "punct" or keys[j] == NE or keys[j] in PRON_NE:
            return None
        if keys[j] in DATIVE_PRONOUNS:
            return char_span(tk, (j, j + 1))
        if keys[j] == "को" and not (j + 1 < b and keys[j + 1] == "लेकर"):
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
        about = about or keys[j] in _ABOUT
        if not about and j < b - 1:
            return None  # (only what the feeling is about may stand between)
    return None


def _subject(tk: TokenTable, tok: int, first: int) -> Span | None:
    """``X ने … <cue>``: the noun phrase before the nearest ने before the cue."""
    for j in range(tok - 1, first - 1, -1):
        if tk.keys[j] in PRON_NE:  # उन्होंने: the pronoun itself
            return char_span(tk, (j, j + 1))
        if tk.keys[j] == NE:
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
    return None


#: participles of a stance act done while speaking ("X की तारीफ करते हुए Y कहते हैं")
_PARTICIPLES = frozenset(map(token_key, "करते जताते देते दिखाते व्यक्त लगाते".split()))
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

#: nouns for groups of people who hold views ("लोग … चिंतित हैं", "यूजर्स … साजिश करार दे रहे")
PEOPLE = frozenset(
    """लोग लोगों यूजर्स यूज़र्स दर्शक दर्शकों समीक्षक समीक्षकों ग्रामीण ग्रामीणों नागरिक नागरिकों
    किसान किसानों छात्र छात्रों प्रशंसक प्रशंसकों कार्यकर्ता कार्यकर्ताओं विशेषज्ञ विशेषज्ञों""".split()
)


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


def is_conduct(tk: TokenTable, hit: Hit, conduct: frozenset) -> bool:
    """Does the cue ``hit`` judge someone's conduct (its word stems are one of ``conduct``:
    "सही कदम उठाए", "कामयाब रहा", "लापरवाही")?"""
    return tuple(tk.stems[hit.tok : max(hit.end_tok, hit.tok + 1)]) in conduct


def conduct_target(tk: TokenTable, tok: int, first: int, agents: dict[int, int]) -> Span | None:
    """The one whose conduct the cue at token ``tok`` judges: the ने subject before it in its
    clause ("भारत ने समय रहते सही कदम उठा लिए" → भारत), else the first body, role or country
    of its clause (``agents``: ``{token: length}``) with no case marker after it ("पुलिस अब तक
    उन्हें हटाने में कामयाब रही" → पुलिस); the one credited after श्रेय ("इसका श्रेय टीम को जाता
    है").  The holder is then the speaker or the reporter, not the agent.

    >>> t = "पुलिस अब तक उन्हें हटाने में कामयाब रही"
    >>> t[slice(*conduct_target(TokenTable(t), 6, 0, {0: 1}))]
    'पुलिस'
    """
    credited = _credited(tk, tok, first)
    if credited is not None:
        return credited
    a = tok
    while a > first and tk.kinds[a - 1] != "punct" and tk.keys[a - 1] not in CLAUSE_OPENERS:
        a -= 1
    found = _subject(tk, tok, a)  # (in its clause: "सरकार ने कहा कि भारत … में सफल रहा")
    if found is not None:
        return found
    for p in range(a, tok):
        n = agents.get(p)
        if n is None or p + n > tok:
            continue
        end = p + n
        while end < tok and end in agents and end + agents[end] <= tok:
            end += agents[end]  # "भारतीय दूतावास": a country word then a body
        if end < tok and tk.keys[end] in CASE_MARKERS:
            return None  # the first body is governed by a case marker: not the agent
        return char_span(tk, (p, end))
    return None


#: words that open a clause inside a sentence (the agent of a conduct cue is after them)
CLAUSE_OPENERS = frozenset("कि और लेकिन परंतु मगर जबकि क्योंकि तो".split())
#: credit: "इसका श्रेय टीम को जाता है", "श्रेय जया बच्चन को देना चाहूंगी"
CREDIT = frozenset({"श्रेय"})


def credit(tk: TokenTable, hit: Hit) -> bool:
    """Is the cue a giving of credit (श्रेय: "X ने Y को श्रेय दिया")?  Its giver holds a stance
    (the holder rules apply), the one credited is its target."""
    return tk.keys[hit.tok] in CREDIT


def _credited(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The one credited by श्रेय at token ``tok``: the phrase before the next को within four
    tokens after it (``None`` without one)."""
    keys = tk.keys
    if keys[tok] not in CREDIT:
        return None
    for j in range(tok + 1, min(len(keys), tok + 6)):
        if keys[j] == "को":
            np = noun_phrase_before(tk, j, tok + 1)
            return char_span(tk, np) if np is not None else None
        if tk.kinds[j] == "punct":
            break
    return None


#: how a stance's holder is found, in order (the reporter when none answers)
HOLDER_RULES = ("quote", "reported", "experiencer", "participle", "subject", "agent", "nominative")


def _holder(
    tk,
    hit: Hit,
    first: int,
    quotes: SpanIndex,
    reported: SpanIndex,
    persons: frozenset[str] = PEOPLE,
    conduct: bool = False,
) -> tuple[Span | None, str | None, str]:
    """(holder span, entity id, rule) of the stance of ``hit`` (``persons``: the words that
    name people, for :func:`_nominative`; ``conduct``: the cue judges someone's conduct, whose
    agent is the target, :func:`conduct_target`, so only a speaker or the reporter holds it)."""
    q = quotes.at(hit.start)
    if q is not None and q.kind == "direct" and q.speaker is not None:
        return q.speaker, q.entity, "quote"
    r = reported.at(hit.start)
    if r is not None and r.speaker is not None:
        return r.speaker, r.entity, "reported"
    if conduct:
        return None, None, "narrator"
    for rule, find in (
        ("experiencer", _experiencer),
        ("participle", _participle_subject),
        ("subject", _subject),
        ("agent", _agent),
    ):
        if rule == "subject" and tk.keys[hit.tok] in FEELINGS and not expressed(tk, hit.tok):
            continue  # "यात्रा ने चिंताएं बढ़ा दीं": the subject causes the worry, it holds none
        if rule == "subject" and tk.keys[hit.tok] in JUDGING_ADJECTIVES:
            continue  # "उन्होंने कई बेहतरीन फ़िल्में कीं": the one who speaks judges, not the agent
        span = find(tk, hit.tok, first)
        if span is not None:
            return span, None, rule
    span = _nominative(tk, hit.tok, first, persons)
    if span is not None:
        return span, None, "nominative"
    return None, None, "narrator"


def _entity_at(
    tk: TokenTable,
    span: Span | None,
    mentions: Sequence[tuple[int, int, str]],
    names: dict[str, list[tuple[tuple[str, ...], str]]],
) -> str | None:
    """The entity one of whose mentions overlaps ``span``, else the one whose name the
    phrase's words name (:func:`bias.voices.entities.same_entity`: राम सिंह, सिंह; among
    the entities that share a word with it, ``names``: word -> (name words, id))."""
    if span is None:
        return None
    k = bisect.bisect_right(mentions, (span[1],)) - 1  # (sorted by start)
    while k >= 0 and mentions[k][0] >= span[0] - 200:
        a, b, eid = mentions[k]
        if a < span[1] and span[0] < b:
            return eid
        k -= 1
    words = name_words(tk, span)
    for w in dict.fromkeys(words):
        for ws, eid in names.get(w, ())[-8:]:
            if same_entity(words, ws):
                return eid
    return None


#: how far back (characters) a pronoun holder looks for the entity it stands for
PRONOUN_REACH = 400


def _is_pronoun(tk: TokenTable, span: Span) -> bool:
    """Is the holder phrase at ``span`` one third-person pronoun (उन्होंने, वह, वे)?"""
    i = tk.index_at(span[0])
    return tk.ends[i] >= span[1] and tk.keys[i] in _PRONOUN_HOLDERS


#: third-person pronouns that can hold a stance without ने
THIRD_PERSON = frozenset("वह वे वो उन्हें".split())
_PRONOUN_HOLDERS = PRON_NE | THIRD_PERSON


def previous_entity(span: Span, mentions: Sequence[tuple[int, int, str]]) -> str | None:
    """The entity a pronoun holder at ``span`` stands for: the one with the latest mention
    before it, within :data:`PRONOUN_REACH` characters (``mentions``: sorted
    ``(start, end, entity id)``); ``None`` when none is that near.

    >>> previous_entity((50, 58), [(0, 5, "e1"), (20, 30, "e2"), (60, 65, "e1")])
    'e2'
    """
    k = bisect.bisect_left(mentions, (span[0],)) - 1
    if k >= 0 and mentions[k][1] <= span[0] and span[0] - mentions[k][0] <= PRONOUN_REACH:
        return mentions[k][2]
    return None


def beyond_holder(tk: TokenTable, target: Span | None, holder: Span | None) -> Span | None:
    """A stance's target never holds its holder: a target span that starts with the holder
    ("सोशल मीडिया यूजर्स इस हादसे को साजिश करार दे रहे": the noun phrase before को) keeps the
    words after it; one inside the holder ("लोग … चिंतित हैं": the subject of the feeling is
    who feels it) is no target.

    >>> tk = TokenTable("यूजर्स इस हादसे को साजिश कहते हैं")
    >>> beyond_holder(tk, (0, 15), (0, 6)), beyond_holder(tk, (0, 6), (0, 6))
    ((7, 15), None)
    """
    if target is None or holder is None or target[0] >= holder[1] or target[1] <= holder[0]:
        return target
    k = tk.index_at(holder[1])
    if target[0] < holder[0] or k >= len(tk.starts) or tk.starts[k] >= target[1]:
        return None
    return tk.starts[k], target[1]


def find_stances(
    tk: TokenTable,
    seg_tokens: Sequence[tuple[int, int]],
    scored: Sequence,
    quotes: Sequence,
    reported: Sequence,
    entities: Sequence = (),
    *,
    conduct: frozenset = frozenset(),
    agents: dict[int, int] | None = None,
) -> list[StanceSpan]:
    """The stances of an article (normalised offsets): one per praise or concern cue hit of
    each sentence (``scored``: :func:`bias.framing.score_segments`; ``seg_tokens``: the
    sentences' token ranges; ``quotes``/``reported``: the attribution's spans with entity
    ids; ``entities``: :class:`bias.voices.entities.Entity`; ``conduct``: the word stems of
    the cues that judge someone's conduct, ``FramingLexicons.conduct``; ``agents``: ``{token:
    length}`` of the phrases that name a body, a role or a country, who can have acted)."""
    quote_index, reported_index = SpanIndex(quotes), SpanIndex(reported)
    mentions = sorted((a, b, e.id) for e in entities for a, b in e.mentions)
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for e in entities:
        ws = name_words(tk, e.name)
        for w in dict.fromkeys(ws):
            names.setdefault(w, []).append((ws, e.id))
    persons = PEOPLE | frozenset(names)
    out = []
    for k, ((first, _), sc) in enumerate(zip(seg_tokens, scored)):
        for hit in sc.hits:
            if hit.lexicon not in ("praise", "concern"):
                continue
            judged = is_conduct(tk, hit, conduct)
            holder, entity, rule = _holder(
                tk, hit, first, quote_index, reported_index, persons, judged and not credit(tk, hit)
            )
            if entity is None and holder is not None and _is_pronoun(tk, holder):
                entity = previous_entity(holder, mentions)
            found = conduct_target(tk, hit.tok, first, agents or {}) if judged else None
            target = beyond_holder(
                tk, found or target_of(tk, hit.tok, first, quote_index, hit.end_tok), holder
            )
            out.append(
                StanceSpan(
                    k,
                    hit.lexicon,
                    (hit.start, hit.end),
                    holder,
                    entity or _entity_at(tk, holder, mentions, names),
                    target,
                    _entity_at(tk, target, mentions, names),
                    rule,
                )
            )
    return out
