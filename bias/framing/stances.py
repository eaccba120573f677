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

Its **target** (:func:`target_of`): the noun phrase before the genitive right before the cue
(``सरकार की आलोचना``, or the quotation closed right before it: ``“…” की प्रशंसा``), else the
noun phrase before ``के खिलाफ``, ``के प्रति``, ``पर``, ``को लेकर`` or ``के बारे में`` in the four
tokens before the cue (what the stance is about), or before ``को`` (the object: ``प्रशासन को
जिम्मेदार ठहराया``; not for a feeling, whose ``को`` marks the experiencer, nor a time, ``सोमवार
को``); else none.
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
from ..voices.entities import name_words, same_entity
from ..voices.words import GENITIVE, NE, PRON_NE, SIDES
from .cues import Hit

__all__ = ["StanceSpan", "HOLDER_RULES", "target_of", "find_stances", "NP_BREAKS"]

Span = tuple[int, int]

#: words a holder or target noun phrase does not reach back across
NP_BREAKS = (
    frozenset(
        """ने में से को पर तक के की का लिए कि है हैं था थे थी हो गया गई गए किया किए कहा भी तो
    लेकिन परंतु किंतु मगर जबकि जो खिलाफ बीच साथ द्वारा लेकर हम मैं आप तुम वह वे वो यह ये""".split()
    )
    | PRON_NE
    | frozenset("उन्हें उसे इन्हें इसे मुझे हमें तुम्हें".split())
)
#: how many words a holder or target phrase spans at most
NP_WORDS = 5
_QUOTE_CLOSERS = frozenset("”’\"'»›")
_PARTICLES = frozenset({"भी", "ही", "तो"})


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


def _np_before(tk: TokenTable, end: int, lo: int) -> tuple[int, int] | None:
    """The token range of the noun phrase that ends right before token ``end`` (not before
    ``lo``): words only, at most :data:`NP_WORDS`, not across :data:`NP_BREAKS`."""
    if end - 1 > lo and tk.keys[end - 1] == ")":
        opened = _paren_open(tk, end - 1, lo)
        if opened is not None:  # "कृषक मुक्ति संग्राम समिति (केएमएसएस) ने": the name before
            np = _np_before(tk, opened, lo)
            return (np[0], end) if np is not None else None
    j = end
    while j > lo and end - j < NP_WORDS and tk.kinds[j - 1] == "word":
        if tk.keys[j - 1] in NP_BREAKS:
            break
        j -= 1
    while j < end and tk.keys[j] == "और":
        j += 1
    return (j, end) if j < end else None


def _paren_open(tk: TokenTable, close: int, lo: int) -> int | None:
    """The ``(`` of the short bracketed group (at most three words) that the ``)`` at token
    ``close`` ends, not before ``lo``; ``None`` when there is none."""
    for j in range(close - 1, max(lo, close - 5) - 1, -1):
        if tk.keys[j] == "(":
            return j
        if tk.kinds[j] != "word":
            return None
    return None


def _chars(tk: TokenTable, toks: tuple[int, int]) -> Span:
    return tk.starts[toks[0]], tk.ends[toks[1] - 1]


class SpanIndex:
    """Spans (anything with ``start`` and ``end``) found by bisection, not by a scan (an article
    may hold thousands of quotations).

    >>> from collections import namedtuple
    >>> S = namedtuple("S", "start end")
    >>> ix = SpanIndex([S(10, 20), S(0, 5)])
    >>> ix.at(12), ix.at(7)
    (S(start=10, end=20), None)
    >>> ix.ending_in(19, 21)
    S(start=10, end=20)
    """

    def __init__(self, spans: Sequence) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.by_end = sorted(self.spans, key=lambda s: s.end)
        self.ends = [s.end for s in self.by_end]

    def at(self, pos: int):
        """The span that holds character ``pos`` (the last one starting at or before it)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[k] if k >= 0 and pos < self.spans[k].end else None

    def ending_in(self, lo: int, hi: int):
        """The first span (by start) whose end lies in ``[lo, hi]``, or ``None``."""
        k = bisect.bisect_left(self.ends, lo)
        found = []
        while k < len(self.ends) and self.ends[k] <= hi:
            found.append(self.by_end[k])
            k += 1
        return min(found, key=lambda s: s.start) if found else None


def target_of(
    tk: TokenTable, tok: int, first: int, quotes: Sequence | SpanIndex, end: int | None = None
) -> Span | None:
    """The target of the cue at token ``tok`` of the sentence starting at token ``first``:
    see the module doc.  ``quotes`` are the article's quotation spans (a quotation closed
    right before ``की`` is the target: ``“…” की प्रशंसा``); ``end``: the token after the cue
    (a cue of several words, "मदद की अपील", is addressed by any of them).

    >>> t = "उन्होंने अमेरिका के खिलाफ कड़ा रुख अपनाया"
    >>> tk = TokenTable(t)
    >>> t[slice(*target_of(tk, 5, 0, []))]
    'अमेरिका'
    """
    keys = tk.keys
    if not ADDRESSED.isdisjoint(keys[tok : max(end or 0, tok + 1)]):
        return addressee(tk, tok, first)
    if keys[tok] in SOLIDARITY:
        found = with_whom(tk, tok, first)
        if found is not None:
            return found
    g = tok - 1
    while g > first and keys[g] in _PARTICLES:  # “…” की भी प्रशंसा
        g -= 1
    if g >= first and g < tok and keys[g] in GENITIVE:
        before = g
        if (
            before > first
            and tk.kinds[before - 1] == "punct"
            and keys[before - 1] in _QUOTE_CLOSERS
        ):
            closed_at = tk.starts[before - 1]
            index = quotes if isinstance(quotes, SpanIndex) else SpanIndex(quotes)
            q = index.ending_in(closed_at - 2, closed_at)
            if q is not None:
                return q.start, q.end
        np = _np_before(tk, before, first)
        if np is not None:
            return _chars(tk, np)
    for j in range(tok - 1, max(first, tok - 5) - 1, -1):
        if keys[j] in ("खिलाफ", "प्रति") and j - 1 > first and keys[j - 1] in GENITIVE:
            np = _np_before(tk, j - 1, first)  # "X के खिलाफ", "X के प्रति चिंतित"
        elif keys[j] == "पर":
            np = _np_before(tk, j, first)
        elif keys[j] == "लेकर" and j - 1 > first and keys[j - 1] == "को":
            np = _np_before(tk, j - 1, first)  # "X को लेकर चिंता": what it is about
        elif keys[j] == "बारे" and j - 1 > first and keys[j - 1] in GENITIVE:
            np = _np_before(tk, j - 1, first)  # "X के बारे में चिंता जताई"
        elif keys[j] == "लिए" and j - 1 > first and keys[j - 1] in GENITIVE and keys[tok] in WORRY:
            np = _np_before(tk, j - 1, first)  # "अपने भाई के लिए चिंतित"
        elif keys[j] == "को" and keys[tok] not in _FEELINGS:
            # the object of the stance: "प्रशासन को जिम्मेदार ठहराया", "सैनिकों को सलाम"
            # ("लोगों को डर": an experiencer; "सोमवार को": a time, passed over)
            np = _np_before(tk, j, first)
            if np is None or keys[np[1] - 1] in TIME_WORDS:
                continue
        else:
            continue
        return _chars(tk, np) if np is not None else None
    return predicated_target(tk, tok, first)


#: stances addressed to someone (a demand, an appeal, a warning): the one asked is the target
#: ("सरकार से मदद की अपील"); what is asked for, in the genitive before, is not
ADDRESSED = frozenset("मांग मांगें अपील आग्रह अनुरोध गुहार चेतावनी".split())
#: solidarity and sympathy: the one it is with is the target ("परिवारों के साथ संवेदना")
SOLIDARITY = frozenset("संवेदना संवेदनाएं सहानुभूति एकजुटता".split())
#: worry, whose object may be "X के लिए" ("अपने भाई के लिए चिंतित")
WORRY = frozenset("चिंता चिंतित चिंताएं फिक्र परेशान".split())


def addressee(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The one a demand, appeal or warning at token ``tok`` is addressed to: the noun phrase
    before the nearest ``से`` in the six tokens before the cue (not "X की ओर/तरफ से", the
    side it comes from); ``None`` without one.

    >>> t = "लोगों ने राज्य सरकार से तत्काल मदद की अपील की"
    >>> tk = TokenTable(t)
    >>> t[slice(*addressee(tk, 8, 0))]
    'राज्य सरकार'
    """
    keys = tk.keys
    for j in range(tok - 1, max(first, tok - 6), -1):
        if keys[j] == "से" and keys[j - 1] not in SIDES:
            np = _np_before(tk, j, first)
            return _chars(tk, np) if np is not None else None
    return None


def with_whom(tk: TokenTable, tok: int, first: int) -> Span | None:
    """``X के साथ`` within six tokens around a solidarity cue at ``tok`` (before it: "परिवारों
    के साथ अपनी संवेदना", or after it: "हमारी संवेदनाएं परिवारों के साथ हैं"): X.

    >>> t = "हमारी संवेदनाएं पीड़ित परिवारों के साथ हैं"
    >>> tk = TokenTable(t)
    >>> t[slice(*with_whom(tk, 1, 0))]
    'पीड़ित परिवारों'
    """
    keys = tk.keys
    around = list(range(tok + 1, min(len(keys), tok + 7))) + list(range(tok - 1, tok - 7, -1))
    for j in around:
        if j - 1 > first and keys[j] == "साथ" and keys[j - 1] in GENITIVE:
            lo = first if j < tok else tok + 1
            np = _np_before(tk, j - 1, lo)
            return _chars(tk, np) if np is not None else None
    return None


#: a copula closing an evaluative predicate ("… शानदार रही", "… खतरनाक है")
COPULAS = frozenset("है हैं था थे थी रहा रही रहे".split())
#: words between a predicate's subject and its evaluative word ("बहुत", "भी")
DEGREE_WORDS = frozenset("बहुत काफी काफ़ी बेहद अत्यंत बड़ा बड़ी सबसे भी ही तो एकदम बिल्कुल".split())


def predicated_target(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The subject of an evaluative predicate: the noun phrase before the cue at ``tok`` when a
    copula follows the cue within two tokens ("इसकी लैंडिंग भी शानदार रही", "हवाई सफर करना
    खतरनाक है"), degree words and particles before the cue passed over; else ``None``.

    >>> t = "उनका रवैया बहुत सहयोगात्मक है"
    >>> tk = TokenTable(t)
    >>> t[slice(*predicated_target(tk, 3, 0))]
    'उनका रवैया'
    """
    keys = tk.keys
    if not any(k in COPULAS for k in keys[tok + 1 : tok + 3]):
        return None
    j = tok
    while j > first and keys[j - 1] in DEGREE_WORDS:
        j -= 1
    np = _np_before(tk, j, first)
    return _chars(tk, np) if np is not None else None


#: words of a time phrase with को ("सोमवार को चेतावनी दी"): not a target
TIME_WORDS = frozenset(
    "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार दिन रात सुबह शाम "
    "दोपहर बार तारीख".split()
)


#: verbs of expressing a feeling: its subject holds it ("X ने चिंता जताई / व्यक्त की")
EXPRESS_VERBS = frozenset("जताई जताया जताए जताते जताती जताने जताई व्यक्त जाहिर प्रकट".split())


def expressed(tk: TokenTable, tok: int) -> bool:
    """Is the feeling at token ``tok`` expressed by its subject (an expressing verb within the
    two tokens after it)?

    >>> expressed(TokenTable("उन्होंने गहरी चिंता जताई"), 2)
    True
    """
    return any(k in EXPRESS_VERBS for k in tk.keys[tok + 1 : tok + 3])


#: feelings: they have an experiencer (X में / X को), and a subject that only causes them
_FEELINGS = frozenset(
    "चिंता चिंताएं डर भय आशंका खौफ दहशत नाराजगी नाराज़गी आक्रोश गुस्सा रोष बेचैनी असंतोष "
    "निराशा खुशी उत्साह संतोष गर्व अफसोस अफ़सोस".split()
)
#: third-person pronouns in the dative, which hold a feeling as "X को" does ("उन्हें गर्व है")
DATIVE_PRONOUNS = frozenset("उन्हें उसे इन्हें इसे".split())
#: how far before a feeling its "X को" may stand, past what it is about ("किसानों को सरकार से …")
EXPERIENCER_REACH = 6
#: postpositions of what a feeling is about, passed over on the way back to its experiencer
_ABOUT = frozenset({"से", "पर", "लेकर"})


def _experiencer(tk: TokenTable, tok: int, first: int) -> Span | None:
    """``X में <feeling>`` ("पश्चिम में चिंता", "लोगों में काफी डर"), or ``X को`` / a dative
    pronoun before a feeling ("लोगों को डर", "उन्हें गर्व है"), perhaps past what the feeling
    is about ("किसानों को सरकार से नाराजगी", :func:`_dative_before`): the noun phrase before
    में / को (degree words passed over), or the pronoun.  Only feelings have an experiencer: in
    "थाणे में विरोध प्रदर्शन" में is a place (``X को जिम्मेदार ठहराया``: X is a target)."""
    if tk.keys[tok] not in _FEELINGS:
        return None
    b = tok
    while b - 1 > first and tk.keys[b - 1] in DEGREE_WORDS:
        b -= 1
    if b - 1 > first and tk.keys[b - 1] == "में":
        np = _np_before(tk, b - 1, first)
        return _chars(tk, np) if np is not None else None
    return _dative_before(tk, b, first)


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
            return _chars(tk, (j, j + 1))
        if keys[j] == "को" and not (j + 1 < b and keys[j + 1] == "लेकर"):
            np = _np_before(tk, j, first)
            return _chars(tk, np) if np is not None else None
        about = about or keys[j] in _ABOUT
        if not about and j < b - 1:
            return None  # (only what the feeling is about may stand between)
    return None


def _subject(tk: TokenTable, tok: int, first: int) -> Span | None:
    """``X ने … <cue>``: the noun phrase before the nearest ने before the cue."""
    for j in range(tok - 1, first - 1, -1):
        if tk.keys[j] in PRON_NE:  # उन्होंने: the pronoun itself
            return _chars(tk, (j, j + 1))
        if tk.keys[j] == NE:
            np = _np_before(tk, j, first)
            return _chars(tk, np) if np is not None else None
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
            np = _np_before(tk, j, first)
        elif keys[j] == "से" and keys[j - 1] in SIDES and j - 2 >= first:
            np = _np_before(tk, j - 2, first) if keys[j - 2] in GENITIVE else None
        else:
            continue
        return _chars(tk, np) if np is not None else None
    return None


#: how many tokens before a cue its agent marker may stand (a bounded look: linear time)
AGENT_REACH = 25

#: how a stance's holder is found, in order (the reporter when none answers)
HOLDER_RULES = ("quote", "reported", "experiencer", "subject", "agent")


def _holder(
    tk, hit: Hit, first: int, quotes: SpanIndex, reported: SpanIndex
) -> tuple[Span | None, str | None, str]:
    """(holder span, entity id, rule) of the stance of ``hit``."""
    q = quotes.at(hit.start)
    if q is not None and q.kind == "direct" and q.speaker is not None:
        return q.speaker, q.entity, "quote"
    r = reported.at(hit.start)
    if r is not None and r.speaker is not None:
        return r.speaker, r.entity, "reported"
    for rule, find in (("experiencer", _experiencer), ("subject", _subject), ("agent", _agent)):
        if rule == "subject" and tk.keys[hit.tok] in _FEELINGS and not expressed(tk, hit.tok):
            continue  # "यात्रा ने चिंताएं बढ़ा दीं": the subject causes the worry, it holds none
        span = find(tk, hit.tok, first)
        if span is not None:
            return span, None, rule
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


def find_stances(
    tk: TokenTable,
    seg_tokens: Sequence[tuple[int, int]],
    scored: Sequence,
    quotes: Sequence,
    reported: Sequence,
    entities: Sequence = (),
) -> list[StanceSpan]:
    """The stances of an article (normalised offsets): one per praise or concern cue hit of
    each sentence (``scored``: :func:`bias.framing.score_segments`; ``seg_tokens``: the
    sentences' token ranges; ``quotes``/``reported``: the attribution's spans with entity
    ids; ``entities``: :class:`bias.voices.entities.Entity`)."""
    quote_index, reported_index = SpanIndex(quotes), SpanIndex(reported)
    mentions = sorted((a, b, e.id) for e in entities for a, b in e.mentions)
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for e in entities:
        ws = name_words(tk, e.name)
        for w in dict.fromkeys(ws):
            names.setdefault(w, []).append((ws, e.id))
    out = []
    for k, ((first, _), sc) in enumerate(zip(seg_tokens, scored)):
        for hit in sc.hits:
            if hit.lexicon not in ("praise", "concern"):
                continue
            holder, entity, rule = _holder(tk, hit, first, quote_index, reported_index)
            if entity is None and holder is not None and _is_pronoun(tk, holder):
                entity = previous_entity(holder, mentions)
            target = target_of(tk, hit.tok, first, quote_index, hit.end_tok)
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
