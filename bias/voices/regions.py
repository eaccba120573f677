"""Where a person's name says they are from, when their own phrase names no country.

A speaker whose phrase names no country takes the story's country
(:func:`bias.voices.origins.article_country`: the outlet's own, unless the story around them
names another).  The name can contradict that default:

* :func:`name_region` — the region a personal name belongs to, read from its first word
  (``given_names.tsv``: ``south_asian`` or ``foreign``), else from its last (``surnames.tsv``);
* :func:`regional_origin` — a person with a foreign given name is not taken to be of a South
  Asian country by default (a British scientist quoted by a Hindi outlet is no Indian); a person
  with a South Asian given name is not taken to be of a faraway country that the story names
  (an Indian actress in a story about an American film stays Indian).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

__all__ = ["SOUTH_ASIA", "name_region", "regional_origin"]

#: the countries a South Asian given name fits (ISO 3166-1 alpha-2)
SOUTH_ASIA = frozenset({"IN", "PK", "BD", "NP", "LK", "BT", "MV", "AF"})


def name_region(
    words: Sequence[str],
    given_names: dict[str, str] | None,
    surnames: dict[str, str] | None = None,
) -> str | None:
    """The region (``given_names.tsv``, ``surnames.tsv``) of the personal name ``words`` (token
    keys): that of its first word when it is a listed given name, else that of its last word when
    it is a listed surname; ``None`` when neither is listed.

    >>> names = {"मार्क": "foreign", "दीप्ति": "south_asian"}
    >>> name_region(("मार्क", "सिम्स"), names), name_region(("दीप्ति",), names)
    ('foreign', 'south_asian')
    >>> name_region(("सिम्स",), names) is None
    True
    >>> name_region(("अमनदीप", "खरे"), names, {"खरे": "south_asian"})
    'south_asian'
    """
    if not words:
        return None
    found = given_names.get(words[0]) if given_names else None
    if found is None and surnames:
        found = surnames.get(words[-1])
    return found


def regional_origin(
    region: str | None, story: str | None, named: Counter, home: str | None
) -> str | None:
    """The origin of a speaker whose phrase names no country: ``story``, the story's country
    around the speaker (:func:`bias.voices.origins.article_country`), unless the name's
    ``region`` contradicts it.  Then a foreign name takes the country the story (``named``: code
    -> how often the sentences around the speaker name it) names most outside South Asia, or
    none; a South Asian name takes ``home`` when it is South Asian, else the South Asian country
    named most, or none.

    >>> regional_origin("foreign", "IN", Counter({"GB": 1, "IN": 5}), "IN")
    'GB'
    >>> regional_origin("foreign", "IN", Counter({"IN": 5}), "IN") is None
    True
    >>> regional_origin("south_asian", "US", Counter({"US": 4}), "IN")
    'IN'
    >>> regional_origin(None, "US", Counter({"US": 4}), "IN")
    'US'
    """
    if region == "foreign" and story in SOUTH_ASIA:
        return _most_named(named, lambda code: code not in SOUTH_ASIA)
    if region == "south_asian" and story is not None and story not in SOUTH_ASIA:
        if home in SOUTH_ASIA:
            return home
        return _most_named(named, lambda code: code in SOUTH_ASIA)
    return story


def _most_named(named: Counter, keep) -> str | None:
    """The code ``keep`` accepts that ``named`` counts most (the first named on ties), or
    ``None``."""
    best, best_n = None, 0
    for code, n in named.items():
        if keep(code) and n > best_n:
            best, best_n = code, n
    return best
