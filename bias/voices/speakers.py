"""Who a speaker phrase is: subject mentions, pronoun resolution, source types and names.

* :func:`learn_titles` and :func:`subject_mentions` read the article once, before any
  quotation is attributed: "प्रोफेसर ली क्रोनिन" teaches that क्रोनिन is an expert, and
  every ``X ने`` / ``X का कहना`` / ``X के अनुसार`` subject is a mention a later pronoun
  can resolve to.
* :func:`speaker_of` turns a speaker phrase into a :class:`~bias.voices.results.Speaker`:
  a pronoun (उन्होंने, उनका, वह, …) resolves to the nearest earlier mention
  (:func:`resolve_pronoun`), a name loses its title (:func:`strip_title`) and gets its
  source type (:func:`bias.voices.source_types.source_type`, and the refinements there).
"""

from __future__ import annotations

import bisect

from .bodies import BODY_ANAPHORS, body_antecedent
from .context import ArticleContext, Mention
from .fallback import FIRST_PLURAL, FIRST_SINGULAR
from .heads import can_be_speaker, infinitive
from .phrases import np_before, subject_past_object
from .pronouns import (
    PRONOUN_REACH,
    inside_reported,
    recent_speaker,
    resolve_pronoun,
)
from .relatives import described_person, relative_named
from .results import NO_SPEAKER, Speaker
from .source_types import name_goes_on, namesake, source_type, title_yields_to_office
from .words import (
    AGED,
    ASK_REACH,
    ASK_VERBS,
    AUX,
    DESCRIBED,
    FIRST_SECOND,
    GENITIVE,
    HONORIFICS,
    KINSHIP,
    NE,
    ONE,
    PRON_NE,
    REFLEXIVE,
    SPEECH_ADVERBS,
    STOP_BACK,
)

__all__ = [
    "learn_titles",
    "subject_mentions",
    "resolve_pronoun",
    "inside_reported",
    "recent_speaker",
    "speaker_of",
    "can_be_speaker",
    "source_type",
    "title_yields_to_office",
    "namesake",
    "strip_title",
]

Span = tuple[int, int]


# ------------------------------------------------------------------- reading the article


#: words a noun phrase does not reach back over (a clause's verb, particles, postpositions)
PHRASE_BREAKS = frozenset("ने कि और तथा एवं व से में को पर है हैं था थे थी ही भी तो जो".split())


def phrase_start(art: ArticleContext, i: int, reach: int = 5) -> int:
    """The first token of the noun phrase that ends with the title at token ``i``: back over
    at most ``reach`` words outside quotations, not past punctuation or a
    :data:`PHRASE_BREAKS` word.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("उन्होंने कहा कि गूगल के प्रवक्ता जॉन ने बताया")
    >>> art.keys[phrase_start(art, 5)]
    'गूगल'
    """
    a = i
    while (
        a > max(0, i - reach)
        and art.kinds[a - 1] == "word"
        and not art.in_quote[a - 1]
        and art.keys[a - 1] not in PHRASE_BREAKS
    ):
        a -= 1
    return a


def namesake_at(art: ArticleContext, j: int) -> bool:
    """Is token ``j`` a known one-word name (:data:`ArticleContext.known_at`) that another name
    word follows, so someone else's first name ("एसडीएम डा. जितेंद्र कंवर" is not the actor
    जितेंद्र)?

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("एसडीएम जितेंद्र कंवर ने कहा")
    >>> namesake_at(art, 1), learn_titles(art), art.titles["कंवर"]
    (True, None, 'government_official')
    """
    known = art.known_at.get(j)
    if known is None or known[0] != 1 or not name_goes_on(art, j + 1, len(art.keys)):
        return False
    return art.keys[j + 1] not in art.lex.name_stop and art.keys[j + 1] not in art.lex.verb_words


#: how many letters an initial before a full stop has at most ("एस.", "आर.", "पी.")
INITIAL = 2


def learn_titles(art: ArticleContext) -> None:
    """Learn from "TITLE NAME" outside quotations (प्रोफेसर ली क्रोनिन, विदेश मंत्री ली
    सांग-हो) the source type of up to four name words after each source term, into
    ``art.titles`` (the first title of a name wins): the type of the titled phrase
    (:func:`source_type` from :func:`phrase_start`), so "गूगल के प्रवक्ता जॉन" teaches
    "जॉन" an organisation.

    >>> from bias.voices import default_attributor
    >>> default_attributor().context("प्रोफेसर ली क्रोनिन ने कहा।").titles
    {'ली': 'expert', 'क्रोनिन': 'expert'}

    A relative's surname is the family's: "उनके बेटे सरफराज खान" teaches सरफराज only.  A known
    name is no title of the words after it ("शाहिद अफरीदी बांग्लादेश से लौटे"), and a name that
    owns what follows ("व्यक्ति अफरीदी का प्रशंसक") is not the titled one.
    """
    keys, kinds, in_quote = art.keys, art.kinds, art.in_quote
    name_stop, verb_words = art.lex.name_stop, art.lex.verb_words
    n = len(keys)
    resume = 0
    for i, (length, stype) in art.source_at.items():  # (in token order)
        if i < resume or in_quote[i] or kinds[i] == "punct" or i in art.known_at:
            continue  # (a known name is no title: "शाहिद अफरीदी बांग्लादेश से लौटे")
        j = i + length
        names: list[str] = []
        while j < n and len(names) < 4 and not in_quote[j]:
            k = keys[j]
            if kinds[j] == "punct":
                if k == "-" and names and j + 1 < n and kinds[j + 1] == "word":
                    j += 1  # a hyphenated name: सांग-हो
                    continue
                if k == "." and names and len(names[-1]) <= INITIAL and j + 1 < n:
                    j += 1  # an initial: "वरिष्ठ वकील एस. राजगोपालन"
                    continue
                break
            if k in HONORIFICS:
                j += 2 if j + 1 < n and keys[j + 1] == "." else 1  # श्री. रघुनंदन
                continue
            if k in name_stop or k in verb_words:
                break
            if j in art.source_at and not namesake_at(art, j):
                break
            names.append(k)
            j += 1
        if names and j + 1 < n and keys[j] in GENITIVE and j + 1 in art.source_at:
            names = []  # an owner, not the titled one: "व्यक्ति अफरीदी का प्रशंसक"
        if names:
            # the type of the whole titled phrase, names included: "एअरलाइंस के महानिदेशक" is
            # the body's, "पूर्व मुख्यमंत्री" a politician (source_type's refinements), and
            # "जिले के अधिकारी रिचर्ड तोब" a named official, not an unnamed (anonymous) one
            stype = source_type(art, phrase_start(art, i), j) or stype
        if keys[i + length - 1] in KINSHIP:
            del names[1:]  # "उनके बेटे सरफराज खान": खान is the father's name too
        for k in names:
            art.titles.setdefault(k, stype)
        resume = max(j, i + 1)


def subject_mentions(art: ArticleContext) -> list[Mention]:
    """The article's subject mentions in order, outside quotations; also teaches
    ``art.titles`` the type of each titled subject's name.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("पुलिस ने जांच की। 32 वर्षीय राम आए।")
    >>> [art.words(m.first, m.end) for m in art.mentions]
    ['पुलिस', 'राम']
    """
    mentions = []
    triggers = art.mention_triggers
    for first, end in art.sentences:
        at = triggers[bisect.bisect_left(triggers, first) : bisect.bisect_left(triggers, end)]
        for i in at:
            if not art.in_quote[i]:
                mention = _mention_at(art, i, first, end)
                if mention is not None:
                    mentions.append(mention)
    return mentions


#: first- and second-person pronouns (the first person's as :mod:`bias.voices.fallback` counts
#: them): a phrase that starts with one names the writer or the reader ("आप अपनी पहचान जाहिर किए
#: बिना …"), never a source a later "उन्होंने" can stand for
NOT_THIRD_PERSON = (
    FIRST_SINGULAR
    | FIRST_PLURAL
    | frozenset("आप आपने आपको आपका आपकी आपके तुम तुमने तुम्हें तुम्हारा तुम्हारी तुम्हारे".split())
)


def _mention_at(art: ArticleContext, i: int, first: int, end: int) -> Mention | None:
    """The subject mention that trigger token ``i`` of the sentence ``[first, end)``
    points at (teaching ``art.titles`` the type of a titled name); pronouns are not
    mentions."""
    keys = art.keys
    if keys[i] in KINSHIP:
        return relative_named(art, i, end)  # "नेहा की मां संतोष देवी …": a person of the story
    if keys[i] in DESCRIBED:
        return described_person(art, i, end)  # "रहने वाली सुनीता मोरे …", "84 साल की X"
    before = _subject_end(art, i, first)
    if before is None:
        return _aged_person(art, i, end) if keys[i] == AGED else None
    while before > first and keys[before - 1] in SPEECH_ADVERBS:
        before -= 1  # "वो आगे कहते हैं", "X इसे सही मानते हैं": not the subject's words
    np = np_before(art, before, first)
    if np is not None and keys[i] in art.lex.verb_words:
        np = subject_past_object(art, np, first)  # "X इस शोध को रोमांचकारी बताते हैं"
    if np is None:
        return None
    a, b = np
    if b - a == 1 and keys[a] in art.lex.pronouns:
        return None
    if keys[a] in NOT_THIRD_PERSON or infinitive(keys[b - 1]):
        return None  # "आप अपनी पहचान …": the reader; "लॉकडाउन बढ़ाने की मांग": what is asked
    if a > first and keys[a - 1] in REFLEXIVE:
        return None  # "छात्र अपने काम का प्रदर्शन अपने ब्लॉग पर": a possession, not a subject
    stype = source_type(art, a, b)
    name_start = strip_title(art, a, b)
    if name_start > a and stype is not None:
        for j in range(name_start, b):
            if art.kinds[j] == "word":  # (not the hyphen of "बार-लेव")
                art.titles.setdefault(keys[j], stype)
    return Mention(a, b, art.starts[a], stype)


def _subject_end(art: ArticleContext, i: int, first: int) -> int | None:
    """The token right after the subject that trigger token ``i`` points back at:
    ``X ने``, ``X का कहना``, ``X के अनुसार``, ``X अपने …``, ``X कहते हैं,`` (a speech verb
    then an auxiliary, comma or colon); ``None`` for any other token."""
    keys, lex = art.keys, art.lex
    k = keys[i]
    if k == NE:
        return i
    if (k in lex.opinion or k in lex.according) and i > first and keys[i - 1] in GENITIVE:
        return i - 1
    if k in REFLEXIVE and i > first:
        # the subject stands right before a reflexive, unless the clause already has one
        return None if ergative_before(art, i, first) else i
    if k in ASK_VERBS:
        return asked_one(art, i, first)
    if k == AGED or i == first or k not in lex.verb_words:
        return None
    if keys[i - 1] in (NE, "कि") or keys[i - 1] in PRON_NE:
        return None  # "X ने कहा": the ने is the trigger
    if keys[i - 1] == "और":
        return None  # "X ने … किया और बताया": the verb shares the subject of the clause before
    verb = art.verb_at.get(i)
    after = i + verb[0] if verb is not None else len(keys)
    if after < len(keys) and (keys[after] in AUX or keys[after] in (",", ":")):
        return i
    return None


def ergative_before(art: ArticleContext, i: int, first: int) -> bool:
    """Does a ने subject stand before token ``i`` in its clause (back to punctuation or कि)?
    Then the phrase before a reflexive at ``i`` is an object: in "X ने पूरा हादसा अपनी आंखों से
    देखा" the one who saw is X, not the accident.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("राम ने पूरा हादसा अपनी आंखों से देखा")
    >>> ergative_before(art, 4, 0), [art.words(m.first, m.end) for m in art.mentions]
    (True, ['राम'])
    """
    keys = art.keys
    for j in range(i - 1, first - 1, -1):
        if art.kinds[j] == "punct" or keys[j] == "कि":
            return False
        if keys[j] == NE or keys[j] in PRON_NE:
            return True
    return False


def asked_one(art: ArticleContext, i: int, first: int) -> int | None:
    """The token right after the one asked by the verb of asking at token ``i``: in "जब
    हमने ये सवाल मौसमी से पूछा तो वो बोलीं" the answer's pronoun is मौसमी, so the phrase
    before से is a mention a pronoun can resolve to (``None``: no से within
    :data:`~bias.voices.words.ASK_REACH` words).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("हमने ये सवाल मौसमी से पूछा तो वो बोलीं")
    >>> [art.words(m.first, m.end) for m in art.mentions]
    ['मौसमी']
    """
    keys = art.keys
    for j in range(i - 1, max(first, i - 1 - ASK_REACH), -1):
        if keys[j] == "से":
            return j
        if art.kinds[j] != "word":
            return None
    return None


def _aged_person(art: ArticleContext, i: int, end: int) -> Mention | None:
    """``52 वर्षीय सुनैना देवी``: a person named with their age (up to three words after
    वर्षीय, in the sentence ending before token ``end``) is a mention, of the public
    unless the article gives the name a role."""
    keys = art.keys
    j = i + 1
    while (
        j < end
        and j < i + 4
        and art.kinds[j] == "word"
        and keys[j] not in STOP_BACK
        and keys[j] not in GENITIVE
    ):
        j += 1
    if j == i + 1:
        return None
    for k in range(i + 1, j):
        art.titles.setdefault(keys[k], "public")  # (a role said elsewhere comes first)
    return Mention(i + 1, j, art.starts[i + 1], "public")


# ------------------------------------------------------------------- who a phrase is


def speaker_of(art: ArticleContext, a: int, b: int) -> Speaker:
    """The speaker named by the phrase in tokens ``[a, b)``: a pronoun resolved to its
    mention (the pronoun itself when nothing resolves), or the phrase's name with its
    source type; :data:`~bias.voices.results.NO_SPEAKER` for मैंने, हमने, आपने, तुमने.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("प्रधानमंत्री नरेंद्र मोदी ने कहा")
    >>> sp = speaker_of(art, 0, 3)
    >>> art.text[slice(*sp.span)], sp.source_type
    ('नरेंद्र मोदी', 'government_official')
    """
    keys = art.keys
    if b - a == 1 and (keys[a] in art.lex.pronouns or keys[a] in PRON_NE):
        if keys[a] in FIRST_SECOND:
            return NO_SPEAKER
        found = antecedent(art, art.starts[a])
        if found is None:
            return Speaker(art.chars(a, b), art.chars(a, b), None)
        return Speaker(found.span, art.chars(a, b), found.source_type)
    if not can_be_speaker(art, a, b):
        return NO_SPEAKER
    if b - a == 1 and keys[a] in BODY_ANAPHORS:
        body = body_antecedent(art, a)  # "एजेंसी ने कहा": the agency named before
        if body is not None:
            named = art.chars(strip_title(art, *body), body[1])
            return Speaker(named, art.chars(a, b), source_type(art, *body))
    if b - a == 1 and keys[a] == ONE:
        return Speaker(art.chars(a, b), None, "public")  # "एक ने लिखा": one of them
    issuer = statement_issuer(art, a, b)  # "बयान में कहा गया": who issued the statement
    if issuer is not None:
        return Speaker(issuer.span, art.chars(a, b), issuer.source_type)
    return Speaker(art.chars(strip_title(art, a, b), b), None, source_type(art, a, b))


#: nouns of a statement: "बयान में कहा गया" speaks for whoever issued it
STATEMENTS = frozenset({"बयान", "विज्ञप्ति"})


def statement_issuer(art: ArticleContext, a: int, b: int) -> Speaker | None:
    """Who issued the statement that the phrase ``[a, b)`` names with no owner of its own ("एक
    बयान", "आधिकारिक बयान"; not "मंत्रालय के बयान"): the source a pronoun there would stand for
    (the last speaker, or a later subject mention, in the sentences just before).

    >>> from bias.voices import default_attributor
    >>> t = "पार्टी ने एक बयान जारी कर कहा कि वह निराश नहीं है। बयान में कहा गया, “हम लड़ेंगे।”"
    >>> art = default_attributor().context(t)
    >>> k = art.keys.index("बयान", 5)
    >>> art.text[slice(*statement_issuer(art, k, k + 1).span)]
    'पार्टी'
    """
    keys = art.keys
    if keys[b - 1] not in STATEMENTS or any(k in GENITIVE for k in keys[a:b]):
        return None
    # (a body issues statements too; and a statement is issued just before it is quoted)
    return antecedent(art, art.starts[a], person=False, reach=PRONOUN_REACH)


def antecedent(
    art: ArticleContext, pos: int, *, person: bool = True, reach: int | None = None
) -> Speaker | None:
    """The source a pronoun (or a bare statement) at character ``pos`` stands for: the last
    speaker of the sentences just before (:func:`recent_speaker`) unless a subject mention
    (:func:`resolve_pronoun`; a person's unless ``person`` is false) stands in a later sentence
    — a mention no more than ``reach`` sentences back, when given; ``None`` when neither is
    found.

    >>> from bias.voices import default_attributor
    >>> t = "मंत्री अनिल ने दौरा किया। उन्होंने कहा कि सब ठीक है।"
    >>> art = default_attributor().context(t)
    >>> art.text[slice(*antecedent(art, t.index("उन्होंने")).span)]
    'अनिल'
    """
    mention = resolve_pronoun(art, pos, person=person)
    if mention is not None and reach is not None:
        if art.sentence_of(mention.start) < art.sentence_of(pos) - reach:
            mention = None
    recent = recent_speaker(art, pos)
    if recent is not None and (mention is None or recent[1] >= art.sentence_of(mention.start)):
        return Speaker(recent[0].span, None, recent[0].source_type)
    if mention is None:
        return None
    name = strip_title(art, mention.first, mention.end)
    return Speaker(art.chars(name, mention.end), None, mention.source_type)


def strip_title(art: ArticleContext, a: int, b: int) -> int:
    """Start of the name after the descriptive part of the noun phrase ``[a, b)``:
    "प्रधानमंत्री नरेंद्र मोदी" → "नरेंद्र मोदी", "शोध संस्थान की अर्थशास्त्री मीनाक्षी
    जोशी" → "मीनाक्षी जोशी".  A phrase that ends with its role ("उत्तर कोरिया के
    सरकारी मीडिया") or is a known name is kept whole.  (Remembered per article.)

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("प्रधानमंत्री नरेंद्र मोदी ने कहा")
    >>> strip_title(art, 0, 3)
    1
    """
    key = (a, b)
    if key not in art.name_memo:
        art.name_memo[key] = _name_start(art, a, b)
    return art.name_memo[key]


def _name_start(art: ArticleContext, a: int, b: int) -> int:
    start = a
    i = a
    while i < b:
        if i in art.known_at:
            return start
        m = art.source_at.get(i)
        if m is not None:
            j = i + m[0]
            if j < b and art.keys[j] not in GENITIVE:
                start = j  # a name follows the role
            i = j
        else:
            i += 1
    return start if start < b else a
