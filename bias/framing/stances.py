"""Stances: who praises or criticises whom (holder → praise/concern → target), per sentence.

Every praise or concern cue hit of a sentence is a stance, but an apprehension nobody holds
(:func:`bias.framing.holders.impersonal_estimate`: "मंदी की आशंका है").  Its **holder** is found
by the first of :data:`bias.framing.holders.HOLDER_RULES` that answers (that module says how),
else it is the reporter; a cue that judges someone's conduct (:func:`is_conduct`: a success, a
credited effort, a failure; or a deed, :func:`judges_deed`: "शानदार बल्लेबाजी") takes the one who
acted as its target (:func:`conduct_target`) and only a speaker or the reporter as its holder.

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
from ..voices.words import PRON_NE
from .complements import bare_subject, complement_subject
from .cues import Hit
from .holders import (
    HOLDER_RULES,
    PEOPLE,
    holder_of,
    impersonal_estimate,
    speech_cues,
    subject_before,
)
from .noun_phrases import NP_BREAKS, char_span, noun_phrase_before, with_owner
from .statements import continued_statements, statement_speakers
from .targets import (
    CASE_MARKERS,
    CLAUSE_OPENERS,
    JUDGING_ADJECTIVES,
    SpanIndex,
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


def is_conduct(tk: TokenTable, hit: Hit, conduct: frozenset) -> bool:
    """Does the cue ``hit`` judge someone's conduct (its word stems are one of ``conduct``:
    "सही कदम उठाए", "कामयाब रहा", "लापरवाही")?"""
    return tuple(tk.stems[hit.tok : max(hit.end_tok, hit.tok + 1)]) in conduct


#: nouns of a deed ("शानदार बल्लेबाजी", "अच्छा काम", "खराब प्रदर्शन"): a judging adjective before
#: one judges whoever did it, as a conduct cue does (token keys: written with the nukta,
#: compared without it)
DEED_NOUNS = frozenset(
    map(
        token_key,
        """काम कार्य प्रदर्शन गेंदबाजी गेंदबाज़ी बल्लेबाजी बल्लेबाज़ी पारी अभिनय फील्डिंग
        क्षेत्ररक्षण निर्देशन कप्तानी नेतृत्व प्रबंधन इंतजाम इंतज़ाम प्रयास कोशिश पहल शुरुआत
        वापसी शतक अर्धशतक खेल योगदान""".split(),
    )
)


def judges_deed(tk: TokenTable, hit: Hit) -> bool:
    """Does the cue ``hit`` judge a deed: a judging adjective (:data:`JUDGING_ADJECTIVES`) with a
    deed noun (:data:`DEED_NOUNS`) in the cue or in the two words after it?  Its target is
    then the one who did it (:func:`conduct_target`: "भज्जी ने बेहतरीन गेंदबाजी की" → भज्जी).

    >>> t = "भज्जी ने बेहतरीन गेंदबाजी की"
    >>> tk = TokenTable(t)
    >>> judges_deed(tk, Hit("बेहतरीन", 9, 16, "praise", 1.0, 2, 3))
    True
    """
    keys = tk.keys
    if keys[hit.tok] not in JUDGING_ADJECTIVES:
        return False
    return not DEED_NOUNS.isdisjoint(keys[hit.tok + 1 : max(hit.end_tok, hit.tok + 1) + 2])


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
    doer = doer_after(tk, tok)
    if doer is not None:
        return doer
    a = tok
    while a > first and tk.kinds[a - 1] != "punct" and tk.keys[a - 1] not in CLAUSE_OPENERS:
        a -= 1
    found = subject_before(tk, tok, a)  # (in its clause: "सरकार ने कहा कि भारत … में सफल रहा")
    if found is not None:
        return coordinated_subject(tk, found, a, first)
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


#: "करने वाले" (who did): the deed's doer is named after it
_DOER_MARKS = frozenset(map(token_key, "वाले वाली वाला वालों".split()))
#: how many words after the cue "करने वाले" may stand, and how many words the doer's name spans
DOER_REACH = 4


def doer_after(tk: TokenTable, tok: int) -> Span | None:
    """The doer a deed's cue at token ``tok`` names after "करने वाले": "शानदार गेंदबाज़ी करने
    वाले हरभजन सिंह को मैन ऑफ़ द मैच चुना गया" credits हरभजन सिंह (the words up to a case
    marker or punctuation, at most :data:`DOER_REACH`); ``None`` without that construction.

    >>> t = "शानदार गेंदबाज़ी करने वाले हरभजन सिंह को चुना गया"
    >>> t[slice(*doer_after(TokenTable(t), 0))]
    'हरभजन सिंह'
    """
    keys, n = tk.keys, len(tk.keys)
    for j in range(tok + 1, min(n - 2, tok + DOER_REACH)):
        if tk.kinds[j] != "word":
            return None
        if keys[j] == "करने" and keys[j + 1] in _DOER_MARKS:
            a = b = j + 2
            while b < min(n, a + DOER_REACH) and tk.kinds[b] == "word":
                if keys[b] in NP_BREAKS:
                    break
                b += 1
            return char_span(tk, (a, b)) if b > a else None
    return None


#: conjunctions that join two subjects into one ("स्मिथ और तारे ने"; not या, "either")
JOINING = frozenset({"और", "व", "तथा", "एवं"})


def coordinated_subject(tk: TokenTable, found: Span, a: int, first: int) -> Span:
    """The subject ``found`` (characters) of a clause that starts at token ``a`` right after
    a joining conjunction (:data:`JOINING`), widened to the noun phrase joined before it: "ड्वेन
    स्मिथ और आदित्य तारे ने अच्छी शुरुआत की" credits both.  Unchanged when what stands before the
    conjunction is no noun phrase ("उन्होंने कहा और तारे ने …").

    >>> t = "स्मिथ और तारे ने अच्छी शुरुआत की"
    >>> tk = TokenTable(t)
    >>> t[slice(*coordinated_subject(tk, (9, 13), 2, 0))]
    'स्मिथ और तारे'
    """
    if a - 1 <= first or tk.keys[a - 1] not in JOINING or tk.starts[a] != found[0]:
        return found
    np = noun_phrase_before(tk, a - 1, first)
    if np is None or np[1] != a - 1:
        return found
    return tk.starts[np[0]], found[1]


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
    speech = speech_cues(reported)
    direct = [q for q in quotes if q.kind == "direct"]
    statements = statement_speakers(tk, seg_tokens, [*direct, *reported])
    continued = continued_statements(tk, seg_tokens, [*direct, *reported])
    mentions = sorted((a, b, e.id) for e in entities for a, b in e.mentions)
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for e in entities:
        ws = name_words(tk, e.name)
        for w in dict.fromkeys(ws):
            names.setdefault(w, []).append((ws, e.id))
    persons = PEOPLE | frozenset(names)
    out = []
    for k, ((first, last), sc) in enumerate(zip(seg_tokens, scored)):
        for hit in sc.hits:
            if hit.lexicon not in ("praise", "concern") or impersonal_estimate(tk, hit, first):
                continue
            judged = is_conduct(tk, hit, conduct) or judges_deed(tk, hit)
            holder, entity, rule = holder_of(
                tk,
                hit,
                first,
                quote_index,
                reported_index,
                persons,
                judged and not credit(tk, hit),
                last,
                speech,
            )
            if rule == "narrator" and k in statements:
                holder, entity = statements[k]
                rule = "statement"
            elif rule == "narrator" and k in continued:
                holder, entity = continued[k]
                rule = "continued"
            if entity is None and holder is not None and _is_pronoun(tk, holder):
                entity = previous_entity(holder, mentions)
            found = conduct_target(tk, hit.tok, first, agents or {}) if judged else None
            # (the doer is the one who judges, "X ने इसे क्रांतिकारी कदम बताया": what is judged)
            found = beyond_holder(tk, found, holder)
            found = found or with_owner(
                tk, target_of(tk, hit.tok, first, quote_index, hit.end_tok), first, hit.tok, holder
            )
            target = beyond_holder(tk, found, holder)
            # (a target that was only the holder, "X का आरोप है कि …", gives way to the clause)
            target = target or complement_subject(tk, hit.end_tok, last)
            target = target or bare_subject(tk, hit.tok, hit.end_tok, first)
            target = beyond_holder(tk, target, holder)
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
