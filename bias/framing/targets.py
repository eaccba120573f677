"""Stance targets: whom or what a praise or concern cue is about (:func:`target_of`).

The target of a cue is the noun phrase before the genitive right before it (``सरकार की
आलोचना``, or the quotation closed right before it: ``“…” की प्रशंसा``), else the noun phrase
before ``के खिलाफ``, ``के प्रति``, ``पर``, ``को लेकर`` or ``के बारे में`` in the four tokens before the
cue (what the stance is about), or before ``को`` (the object: ``प्रशासन को जिम्मेदार ठहराया``; not
for a feeling, whose ``को`` marks the experiencer, nor a time, ``सोमवार को``); the one asked for a
demand, appeal or warning (:func:`addressee`; with none asked, what is demanded or warned of:
``भारी बारिश की चेतावनी``), the one sympathy is with (:func:`with_whom`), the subject of
an evaluative predicate (:func:`predicated_target`); else none (the stances then try the subject of
a कि clause after the cue, :func:`bias.framing.complements.complement_subject`).  The noun
phrases themselves are read by :mod:`bias.framing.noun_phrases`; the stances add a target's
owner in the genitive (:func:`bias.framing.noun_phrases.with_owner`: "सुरक्षाकर्मियों की बहादुरी").

>>> t = "उन्होंने अमेरिका के खिलाफ कड़ा रुख अपनाया"
>>> tk = TokenTable(t)
>>> t[slice(*target_of(tk, 5, 0, []))]
'अमेरिका'
"""

from __future__ import annotations

from typing import Sequence

from ..lexicon import TokenTable
from ..lexicon.keys import token_key
from ..voices.words import GENITIVE, OBJECT_PRONOUNS, PRON_GEN, SIDES
from .noun_phrases import (
    NP_BREAKS,
    PARTICLES,
    char_span,
    noun_phrase_before,
    phrase_before,
)
from .spans import SpanIndex

__all__ = [
    "target_of",
    "NP_BREAKS",
    "FEELINGS",
    "LIKING",
    "liked",
    "liking_construction",
    "SpanIndex",
    "noun_phrase_before",
    "phrase_before",
    "genitive_owner",
    "marked_object",
    "feeling_source",
    "owner_past_subject",
    "char_span",
]

Span = tuple[int, int]


#: liking: "X को Y पसंद है/आया" — X (dative) likes Y, which stands between with no case marker
#: (with करना, "X ने Y को पसंद किया", it is an ordinary verb: subject and object)
LIKING = frozenset({"पसंद", "नापसंद"})
_DOING = frozenset("कर करते करती करता करें करेंगे किया किए की".split())


def liking_construction(tk: TokenTable, tok: int) -> bool:
    """Is the word at token ``tok`` पसंद/नापसंद in the dative construction ("उन्हें पसंद आया"),
    not with करना ("पसंद किया")?

    >>> liking_construction(TokenTable("उन्हें फिल्म पसंद आई"), 2)
    True
    >>> liking_construction(TokenTable("राम ने फिल्म को पसंद किया"), 4)
    False
    """
    keys = tk.keys
    return keys[tok] in LIKING and not (tok + 1 < len(keys) and keys[tok + 1] in _DOING)


#: feelings: they have an experiencer (X में / X को), and a subject that only causes them
FEELINGS = frozenset(
    "चिंता चिंताएं डर भय आशंका खौफ दहशत नाराजगी नाराज़गी आक्रोश गुस्सा रोष बेचैनी असंतोष "
    "निराशा खुशी उत्साह संतोष गर्व अफसोस अफ़सोस उम्मीद उम्मीदें आशा".split()
)


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
        found = addressee(tk, tok, first)
        if found is not None:
            return found  # (else what is demanded or warned of: "भारी बारिश की चेतावनी")
    if liking_construction(tk, tok):
        return liked(tk, tok, first)
    if keys[tok] in SOLIDARITY:
        found = with_whom(tk, tok, first)
        if found is not None:
            return found
    if keys[tok] in _CUE_CASES and tok > first:
        # a cue that opens with its case marker ("को सलाम", "का स्वागत", "से खुश"): the noun phrase
        # before it is what the stance is about
        np = noun_phrase_before(tk, tok, first)
        if np is not None:
            return char_span(tk, np)
    index = quotes if isinstance(quotes, SpanIndex) else SpanIndex(quotes)
    found = feeling_cause(tk, tok, first)
    if found is None and not ACCUSATIONS.isdisjoint(keys[tok : max(end or 0, tok + 1)]):
        found = accused(tk, tok, first, index)  # (also "… में शामिल होने का आरोप")
    if found is not None:
        return found
    found = genitive_owner(tk, tok, first, index)
    if found is None:
        found = feeling_source(tk, tok, first, index)
    if found is None:
        found = owner_past_subject(tk, tok, first, index)
    if found is not None:
        return found
    decided, found = marked_object(tk, tok, first, index)
    if decided:
        return found
    found = predicated_target(tk, tok, first)
    return found if found is not None else qualified_noun(tk, tok)


#: verbs by which a subject raises a feeling in others ("X ने चिंता बढ़ा दी", "X ने डर पैदा किया")
#: (token keys: written with the nukta, compared without it)
RAISING = frozenset(map(token_key, "बढ़ा बढ़ाई बढ़ाए बढ़ाया बढ़ाती बढ़ाता बढ़ाते बढ़ाने पैदा".split()))


def raised(tk: TokenTable, tok: int) -> bool:
    """Is the feeling at token ``tok`` raised by a subject ("… ने लोगों की चिंता बढ़ा दी")?

    >>> raised(TokenTable("मामलों ने लोगों की चिंता बढ़ा दी"), 4)
    True
    >>> raised(TokenTable("लोगों ने चिंता जताई"), 2)
    False
    """
    keys = tk.keys
    return keys[tok] in FEELINGS and tok + 1 < len(keys) and keys[tok + 1] in RAISING


def feeling_cause(tk: TokenTable, tok: int, first: int) -> Span | None:
    """What a raised feeling is about: the subject that raised it, the noun phrase before the
    ने of its clause ("बढ़ते मामलों ने लोगों की चिंता बढ़ा दी": the cases; the people feel it) —
    unless the clause says what the feeling is about ("X को लेकर", "X के बारे में":
    :data:`ABOUT_MARKS`).

    >>> t = "दिल्ली में बढ़ते मामलों ने लोगों की चिंता बढ़ा दी है"
    >>> t[slice(*feeling_cause(TokenTable(t), 7, 0))]
    'बढ़ते मामलों'
    """
    if not raised(tk, tok):
        return None
    keys = tk.keys
    for j in range(tok - 1, first - 1, -1):
        if tk.kinds[j] == "punct" or keys[j] in CLAUSE_OPENERS or keys[j] in ABOUT_MARKS:
            return None  # (… "X को लेकर खौफ पैदा किया": X is what it is about, marked_object)
        if keys[j] == "ने":
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
    return None


#: the words that say what a feeling is about ("को लेकर", "के बारे में", "के प्रति")
ABOUT_MARKS = frozenset({"लेकर", "बारे", "प्रति"})
#: accusations: the accused is "X पर", even past what X is accused of ("X पर Y करने का आरोप")
ACCUSATIONS = frozenset("आरोप आरोपों इल्जाम".split())
#: how many tokens before an accusation the accused's पर may stand
ACCUSED_REACH = 16
#: words that open a clause inside a sentence: a phrase is not looked for across them, and the
#: agent of a conduct cue is after them (bias.framing.stances.conduct_target)
CLAUSE_OPENERS = frozenset("कि और लेकिन परंतु किंतु मगर जबकि क्योंकि तो".split())


def accused(tk: TokenTable, tok: int, first: int, index: SpanIndex) -> Span | None:
    """The one accused by the accusation at token ``tok``: the phrase before the nearest पर in
    the :data:`ACCUSED_REACH` tokens before it, in its clause, past what they are accused of
    (not the genitive: "चीन पर महामारी फैलाने का आरोप" accuses चीन of spreading it).

    >>> t = "उन्होंने चीन पर महामारी फैलाने का आरोप लगाया"
    >>> t[slice(*accused(TokenTable(t), 6, 0, SpanIndex([])))]
    'चीन'
    """
    keys = tk.keys
    for j in range(tok - 1, max(first, tok - 1 - ACCUSED_REACH) - 1, -1):
        if tk.kinds[j] == "punct" or keys[j] in CLAUSE_OPENERS:
            return None
        if keys[j] == "पर":
            return phrase_before(tk, j, first, index)
    return None


def genitive_owner(tk: TokenTable, tok: int, first: int, index: SpanIndex) -> Span | None:
    """What a cue is of: the phrase (or quotation) before the genitive right before it, the
    cue's modifiers passed over (:data:`CUE_MODIFIERS`: "सरकार की आलोचना", "“…” की भी प्रशंसा",
    "X की काफी सराहना", "लंबी उम्र के कई खतरे"), or a genitive pronoun there ("उनकी सराहना": the
    pronoun).

    >>> t = "सरकार की काफी आलोचना"
    >>> t[slice(*genitive_owner(TokenTable(t), 3, 0, SpanIndex([])))]
    'सरकार'
    >>> t = "लंबी उम्र के कई खतरे होते हैं"
    >>> t[slice(*genitive_owner(TokenTable(t), 4, 0, SpanIndex([])))]
    'लंबी उम्र'
    """
    keys = tk.keys
    g = tok - 1
    while g > first and keys[g] in CUE_MODIFIERS:
        g -= 1
    if g >= first and g < tok and keys[g] in GENITIVE:
        return phrase_before(tk, g, first, index)
    if g >= first and g < tok and keys[g] in PRON_GEN:
        return char_span(tk, (g, g + 1))  # "उनकी सराहना की": the pronoun stands for the owner
    return None


#: feelings whose cause or object takes से ("पड़ोसियों से भयभीत", "इस शब्द से परेशानी", "फैसले से
#: नाराज़", "सरकार से उम्मीद")
FELT_FROM = frozenset(
    map(
        token_key,
        """परेशान परेशानी भयभीत डर डरे डरी डरते डरती खौफ नाराज नाराज़ नाराजगी नाराज़गी खुश
        खुशी संतुष्ट असंतुष्ट खफा निराश निराशा दुखी आहत हैरान चिंतित उम्मीद उम्मीदें आशा""".split(),
    )
)


def feeling_source(tk: TokenTable, tok: int, first: int, index: SpanIndex) -> Span | None:
    """The cause or object of a feeling marked by से right before it, degree words passed over
    (:data:`FELT_FROM`): "वे अपने पड़ोसियों से भयभीत न हों" — the neighbours; not "X की ओर से" (the
    side a feeling comes from), nor a manner or a reason ("गंभीर रूप से चिंतित": :data:`MANNER`).

    >>> t = "मुझे बॉलीवुड शब्द से परेशानी है"
    >>> t[slice(*feeling_source(TokenTable(t), 4, 0, SpanIndex([])))]
    'बॉलीवुड शब्द'
    """
    keys = tk.keys
    if keys[tok] not in FELT_FROM:
        return None
    j = tok - 1
    while j > first and keys[j] in DEGREE_WORDS:
        j -= 1
    if j - 1 > first and keys[j] == "से" and keys[j - 1] not in SIDES | MANNER:
        return phrase_before(tk, j, first, index)
    return None


#: nouns of manner or reason before से: an adverb, not a cause ("गंभीर रूप से", "इस वजह से")
MANNER = frozenset("रूप तौर तरह ढंग प्रकार वजह कारण".split())


#: stance acts done to what stands in the genitive before their subject ("X का Y ने विरोध किया")
ACTS_ON_OWNER = frozenset(
    map(token_key, "विरोध आलोचना निंदा तारीफ तारीफ़ प्रशंसा सराहना स्वागत समर्थन".split())
)


def owner_past_subject(tk: TokenTable, tok: int, first: int, index: SpanIndex) -> Span | None:
    """What a stance act is done to when its subject stands between the genitive and the act
    (:data:`ACTS_ON_OWNER`): "ब्लैटर के इस कथन का कई खिलाड़ियों ने विरोध किया" — the statement.

    >>> t = "इस फैसले का कई नेताओं ने विरोध किया"
    >>> t[slice(*owner_past_subject(TokenTable(t), 6, 0, SpanIndex([])))]
    'इस फैसले'
    """
    keys = tk.keys
    if keys[tok] not in ACTS_ON_OWNER or tok - 1 <= first or keys[tok - 1] != "ने":
        return None
    np = noun_phrase_before(tk, tok - 1, first)
    if np is None or np[0] - 1 <= first or keys[np[0] - 1] not in GENITIVE:
        return None
    return phrase_before(tk, np[0] - 1, first, index)


def marked_object(
    tk: TokenTable, tok: int, first: int, index: SpanIndex
) -> tuple[bool, Span | None]:
    """What a case marker in the five tokens before the cue makes its object — "X के खिलाफ",
    "X के प्रति चिंतित", "X पर आरोप", "X को लेकर चिंता" (or a fused "इसको लेकर"), "X के बारे में",
    "X के लिए चिंतित", "X को जिम्मेदार ठहराया" (not a time, "सोमवार को"; not the one who feels,
    "लोगों को डर") — nearest first: ``(True, phrase)`` when a marker decides (the phrase may be
    ``None``), ``(False, None)`` when none does.

    >>> t = "उन्होंने सरकार पर आरोप लगाया"
    >>> tk = TokenTable(t)
    >>> decided, span = marked_object(tk, 3, 0, SpanIndex([]))
    >>> decided, t[slice(*span)]
    (True, 'सरकार')
    """
    keys = tk.keys
    for j in range(tok - 1, max(first, tok - 5) - 1, -1):
        if keys[j] in ("खिलाफ", "प्रति") and j - 1 > first and keys[j - 1] in GENITIVE:
            k = j - 1
        elif keys[j] == "पर":
            k = j
        elif keys[j] == "लेकर" and j - 1 > first and keys[j - 1] == "को":
            k = j - 1
        elif keys[j] == "लेकर" and j - 1 >= first and keys[j - 1] in FUSED_OBJECTS:
            return True, char_span(tk, (j - 1, j))
        elif keys[j] == "बारे" and j - 1 > first and keys[j - 1] in GENITIVE:
            k = j - 1
        elif keys[j] == "लिए" and j - 1 > first and keys[j - 1] in GENITIVE and keys[tok] in WORRY:
            k = j - 1
        elif keys[j] in OBJECT_PRONOUNS and keys[tok] not in FEELINGS:
            return True, char_span(tk, (j, j + 1))  # "इसे क्रांतिकारी क़दम बताया"
        elif keys[j] == "को" and keys[tok] not in FEELINGS:
            if j - 1 < first or keys[j - 1] in TIME_WORDS:
                continue
            found = phrase_before(tk, j, first, index)
            if found is None:
                continue
            return True, found
        else:
            continue
        return True, phrase_before(tk, k, first, index)
    return False, None


def liked(tk: TokenTable, tok: int, first: int) -> Span | None:
    """What is liked in "X को Y (बहुत) पसंद आया": the noun phrase right before the liking word
    (degree words passed over), after the one who likes it.

    >>> t = "दर्शकों को यह फिल्म बहुत पसंद आई"
    >>> t[slice(*liked(TokenTable(t), 5, 0))]
    'फिल्म'
    """
    b = tok
    while b - 1 > first and tk.keys[b - 1] in DEGREE_WORDS:
        b -= 1
    np = noun_phrase_before(tk, b, first)
    return char_span(tk, np) if np is not None else None


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
            np = noun_phrase_before(tk, j, first)
            return char_span(tk, np) if np is not None else None
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
            np = noun_phrase_before(tk, j - 1, lo)
            return char_span(tk, np) if np is not None else None
    return None


#: a copula closing an evaluative predicate ("… शानदार रही", "… खतरनाक है"; adding बन, "खतरा बन
#: गया", cost dev target precision 0.711 -> 0.692 and found nothing more, session 14)
COPULAS = frozenset("है हैं था थे थी रहा रही रहे".split())
#: case markers: a noun phrase followed by one is not the nominative subject of its clause
CASE_MARKERS = frozenset("ने को से में पर का के की तक द्वारा".split())
#: case markers a cue may open with ("को सलाम", "का स्वागत", "से खुश"): its target stands before them
_CUE_CASES = GENITIVE | {"को", "से"}
#: words between a predicate's subject and its evaluative word ("बहुत", "भी")
DEGREE_WORDS = frozenset("बहुत काफी काफ़ी बेहद अत्यंत बड़ा बड़ी सबसे भी ही तो एकदम बिल्कुल".split())


#: what stands between a cue and the phrase it is said of: degree words, particles, एक, कई
#: and the adjectives of intensity ("एक खतरा", "कई खतरे", "पूरी उम्मीद", "कड़ी चेतावनी")
CUE_MODIFIERS = DEGREE_WORDS | frozenset(
    map(
        token_key,
        """एक कई कड़ी कड़ा कड़े गहरी गहरा गहरे तीखी तीखा तीखे तीव्र भारी पूरा पूरी पूरे पूर्ण सख्त
        घोर कठोर जबरदस्त अभी अब""".split(),
    )
)


def predicated_target(tk: TokenTable, tok: int, first: int) -> Span | None:
    """The subject of an evaluative predicate: the noun phrase before the cue at ``tok`` when a
    copula follows the cue within two tokens ("इसकी लैंडिंग भी शानदार रही", "हवाई सफर करना
    खतरनाक है"), the modifiers before the cue passed over (:data:`CUE_MODIFIERS`: "तूफान एक
    खतरा है"), and a relative जो for what it stands for (:func:`antecedent_end`), or a pronoun
    subject right before a cue the copula follows ("ये शानदार है"); else ``None``.  (A genitive
    there names what the cue is of: :func:`genitive_owner`, asked first.)

    >>> t = "उनका रवैया बहुत सहयोगात्मक है"
    >>> tk = TokenTable(t)
    >>> t[slice(*predicated_target(tk, 3, 0))]
    'उनका रवैया'
    """
    keys = tk.keys
    if not any(k in COPULAS for k in keys[tok + 1 : tok + 3]):
        return None
    j = tok
    while j > first and keys[j - 1] in CUE_MODIFIERS:
        j -= 1
    if j - 1 > first and keys[j - 1] == "जो":
        j = antecedent_end(tk, j - 1, first)
    np = noun_phrase_before(tk, j, first)
    subject_pronoun = j - 1 >= first and keys[j - 1] in SUBJECT_PRONOUNS
    if np is None and subject_pronoun and keys[tok + 1] in COPULAS:
        np = (j - 1, j)  # the pronoun is the subject ("ये शानदार है"; not "यह अच्छी फिल्म है")
    return char_span(tk, np) if np is not None else None


def antecedent_end(tk: TokenTable, rel: int, first: int) -> int:
    """Where the noun phrase that the relative pronoun at token ``rel`` (जो) stands for ends:
    before a comma or a copula right before it ("शो का प्रारूप है जो बहुत बढ़िया है").

    >>> t = "शो का प्रारूप है जो बहुत बढ़िया है"
    >>> antecedent_end(TokenTable(t), 4, 0)
    3
    """
    k = rel
    while k > first and (tk.keys[k - 1] == "," or tk.keys[k - 1] in COPULAS):
        k -= 1
    return k


#: adjectives of judgement that also stand before the noun they judge ("कई बेहतरीन फ़िल्में";
#: dev target overlap F1 0.562 -> 0.571, session 14).  They overlap
#: :data:`bias.framing.cues.QUALITY`, the adjectives that are stances as predicates; the praise
#: adjectives here (शानदार, बेहतरीन) are cues of their own lexicon, not of QUALITY.
JUDGING_ADJECTIVES = frozenset(
    """अच्छा अच्छी अच्छे बढिया उम्दा शानदार बेहतरीन लाजवाब उत्कृष्ट अद्भुत बेजोड जबरदस्त
    सर्वश्रेष्ठ घटिया बेकार बुरा बुरी बुरे खराब निराशाजनक लचर""".split()
)
#: epithets of danger or renown set before a noun ("घातक कोरोना वायरस", "प्रतिष्ठित टेड
#: सम्मेलन"): the noun is what the epithet is about (the guide: an epithet is a stance)
EPITHETS = frozenset("खतरनाक घातक जानलेवा भयानक भयावह खौफनाक भयंकर प्रतिष्ठित".split())
#: verbs that make a noun a deed ("अच्छा प्रदर्शन किया"): not part of the noun
LIGHT_VERBS = frozenset("किया किए करते करती करता कर करके दिया दिखाया दिखाई रहा रही".split())
#: words that end the noun phrase after such an adjective
_AFTER_BREAKS = CASE_MARKERS | COPULAS | PARTICLES | {"और"} | LIGHT_VERBS


def qualified_noun(tk: TokenTable, tok: int) -> Span | None:
    """The noun a judging adjective or an epithet stands before (:data:`JUDGING_ADJECTIVES`,
    :data:`EPITHETS`): at most two
    words after it, up to a case marker, copula, particle or light verb ("कई बेहतरीन फ़िल्में
    की हैं": फ़िल्में; "शानदार प्रदर्शन किया": प्रदर्शन, also when the cue holds the noun);
    else ``None``.

    >>> t = "उन्होंने कई बेहतरीन फ़िल्में की हैं"
    >>> t[slice(*qualified_noun(TokenTable(t), 2))]
    'फ़िल्में'
    """
    keys = tk.keys
    if keys[tok] not in JUDGING_ADJECTIVES and keys[tok] not in EPITHETS:
        return None
    a = b = tok + 1
    while b < min(len(keys), a + 2) and tk.kinds[b] == "word" and keys[b] not in _AFTER_BREAKS:
        b += 1
    return char_span(tk, (a, b)) if b > a else None


#: pronouns with को fused in ("इसको लेकर लोगों में डर है"): the object itself
FUSED_OBJECTS = frozenset("इसको उसको इनको उनको".split())
#: pronouns of the thing or person judged as a predicate's subject ("ये … है"; as its object, "इसे
#: … बताया": :data:`bias.voices.words.OBJECT_PRONOUNS`)
SUBJECT_PRONOUNS = frozenset("ये यह वह वो वे यही वही".split())
#: words of a time phrase with को ("सोमवार को चेतावनी दी"): not a target
TIME_WORDS = frozenset(
    "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार दिन रात सुबह शाम "
    "दोपहर बार तारीख".split()
)
