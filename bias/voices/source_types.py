"""Which source type a speaker phrase gets: the role words of ``source_types.tsv``, the known
names of ``known_speakers.tsv`` and the refinements that read the phrase around them.

:func:`source_type` takes the lexicon match nearest the head of the phrase; each refinement is
a named rule with its own tests: :func:`title_yields_to_office`, :func:`namesake`,
:func:`unnamed_officials`, :func:`affiliation`, :func:`former_official`,
:func:`indefinite_official`; a phrase that names no role reads the article's learned titles,
then :func:`role_before`.
"""

from __future__ import annotations

from .context import ArticleContext
from .outlets import classifier_before, outlet_of_role, state_outlet, state_owned
from .owners import owner_before
from .relatives import kin_phrase
from .words import AFFILIATION, GENITIVE, HONORIFICS

__all__ = [
    "source_type",
    "role_before",
    "title_yields_to_office",
    "namesake",
    "unnamed_officials",
    "affiliation",
    "classifier_before",
    "department_owner",
    "former_official",
    "state_outlet",
    "indefinite_official",
]


def source_type(art: ArticleContext, a: int, b: int) -> str | None:
    """Source type of the noun phrase in tokens ``[a, b)``.

    A classifying noun right before the name decides (:func:`classifier_before`: "कंपनी
    एलजी"); else the lexicon match nearest the head (a personal title such as डॉ. yields to the
    office before it: :func:`title_yields_to_office`), with these refinements:
    :func:`affiliation` (प्रवक्ता, अध्यक्ष, … take the type of the body they belong
    to), :func:`department_owner` (a department speaks for the body it is part of),
    :func:`former_official` (पूर्व मंत्री is a politician) and
    :func:`indefinite_official` ("एक अधिकारी" is anonymous).  Without a match, what
    the article said of this name before (its title, ``art.titles``) decides, else a kinship
    phrase (:func:`~bias.voices.relatives.kin_phrase`: "मृतका के पति X") is one of the public.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("गूगल के प्रवक्ता ने कहा")
    >>> source_type(art, 0, 3), source_type(art, 2, 3)  # (the owner outside: owner_before)
    ('organisation', 'organisation')
    >>> source_type(default_attributor().context("प्रवक्ता ने कहा"), 0, 1)
    'government_official'
    """
    matches = _source_terms(art, a, b)
    classified = classifier_before(art, matches[-1][0] if matches else a)
    if classified == "media" and state_owned(art, a, matches):
        return "state_media"
    if classified is not None:
        return classified
    if matches and party_office(art, a, b):
        return "anonymous" if indefinite_official(art, a, b, matches) else "politician"
    matches = title_yields_to_office(art, role_over_gazetteer(art, namesake(art, a, b, matches)))
    if not matches:
        for k in reversed(art.keys[a:b]):
            if k in art.titles:
                return art.titles[k]
        return "public" if kin_phrase(art, a, b) else role_before(art, a)
    if unnamed_officials(art, a, b, matches):
        return "anonymous"
    head, head_end, stype = matches[-1]
    stype = department_owner(art, head, head_end) or stype
    if head_end - head == 1 and art.keys[head] in AFFILIATION:  # (चीफ साइंटिस्ट: a scientist)
        owner = affiliation(art, a, head, matches)
        if owner is not None:
            stype = owner
    if stype == "media" and state_outlet(matches):
        stype = "state_media"
    elif stype == "media" and outlet_of_role(art, matches) == "state_media":
        stype = "state_media"  # (the announcer of the state broadcaster named just before)
    elif stype == "government_official" and former_official(art, a, head):
        stype = "politician"
    elif stype in ("government_official", "politician") and indefinite_official(
        art, a, b, matches
    ):
        stype = "anonymous"
    return stype


#: how far before a name (tokens) :func:`role_before` looks for the start of a role
ROLE_REACH = 4


def role_before(art: ArticleContext, a: int) -> str | None:
    """The source type of a role set off before the name at token ``a`` — by a comma
    (apposition: "लखीमपुर के एक किसान, भास्कर गोगोई ने कहा") or as a participle phrase
    ("मेक्सिको सिटी में रहने वाले लुई रॉड्रिग्ज ने कहा") — when the name itself says nothing.
    A known person's name before the comma is not a role ("मोदी, शाह ने कहा" is a list).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("एक किसान, भास्कर गोगोई ने कहा")
    >>> role_before(art, 3), source_type(art, 3, 5)
    ('public', 'public')
    >>> art = default_attributor().context("गांव निवासी प्रवीण, मंजू व राम ने कहा")
    >>> role_before(art, 4)
    'public'
    """
    set_off = a > 0 and art.keys[a - 1] == ","
    end: int | None = a - 1 if set_off else a
    # (set off by a comma, the role may stand before a list of names: "X निवासी A, B व C")
    for _ in range(LISTED_NAMES if set_off else 1):
        if end is None:
            break
        found, stype = role_ending_at(art, end)
        if found:
            return stype
        end = listed_name_before(art, end) if set_off else None
    return None


def term_ending_at(art: ArticleContext, end: int, last: int) -> tuple[int, str] | None:
    """``(start, type)`` of the source term — a role or a known name — that ends right before
    token ``end`` and starts at token ``last`` or up to :data:`ROLE_REACH` tokens before it;
    ``None`` when there is none.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("संयुक्त राष्ट्र की एजेंसी")
    >>> term_ending_at(art, 2, 1)
    (0, 'organisation')
    """
    for start in range(last, max(-1, last - ROLE_REACH), -1):
        m = art.source_at.get(start)
        if m is not None and start + m[0] == end:
            return start, m[1]
    return None


def role_ending_at(art: ArticleContext, end: int) -> tuple[bool, str | None]:
    """``(True, type)`` when a role ends right before token ``end`` within
    :data:`ROLE_REACH` tokens (its type; ``None`` for a known person's name, which is no role);
    ``(False, None)`` otherwise."""
    found = term_ending_at(art, end, end - 1)
    if found is None:
        return False, None
    return True, (None if found[0] in art.known_at else found[1])


#: how many names of a list ("A, B, C व D") :func:`role_before` reads back over
LISTED_NAMES = 6


def listed_name_before(art: ArticleContext, comma: int) -> int | None:
    """Where the role of a list of names would end, reading back from the comma at token
    ``comma`` over one name of at most three words that no lexicon types: the comma before
    that name, or the name's first token when no comma precedes it (the list's first name);
    ``None`` when no such name stands there.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("गांव निवासी प्रवीण, हर्ष कुमार, मंजू व राम ने कहा")
    >>> listed_name_before(art, 6), listed_name_before(art, 3)
    (3, 2)
    """
    k, words = comma - 1, 0
    while k >= 0 and words < 3 and art.kinds[k] == "word" and k not in art.source_at:
        k, words = k - 1, words + 1
    if words == 0:
        return None
    return k if k >= 0 and art.keys[k] == "," else k + 1


#: titles a person carries whatever office they hold: they type a phrase only when it names
#: no office (डॉ. राम: an expert; स्वास्थ्य मंत्री डॉ. राम: an official)
PERSONAL_TITLES = frozenset({"डॉ", "डा", "डॉक्टर", "प्रो", "प्रोफेसर"})


def title_yields_to_office(
    art: ArticleContext, matches: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The source terms of a phrase without a trailing personal title (:data:`PERSONAL_TITLES`)
    when an office comes right before it: the office is what the person speaks as (a body
    with a genitive before the title, "अस्पताल की डॉक्टर", leaves the title to decide).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("स्वास्थ्य मंत्री डॉ. हर्षवर्धन ने कहा")
    >>> source_type(art, 0, 5)
    'government_official'
    """
    if (
        len(matches) > 1
        and art.keys[matches[-1][0]] in PERSONAL_TITLES
        and matches[-2][1] == matches[-1][0]  # right before it: "मंत्री डॉ.", not "अस्पताल की डॉ."
    ):
        return matches[:-1]
    return matches


#: words before a known surname that keep it the known person ("श्री शाह", "शाह के")
_KEEP_SURNAME = HONORIFICS | GENITIVE


def namesake(
    art: ArticleContext, a: int, b: int, matches: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The source terms of a phrase without a one-word known name that is only part of the
    person's name: one that follows another name ("धवल शाह" shares a surname with "शाह", Amit
    Shah, but is someone else; a title or honorific before the surname, "गृह मंत्री शाह", "श्री
    शाह", keeps it), or one that another name word follows (:func:`name_goes_on`: "एसडीएम डा.
    जितेंद्र कंवर" is not the actor जितेंद्र).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("संस्थापक धवल शाह ने कहा")
    >>> source_type(art, 0, 3), source_type(art, 2, 3)
    ('organisation', 'government_official')
    """
    if not matches:
        return matches
    head, end, _ = matches[-1]
    known = art.known_at.get(head)
    if known is None or known[0] != 1:
        return matches
    if name_goes_on(art, end, b):
        return matches[:-1]
    if head <= a:
        return matches
    before = head - 1
    if len(matches) > 1 and matches[-2][1] == head:
        return matches  # a title right before the surname
    if art.kinds[before] != "word" or art.keys[before] in _KEEP_SURNAME:
        return matches
    return matches[:-1]


def name_goes_on(art: ArticleContext, end: int, b: int) -> bool:
    """Does another word of the name follow a known name ending at token ``end``, inside the
    speaker phrase ending at ``b``?  A word that is no honorific, genitive or source term
    ("जितेंद्र कंवर"; not "अमिताभ जी", "पुतिन के", "मोदी सरकार").

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("जितेंद्र कंवर ने कहा")
    >>> name_goes_on(art, 1, 2), name_goes_on(art, 1, 1)
    (True, False)
    """
    return (
        end < b
        and art.kinds[end] == "word"
        and art.keys[end] not in _KEEP_SURNAME
        and end not in art.source_at
    )


def role_over_gazetteer(
    art: ArticleContext, matches: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The source terms of a phrase without a known person's name of several words when a role
    in a body (:data:`AFFILIATION`: चीफ, प्रवक्ता, अध्यक्ष …) stands right before it: the
    article's own description of the person decides, not the gazetteer's (a namesake of a known
    official may be a company's chief: "मास्टरकार्ड के चीफ <name>"; an official's own role gives
    the same type as the gazetteer), or when an office stands there before a celebrity's name
    (:func:`namesake_in_office`).  Titles and kinship words ("डॉक्टर", "के बेटे") leave the
    gazetteer to decide.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("मास्टरकार्ड के चीफ अजय भल्ला ने कहा")
    >>> source_type(art, 0, 5)
    'organisation'
    """
    if len(matches) < 2:
        return matches
    head, end, _ = matches[-1]
    known = art.known_at.get(head)
    role, role_end, _ = matches[-2]
    if known is not None and role_end == head and office_in_text(matches[-2][2], known[1]):
        return matches[:-1]
    if known is None or role_end != head or role_end - role != 1 or end - head < 2:
        return matches
    if art.keys[role] in AFFILIATION or namesake_in_office(matches[-2][2], matches[-1][2]):
        return matches[:-1]
    return matches


#: the types of an office of state or a party
OFFICES = frozenset({"government_official", "politician"})


def office_in_text(role_type: str, known_type: str) -> bool:
    """Does the office the text gives a known person decide over the gazetteer's?  Yes when
    both are offices (:data:`OFFICES`) and differ: the gazetteer gives the role a person is
    mostly quoted in, the article the one they hold now ("केंद्रीय गृह मंत्री सुशील कुमार शिंदे":
    an official, though the gazetteer has a politician; "भाजपा नेता X": a politician).

    >>> office_in_text("government_official", "politician")
    True
    >>> office_in_text("celebrity", "politician"), office_in_text("politician", "politician")
    (False, False)
    """
    return role_type in OFFICES and known_type in OFFICES and role_type != known_type


def namesake_in_office(role_type: str, known_type: str) -> bool:
    """Is a film star's or athlete's name (``known_type`` celebrity) held by someone the article
    gives an office (``role_type``: "सेखवां गांव के पटवारी <an actor's name>")?  Then the name is a
    namesake's, and the office decides.

    >>> namesake_in_office("government_official", "celebrity")
    True
    >>> namesake_in_office("expert", "celebrity")
    False
    """
    return role_type in OFFICES and known_type == "celebrity"


def _source_terms(art: ArticleContext, a: int, b: int) -> list[tuple[int, int, str]]:
    """The source terms in tokens ``[a, b)``, left to right: ``(first, end, type)``."""
    found = []
    i = a
    while i < b:
        m = art.source_at.get(i)
        if m is not None and i + m[0] <= b:
            found.append((i, i + m[0], m[1]))
            i += m[0]
        else:
            i += 1
    return found


#: the offices of a party's people (with AFFILIATION: प्रमुख, अध्यक्ष, प्रवक्ता, महासचिव …)
PARTY_MEMBERS = frozenset({"सदस्य", "सदस्यों", "नेता", "नेताओं"})


def party_office(art: ArticleContext, a: int, b: int) -> bool:
    """Does the phrase in tokens ``[a, b)`` name a party's office holder: a party
    (``VoiceLexicon.parties``) and, after it, an office (an affiliation role or सदस्य) with
    no other body's source term between them?  "मुंबई कांग्रेस प्रमुख X", "भाजपा के प्रवक्ता",
    "शिवसेना सदस्य X" speak as politicians; "भाजपा सरकार के प्रवक्ता" for the government.

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("शिवसेना सदस्य अरविंद सावंत ने कहा")
    >>> party_office(art, 0, 4), party_office(art, 2, 4)
    (True, False)
    """
    keys, parties = art.keys, art.lex.parties or {}
    party_end: int | None = None
    for i in range(a, b):
        if party_end is None:
            for name in parties.get(keys[i], ()):
                if tuple(keys[i : i + len(name)]) == name and i + len(name) <= b:
                    party_end = i + len(name)
                    break
            continue
        if i < party_end:
            continue
        if keys[i] in AFFILIATION or keys[i] in PARTY_MEMBERS:
            return True
        term = art.source_at.get(i)
        if term is not None and i + term[0] <= b and term[1] != "politician":
            return False  # another body between the party and the office: भाजपा सरकार के प्रवक्ता
    return False


def affiliation(
    art: ArticleContext, a: int, head: int, matches: list[tuple[int, int, str]]
) -> str | None:
    """``X के प्रवक्ता``: a role whose type is the body's.  The last source term before
    the role's genitive gives the type (मंत्रालय के प्रवक्ता: an official); a body the
    lexicon and the article do not know is an organisation (गूगल के प्रवक्ता).  Without a
    genitive, a body's term right before the role gives it (डब्ल्यूएचओ महानिदेशक: an
    organisation); else ``None``.  (:data:`FILM_ROLES` take only a known body's type.)"""
    genitives = [g for g in range(a, head) if art.keys[g] in GENITIVE]
    if not genitives:
        # "डब्ल्यूएचओ महानिदेशक", "भाजपा प्रवक्ता": a body's term right before the role
        before = [m for m in matches if m[1] == head]
        if before:
            return before[-1][2]
        # its owner outside the phrase (not for a film's director: "फ़िल्म 'डॉन' के निर्देशक")
        return None if art.keys[head] in FILM_ROLES else owner_before(art, a)
    of = genitives[-1]
    owners = [m for m in matches if m[1] <= of]
    if owners:
        return department_owner(art, *owners[-1][:2]) or owners[-1][2]
    # the owner's term begins before the phrase was cut ("तटरक्षक बल के प्रवक्ता कमोडोर X")
    cut = term_ending_at(art, of, a - 1)
    if cut is not None:
        return cut[1]
    if art.keys[head] in FILM_ROLES:
        return None  # "फिल्म के निर्देशक": a film's director, not a body's
    if any(art.keys[k] not in art.titles for k in range(a, of)):
        return "organisation"
    return None


#: parts of a body: a role in one speaks for the body the part belongs to
DEPARTMENTS = frozenset("विभाग शाखा प्रकोष्ठ इकाई प्रभाग डिवीजन एजेंसी कमेटी समिति".split())
#: how many words may name a department before its word ("अंतरराष्ट्रीय प्रचार विभाग")
DEPARTMENT_WORDS = 3


def department_owner(art: ArticleContext, start: int, end: int) -> str | None:
    """The type of the body that owns the department in tokens ``[start, end)`` (its last word
    one of :data:`DEPARTMENTS`): the source term before the genitive that precedes the
    department's name ("ड्रिंकअवेयर संस्था के प्रचार विभाग के प्रमुख": a charity's, not a
    government department's); ``None`` when no body owns it ("मौसम विभाग के निदेशक").

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("एक संस्था के प्रचार विभाग के प्रमुख ने कहा")
    >>> department_owner(art, 4, 5), source_type(art, 3, 7)
    ('organisation', 'organisation')
    """
    if art.keys[end - 1] not in DEPARTMENTS:
        return None
    for g in range(start - 1, max(-1, start - 1 - DEPARTMENT_WORDS), -1):
        if art.keys[g] in GENITIVE:
            owner = term_ending_at(art, g, g - 1)  # (a known body too: "संयुक्त राष्ट्र की एजेंसी")
            return owner[1] if owner is not None else None
    return None


#: roles that are a film's unless a known body owns them ("मौसम विभाग के निर्देशक" is an
#: official; "फिल्म के निर्देशक", "इसके निर्देशक" a film-maker)
FILM_ROLES = frozenset({"निर्देशक"})


def former_official(art: ArticleContext, a: int, head: int) -> bool:
    """``पूर्व मंत्री``: a former official (from the word before the phrase to the head)."""
    return any(art.keys[k] == "पूर्व" for k in range(max(0, a - 1), head))


#: officials named by function only: unnamed, they are anonymous sources (the guide)
UNNAMED_ROLES = frozenset("अधिकारी अफसर अफ़सर पदाधिकारी".split())
#: their plurals: officials as a group are never one named source
UNNAMED_PLURALS = frozenset("अधिकारियों अफसरों अफ़सरों अधिकारीगण पदाधिकारियों".split())


#: words between a body's genitive and an unnamed official that do not name him ("पुलिस के एक
#: वरिष्ठ अधिकारी", "एक सरकारी अधिकारी")
RANK_WORDS = frozenset("सरकारी वरिष्ठ उच्च आला बड़े स्थानीय संबंधित एक सैन्य".split())


def unnamed_officials(
    art: ArticleContext, a: int, b: int, matches: list[tuple[int, int, str]]
) -> bool:
    """Officials the article does not name, an anonymous source: a phrase that ends with
    अधिकारी or अफसर — plural ("अधिकारियों ने बताया", "चुनाव अधिकारियों के मुताबिक"), alone
    ("अधिकारी के मुताबिक"), after एक ("एक सरकारी अधिकारी") or after a body in the genitive
    ("एयरपोर्ट के अधिकारी", also past rank words, :data:`RANK_WORDS`: "पुलिस के वरिष्ठ
    अधिकारी") — but not an office title ("मुख्य चिकित्सा अधिकारी", a person).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("एयरपोर्ट के अधिकारी ने बताया")
    >>> source_type(art, 0, 3)
    'anonymous'
    """
    last = art.keys[b - 1]
    if matches[-1][1] != b or art.kinds[b - 1] != "word":
        return False
    if last in UNNAMED_PLURALS:
        return True
    if last not in UNNAMED_ROLES:
        return False
    before = [k for k in art.keys[a : b - 1] if k not in RANK_WORDS]
    return not before or before[-1] in GENITIVE or (a > 0 and art.keys[a - 1] == "एक")


def indefinite_official(
    art: ArticleContext, a: int, b: int, matches: list[tuple[int, int, str]]
) -> bool:
    """``एक अधिकारी``, ``एक स्थानीय नेता``, ``पार्टी के एक वरिष्ठ नेता``: an official or
    politician the article does not name (the last term ends the phrase, after एक and rank
    words) — but not a spokesperson of a named office ("एक रक्षा प्रवक्ता", "रेलवे के एक प्रवक्ता"
    speak on the record for the defence ministry, the railways: the guide).

    >>> from bias.voices import default_attributor
    >>> art = default_attributor().context("एक रक्षा प्रवक्ता ने कहा")
    >>> source_type(art, 1, 3)
    'government_official'
    >>> source_type(default_attributor().context("पार्टी के एक वरिष्ठ नेता ने कहा"), 0, 5)
    'anonymous'
    """
    head, head_end, _ = matches[-1]
    if head_end != b:
        return False
    if a > 0 and art.keys[a - 1] == "एक" and len(matches) == 1:  # (एक before the phrase)
        return not (art.keys[b - 1] in SPOKESPERSONS and b - 1 > a)
    j = head - 1
    while j >= max(0, a - 1) and art.keys[j] in RANK_WORDS and art.keys[j] != "एक":
        j -= 1  # (वरिष्ठ, स्थानीय …)
    if j < max(0, a - 1) or art.keys[j] != "एक":
        return False
    # (a spokesperson with an office named before एक or after it: "रेलवे के एक प्रवक्ता")
    return not (art.keys[b - 1] in SPOKESPERSONS and (b - 1 > j + 1 or j > a))


#: a spokesperson speaks for the office the phrase names
SPOKESPERSONS = frozenset({"प्रवक्ता"})
