"""How a quotation's speaker is chosen: named rules, asked in order.

Each rule looks at one quotation in its article (:class:`QuoteContext` in an
:class:`ArticleContext`) and returns an :class:`Attribution` naming itself, or ``None``.
:func:`select` takes the first answer: first of :data:`SPEAKER_RULES`; for a direct
quotation none of them attributes, then of :data:`FALLBACKS`.  To change the
attribution, change a rule or the order of these tuples.
"""

from __future__ import annotations

from typing import Callable

from .context import ArticleContext, QuoteContext
from .documents import issuer_end
from .information import news_as_such
from .kinds import own_line
from .phrases import (
    Said,
    according_before,
    find_cue_last,
    find_cue_outside,
    ne_subject_of,
    np_before,
    quoting_whom,
    speech_cue,
    verb_phrase_before,
)
from .results import Attribution, Speaker
from .speakers import source_type, speaker_of
from .words import GENITIVE, NE, PRON_GEN, PRON_NE, TERMINAL

__all__ = [
    "SPEAKER_RULES",
    "FALLBACKS",
    "select",
    "attribution",
    "colon_intro",
    "verb_before",
    "ne_subject",
    "according_to",
    "speaker_after",
    "previous_sentence",
    "source_noun",
    "statement_by",
    "dash_signature",
    "heading_quote",
    "continuation",
    "previous_subject",
]

Span = tuple[int, int]
Rule = Callable[[ArticleContext, QuoteContext], Attribution | None]


def attribution(
    art: ArticleContext,
    np: Span,
    cue: str | None,
    cue_tokens: Span | None,
    *,
    via: Span | None = None,
    rule: str,
) -> Attribution:
    """The :class:`Attribution` of the speaker phrase ``np`` (tokens), resolved by
    :func:`~bias.voices.speakers.speaker_of`.  With a ``via`` ("Y के अनुसार X ने …")
    a speaker without a type gets the phrase's own.  (A speaker still without a type is
    typed with its entity: :func:`bias.voices.entities.link_entities`.)"""
    speaker = speaker_of(art, *np)
    if via is not None and speaker.source_type is None:
        speaker = speaker._replace(source_type=source_type(art, *np))
    return Attribution(
        speaker,
        cue,
        art.chars(*cue_tokens) if cue_tokens is not None else None,
        art.chars(*via) if via is not None else None,
        rule,
    )


# ------------------------------------------------------------------ speaker rules


def colon_intro(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``X: “…”`` — the noun phrase before a colon that opens the quotation.

    प्रवक्ता: “हम बातचीत को तैयार हैं।” → प्रवक्ता
    """
    colon = q.first - 1
    if colon < q.sent_first or art.keys[colon] != ":":
        return None
    np = np_before(art, colon, q.sent_first)
    if np is None:
        return None
    return attribution(art, np, ":", (colon, q.first), rule="colon_intro")


def verb_before(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``X कहते हैं, “…”`` — a subject without ने and its speech verb right before the
    quotation (:func:`~bias.voices.phrases.verb_phrase_before`).

    कोच बोले, "टीम ने शानदार खेल दिखाया." → कोच
    """
    said = verb_phrase_before(art, q.sent_first, q.first, that=q.speechy)
    if said is None:
        return None
    return attribution(art, said.np, said.cue, said.cue_tokens, rule="verb_before")


def ne_subject(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``X ने … कहा … “…”`` — the nearest ``ने`` subject before the quotation (or
    ``X का कहना है कि “…”``), with a speech cue between them, after the quotation or
    just inside its closing mark; an ``Y के अनुसार`` before the subject is ``via``
    (and without a cue, makes the subject the speaker); ``X ने Y के हवाले से बताया``: ``Y``
    speaks, ``X`` is ``via`` (:func:`~bias.voices.phrases.quoting_whom`).  The nearest such subject
    decides: when it does not attribute, the rule gives up.

    सरकारी समाचार एजेंसी के अनुसार मंत्री ने “पूर्ण समर्थन” की शपथ ली। → मंत्री
    """
    keys = art.keys
    for i in q.triggers:
        if art.in_quote[i]:
            continue
        k = keys[i]
        if k in art.lex.opinion and i > q.sent_first:
            owner = keys[i - 1]
            if owner in GENITIVE or owner in PRON_GEN:
                # X का कहना है कि / उनका कहना है कि
                owner_np = (i - 1, i) if owner in PRON_GEN else np_before(art, i - 1, q.sent_first)
                if not owner_np:
                    return None
                owner_cue = (i - 1, i + 2)
                return attribution(
                    art, owner_np, art.words(*owner_cue), owner_cue, rule="ne_subject"
                )
        if k != NE and k not in PRON_NE:
            continue
        np: Span | None = (i, i + 1) if k in PRON_NE else np_before(art, i, q.sent_first)
        if np is None:
            continue
        cue = _cue_of_subject(art, q, i)
        according = according_before(art, np[0], q.sent_first)
        if cue is not None:
            text = "ने … " + art.words(*cue)
            quoted = quoting_whom(art, i, cue[0])  # "X ने Y के हवाले से बताया": Y via X
            if quoted is not None:
                return attribution(art, quoted, text, cue, via=np, rule="ne_subject")
            via = according[0] if according else None
            return attribution(art, np, text, cue, via=via, rule="ne_subject")
        if according is None:
            return None
        # ने without a speech verb: the subject of "Y के अनुसार X ने “…”"
        via, acc = according
        text = art.words(*acc) + " … ने"
        return attribution(art, np, text, acc, via=via, rule="ne_subject")
    return None


def _cue_of_subject(art: ArticleContext, q: QuoteContext, ne: int) -> Span | None:
    """The speech cue of the ने at token ``ne``: between it and the quotation, else
    within eight tokens after the quotation, else (for a quotation of two words or
    more) in its last five tokens: the verb sometimes sits inside the closing mark
    (…की शपथ ली।”)."""
    cue = find_cue_outside(art, ne + 1, q.first)
    if cue is None:
        cue = find_cue_outside(art, q.end, min(q.sent_end, q.end + 8))
    if cue is None and q.words >= 2:
        cue = find_cue_last(art, max(q.first, q.end - 5), q.end)
    return cue


def according_to(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``Y के अनुसार / मुताबिक … “…”`` — the nearest according phrase before the
    quotation in its sentence; ``Y`` speaks.

    पुलिस के अनुसार, “हमलावर फरार हैं।” → पुलिस; उनके अनुसार, “…” → the pronoun's speaker
    """
    keys = art.keys
    for i in q.triggers:
        if i <= q.sent_first:
            break
        if keys[i] in art.lex.according and not art.in_quote[i] and keys[i - 1] in PRON_GEN:
            # उनके अनुसार, “…”: the pronoun resolves to its speaker
            cue = (i - 1, i + 1)
            return attribution(art, (i - 1, i), art.words(*cue), cue, rule="according_to")
        if keys[i] in art.lex.according and keys[i - 1] in GENITIVE and not art.in_quote[i]:
            np = np_before(art, i - 1, q.sent_first)
            if not np:
                return None
            cue = (i - 1, i + 1)
            if news_as_such(art, np):  # "मीडिया रिपोर्ट्स के मुताबिक, “…”": no one named
                unnamed = Speaker(None, None, "anonymous")
                cue = (np[0], i + 1)
                return Attribution(unnamed, art.words(*cue), art.chars(*cue), None, "according_to")
            return attribution(art, np, art.words(*cue), cue, rule="according_to")
    return None


def speaker_after(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``“…”, X ने कहा`` / ``“…” उन्होंने कहा`` / ``“…”, कोच बोले`` — a subject and its
    speech cue right after the quotation, in its sentence or, when the quotation
    ends the sentence, in a short next sentence (at most ten tokens).

    “हम तैयार हैं,” मंत्री ने कहा। → मंत्री
    """
    said = _subject_after(art, q.end, q.sent_end)
    if said is None and q.sentence + 1 < len(art.sentences) and q.end >= q.sent_end - 1:
        first, end = art.sentences[q.sentence + 1]
        if end - first <= 10:
            said = _subject_after(art, first, end)
    if said is None:
        return None
    return attribution(art, said.np, said.cue, said.cue_tokens, rule="speaker_after")


def _subject_after(art: ArticleContext, a: int, b: int) -> Said | None:
    """``, X ने कहा`` / ``उन्होंने कहा`` / ``X का कहना है`` / ``मंत्री कहते हैं`` starting
    in the first eight tokens of ``[a, b)`` (after leading punctuation other than ।),
    before a sentence end and outside quotations."""
    keys, kinds = art.keys, art.kinds
    i = a
    while i < b and i < a + 8 and kinds[i] == "punct" and keys[i] != "।":
        i += 1  # (bounded: a run of a thousand marks is no place for a subject)
    for j in range(i, min(b, i + 8)):
        if art.in_quote[j]:
            break
        k = keys[j]
        if k == NE or k in PRON_NE:
            cue = find_cue_outside(art, j + 1, min(b, j + 6))
            np = (j, j + 1) if k in PRON_NE else np_before(art, j, i)
            if cue is None or np is None:
                return None
            return Said(np, "ने … " + " ".join(keys[cue[0] : cue[1]]), cue)
        if k in art.lex.opinion and j > i and keys[j - 1] in GENITIVE:
            np = np_before(art, j - 1, i)
            return Said(np, art.words(j - 1, j + 1), (j - 1, j + 1)) if np else None
        length = speech_cue(art, j, b)
        if length and j > i:
            # कोच बोले / मंत्री कहते हैं: a subject without ने
            np = np_before(art, j, i)
            return Said(np, " ".join(keys[j : j + length]), (j, j + length)) if np else None
        if kinds[j] == "punct" and k in TERMINAL:
            break
    return None


def previous_sentence(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``X ने … की तारीफ की। “…”`` — a quotation that opens its sentence, after a
    sentence without quotations whose subject speaks: a speech verb at its end
    (``X कहते हैं:``) or a ``ने`` subject with a speech cue.

    मंत्री ने योजना की प्रशंसा की। “यह ऐतिहासिक कदम है।” → मंत्री
    """
    if q.sentence == 0 or not q.at_start:
        return None
    first, end = art.sentences[q.sentence - 1]
    if any(art.in_quote[first:end]):
        return None
    said = verb_phrase_before(art, first, end) or ne_subject_of(art, first, end, speech_only=True)
    if said is None:
        return None
    return attribution(art, said.np, said.cue, said.cue_tokens, rule="previous_sentence")


def source_noun(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``भीड़ … “…” के नारे लगाए`` — a speech cue within four tokens after (or before)
    the quotation but no subject: the nearest source term (lexicon, known speaker) or
    pronoun before the quotation speaks.

    भीड़ “पुतिन जिंदाबाद” के नारे लगा रही थी। → भीड़
    """
    cue = find_cue_outside(art, q.end, min(q.sent_end, q.end + 4)) or find_cue_outside(
        art, max(q.sent_first, q.first - 4), q.first
    )
    if cue is None:
        return None
    for i in range(q.first - 1, q.window - 1, -1):
        if art.in_quote[i]:
            continue
        term = art.source_at.get(i)
        if term is not None or art.keys[i] in art.lex.pronouns:
            np = (i, i + (term[0] if term else 1))
            return attribution(art, np, art.words(*cue), cue, rule="source_noun")
    return None


#: the documents a body issues (its statement speaks for it)
STATEMENT_WORDS = frozenset("बयान अधिसूचना विज्ञप्ति".split())


def statement_by(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``X की ओर से जारी बयान में कहा गया, “…”`` / ``X द्वारा जारी अधिसूचना में कहा गया``
    / ``X ने बयान जारी किया, “…”`` — a statement issued by X, just before the quotation
    (within its sentence and window): X speaks, with the statement word as the cue.  A
    body that issues statements and that the lexicons do not type is an organisation.

    सहारा की ओर से जारी बयान में कहा गया, ‘हम करार खत्म करते हैं।’ → सहारा
    """
    keys, lo = art.keys, q.window
    words = [i for i in range(lo, q.first) if keys[i] in STATEMENT_WORDS and not art.in_quote[i]]
    if not words:
        return None
    w = words[-1]
    for i in range(w - 1, lo - 1, -1):
        end = issuer_end(keys, i, lo)
        if end is None:
            continue
        np = np_before(art, end, lo)
        if np is None:
            return None
        found = attribution(art, np, art.words(w, w + 1), (w, w + 1), rule="statement_by")
        if found.speaker.source_type is None:
            found = found._replace(speaker=found.speaker._replace(source_type="organisation"))
        return found
    return None


#: the marks that sign a quotation with its speaker's name after it
DASHES = frozenset("-–—")


def dash_signature(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``“…” -X, ROLE`` — a quotation signed after a dash, as papers print a boxed quote:
    the name after the dash (at most six words, up to a comma or the end of the line)
    speaks; a name the lexicons do not type takes the type of the role after its comma.

    “सभी इलाकों में जांच जारी है।” -अजय पांडेय, जिलाधिकारी → अजय पांडेय
    """
    i = q.end
    if i >= len(art.keys) or art.keys[i] not in DASHES or _line_break(art, i):
        return None
    first = end = i + 1
    while end < min(len(art.keys), first + 6):
        stop = art.kinds[end] == "punct" or art.in_quote[end]
        if stop or (end > first and _line_break(art, end)):
            break
        end += 1
    if end == first:
        return None
    found = attribution(art, (first, end), art.keys[i], (i, i + 1), rule="dash_signature")
    if found.speaker.source_type is None and end < len(art.keys) and art.keys[end] == ",":
        role_end = end + 1
        while role_end < min(len(art.keys), end + 5) and art.kinds[role_end] == "word":
            role_end += 1
        role = source_type(art, end + 1, role_end)
        found = found._replace(speaker=found.speaker._replace(source_type=role))
    return found


def _line_break(art: ArticleContext, i: int) -> bool:
    """Is there a line break between token ``i - 1`` and token ``i``?"""
    return i > 0 and "\n" in art.text[art.ends[i - 1] : art.starts[i]]


#: the speaker rules, in the order they are asked (today's 1, 1b, 2, 3, 4, 4b, 5)
SPEAKER_RULES: tuple[Rule, ...] = (
    colon_intro,
    verb_before,
    ne_subject,
    according_to,
    speaker_after,
    statement_by,
    dash_signature,
    previous_sentence,
    source_noun,
)


# ------------------------------------------------------------------ fallbacks


def continuation(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """A direct quotation no rule attributes continues the speaker of the quotation or
    reported speech before it in its sentence (unless it is the article's first
    quotation), else of the sentence before.

    मंत्री ने कहा कि काम जारी है। “हम रुकेंगे नहीं, हम थकेंगे नहीं।” → मंत्री
    """
    last: Speaker | None = art.last_speaker.get(q.sentence) if q.index > 0 else None
    if last is None:
        last = art.last_speaker.get(q.sentence - 1)
    if last is None:
        return None
    return Attribution(last, None, None, None, "continuation")


def previous_subject(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """``X ने … किया। “…”`` — a quotation that opens its sentence, with no speech cue
    anywhere: the first ``ने`` subject of the sentence before speaks (no cue recorded).

    राष्ट्रपति ने सभा को संबोधित किया। “देश आगे बढ़ेगा और हम सब मिलकर काम करेंगे” → राष्ट्रपति
    """
    if q.sentence == 0 or not q.at_start:
        return None
    first, end = art.sentences[q.sentence - 1]
    said = ne_subject_of(art, first, end, speech_only=False)
    if said is None:
        return None
    return attribution(art, said.np, None, None, rule="previous_subject")


def heading_quote(art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """A quotation that is a line of its own — a subheading that quotes the paragraph
    below it — is said by the first speaker of the next two sentences (a ``ने`` subject
    with a speech cue, or ``X का कहना है``).

    ‘जांच जल्द पूरी होगी’ ⏎ गृह मंत्री ने कहा कि दोषियों को सजा मिलेगी। → गृह मंत्री
    """
    if not own_line(art, q):
        return None
    for k in range(q.sentence + 1, min(len(art.sentences), q.sentence + 3)):
        first, end = art.sentences[k]
        if first < q.end:
            continue
        said = ne_subject_of(art, first, end, speech_only=True) or _kahna_hai(art, first, end)
        if said is not None:
            return attribution(art, said.np, said.cue, said.cue_tokens, rule="heading_quote")
    return None


def _kahna_hai(art: ArticleContext, first: int, end: int) -> Said | None:
    """``X का कहना है`` / ``X के मुताबिक`` in tokens ``[first, end)``: the phrase before
    the genitive of an opinion word, outside quotations."""
    for j in range(first + 1, end):
        if art.in_quote[j]:
            break
        if art.keys[j] in art.lex.opinion and art.keys[j - 1] in GENITIVE:
            np = np_before(art, j - 1, first)
            return Said(np, art.words(j - 1, j + 1), (j - 1, j + 1)) if np else None
    return None


#: asked, in order, for a direct quotation no speaker rule attributes (today's 6 and 7,
#: after a subheading's own rule)
FALLBACKS: tuple[Rule, ...] = (heading_quote, continuation, previous_subject)


def select(rules: tuple[Rule, ...], art: ArticleContext, q: QuoteContext) -> Attribution | None:
    """The first attribution one of ``rules`` gives the quotation ``q``.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मंत्री ने कहा, “हम तैयार हैं।”")
    >>> select(SPEAKER_RULES, art, art.quote(0)).rule
    'ne_subject'
    """
    for rule in rules:
        found = rule(art, q)
        if found is not None:
            return found
    return None
