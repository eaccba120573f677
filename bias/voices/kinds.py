"""Direct quotation or term: is a quotation presented as speech, or is it a name, a
title, a slogan or a scare quote?

A quotation is a ``term`` for the first of :data:`TERM_REASONS` that holds, else it is
``direct``.  "Short" means at most four words and no sign of speech (final
punctuation, or a first or second person pronoun: मैं, हम, आप, …).
"""

from __future__ import annotations

from .context import ArticleContext, QuoteContext
from .phrases import find_cue_outside
from .words import GENITIVE

__all__ = ["TERM_REASONS", "term_reason", "quote_kind"]


def no_words(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """Nothing but punctuation between the marks: “—”."""
    return q.words == 0


def naming_noun(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A short quotation ending with a naming noun (``cues.tsv`` term_head):
    “रणनीतिक साझेदारी संधि”, “जल जीवन मिशन”."""
    return (
        q.short
        and q.content_end > q.content_first
        and art.keys[q.content_end - 1] in art.lex.term_head
    )


def after_title_word(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A short quotation right after a title word (term_before): फिल्म ‘वेलकम बैक’."""
    return q.short and q.first >= 1 and art.keys[q.first - 1] in art.lex.term_before


def before_naming_word(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A short quotation right before a naming word (term_after: ‘आनंद’ नामक) or before the
    class noun it names (term_before, term_head, term_class: 'विल्मा' तूफान, ‘उज्ज्वला’
    योजना, ‘श्रमिक स्पेशल’ ट्रेन, ‘पेरासिटामोल’ जैसी दवाएं)."""
    if not (q.short and q.end < len(art.keys)):
        return False
    after, lex = art.keys[q.end], art.lex
    return (
        after in lex.term_after
        or after in lex.term_before
        or after in lex.term_head
        or after in lex.term_class
    )


#: English function words written in Devanagari: Hindi speech does not use them, English names
#: and titles do ("द लाइफ़ एंड टाइम्स ऑफ़ नरगिस", "प्रोड्यूसर्स गिल्ड ऑफ इंडिया")
ENGLISH_FUNCTION_WORDS = frozenset({"द", "ऑफ", "एंड", "फॉर", "ऑन"})


def english_title(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A quotation of at most eight words with an English function word in Devanagari
    (:data:`ENGLISH_FUNCTION_WORDS`; द not as the abbreviation "द."): the name of a book, a
    body or a programme, “द मोशन पिक्चर एसोसिएशन ऑफ़ अमरीका”."""
    if q.words > 8:
        return False
    keys = art.keys
    for k in range(q.content_first, q.content_end):
        if keys[k] in ENGLISH_FUNCTION_WORDS and not (
            keys[k] == "द" and k + 1 < q.content_end and keys[k + 1] == "."
        ):
            return True
    return False


#: what may stand between two quotations of a list of names ('A', 'B' और 'C')
LIST_JOINERS = frozenset({",", "और", "तथा", "एवं", "व", "या"})


def listed(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A quotation of at most eight words that no speaker rule attributes, next to another
    such quotation with only a comma or a conjunction between them: an item of a list of names
    or titles ('मधुमती', 'जिस देश में गंगा बहती है' और 'राम और श्याम'), not speech, even when it
    speaks in the first person.  (Attributed, a list is the speaker's words: X ने इसे ‘घबराहट’
    और ‘भ्रम’ बताया.)"""
    if attributed or q.words > 8:
        return False
    keys = art.keys
    for j in (q.index - 1, q.index + 1):
        if not 0 <= j < len(art.marks):
            continue
        beside = q.first - 1 if j < q.index else q.end  # the token between the two, if any
        if not 0 <= beside < len(keys) or keys[beside] not in LIST_JOINERS:
            continue
        other = art.quote(j)
        between = keys[other.end : q.first] if j < q.index else keys[q.end : other.first]
        if other.words <= 8 and between and all(k in LIST_JOINERS for k in between):
            return True
    return False


#: postpositions and particles after which a short quotation is a part of the clause
CLAUSE_WORDS = frozenset("को में के की का ने से पर तक भी ही".split())


def inside_clause(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A short quotation that the sentence goes on to govern with a postposition or particle
    right after its closing mark: a name or a label inside the reporter's clause
    (``‘रेड जोन’ में``, ``‘कोविड देखभाल केंद्र’ के रूप में``, ``‘कशमीर समिति’ ने मांग की``)
    — unless a speech cue follows within four tokens (the quotation is what was said) or a
    genitive precedes it (a quoted characterisation: दोस्ती की “अजेयता” को दर्शाता है).  A
    quotation governed by को or ने before a speech cue is the one spoken to or the one who
    speaks, a name: ``टीवी चैनल 'सीएनएस' को बताया``, ``‘काठमांडू पोस्ट’ ने बताया``."""
    if not (q.short and q.end < len(art.keys) and art.keys[q.end] in CLAUSE_WORDS):
        return False
    if q.first > 0 and art.keys[q.first - 1] in GENITIVE:
        return False  # a quoted characterisation of something: दोस्ती की “अजेयता” को दर्शाता
    if art.keys[q.end] in ("को", "ने"):
        return True  # the addressee or the subject of what follows: a name or a label
    # the object of a speech act that follows is the speaker's words: “घनिष्ठ मित्रता” की
    # प्रशंसा की, “पुतिन का स्वागत है” के नारे लगाए
    return find_cue_outside(art, q.end + 1, min(len(art.keys), q.end + 5)) is None


#: verbs that give something a name or an official label ("को ‘रेड जोन’ घोषित किया", "इसे ‘संकल्पना’
#: की संज्ञा दी"); and the passive of calling ("जिसे ‘साइटोकाइन स्टॉर्म’ कहा जाता है")
NAMING_VERBS = frozenset("घोषित संज्ञा दर्जा".split())
CALLED = frozenset({("कहा", "जाता"), ("कहा", "जाने"), ("कहे", "जाने")})


def named_as(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A short quotation that a naming verb makes a label: right before घोषित, संज्ञा or
    दर्जा, or before the passive of calling (``‘साइटोकाइन स्टॉर्म’ कहा जाता है``, ``को ‘चीनी
    वायरस’ कहे जाने का विरोध``).  (A speaker's own characterisation, "X को ‘घनिष्ठ मित्र’
    बताया", is not a naming verb: it stays direct.)"""
    if not (q.short and q.end < len(art.keys)):
        return False
    keys = art.keys
    if keys[q.end] in NAMING_VERBS:
        return True
    return q.end + 1 < len(keys) and (keys[q.end], keys[q.end + 1]) in CALLED


#: how many words a copular predicate may put between a quotation and the class noun it names
#: ("'मेहरुनिसा' एक पीरियड फिल्म है")
PREDICATE_REACH = 5
#: the copula that ends such a predicate
COPULA = frozenset({"है", "हैं", "था", "थी", "थे", "थीं"})


def class_predicate(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """A short quotation that a copular predicate right after it names as one of a class: the
    quotation is the subject, then up to :data:`PREDICATE_REACH` words ending in a class noun
    (term_class, term_head, term_before) and a copula — "'मेहरुनिसा' एक पीरियड फिल्म है", "'जब वी
    मेट' उनकी सर्वश्रेष्ठ फ़िल्म है": a title, even in a speaker's sentence."""
    if not (q.short and q.end < len(art.keys)):
        return False
    keys, lex = art.keys, art.lex
    classes = (lex.term_class, lex.term_head, lex.term_before)
    last = min(len(keys) - 1, q.end + PREDICATE_REACH)
    for k in range(q.end, last):
        if art.kinds[k] != "word":
            return False
        if any(keys[k] in c for c in classes) and keys[k + 1] in COPULA:
            return True
    return False


def unattributed_short(art: ArticleContext, q: QuoteContext, attributed: bool) -> bool:
    """At most five words, no sign of speech, and no speaker rule applied: a scare
    quote or a name (सरकार ने ‘सख्त’ कदम उठाए) — but not a quotation standing on a line of its
    own (:func:`own_line`): a crosshead in marks quotes the item below it (‘घबराने की कोई जरूरत
    नहीं’), even when no rule finds whose words they are."""
    return not attributed and q.words <= 5 and not q.speechy and not own_line(art, q)


def own_line(art: ArticleContext, q: QuoteContext) -> bool:
    """Does the quotation (with its marks) stand alone on its line?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("खबर है।\\n‘घबराने की जरूरत नहीं’\\nमंत्री ने कहा।")
    >>> own_line(art, art.quote(0))
    True
    """
    text, mark = art.text, q.mark
    a = mark.open
    while a > 0 and text[a - 1] in " \t":  # (only the blanks before it: linear overall)
        a -= 1
    b = max(mark.close_end, mark.close)
    while b < len(text) and text[b] in " \t\r.।":
        b += 1
    return (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n")


#: why a quotation is a term, in the order they are asked
TERM_REASONS = (
    no_words,
    naming_noun,
    after_title_word,
    before_naming_word,
    english_title,
    listed,
    named_as,
    inside_clause,
    class_predicate,
    unattributed_short,
)


def term_reason(art: ArticleContext, q: QuoteContext, *, attributed: bool) -> str | None:
    """The name of the first of :data:`TERM_REASONS` that makes the quotation a term, or
    ``None`` for a direct quotation.  ``attributed``: a speaker rule found its speaker.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("दोनों ने “रणनीतिक साझेदारी संधि” पर हस्ताक्षर किए।")
    >>> term_reason(art, art.quote(0), attributed=True)
    'naming_noun'
    """
    for reason in TERM_REASONS:
        if reason(art, q, attributed):
            return reason.__name__
    return None


def quote_kind(art: ArticleContext, q: QuoteContext, *, attributed: bool) -> str:
    """``"term"`` or ``"direct"`` (see :func:`term_reason`)."""
    return "direct" if term_reason(art, q, attributed=attributed) is None else "term"
