"""Where a speaker is from: the country (or bloc) an entity speaks for.

* :func:`mention_origin` — a known speaker or a country word in or just before a speaker phrase
  (रूसी सरकारी मीडिया → RU), reaching further back along a chain of genitives
  (:func:`owner_chain`: "पाकिस्तान के विदेश मंत्रालय की प्रवक्ता X" → PK);
* :func:`country_speaks` — a country or its capital speaking as a body is its government;
* :func:`article_country` and :func:`story_words` — the country a story is about, the origin
  of a speaker whose own phrase names none;
* :func:`place_words` — country words that name a country or a bloc, not a place or direction.
"""

from __future__ import annotations

from collections import Counter

from ..lexicon import TokenTable
from .words import GENITIVE

__all__ = [
    "ORIGIN_WINDOW",
    "ORIGIN_BREAKS",
    "BODIES",
    "NO_COUNTRY",
    "STORY_MIN_NAMED",
    "owner_chain",
    "mention_origin",
    "country_speaks",
    "article_country",
    "place_words",
    "story_words",
]

Span = tuple[int, int]

#: how many tokens before a speaker's name are read for a country word ("रूस के राष्ट्रपति X")
ORIGIN_WINDOW = 4
#: words that end the look-back for a speaker's country word
ORIGIN_BREAKS = frozenset("अनुसार मुताबिक हवाले ने कि और से में को पर".split())
#: how far back a chain of genitives is followed for a speaker's country (:func:`owner_chain`)
CHAIN_WINDOW = 10
#: verbs, participles and auxiliaries: words between an owner and a name that make them a clause,
#: not one noun phrase (no chain is followed across them)
VERB_WORDS = frozenset(
    "हुए हुई हुआ करते करती करता कर किया किए की गया गई गए रहे रही रहा है हैं था थे थी".split()
) - GENITIVE
#: how many words an owner in such a chain may have ("संयुक्त राज्य अमेरिका के")
OWNER_WORDS = 3
#: how often a foreign country must be named to be the story's country (:func:`article_country`)
STORY_MIN_NAMED = 1


def abbreviation_dot(tk: TokenTable, i: int) -> bool:
    """Is token ``i`` the full stop of an abbreviation or an initial ("डा.", "एस.")?  It does
    not end the look-back for a speaker's country ("गॉटिंगेन के डा. डेनियल हेवाट्ज").

    >>> tk = TokenTable("गॉटिंगेन के डा. डेनियल ने कहा. वह")
    >>> abbreviation_dot(tk, 3), abbreviation_dot(tk, 7)
    (True, False)
    """
    return tk.keys[i] == "." and i > 0 and tk.kinds[i - 1] == "word" and len(tk.keys[i - 1]) <= 2


def owner_chain(tk: TokenTable, lo: int, floor: int) -> int:
    """The first token of the owners in the genitive that lead up to token ``lo``, not before
    token ``floor``: each link is one to :data:`OWNER_WORDS` words and का/के/की ("पाकिस्तान के |
    विदेश मंत्रालय की | प्रवक्ता"); ``lo`` itself when no genitive stands before it.

    >>> t = "पाकिस्तान के विदेश मंत्रालय की प्रवक्ता तसनीम ने कहा"
    >>> owner_chain(TokenTable(t), 2, 0), owner_chain(TokenTable(t), 5, 0)
    (0, 0)
    >>> owner_chain(TokenTable("उन्होंने कहा कि सरकार के मंत्री"), 5, 0)
    3
    """
    keys, kinds = tk.keys, tk.kinds
    start = lo
    while start - 2 >= floor and keys[start - 1] in GENITIVE:
        j = start - 1
        while (
            j > floor
            and start - 1 - j < OWNER_WORDS
            and kinds[j - 1] == "word"
            and keys[j - 1] not in ORIGIN_BREAKS
            and keys[j - 1] not in GENITIVE
        ):
            j -= 1
        if j == start - 1:
            break
        start = j
    return start


def mention_origin(
    tk: TokenTable, origins: dict[int, tuple[int, str]], span: Span, sentence: Span
) -> str | None:
    """The country of a speaker phrase: the last origin word (a known speaker or a country
    word, ``origins``: token -> (length, code)) inside the phrase at ``span`` or in the
    :data:`ORIGIN_WINDOW` tokens before it within its ``sentence`` (token range).  A country
    in the genitive ("भारत के दूत विक्रम मिस्री") governs the phrase: a country word inside the
    name after it (मिस्री, Egyptian) does not override it.  When none is found there, a country
    that owns the phrase through a longer chain of genitives (:func:`owner_chain`, at most
    :data:`CHAIN_WINDOW` tokens back) is its country.

    >>> from bias.lexicon import Matcher, Phrases
    >>> countries = Phrases([("रूस", "RU")], label="origins")
    >>> t = "रूस के राष्ट्रपति पुतिन"
    >>> tk = TokenTable(t, matcher=Matcher([countries]))
    >>> mention_origin(tk, tk.matches(countries), (t.index("पुतिन"), len(t)), (0, 4))
    'RU'
    >>> countries = Phrases([("पाकिस्तान", "PK")], label="origins")
    >>> t = "पाकिस्तान के विदेश मंत्रालय की प्रवक्ता तसनीम"
    >>> tk = TokenTable(t, matcher=Matcher([countries]))
    >>> mention_origin(tk, tk.matches(countries), (t.index("तसनीम"), len(t)), (0, 7))
    'PK'
    """
    first, end = tk.index_at(span[0]), tk.index_at(span[1])
    lo = first
    # back over the phrase's own words and genitives ("रूस के राष्ट्रपति"), not across
    # punctuation or another phrase ("रूसी एजेंसियों के अनुसार किम")
    while lo > max(sentence[0], first - ORIGIN_WINDOW) and (
        tk.kinds[lo - 1] == "word" or abbreviation_dot(tk, lo - 1)
    ):
        if tk.keys[lo - 1] in ORIGIN_BREAKS:
            break
        lo -= 1
    found = governing = None
    covered = lo  # (a word inside a longer entry is not read again: "अमरीकी कांग्रेस" is US)
    for i in range(lo, end):
        m = origins.get(i)
        if m is not None and i >= covered and i + m[0] <= end:
            found, covered = m[1], i + m[0]
            if i + m[0] < end and tk.keys[i + m[0]] in GENITIVE:
                governing = m[1]
    if governing or found:
        return governing or found
    if not VERB_WORDS.isdisjoint(tk.keys[lo:first]):
        return None  # ("चीन के साथ … चर्चा करते हुए रिपोर्ट में": a clause, no owner of the name)
    floor = max(sentence[0], first - CHAIN_WINDOW)
    # the chain ends at the first genitive of the look-back ("फ़िलीपींस तटरक्षक बल के प्रवक्ता X")
    # or right before it ("पाकिस्तान के विदेश मंत्रालय की प्रवक्ता X")
    link = next((g for g in range(lo, first) if tk.keys[g] in GENITIVE), lo)
    return (
        chain_owner(tk, origins, link, floor)
        or institution_country(tk, origins, lo, floor)
        or place_before(tk, origins, lo)
    )


#: institutions a researcher or a doctor works in ("… किंग्स कॉलेज में … की प्रोफ़ेसर X"): the
#: country of the institution is theirs (the guide), though में ends the look-back elsewhere
INSTITUTIONS = frozenset(
    """कॉलेज कालेज विश्वविद्यालय यूनिवर्सिटी संस्थान इंस्टीट्यूट अस्पताल प्रयोगशाला स्कूल सेंटर
    केंद्र फैकल्टी अकादमी""".split()
)


def institution_country(
    tk: TokenTable, origins: dict[int, tuple[int, str]], lo: int, floor: int
) -> str | None:
    """The country of the institution named right before the look-back ended at ``में``
    (token ``lo - 1``): an origin word in the institution's own words ("लंदन के किंग्स कॉलेज
    में …", not before :data:`INSTITUTIONS`' word by more than :data:`CHAIN_WINDOW` tokens);
    ``None`` otherwise.

    >>> from bias.lexicon import Matcher, Phrases
    >>> countries = Phrases([("लंदन", "GB")], label="origins")
    >>> tk = TokenTable("लंदन के किंग्स कॉलेज में प्रोफ़ेसर मार्श", matcher=Matcher([countries]))
    >>> institution_country(tk, tk.matches(countries), 5, 0)
    'GB'
    """
    keys = tk.keys
    if lo < 2 or keys[lo - 1] != "में" or keys[lo - 2] not in INSTITUTIONS:
        return None
    start = lo - 2
    while start > floor and tk.kinds[start - 1] == "word" and keys[start - 1] not in ORIGIN_BREAKS:
        start -= 1
    for i in range(start, lo - 1):
        m = origins.get(i)
        if m is not None and i + m[0] <= lo - 1:
            return m[1]
    return None


def chain_owner(
    tk: TokenTable, origins: dict[int, tuple[int, str]], lo: int, floor: int
) -> str | None:
    """The country that heads the chain of owners in the genitive before token ``lo``
    (:func:`owner_chain`; ``lo`` may be the chain's last genitive itself): the first origin
    word (``origins``: token -> (length, code)) of its owners, a country ("पाकिस्तान के …") or a
    demonym inside an owner ("इसराइली सेना के प्रवक्ता …"); ``None`` without one.

    >>> from bias.lexicon import Matcher, Phrases
    >>> countries = Phrases([("इसराइली", "IL")], label="origins")
    >>> tk = TokenTable("इसराइली सेना के प्रवक्ता", matcher=Matcher([countries]))
    >>> chain_owner(tk, tk.matches(countries), 2, 0)
    'IL'
    """
    end = lo + 1 if lo < len(tk.keys) and tk.keys[lo] in GENITIVE else lo
    for i in range(owner_chain(tk, end, floor), end):
        m = origins.get(i)
        if m is not None and i + m[0] < end:
            return m[1]
    return None


#: the origin codes of bodies and blocs, not countries (countries.tsv)
BODIES = frozenset({"EU", "UN", "NATO", "WEST"})


def country_speaks(tk: TokenTable, origins: dict[int, tuple[int, str]], span: Span) -> bool:
    """Is the speaker phrase at ``span`` (characters) a country or its capital and nothing
    else — one origin word (``origins``: token -> (length, code)) covering all its tokens?  A
    country speaking as a body ("फ्रांस ने कहा", "मॉस्को ने चेतावनी दी") is its government.

    >>> from bias.lexicon import Matcher, Phrases
    >>> countries = Phrases([("संयुक्त अरब अमीरात", "AE")], label="origins")
    >>> t = "संयुक्त अरब अमीरात ने कहा"
    >>> tk = TokenTable(t, matcher=Matcher([countries]))
    >>> country_speaks(tk, tk.matches(countries), (0, 18)), country_speaks(tk, {}, (0, 18))
    (True, False)
    """
    first, end = tk.index_at(span[0]), tk.index_at(span[1])
    m = origins.get(first)
    return m is not None and first + m[0] == end and m[1] not in BODIES and len(m[1]) == 2


def article_country(counts: Counter, home: str | None) -> str | None:
    """The country a story is about: the one its country words (``counts``: code -> how
    often named) name most often, when that is another than ``home``, named at least
    :data:`STORY_MIN_NAMED` times and more often than ``home``; otherwise ``home`` (the
    outlet's country).  A speaker whose own phrase names no country is taken to be of it.

    >>> article_country(Counter({"GB": 2, "IN": 1}), "IN")
    'GB'
    >>> article_country(Counter({"GB": 1, "IN": 1}), "IN"), article_country(Counter(), "IN")
    ('IN', 'IN')
    """
    if not counts:
        return home
    code, n = counts.most_common(1)[0]
    if code != home and n >= STORY_MIN_NAMED and (home is None or n > counts.get(home, 0)):
        return code
    return home


#: the origin of a place or direction that names no country (countries.tsv: "पश्चिमी विक्षोभ",
#: "पश्चिम एशिया"), listed so that the word inside it ("पश्चिम", the West) does not match
NO_COUNTRY = "-"


def place_words(found: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """The origin words of ``found`` (token -> (length, code)) that name a country or a bloc:
    not the places and directions of :data:`NO_COUNTRY`.

    >>> place_words({0: (2, "-"), 3: (1, "WEST"), 5: (2, "IN")})
    {3: (1, 'WEST'), 5: (2, 'IN')}
    """
    return {i: m for i, m in found.items() if m[1] != NO_COUNTRY}


#: games named after their host city ("लंदन ओलंपिक"): the city does not tell the story's country
GAMES = frozenset("ओलंपिक ओलिंपिक ओलंपिक्स ओलिंपिक्स पैरालंपिक".split())


def story_words(
    tk: TokenTable, found: dict[int, tuple[int, str]], own_country: frozenset[tuple[str, ...]]
) -> dict[int, tuple[int, str]]:
    """The origin words of an article (``found``: token -> (length, code)) that tell which
    country its story is about: all but the names whose country is their own (``own_country``,
    their token keys: news outlets, "बीबीसी हिन्दी" in every BBC story is not Britain; companies,
    "ट्विटर पर लिखा" is no American story), and host cities of games (:data:`GAMES`: "लंदन
    ओलंपिक" is no British story).

    >>> from bias.lexicon import Matcher, Phrases
    >>> origins = Phrases([("बीबीसी", "GB"), ("रूस", "RU")], label="origins")
    >>> tk = TokenTable("बीबीसी ने रूस से कहा", matcher=Matcher([origins]))
    >>> story_words(tk, tk.matches(origins), frozenset({("बीबीसी",)}))
    {2: (1, 'RU')}
    """
    keys = tk.keys
    return {
        i: m
        for i, m in found.items()
        if tuple(keys[i : i + m[0]]) not in own_country
        and not (i + m[0] < len(keys) and keys[i + m[0]] in GAMES)
    }



def place_before(tk: TokenTable, origins: dict[int, tuple[int, str]], lo: int) -> str | None:
    """The place named right before the ``में`` that ended the look-back at token ``lo``: where
    the speaker works or lives ("हॉन्ग कॉन्ग में प्रिंस ऑफ़ वेल्स मेडिकल फैकल्टी के प्रोफ़ेसर X" is of
    Hong Kong); ``None`` when no origin word ends there.

    >>> from bias.lexicon import Matcher, Phrases
    >>> countries = Phrases([("हॉन्ग कॉन्ग", "HK")], label="origins")
    >>> tk = TokenTable("हॉन्ग कॉन्ग में फैकल्टी के प्रोफ़ेसर सुंग", matcher=Matcher([countries]))
    >>> place_before(tk, tk.matches(countries), 3)
    'HK'
    """
    if lo < 2 or tk.keys[lo - 1] != "में":
        return None
    for i in range(lo - 2, max(-1, lo - 6), -1):
        m = origins.get(i)
        if m is not None and i + m[0] == lo - 1:
            return m[1]
    return None
